"""Our spaCy components: they fix, on doc.ents, what a general English model gets wrong in news.

After them, entity labels are PERSON, ORG, COUNTRY (kb_id_ = ISO3), NORP (a demonym; kb_id_ = ISO3
when it names a country's people) and PLACE, beside the model's other labels (DATE, TIME, ...).
Each component is `match()` (find the changes) then `set_annotations()` (apply them).
"""
from __future__ import annotations

from kg.nlp.components.base import NOT_PEOPLE, POSSESSIVE, STATE_DEPS, core
from kg.nlp.components.country_tagger import CountryTagger
from kg.nlp.components.org_repair import OrgRepair
from kg.nlp.components.paragraphs import ParagraphBreaks
from kg.nlp.components.person_consistency import PersonConsistency, strip_honorifics
from kg.nlp.components.span_repair import SpanRepair
from kg.nlp.components.title_filter import TitleFilter
from kg.nlp.components.type_repair import TypeRepair

__all__ = ["NOT_PEOPLE", "POSSESSIVE", "STATE_DEPS", "CountryTagger", "OrgRepair", "ParagraphBreaks", "PersonConsistency", "SpanRepair", "TitleFilter",
           "TypeRepair", "core", "strip_honorifics"]

"""Every spaCy component of kg, registered in one place."""
from __future__ import annotations

from spacy.language import Language

from kg.nlp.components.false_people import FalsePeople
from kg.nlp.components.name_joins import NameJoins
from kg.nlp.components import CountryTagger, ParagraphBreaks, OrgRepair, PersonConsistency, SpanRepair, TitleFilter, TypeRepair


@Language.factory("kg_paragraph_breaks", assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


@Language.factory("kg_title_filter", assigns=["doc.ents"], requires=["doc.ents"])
def make_title_filter(nlp: Language, name: str) -> TitleFilter:
    return TitleFilter()


@Language.factory("kg_span_repair", assigns=["doc.ents"], requires=["doc.ents"])
def make_span_repair(nlp: Language, name: str) -> SpanRepair:
    return SpanRepair()


@Language.factory("kg_country_tagger", assigns=["doc.ents"], requires=["doc.ents", "token.dep"])
def make_country_tagger(nlp: Language, name: str) -> CountryTagger:
    return CountryTagger()


@Language.factory("kg_false_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_false_people(nlp: Language, name: str) -> FalsePeople:
    return FalsePeople()


@Language.factory("kg_type_repair", assigns=["doc.ents"], requires=["doc.ents"])
def make_type_repair(nlp: Language, name: str) -> TypeRepair:
    return TypeRepair()


@Language.factory("kg_org_repair", assigns=["doc.ents"], requires=["doc.ents"])
def make_org_repair(nlp: Language, name: str) -> OrgRepair:
    return OrgRepair()


@Language.factory("kg_name_joins", assigns=["doc.ents"], requires=["doc.ents"])
def make_name_joins(nlp: Language, name: str) -> NameJoins:
    return NameJoins()


@Language.factory("kg_person_consistency", assigns=["doc.ents"], requires=["doc.ents"])
def make_person_consistency(nlp: Language, name: str) -> PersonConsistency:
    return PersonConsistency()


COMPONENTS = ("kg_title_filter", "kg_span_repair", "kg_country_tagger", "kg_false_people", "kg_type_repair", "kg_org_repair",
              "kg_name_joins", "kg_person_consistency")
BEFORE_PARSER = ("kg_paragraph_breaks",)
"""Components that prepare what the parser reads; they run before it (the others run after the NER)."""

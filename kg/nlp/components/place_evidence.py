"""Evidence that a name the model took for a place (GPE, LOC) names none, when no gazetteer knows it.

Run by TypeRepair for PLACE candidates only (a few per document), so it adds no per-token work:
- "Rebecca and I put it together": a lone given name joined to a personal pronoun;
- "the TAOM in Dallas": an acronym (a country's code is the country tagger's);
- "ranked 135th according to Quantcast": a source is a body or a person, not a place;
- "IE6 users", "the IE9 browser": capitals glued to a number are a model's or a version's code.
And the other way round, "in Levico Terme, Trento, Italy" is a place whatever the model said
(`org_written_as_place`); "Johnson Space Center (JSC)" makes "JSC" a place (`place_acronyms`).
The stems of such codes ("IE" of "IE6") name the product line as well (`code_stems`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from kg import gazetteer
from kg.nlp.components.base import core
from kg.nlp.components.given_names import given_names
from kg.nlp.components.person_evidence import BODY_NOUNS
from kg.nlp.lexicon import words

_GLUED_CODE = re.compile(r"([A-Z]{1,4})(\d{1,3})")  # "IE6", "PS4", "B52": letters and a number, one word


def unknown_place_label(ent: Span) -> str | None:
    """PERSON, ORG or PRODUCT for a PLACE candidate the gazetteer does not know, or None."""
    c = core(ent)
    if ent.label_ != "PLACE" or any(gazetteer.known_place(t) or t in gazetteer.country_names()
                                    for t in (c.text, c.text.title())):  # "SEOUL, June 5 -": a dateline's
        return None
    if len(c) == 1:
        word = c.text
        if _GLUED_CODE.fullmatch(word):
            return "PRODUCT"
        # a given name joined to "I", "he", "she" ("Rebecca and I"), not "Myanmar, also known as Burma"
        if word.lower() in given_names() and word.istitle() and _with_pronoun(c):
            return "PERSON"
        if word.isalpha() and word.isupper() and 2 <= len(word) <= 6:
            return "ORG"
    root = c.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 and c.doc[root.head.i - 1].lower_ == "according":
        return "ORG"
    return None


def _with_pronoun(span: Span) -> bool:
    """"Rebecca and I", "he and Rebecca": a name joined by "and" to a personal pronoun."""
    doc, i, j = span.doc, span.start, span.end
    after = j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].lower_ in _PERSONAL
    return after or (i > 1 and doc[i - 1].lower_ == "and" and doc[i - 2].lower_ in _PERSONAL)


_PERSONAL = frozenset(words("components/type_repair")["personal_pronouns"])


def code_stems(decided: dict[str, set[str]], companies: set[str]) -> None:
    """"IE" beside the product codes "IE6" and "IE9": the letters of a product's code name its line,
    unless the name acts as a company in the document."""
    for name, labels in list(decided.items()):
        m = _GLUED_CODE.fullmatch(name)
        if m and labels == {"PRODUCT"} and m.group(1) not in companies and len(m.group(1)) > 1:
            decided.setdefault(m.group(1), {"PRODUCT"})


def place_acronyms(spans: list[Span], decided: dict[str, set[str]]) -> None:
    """"the Kennedy Space Center (KSC)": a short form in brackets right after a place's name is that
    place, and so is every other mention of it ("the KSC employees")."""
    for span in spans:
        doc = span.doc
        if span.label_ != "PLACE" or len(span) < 2 or span.end + 2 >= len(doc) or doc[span.end].text != "(":
            continue
        short = doc[span.end + 1]  # tagged or not
        if doc[span.end + 2].text == ")" and short.is_alpha and short.is_upper and len(short) > 1:
            decided.setdefault(short.text, {"PLACE"})


def org_written_as_place(ent: Span) -> bool:
    """"is in Levico Terme, Trento, Italy": a name after "in" and before a comma and a place is a place
    (a name ending in a body's word is not: "a post in the Labour Party, Britain")."""
    c = core(ent)
    doc = c.doc
    if ent.label_ != "ORG" or c.start == 0 or doc[c.start - 1].lower_ != "in" or c.end + 1 >= len(doc):
        return False
    if doc[c.end].text != "," or c[-1].lower_ in BODY_NOUNS or not all(t.is_title for t in c):
        return False
    return doc[c.end + 1].ent_type_ in {"COUNTRY", "PLACE", "GPE", "LOC"}

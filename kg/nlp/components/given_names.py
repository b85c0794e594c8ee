"""A body the model named with a given name and a surname is a person: "Walker Evans", "Dean Kamen".

The given names are the 1990 US Census lists (kg/data/names/given_names.txt, made by
scripts/make_given_names.py). Only two-word names qualify (a double name joined by a hyphen is one word:
"Marie-Claude Roe", "Nadia Oyono-Mba", each part of a double given name a given name), and not when the second word is a company,
body, place or work word, when the first word is also a place ("Georgia Power"), or when a corporate
title or company noun follows ("Morgan Stanley analyst"), or "at" leads to it ("analysts at Morgan
Stanley"): those are companies named after people.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

from kg import gazetteer
from kg.nlp.components.base import _LEGAL_WORDS, COMPANY_WORDS, POSSESSIVE, core
from kg.nlp.lexicon import (
    BODY_WORDS,
    CORPORATE_TITLES,
    EVENT_HEADS,
    HONORIFICS,
    MEETING_HEADS,
    ORG_CLASS_NOUNS,
    PLACE_HEADS,
    PRODUCT_CLASS_NOUNS,
    TITLE_HEADS,
    WORK_HEADS,
    common_nouns,
    words,
)

GIVEN_NAMES = Path(__file__).resolve().parents[2] / "data" / "names" / "given_names.txt"
# the world's given names (gender-guesser's dictionary, scripts/make_world_given_names.py): a body named
# "Lejla Softić" or "Dušan Milenković" is a person's name the census list does not know
WORLD_GIVEN_NAMES = GIVEN_NAMES.with_name("world_given_names.txt")
_COMPANY_NOUNS = frozenset(words("components/company_evidence")["company_nouns"])
_WORKPLACE_PREPS = frozenset(words("components/type_repair")["workplace_preps"])
PERSON_NOUNS = "person"  # WordNet's lexicographer file of nouns for people ("baker", also a surname)


@cache
def given_names() -> frozenset[str]:
    """The census given names, lower case."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@cache
def world_given_names() -> frozenset[str]:
    """The census given names and the world's, lower case; of the world's, none that is an English noun for
    people or a title ("Baron Maginnis-Hale", "Sultan Kudarat": a rank, no given name)."""
    lines = WORLD_GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    honorifics = {h.lower().rstrip(".") for h in HONORIFICS}
    return given_names() | frozenset(w for w in lines if w and not w.startswith("#") and w not in TITLE_HEADS
                                     and w not in honorifics and common_nouns().get(w) != PERSON_NOUNS)


def _hyphened_words(c: Span) -> list[str] | None:
    """The capitalised words of the span, a double name joined by a hyphen counted as one word ("Marie-Claude",
    "Oyono-Mba"); None when a token is no such word's part."""
    out: list[str] = []
    for t in c:
        if t.text == "-" and out and not c.doc[t.i - 1].whitespace_ and not t.whitespace_ and t.i + 1 < c.end:
            out[-1] += "-"
        elif t.is_alpha and t.is_title:
            if out and out[-1].endswith("-"):
                out[-1] += t.text
            else:
                out.append(t.text)
        else:
            return None
    return out


def named_as_person(ent: Span) -> bool:
    """An ORG span of the form "Given Surname" (either part may be double, joined by a hyphen) that nothing
    around it shows to be a company."""
    if ent.label_ != "ORG":
        return False
    c = core(ent)
    words_ = _hyphened_words(c)
    if words_ is None or len(words_) != 2:
        return False
    first, last = words_
    if (not all(part.lower() in world_given_names() for part in first.split("-")) or gazetteer.known_place(first)
            or last in gazetteer.country_names() or first in gazetteer.demonyms()):
        return False  # "Irish Examiner", "Georgia Power": a people's or a place's name first
    if c.start > 0 and ent.doc[c.start - 1].lower_ == "the" and (c.end == len(ent.doc) or ent.doc[c.end].pos_ not in {
            "NOUN", "PROPN"}):
        return False  # "told the Morning Star": no person's name heads a phrase after "the" ("the Annie Oakley print")
    last = last.split("-")[-1]  # "Oyono-Mba": the double surname's last part tells a company's word
    if not all(part.lower() in given_names() for part in first.split("-")) and not _world_person(ent, c, last):
        return False
    if last.lower() in COMPANY_WORDS | _LEGAL_WORDS | ORG_CLASS_NOUNS | PRODUCT_CLASS_NOUNS:
        return False
    if last in BODY_WORDS | PLACE_HEADS | EVENT_HEADS | MEETING_HEADS | WORK_HEADS:
        return False
    if common_nouns().get(last.lower(), PERSON_NOUNS) != PERSON_NOUNS:
        return False  # "Stanford University", "Mac News": a thing's noun, no surname (WordNet: only lower case)
    if c.root.dep_ == "pobj" and c.root.head.lower_ in _WORKPLACE_PREPS:
        return False  # "analysts at Morgan Stanley": where people work, no person
    doc = ent.doc
    i = c.end + (1 if c.end < len(doc) and doc[c.end].text in POSSESSIVE else 0)
    after = doc[i].lower_ if i < len(doc) else ""
    return after not in CORPORATE_TITLES | _COMPANY_NOUNS


def _world_person(ent: Span, c: Span, last: str) -> bool:
    """A name whose given name only the world list knows ("Nidaa", "Bharat") is a body's as well when a title
    follows it ("Nidaa Tounes President Taieb Ben", "Yisrael Beytenu leader") or its last word is a thing's plural
    ("Bharat Hydrocarbons"); the census names keep their plural surnames ("Maxine Waters")."""
    doc, n = ent.doc, len(c)
    texts = [t.text for t in c]
    # any mention of the same words in the document: "Yisrael Beytenu leader X" tells "against Yisrael Beytenu"
    if any(doc[i + n].lower_ in TITLE_HEADS for i in range(len(doc) - n)
           if doc[i].text == texts[0] and [t.text for t in doc[i:i + n]] == texts):
        return False
    plural = last.lower()[:-1] if last.endswith("s") else ""
    return not plural or common_nouns().get(plural, PERSON_NOUNS) == PERSON_NOUNS

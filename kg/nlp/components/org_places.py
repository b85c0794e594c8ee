"""Places the model took for bodies, read by construction:

- "the Torkham crossing", "Tungabhadra waters", "the Syr Darya and Amu Darya basins": a name right before a
  lower-case noun of water, land or borders (org_repair.toml, water_nouns) is that place's, not a body's (not before
  a facility's noun: "the Exxon terminal", "the Adani port" are a company's; nor a street's name: "Downing Street
  said" is the government);
- "Ashgabat would continue its engagement": a state's capital the model took for a person and the type rules
  then for a body (by "its") is its state when it acts, else a place (country_tagger's reading of capitals).
Every other mention of a name so read as a place is the place too; a name with a body's word ("the NATO base")
or in capitals is not read here.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import gazetteer
from kg.nlp.components.base import core, core_text
from kg.nlp.components.country_tagger import capital_reading
from kg.nlp.components.given_names import given_names
from kg.nlp.lexicon import BODY_WORDS, words

WATER_NOUNS = frozenset(words("components/org_repair")["water_nouns"])


def places_named_as_bodies(spans: list[Span]) -> list[Span]:
    """The spans with the bodies that are places (or a capital's state) read anew."""
    read = [_reread(s) if s.label_ == "ORG" else s for s in spans]
    placed = {core_text(r) for s, r in zip(spans, read) if r.label_ == "PLACE" and s.label_ == "ORG"}
    if not placed:
        return read
    # every other mention of a name so read is the place ("the Amu Darya basin" ... "feed the Amu Darya")
    return [Span(s.doc, core(s).start, core(s).end, label="PLACE") if s.label_ == "ORG" and core_text(s) in placed
            else s for s in read]


def _reread(span: Span) -> Span:
    c = core(span)
    if not len(c) or any(t.text in BODY_WORDS for t in c) or c.text.isupper():
        return span  # "the NATO base", "the African Union summit": a body's word or an acronym names the body
    capital = gazetteer.capitals().get(c.text)
    if capital is not None and len(c) == 1 and c[0].lower_ not in given_names():
        # not a capital that is also a given name ("ending Douglas era": the aircraft maker, not the Isle of Man's)
        return capital_reading(c, capital)
    if _place_noun_after_name(c):
        return Span(c.doc, c.start, c.end, label="PLACE")
    return span


def _place_noun_after_name(c: Span) -> bool:
    """A lower-case noun of water, land or borders after the name ("the Torkham crossing", "Tungabhadra waters",
    "the Amu Darya basin"); the name opening with no given name."""
    doc = c.doc
    t: Token | None = doc[c.end] if c.end < len(doc) else None
    if t is None or not t.is_lower or c[0].lower_ in given_names():
        return False
    return t.lower_ in WATER_NOUNS

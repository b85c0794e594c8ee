"""Parties the model reads as a people: "the Greens", "Social Democrats", "Democrats", "the Moderates".

A capitalised plural noun of a political persuasion (kg/data/nlp/components/org_parties.toml), alone or after a word
of the party's name ("Social", "Christian", "Liberal") or a state's name ("Sweden Democrats"), names a party, which
the gold lists as an organization; the model tags it NORP, as it tags peoples and faiths (or a place, a person). A
demonym stays a people.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg import gazetteer
from kg.nlp.lexicon import words

_W = words("components/org_parties")
PERSUASIONS = frozenset(_W["persuasions"])
MODIFIERS = frozenset(_W["modifiers"])
_READ_AS = frozenset({"NORP", "PLACE", "GPE", "LOC", "PERSON"})  # "the Moderates" a place to the model, too


def persuasion_parties(spans: list[Span]) -> list[Span]:
    """The spans with each party named by a persuasion's plural made an organization, widened over a word of the
    party's name or a state's name the model left out ("Free Democrats", "Sweden Democrats": not "Democrats"); a
    plural the model left untagged after a state's name it tagged ("The Sweden" + "Democrats won") is one too."""
    out = [Span(s.doc, _start(s), s.end, label="ORG") if _party(s) else s for s in spans]
    out += [Span(s.doc, s.start, s.end + 1, label="ORG") for s in out if _untagged_after(s)]
    taken = {i for s in out if s.label_ == "ORG" for i in range(s.start, s.end)}
    return [s for s in out if s.label_ == "ORG" or not taken & set(range(s.start, s.end))]


def _untagged_after(span: Span) -> bool:
    """"the Sweden Democrats": a state's name, then a capitalised persuasion's plural that no name holds."""
    doc = span.doc
    return (span.label_ == "COUNTRY" and span.end < len(doc) and not doc[span.end].ent_type_
            and doc[span.end].text[:1].isupper() and doc[span.end].lower_ in PERSUASIONS
            and span.text in gazetteer.country_names())


def _start(span: Span) -> int:
    doc = span.doc
    before = doc[span.start - 1] if len(span) == 1 and span.start > 0 else None
    named = before is not None and (before.text in MODIFIERS or before.text in gazetteer.country_names())
    return span.start - 1 if named else span.start


def _party(span: Span) -> bool:
    if span.label_ not in _READ_AS or not span[-1].text[:1].isupper() or span[-1].lower_ not in PERSUASIONS:
        return False
    doc = span.doc
    if span.text in gazetteer.demonyms() or span.start > 0 and doc[span.start - 1].text == "-" \
            and not doc[span.start - 1].whitespace_:
        return False  # "Homeland Union-Lithuanian Christian Democrats": the end of a longer name
    before = span[:-1]
    return not len(before) or len(before) == 1 and (before[0].text in MODIFIERS or before.text in gazetteer.country_names())

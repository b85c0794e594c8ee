"""Parties: "the two delegations", "the delegations" stand for the two parties of the latest
meeting told whose sides are states or bodies ("Colombia and the ELN postponed the talks ... The two
delegations last sat down together in Caracas"): the parties, not people of theirs."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import PAIR_MARKERS, PAIR_PLURALS, SIDE_NOUNS
from kg.extract.meetings.records import _Context

WITHIN = 5  # sentences back to the meeting whose parties are meant


def named_parties(tok: Token) -> bool:
    """A plural of delegations made definite or counted: "the delegations", "both delegations" ("the two sides"
    is read as the two people named before, in kg/extract/meetings/arguments.py)."""
    return tok.lower_ in SIDE_NOUNS and tok.lower_ not in PAIR_PLURALS and any(c.lower_ in PAIR_MARKERS for c in tok.children)


def told_parties(ctx: _Context, tok: Token) -> set[str]:
    """The two parties (states, bodies) of the latest meeting told before, within a few sentences."""
    if not named_parties(tok):
        return set()
    here = ctx.sentence_of[tok.sent.start]
    for m in reversed(ctx.told):
        if here - ctx.sentence_of[m.trigger.sent.start] > WITHIN:
            break
        if m.trigger.i >= tok.i or m.partial or m.anaphoric:  # "which attended the first round": not its parties
            continue
        parties = {k for k in m.participants if not ctx.is_person(k)}
        if len(parties) == 2 and len(m.participants) == 2:
            return parties
    return set()

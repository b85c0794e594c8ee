"""Parties and guests: "the two delegations", "the delegations" stand for the two parties of the latest
meeting told whose sides are states or bodies ("Colombia and the ELN postponed the talks ... The two
delegations last sat down together in Caracas"): the parties, not people of theirs; "the visitor", "the Lao
guest", "the visiting minister" for the one person the latest visit told brings, and the guest received after
adverbials the parser cut from the verb."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    ARRIVAL_VERBS,
    GUEST_MODIFIERS,
    GUEST_NOUNS,
    PAIR_MARKERS,
    PAIR_PLURALS,
    PLACE_PREPS,
    PLAN_HEADS,
    SIDE_NOUNS,
    VISIT,
)
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import STRAY_DEPS, _purpose
from kg.nlp import lemma
from kg.records import Kind

WITHIN = 5  # sentences back to the meeting whose parties are meant
ARRIVAL_BACK = 2  # sentences back to the arrival that makes its person "the visitor"


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


def visitor(ctx: _Context, tok: Token) -> str | None:
    """"The Lao guest also met X", "the visitor will be in Rio", "The visiting minister also called on X": the
    one person of the latest visit told before (of the state its demonym names, if it names one)."""
    if not (tok.lower_ in GUEST_NOUNS or tok.tag_ != "NNS" and any(
            c.dep_ == "amod" and c.lower_ in GUEST_MODIFIERS for c in tok.children)):
        return None
    states = {k for c in tok.children if c.dep_ in {"amod", "compound"} and (k := ctx.key_of.get(c.i))
              and ctx.kind(k) == Kind.COUNTRY}
    for m in reversed(ctx.told):
        people = [k for k in m.participants if ctx.is_person(k)]
        if m.trigger.i < tok.i and m.cameo == VISIT and len(people) == 1 and (
                not states or states & ctx.states_of(people[0])):
            return people[0]
    return _arrived(ctx, tok, states)


def _arrived(ctx: _Context, tok: Token, states: set[str]) -> str | None:
    """Failing a visit told as a meeting, the person whose arrival the sentences just before tell ("X arrived in Paris
    on Thursday. The visitor was welcomed by Y"): the latest person subject of an arrival verb."""
    start = tok.sent.start
    for _ in range(ARRIVAL_BACK):
        start = ctx.doc[max(start - 1, 0)].sent.start
    for t in reversed(ctx.doc[start:tok.sent.start]):
        if t.dep_ == "nsubj" and t.head.dep_ in {"ROOT", "conj"} and lemma(t.head).lower() in ARRIVAL_VERBS \
                and (k := ctx.root_of.get(t.i)) and ctx.is_person(k) and (not states or states & ctx.states_of(k)):
            return k
    return None


def displaced(ctx: _Context, verb: Token) -> list[Token]:
    """"received in audience on Tuesday at the Palace the Prime Minister of X, Mr. Y": with no object, the person
    named after the verb's adverbials is the one received, wherever the parser hung it: a stray phrase or a
    conjunct of the verb ("... the Palace, Mr. Y"), a title whose apposition names the person ("received on
    Wednesday His Excellency Minister A"), or an apposition of the place or day just told ("received this Tuesday
    in the Palacio X her counterpart, B")."""
    found = []
    for c in (c for c in verb.children if c.i > verb.i):
        if c.dep_ in STRAY_DEPS or c.dep_ == "conj" and c.pos_ == "PROPN":
            found += _named_person(ctx, c)
        elif c.dep_ == "prep" and c.lower_ in PLACE_PREPS:  # "in the Palace", "on Monday"; not "a call from X"
            found += [p for o in c.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"
                      for p in _named_person(ctx, a)]
    return found


def _named_person(ctx: _Context, tok: Token) -> list[Token]:
    """The person a phrase names: itself, or the name in apposition to its title or noun ("His Excellency the
    Minister, A", "her counterpart, B"), two appositions deep."""
    for t in (tok, *(a for a in tok.children if a.dep_ == "appos"),
              *(b for a in tok.children if a.dep_ == "appos" for b in a.children if b.dep_ == "appos")):
        if t.pos_ == "PROPN" and (k := ctx.root_of.get(t.i)) is not None and ctx.is_person(k):
            return [t]
    return []


def planned(verb: Token) -> bool:
    """"is due to see X", "hopes to see X", "will travel to Y to see X": "see" a meeting only as the complement
    of a plan or a hope, or as the purpose of a trip; not "see X as a partner", "see X re-elected"."""
    if any(c.dep_ in {"prep", "oprd", "ccomp", "xcomp"} and (c.dep_ != "prep" or c.lower_ == "as") for c in verb.children):
        return False
    return verb.dep_ == "xcomp" and lemma(verb.head).lower() in PLAN_HEADS or _purpose(verb)

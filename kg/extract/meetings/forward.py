"""Sides named after their reference: a lead that tells a meeting of "two rival leaders" or "the two sides"
and names them only in the next sentences ("President A and opposition leader B discussed ...")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.bodies import BODY_WORDS, body_sides
from kg.extract.meetings.lexicon import NUMBERS, PAIR_COUNTS
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts
from kg.records import Kind

LEAD = 2  # the sentences of a lead: a headline line, the first sentence, the one after


def in_lead(ctx: _Context, tok: Token) -> bool:
    """Whether a token is in the article's lead (where a reference may come before the names)."""
    return ctx.sentence_of[tok.sent.start] <= LEAD


def count_of(tok: Token) -> int:
    """The count on a plural ("two rival leaders", "both sides": 2; "the three envoys": 3); 0 if none."""
    for c in tok.children:
        if c.dep_ in {"nummod", "det", "predet", "amod"}:
            if c.lower_ in PAIR_COUNTS:
                return 2
            if c.lower_ in NUMBERS and NUMBERS[c.lower_] >= 2:
                return NUMBERS[c.lower_]
    return 0


def named_after(ctx: _Context, tok: Token, people: bool, within: int = 2) -> list[str]:
    """The coordinated subject of the next sentences, when it names as many sides as the count on `tok`
    (two without a count): people for a noun of people, else also states and bodies."""
    want = count_of(tok) or 2
    doc = ctx.doc
    start = tok.sent.end
    for _ in range(within):
        if start >= len(doc):
            break
        sent = doc[start].sent
        for t in sent:
            if t.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            keys = list(dict.fromkeys(k for c in _conjuncts(t) if (k := _side_at(ctx, c))))
            if len(_conjuncts(t)) == 1 and t.tag_ == "NNS":  # "Russian and Ukrainian delegations"
                keys = _states_on(ctx, t)
            if len(keys) == want and (not people or all(ctx.is_person(k) for k in keys)):
                return keys
        start = sent.end
    return []


def _side_at(ctx: _Context, tok: Token) -> str | None:
    """The side one conjunct names: its name (a person, state or body), else the body a noun stands for."""
    key = ctx.root_of.get(tok.i) or next((ctx.key_of[c.i] for c in tok.children
                                          if c.dep_ in {"compound", "amod", "poss"} and c.i in ctx.key_of), None)
    if key is not None:
        return ctx.side(key)
    if tok.lower_ in BODY_WORDS:
        found = body_sides(ctx, tok)
        return found.pop() if len(found) == 1 else None
    return None


def _states_on(ctx: _Context, tok: Token) -> list[str]:
    """The coordinated states named on a plural ("Russian and Ukrainian delegations")."""
    return list(dict.fromkeys(k for m in tok.children if m.dep_ in {"amod", "compound"} for c in _conjuncts(m)
                              if (k := ctx.key_of.get(c.i)) and ctx.kind(k) == Kind.COUNTRY))

"""A side only told inside another side's title is no side: "Tamil Nadu Industries Minister A", "the Brexit
Secretary, B", "Sabah Chief Minister C", "the Minister of Foreign Affairs of Nigeria, D" name a state, a region or a
topic the title belongs to, while the one at the table is the person it titles (data/eval/README.md: the named
sides at the table)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.syntax import _title_word

_UP = {"compound", "amod", "nmod", "poss", "pobj", "prep"}  # the words a title's complement hangs on
_STEPS = 6


def drop_complements(ctx: _Context, events: list[_Event]) -> None:
    """Removes from each event the sides whose every mention in its mentions' sentences is the complement of the
    title of another side of the event (the event keeps two sides at least)."""
    titled = {r.person for r in ctx.roles if r.title}  # a person the article titles is one in their own right
    for event in events:
        sents = {m.trigger.sent.start: m.trigger.sent for m in event.mentions}
        drop = set()
        for side in sorted(event.participants - titled):
            told = [t for s in sents.values() for t in s if ctx.root_of.get(t.i) == side]
            if told and all(_in_title(ctx, t, side, event.participants) for t in told):
                drop.add(side)
        if drop and len(event.participants - drop) >= 2:
            event.participants -= drop


def _in_title(ctx: _Context, tok: Token, side: str, sides: set[str]) -> bool:
    """The token hangs, through title words and their complements, on the name of another side."""
    titled = False
    for _ in range(_STEPS):
        if tok.dep_ not in _UP or tok.head is tok:
            return False
        tok = tok.head
        key = ctx.key_of.get(tok.i)
        if key is not None and key != side:
            return titled and key in sides and ctx.is_person(key)
        titled = titled or _title_word(tok)
        if titled and any(c.dep_ == "appos" and (k := ctx.key_of.get(c.i)) in sides and k != side and ctx.is_person(k)
                          for c in tok.children):
            return True
    return False

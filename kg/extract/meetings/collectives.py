"""Sides a region's collective stands for: "African leaders", "the foreign ministers of the Gulf states",
"West African heads of state" are the bodies the article names with that region's word ("the African
Union", "the Economic Community of West African States", "the Gulf Cooperation Council")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.data import tables
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _pobjs
from kg.records import Kind

HEADS = frozenset(tables("meetings/sides")["collectives"]["heads"])


def region_bodies(ctx: _Context, tok: Token) -> set[str]:
    """The bodies a plural of people or states stands for through the region word on it, or on its
    "of"/"from" object ("the ministers of the Gulf states"); none where the article names no such body."""
    if tok.lower_ not in HEADS:
        return set()
    heads = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                     for o in _pobjs(p) if o.lower_ in HEADS]
    found: set[str] = set()
    for head in heads:
        for word in _region_words(ctx, head):
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            found |= {k for k, e in ctx.res.entities.items() if e.kind == Kind.ORGANIZATION
                      and pattern.search(e.name)}
    ctx.groups |= found
    ctx.one_sides.append(found)
    return found


def _region_words(ctx: _Context, head: Token) -> list[str]:
    """The capitalized words before a plural that name no state or body of their own ("West African",
    "Gulf"), as written."""
    mods = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i
            and c.text[:1].isupper() and not _named(ctx, c)]
    if not mods:
        return []
    start = min(m.left_edge.i for m in mods)
    words = [t for t in head.doc[start:head.i] if t.text[:1].isupper() and t.dep_ != "det"]
    return [" ".join(t.text for t in words)] if words and not any(_named(ctx, t) for t in words) else []


def _named(ctx: _Context, tok: Token) -> bool:
    """A state or person of its own ("the Malian officials"), not a region's word (the tagger may call
    one a place: "the Gulf")."""
    key = ctx.key_of.get(tok.i)
    return key is not None and ctx.kind(key) in {Kind.COUNTRY, Kind.PERSON}

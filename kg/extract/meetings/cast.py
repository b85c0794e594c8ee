"""The article's cast for a group counted past two ("the three ministers", "all four leaders", "the three men"):
its sides are not named in the sentence but told earlier in the article - as the sides of a meeting, or as a
list of people - and the count says which. "The foreign ministers of A, B and C met in X on Monday ... The three
ministers agreed to meet again in Y" is A, B and C; so is "A, B and C were elected union leaders in May ... The
three union leaders sat down with D". (A count of two is read in plurals and references.)"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.forward import count_of
from kg.extract.meetings.lexicon import PLURAL_NOUNS, SIDE_NOUNS, STATE_GROUPS
from kg.extract.meetings.records import _Context
from kg.extract.meetings.syntax import _conjuncts, _is_leader, _title_word


def counted_cast(ctx: _Context, tok: Token) -> set[str]:
    """The people a plural of people counted past two stands for: the latest meeting told before it in the
    article with exactly as many people (and no other side), else the latest list of exactly as many people
    coordinated before it; nothing when neither is told (a count with a phrase telling which, "three ministers
    from his party", brings in new people)."""
    want = count_of(tok)
    if want < 3 or tok.tag_ != "NNS" or tok.lower_ in STATE_GROUPS or not _of_people(tok) \
            or any(c.dep_ == "prep" for c in tok.children) \
            and not any(c.dep_ in {"det", "predet", "poss"} for c in tok.children):
        return set()
    for m in reversed(ctx.told):
        if m.trigger.i < tok.i and not m.partial and len(m.participants) == want \
                and all(ctx.is_person(k) and _holds_office(ctx, k, tok) for k in m.participants):
            return set(m.participants)
    listed = _listed_before(ctx, tok, want)
    return listed if all(_holds_office(ctx, k, tok) for k in listed) else set()


def _holds_office(ctx: _Context, person: str, tok: Token) -> bool:
    """Whether the article titles a person with the office the plural names: "the three leaders" are leaders
    (presidents, premiers, party leaders), "the three transport ministers" ministers (the head word alone: "Economic
    Affairs Minister" is one of "the three Baltic transport ministers"); "men", "women" ask no office."""
    if tok.lower_ == "leaders":
        return any(r.person == person and _is_leader(r.title) for r in ctx.roles)
    if not _title_word(tok):
        return True
    head = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
    return any(r.person == person and r.title and head in r.title.lower().replace(",", " ").split() for r in ctx.roles)


def _of_people(tok: Token) -> bool:
    """A plural that names people: a title ("ministers"), "leaders", "men" (not "sides": a side may be a state)."""
    return _title_word(tok) or tok.lower_ in PLURAL_NOUNS - SIDE_NOUNS


def _listed_before(ctx: _Context, tok: Token, want: int) -> set[str]:
    """The latest coordination of exactly `want` named people before a token ("A, B and C were elected ...")."""
    for t in reversed(ctx.doc[:tok.sent.start]):
        if t.dep_ == "conj" or t.i not in ctx.root_of:
            continue
        keys = {k for c in _conjuncts(t) if (k := ctx.root_of.get(c.i)) and ctx.is_person(k)}
        if len(keys) == want and len(_conjuncts(t)) == want:
            return keys
    return set()


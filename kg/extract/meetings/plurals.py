"""Plural references: "the two leaders", "both sides", "their", "the leaders of A and B" (the states
and bodies named on a plural noun)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.forward import in_lead, named_after
from kg.extract.meetings.lexicon import PAIR_MARKERS, PAIR_PLURALS, PLURAL_NOUNS, PLURAL_PRONOUNS, SIDE_NOUNS, STATE_GROUPS
from kg.extract.meetings.records import STANDIN, _Context
from kg.extract.meetings.holders import (
    _holds,
    _same_office,
    _office_holders,
    _office_pair,
    _titled_leaders,
)
from kg.extract.meetings.references import (
    _holder,
    _pair_before,
    _region_leaders,
    _told_sides,
)
from kg.extract.meetings.sides import _counted_states_before, _prenominal, named_sides_before
from kg.extract.meetings.syntax import _arg_preps, _conjuncts, _is_leader, _pobjs, _title_word
from kg.records import Kind


def _plural(ctx: _Context, tok: Token) -> set[str]:
    """"the two leaders", "the men", "both sides", "their": the two most recent people named before."""
    if tok.lower_ == "leaders":
        countries = _countries_of(ctx, tok)
        # "the leaders of the factions, Fatah and Hamas": the people the article names as each body's leader
        heads = {r.person for b in _countries_of(ctx, tok, bodies=True) if ctx.kind(b) == Kind.ORGANIZATION
                 for r in ctx.roles if r.organization == b and _is_leader(r.title)}
        if len(countries) >= 2:
            return {ctx.leader_of(c) or STANDIN + c for c in countries} | heads
        if countries:
            leader = ctx.leader_of(countries[0])
            return ({leader} if leader else set()) | heads
        if heads:
            return heads
        region = _region_leaders(ctx, tok)
        if region:
            return region
        bodies = {b for b in _countries_of(ctx, tok, bodies=True) if ctx.kind(b) == Kind.ORGANIZATION}
        if bodies:  # "the leaders of the G7", "EU leaders", none named: the body stands for its side
            ctx.groups |= bodies
            return bodies
        if region is not None:
            return region
        # no state named on it: the two people named before whom the article titles as leaders
        if len(led := _titled_leaders(ctx, tok)) == 2:
            return led
    elif _title_word(tok) and len(countries := _countries_of(ctx, tok)) >= 2:
        # "hosted the presidents of A, B and C": each state's holder of the office, named anywhere in the
        # article (before or after), else the state; not the pair of the meeting told last
        return {h for c in countries if (h := _office_holder(ctx, tok, c))}
    if tok.lower_ in PAIR_PLURALS and not any(c.lower_ in PAIR_MARKERS for c in tok.children):
        return set()
    if office := _office_holders(ctx, tok):
        return office
    if tok.lower_ in PLURAL_PRONOUNS:
        # "the two sides failing to agree on what their talks are about": "their" is the plural before it
        antecedent = next((t for t in reversed(list(ctx.doc[tok.sent.start:tok.i]))
                           if t.lower_ in PLURAL_NOUNS and t.pos_ == "NOUN"), None)
        if antecedent is not None:
            return _plural(ctx, antecedent)
    # two people coordinated just before ("both Kim and Trump"), else the two sides of the latest meeting
    # told, else the two people named last
    sides = tok.lower_ in SIDE_NOUNS
    if sides and (named := named_sides_before(ctx, tok)):  # "Kenya and Somalia have argued ... Both sides met"
        return named
    coordinated = _pair_before(ctx, tok, 2 if sides else 1)
    found = coordinated or sorted(_told_sides(ctx, tok, 5, pair=True))
    # "the two ministers" after a president and a prime minister were named: the pair of a meeting told who
    # hold the office, not the last pair (one titled with another office only; an untitled one may hold it)
    if _title_word(tok) and tok.tag_ == "NNS" and any(
            any(r.person == p and r.title for r in ctx.roles) and not _holds(ctx, p, tok) for p in found) \
            and (office := _office_pair(ctx, tok)):
        return office
    before = ctx.people_before(tok.i)
    if not found and (in_lead(ctx, tok) or len(before) < 2):
        # "Two rival leaders met on Tuesday. President A and opposition leader B discussed ...": a lead
        # that names the sides after it (states and bodies too, for "the two sides")
        ahead = named_after(ctx, tok, people=not sides)
        if ahead and (not sides or not all(ctx.is_person(k) for k in ahead)):
            return set(ahead)
        found = ahead
    found = found or before
    if len(found) != 2:
        return set()
    if sides:
        # a side is a party, not a person: "Olmert and Abbas ... the two sides" = Israel and Palestine
        states = [ctx.states_of(p) for p in found]
        if all(len(st) == 1 for st in states) and states[0] != states[1]:
            return states[0] | states[1]
        # ... but two of one state or of none ("Prime Minister A and opposition leader B have clashed for months.
        # The two sides met"), coordinated just before: the two people
        return set(found) if coordinated and len({frozenset(st) for st in states}) == 1 else set()
    return set(found)



def _office_holder(ctx: _Context, tok: Token, state: str) -> str | None:
    """"the presidents of Latvia and Estonia": the state's holder of that office; the leader `_holder` falls back on
    for a leader's title holds another office when the article titles them otherwise ("Latvian Prime Minister X"
    is no president: review18 #1), and the state stands for its unnamed president."""
    holder = _holder(ctx, tok, state)
    if holder in (None, state) or any(r.person == holder and r.title and _same_office(tok, r.title)
                                      for r in ctx.roles):
        return holder
    ctx.groups.add(state)  # as _holder does for a state standing for its unnamed official
    return state

def _countries_of(ctx: _Context, tok: Token, bodies: bool = False) -> list[str]:
    """Countries named on "leaders": "the leaders of France, Germany and Russia", "the Israeli ... leaders";
    with `bodies`, organizations too ("representatives of the government and the FARC rebels")."""
    kinds = {Kind.COUNTRY, Kind.ORGANIZATION} if bodies else {Kind.COUNTRY}
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod", "poss"}:  # "the Israeli leaders", "Iran's foreign minister"
            for t in _conjuncts(c):
                key = ctx.key_of.get(t.i)
                if key and ctx.kind(key) in kinds:
                    out.append(key)
    siblings = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_]
    # "leaders in Japan, China and Mongolia" (a plural: "the ambassador in Kenya" is no Kenyan)
    for p in _arg_preps(tok, extra={"of", "from", "in"} if tok.tag_ == "NNS" else {"of", "from"}):
        for pobj in _pobjs(p) + siblings:
            # "the leaders of the two factions, Fatah and Hamas": the apposition names them
            for t in _conjuncts(pobj) + [x for a in pobj.children if a.dep_ == "appos" for x in _conjuncts(a)]:
                # "of the NATO-led force": a name inside the object's modifiers
                key = ctx.key_of.get(t.i) or next((ctx.key_of[c.i] for c in t.doc[t.left_edge.i:t.i]
                                                   if c.i in ctx.key_of and _prenominal(c, t)), None)
                if key and ctx.kind(key) in kinds:
                    out.append(key)
                elif key is None and t.lower_ in STATE_GROUPS:  # "delegations from the two countries"
                    out += sorted(_counted_states_before(ctx, t))
    return list(dict.fromkeys(out))

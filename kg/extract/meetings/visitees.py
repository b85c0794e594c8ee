"""The host of a visit: "a visit by X to Seoul was postponed" told in an article where X meets Y of South
Korea is a meeting of X with Y, not with the state (a state stands for a side only when no person does)."""
from __future__ import annotations

from kg.extract.meetings.lexicon import VISIT
from kg.extract.meetings.records import _Context, _Event
from kg.records import Kind


def _visited_person(ctx: _Context, events: list[_Event]) -> None:
    """A visit of one person P to one state S, left on its own after the stays were joined, is with the one
    person of S whom P meets in the article's other meetings (its counterpart), when there is exactly one.
    (Not with any person of S the article has at a meeting: its host is often not the one the text follows.)"""
    for visit in events:
        if visit.first().cameo != VISIT or len(visit.participants) != 2:
            continue
        people = [k for k in visit.participants if ctx.is_person(k)]
        states = [k for k in visit.participants if ctx.kind(k) == Kind.COUNTRY]
        if len(people) != 1 or len(states) != 1:
            continue
        counterparts = {q for e in events if e is not visit and people[0] in e.participants
                        for q in e.participants if q != people[0] and ctx.is_person(q)
                        and states[0] in ctx.states_of(q)}
        if len(counterparts) == 1:
            visit.participants = {people[0], counterparts.pop()}

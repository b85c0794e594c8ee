"""Sides settled from the article's cast: a state or body is a side only when no person of its own sits at the
same table (data/eval/README.md: "the people, or the organization/country when no person of that side is named").
"Prime Minister A held talks with his Hungarian counterpart B as part of B's visit to Vietnam" is A and B, not
Vietnam beside them; "EU Special Representative C met D" is C and D. Meeting records in, meeting records out."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kg.records import Kind, Meeting, Role

_SIDES = {Kind.COUNTRY, Kind.ORGANIZATION}


def own_people(roles: Iterable[Role]) -> dict[str, set[str]]:
    """Each state or body -> the people the article titles as holding a post in it (the article's cast)."""
    out: dict[str, set[str]] = {}
    for r in roles:
        if r.organization:
            out.setdefault(r.organization, set()).add(r.person)
    return out


def represented(meetings: Iterable[tuple[Meeting, set[str]]], roles: Iterable[Role],
                kind: Callable[[str], Kind]) -> list[Meeting]:
    """Each meeting without the states and bodies one of its people sits for, but those a mention tells as the
    subject of its own clause ("The United States and Brazil have signed an accord", beside "signed by A and her
    Brazilian counterpart B": the states are told as sides in their own right); a meeting keeps two sides at least
    (a state met by its own official alone is left as told)."""
    cast = own_people(roles)
    out = []
    for m, subjects in meetings:
        sides = set(m.participants)
        people = {k for k in sides if kind(k) == Kind.PERSON}
        drop = {k for k in sides if kind(k) in _SIDES and cast.get(k, set()) & people and k not in subjects}
        if drop and len(sides - drop) >= 2:
            m = replace(m, participants=tuple(sorted(sides - drop)))
        out.append(m)
    return out

"""Offices the article gave people, for descriptions that name one with a country or body: "the Mauritanian
Prime Minister declared" of a person introduced as "the Prime Minister of the Islamic Republic of Mauritania,
Mr. X" (the roles read before the quotes say who holds which title of which body)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from kg.data import tables
from kg.extract.titles import COURTESY
from kg.resolve.document import Resolution
from kg.records import Kind, Nationality, Role

TITLE_SYNONYMS = {word: frozenset(title.split())
                  for word, title in tables("quotes/words")["speakers"]["title_synonyms"].items()}
_WORD_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Office:
    """A title the article gave a person before offset `at`: its words (lower case) and the bodies or countries
    it belongs to, with the person's nationality ("the Prime Minister of Mauritania, X": {prime, minister},
    {Mauritania})."""

    at: int
    person: str
    words: frozenset[str]
    places: frozenset[str]


def offices(roles: Iterable[Role], nationalities: Iterable[Nationality]) -> tuple[Office, ...]:
    """One Office per titled role, its places the role's body and the holder's nationalities."""
    countries: dict[str, set[str]] = {}
    for n in nationalities:
        countries.setdefault(n.person, set()).add(n.country)
    return tuple(Office(r.evidence.start, r.person, frozenset(_WORD_SPLIT.split(r.title.lower())),
                        frozenset([r.organization] if r.organization else []) | frozenset(countries.get(r.person, ())))
                 for r in roles if r.title)


def office_holder(s: Token, res: Resolution, held: tuple[Office, ...]) -> str | None:
    """"the Mauritanian prime minister", "the Peruvian chancellor": the one person the article gave, before,
    a title with those words whose body or country (or nationality) is the one the modifiers name."""
    mods = [c for c in s.children if c.dep_ in {"amod", "compound", "nmod"} and c.text not in COURTESY]
    places = {k for c in mods if (k := res.key_at(c.i)) is not None
              and res.entities[k].kind in {Kind.COUNTRY, Kind.ORGANIZATION}}
    if not places:
        return None  # a bare or merely qualified title is _description's
    words = {c.lower_ for c in mods if res.key_at(c.i) is None}
    heads = TITLE_SYNONYMS.get(s.lower_, frozenset({s.lower_}))
    found = {o.person for o in held if o.at < s.idx and heads | words <= o.words and places <= o.places
             and res.entities.get(o.person) is not None and res.entities[o.person].kind is Kind.PERSON}
    return found.pop() if len(found) == 1 else None


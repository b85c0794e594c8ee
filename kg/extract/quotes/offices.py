"""Offices the article gave people, for descriptions that name one with a country or body: "the Mauritanian
Prime Minister declared" of a person introduced as "the Prime Minister of the Islamic Republic of Mauritania,
Mr. X" (the roles read before the quotes say who holds which title of which body)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.data import tables
from kg.extract.titles import COURTESY
from kg.resolve.document import Resolution
from kg.records import Kind, Nationality, Role

TITLE_SYNONYMS = {word: frozenset(title.split())
                  for word, title in tables("quotes/words")["speakers"]["title_synonyms"].items()}
_WORD_SPLIT = re.compile(r"[\s-]+")
HEAD_OF = {body: tuple(frozenset(t.split()) for t in titles)
           for body, titles in tables("quotes/words")["speakers"]["head_of"].items()}

LEADERS = frozenset(tables("quotes/words")["speakers"]["leaders"])
OTHER_OFFICES = frozenset(tables("quotes/words")["speakers"]["other_offices"])
_LEADS = HEAD_OF["government"] + HEAD_OF["state"]


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
    a title with those words whose body or country (or nationality) is the one the modifiers name ("the
    Ethiopian leader": of a head of its government or state); "the head
    of the Ukrainian government", "the Lithuanian head of state": of one of the offices such a head holds."""
    office = _head_of(s)
    mods = [c for c in s.children if c.dep_ in {"amod", "compound", "nmod"} and c.text not in COURTESY]
    mods += [c for c in office.children if c.dep_ in {"amod", "compound", "nmod"}] if office is not None else []
    places = {k for c in mods if (k := res.key_at(c.i)) is not None
              and res.entities[k].kind in {Kind.COUNTRY, Kind.ORGANIZATION}}
    if not places:
        return None  # a bare or merely qualified title is _description's
    words = {c.lower_ for c in mods if res.key_at(c.i) is None}
    titles = [words | h for h in HEAD_OF[office.lower_]] if office is not None else [
        words | h for h in _LEADS] if s.lower_ in LEADERS else [  # "the Ethiopian leader": its premier or president
        words | TITLE_SYNONYMS.get(s.lower_, frozenset({s.lower_}))]
    found = {o.person for o in held if o.at < s.idx and any(t <= o.words for t in titles) and places <= o.places
             and res.entities.get(o.person) is not None and res.entities[o.person].kind is Kind.PERSON}
    return found.pop() if len(found) == 1 else None


def _head_of(s: Token) -> Token | None:
    """"government" of "the head of the X government", "state" of "the X head of state", else None."""
    if s.lower_ != "head":
        return None
    return next((p for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.lower_ in HEAD_OF), None)



def recent_holder(s: Token, res: Resolution, held: tuple[Office, ...], subjects: list[tuple[int, str]],
                  opened: int) -> str | None:
    """"“…,” the minister said" after "Mendonça said": of the people the article gave that title (its other words
    among the title's, "the PNG minister" aside: office_holder reads a body or country), the one last the subject
    of a clause before it (`subjects`: token index, key) - the one the story is following - not the last one
    introduced with the title written before the name; but not a subject from before the sentence ahead of the
    quote (which opens at offset `opened`) when another holder is named since ("A said ... \n\n B met Health
    Minister C. “…,” the minister said": C, whom the paragraph is about)."""
    mods = [c for c in s.children if c.dep_ in {"amod", "compound", "nmod"} and c.text not in COURTESY]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children) or any(
            res.key_at(c.i) is not None for c in mods):
        return None
    words = {c.lower_ for c in mods}
    titles = (words | {s.lower_}, words | TITLE_SYNONYMS.get(s.lower_, frozenset({s.lower_})))
    holders = {o.person for o in held if o.at < s.idx and any(t <= o.words and not (o.words - t) & OTHER_OFFICES
                                                              for t in titles)  # "the minister": no Prime Minister
               and o.person in res.entities and res.entities[o.person].kind is Kind.PERSON}
    if len(holders) < 2:
        return None  # one holder: the description reads it as well
    key = next(((at, key) for at, key in reversed(subjects) if at < s.i and key in holders), None)
    if key is None:
        return None
    since = _sentence_before(s.doc, opened)
    if key[0] < since and any(since <= span.start < s.i and k in holders and k != key[1] for span, k in res.spans):
        return None
    return key[1]


def _sentence_before(doc: Doc, opened: int) -> int:
    """The first token of the sentence before the one a quote opening at character offset `opened` is in."""
    at = next((t for t in doc if t.idx >= opened), doc[-1]).sent.start
    return doc[at - 1].sent.start if at > 0 else 0

"""The records the stages pass on: a mention of a meeting, an event (mentions of one meeting), the read-only context."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.extract.meetings.lexicon import GROUP_NOUNS, REPORTER_VERBS, lesser
from kg.extract.meetings.heads import _dateline_tokens
from kg.extract.meetings.syntax import _is_leader, _quoted_tokens, _title_word
from kg.nlp import gazetteer, lemma
from kg.resolve.document import Resolution, entity_key, implied_country
from kg.records import Article, Entity, Kind, Role, Status, TimeValue
from kg.nlp.doc_text import doc_ents

CONFIDENCE = {"verb": 0.9, "noun": 0.8, "anaphor": 0.6}
SEATS: dict[str, str] = tables("meetings/sides")["seats"]


STANDIN = "?leader/"
_NAMED_BEFORE = 2  # sentences back a title read as one of several holders names the one it means


@dataclass
class _Mention:
    """One trigger with what its clause says; several mentions make one event."""

    trigger: Token
    kind: str  # "verb" or "noun"
    participants: set[str]
    status: Status
    cameo: str
    date: TimeValue | None = None
    place: str | None = None
    duration: str | None = None
    ordinal: int | None = None
    anaphoric: bool = False  # "the meeting", "Trump's meeting": may join an earlier event
    partial: bool = False  # a participant could not be resolved ("I", "leaders")
    quoted: bool = False
    context: set[str] = field(default_factory=set)  # people named in the sentence
    confidence: float = 0.8
    week: tuple[dt.date, dt.date] | None = None  # "are meeting in Juba this week": a series of sessions
    joins_only: bool = False  # "X and Y discussed Z": the talk of a meeting told elsewhere, never a new one
    apart: frozenset[str] = frozenset()  # "X met separately with A and B": X's side, met by each apart
    adds_sides: bool = False  # "Cuba and Norway are mediators for the talks": new sides of a meeting told before
    resumes: int | None = None  # "It is likely to resume Tuesday": the trigger of the meeting that goes on


@dataclass
class _Event:
    mentions: list[_Mention]
    participants: set[str]
    date: TimeValue | None = None  # set from the mentions by _settle, or from the same visit
    place: str | None = None

    def first(self) -> _Mention:
        return self.mentions[0]


class _Context:
    """The document with its resolution and roles, and the lookups the extractors share."""

    def __init__(self, doc: Doc, article: Article, res: Resolution, roles: list[Role]) -> None:
        self.doc, self.article, self.res, self.roles = doc, article, res, roles
        self.groups: set[str] = set()  # countries standing for a group of people ("Egyptian officials")
        self.one_sides: list[set[str]] = []  # bodies that together are one side ("African leaders": AU, ECOWAS)
        self._expanded: dict[str, str | None] = {}  # a title's initials -> the one person holding it
        self.genders: dict[str, str] | None = None  # person -> "m"/"f" ("m?" from a given name), read on demand
        self.found: dict[str, Entity] = {}  # places and states this extractor found, not in the Resolution
        self.towns: dict[str, str] = {}  # a venue -> the town it was told in ("at Victoria Palace in Bucharest")
        self.told: list[_Mention] = []  # the mentions read so far, in text order (what "they" refers to)
        self.sentence_of = {s.start: n for n, s in enumerate(doc.sents)}  # sentence start -> its number
        self.key_of: dict[int, str] = {}
        self.root_of: dict[int, str] = {}
        for span, key in res.spans:
            for t in span:
                self.key_of[t.i] = key
            self.root_of[span.root.i] = key
        for span, candidates in res.ambiguous:
            chosen = self._disambiguate(candidates)
            if chosen is not None:
                for t in span:
                    self.key_of.setdefault(t.i, chosen)
                self.root_of.setdefault(span.root.i, key)
        self.quoted = _quoted_tokens(doc)
        self.dateline = _dateline_tokens(doc)
        self.reporters = _reporters(res)
        self._sent_ents: dict[int, tuple[Span, ...]] = {}
        self._doc_ents: tuple[Span, ...] | None = None

    def _disambiguate(self, candidates: Iterable[str]) -> str | None:
        """A bare name shared by several people goes to the one leader among them, if exactly one."""
        leaders = [c for c in candidates if any(r.person == c and _is_leader(r.title) for r in self.roles)]
        return leaders[0] if len(leaders) == 1 else None

    def sent_ents(self, tok: Token) -> tuple[Span, ...]:
        """`tok.sent.ents`, made once per sentence from the document's entities, made once: spaCy makes a Span
        of every entity of the document each time either is asked (they no longer change once the extractors
        run)."""
        sent = tok.sent
        ents = self._sent_ents.get(sent.start)
        if ents is None:
            if self._doc_ents is None:
                self._doc_ents = doc_ents(self.doc)
            found = []
            for ent in self._doc_ents:  # as spaCy's Span.ents: those inside, up to the first that runs past
                if ent.start >= sent.start:
                    if ent.end > sent.end:
                        break
                    found.append(ent)
            ents = self._sent_ents[sent.start] = tuple(found)
        return ents

    def entity(self, key: str) -> Entity:
        """An entity of the document, or one this extractor found (a venue, a capital's city or state)."""
        return self.found.get(key) or self.res.entities[key]

    def add_place(self, name: str) -> str:
        """The key of a named place; a new Place entity is kept apart (the Resolution stays untouched)."""
        key = entity_key(Kind.PLACE, name)
        if key not in self.res.entities:
            self.found.setdefault(key, Entity(key, Kind.PLACE, name))
        return key

    def add_organization(self, name: str) -> str:
        """The key of a body the text names where the tagger did not, kept apart if new."""
        key = entity_key(Kind.ORGANIZATION, name)
        if key not in self.res.entities:
            self.found.setdefault(key, Entity(key, Kind.ORGANIZATION, name))
        return key

    def add_country(self, iso3: str) -> str | None:
        """The key of a country the text implies (a capital standing for its state), kept apart if new."""
        country = implied_country(iso3)
        if country is None:
            return None
        if country.key not in self.res.entities:
            self.found.setdefault(country.key, country)
        return country.key

    def side(self, key: str) -> str:
        """The side an entity stands for at a table: "the Colombian government", "Kenyan authorities"
        (an organization named by a state and a collective noun) stand for the state; a title's initials
        ("EAM") for the one person holding it."""
        entity = self.entity(key) if not key.startswith(STANDIN) else None
        if entity is not None and entity.kind in {Kind.ORGANIZATION, Kind.PLACE} \
                and (code := SEATS.get(entity.name.removeprefix("the ").lower())) and (state := self.add_country(code)):
            return state  # "talks with the Kremlin": a seat of government told as a side is its state
        if entity is None or entity.kind != Kind.ORGANIZATION:
            return key
        if len(entity.name) >= 2 and entity.name.isupper() and entity.name.isalpha() and (holder := self.initials(entity.name)):
            return holder  # "EAM met X", "the CM met X": the one "External Affairs Minister (Dr.) Y" the article names
        words = entity.name.removeprefix("the ").split()
        if len(words) >= 3 and words[0].lower() in GROUP_NOUNS and words[1] == "of":  # "the Government of Yemen"
            words = words[2:] + words[:1]
        if len(words) < 2 or words[-1].lower() not in GROUP_NOUNS:
            return key
        state = " ".join(words[:-1])
        code = gazetteer.demonyms().get(state) or gazetteer.country_names().get(state)
        return (self.add_country(code) if code else None) or key

    def initials(self, letters: str) -> str | None:
        """The one person named right after words with these initials, the first capitalized ("External Affairs
        Minister Dr. Meera Raghunathan" for "EAM", a paper's "Chief minister A" for "CM")."""
        if letters not in self._expanded:
            n, doc, found = len(letters), self.doc, set()
            for i in range(len(doc) - n):
                words = doc[i:i + n]
                # not the acronym itself opening its own "expansion" ("UN negotiator": U + n-egotiator)
                if words[0].text[:1] == letters[0] and _title_word(words[-1]) and len(words[0]) > 1 \
                        and not words[0].is_upper \
                        and all(t.text[:1].upper() == c and t.is_alpha for t, c in zip(words, letters)):
                    found |= {k for t in doc[i + n:i + n + 4] if (k := self.root_of.get(t.i)) and self.is_person(k)}
            self._expanded[letters] = found.pop() if len(found) == 1 else None
        return self._expanded[letters]

    def kind(self, key: str) -> Kind:
        if key.startswith(STANDIN):
            return Kind.PERSON
        return self.entity(key).kind

    def is_person(self, key: str) -> bool:
        return self.kind(key) == Kind.PERSON

    def people_before(self, i: int, limit: int = 2, within: int = 120) -> list[str]:
        """The `limit` most recent distinct people mentioned before token i."""
        found: list[str] = []
        j = i - 1
        while j >= 0 and j >= i - within and len(found) < limit:
            key = self.key_of.get(j)
            if key and self.is_person(key) and key not in found and key not in self.reporters:
                found.append(key)
            j -= 1
        return found

    def venue(self, org: str) -> str:
        """The Place a building stands for when the tagger took it for an organization ("State House")."""
        return self.add_place(self.entity(org).name)

    def states_of(self, person: str) -> set[str]:
        """The countries a person's roles belong to."""
        return {r.organization for r in self.roles if r.person == person and r.organization
                and self.kind(r.organization) == Kind.COUNTRY}

    def leader_of(self, country: str) -> str | None:
        """The one person holding a leader title for a country."""
        people = {r.person for r in self.roles if r.organization == country and _is_leader(r.title)}
        return people.pop() if len(people) == 1 else None

    def titled(self, title: str, at: int | None = None, before: int | None = None) -> str | None:
        """The one person whose role title is this word ("the secretary-general", "the president-elect"); with
        `at`, a title read at that token: not one first named after it as the holder of that office in another
        body ("... received by the President. ... the President of the Trades Union Congress, X, met ..." is no
        union president for the reader, who has not met him yet); with `before`, of several so titled the one
        named just before that token ("Foreign Minister A arrived. The foreign minister met Foreign Minister B": A)."""
        title = title.lower()
        roles = [r for r in self.roles if r.title and not lesser(r.title, title)  # no deputy for "the prime minister"
                 and (at is None or not self.later_namesake(r.person, at))]
        people = {r.person for r in roles if r.title and (r.title.lower() == title or
                                                          r.title.lower().endswith(" " + title))}
        if not people and " " in title:
            people = {r.person for r in roles if r.title and r.title.lower().endswith(title.split()[0])
                      and title.endswith(r.title.lower().split()[-1]) or r.title and r.title.lower() in title}
        if not people and "-" in title:
            return self.titled(title.split("-")[0])
        if len(people) > 1 and before is not None:  # the one named in the sentence or the two before, not long ago
            here = self.sentence_of[self.doc[before].sent.start]
            people = {p for p in people if any(k == p and s.start < before and here - self.sentence_of[
                s.sent.start] <= _NAMED_BEFORE for s, k in self.res.spans)}
        return people.pop() if len(people) == 1 else None

    def first_bare(self, tok: Token) -> int:
        """Where the article first wrote a bare title as this one ("the President", its words before it the same, no
        complement): the holder the reader took it for there is the one it stays."""
        def shape(t: Token) -> tuple[str, ...] | None:
            if any(c.dep_ in {"prep", "appos", "poss"} for c in t.children) \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                return None
            return (t.lower_, *sorted(c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}))
        own = shape(tok)
        return next((t.i for t in self.doc[:tok.i] if t.lower_ == tok.lower_ and shape(t) == own), tok.i) \
            if own else tok.i

    def later_namesake(self, person: str, at: int) -> bool:
        """Whether a person is first named after token `at`, and only with offices of bodies (not of a state)."""
        first = min((s.start for s, k in self.res.spans if k == person), default=at)
        bodies = {r.organization for r in self.roles if r.person == person and r.title}
        return first > at and all(b is not None and self.kind(b) == Kind.ORGANIZATION for b in bodies)


def _reporters(res: Resolution) -> frozenset[str]:
    """People the article names only as who files it ("For VOA, Jane Roe reports from Nicosia"): never a
    side, nor whom "the two leaders" or "they" refer to."""
    spans: dict[str, list[Token]] = {}
    for span, key in res.spans:
        spans.setdefault(key, []).append(span.root)
    return frozenset(key for key, roots in spans.items() if all(
        r.dep_ == "nsubj" and lemma(r.head).lower() in REPORTER_VERBS for r in roots))

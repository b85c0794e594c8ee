"""Plain frozen records that flow between the stages.

Article -> (spaCy, per document) -> ArticleFacts (Mention, Entity, Role, Nationality, Meeting,
Quote, and the records of any other fact kind of kg.kinds) -> KnowledgeGraph -> RDF. Nothing here holds a spaCy object, so every record pickles and
can cross a process boundary.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from enum import Enum


class Kind(str, Enum):
    """The entity types of the graph."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"


class Status(str, Enum):
    """Where a meeting stands, as the article tells it."""

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Article:
    """One input document, text as ingested (offsets point into `text`)."""

    id: str
    text: str
    source: str  # file path, "file.jsonl:LINE" or "<stdin>", for messages
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the article text."""

    article: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, order=True)
class Mention:
    """One surface form of an entity in an article (character offsets into Article.text)."""

    start: int
    end: int
    text: str
    entity: str  # Entity.key
    sentence: int = 0  # index of the sentence in the document


@dataclass(frozen=True)
class Entity:
    """A resolved entity. `key` is stable: the same name and kind give the same key everywhere."""

    key: str
    kind: Kind
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None  # ISO 3166 alpha-3 for countries


@dataclass(frozen=True)
class Role:
    """A title a person holds, with the organization or country it belongs to when known."""

    person: str
    title: str | None
    organization: str | None
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class Nationality:
    """A person's country, as said or implied ("North Korean leader")."""

    person: str
    country: str
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class TimeValue:
    """A normalized date at the precision the text supports.

    `value` is YYYY, YYYY-MM or YYYY-MM-DD; `end` the same for a range ("February 27 and 28");
    `qualifier` one of "beginning", "middle", "end" for "the end of February".
    """

    value: str
    text: str
    end: str | None = None
    qualifier: str | None = None

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]

    @property
    def is_day(self) -> bool:
        """One calendar day: a full date and no range ("on Monday", not "May 2-4" nor "in May")."""
        return len(self.value) == 10 and not self.end


@dataclass(frozen=True)
class Meeting:
    """A meeting as one event: who, when, where, how long, and how sure the text is that it happens."""

    participants: tuple[str, ...]  # Entity keys, sorted
    status: Status
    evidence: tuple[Evidence, ...]
    confidence: float
    trigger: str
    cameo: str
    date: TimeValue | None = None
    place: str | None = None  # Entity key of a Place or Country
    duration: str | None = None  # xsd:duration, e.g. PT90M
    ordinal: int | None = None


@dataclass(frozen=True)
class Quote:
    """A direct quotation (full or partial) and who said it."""

    speaker: str  # Entity key
    text: str
    start: int  # offsets of the quoted words in the article text
    end: int
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class ArticleFacts:
    """Everything read from one article: what leaves the per-document stage."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    nationalities: tuple[Nationality, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())  # sentence boundaries
    extra: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # (field, records) of fact kinds registered beyond these

    def records(self, name: str) -> tuple[Any, ...]:
        """The records of a fact kind by its field name (kg.kinds.FactKind.field)."""
        if name in _OWN:
            return getattr(self, name)  # type: ignore[no-any-return]
        return next((recs for field_, recs in self.extra if field_ == name), ())

    def with_records(self, changes: Mapping[str, tuple[Any, ...]]) -> ArticleFacts:
        """A copy with the records of some fact kinds (by field name) replaced."""
        own: dict[str, Any] = {k: v for k, v in changes.items() if k in _OWN}
        extra = {**dict(self.extra), **{k: v for k, v in changes.items() if k not in _OWN}}
        return replace(self, **own, extra=tuple(sorted((k, v) for k, v in extra.items() if v)))


_OWN = frozenset({"roles", "nationalities", "meetings", "quotes"})
"""The fact kinds ArticleFacts holds in fields of their own (the others go in `extra`)."""

"""One identifier and one IRI per article of a build: nothing merged or dropped silently.

Article IRIs are made from identifiers one to one (kg.ids.article_key), so only an identifier used
twice can collide: the same file reached by two folder arguments, two JSONL lines with one `id`, or
`news.txt` in two folders given to one build. The same identifier with the same text is one article
read twice (a `Duplicate`, kept once); with another text it is another article, renamed
deterministically ("news.txt~2", in input order) and reported (`Renamed`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from kg.ids import article_key
from kg.records import Article


@dataclass(frozen=True)
class Renamed:
    """An article whose identifier was taken by another text: kept under a new one."""

    source: str
    id: str
    original: str
    first: str  # source of the article that kept the identifier

    @property
    def message(self) -> str:
        return (f"article id {self.original!r} is already used by {self.first} for another text; "
                f"this one is {self.id!r}")

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "id": self.id, "original": self.original, "first": self.first}


@dataclass(frozen=True)
class Duplicate:
    """The same article (identifier and text) met again: read once."""

    source: str
    id: str
    first: str

    @property
    def message(self) -> str:
        return f"same article as {self.first} (id {self.id!r}, same text); read once"

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "id": self.id, "first": self.first}


Notice = Renamed | Duplicate


class UniqueIds:
    """Admits the articles of one build, each under an identifier (and so an IRI) of its own."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str]] = {}  # identifier -> (text digest, source)
        self._keys: dict[str, str] = {}  # article key -> identifier (keys of long identifiers end in a digest)

    def admit(self, article: Article) -> tuple[Article | None, Notice | None]:
        """The article to analyse (None for a duplicate) and what to tell the user about it, if anything."""
        digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
        taken = self._seen.get(article.id) or self._seen.get(self._keys.get(article_key(article.id), ""))
        if taken is None:
            self._add(article.id, digest, article.source)
            return article, None
        if taken[0] == digest:
            return None, Duplicate(article.source, article.id, taken[1])
        number = 2
        while self._taken(f"{article.id}~{number}"):
            number += 1
        new_id = f"{article.id}~{number}"
        self._add(new_id, digest, article.source)
        return replace(article, id=new_id), Renamed(article.source, new_id, article.id, taken[1])

    def _taken(self, identifier: str) -> bool:
        return identifier in self._seen or article_key(identifier) in self._keys

    def _add(self, identifier: str, digest: str, source: str) -> None:
        self._seen[identifier] = (digest, source)
        self._keys[article_key(identifier)] = identifier

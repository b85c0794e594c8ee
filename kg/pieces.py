"""Long articles analysed in pieces, their facts joined back with the offsets of the whole text.

spaCy's parser and NER need about 1 GB of temporary memory per 100,000 characters and refuse texts
over `nlp.max_length` (1,000,000), and some of our per-document rules grow faster than the text. An
article longer than `PIECE_CHARS` is cut at paragraph ends (else line ends, sentence ends, spaces);
each piece is analysed as a document of its own, and the records are joined: offsets shifted into
the whole text, sentence numbers continued, an entity met in several pieces one entity. What is lost
is what spans two pieces: a name resolved in one piece is not used for a short form in the next.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kg.kinds import fact_kinds
from kg.kinds.base import shifted
from kg.records import Article, ArticleFacts, Entity, Mention

PIECE_CHARS = 100_000
"""Longest piece analysed at once: bounds memory and time per piece, whatever the article length."""
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"),
         re.compile(r"\s+"))
"""Where a piece may end, best first: after a blank line, a line end, a sentence end, any space."""


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """TEXT cut into (offset, piece) of at most SIZE characters at the best bounds; joined, they are TEXT."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((end for pattern in _CUTS if (end := _last_end(pattern, window)) > size // 4), 0) or size
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    return max((match.end() for match in pattern.finditer(window)), default=0)


def piece_articles(article: Article, size: int = PIECE_CHARS) -> list[tuple[int, Article]]:
    """The article's pieces as articles of their own (same identifier and metadata), with their offsets."""
    return [(offset, replace(article, text=piece)) for offset, piece in pieces(article.text, size)]


def join_facts(article: Article, parts: Sequence[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One article's facts from the facts of its pieces (each with the offset of its piece)."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    records: dict[str, list[Any]] = {kind.field: [] for kind in fact_kinds()}
    sentences: list[tuple[int, int]] = []
    for offset, facts in parts:
        first_sentence = len(sentences)
        for entity in facts.entities:
            entities[entity.key] = _merge(entities.get(entity.key), entity)
        mentions += [replace(m, start=m.start + offset, end=m.end + offset, sentence=m.sentence + first_sentence)
                     for m in facts.mentions]
        for field, found in records.items():  # every fact kind: evidence and own offsets shifted
            found += [shifted(r, offset) for r in facts.records(field)]
        sentences += [(start + offset, end + offset) for start, end in facts.sentences]
    joined = ArticleFacts(article=article, entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
                          mentions=tuple(mentions), sentences=tuple(sentences))
    return joined.with_records({field: tuple(found) for field, found in records.items()})


def _merge(old: Entity | None, new: Entity) -> Entity:
    """One entity from its records in two pieces: the fuller name, every other form an alias."""
    if old is None:
        return new
    name = max((old.name, new.name), key=lambda n: (len(n), n))
    aliases = tuple(sorted({old.name, new.name, *old.aliases, *new.aliases} - {name}))
    return replace(old, name=name, aliases=aliases, code=old.code or new.code)

"""A store's entity index: what the corpus plan needs of the articles already in a store, read by key.

Kept beside the Oxigraph data, inside the store folder (`kg-index.sqlite`), so that a build into the
store resolves its new articles against everything the store holds without loading the store
(kg.resolve.increment). Rows are keyed so that a build reads only what its own articles touch:

* keys: one row per per-document entity key: kind, names, aliases, articles, nationalities, code,
  and the corpus node it belongs to now (the corpus plan's decision);
* key_articles: the articles a key gained since its row's list was written: a key recurring across
  the archive (a country, a news agency) gains a row per new article instead of a rewrite of its
  whole list, which is folded back into the key's row when these rows reach a quarter of it;
* blocks: the name blocks of each key (last name, first name, full form, alias, normalized name),
  the only places where the corpus rules look for a partner (kg.resolve.corpus);
* holds: which article graphs describe which node (an entity or a meeting);
* reports: each article's meetings, resolved, with the participants' block and the meeting node;
* articles: each article's own (unresolved) facts, to rewrite its graph when late evidence changes it;
* sameas: nodes merged away by late evidence, and the node they became.
"""
from __future__ import annotations

import io
import json
import pickle
import re
import sqlite3
import sys
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.resolve.clusters import Node as KeyNode
from kg.resolve.clusters import org_key, tokens
from kg.resolve.corpus_meetings import date_range
from kg.resolve.identity import VOTING
from kg.resolve.names import acronym_letters, fits_acronym
from kg.records import ArticleFacts, Kind, Meeting

FILE = "kg-index.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles(id TEXT PRIMARY KEY, facts BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS keys(key TEXT PRIMARY KEY, kind TEXT NOT NULL, names TEXT NOT NULL,
    aliases TEXT NOT NULL, articles TEXT NOT NULL, nats TEXT NOT NULL, code TEXT, node TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS keys_node ON keys(node);
CREATE TABLE IF NOT EXISTS key_articles(key TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blocks(block TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(block, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS blocks_key ON blocks(key);
CREATE TABLE IF NOT EXISTS holds(node TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY(node, article)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS holds_article ON holds(article);
CREATE TABLE IF NOT EXISTS reports(article TEXT NOT NULL, idx INTEGER NOT NULL, block TEXT NOT NULL,
    node TEXT NOT NULL, published TEXT NOT NULL, meeting BLOB NOT NULL, lo TEXT, hi TEXT, PRIMARY KEY(article, idx));
CREATE INDEX IF NOT EXISTS reports_node ON reports(node);
CREATE TABLE IF NOT EXISTS attends(entity TEXT NOT NULL, block TEXT NOT NULL, PRIMARY KEY(entity, block)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sameas(old TEXT PRIMARY KEY, new TEXT NOT NULL);
"""

_WHEN = """
DROP INDEX IF EXISTS reports_block;
CREATE INDEX IF NOT EXISTS reports_order ON reports(block, article, idx);
CREATE INDEX IF NOT EXISTS reports_when ON reports(block, hi, lo);
"""
_REPORT = "article, idx, block, node, published, meeting"
Report = tuple[str, int, Meeting, str]
"""One article's report of a meeting: article id, index among its resolved meetings, meeting, publication date."""


def _pack(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


class _Unpickler(pickle.Unpickler):
    """Reads records pickled under their module's old name: `kg.types` became `kg.records`, and a store
    indexed before must still open."""

    MOVED = {"kg.types": "kg.records"}

    def find_class(self, module: str, name: str) -> Any:
        return super().find_class(self.MOVED.get(module, module), name)


def _unpack(blob: bytes) -> object:
    return _Unpickler(io.BytesIO(zlib.decompress(blob))).load()


def block_name(participants: Iterable[str]) -> str:
    return "\x1f".join(participants)


# --------------------------------------------------------------------------------- name blocks
# A key sits in the blocks of `blocks_of` and reads those of `lookups_of`: two keys that some corpus
# rule (kg.resolve.corpus, identity) compares always meet in one block.
def _person_forms(node: KeyNode) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    aliases = [tokens(a) for a in node.aliases if a[:1].isupper()]
    return node.words, [a for a in aliases if a]


def _full(node: KeyNode) -> bool:
    return len(node.best_name.split()) >= 2 and len(node.words) >= 2


def _common(node: KeyNode) -> set[str]:
    """Blocks met from both sides: the kind vote (one name, several kinds)."""
    return {f"v:{org_key(n)}" for n in node.names} if node.kind in VOTING else set()


def blocks_of(node: KeyNode) -> set[str]:
    """The blocks a key sits in: where the corpus rules of another key may look for it."""
    out = _common(node)
    if node.kind is Kind.PERSON:
        words, aliases = _person_forms(node)
        if not _full(node):
            return out | {f"p:one:{' '.join(words)}"}
        out |= {f"p:last:{words[-1]}", f"p:first:{words[0]}", f"p:form:{' '.join(words)}"}
        return out | {f"p:alias:{' '.join(a)}" for a in aliases}  # only full names' aliases count
    if node.kind in (Kind.ORGANIZATION, Kind.PLACE):
        k = node.kind.value
        out |= {f"o:{k}:norm:{org_key(node.best_name)}"}
        out |= {f"o:{k}:alias:{org_key(a)}" for a in node.aliases if a[:1].isupper()}
    if node.kind is Kind.ORGANIZATION:
        letters = acronym_letters(node.best_name)
        out |= {f"o:acr:{a}" for a in _acronyms(node)} | ({f"o:short:{letters}"} if letters else set())
    return out


def lookups_of(node: KeyNode) -> set[str]:
    """The blocks whose keys the corpus rules compare with this key (the other side of `blocks_of`)."""
    out = _common(node)
    if node.kind is Kind.PERSON:
        words, aliases = _person_forms(node)
        w = " ".join(words)
        if not _full(node):
            return out | {f"p:last:{w}", f"p:first:{w}", f"p:alias:{w}"}
        out |= {f"p:last:{words[-1]}", f"p:one:{words[-1]}", f"p:one:{words[0]}", f"p:alias:{w}"}
        out |= {f"p:form:{' '.join(a)}" for a in aliases}
        return out | {f"p:one:{' '.join(a)}" for a in aliases if len(a) == 1}
    if node.kind in (Kind.ORGANIZATION, Kind.PLACE):
        k, norm = node.kind.value, org_key(node.best_name)
        out |= {f"o:{k}:norm:{norm}", f"o:{k}:alias:{norm}"}
        out |= {f"o:{k}:norm:{org_key(a)}" for a in node.aliases if a[:1].isupper()}
    if node.kind is Kind.ORGANIZATION:
        letters = acronym_letters(node.best_name)
        out |= {f"o:short:{a}" for a in _acronyms(node)} | ({f"o:acr:{letters}"} if letters else set())
    return out


def _acronyms(node: KeyNode) -> set[str]:
    """Every acronym that one of the organization's full names has (kg.resolve.names.fits_acronym)."""
    out: set[str] = set()
    for name in node.names:
        if acronym_letters(name) is None:
            words = [w for w in re.split(r"[\s\-/]+", re.sub(r"['’]s\b|[().,]", "", name)) if w]
            out |= {a for a in _letters(tuple(words), 1) if 2 <= len(a) <= 8 and fits_acronym(a, name)}
    return out


@lru_cache(maxsize=4096)
def _letters(words: tuple[str, ...], extra: int) -> frozenset[str]:
    """Candidate acronyms of WORDS: each word gives its initial, or one more inner letter (EXTRA times);
    a short word (any small word of the rule) or the last one (a legal form) may give nothing."""
    if not words:
        return frozenset({""})
    word, rest = words[0], words[1:]
    tails = _letters(rest, extra)
    out = {word[0].upper() + t for t in tails}
    if len(word) <= 3 or not rest:
        out |= tails
    if extra:
        inner = _letters(rest, extra - 1)
        out |= {word[0].upper() + c.upper() + t for c in set(word[1:]) for t in inner}
    return frozenset(a for a in out if len(a) <= 8)


# --------------------------------------------------------------------------------- the index
class EntityIndex:
    """The sqlite file of a store's entity index; every change waits for `commit` (one transaction)."""

    def __init__(self, folder: Path | str) -> None:
        self.path = Path(folder) / FILE
        try:
            self.db = sqlite3.connect(self.path, isolation_level="DEFERRED")
            self.db.executescript(_SCHEMA)
            if "lo" not in {r[1] for r in self.db.execute("PRAGMA table_info(reports)")}:
                self._add_dates()
            self.db.executescript(_WHEN)
        except sqlite3.DatabaseError as err:
            raise KGError(f"{self.path}: not a kg entity index ({err}); remove it to rebuild the store") from err

    def _add_dates(self) -> None:
        """An index written before reports kept their date span: add it (once, in its own transaction)."""
        self.db.execute("ALTER TABLE reports ADD COLUMN lo TEXT")
        self.db.execute("ALTER TABLE reports ADD COLUMN hi TEXT")
        rows = self.db.execute("SELECT article, idx, meeting FROM reports").fetchall()
        for article, idx, blob in rows:
            self.db.execute("UPDATE reports SET lo=?, hi=? WHERE article=? AND idx=?",
                            (*_span(_unpack(blob)), article, idx))  # type: ignore[arg-type]
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- articles -------------------------------------------------------------------------
    def facts(self, article: str) -> ArticleFacts | None:
        row = self.db.execute("SELECT facts FROM articles WHERE id=?", (article,)).fetchone()
        return None if row is None else _unpack(row[0])  # type: ignore[return-value]

    def put_facts(self, facts: ArticleFacts) -> None:
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?)", (facts.article.id, _pack(facts)))

    # -- keys -----------------------------------------------------------------------------
    def key(self, key: str) -> tuple[KeyNode, str, str | None] | None:
        """The key's node data, its corpus node and its code, or None when the store never saw it."""
        row = self.db.execute("SELECT * FROM keys WHERE key=?", (key,)).fetchone()
        return None if row is None else self._key_row(row)

    def node_of(self, key: str) -> str:
        row = self.db.execute("SELECT node FROM keys WHERE key=?", (key,)).fetchone()
        return key if row is None else str(row[0])

    def members(self, node: str) -> list[tuple[KeyNode, str, str | None]]:
        return [self._key_row(r) for r in self.db.execute("SELECT * FROM keys WHERE node=? ORDER BY key", (node,))]

    def _key_row(self, row: tuple) -> tuple[KeyNode, str, str | None]:  # type: ignore[type-arg]
        key, kind, names, aliases, articles, nats, code, node = row
        gained = [r[0] for r in self.db.execute("SELECT article FROM key_articles WHERE key=?", (key,))]
        data = KeyNode(key, Kind(kind), set(json.loads(names)), set(json.loads(aliases)),
                       set(map(sys.intern, json.loads(articles) + gained)),  # one string per article for all keys read
                       set(json.loads(nats)))
        return data, node, code

    def put_key(self, data: KeyNode, node: str, code: str | None, *, blocks: bool = True,
                stored: set[str] | None = None) -> None:
        """Write a key's row; and its name blocks unless BLOCKS is false (its kind, names and aliases are as stored).
        With STORED (the key's articles as the index holds them), its new articles are added as rows of
        key_articles, and its row's list is left as it is until they reach a quarter of it."""
        names = (data.kind.value, json.dumps(sorted(data.names)), json.dumps(sorted(data.aliases)))
        nats = json.dumps(sorted(data.nationalities))
        new = sorted(data.articles - stored) if stored is not None else []
        if stored is not None and (self.db.execute("SELECT count(*) FROM key_articles WHERE key=?", (data.key,))
                                   .fetchone()[0] + len(new)) * 4 < len(data.articles):
            self.db.execute("UPDATE keys SET kind=?, names=?, aliases=?, nats=?, code=?, node=? WHERE key=?",
                            (*names, nats, code, node, data.key))
            self.db.executemany("INSERT OR IGNORE INTO key_articles VALUES (?, ?)", ((data.key, a) for a in new))
        else:  # the whole row, its list folding in the articles gained
            self.db.execute("INSERT OR REPLACE INTO keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (data.key, *names, json.dumps(sorted(data.articles)), nats, code, node))
            self.db.execute("DELETE FROM key_articles WHERE key=?", (data.key,))
        if not blocks:
            return
        self.db.execute("DELETE FROM blocks WHERE key=?", (data.key,))
        self.db.executemany("INSERT INTO blocks VALUES (?, ?)", ((b, data.key) for b in sorted(blocks_of(data))))

    def block_keys(self, block: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT key FROM blocks WHERE block=?", (block,))]

    # -- which article graphs describe a node ---------------------------------------------
    def holders(self, node: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT article FROM holds WHERE node=?", (node,))]

    def put_holds(self, article: str, nodes: Iterable[str]) -> None:
        self.db.execute("DELETE FROM holds WHERE article=?", (article,))
        self.db.executemany("INSERT OR IGNORE INTO holds VALUES (?, ?)", ((n, article) for n in nodes))

    # -- meeting reports ------------------------------------------------------------------
    def reports_of_article(self, article: str) -> list[tuple[Report, str, str]]:
        return [self._report(r) for r in self.db.execute(
            f"SELECT {_REPORT} FROM reports WHERE article=? ORDER BY idx", (article,))]

    def reports_in_block(self, block: str) -> list[tuple[Report, str, str]]:
        return [self._report(r) for r in self.db.execute(f"SELECT {_REPORT} FROM reports WHERE block=?", (block,))]

    def reports_overlapping(self, block: str, lo: str, hi: str) -> list[tuple[Report, str, str]]:
        """The dated reports of BLOCK whose date span meets LO..HI (ISO dates): the only ones a meeting of
        those participants and dates may join (kg.resolve.corpus_meetings.meetings_compatible)."""
        return [self._report(r) for r in self.db.execute(
            f"SELECT {_REPORT} FROM reports WHERE block=? AND hi>=? AND lo<=?", (block, lo, hi))]

    def first_in_block(self, block: str, besides: set[str]) -> tuple[str, int] | None:
        """The first report (article id, index) of BLOCK in article order, not counting the articles BESIDES."""
        for article, idx in self.db.execute("SELECT article, idx FROM reports WHERE block=? ORDER BY article, idx",
                                            (block,)):
            if article not in besides:
                return article, idx
        return None

    def reports_of_node(self, node: str) -> list[tuple[Report, str, str]]:
        return [self._report(r) for r in self.db.execute(f"SELECT {_REPORT} FROM reports WHERE node=?", (node,))]

    @staticmethod
    def _report(row: tuple) -> tuple[Report, str, str]:  # type: ignore[type-arg]
        article, idx, block, node, published, blob = row
        meeting: Meeting = _unpack(blob)  # type: ignore[assignment]
        return (article, idx, meeting, published), block, node

    def blocks_attended(self, entity: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT block FROM attends WHERE entity=?", (entity,))]

    def put_reports(self, article: str, reports: Iterable[tuple[Report, str]]) -> None:
        """Replace the article's meeting reports by REPORTS ((report, meeting node) pairs)."""
        self.db.execute("DELETE FROM reports WHERE article=?", (article,))
        for (art, idx, meeting, published), node in reports:
            block = block_name(meeting.participants)
            self.db.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (art, idx, block, node, published, _pack(meeting), *_span(meeting)))
            self.db.executemany("INSERT OR IGNORE INTO attends VALUES (?, ?)",
                                ((p, block) for p in meeting.participants))

    def set_report_node(self, article: str, idx: int, node: str) -> None:
        self.db.execute("UPDATE reports SET node=? WHERE article=? AND idx=?", (node, article, idx))

    # -- nodes merged away ----------------------------------------------------------------
    def put_sameas(self, old: str, new: str) -> set[str]:
        """Record OLD merged into NEW; returns the old nodes whose link changed (see `links`)."""
        touched = {old} | {r[0] for r in self.db.execute("SELECT old FROM sameas WHERE new=?", (old,))}
        self.db.execute("UPDATE sameas SET new=? WHERE new=?", (new, old))  # older merges follow
        self.db.execute("INSERT OR REPLACE INTO sameas VALUES (?, ?)", (old, new))
        self.db.execute("DELETE FROM sameas WHERE old=new")
        return touched

    def links(self, olds: Iterable[str]) -> dict[str, str | None]:
        """Each of the old nodes OLDS -> the node it was merged into, or None when it is no merged node."""
        out: dict[str, str | None] = {}
        for old in sorted(olds):
            row = self.db.execute("SELECT new FROM sameas WHERE old=?", (old,)).fetchone()
            out[old] = None if row is None else str(row[0])
        return out

    def sameas(self) -> Iterator[tuple[str, str]]:
        yield from self.db.execute("SELECT old, new FROM sameas ORDER BY old")


def _span(meeting: Meeting) -> tuple[str | None, str | None]:
    """The first and last day a meeting's date allows (ISO), or none for an undated meeting."""
    if meeting.date is None:
        return None, None
    lo, hi = date_range(meeting.date)
    return lo.isoformat(), hi.isoformat()

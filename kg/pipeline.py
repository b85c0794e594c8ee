"""The per-document stage (spaCy Doc -> ArticleFacts) and the corpus build (Articles -> KnowledgeGraph).

Where the per-document stage runs is a strategy, an `Engine`, that `build` is given (this process by
default; kg.parallel and kg.distributed make others): nothing here imports them."""
from __future__ import annotations

import contextlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import facts_from_doc
from kg.graph import KnowledgeGraph
from kg.ingest import Skipped
from kg.ingest.unique import Notice, UniqueIds
from kg.nlp import load_pipeline
from kg.nlp.outlet import mark_outlet
from kg.pieces import PIECE_CHARS, join_facts, piece_articles
from kg.resolve.corpus import Merge, plan_corpus, summary
from kg.resolve.document import resolve_document
from kg.records import Article, ArticleFacts

log = logging.getLogger(__name__)
BATCH_SIZE = 32


def analyze(doc: Doc, article: Article) -> ArticleFacts:
    """Everything read from one article. spaCy objects stay here; what leaves is plain records."""
    mark_outlet(doc, article)
    return facts_from_doc(doc, article, resolve_document(doc))


Engine = Callable[[Iterable[Article]], Iterator["ArticleFacts | Skipped"]]
"""Where the per-document stage runs: articles in, one record per article out, in input order."""


def analyze_articles(articles: Iterable[Article]) -> Iterator[ArticleFacts | Skipped]:
    """The engine of this process: articles through spaCy in batches; memory is bounded by the batch.

    A failure inside our own per-document code costs that document only: it is reported as
    Skipped with the error, and the run goes on.
    """
    nlp = load_pipeline()
    for group in _groups(articles):
        if len(group) == 1 and len(group[0].text) > PIECE_CHARS:
            yield _analyze_long(nlp, group[0])
            continue
        for doc, article in nlp.pipe(((a.text, a) for a in group), as_tuples=True, batch_size=BATCH_SIZE):
            yield _analyze_one(doc, article)


def _groups(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Batches of BATCH_SIZE articles for nlp.pipe, in order; an article over PIECE_CHARS alone."""
    batch: list[Article] = []
    for article in articles:
        if len(article.text) > PIECE_CHARS:
            if batch:
                yield batch
            batch = []
            yield [article]
            continue
        batch.append(article)
        if len(batch) == BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyze_one(doc: Doc, article: Article) -> ArticleFacts | Skipped:
    try:
        return analyze(doc, article)
    except Exception as err:
        log.debug("analysis of %s failed", article.source, exc_info=True)
        return Skipped(article.source, f"internal error while analysing ({type(err).__name__}: {err})")


def _analyze_long(nlp: Language, article: Article) -> ArticleFacts | Skipped:
    """A long article piece by piece (kg.pieces), one piece in spaCy at a time: memory stays that of a piece."""
    parts = piece_articles(article)
    done = []
    for (offset, piece), doc in zip(parts, nlp.pipe((p.text for _, p in parts), batch_size=1), strict=True):
        facts = _analyze_one(doc, piece)
        if isinstance(facts, Skipped):
            return facts
        done.append((offset, facts))
    return join_facts(article, done)


@dataclass
class BuildResult:
    """What a build made and what it had to skip."""

    graph: KnowledgeGraph
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0
    merges: list[Merge] = field(default_factory=list)  # cross-document identity decisions (merges.jsonl)
    undated: list[str] = field(default_factory=list)  # sources of articles with no date: relative dates unresolved
    notices: list[Notice] = field(default_factory=list)  # articles renamed or read once (kg.ingest.unique)
    sources: dict[str, str] = field(default_factory=dict)  # article id -> where it was read


def build(items: Iterable[Article | Skipped], on_skip: Callable[[Skipped], None] | None = None,
          on_done: Callable[[ArticleFacts], None] | None = None, engine: Engine = analyze_articles,
          on_notice: Callable[[Notice], None] | None = None) -> BuildResult:
    """Articles (or skip notices from the readers) in, one merged graph out.

    The per-article stage runs on `engine` (this process by default); the merge always runs here. Entities and
    meetings are resolved across the corpus (kg.resolve.corpus) and articles merged in identifier
    order, so the graph does not depend on the input order, the engine or the number of jobs.
    """
    result = BuildResult(KnowledgeGraph())
    spill, summaries = analyze_all(items, result, on_skip, on_done, engine, on_notice)
    plan = plan_corpus(summaries)
    del summaries
    with spill:
        for aid in sorted(spill):  # article-id order: the graph does not depend on the input order
            facts = plan.apply(spill.get(aid))
            result.graph.add(facts, plan.meetings.get(aid))
    result.merges = list(plan.merges)
    result.documents = len(spill)
    return result


def analyze_all(items: Iterable[Article | Skipped], result: BuildResult,
                on_skip: Callable[[Skipped], None] | None = None,
                on_done: Callable[[ArticleFacts], None] | None = None, engine: Engine = analyze_articles,
                on_notice: Callable[[Notice], None] | None = None) -> tuple[_Spill, list[ArticleFacts]]:
    """The per-article stage of a build: every article's facts spilled to disk, their summaries in memory.

    Skipped inputs, renamed or repeated ids and undated articles are recorded in RESULT."""
    ids = UniqueIds()

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skipped):
                result.skipped.append(item)
                if on_skip:
                    on_skip(item)
                continue
            article, notice = ids.admit(item)
            if notice is not None:
                result.notices.append(notice)
                if on_notice:
                    on_notice(notice)
            if article is not None:
                result.sources[article.id] = article.source
                yield article

    spill = _Spill()
    summaries = []
    for facts in engine(articles()):
        if isinstance(facts, Skipped):
            result.skipped.append(facts)
            if on_skip:
                on_skip(facts)
            continue
        spill.put(facts.article.id, facts)
        if facts.article.date is None:
            result.undated.append(facts.article.source)
        summaries.append(summary(facts))
        if on_done:
            on_done(facts)
    return spill, summaries


class _Spill:
    """Every article's facts, pickled into one temporary file until the corpus plan is made.

    Corpus resolution needs only a summary of each article (kg.resolve.corpus.summary); the full
    records (mentions, sentences, quotations, evidence) wait on disk, so memory does not grow with
    them while the rest of the corpus is read."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-facts-")
        self._where: dict[str, tuple[int, int]] = {}

    def put(self, article_id: str, facts: ArticleFacts) -> None:
        data = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
        with _named():
            self._file.seek(0, os.SEEK_END)
            self._where[article_id] = (self._file.tell(), len(data))
            self._file.write(data)

    def get(self, article_id: str) -> ArticleFacts:
        offset, size = self._where[article_id]
        with _named():
            self._file.seek(offset)
            data = self._file.read(size)
        facts: ArticleFacts = pickle.loads(data)
        return facts

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __enter__(self) -> _Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        with _named():
            self._file.close()


@contextlib.contextmanager
def _named() -> Iterator[None]:
    """An I/O error of the spill file named by its folder (the file itself has no name: it is unlinked)."""
    try:
        yield
    except OSError as err:
        where = f"{tempfile.gettempdir()} (temporary file of the analysed articles)"
        raise OSError(err.errno, err.strerror or str(err), where) from err

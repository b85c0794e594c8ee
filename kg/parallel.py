"""The per-document stage on N local processes. Each worker loads the pipeline once and returns plain
records (ArticleFacts), so the result is the same as a one-process run; the merge stays in the parent."""
from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from kg.ingest import Skipped
from kg.types import Article, ArticleFacts

CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance


def _analyze_chunk(chunk: list[Article]) -> list[ArticleFacts | Skipped]:
    from kg.pipeline import analyze_articles

    return list(analyze_articles(chunk))


def _warm_up() -> None:
    from kg.nlp import load_pipeline

    load_pipeline()


def analyze_in_processes(articles: Iterable[Article], jobs: int) -> Iterator[ArticleFacts | Skipped]:
    """Results in input order; at most 2 x jobs chunks in flight, so memory stays bounded."""
    context = multiprocessing.get_context("fork")
    it = iter(articles)
    with context.Pool(jobs, initializer=_warm_up) as pool:
        pending: deque[AsyncResult[list[ArticleFacts | Skipped]]] = deque()
        while True:
            while len(pending) < 2 * jobs:
                chunk = list(itertools.islice(it, CHUNK))
                if not chunk:
                    break
                pending.append(pool.apply_async(_analyze_chunk, (chunk,)))
            if not pending:
                return
            yield from pending.popleft().get()

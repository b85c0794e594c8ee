"""The per-document stage on N local processes. Each worker loads the pipeline once and returns plain
records (ArticleFacts), so the result is the same as a one-process run; the merge stays in the parent.

Workers are forked (they inherit the imported modules, and the model if the parent loaded it) and
limited to one BLAS/OpenMP thread each, so N workers use N cores, not N x cores. A worker that dies
(killed, out of memory) is an error in the parent, never a hang.
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from multiprocessing import get_context

from kg.errors import KGError
from kg.ingest import Skipped
from kg.nlp import load_pipeline
from kg.pipeline import analyze_articles
from kg.records import Article, ArticleFacts

CHUNK = 32
"""Articles per task, and so the nlp.pipe batch in a worker (the one-process batch too). On 2 cores,
480 MEANTIME articles, 8 to 64 were within the noise (task overhead is tiny next to ~70 ms of spaCy
per article); larger chunks lengthen the tail (the last chunk runs alone) and the memory in flight."""
IN_FLIGHT = 2
"""Chunks queued per worker: enough to keep every worker busy, few enough to bound memory."""
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def one_thread() -> None:
    """Limit this process to one BLAS/OpenMP thread: threadpoolctl for libraries already loaded, the
    environment variables for any loaded later."""
    for var in THREAD_VARS:
        os.environ[var] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1)


def _start_worker() -> None:
    one_thread()
    load_pipeline()  # once per worker (a no-op if the parent had loaded it before the fork)


def _analyze_chunk(chunk: list[Article]) -> list[ArticleFacts | Skipped]:
    return [without_article(r) for r in analyze_articles(chunk)]


def without_article(record: ArticleFacts | Skipped) -> ArticleFacts | Skipped:
    """A worker's record without its Article: the parent has it, and sending the text back would double
    what crosses the pipe. `with_article` puts it back."""
    if isinstance(record, ArticleFacts):
        return replace(record, article=None)  # type: ignore[arg-type]
    return record


def with_article(record: ArticleFacts | Skipped, article: Article) -> ArticleFacts | Skipped:
    return replace(record, article=article) if isinstance(record, ArticleFacts) else record


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def analyze_in_processes(articles: Iterable[Article], jobs: int,
                         chunk_size: int = CHUNK) -> Iterator[ArticleFacts | Skipped]:
    """Results in input order; at most IN_FLIGHT x jobs chunks in flight, so memory stays bounded."""
    if jobs < 1 or chunk_size < 1:
        raise ValueError(f"jobs={jobs}, chunk_size={chunk_size}: both must be at least 1")
    executor = ProcessPoolExecutor(jobs, mp_context=get_context("fork"), initializer=_start_worker)
    pending: deque[tuple[list[Article], Future[list[ArticleFacts | Skipped]]]] = deque()
    todo = chunks(articles, chunk_size)
    try:
        while True:
            while len(pending) < IN_FLIGHT * jobs and (chunk := next(todo, None)) is not None:
                pending.append((chunk, executor.submit(_analyze_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                records = future.result()
            except BrokenProcessPool:
                raise KGError(f"a worker process died (out of memory? try fewer --jobs); {chunk[0].source} "
                              f"and the articles after it were not analysed") from None
            if len(records) != len(chunk):  # analyze_articles gives one record per article, in order
                raise KGError(f"a worker returned {len(records)} records for {len(chunk)} articles")
            for record, article in zip(records, chunk):
                yield with_article(record, article)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


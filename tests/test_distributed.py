"""The dask engine: a 2-worker local cluster gives the records of a one-process run, and the same graph."""
from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from kg.errors import KGError
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import to_rdf
from kg.records import ArticleFacts
from tests.test_parallel import corpus, local_run

pytest.importorskip("distributed")


def graph_of(records: tuple[ArticleFacts, ...]) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for facts in records:
        graph.add(facts)
    return graph


def test_a_local_cluster_gives_the_records_and_graph_of_one_process() -> None:
    from kg.distributed import analyze_with_dask

    records, _ = local_run()
    remote = tuple(analyze_with_dask(corpus(), scheduler=None, partition_size=8))
    assert [f.article.id for f in remote if isinstance(f, ArticleFacts)] == [a.id for a in corpus()]
    assert remote == records
    assert isomorphic(to_rdf(graph_of(remote).graph), to_rdf(graph_of(records).graph))


def test_a_worker_with_other_code_refuses_to_work() -> None:
    from kg.distributed import analyze_partition

    with pytest.raises(KGError, match="same kg on every machine"):
        analyze_partition(list(corpus()[:1]), "0" * 16)


def test_an_unreachable_scheduler_is_one_error() -> None:
    from kg.distributed import analyze_with_dask

    with pytest.raises(KGError, match="cannot reach a dask scheduler"):
        list(analyze_with_dask(corpus()[:1], scheduler="tcp://127.0.0.1:9", connect_timeout=1))

"""Every shipped query is plain SPARQL 1.1 with the same rows in any triple store: pyoxigraph (what
`kg query` runs), rdflib, and OpenLink Virtuoso 7 (Debian's `virtuoso-opensource`, started here on
127.0.0.1 with a fresh database) loaded from the Turtle export and from the N-Quads export as
docs/serving.md says. In the N-Quads load the default graph is the union of the article graphs, where
a triple stated by several articles matches once per article: the queries must not count it twice.

Rows are compared as multisets, in the order of the ORDER BY keys (kg.query.compare.same_answer): a
GROUP_CONCAT cell as the set of its parts (SPARQL leaves their order open), an xsd:duration by its
length (Virtuoso returns durations in seconds).
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.query import QueryResult, bind, shipped
from kg.query.compare import VIRTUOSO_ORDER_CHARS, same_answer
from kg.rdf.sparql import execute, open_source
from tests.virtuoso_server import ISQL, SERVER, Virtuoso

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
SAMPLE = ROOT / "exports"
CASES = [(name, {}) for name in sorted(shipped()) if not shipped()[name].required] + [
    ("person-meetings", {"name": "Kim Jong Un"}),
    ("person-meetings", {"name": "trump"}),
    ("quotations-by-speaker", {"name": "Trump"}),
]
IDS = [f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in CASES]


def query_text(name: str, params: dict[str, str]) -> str:
    saved = shipped()[name]
    return bind(saved.sparql, params, saved.required)


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev set (articles dated as index.jsonl says) as graph.ttl and graph.nq in a fresh folder."""
    from kg.ingest import read_inputs
    from kg.pipeline import build
    from kg.exports import write_exports
    from kg.rdf.export import dataset

    articles = []
    for line in (EVAL / "index.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            date = dt.date.fromisoformat(row["publication_date"])
            articles.extend(read_inputs([str(EVAL / "articles" / row["file"])], date))
    folder = tmp_path_factory.mktemp("dev-exports")
    write_exports(dataset(build(articles).graph.graph), folder, ["turtle", "nquads"])
    return folder


@pytest.fixture(scope="module")
def virtuoso(dev: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, QueryResult]]]:
    """Every case's answer from Virtuoso loaded from graph.ttl ("ttl") and from graph.nq ("nq")."""
    assert SERVER.exists() and ISQL.exists(), \
        f"{SERVER} or {ISQL} is missing: .ci/setup-system installs Debian's virtuoso-opensource"
    answers: dict[str, dict[str, QueryResult]] = {}
    for load in ("ttl", "nq"):
        data = tmp_path_factory.mktemp(f"virtuoso-data-{load}")
        shutil.copy(dev / f"graph.{load}", data / f"graph.{load}")
        with Virtuoso(tmp_path_factory.mktemp(f"virtuoso-db-{load}"), data) as server:
            server.load(data / f"graph.{load}", "https://w3id.org/newskg/graph")
            count = server.select("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#Meeting> }")
            assert int(count["results"]["bindings"][0]["n"]["value"]) > 20, count
            answers[load] = {case: QueryResult("select", json.dumps(server.select(query_text(*CASES[i]))).encode())
                             for i, case in enumerate(IDS)}
    yield answers


@pytest.mark.parametrize("case", IDS)
@pytest.mark.parametrize("load", ["ttl", "nq"])
def test_virtuoso_gives_the_rows_of_kg_query(case: str, load: str, dev: Path,
                                             virtuoso: dict[str, dict[str, QueryResult]]) -> None:
    name, params = CASES[IDS.index(case)]
    sparql = query_text(name, params)
    expected = execute(open_source(dev / "graph.ttl"), sparql)
    assert expected.rows, f"{case}: no rows on the dev set, nothing compared"
    assert same_answer(expected, virtuoso[load][case], sparql, order_chars=VIRTUOSO_ORDER_CHARS) == "same"


@pytest.mark.parametrize("case", IDS)
def test_pyoxigraph_union_of_article_graphs(case: str, dev: Path) -> None:
    name, params = CASES[IDS.index(case)]
    sparql = query_text(name, params)
    expected = execute(open_source(dev / "graph.ttl"), sparql)
    assert same_answer(expected, execute(open_source(dev / "graph.nq"), sparql), sparql) == "same"


def _duplicated(tmp_path: Path) -> Path:
    """The query fixture stated in two article graphs: every triple twice in a union default graph."""
    lines = Graph().parse(FIXTURE).serialize(format="nt").splitlines()
    path = tmp_path / "twice.nq"
    path.write_text("".join(f"{t[:-1].rstrip()} <https://w3id.org/newskg/id/article/{g}> .\n"
                            for g in ("a1", "a2") for t in sorted(lines) if t.strip()), encoding="utf-8")
    return path


@pytest.mark.parametrize("graph", ["fixture", "sample"])
@pytest.mark.parametrize("case", IDS)
def test_rdflib_gives_the_rows_of_kg_query(case: str, graph: str, tmp_path: Path) -> None:
    """rdflib (an in-memory Graph, and a Dataset whose default graph is the union of its named graphs)
    on the small graphs: the hand-written fixture (also stated twice) and the sample corpus export."""
    name, params = CASES[IDS.index(case)]
    sparql = query_text(name, params)
    turtle, quads = (FIXTURE, _duplicated(tmp_path)) if graph == "fixture" else \
        (SAMPLE / "graph.ttl", SAMPLE / "graph.nq")
    expected = execute(open_source(turtle), sparql)
    if name != "quotations-by-speaker" or graph == "sample":
        assert expected.rows, f"{case}: no rows on {graph}, nothing compared"
    for rdflib_graph in (Graph().parse(turtle), Dataset(default_union=True).parse(quads, format="nquads")):
        answer = QueryResult("select", rdflib_graph.query(sparql).serialize(format="json"))
        assert same_answer(expected, answer, sparql) == "same", type(rdflib_graph).__name__

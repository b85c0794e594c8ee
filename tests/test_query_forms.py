"""The shipped queries are shaped for pyoxigraph's speed on large stores; their plain forms
(bench/plain/*.rq) say what they mean. Both must give the same answer, on the dev set graph and on
the sample corpus graph, with and without parameters: the shaping may change speed, never rows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.ingest import read_inputs
from kg.pipeline import build
from kg.query import bind, shipped
from kg.query.compare import same_answer
from kg.rdf.export import write_turtle
from kg.rdf.sparql import execute, open_source

ROOT = Path(__file__).resolve().parents[1]
PLAIN = ROOT / "bench" / "plain"
CASES = [(name, {}) for name in sorted(shipped()) if not shipped()[name].required] + [
    ("person-meetings", {"name": "Kim Jong Un"}),
    ("person-meetings", {"name": "trump"}),
    ("person-meetings", {"name": "Mike Pompeo"}),
    ("quotations-by-speaker", {"name": "Trump"}),
    ("quotations-by-speaker", {"name": "sarah sanders"}),
]


@pytest.fixture(scope="module")
def sample_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build(read_inputs([str(ROOT / "corpus" / "sample")], dt.date(2019, 1, 18)))
    path = tmp_path_factory.mktemp("sample-forms") / "graph.ttl"
    write_turtle(result.graph.graph, path)
    return path


def test_every_shipped_query_has_a_plain_form() -> None:
    assert {p.stem for p in PLAIN.glob("*.rq")} == set(shipped())


@pytest.mark.parametrize("graph", ["sample_ttl", "dev_ttl"])
@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in CASES])
def test_shipped_and_plain_forms_agree(name: str, params: dict[str, str], graph: str,
                                       request: pytest.FixtureRequest) -> None:
    store = open_source(request.getfixturevalue(graph))
    saved = shipped()[name]
    shaped = execute(store, bind(saved.sparql, params, saved.required))
    plain = execute(store, bind((PLAIN / f"{name}.rq").read_text(), params, saved.required))
    assert shaped.rows, f"{name} {params}: no rows to compare on this graph"
    # same rows (a GROUP_CONCAT as the set of its parts) in the same order on the ORDER BY keys
    assert same_answer(plain, shaped, saved.sparql) == "same"


def test_order_of_long_strings_can_be_left_unchecked() -> None:
    """Virtuoso 7 sorts literals over 50 characters by where it keeps them: their order is not checked
    against it, while every row, and the order of all shorter keys, still is."""
    import json

    from kg.query.compare import VIRTUOSO_ORDER_CHARS
    from kg.rdf.sparql import QueryResult

    def answer(*names: str) -> QueryResult:
        rows = [{"n": {"type": "literal", "value": n}} for n in names]
        return QueryResult("select", json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": rows}}).encode())

    long = "Party of " + "x" * 60
    sparql = "SELECT ?n WHERE { ?s ?p ?n } ORDER BY ?n"
    right, wrong = answer("Alpha", "Beta", long), answer(long, "Alpha", "Beta")
    assert same_answer(right, wrong, sparql).startswith("DIFFERENT order from row 1")
    assert same_answer(right, wrong, sparql, order_chars=VIRTUOSO_ORDER_CHARS) == "same"
    assert same_answer(right, answer("Beta", "Alpha", long), sparql, order_chars=VIRTUOSO_ORDER_CHARS) != "same"
    assert same_answer(right, answer("Alpha", long), sparql, order_chars=VIRTUOSO_ORDER_CHARS).startswith("DIFFERENT rows")

"""The embedded store: one named graph per article, idempotent adds, whole articles after an interruption."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest import read_inputs
from kg.pipeline import build
from kg.rdf.export import Dataset, dataset
from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"


@pytest.fixture(scope="module")
def data() -> Dataset:
    return dataset(build(read_inputs([str(SAMPLE)], dt.date(2019, 1, 18))).graph.graph)


def content(path: Path) -> set[ox.Quad]:
    with Store(path) as store:
        return set(store.dataset().quads())


def test_one_named_graph_per_article_and_a_union_view(data: Dataset, tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        counts = store.put_all(data.graphs)
        assert counts == {"added": 5}
        assert store.graphs() == [g for g, _ in data.graphs]
        assert store.dataset() == data
        union = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        assert int(next(iter(union))["n"].value) == len(data.triples())
        people = store.query("PREFIX schema: <https://schema.org/> "
                             "SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
        assert "Ana Ribeiro" in {row["n"].value for row in people}


def test_adding_the_same_articles_again_changes_nothing(data: Dataset, tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.put_all(data.graphs)
    before = content(tmp_path / "db")
    with Store(tmp_path / "db") as store:
        assert store.put_all(data.graphs) == {"unchanged": 5}
    assert content(tmp_path / "db") == before


def test_a_changed_article_is_replaced_whole(data: Dataset, tmp_path: Path) -> None:
    graph, quads = data.graphs[0]
    changed = quads[: len(quads) // 2] + (ox.Quad(quads[0].subject, ox.NamedNode("https://schema.org/about"),
                                                  ox.Literal("energy"), ox.NamedNode(graph)),)
    with Store(tmp_path / "db") as store:
        store.put_all(data.graphs)
        assert store.put(graph, changed) == "replaced"
        assert set(store.graph(graph)) == set(changed)
        assert store.put(graph, quads) == "replaced"
    assert content(tmp_path / "db") == set(data.quads())


def test_put_many_writes_new_changed_and_unchanged_graphs_together(data: Dataset, tmp_path: Path) -> None:
    """A run's graphs at once (kg.incremental): what each was, the graphs as stored, a union without stale triples."""
    (g0, q0), (g1, q1), *rest = data.graphs
    changed = q0[: len(q0) // 2] + (ox.Quad(q0[0].subject, ox.NamedNode("https://schema.org/about"), ox.Literal("energy"),
                                            ox.NamedNode(g0)),)
    with Store(tmp_path / "db") as store:
        store.put_all([(g0, q0), (g1, q1)])
        text = store.text_of(g0)
        puts = list(store.put_many([(g0, changed), (g1, q1), *rest]))
        assert [p.outcome for p in puts] == ["replaced", "unchanged"] + ["added"] * len(rest)
        assert puts[0].old_text == text and text is not None and puts[2].old_text is None
        assert all(p.quads == store.graph(p.graph) for p in puts)
        held = set(store._store)  # as held: integers as xsd:integer, in the union too
        union = {(q.subject, q.predicate, q.object) for q in held if q.graph_name == ox.DefaultGraph()}
        stated = {(q.subject, q.predicate, q.object) for q in held if q.graph_name != ox.DefaultGraph()}
        assert union == stated  # the triples only the old graph stated left the union
        assert [p.outcome for p in store.put_many([(g0, q0)])] == ["replaced"]
    assert content(tmp_path / "db") == set(data.quads())


def test_an_interrupted_run_leaves_whole_articles_and_a_rerun_completes(data: Dataset, tmp_path: Path) -> None:
    def stops_after_two() -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
        yield from data.graphs[:2]
        raise KeyboardInterrupt

    with Store(tmp_path / "db") as store, pytest.raises(KeyboardInterrupt):
        store.put_all(stops_after_two())
    with Store(tmp_path / "db") as store:
        assert store.dataset() == Dataset.of(data.graphs[:2])
        assert store.put_all(data.graphs) == {"unchanged": 2, "added": 3}
    assert content(tmp_path / "db") == set(data.quads())


def test_a_killed_process_leaves_a_consistent_store(data: Dataset, tmp_path: Path) -> None:
    """SIGKILL while articles are being written: every article graph there is complete."""
    script = (
        "import sys, datetime as dt, os, signal\n"
        "from kg.ingest import read_inputs\nfrom kg.pipeline import build\n"
        "from kg.rdf.export import dataset\nfrom kg.rdf.store import Store\n"
        f"data = dataset(build(read_inputs([{str(SAMPLE)!r}], dt.date(2019, 1, 18))).graph.graph)\n"
        f"store = Store({str(tmp_path / 'db')!r})\n"
        "for i, (g, q) in enumerate(data.graphs):\n"
        "    store.put(g, q)\n"
        "    if i == 2: os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], check=False, cwd=ROOT, capture_output=True, timeout=600)
    assert run.returncode != 0
    with Store(tmp_path / "db") as store:
        there = store.dataset().graphs
        assert there == data.graphs[:len(there)], "an article graph is missing or incomplete"
        assert store.put_all(data.graphs)["added"] == len(data.graphs) - len(there)
    assert content(tmp_path / "db") == set(data.quads())


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], check=False, capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def test_cli_build_into_a_store_twice_then_export(tmp_path: Path) -> None:
    store, out = tmp_path / "db", tmp_path / "out"
    common = ("build", str(SAMPLE), "-o", str(out), "--date", "2019-01-18", "--store", str(store), "--no-progress",
              "--format", "trig", "--format", "graphml")
    first = kg(*common)
    assert first.returncode == 0, first.stderr
    assert "5 added" in first.stderr
    before = content(store)
    second = kg(*common)
    assert second.returncode == 0 and "5 unchanged" in second.stderr, second.stderr
    assert content(store) == before
    exported = kg("export", "--store", str(store), "-o", str(tmp_path / "x"), "--format", "trig",
                  "--format", "graphml")
    assert exported.returncode == 0, exported.stderr
    for name in ("graph.ttl", "graph.trig", "graph.graphml"):
        assert (tmp_path / "x" / name).read_bytes() == (out / name).read_bytes(), name
    assert (out / "merges.jsonl").exists()


def test_cli_export_errors_are_one_line(tmp_path: Path) -> None:
    run = kg("export", "--store", str(tmp_path / "missing"), "-o", str(tmp_path / "x"))
    assert run.returncode == 2 and "no such store" in run.stderr and "Traceback" not in run.stderr
    run = kg("export", "--store", str(tmp_path), "-o", str(tmp_path / "x"), "--format", "pdf")
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1

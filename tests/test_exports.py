"""Every export format: written by its library, read back to the same content, byte-stable, checked by rapper."""
from __future__ import annotations

import csv
import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset as RDFDataset
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.ingest import read_inputs
from kg.pipeline import build
from kg.exports import FORMATS, write_exports
from kg.rdf.export import Dataset, dataset, property_graph, validate

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"
EXPORTS = ROOT / "exports"


@pytest.fixture(scope="module")
def data() -> Dataset:
    import datetime as dt

    result = build(read_inputs([str(SAMPLE)], dt.date(2019, 1, 18)))
    return dataset(result.graph.graph)


@pytest.fixture(scope="module")
def out(data: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    write_exports(data, folder, FORMATS)
    return folder


def _graphs(quads) -> dict[str, set]:  # type: ignore[no-untyped-def]
    out: dict[str, set] = {}
    for q in quads:
        out.setdefault(q.graph_name.value, set()).add(q.triple)
    return out


@pytest.mark.parametrize(("name", "fmt"), [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.rdf", "xml"),
                                           ("graph.jsonld", "json-ld")])
def test_triple_formats_read_back_by_rdflib(out: Path, data: Dataset, name: str, fmt: str) -> None:
    back = Graph().parse(out / name, format=fmt)
    assert len(back) == len(data.triples()) > 1000
    assert _values(back) == _values(data.to_rdflib())
    if fmt in ("nt", "xml"):  # written by pyoxigraph from the same terms: the same lexical forms too
        assert isomorphic(back, data.to_rdflib())


def _values(g: Graph) -> set:
    """The triples with literals in canonical form: rdflib writes decimal 1 as 1.0, oxigraph as 1."""
    store = ox.Store()
    store.load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    return {q.triple for q in store}


@pytest.mark.parametrize(("name", "fmt"), [("graph.trig", ox.RdfFormat.TRIG), ("graph.nq", ox.RdfFormat.N_QUADS)])
def test_named_graph_formats_keep_one_graph_per_article(out: Path, data: Dataset, name: str, fmt) -> None:  # type: ignore[no-untyped-def]
    back = _graphs(ox.parse(path=str(out / name), format=fmt))
    assert back == _graphs(data.quads())
    assert len(back) == 5 and all(g.startswith("https://w3id.org/newskg/id/article/") for g in back)
    by_rdflib = RDFDataset().parse(out / name, format="trig" if name.endswith("trig") else "nquads")
    article = next(iter(back))
    assert len(by_rdflib.graph(URIRef(article))) == len(back[article])


def test_union_of_article_graphs_is_graph_ttl(out: Path) -> None:
    union, ttl = ox.Store(), ox.Store()  # stores compare values: Turtle by rdflib writes decimal 1 as 1.0
    union.extend(ox.Quad(q.subject, q.predicate, q.object)
                 for q in ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    ttl.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert set(union) == set(ttl)


def test_jsonld_uses_a_compact_context(out: Path) -> None:
    import json

    doc = json.loads((out / "graph.jsonld").read_text())
    assert doc["@context"]["schema"] == "https://schema.org/" and doc["@context"]["name"] == "schema:name"
    assert any(n.get("name") == "Ana Ribeiro" for n in doc["@graph"])


def test_graphml_and_gexf_read_back_by_networkx(out: Path, data: Dataset) -> None:
    pg = property_graph(data.triples())
    for back in (nx.read_graphml(out / "graph.graphml", force_multigraph=True),
                 nx.read_gexf(out / "graph.gexf")):
        assert sorted(back.nodes) == sorted(pg.nodes)
        for n, d in pg.nodes(data=True):
            got = {k: v for k, v in back.nodes[n].items() if k not in ("id", "label")}
            assert got == {k: v for k, v in d.items() if k != "label"} or got.get("kind") == d["kind"]
            assert back.nodes[n].get("label", n) in (d["label"], n)

        def edges(g: nx.MultiDiGraph) -> list:
            return sorted((u, v, d["predicate"], d.get("nif:beginIndex", -1)) for u, v, d in g.edges(data=True))
        assert edges(back) == edges(pg)


def test_graphml_keeps_typed_attributes(out: Path, data: Dataset) -> None:
    pg = property_graph(data.triples())
    back = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(pg.nodes(data=True))
    meetings = [d for _, d in back.nodes(data=True) if d["kind"] == "Meeting"]
    assert meetings and all(isinstance(d["kg:supportCount"], int) and isinstance(d["kg:confidence"], float)
                            for d in meetings)


def test_csv_reads_back(out: Path, data: Dataset) -> None:
    pg = property_graph(data.triples())
    with (out / "nodes.csv").open(newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert set(rows) == set(pg.nodes)
    for n, d in pg.nodes(data=True):
        assert {k: v for k, v in rows[n].items() if v != "" and k != "id"} == \
            {k: str(v) for k, v in d.items() if v != ""}
    with (out / "edges.csv").open(newline="") as f:
        edges = sorted((r["source"], r["target"], r["predicate"]) for r in csv.DictReader(f))
    assert edges == sorted((u, v, d["predicate"]) for u, v, d in pg.edges(data=True))


def test_exports_validate_against_shapes(out: Path) -> None:
    conforms, report = validate(Graph().parse(out / "graph.ttl", format="turtle"))
    assert conforms, report


def test_writing_twice_gives_the_same_bytes(data: Dataset, out: Path, tmp_path: Path) -> None:
    write_exports(data, tmp_path, FORMATS)
    for f in sorted(out.iterdir()):
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name


@pytest.mark.parametrize(("name", "syntax"), [("graph.ttl", "turtle"), ("graph.nt", "ntriples")])
def test_rapper_accepts_turtle_and_ntriples(out: Path, name: str, syntax: str) -> None:
    # .ci/setup-system installs rapper: a missing checker is a failure, never a quiet skip
    assert shutil.which("rapper"), "rapper (Debian raptor2-utils) is missing: run .ci/setup-system"
    run = subprocess.run(["rapper", "-i", syntax, "-c", str(out / name)], check=False, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "error" not in run.stderr.lower().replace("0 errors", ""), run.stderr


def test_exports_folder_is_up_to_date(tmp_path: Path) -> None:
    """exports/ is what scripts/make_exports.sh makes now, byte for byte (another process, another hash seed)."""
    fresh = tmp_path / "exports"
    env = {**os.environ, "PYTHON": sys.executable, "PYTHONHASHSEED": "12345"}
    run = subprocess.run(["bash", str(ROOT / "scripts" / "make_exports.sh"), str(fresh)], check=False, cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    names = sorted(p.name for p in fresh.iterdir())
    assert sorted(p.name for p in EXPORTS.iterdir()) == names
    _, mismatch, errors = filecmp.cmpfiles(EXPORTS, fresh, names, shallow=False)
    assert not mismatch and not errors, f"exports/ is stale ({mismatch}); run scripts/make_exports.sh"


def test_a_union_sorted_on_disk_gives_the_same_files(data: Dataset, out: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Large corpora sort the union in runs on disk: force many small runs, expect the very same bytes."""
    from kg.rdf import dataset as rdf_dataset

    monkeypatch.setattr(rdf_dataset._Union, "RUN_CHARS", 5_000)
    spilled = Dataset(data.iter_graphs)  # a fresh dataset: its union is computed again, in runs
    assert spilled.triple_count() == len(data.triples())
    assert spilled._union()._lines is None, "the union was not sorted on disk"
    assert spilled.triples() == data.triples()
    write_exports(spilled, tmp_path, ["turtle", "ntriples", "nquads"])
    for name in ("graph.ttl", "graph.nt", "graph.nq"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name

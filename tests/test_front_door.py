"""The front door: kg.build(inputs) -> Corpus, queried, written and handed to networkx as the CLI does."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

import kg
from kg.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"


@pytest.fixture(scope="module")
def corpus() -> kg.Corpus:
    return kg.build([SAMPLE], date="2019-01-18")


def test_the_front_door_writes_what_kg_build_writes(corpus: kg.Corpus, tmp_path: Path) -> None:
    written = corpus.write(tmp_path / "lib", ["graphml", "json"])
    assert sorted(written) == ["graphml", "json", "turtle"]
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "-o", str(tmp_path / "cli"),
                           "--date", "2019-01-18", "--format", "graphml", "--format", "json", "--no-progress"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("graph.ttl", "graph.graphml", "graph.json", "report.json", "merges.jsonl"):
        assert (tmp_path / "lib" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name


def test_query_by_name_or_text_and_networkx(corpus: kg.Corpus, tmp_path: Path) -> None:
    ttl = tmp_path / "graph.ttl"
    corpus.write(tmp_path)
    assert len(rdflib.Graph().parse(ttl)) == corpus.rdf.triple_count()
    people = corpus.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }").rows
    assert int(people[0][0].value) == corpus.counts()["Person"] > 5
    met = corpus.query("who-met-whom")
    assert met.rows and "Kim Jong Un" in {v.value for row in met.rows for v in row if v}
    g = corpus.to_networkx()
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "Meeting") == corpus.counts()["Meeting"]


def test_engines_are_chosen_at_the_front_door() -> None:
    with pytest.raises(UsageError, match="unknown engine 'spark'"):
        kg.make_engine(1, "spark")
    with pytest.raises(UsageError, match="--scheduler needs --engine dask"):
        kg.make_engine(1, "local", "tcp://127.0.0.1:8786")
    with pytest.raises(UsageError, match="not a date"):
        kg.build([SAMPLE], date="18 January")

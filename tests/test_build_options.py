"""`kg build` options researchers look for first: --format all (node-link JSON too), --no-text, the progress display."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.rdf.namespace import KG, NIF, SCHEMA
from kg.rdf.shacl import read_rdf, violations

ARTICLE = ("Secretary of State Mike Pompeo met North Korean envoy Kim Yong Chol in Washington on Friday. "
           "\"We made very good progress,\" Pompeo told reporters after the talks.\n")
SENTENCE_BITS = ("met North Korean envoy", "told reporters after the talks")
"""Words of the article that are neither a name nor a quotation: no output of --no-text may hold them."""
RDF_FILES = ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.rdf")
ALL_FILES = {*RDF_FILES, "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv", "graph.json", "merges.jsonl",
             "report.json", "people.graphml", "people_nodes.csv", "people_edges.csv"}


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The article built with --format all, with its text and with --no-text."""
    tmp = tmp_path_factory.mktemp("options")
    (tmp / "article.txt").write_text(ARTICLE, encoding="utf-8")
    for out, extra in (("full", ()), ("notext", ("--no-text",))):
        run = kg("build", "article.txt", "-o", out, "--date", "2019-01-18", "--format", "all", "--no-progress",
                 *extra, cwd=tmp)
        assert run.returncode == 0, run.stderr
    return tmp / "full", tmp / "notext"


def test_format_all_writes_every_format_with_node_link_json(builds: tuple[Path, Path]) -> None:
    for out in builds:
        assert {p.name for p in out.iterdir()} == ALL_FILES
    node_link = json.loads((builds[0] / "graph.json").read_text(encoding="utf-8"))
    assert {"nodes", "edges"} <= set(node_link)
    assert any(n.get("label") == "Mike Pompeo" for n in node_link["nodes"])


def test_no_text_leaves_the_article_text_out_of_every_output(builds: tuple[Path, Path]) -> None:
    full, notext = builds
    with_text = {name for name in ALL_FILES for bit in SENTENCE_BITS if bit in (full / name).read_text(encoding="utf-8")}
    assert {"graph.ttl", "graph.jsonld", "graph.json", "nodes.csv", "graph.graphml"} <= with_text  # the test can fail
    for name in sorted(ALL_FILES):
        text = (notext / name).read_text(encoding="utf-8")
        assert not [bit for bit in SENTENCE_BITS if bit in text], name


def test_no_text_graph_keeps_the_facts_and_conforms(builds: tuple[Path, Path]) -> None:
    full, notext = builds
    for name in RDF_FILES:
        graph = read_rdf(notext / name)
        assert violations(graph) == [], name
        assert not list(graph.triples((None, NIF.isString, None))) and not list(graph.triples((None, KG.sentence, None)))
        assert list(graph.subjects(KG.textWithheld, Literal(True))), name
    kept = Graph().parse(notext / "graph.ttl")
    whole = Graph().parse(full / "graph.ttl")
    dropped = {(s, p, o) for s, p, o in whole if p in (NIF.isString, KG.sentence)}
    added = {(s, p, o) for s, p, o in kept if p == KG.textWithheld}
    assert set(kept) == (set(whole) - dropped) | added  # nothing else changes: names, offsets, quotations stay
    quotes = set(whole.objects(None, SCHEMA.text))
    assert any("We made very good progress" in str(q) for q in quotes) and quotes <= set(kept.objects(None, SCHEMA.text))


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run `kg` with its standard error on a pseudo-terminal (where tqdm draws), return (exit code, all it drew)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], cwd=cwd, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(timeout=600), b"".join(chunks).decode("utf-8", "replace").replace("\r", "\n")


def test_progress_shows_total_rate_time_left_and_an_export_phase(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "b1", "text": "Kim Jong Un met Moon Jae-in in Pyongyang."}\n\n'
                                    '{"id": "b2", "text": "Angela Merkel met Emmanuel Macron in Berlin."}\n')
    code, drawn = _on_a_terminal(["build", "in", "-o", "out", "--date", "2019-01-18", "--format", "all"], tmp_path)
    assert code == 0, drawn
    frames = [line for line in drawn.splitlines() if line.startswith("kg build:")]
    drawn_after_one = [f for f in frames if re.search(r"\| [123]/3 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(doc/s|s/doc)\]", f)]
    assert drawn_after_one, frames  # the total (1 text file + 2 JSONL lines), elapsed<left, the rate
    exports = [line for line in drawn.splitlines() if line.startswith("kg export:")]
    assert exports and all("/11 [" in f for f in exports), exports  # 9 formats, node-link JSON, people network
    code, drawn = _on_a_terminal(["build", "in", "-o", "out2", "--date", "2019-01-18", "--no-progress"], tmp_path)
    assert code == 0
    assert "kg build:" not in drawn and "kg export:" not in drawn and "3 documents" in drawn

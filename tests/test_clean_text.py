"""Text cleaned once at ingest: lone surrogates, C0 controls and noncharacters in any JSONL field become
U+FFFD (offsets kept), and every export format holds the result: rapper (Turtle, N-Triples, RDF/XML),
rdflib and pyoxigraph read the RDF, ElementTree reads GraphML and GEXF."""
from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset as RdflibDataset
from rdflib import Graph

from kg.ingest import read_inputs
from kg.ingest.text import clean_text
from kg.pipeline import build
from kg.exports import FORMATS, write_exports
from kg.rdf.export import dataset
from kg.records import Article

NIF_STRING = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"
BAD = st.sampled_from([chr(c) for c in range(0x20) if c not in (9, 10, 13)]
                      + ["\ud800", "\udfff", "\udc80", "\ufffe", "\uffff", "\ufdd0", "\U0010ffff"])
PLAIN = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), max_size=8)
DIRTY = st.lists(st.one_of(BAD, PLAIN), min_size=1, max_size=6).map("".join)
RDF_FILES = {"graph.ttl": ("turtle", ox.RdfFormat.TURTLE), "graph.nt": ("nt", ox.RdfFormat.N_TRIPLES),
             "graph.rdf": ("xml", ox.RdfFormat.RDF_XML), "graph.trig": ("trig", ox.RdfFormat.TRIG),
             "graph.nq": ("nquads", ox.RdfFormat.N_QUADS), "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}
RAPPER = {"graph.ttl": "turtle", "graph.nt": "ntriples", "graph.rdf": "rdfxml"}


def test_clean_text_replaces_one_for_one() -> None:
    dirty = "a\x00b\x07c\x1bd\ud800e\udfff\tf\ng\rh\ufffei\U0001fffe\u00e9\U0001f600"
    assert clean_text(dirty) == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\tf\ng\rh\ufffdi\ufffd\u00e9\U0001f600"
    assert len(clean_text(dirty)) == len(dirty)


def _record(text: str, title: str, url: str, publisher: str, identifier: str) -> str:
    body = f"President Ana Ribeiro {text} met King Karim of Morocco in Lisbon on Friday. {text}"
    return json.dumps({"id": f"a{identifier}", "text": body, "title": title, "url": f"https://example.org/{url}",
                       "publisher": publisher, "date": "2020-02-02"})


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(st.builds(_record, DIRTY, DIRTY, DIRTY, DIRTY, DIRTY), min_size=2, max_size=3))
def test_every_format_holds_dirty_input(tmp_path: Path, lines: list[str]) -> None:
    folder = tmp_path / f"run{abs(hash(tuple(lines)))}"
    folder.mkdir()
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(folder / "in.jsonl")]))
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == len(items)
    for article, line in zip(articles, lines, strict=True):
        raw = json.loads(line)["text"]
        assert article.text == clean_text(raw) and len(article.text) == len(raw)
    result = build(articles)
    assert not result.skipped, result.skipped
    write_exports(dataset(result.graph.graph), folder, FORMATS)
    texts = {a.text for a in articles}
    for name, (rdflib_format, ox_format) in RDF_FILES.items():
        path = folder / name
        if name in {"graph.trig", "graph.nq"}:
            RdflibDataset().parse(path, format=rdflib_format)
        else:
            Graph().parse(path, format=rdflib_format)
        quads = list(ox.parse(path=str(path), format=ox_format))
        assert {q.object.value for q in quads if q.predicate.value == NIF_STRING} == texts, name
        if name in RAPPER:
            run = subprocess.run(["rapper", "-q", "-i", RAPPER[name], "-c", str(path)], capture_output=True,
                                 text=True)
            assert run.returncode == 0, (name, run.stderr[-2000:])
    for name in ("graph.graphml", "graph.gexf"):
        ET.parse(folder / name)

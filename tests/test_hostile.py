"""Hostile text never gives invalid RDF: names and quotes with quote marks, backslashes, newlines, <>,
emoji, right-to-left and control characters, very long names. Every output is parsed by rdflib and
pyoxigraph (and rapper when installed); every IRI is built from keys, never from raw text."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg.pipeline import build
from kg.rdf.export import write_turtle
from kg.records import Article

HOSTILE = st.sampled_from(['"', "\\", "\n", "<", ">", "{", "}", "|", "^", "`", "'", "\u202e", "\u200f", "\x00",
                           "\x07", "\x1b", "\ufeff", "😀", "🇰🇵", "é", "ß", "ʼ", "\t", "\r", "%", "#", "@", " "])
NAMEISH = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
WORD = st.one_of(NAMEISH, st.builds(lambda a, b: a + b + a, NAMEISH, HOSTILE),
                 st.builds(lambda a: a.capitalize() * 40, NAMEISH))  # very long names too
SAFE_IRI = re.compile(r"^https://w3id\.org/newskg/(id|ontology)[/#][A-Za-z0-9/#=,._-]*$|^https?://[^\s<>\"{}|\\^`]+$")


def _article(n: int, first: str, last: str, other: str, quote: str) -> Article:
    text = (f"President {first.capitalize()} {last.capitalize()} met {other} of the {last} Council in "
            f"{other}ville on Friday.\n\n“{quote},” {last.capitalize()} said. \"{quote}\" added {other}.")
    return Article(id=f"hostile-{n}-{first[:5]}", text=text, source="<hypothesis>", date=dt.date(2020, 2, 2),
                   title=quote[:30] or None, url=None)


ARTICLES = st.lists(st.builds(_article, st.integers(0, 10**6), WORD, WORD, WORD, WORD), min_size=50, max_size=50,
                    unique_by=lambda a: a.id)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ARTICLES)
def test_hostile_articles_give_valid_rdf(tmp_path_factory, articles: list[Article]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("hostile") / "graph.ttl"
    result = build(articles)
    assert not result.skipped, result.skipped
    write_turtle(result.graph.graph, path)
    graph = Graph().parse(path, format="turtle")
    oxi = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(oxi) == len(graph) > 0
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        assert SAFE_IRI.match(str(term)), term
    if shutil.which("rapper"):
        run = subprocess.run(["rapper", "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr[-2000:]


def test_very_long_article_id_and_names(tmp_path: Path) -> None:
    name = "Zq" * 400
    art = Article(id="x" * 500 + "<>\"", text=f"President {name} Smith met Mr. {name} Jones in Paris.",
                  source="<test>")
    result = build([art])
    write_turtle(result.graph.graph, tmp_path / "g.ttl")
    g = Graph().parse(tmp_path / "g.ttl", format="turtle")
    assert all(len(str(t)) < 200 for triple in g for t in triple if isinstance(t, URIRef))


def test_unicode_noncharacters_become_replacement_characters(tmp_path: Path) -> None:
    """U+FFFE and friends are not for interchange (rapper refuses them): U+FFFD stands in, offsets unchanged."""
    text = "President Abc\ufffeDef Smith met Mr. Jones in Paris.\n\n\u201cHello\ufdd0 there,\u201d Smith said."
    result = build([Article(id="nonchar", text=text, source="<test>", date=dt.date(2020, 2, 2), title="T\uffff")])
    path = tmp_path / "graph.ttl"
    write_turtle(result.graph.graph, path)
    body = path.read_text(encoding="utf-8")
    assert "\ufffe" not in body and "\ufdd0" not in body and "\uffff" not in body
    strings = [t.object.value for t in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
               if t.predicate.value.endswith("#isString")]
    assert strings == [text.replace("\ufffe", "\ufffd").replace("\ufdd0", "\ufffd")]
    if shutil.which("rapper"):
        run = subprocess.run(["rapper", "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr[-2000:]

"""Shared fixtures: the real model, loaded once; the seed article and the dev set built once per session."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.api import make_engine
from kg.ingest import Skipped, read_inputs
from kg.pipeline import BuildResult, build
from kg.rdf.export import write_turtle
from kg.records import Article, Kind
from kg.resolve.document import resolve_document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"  # the dev set and the benchmarks, inside the repository (scripts/refresh_data.sh)
EVAL = DATA / "eval"
DEV_STYLES = DATA / "dev_styles"  # our invented texts in other outlets' styles, readable (data/dev_styles/README.md)
BENCH = DATA / "bench"
SEED = EVAL / "articles" / "000_d30bdd079e06602b.txt"
SEED_DATE = dt.date(2019, 1, 18)
JOBS = 2  # CI's two cores for the large set; the graph does not depend on the number of jobs (tests/test_parallel.py)


def dev_articles(root: Path = EVAL) -> list[Article]:
    """A set laid out as the dev set (index.jsonl, articles/) as Articles, each with its publication date."""
    index = [json.loads(line) for line in (root / "index.jsonl").read_text().splitlines() if line.strip()]
    articles = []
    for row in index:
        date = dt.date.fromisoformat(row["publication_date"])
        articles.extend(read_inputs([str(root / "articles" / row["file"])], date))
    return [_readable(a) for a in articles]


def _readable(item: Article | Skipped) -> Article:
    """A fixture whose input is missing or unreadable fails loudly; it never builds an empty graph."""
    if isinstance(item, Skipped):
        raise RuntimeError(f"test input {item.source} could not be read: {item.reason}")
    return item


@pytest.fixture(scope="session")
def seed_build() -> BuildResult:
    return build([_readable(a) for a in read_inputs([str(SEED)], SEED_DATE)])


@pytest.fixture(scope="session")
def seed_ttl(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "graph.ttl"
    write_turtle(seed_build.graph.graph, path)
    return path


@pytest.fixture(scope="session")
def dev_build() -> BuildResult:
    """The 33 dev articles as one corpus, built once (tests/test_devset.py scores it, tests/test_corpus.py reads it)."""
    return build(dev_articles())


@pytest.fixture(scope="session")
def dev_ttl(dev_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dev") / "graph.ttl"
    write_turtle(dev_build.graph.graph, path)
    return path


@pytest.fixture(scope="session")
def dev_styles_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build(dev_articles(DEV_STYLES), engine=make_engine(JOBS))
    path = tmp_path_factory.mktemp("dev_styles") / "graph.ttl"
    write_turtle(result.graph.graph, path)
    return path


def entities(nlp: Language, text: str) -> dict[str, Kind]:
    """Entity name -> kind, after in-document resolution."""
    return {e.name: e.kind for e in resolve_document(nlp(text)).entities.values()}


def with_entities(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """The parsed text with the given (name, label) entities in place of the model's, each found after the last."""
    doc = nlp(text)
    spans, end = [], 0
    for name, label in ents:
        start = text.find(name, end)
        end = start + len(name)
        span = doc.char_span(start, end, label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc

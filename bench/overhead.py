"""What kg adds on top of spaCy: `build` + Turtle versus bare `nlp.pipe` of the same model, same texts.

    python bench/overhead.py [JSONL] [REPEAT]

Both timed in this one process, single core, the model loaded beforehand.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import spacy

from kg.ingest import read_inputs
from kg.nlp import MODEL, load_pipeline
from kg.pipeline import build
from kg.rdf.export import write_turtle
from kg.types import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "meantime.jsonl"


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    base = [a for a in read_inputs([source]) if isinstance(a, Article)]
    articles = [Article(f"{a.id}#{n}", a.text, a.source, a.date) for n in range(repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.load(MODEL)
    load_pipeline()
    t0 = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=32):
        pass
    t_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = build(articles)
    with tempfile.TemporaryDirectory() as tmp:
        triples = write_turtle(result.graph.graph, Path(tmp) / "graph.ttl")
    t_kg = time.perf_counter() - t0
    print(f"{len(articles)} articles, {words} words, {triples} triples")
    print(f"bare nlp.pipe   {t_bare:7.2f} s  {words / t_bare:8.0f} words/s")
    print(f"kg build + ttl  {t_kg:7.2f} s  {words / t_kg:8.0f} words/s")
    print(f"ratio kg/bare   {t_kg / t_bare:7.2f}x")


if __name__ == "__main__":
    main()

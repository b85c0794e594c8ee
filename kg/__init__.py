"""kg: news articles into a knowledge graph (spaCy -> records -> networkx -> RDF).

    import kg
    corpus = kg.build(["corpus/sample"], date="2019-01-18")
    print(corpus.query("who-met-whom").table())
    corpus.write("out", ["turtle", "graphml"])
    g = corpus.to_networkx()

The names are loaded on first use, so `import kg.records` or `kg query` never pay for spaCy.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.api import Corpus, build, formats, make_engine

__all__ = ["Corpus", "build", "formats", "make_engine"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

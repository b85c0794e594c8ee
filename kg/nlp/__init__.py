"""spaCy set-up: the English model plus kg's components (kg.nlp.load), lemmas on demand (kg.nlp.lemmas)."""
from __future__ import annotations

from kg import gazetteer  # noqa: F401  (kept importable as kg.nlp.gazetteer for callers not yet moved)
from kg.nlp.lemmas import lemma
from kg.nlp.load import MODEL, load_pipeline

__all__ = ["MODEL", "lemma", "load_pipeline"]

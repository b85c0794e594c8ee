"""Evaluation results: counts, micro-averaged P/R/F1, accuracies and per-document details."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted and nothing was expected, else 0.0 if empty."""
        return _ratio(self.tp, self.tp + self.fp, empty=1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return _ratio(self.tp, self.tp + self.fn, empty=1.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates, rates rounded to 4 places."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Accuracy:
    """Correct out of total (e.g. dates of matched meetings)."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        """correct / total; 1.0 when there is nothing to judge."""
        return _ratio(self.correct, self.total, empty=1.0)

    def to_dict(self) -> dict[str, Any]:
        """Counts and the rounded rate."""
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class DocReport:
    """One gold document: its scores and what was missed (in gold only) or spurious (in graph only)."""

    doc: str
    built: bool  # an article with this identifier was in the graph
    scores: dict[str, Score] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    missed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spurious: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "doc": self.doc,
            "built": self.built,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "accuracies": {k: v.to_dict() for k, v in self.accuracies.items()},
            "missed": {k: list(v) for k, v in self.missed.items() if v},
            "spurious": {k: list(v) for k, v in self.spurious.items() if v},
        }


@dataclass(frozen=True)
class Report:
    """The result of `kg.eval.evaluate`: micro-averaged scores over all documents plus per-doc details."""

    kind: str  # "dev" or "bench"
    categories: tuple[str, ...]
    documents: tuple[DocReport, ...] = ()
    accuracy_names: tuple[str, ...] = ()

    @property
    def scores(self) -> dict[str, Score]:
        """Category -> counts summed over documents (micro average)."""
        return {c: sum((d.scores.get(c, Score()) for d in self.documents), Score()) for c in self.categories}

    @property
    def accuracies(self) -> dict[str, Accuracy]:
        """Accuracy name -> counts summed over documents."""
        return {
            a: sum((d.accuracies.get(a, Accuracy()) for d in self.documents), Accuracy())
            for a in self.accuracy_names
        }

    def table(self) -> str:
        """An aligned plain-text table: category, P, R, F1, tp/fp/fn; then the accuracies."""
        rows = [("category", "P", "R", "F1", "tp/fp/fn")]
        rows += [(c, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.tp}/{s.fp}/{s.fn}")
                 for c, s in self.scores.items()]
        lines = _align(rows)
        acc = self.accuracies
        if acc:
            lines.append("")
            lines += _align([("accuracy", "value", "correct/total")] + [
                (name, f"{a.value:.3f}", f"{a.correct}/{a.total}") for name, a in acc.items()])
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: overall scores, accuracies and every document."""
        return {
            "kind": self.kind,
            "scores": {c: s.to_dict() for c, s in self.scores.items()},
            "accuracies": {a: v.to_dict() for a, v in self.accuracies.items()},
            "documents": [d.to_dict() for d in self.documents],
        }


def _align(rows: Iterable[tuple[str, ...]]) -> list[str]:
    """Left-align the first column and right-align the others."""
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                      enumerate(zip(row, widths))).rstrip() for row in rows]


def _ratio(num: int, den: int, empty: float) -> float:
    """num / den, or `empty` when den is 0."""
    return num / den if den else empty

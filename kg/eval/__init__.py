"""Measure a built graph against gold: the dev set (JSON per article) or a benchmark (JSONL).

    report = evaluate([Path("gold/")], Path("out/graph.ttl"))
    print(report.table())
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.errors import GoldError
from kg.eval.bench import load_bench, score_bench
from kg.eval.gold import load_gold
from kg.eval.report import Accuracy, DocReport, Report, Score
from kg.eval.score import score_dev
from kg.rdf.read import read_graph

__all__ = ["Accuracy", "DocReport", "Report", "Score", "evaluate", "gold_format"]


def evaluate(gold: Sequence[Path], graph: Path) -> Report:
    """Score `graph` (a graph.ttl) against gold files; .json files or directories: dev set, .jsonl: bench."""
    paths = [Path(p) for p in gold]
    fmt = gold_format(paths)
    articles = read_graph(graph)
    if fmt == "bench":
        return score_bench([d for p in paths for d in load_bench(p)], articles)
    return score_dev(load_gold(paths), articles)


def gold_format(paths: Sequence[Path]) -> str:
    """"dev" for .json files and directories, "bench" for .jsonl files; mixing them is an error."""
    if not paths:
        raise GoldError("no gold given: pass .json files, a directory of them, or a .jsonl benchmark")
    kinds = {_kind(p) for p in paths}
    if len(kinds) > 1:
        raise GoldError("gold mixes dev-set (.json, directories) and benchmark (.jsonl) files")
    return kinds.pop()


def _kind(path: Path) -> str:
    """The gold format one path stands for."""
    if path.is_dir() or path.suffix.lower() == ".json":
        return "dev"
    if path.suffix.lower() == ".jsonl":
        return "bench"
    raise GoldError(f"{path}: gold must be a .json file, a directory of them, or a .jsonl benchmark")

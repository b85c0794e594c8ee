"""Crashes lose nothing finished: `kg build --store` killed with SIGKILL at 5 random points leaves a
readable store holding whole articles only and no partial export; a re-run completes the job with
no duplicates and the same bytes as an uninterrupted build."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [str(ROOT / "corpus" / "sample"), str(ROOT / "data" / "eval" / "articles")]


def build_cmd(out: Path, store: Path) -> list[str]:
    inputs = [p for p in CORPUS if Path(p).exists()]
    return [sys.executable, "-m", "kg.cli", "build", *inputs, "-o", str(out), "--store", str(store),
            "--date", "2019-01-18", "--no-progress", "--format", "nquads"]


def graphs(store_path: Path) -> dict[str, set[ox.Quad]]:
    with Store(store_path) as store:
        by_graph: dict[str, set[ox.Quad]] = {}
        for quad in store.dataset().quads():
            by_graph.setdefault(str(quad.graph_name), set()).add(quad)
        return by_graph


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[ox.Quad]], float]:
    base = tmp_path_factory.mktemp("reference")
    started = time.perf_counter()
    run = subprocess.run(build_cmd(base / "out", base / "db"), capture_output=True, text=True, cwd=ROOT,
                         timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    return base / "out", graphs(base / "db"), time.perf_counter() - started


@pytest.mark.parametrize("attempt", range(5))
def test_kill_then_rerun(reference, tmp_path: Path, attempt: int) -> None:  # type: ignore[no-untyped-def]
    ref_out, ref_graphs, seconds = reference
    out, store = tmp_path / "out", tmp_path / "db"
    delay = random.Random(attempt).uniform(0.3, seconds)  # seeded: the same 5 points on every run
    proc = subprocess.Popen(build_cmd(out, store), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    # no partial export: every export file present is the complete one
    for name in ("graph.ttl", "graph.nq", "report.json", "merges.jsonl"):
        if (out / name).exists():
            assert (out / name).read_bytes() == (ref_out / name).read_bytes(), name
    # the store opens and holds whole articles only
    if store.exists():
        for graph, quads in graphs(store).items():
            assert quads == ref_graphs[graph], f"article graph {graph} is incomplete"
    rerun = subprocess.run(build_cmd(out, store), capture_output=True, text=True, cwd=ROOT, timeout=600,
                           check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert graphs(store) == ref_graphs  # complete, and no duplicates (a set per graph equals the reference)
    assert (out / "graph.ttl").read_bytes() == (ref_out / "graph.ttl").read_bytes()
    shutil.rmtree(tmp_path, ignore_errors=True)

"""A triple stated by several article graphs is seen once by queries over a store or a quad file:
the same rows as over the merged Turtle (Oxigraph's union view alone repeats them per graph)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.query import run_named

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [str(ROOT / "corpus" / "sample"), str(ROOT / "data" / "eval" / "articles")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("union")
    run = subprocess.run([sys.executable, "-m", "kg.cli", "build", *[p for p in INPUTS if Path(p).exists()],
                          "-o", str(out), "--store", str(out / "db"), "--date", "2019-01-18", "--format", "nquads",
                          "--no-progress"], capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    return out


@pytest.mark.parametrize("name", ["who-met-whom", "people-by-country", "titles", "co-attendance"])
def test_store_and_quads_give_the_rows_of_the_turtle(built: Path, name: str) -> None:
    def rows(source: Path) -> list[tuple[str, ...]]:
        # as a multiset (ties may come in either order), GROUP_CONCAT lists as sets (SPARQL leaves their order open)
        return sorted(tuple("; ".join(sorted(v.value.split("; "))) if v else "" for v in row)
                      for row in run_named(source, name).rows)

    expected = rows(built / "graph.ttl")
    assert len(expected) > 3
    assert rows(built / "graph.nq") == expected
    assert rows(built / "db") == expected

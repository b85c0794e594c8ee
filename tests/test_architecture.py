"""The house's shape, checked: the layer contract (pyproject.toml), no import cycle, mypy, room sizes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MAX_LINES = 400


def test_the_layer_contracts_hold() -> None:
    done = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_no_import_cycle_even_inside_functions() -> None:
    graph = grimp.build_graph("kg", cache_dir=None)
    imports = nx.DiGraph((m, i) for m in graph.modules for i in graph.find_modules_directly_imported_by(m))
    cycles = [c for c in nx.strongly_connected_components(imports) if len(c) > 1]
    assert not cycles, cycles


def test_mypy_is_clean_with_the_projects_settings() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "-p", "kg", "--no-incremental"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_no_module_over_400_lines() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in (ROOT / "kg").rglob("*.py")}
    over = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not over, f"{over}: split them into modules of at most {MAX_LINES} lines"

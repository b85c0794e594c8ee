"""Derive the meeting-trigger lexicon (kg/data/meetings/triggers.tsv) from WordNet 3.0.

    apt-get install wordnet-base        # WordNet 3.0's database under /usr/share/wordnet
    python scripts/make_meeting_lexicon.py [WORDNET_DIR]

Reads the seeds (scripts/meeting_lexicon.seeds.tsv: one synset per line with the CAMEO code and what
the trigger needs), checks each synset offset and word against WordNet's data files, and writes one
line per trigger form with where it came from. The runtime reads only the resulting file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.io import write_atomic

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "scripts" / "meeting_lexicon.seeds.tsv"
OUT = ROOT / "kg" / "data" / "meetings" / "triggers.tsv"
DATA = {"noun": "data.noun", "verb": "data.verb"}


def synset_words(wordnet: Path, pos: str, offset: str) -> tuple[list[str], str]:
    """The words and the gloss of one synset, read at its byte offset (WordNet's own index)."""
    with open(wordnet / DATA[pos], "rb") as fh:
        fh.seek(int(offset))
        line = fh.readline().decode("utf-8")
    fields = line.split()
    if fields[0] != offset:
        raise SystemExit(f"{wordnet / DATA[pos]}: no synset at offset {offset}")
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(count)]
    return words, line.split("|", 1)[1].strip().split(";")[0]


def plural(noun: str) -> str:
    """Regular English plural (the seed nouns are all regular)."""
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def rows(wordnet: Path) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pos, offset, words, forms, cameo, needs, why = line.split("\t")
        wanted = words.split(",")
        if offset == "-":
            source = f"manual: {why}"
        else:
            members, gloss = synset_words(wordnet, pos, offset)
            missing = [w for w in wanted if w not in members and plural(w) not in members]
            if missing:
                raise SystemExit(f"{SEEDS}: {missing} not in WordNet 3.0 {pos} synset {offset} ({members})")
            source = f"wordnet-3.0 {pos} {offset} [{', '.join(members)}] \"{gloss}\""
        for word in wanted:
            if pos == "verb":
                out.append((word, pos, cameo, needs, source))
                continue
            base = word[:-1] if word in {"talks"} else word
            kept = {"sg": [word], "pl": [plural(base) if word != "talks" else word],
                    "sg+pl": [word, plural(word)]}[forms]
            out += [(form, pos, cameo, needs, source) for form in kept]
    merged: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in out:  # a word in two seed synsets: one line, both sources
        old = merged.get(row[:2])
        merged[row[:2]] = row if old is None else (*old[:4], f"{old[4]} | {row[4]}")
    return sorted(merged.values())


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    if not (wordnet / "data.noun").is_file():
        raise SystemExit(f"{wordnet}: no WordNet 3.0 data files (apt-get install wordnet-base)")
    header = "# Meeting triggers, made by scripts/make_meeting_lexicon.py from WordNet 3.0 (do not edit by hand)\n"
    text = header + "word\tpos\tcameo\tneeds\tsource\n" + "".join("\t".join(r) + "\n" for r in rows(wordnet))
    write_atomic(OUT, text)
    print(f"{OUT}: {text.count(chr(10)) - 2} triggers")


if __name__ == "__main__":
    main()

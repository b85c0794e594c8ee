"""Derive the speech-verb lexicon (kg/data/quotes/speech_verbs.tsv) from WordNet 3.0.

    apt-get install wordnet-base        # WordNet 3.0's database under /usr/share/wordnet
    python scripts/make_speech_verbs.py [WORDNET_DIR]

Reads the seed verbs (scripts/speech_verbs.seeds.tsv), and keeps each one only when WordNet 3.0 gives
it a sense in the lexicographer file verb.communication (a verb of telling, asking, ordering,
singing); the first such sense is written beside it as its source. A seed that WordNet lacks in
that sense must carry a manual reason. The runtime reads only the resulting file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.io import write_atomic

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "scripts" / "speech_verbs.seeds.tsv"
OUT = ROOT / "kg" / "data" / "quotes" / "speech_verbs.tsv"
COMMUNICATION = 32  # WordNet's lexicographer file number of verb.communication


def senses(wordnet: Path, word: str) -> list[str]:
    """The synset offsets of a verb, in WordNet's sense order (from index.verb)."""
    key = word.replace(" ", "_") + " "
    with open(wordnet / "index.verb", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(key):
                fields = line.split()
                count = int(fields[2])
                return fields[-count:]
    return []


def synset(wordnet: Path, offset: str) -> tuple[int, list[str], str]:
    """Lexicographer file, words and gloss of one verb synset, read at its byte offset."""
    with open(wordnet / "data.verb", "rb") as fh:
        fh.seek(int(offset))
        line = fh.readline().decode("utf-8")
    fields = line.split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower().replace("_", " ") for i in range(count)]
    return int(fields[1]), words, line.split("|", 1)[1].strip().split(";")[0]


def rows(wordnet: Path) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, manual = line.partition("\t")
        word = word.strip()
        source = None
        for offset in senses(wordnet, word):
            lexfile, words, gloss = synset(wordnet, offset)
            if lexfile == COMMUNICATION:
                source = f"wordnet-3.0 verb {offset} [{', '.join(words)}] \"{gloss}\""
                break
        if source is None:
            if not manual.strip():
                raise SystemExit(f"{SEEDS}: {word!r} has no verb.communication sense in WordNet 3.0 "
                                 f"and no manual reason")
            source = f"manual: {manual.strip()}"
        out[word] = source
    return sorted(out.items())


def render(wordnet: Path) -> str:
    """The lexicon file's text."""
    header = "# Speech verbs, made by scripts/make_speech_verbs.py from WordNet 3.0 (do not edit by hand)\n"
    return header + "verb\tsource\n" + "".join(f"{w}\t{s}\n" for w, s in rows(wordnet))


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    if not (wordnet / "data.verb").is_file():
        raise SystemExit(f"{wordnet}: no WordNet 3.0 data files (apt-get install wordnet-base)")
    text = render(wordnet)
    write_atomic(OUT, text)
    print(f"{OUT}: {text.count(chr(10)) - 2} speech verbs")


if __name__ == "__main__":
    main()

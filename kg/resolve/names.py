"""Name knowledge for cross-document identity: given-name variants (a table derived from the
`nicknames` package by scripts/make_nicknames.py) and acronyms of full names."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from kg.data import tables
from kg.errors import KGError
from kg.nlp.components.base import ARTICLE, article_folded
from kg.nlp.lexicon import TITLE_HEADS

NICKNAMES = Path(__file__).resolve().parents[1] / "data" / "names" / "nicknames.tsv"
_W = tables("resolve")["names"]
_SKIP = frozenset(_W["acronym_skip"])
_LEGAL = frozenset(_W["legal"])
_LETTERS = re.compile(r"^[A-Z]{2,8}$")
_PARTICLES = frozenset(_W["surname_particles"])


@lru_cache(maxsize=1)
def _nickname_pairs() -> frozenset[tuple[str, str]]:
    lines = [line for line in NICKNAMES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    pairs = set()
    for row in csv.DictReader(lines, delimiter="\t"):
        name, nick = row.get("name"), row.get("nickname")
        if not name or not nick:
            raise KGError(f"{NICKNAMES}: bad line {row!r}; valid: name<TAB>nickname")
        pairs.add((name, nick))
    return frozenset(pairs)


def same_given_name(a: str, b: str) -> bool:
    """Lower-case given names that name one person: equal, or one a nickname of the other ("bill",
    "william"). Two nicknames of one name are not enough ("bill" and "will")."""
    if a == b:
        return True
    pairs = _nickname_pairs()
    return (a, b) in pairs or (b, a) in pairs


def transliterated(a: str, b: str) -> bool:
    """Two spellings of one long given name, one vowel for another ("demetris", "demitris"): the
    variation of names written from another alphabet. Short names are left alone ("maria", "mario")."""
    if len(a) != len(b) or len(a) < 7 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in "aeiouy" and diff[0][1] in "aeiouy"


def acronym_letters(name: str) -> str | None:
    """The letters of a name written as an acronym ("ASEAN", "U.N."), else None."""
    letters = name.replace(".", "").replace(" ", "")
    return letters if _LETTERS.match(letters) else None


def fits_acronym(short: str, long: str) -> bool:
    """Whether `short` is the acronym of `long`: every word of the long name gives its initial, in
    order (small words may give theirs or not), and in names of three content words or more, at most one
    word gives one more of its letters ("ASEAN": Association of SouthEast Asian Nations)."""
    letters = acronym_letters(short)
    # a name of one word abbreviates nothing, hyphened or not: "PS" is not "PRADHAN-SHRESTHA", a double surname
    if letters is None or " " not in long.strip():
        return False
    words = [w for w in re.split(r"[\s\-/]+", re.sub(r"['’]s\b|[().,]", "", long)) if w]
    content = [w for w in words if w.lower() not in _SKIP]
    # a full name is a proper name: every content word capitalized ("European army" abbreviates nothing)
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return False
    # the one inner letter only in names of three content words or more: "EAM" is not "European ArMy",
    # "APS" not "Associated PresS", while "ASEAN" stays "Association of SouthEast Asian Nations"
    extra = 1 if len(content) >= 3 else 0
    if _match(letters, words, 0, 0, extra):
        return True
    return len(words) > 2 and words[-1].lower() in _LEGAL and _match(letters, words[:-1], 0, 0, extra)


def syllable_acronym(short: str, long: str) -> bool:
    """"CARICOM"/"Caricom" for "Caribbean Community", "Benelux": one word of five letters or more made of
    the first two to five letters of each word of the long name, in order (small words left out)."""
    word = short.lower()
    if " " in short or len(word) < 5 or not word.isalpha():  # the cheap tests first: most pairs stop here
        return False
    words = [w.lower() for w in re.split(r"[\s\-/]+", long) if w and w.lower() not in _SKIP]
    return len(words) >= 2 and _prefixes(word, words)


def _prefixes(rest: str, words: list[str]) -> bool:
    if not words:
        return not rest
    return any(rest[:n] == words[0][:n] and _prefixes(rest[n:], words[1:])
               for n in range(2, min(5, len(words[0])) + 1))


def _match(letters: str, words: list[str], i: int, j: int, extra: int) -> bool:
    if j == len(words):
        return i == len(letters)
    word = words[j]
    if word.lower() in _SKIP and _match(letters, words, i, j + 1, extra):
        return True
    if i >= len(letters) or word[0].upper() != letters[i]:
        return False
    if _match(letters, words, i + 1, j + 1, extra):
        return True
    if extra and i + 1 < len(letters):  # one more letter from inside this word
        for p in range(1, len(word)):
            if word[p].upper() == letters[i + 1] and _match(letters, words, i + 2, j + 1, extra - 1):
                return True
    return False


def full_names(spans: list[Span]) -> dict[str, str]:
    """Each multi-word name -> the fullest name of the same person ("Donald J. Trump" ~ "Donald Trump")."""
    names = sorted({s.text for s in spans}, key=lambda n: (-len(n.split()), -len(n), n))
    canonical: dict[str, str] = {}
    folded = {n: _particle_folded([article_folded(w) for w in n.split()]) for n in names}  # once per name, not per pair
    for name in names:
        words, capitals = folded[name], _capitals(name)
        for longer in names:
            lw = folded[longer]
            if longer == name or len(lw) < len(words):
                continue
            if len(lw) == len(words) and not _double_surname_part(words, lw):
                continue
            if capitals:  # "WHAANGA-REID:" of a transcript is "Thomas Whaanga-Reid"
                lw = [w.upper() for w in lw]
            same_ends = lw[0] == words[0] and lw[-1] == words[-1] and _subsequence(words, lw)
            if same_ends or lw[-len(words):] == words or _double_surname_part(words, lw):
                canonical[name] = canonical.get(longer, longer)
                break
        else:
            styled = _styled_given_name(words, names) or _opening_words(words, folded)
            if styled is not None:
                canonical[name] = canonical.get(styled, styled)
        canonical.setdefault(name, name)
    return canonical


def _particle_folded(words: list[str]) -> list[str]:
    """"Van Dalen" opening a sentence is the "van Dalen" of "Hendrik van Dalen" (and "Greta Van Susteren" writes
    hers capitalised): a surname's particle before the last word, in lower case, in every name compared."""
    return [w.lower() if i < len(words) - 1 and w.lower() in _PARTICLES else w for i, w in enumerate(words)]


def _double_surname(name: str) -> list[str]:
    """The two parts of a name's hyphened double surname ("Berg", "Lind" of "Karin Berg-Lind"), else none."""
    parts = name.split()[-1].split("-")
    return parts if len(parts) == 2 else []


def _double_surname_part(words: list[str], longer: list[str]) -> bool:
    """"Karin Berg" of "Karin Berg-Lind": the same given names and one part of the longer name's hyphened
    double surname (a maiden name, or the part the text writes alone)."""
    parts = longer[-1].split("-")
    return len(words) == len(longer) and words[:-1] == longer[:-1] and len(parts) == 2 and words[-1] in parts


def _opening_words(words: list[str], folded: dict[str, list[str]]) -> str | None:
    """"Ratu Tevita" after "Ratu Tevita Mataitoga", "Teuku Hasan" after "Teuku Hasan Daud", "Sheikh Nasser bin
    Ali" after "Sheikh Nasser bin Ali Al Thani": the first two or more words of the one longer name of the
    article that opens with them are its short form (a given name with a style, or the given names alone)."""
    if len(words) < 2:
        return None
    found = {n for n, f in folded.items() if len(f) > len(words) and f[:len(words)] == words}
    return next(iter(found)) if len(found) == 1 else None


def _styled_given_name(words: list[str], names: list[str]) -> str | None:
    """"Sheikh Saeed" after "Saeed bin Rashid al-Nuaimi": a title or style and the given name are the short form
    of the one longer name of the article that begins with that given name (Gulf, Fijian, Malay usage)."""
    if len(words) != 2 or words[0].lower() not in TITLE_HEADS:
        return None
    found = {n for n in names if len(n.split()) > 2 and n.split()[0] == words[1]}
    return next(iter(found)) if len(found) == 1 else None


def _capitals(name: str) -> bool:
    """A name in capitals, as transcripts and datelines write it ("MINISTER WHAANGA-REID:")."""
    return name.isupper() and sum(c.isalpha() for c in name) > 3


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def name_candidates(word: str, full_names: list[str]) -> list[str]:
    """Full names a one-word name can stand for: surname (last word) first, then any word (Korean names)."""
    # the surname as written, without its article ("al-Khazali"), in capitals, or the first or last part of a
    # hyphened double surname ("Berg" or "Lind" of "Karin Berg-Lind", when the text writes only that part)
    last = [n for n in full_names if n.split()[-1] == word or ARTICLE.sub("", n.split()[-1]) == word
            or _capitals(word) and n.split()[-1].upper() == word
            or word in _double_surname(n) and word[:1].isupper() and len(word) > 2]
    return last or [n for n in full_names if word in n.split()]

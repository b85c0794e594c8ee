"""Each person's gender as the article tells it (an honorific or gendered title before the name, a pronoun after
it) or, failing that, as the census sex of the given name suggests: read by the quotes' and the meetings' "he"/"she"."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from kg.resolve.document import Resolution
from kg.records import Kind

HONORIFIC_VOTES = 2  # "Madame X" says more than a "he" after X, which may be someone else's
GENDER = Path(__file__).resolve().parents[1] / "data" / "quotes" / "gender.toml"
GIVEN_NAME_GENDERS = Path(__file__).resolve().parents[1] / "data" / "names" / "given_name_genders.tsv"


def person_genders(doc: Doc, res: Resolution) -> dict[str, str]:
    """Each person's gender where the text tells it, by the votes of every mention: an honorific or
    gendered title right before it ("Mrs. Obuya"; it outweighs a pronoun), or the first pronoun after it
    in its sentence before another person is named ("Obuya ... her country"), unless an object pronoun
    comes first ("X phones her on her birthday": both are someone else)."""
    words = gender_words()
    votes: dict[str, list[str]] = {}
    for span, key in res.spans:
        if res.entities[key].kind is not Kind.PERSON:
            continue
        if span.start > 0 and (g := words.get(("before", doc[span.start - 1].text))):
            votes.setdefault(key, []).extend([g] * HONORIFIC_VOTES)
        for t in doc[span.end:span.sent.end]:
            other = res.key_at(t.i)
            if other is not None and other != key:
                break
            g = words.get(("pronoun", t.lower_))
            if g and (t.dep_ in {"nsubj", "nsubjpass", "poss"} or t.lower_.endswith("self")):
                votes.setdefault(key, []).append(g)
                break
            if g and t.dep_ in {"dobj", "dative", "pobj", "iobj"}:
                break  # "answered her": someone else, and so is a "her" after it
    out = {}
    for key, vs in votes.items():
        m, f = vs.count("m"), vs.count("f")
        if m != f:
            out[key] = "m" if m > f else "f"
    named = given_name_genders()
    for _, key in res.spans:  # else the given name, where the census gives it to one sex ("Owen", "Ingrid")
        first = res.entities[key].name.split()[0].lower() if res.entities[key].name.split() else ""
        if key not in out and res.entities[key].kind is Kind.PERSON and first in named:
            out[key] = named[first] + "?"
    return out


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> "m" or "f", from kg/data/names/given_name_genders.tsv."""
    lines = GIVEN_NAME_GENDERS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def gender_words() -> dict[tuple[str, str], str]:
    """("before", word) or ("pronoun", word) -> "m" or "f", from kg/data/quotes/gender.toml."""
    with open(GENDER, "rb") as fh:
        data = tomllib.load(fh)
    out: dict[tuple[str, str], str] = {}
    for section, g in (("masculine", "m"), ("feminine", "f")):
        for word in data[section]["before"]:
            out[("before", word)] = g
        for word in data[section]["pronouns"]:
            out[("pronoun", word)] = g
    return out

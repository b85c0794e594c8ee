"""A later short name of an organization made of the head words of its full name, within one document:
"the Italian Supreme Court of Cassation ... the Supreme Court ... the Court". The head is the name
before its complement ("of Cassation"); the short name is its last word(s), with or without the
modifiers before them. Only a name mentioned earlier can be the full one, and a short name that fits
the heads of two bodies ("the Ministry" after two ministries) fits neither."""
from __future__ import annotations

from kg import gazetteer
from kg.data import tables

_W = tables("resolve")["document"]
_COMPLEMENT = frozenset(_W["head_complements"])
_JOINERS = frozenset(_W["head_joiners"])


def head_words(name: str) -> list[str]:
    """The words of a name before its complement ("Italian Supreme Court" of "... of Cassation")."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in _COMPLEMENT:
            return words[:i]
    return words


def is_head_of(short: str, long: str) -> bool:
    """Whether a short organization name is the last word(s) of a longer name's head: "Supreme Court"
    or "Court" of "Italian Supreme Court of Cassation", "Court" of "Supreme Court". A country's name or
    demonym is never the head of a body ("Korea" is no short form of "Bank of Korea")."""
    short_words, head = short.split(), head_words(long)
    if len(short_words) >= len(long.split()) or head[-len(short_words):] != short_words:
        return False
    if not all(w[:1].isupper() for w in short_words if w not in _JOINERS):
        return False
    return short not in gazetteer.country_names() and short not in gazetteer.demonyms()

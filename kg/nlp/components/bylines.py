"""A byline on a line of its own near the top ("Nadia Putri Lestari" above "Jakarta | Wed, July 11", "Zeynep
Kaplan  | 12.06.2024"): two to four capitalised words, none a title, day or place word and the first no common
noun ("Malik" may follow), alone on the line or before a "|", within the first lines after the headline, are the
writer's name."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.name_joins import STOPS
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import common_nouns, words

_W = words("components/bylines")
_FIRST_LINES = int(_W["first_lines"][0])  # how many lines after the headline a byline may stand on
_AFTER = frozenset(_W["after_name"])  # what may follow the name on its line


def byline_names(doc: Doc) -> list[Span]:
    out: list[Span] = []
    for start, end in _lines(doc)[1:1 + _FIRST_LINES]:
        stop = start
        while stop < end and _name_word(doc[stop]) and (stop > start or doc[stop].lower_ not in common_nouns()):
            stop += 1
        after = next((t for t in doc[stop:end] if not t.is_space), None)
        if 2 <= stop - start <= 4 and (after is None or after.text in _AFTER):
            out.append(Span(doc, start, stop, label="PERSON"))
    return out


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end) of each non-empty line."""
    lines, start = [], 0
    # a token's whitespace_ is one space at most: line breaks are tokens of their own
    for i, text in enumerate(token_texts(doc)):
        if "\n" in text:
            if i > start:
                lines.append((start, i))
            start = i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    return lines


def _name_word(t: Token) -> bool:
    return t.is_alpha and t.is_title and not t.is_stop and t.lower_ not in STOPS and not gazetteer.known_place(t.text) \
        and t.text not in gazetteer.demonyms()

"""A byline on a line of its own near the top ("Nadia Putri Lestari" above "Jakarta | Wed, July 11", "Zeynep
Kaplan  | 12.06.2024"): two to four capitalised words, none a title, day or place word and the first no common
noun ("Malik" may follow), alone on the line or before a "|", within the first lines after the headline, are the
writer's name. A line that opens with "By" ("By A and B", "By: A - Reporter", "By A in X and B in Y", "By A, Senior
Reporter", "BY A B C") names its writers: each name of two to five capitalised words, after "By" or a joining
"and", "&" or comma, is a person; a place after "in", and whatever follows a comma, a dash or a bar that is no
further name, is skipped; a line with anything else on it (a sentence: "By May, the circle had widened") names no one."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.name_joins import STOPS
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS, common_nouns, words

_W = words("components/bylines")
_FIRST_LINES = int(_W["first_lines"][0])  # how many lines after the headline a byline may stand on
_AFTER = frozenset(_W["after_name"])  # what may follow the name on its line
_BY = frozenset(_W["by_openers"])  # "By", "By:" opening a byline
_JOINERS = frozenset(_W["name_joiners"])  # "and", "&", "," between two writers' names
_ENDS = frozenset(_W["name_ends"])  # " - Reporter", "| Outlet", "/ @handle": the rest of the line names no writer


def byline_names(doc: Doc) -> list[Span]:
    lines = _lines(doc)
    out: list[Span] = [name for start, end in lines for name in _by_line(doc, start, end)]
    for start, end in lines[1:1 + _FIRST_LINES]:
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


def _by_line(doc: Doc, start: int, end: int) -> list[Span]:
    """The writers a "By" line names (module docstring); none when the line holds anything but names."""
    i = start
    while i < end and doc[i].text in _BY:
        i += 1
    if i == start or i == end:
        return []
    caps = all(t.is_upper for t in doc[i:end] if t.is_alpha)  # "By BRIAN OTIENO KIPCHUMBA"
    names: list[Span] = []
    while i < end:
        stop = _name_end(doc, i, end, caps)
        if not 2 <= _words(doc[i:stop]) <= 5 or not _names_a_person(doc[i:stop]):
            return names if names and doc[i - 1].text == "," else []  # "A, Senior Reporter": a title after the comma
        names.append(Span(doc, i, stop, label="PERSON"))
        i = stop
        if i < end and doc[i].lower_ == "in":  # "A in Ankara and B in Cairo": the writer's place
            i += 1
            while i < end and doc[i].is_title and doc[i].is_alpha:
                i += 1
        if i == end or doc[i].text in _ENDS:
            return names
        if doc[i].lower_ not in _JOINERS:
            return []
        i += 1
    return []


def _name_end(doc: Doc, i: int, end: int, caps: bool) -> int:
    """Where the run of name words from I ends: capitalised words (all capitals on a line in capitals), joined
    by hyphens ("Soriano-Lim")."""
    while i < end:
        t = doc[i]
        if t.text == "-" and not t.whitespace_ and not doc[i - 1].whitespace_ and i + 1 < end:
            i += 1
        elif t.is_alpha and (t.is_upper if caps else t.is_title) and t.lower_ not in STOPS and t.lower_ != "in":
            i += 1
        else:
            break
    return i


def _words(span: Span) -> int:
    return sum(1 for t in span if t.is_alpha and (t.i == span.start or span.doc[t.i - 1].text != "-"))


def _names_a_person(span: Span) -> bool:
    """No title, body or place: "Express News Service", "Staff Reporter" and "Pacific Islands" name no writer."""
    last = span[-1].lower_
    return not any(t.lower_ in TITLE_HEADS or t.is_stop for t in span) and common_nouns().get(last, "person") == "person" \
        and not gazetteer.known_place(span.text) and span.text not in gazetteer.demonyms()

"""Long articles through spaCy in pieces, as one Doc with the offsets of the whole text.

spaCy's parser and NER need about 1 GB of temporary memory per 100,000 characters and refuse texts
over `nlp.max_length` (1,000,000). An article longer than `PIECE_CHARS` is cut at paragraph ends
(else line ends, sentence ends, spaces), each piece is processed alone, and the pieces are joined
back with `Doc.from_docs`: the joined Doc's text is the article text, so every offset holds.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 100_000
"""Longest piece given to spaCy at once: bounds the parser's memory whatever the article length."""
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"),
         re.compile(r"\s+"))
"""Where a piece may end, best first: after a blank line, a line end, a sentence end, any space."""
T = TypeVar("T")


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """TEXT cut into pieces of at most SIZE characters at the best bounds; joined, they are TEXT."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((end for pattern in _CUTS if (end := _last_end(pattern, window)) > size // 4), 0) or size
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    return max((match.end() for match in pattern.finditer(window)), default=0)


def long_doc(nlp: Language, text: str, size: int = PIECE_CHARS) -> Doc:
    """One Doc of TEXT, however long, made from pieces of at most SIZE characters."""
    docs = list(nlp.pipe(pieces(text, size)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W101: user_data keys in several pieces; merged below
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    for key in {k for d in docs for k, v in d.user_data.items() if isinstance(v, list)}:
        doc.user_data[key] = sorted({x for d in docs for x in d.user_data.get(key, ())})
    if doc.text != text:  # cannot happen with ensure_whitespace=False; offsets would be wrong
        raise ValueError("the pieces of a long article did not join back to its text")
    return doc


def docs_of(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int
            ) -> Iterator[tuple[Doc | Exception, T]]:
    """nlp.pipe over (text, context) pairs, in order; a text over PIECE_CHARS is made by `long_doc`
    (or its error given in place of the Doc)."""
    batch: list[tuple[str, T]] = []
    for text, context in items:
        if len(text) > PIECE_CHARS:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=batch_size)
            batch = []
            try:
                yield long_doc(nlp, text), context
            except (MemoryError, ValueError) as err:  # one article too big for this machine: the others go on
                yield err, context
            continue
        batch.append((text, context))
        if len(batch) >= batch_size:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=batch_size)
            batch = []
    yield from nlp.pipe(batch, as_tuples=True, batch_size=batch_size)

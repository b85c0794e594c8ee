"""What every component shares: the core of a name, relabelling, setting doc.ents."""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.data import tables
from kg.nlp.lexicon import (
    LOCATIVE_PREPOSITIONS,
    TITLE_HEADS,
    words,
)
from kg.nlp.doc_text import set_doc_ents

_W = words("components/base")

POSSESSIVE = frozenset(_W["possessive"])
NOT_PEOPLE = "kg_not_people"
"""Doc extension (doc._.kg_not_people): the names TypeRepair found to be products, events or indices,
which PersonConsistency must not make people. Registered once, only if missing."""
if not Doc.has_extension(NOT_PEOPLE):
    Doc.set_extension(NOT_PEOPLE, default=())
STATE_DEPS = frozenset(_W["state_deps"])
# An Arabic surname's article ("al-", "el-"): kg/data/resolve.toml, the table in-document resolution reads too.
ARTICLE = re.compile(rf"^(?:{'|'.join(map(re.escape, tables('resolve')['document']['arabic_articles']))})-",
                      re.IGNORECASE)


def article_folded(word: str) -> str:
    """"Al-Khazali" opening a sentence is the "al-Khazali" of the full name: the article in lower case."""
    m = ARTICLE.match(word)
    return word[:m.end()].lower() + word[m.end():] if m else word


def core(span: Span) -> Span:
    """The span without a leading determiner, a trailing possessive or comma and the quotation marks
    around it: "the United States'" -> name, "a ``New Chrysler''" -> "New Chrysler"."""
    # The bounds depend on the words only, and every rule asks again for the same names (some 1,500 calls
    # a document): they are kept for the document being read (a weak reference: a new document starts
    # afresh, none is kept alive), looked up here without a further call.
    global _bounds_of
    doc, start, end = span.doc, span.start, span.end
    ref, bounds, _ = _bounds_of
    if ref() is not doc:
        bounds = {}
        _bounds_of = (weakref.ref(doc), bounds, {})
    found = bounds.get((start, end))
    if found is None:
        found = bounds[(start, end)] = _trim(doc, start, end)
    if found[0] >= found[1] or found == (start, end):
        return span
    return Span(doc, found[0], found[1], label=span.label_, kb_id=span.kb_id_)


def core_text(span: Span) -> str:
    """`core(span).text`, kept for the document being read like the bounds: the rules compare names by that
    text, and spaCy joins a span's tokens again at each `.text`."""
    key = (span.start, span.end)
    ref, _, texts = _bounds_of
    if ref() is span.doc and (found := texts.get(key)) is not None:
        return found
    text = core(span).text  # core() starts the caches afresh for a new document
    _bounds_of[2][key] = text
    return text


def _no_doc() -> None:
    return None


# (the document, its spans' core bounds, their core texts), by the spans' (start, end)
_bounds_of: tuple[Callable[[], Doc | None], dict[tuple[int, int], tuple[int, int]], dict[tuple[int, int], str]] = \
    (_no_doc, {}, {})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # each token is fetched once and quotes tested by strip()
    while start < end:
        text = doc[start].text
        if text.lower() in _ARTICLES and not _hyphened(doc, start, end) or not text.strip(_QUOTES):
            start += 1
        else:
            break
    while end > start:
        text = doc[end - 1].text
        if text in _TRAILING or not text.strip(_QUOTES):
            end -= 1
        else:
            break
    return start, end


def _hyphened(doc: Doc, start: int, end: int) -> bool:
    """"An-Nahar", "A-Team": the article is a word of the name, a hyphen against it joining the next."""
    return start + 2 < end and not doc[start].whitespace_ and doc[start + 1].text == "-" and not doc[start + 1].whitespace_


_ARTICLES = frozenset(_W["articles"])
_TRAILING = frozenset(POSSESSIVE | {",", ";"})
_QUOTES = "`'\"“”‘’«»"


def _is_quote(token: Token) -> bool:
    return not token.text.strip(_QUOTES)


def _relabel(span: Span, label: str, kb_id: str = "") -> Span:
    return Span(span.doc, span.start, span.end, label=label, kb_id=kb_id)


def _set_ents(doc: Doc, spans: Iterable[Span]) -> None:
    # set_ents takes the spans as they are (`doc.ents = ` makes each one anew first), the same annotation
    set_doc_ents(doc, filter_spans(sorted(spans, key=lambda s: (s.start, -len(s)))))


COMPANY_WORDS = frozenset(_W["company_words"])


TITLE_WORDS_CAPITALISED = {w.capitalize() for w in TITLE_HEADS} | frozenset(_W["title_words_capitalised"])


_LEGAL_WORDS = frozenset(_W["legal_words"])


EXCHANGES = frozenset(_W["exchanges"])  # "Tencent Holdings (HKEX)": a listing, no short form of the name


def _camel(word: str) -> bool:
    """"iPhone", "iTunes": a lower-case letter before a capital opens a brand name."""
    return len(word) > 1 and word[0].islower() and word[1].isupper()


def _is_product(span: Span) -> bool:
    """Camel-case brands ("iPhone", "the iTunes Store") and maker + model ("Airbus A380", "Boeing 787",
    "Rolls-Royce Trent 900"), the model number inside the name or just after it."""
    span = core(span)
    if _camel(span[0].text):
        return True
    if len(span) > 1 and any(ch.isdigit() for ch in span[-1].text) and span[0].is_alpha and not any(
            t.lower_ == "of" for t in span):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    model = nxt is not None and any(ch.isdigit() for ch in nxt.text) and nxt.text[:1].isalnum() and not nxt.like_num
    return model or (nxt is not None and nxt.like_num and nxt.pos_ == "NUM" and span.label_ == "ORG"
                     and nxt.text.isdigit() and len(nxt.text) == 3)


def _after_locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS

"""Offices named through a possessive: "Qatar's foreign ministry did not respond", "the Prime Minister's Office said".

A post's office: a title (its ranks, modifiers and head, capitalised) or a title's letters, its possessive and
"Office" or "Bureau" ("the Prime Minister's Office", "the PM Office") name a body, whatever the model made of them
(nothing, or a building for "Office").

A country's office:
The model tags the country only; the lower-case words up to an office's head ("ministry") after "[Country]'s"
name a body of that country, as "the Qatari foreign ministry" does. The country's mention goes into the body's
name, so only where the article names the country elsewhere too (its node is kept).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.nlp.components.base import POSSESSIVE
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS, TITLE_MODIFIERS, words

_W = words("components/org_noise")
OFFICE_HEADS = frozenset(_W["country_office_heads"])
TITLE_OFFICE_HEADS = frozenset(_W["title_office_heads"])
TITLE_ACRONYMS = frozenset(_W["title_acronyms"])
_RANKS = frozenset(_W["title_ranks"]) | TITLE_MODIFIERS
_MAX_WORDS = 3  # "Zambia's finance ministry", "Kenya's foreign affairs ministry"


def country_offices(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with "[Country]'s [words] ministry" made one body, where the country has another mention."""
    countries = [s for s in spans if s.label_ == "COUNTRY"]
    if not countries:
        return spans
    seen = Counter(s.kb_id_ or s.text for s in countries)
    out = []
    for s in spans:
        end = _office_end(doc, s) if s.label_ == "COUNTRY" and seen[s.kb_id_ or s.text] > 1 else None
        out.append(s if end is None else Span(doc, s.start, end, label="ORG"))
    return out


def _office_end(doc: Doc, country: Span) -> int | None:
    """The end of the office's head after the country's possessive, or None."""
    i = country.end
    if i + 1 >= len(doc) or doc[i].text not in POSSESSIVE:
        return None
    j = i + 1
    while j < len(doc) and j - i <= _MAX_WORDS and doc[j].is_lower and doc[j].is_alpha:
        if doc[j].text in OFFICE_HEADS:
            return j + 1 if j > i + 1 else None  # a qualified office, not "Qatar's ministry" alone
        j += 1
    return None


def title_offices(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with "[Title]'s Office" and "[title's letters] Office" made one body (what overlaps it goes)."""
    texts = token_texts(doc)
    found = [Span(doc, start, i + 1, label="ORG") for i, text in enumerate(texts)
             if text in TITLE_OFFICE_HEADS and (start := _title_start(texts, i)) is not None]
    if not found:
        return spans
    return [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)] + found


def _title_start(texts: list[str], head: int) -> int | None:
    """Where the title before an office's head begins, or None."""
    j = head - 1
    if j >= 0 and texts[j] in TITLE_ACRONYMS:
        return j  # "the PM Office"
    if j < 1 or texts[j] not in POSSESSIVE:
        return None
    j -= 1
    if not (texts[j][:1].isupper() and texts[j].lower() in TITLE_HEADS):
        return None
    while j > 0 and texts[j - 1] in _RANKS:
        j -= 1
    return j

"""A country's office named through the country's possessive: "Qatar's foreign ministry did not respond".

The model tags the country only; the lower-case words up to an office's head ("ministry") after "[Country]'s"
name a body of that country, as "the Qatari foreign ministry" does. The country's mention goes into the body's
name, so only where the article names the country elsewhere too (its node is kept).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.nlp.components.base import POSSESSIVE
from kg.nlp.lexicon import words

OFFICE_HEADS = frozenset(words("components/org_noise")["country_office_heads"])
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

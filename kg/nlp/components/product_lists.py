"""Products read from the whole document: product lines beside their models, names listed after a product.

- "Latitude" beside the product "Latitude Pro" is the product line (product_families);
- "the Dodge Avenger, SRT Caliber, and Nitro": names listed after a product are products (products_in_lists).
The word table is kg/data/nlp/components/product_lists.toml.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.nlp.components.base import _relabel, core, core_text
from kg.nlp.components.type_evidence import company_stems
from kg.nlp.lexicon import words

if TYPE_CHECKING:
    from kg.nlp.components.type_evidence import DocFacts

_LISTING_JOINERS = frozenset(words("components/product_lists")["listing_joiners"])


def product_families(spans: list[Span], decided: dict[str, set[str]], context: DocFacts) -> None:
    """"Latitude" beside the product "Latitude Pro": the first word of a product whose other words are no
    model number is the product line, when it never acts as a company and names no company ("Embraer" of
    "Embraer 190" and "Apple" of "Apple TV" stay companies)."""
    products = {core_text(s) for s in spans if s.label_ == "PRODUCT"}
    products |= {n for n, labels in decided.items() if labels == {"PRODUCT"}}
    stems = company_stems(spans)
    for name in products:
        words = []
        for w in name.split():  # "Latitude Pro" of "Latitude Pro - a"
            if not w[:1].isupper():
                break
            words.append(w)
        if len(words) < 2 or not all(w.isalpha() for w in words[1:]):
            continue
        first = words[0]
        if first in context.companies or first in stems or first in decided:
            continue
        if any(core_text(s) == first and s.label_ in {"ORG", "PERSON"} for s in spans):
            decided[first] = {"PRODUCT"}


def products_in_lists(spans: list[Span], context: DocFacts) -> list[Span]:
    """Names listed after a product are products: "the Dodge Avenger, SRT Caliber, and Nitro", "the
    Zune HD and the Video version", "the Zune Pass, HD and Marketplace". A list item needs a comma or a
    determiner before it (not "the iPhone and Google"); a list that starts with a company ("Ubisoft,
    Microsoft, and PlayStation") is left alone, and so is a name mentioned again or acting as a company."""
    spans = sorted(spans, key=lambda s: s.start)
    counts = Counter(core_text(s) for s in spans)
    for n, span in enumerate(spans[1:], start=1):
        c = core(span)
        if span.label_ not in {"ORG", "PERSON"} or c.text in context.companies or counts[c.text] > 1:
            continue
        if spans[n - 1].label_ == "PRODUCT" and _listed(spans[n - 1], span):
            spans[n] = _relabel(span, "PRODUCT")
    return spans


def _listed(first: Span, second: Span) -> bool:
    """Two names next to each other in a list: only commas, "and"/"or", determiners and untagged
    capitalised words ("SRT" of "SRT Caliber", "Phone 7" after "Windows") between them."""
    doc = first.doc
    first, second = core(first), core(second)  # "the Dodge Avenger," may take its comma in
    between = doc[first.end:second.start]
    if len(between) > 5 or first.sent.start != second.sent.start:
        return False
    if not all(t.text in _LISTING_JOINERS or t.text[:1].isupper() for t in between):
        return False
    after = [t.lower_ for t in doc[second.end:second.end + 2]]
    # a list has "and"/"or" somewhere: "X, Y," alone is an apposition ("The new iPhone, Tim Cook said,")
    coordinated = any(t.lower_ in {"and", "or"} for t in between) or bool({"and", "or"} & set(after))
    family = second.text.lower().startswith(first.text.lower() + " ")  # "Latitude and Latitude Pro"
    return coordinated and (any(t.text in {",", "the", "a"} for t in between) or family)

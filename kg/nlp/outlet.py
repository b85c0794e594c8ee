"""The article's own outlet, named in its text, is an organization ("Wikinews interviews ...", "told BBC").

The model rarely tags an outlet's name ("Wikinews" is no word it knows), yet the article says who
published it: the JSONL/HTML `publisher`, or the name in its URL's host ("en.wikinews.org" ->
"wikinews"). A word or words of the text that spell that name (any case, but capitalised in the
text) become an organization mention, unless they already stand inside a longer name.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.data import tables
from kg.nlp.doc_text import assign_doc_ents, doc_ents, token_texts
from kg.records import Article

_HOST_WORDS = frozenset(tables("nlp/lexicon")["host_words"])


def outlet_names(article: Article) -> set[str]:
    """The outlet's names, case-folded: the publisher, and the labels of the URL host that are no
    generic part of a host name ("www", "en", "com", "co", "uk")."""
    names = set()
    if article.publisher:
        names.add(article.publisher.casefold().strip())
    if article.url:
        host = urlsplit(article.url).hostname or ""
        names |= {label for label in host.casefold().split(".") if len(label) >= 3 and label not in _HOST_WORDS}
    return {n for n in names if n}


def mark_outlet(doc: Doc, article: Article) -> None:
    """Add (or retype) the outlet's mentions as ORG spans in doc.ents."""
    names = outlet_names(article)
    if not names:
        return
    longest = max(len(n.split()) for n in names)
    found: list[Span] = []
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        # a name's text starts with its first word's: the spans are made only after a word that may begin one
        first = texts[i]
        if not first[:1].isupper() or not any(name.startswith(first.casefold()) for name in names):
            i += 1
            continue
        for n in range(longest, 0, -1):
            span = doc[i:i + n]
            if len(span) == n and span.text.casefold() in names and span[0].text[:1].isupper():
                found.append(Span(doc, span.start, span.end, label="ORG"))
                i += n - 1
                break
        i += 1
    if not found:
        return
    kept = [e for e in doc_ents(doc) if not any(f.start <= e.start and e.end <= f.end for f in found)]
    inside = [f for f in found if any(e.start <= f.start and f.end <= e.end for e in kept)]
    assign_doc_ents(doc, filter_spans(sorted(kept + [f for f in found if f not in inside], key=lambda s: (s.start, -len(s)))))

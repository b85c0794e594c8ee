"""Outlets a story's sources talk to: "she told NPR", "two officials tell Axios", "Name told Telma TV".

The object of "tell" written with capitals is a person (the model tags those), a body, or the outlet the
story is written for; a run of capitalised words the model left untagged there (or tagged a person's only up
to a broadcaster's word, "Telma" of "Telma TV"), no given name first and no place the gazetteer knows, is a
body, and so is every other mention of the same words ("NPR's request for comment").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.given_names import given_names
from kg.nlp.components.wire_credits import untagged_mentions
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import words

_W = words("components/org_noise")
TELL_FORMS = frozenset(_W["tell_forms"])
BROADCAST_HEADS = frozenset(_W["broadcast_heads"]) | frozenset(words("components/span_repair")["newspaper_heads"])
_MAX_WORDS = 3
_NOT_PERSON = frozenset({"ORG"})
_NOT_NAMES = frozenset({"PRP", "PRP$", "DT", "WP", "WDT", "CC", "IN"})  # "told Him", "told The Times", "told If"


def told_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the outlets told (and their other mentions, where nothing else is tagged) as bodies."""
    texts = token_texts(doc)
    told = [o for i, text in enumerate(texts) if text in TELL_FORMS and (o := _outlet_after(doc, i + 1)) is not None]
    if not told:
        return spans
    kept = [s for s in spans if not any(s.start < o.end and o.start < s.end for o in told)]
    taken = {i for s in kept for i in range(s.start, s.end)} | {i for o in told for i in range(o.start, o.end)}
    more = [m for m in untagged_mentions(doc, {o.text for o in told}, at_sent_start=True)
            if not taken & set(range(m.start, m.end))]
    return kept + told + more


def _outlet_after(doc: Doc, i: int) -> Span | None:
    """The capitalised words right after "tell" at token i, when they name no person nor place."""
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and _capitalised(doc[j].text) and doc[j].tag_ not in _NOT_NAMES:
        j += 1
    if j == i or j < len(doc) and doc[j].tag_ == "POS":
        return None  # "told Reuters' reporter": the reporter was told
    span = doc[i:j]
    labels = {t.ent_type_ for t in span} - {""}
    broadcaster = span[-1].text in BROADCAST_HEADS and len(span) > 1
    if labels - _NOT_PERSON and not (broadcaster and labels <= _NOT_PERSON | {"PERSON"}):
        return None
    if span[0].lower_ in given_names() and not span.text.isupper() and not broadcaster or gazetteer.known_place(span.text):
        return None
    if not (span.text.isupper() and len(span.text) > 1 or broadcaster or len(span) == 1):
        return None  # two or three capitalised words after "told" and no broadcaster's word: a person, maybe
    return Span(doc, i, j, label="ORG")


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text)

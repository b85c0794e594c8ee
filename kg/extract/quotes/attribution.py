"""Attributions with no verb of saying, and quoted words that are a name rather than a quotation.

- a name and a colon before the quote, at the start of its line or sentence (headlines, transcripts,
  captions): "Rosa Lind: “We did not expect to win.”"
- a clause ending in a colon right before the quote, its subject the speaker: "A Jordanian official, speaking
  on condition of anonymity, was more blunt: “…”" (colon_clause gives the clause's verb)
- a dash and a name after it, ending the line or sentence: "“So far it is one-nil.” – Martin Ingels"
- a person named within the first words after the quote, in a verbless or unparsed attribution:
  "“Auto makers are pulling every lever,” Jesse Toprak, an analyst for Edmunds."
- a name in quote marks: after a naming word ("so-called", "dubbed", "labelled"), or a short run of
  capitalized words inside a sentence ("the “Back to the Mac” event", "the “Lion” release").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.extract.quotes.marks import Q
from kg.extract.quotes.verbs import is_mark, is_say
from kg.nlp.doc_text import doc_text
from kg.resolve.document import Resolution
from kg.records import Kind

_W = tables("quotes/words")["names"]
NAMING = frozenset(_W["naming"])
_SMALL = frozenset(_W["small"])
SPEAKER_KINDS = frozenset({Kind.PERSON, Kind.ORGANIZATION, Kind.COUNTRY})
_DASH = re.compile(r"[ \t]*[-\u2013\u2014]{1,2}[ \t]*")
TAIL_LEAD = 3  # words allowed between the closing mark and the name: "claims writer"
NAME_WORDS = 5  # a quoted run of more capitalized words is a headline-style quote, not a name


def colon_speaker(doc: Doc, words: Span, res: Resolution) -> str | None:
    """"Name: “…”": the entity whose mention ends right before the colon and opens its line or sentence."""
    i = words.start - 1
    while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    key = res.key_at(i - 1)
    if key is None or res.entities[key].kind not in SPEAKER_KINDS:
        return None
    start = i - 1
    while start > 0 and res.key_at(start - 1) == key:
        start -= 1
    first = doc[start]
    opens = start == 0 or first.is_sent_start or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_
    return key if opens else None


def colon_clause(doc: Doc, words: Span) -> Token | None:
    """The verb of the clause a colon ends right before the quote ("X was more blunt: “…”"), the last verb before
    the colon in its sentence that has a subject; none past a verb of saying with none ("X quoted Y as saying:",
    whose speaker the saying verb's own reading gives)."""
    i = words.start - 1
    while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    first = doc[i].sent.start if doc[i].sent.start < i else doc[i - 1].sent.start
    for t in reversed(doc[first:i]):
        if t.text in {".", ";", ":"} or "\n" in t.text:
            return None
        if t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i for c in t.children):
            return t
        if is_say(t):
            return None  # "X quoted Y as saying:" - the saying, with no subject of its own, is not X's
    return None


def dash_speaker(doc: Doc, q: Q, res: Resolution) -> str | None:
    """"“…” – Name": an entity right after a dash that follows the closing mark, ending its line."""
    text = doc_text(doc)
    m = _DASH.match(text, q.close + 1)
    if m is None or m.end() == q.close + 1:
        return None
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    key = res.key_at(span.start)
    if key is None or res.entities[key].kind not in SPEAKER_KINDS:
        return None
    j = span.start
    while j + 1 < len(doc) and res.key_at(j + 1) == key:
        j += 1
    rest = doc[j + 1] if j + 1 < len(doc) else None
    return key if rest is None or rest.is_space or rest.text in {".", "\n"} or "\n" in rest.text else None


def tail_speaker(doc: Doc, q: Q, words: Span, res: Resolution) -> str | None:
    """A person named within the first TAIL_LEAD words after the closing mark, in the same sentence and
    line, with no other verb before it ("“…,” claims writer John Ostrower.")."""
    after = [t for t in doc[words.end:min(len(doc), words.end + 12)] if t.idx > q.close]
    lead = 0
    for t in after:
        if "\n" in t.text or t.is_sent_start and t.idx > q.close + 2 or is_mark(t):
            return None
        if t.is_punct:
            continue
        key = res.key_at(t.i)
        if key is not None:
            return key if res.entities[key].kind is Kind.PERSON else None
        lead += 1
        if lead > TAIL_LEAD or t.pos_ == "PRON" or t.dep_ in {"ROOT", "ccomp"} and t.pos_ == "AUX":
            return None
    return None


def is_quoted_name(doc: Doc, words: Span, starts_sentence: bool) -> bool:
    """Quote marks around a name: after a naming word, or a few capitalized words inside a sentence."""
    i = words.start - 1
    while i >= 0 and is_mark(doc[i]):
        i -= 1
    if i >= 0 and any(doc[max(0, i - n):i + 1].text.lower() in NAMING for n in range(3)):
        return True  # "dubbed", "known as", "so-called" (three tokens)
    if starts_sentence:
        return False
    content = [t for t in words if not t.is_punct and not t.is_space]
    if not content or len(content) > NAME_WORDS or content[-1].lower_ in _SMALL:
        return False
    capital = all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in _SMALL for t in content)
    return capital and content[0].text[:1].isupper() and not content[0].is_sent_start

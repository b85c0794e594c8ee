"""Titles shared by a list of names, and the first of two joined titles.

- a plural title before a list: "The foreign ministers of the two countries, Ana Matos and Tete Kiluange,"
  "Their foreign ministers, A and B"; "The foreign ministers, A of Egypt, B of Ethiopia and C of Sudan"
  (each name with its own country)
- two titles joined by "and" before a name: "State Councilor and Foreign Minister Chen Haoran" (the
  pre-nominal reading takes the second, this one the first)
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.titles import ARTICLES, COMPLEMENT_OPENERS, is_title_token, org_at, title_left, title_text
from kg.nlp import lemma
from kg.nlp.lexicon import HONORIFICS, TITLE_HEADS
from kg.resolve.document import Resolution
from kg.records import Kind

LIST_REACH = 60  # tokens a list of names may span before its title


@dataclass(frozen=True)
class Listed:
    title: str
    org: str | None
    head: Token


def listed_title(doc: Doc, span: Span, res: Resolution) -> Listed | None:
    """The singular of a plural title that heads a list of names this name belongs to."""
    i = _skip_honorifics(doc, _name_start(doc, span.start, res) - 1)
    own = _country_after(doc, span, res)
    names = 1
    while i >= 0 and span.start - i < LIST_REACH:
        if doc[i].text not in {",", "and"}:
            break
        j = i - 1
        if j >= 0 and doc[j].text == "," and doc[i].text == "and":
            j -= 1
        j = _skip_country_tag(doc, j, res)
        if j < 0 or not _name_word(doc[j], res):
            break
        names += 1
        i = _skip_honorifics(doc, _name_start(doc, j, res) - 1)
    if i < 1 or doc[i].text != "," or not _joined_after(doc, span, names):
        return None
    head = _plural_head(doc, i)
    if head is None:
        return None
    tokens, _ = title_left(doc, head, res)
    singular = lemma(head).lower()
    words = " ".join(t.text for t in tokens[:-1] if t.lower_ not in ARTICLES)
    title = f"{words} {singular if head.text[:1].islower() else singular.capitalize()}".strip()
    return Listed(title, own, head)


def _name_word(t: Token, res: Resolution) -> bool:
    """A word of a listed name: a person's, or a proper noun no body or country claims (the model may
    take an unfamiliar name for a place)."""
    key = res.key_at(t.i)
    if key is not None:
        return res.entities[key].kind in {Kind.PERSON, Kind.PLACE}
    return t.pos_ == "PROPN"


def _name_start(doc: Doc, j: int, res: Resolution) -> int:
    """The first word of the name that ends at or holds token j (given names the model left out too)."""
    while j > 0 and _name_word(doc[j - 1], res) and doc[j - 1].text[:1].isupper():
        j -= 1
    return j


def _joined_after(doc: Doc, span: Span, names: int) -> bool:
    """A list has two names at least: one before this one, or an "and" and a name after it."""
    if names > 1:
        return True
    j = span.end
    while j < len(doc) and doc[j].text in {",", "of"} | HONORIFICS or (j < len(doc) and doc[j].ent_type_ in {
            "GPE", "COUNTRY", "ORG", "NORP"}):
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].ent_type_ == "PERSON"


def _skip_honorifics(doc: Doc, i: int) -> int:
    while i >= 0 and doc[i].text in HONORIFICS:
        i -= 1
    return i


def _skip_country_tag(doc: Doc, j: int, res: Resolution) -> int:
    """Left over "of Egypt" after a listed name."""
    key = res.key_at(j) if j >= 0 else None
    if key is None or res.entities[key].kind not in {Kind.COUNTRY, Kind.ORGANIZATION}:
        return j
    while j > 0 and res.key_at(j - 1) == key:
        j -= 1
    return j - 2 if j > 1 and doc[j - 1].lower_ == "of" else j


def _country_after(doc: Doc, span: Span, res: Resolution) -> str | None:
    """"A of Egypt": the country or body tagged right after a listed name."""
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        return org_at(res, span.end + 1)
    return None


def _plural_head(doc: Doc, comma: int) -> Token | None:
    """A plural title head just before the comma, or before its complement ("ministers of the two countries")."""
    for j in range(comma - 1, max(-1, comma - 8), -1):
        t = doc[j]
        if t.tag_ == "NNS" and lemma(t).lower() in TITLE_HEADS:
            between = doc[j + 1:comma]
            if not len(between) or between[0].lower_ in COMPLEMENT_OPENERS:
                return t
            return None
        if t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def joined_title(doc: Doc, span: Span, res: Resolution) -> tuple[str, Token] | None:
    """"State Councilor and Foreign Minister X": the first of two titles joined before a name."""
    i = span.start - 1
    while i >= 0 and res.key_at(i) is None and is_title_token(doc[i]):
        i -= 1
    if i < 1 or i == span.start - 1 or doc[i].lower_ != "and" or not is_title_token(doc[i - 1]):
        return None
    head = doc[i - 1]
    if head.lower_ not in TITLE_HEADS or res.key_at(head.i) is not None:
        return None
    tokens, _ = title_left(doc, head, res)
    title = title_text(tokens)
    return (title, head) if title else None

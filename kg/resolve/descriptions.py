"""Definite descriptions that name a role ("the president", "the secretary") join the one person who
holds that role in the same article; with two or more holders, or none, they join no one. A description by a
body's head word ("the ministry", "a Commission spokesperson") is the body named before with that word in its
name (named_body: read by the quotation and the meeting stages alike, so that neither imports the other)."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS
from kg.resolve.document import Resolution
from kg.records import Kind, Role

_DEFINITE = frozenset(tables("resolve")["descriptions"]["definite"])


def resolve_descriptions(doc: Doc, res: Resolution, roles: Iterable[Role]) -> Resolution:
    """The resolution with a mention for every "the <title>" whose title head has exactly one holder in
    the article (a new Resolution; `res` stays as it was)."""
    found: list[tuple[Span, str]] = []
    holders: dict[str, set[str]] = {}
    for role in roles:
        if role.title:
            holders.setdefault(role.title.split()[-1].split("-")[-1].lower(), set()).add(role.person)
    for i, text in enumerate(token_texts(doc)):
        if text.lower() != "the" or i + 1 >= len(doc):  # Token.lower_, on the text
            continue
        token = doc[i]
        head = doc[token.i + 1]
        if head.lower_ not in TITLE_HEADS or not head.is_lower or res.key_at(head.i) is not None:
            continue
        if head.i + 1 < len(doc) and (doc[head.i + 1].lower_ == "of" or doc[head.i + 1].pos_ in {"PROPN", "NOUN"}):
            continue  # "the president of France", "the secretary general": not a bare description
        people = holders.get(head.lower_, set())
        if len(people) == 1:
            key = people.pop()
            span = Span(doc, token.i, head.i + 1, label="PERSON")
            if res.entities[key].kind == Kind.PERSON:
                found.append((span, key))
    return res.with_mentions(found)


def named_body(s: Token, res: Resolution, heads: frozenset[str], first: int = 0) -> str | None:
    """"the ministry said", "a Commission spokesperson", "a senior ministry official told": the latest organization
    named before (from token `first` on) whose name holds that head word (the Ministry of Foreign Affairs, the
    European Commission); each stage passes its own head words."""
    words = {c.lower_ for c in s.children if c.dep_ in {"compound", "nmod"} and c.lower_ in heads}
    if s.lower_ in heads and definite(s):
        words.add(s.lower_)
    # "the electoral commission", "the county council": a modifier of the head that is no word of the body's name
    # makes it another body
    # (of the head itself: "a senior ministry official" is the ministry's)
    mods = {c.lower_ for c in s.children if c.dep_ in {"amod", "compound"} and c.is_lower and c.lower_ not in heads
            } if s.lower_ in heads else set()
    for span, key in reversed(res.spans) if words else ():
        entity = res.entities[key]
        name = set(entity.name.lower().split())
        if first <= span.start < s.i and entity.kind is Kind.ORGANIZATION and words & name and mods <= name:
            return key
    return None


def definite(t: Token) -> bool:
    """"the official", "that spokesman": a noun with a definite determiner (it takes up one told before)."""
    return any(c.lower_ in _DEFINITE for c in t.children)

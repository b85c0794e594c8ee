"""Definite descriptions that name a role ("the president", "the secretary") join the one person who
holds that role in the same article; with two or more holders, or none, they join no one."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS
from kg.resolve.document import Resolution
from kg.records import Kind, Role


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

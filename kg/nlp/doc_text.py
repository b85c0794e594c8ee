"""The text of a Doc, joined once per document; its tokens' texts and its entities, kept likewise."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

_KEY = "kg_text"
_TEXTS = "kg_token_texts"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's user_data: spaCy joins every token's text each time it is asked,
    and several components and extractors read the whole text (kg never retokenizes a parsed doc)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, cut from `doc_text` by the tokens' offsets and kept like it: the rules
    that scan the whole document for a word test these strings, and make a Token only where one matches
    (spaCy makes a new Token object, and decodes its text again, at every step of `for t in doc`)."""
    texts = doc.user_data.get(_TEXTS)
    if texts is None:
        text = doc_text(doc)
        texts = doc.user_data[_TEXTS] = [text[i:i + n] for i, n in doc.to_array([IDX, LENGTH]).tolist()]
    return texts


_ENTS = "kg_ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, kept in the doc's user_data until kg sets them again (set_doc_ents, assign_doc_ents): spaCy
    makes a new Span of every entity at each `doc.ents`, and the components and extractors read them some 25
    times a document, most of them with no change between. Kept only once the entity recognizer has tagged the
    doc; every write of kg's goes through the two setters below (tests/test_architecture.py checks it)."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if found is None:
        found = tuple(doc.ents)  # a tuple already (typed a Sequence): the same object
        if doc.has_annotation("ENT_IOB"):
            doc.user_data[_ENTS] = found
    return found


def set_doc_ents(doc: Doc, spans: list[Span]) -> None:
    """`doc.set_ents(spans)`, forgetting the entities doc_ents kept."""
    doc.user_data.pop(_ENTS, None)
    doc.set_ents(spans)


def assign_doc_ents(doc: Doc, spans: Sequence[Span]) -> None:
    """`doc.ents = spans` (each span made anew, as spaCy's setter does), forgetting the entities doc_ents kept."""
    doc.user_data.pop(_ENTS, None)
    doc.ents = spans

"""The text of a Doc, joined once per document."""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's user_data: spaCy joins every token's text each time it is asked,
    and several components and extractors read the whole text (kg never retokenizes a parsed doc)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text

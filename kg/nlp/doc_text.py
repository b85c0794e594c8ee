"""The text of a Doc, joined once per document."""
from __future__ import annotations

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

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

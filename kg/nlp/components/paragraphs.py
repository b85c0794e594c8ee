"""A blank line ends a sentence: "Leaders hold talks in Vienna\\n\\nThe president met ..." is a headline
and a paragraph, not one sentence.

The parser reads across blank lines, so a headline (which has no full stop) is glued to the first
sentence of the article, and a paragraph that ends without punctuation to the next one. The parser
keeps sentence starts that are set before it runs; this component sets one after every line break
that leaves a blank line. Single line breaks are left to the parser: some texts wrap their lines.
No sentence starts right after a title abbreviation ("the Speaker, Rt. Hon. X"; "Hon." ends no sentence).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_ABBREVIATIONS

_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS)


class ParagraphBreaks:
    """Runs before the parser: the first word after a blank line starts a sentence."""

    def __call__(self, doc: Doc) -> Doc:
        # on the tokens' texts (a space token's text is all white space): a Token is made only where one is set
        for i, text in enumerate(token_texts(doc)[:-1]):
            if text.count("\n") >= 2 and text.isspace():
                doc[i + 1].is_sent_start = True
            elif text in _ABBREVIATIONS and not doc[i].whitespace_.count("\n"):
                doc[i + 1].is_sent_start = False
        return doc

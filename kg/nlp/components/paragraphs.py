"""A blank line ends a sentence: "Leaders hold talks in Vienna\\n\\nThe president met ..." is a headline
and a paragraph, not one sentence.

The parser reads across blank lines, so a headline (which has no full stop) is glued to the first
sentence of the article, and a paragraph that ends without punctuation to the next one. The parser
keeps sentence starts that are set before it runs; this component sets one after every line break
that leaves a blank line. Single line breaks are left to the parser: some texts wrap their lines.
No sentence starts right after a title abbreviation ("the Speaker, Rt. Hon. X"; "Hon." ends no sentence), nor
after an abbreviated given name that opens a name ("spokesperson Ma. Lourdes Reyes", "Minister Md. Rafiqul Islam").
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import GIVEN_NAME_ABBREVIATIONS, HONORIFICS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS

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
            elif text.endswith(".") and given_name_dot(doc, i):
                doc[i + 1].is_sent_start = False
        return doc


def abbreviation_start(doc: Doc, i: int) -> int | None:
    """The first token of an abbreviated given name ending at token I ("Md.", or "Ma" + "." as the tokenizer
    splits it), or None."""
    if doc[i].text in GIVEN_NAME_ABBREVIATIONS:
        return i
    if doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text + "." in GIVEN_NAME_ABBREVIATIONS:
        return i - 1
    return None


def given_name_dot(doc: Doc, i: int) -> bool:
    """Whether token I is the dot of an abbreviated given name that opens a name ("Md." or "Ma" + "."), a
    capitalised word after it: no name word stands before it (a title, a lower-case word, a mark may), so
    "Jack Ma. Shares fell" keeps its sentence end."""
    first = abbreviation_start(doc, i)
    if first is None:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (nxt.is_alpha and nxt.is_title) or nxt.is_stop or "\n" in doc[i].whitespace_:
        return False
    if first == 0:
        return True
    if after_a_town(doc, first):
        return False  # "He grew up in Bethesda, Md. Larry Hogan met him": the town's state
    before = doc[first - 1]
    return not before.text[:1].isupper() or before.lower_ in TITLE_HEADS or before.text in HONORIFICS \
        or before.text in TITLE_MODIFIERS or "\n" in before.text


def after_a_town(doc: Doc, first: int) -> bool:
    """Whether the abbreviation at token FIRST follows a town and a comma, no country's capital ("Bethesda, Md.",
    not "In Dhaka, Md. Rafiqul Islam"): the town's state, no given name."""
    if first < 2 or doc[first - 1].text != ",":
        return False
    town = doc[first - 2]
    return town.is_alpha and town.text[:1].isupper() and town.text.title() not in gazetteer.capitals() \
        and town.lower_ not in TITLE_HEADS

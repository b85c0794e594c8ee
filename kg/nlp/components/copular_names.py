"""A name the model left untagged that opens a sentence saying what its bearer is: "Leyla Demir is a senior
fellow at the Council", an op-ed's or a report's line about its author. Two to four capitalised proper nouns,
untagged, from the sentence's start to "is"/"was", then "a"/"an"/"the", lower-case modifiers and a title's head:
a person's name; read for SpanRepair."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.appositions import name_word
from kg.nlp.components.org_venues import DETERMINERS
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import TITLE_HEADS

_BE = frozenset({"is", "was"})
_MODIFIERS = 3  # lower-case words between the article and the title's head ("senior research fellow")


def named_by_title(doc: Doc) -> list[Span]:
    """The untagged names of "Name is a [modifiers] title" sentences, as PERSON spans."""
    out: list[Span] = []
    for i, text in enumerate(token_texts(doc)):
        if text not in _BE or i < 2 or i + 2 >= len(doc):
            continue  # most tokens: one set look-up
        start = i
        while start > 0 and i - start < 4 and name_word(doc[start - 1]) and not doc[start - 1].ent_type_:
            start -= 1
        if i - start < 2 or not (doc[start].is_sent_start or doc[start - 1].is_space) or \
                gazetteer.known_place(doc[start:i].text):
            continue
        j = i + 1
        if doc[j].lower_ not in DETERMINERS:
            continue
        j += 1
        while j < len(doc) and j - i - 2 < _MODIFIERS and doc[j].is_lower and doc[j].lower_ not in TITLE_HEADS \
                and doc[j].pos_ in {"ADJ", "NOUN"}:
            j += 1
        if j < len(doc) and doc[j].is_lower and doc[j].lower_ in TITLE_HEADS:
            out.append(Span(doc, start, i, label="PERSON"))
    return out

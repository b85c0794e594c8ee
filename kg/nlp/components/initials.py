"""Names that open with initials written without dots, as South Asian papers write them: "Chief minister S R
Basavaraju", "Leader of the Opposition T A Mohammed Haneef", "Andhra Pradesh CM N Venkata Ramana Reddy". The model
leaves such a name untagged, tags it without its initials, or runs it into a body before it. One to three single
capital letters (the first not "A" or "I", words of their own: "A Kenyan official") and one to three capitalised name
words after them, up to a lower-case word or a mark, are one person's name; read for SpanRepair."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import core
from kg.nlp.components.country_offices import TITLE_ACRONYMS
from kg.nlp.doc_text import token_texts
from kg.nlp.components.given_names import PERSON_NOUNS
from kg.nlp.lexicon import BODY_WORDS, HONORIFICS, TITLE_HEADS, common_nouns

_MAX = 3  # initials, and name words after them
_NAME_LABELS = frozenset({"", "PERSON", "ORG"})
_WORDS = frozenset({"A", "I"})  # a word, not an initial, where no initial comes before it ("A Kenyan official")


def initialled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each initialled name a person's span of its own (a span run on into it from before is
    cut back to a known place or body before it, else dropped; a person's span inside it is taken in)."""
    out = ents
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if len(text) != 1 or not text.isupper() or i > 0 and len(texts[i - 1]) == 1 and texts[i - 1].isupper():
            continue  # most tokens: one string test
        if not _initial(doc[i]) or text in _WORDS or i > 0 and _code_before(doc[i - 1]):
            continue
        j = i
        while j < len(doc) and j - i < _MAX and _initial(doc[j]):
            j += 1
        k = j
        while k < len(doc) and k - j < _MAX and _name_word(doc[k]):
            k += 1
        if k == j or k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
            continue  # no name word, or a capitalised run that goes on (a body's name)
        out = _put(out, Span(doc, i, k, label="PERSON"))
    return out


def _code_before(t: Token) -> bool:
    """A word in capitals before the letter makes it part of a code or a product's name ("OS X Lion", "UN X"),
    unless the word is a title written as letters ("CM N Venkata Ramana Reddy")."""
    return len(t.text) > 1 and t.is_alpha and t.is_upper and t.text not in TITLE_ACRONYMS


def _initial(t: Token) -> bool:
    return len(t.text) == 1 and t.text.isupper() and t.is_alpha and bool(t.whitespace_)


def _name_word(t: Token) -> bool:
    return (len(t.text) > 1 and t.is_alpha and t.is_title and t.tag_ in {"NNP", "NNPS"} and t.ent_type_ in _NAME_LABELS
            and t.lower_ not in TITLE_HEADS and t.text not in HONORIFICS and t.text not in BODY_WORDS
            and common_nouns().get(t.lower_, PERSON_NOUNS) == PERSON_NOUNS  # "Vitamin C Water": a thing's noun
            and not gazetteer.known_place(t.text) and t.text not in gazetteer.country_names()
            and t.text not in gazetteer.demonyms())


def _put(ents: list[Span], person: Span) -> list[Span]:
    out = []
    for e in ents:
        if e.end <= person.start or e.start >= person.end:
            out.append(e)
        elif e.end > person.end or e.label_ == "PERSON" and e.start < person.start:
            return ents  # a longer name goes on after it, or a person's name runs into it: left as the model said
        elif e.start < person.start:  # "Andhra Pradesh CM N Venkata Ramana Reddy": the place before, if any
            rest = core(Span(e.doc, e.start, person.start))
            while len(rest) > 1 and (rest[-1].is_upper or rest[-1].lower_ in TITLE_HEADS):
                rest = rest[:-1]  # its title ("CM", "Governor") is no part of the place
            if len(rest) and gazetteer.known_place(rest.text):
                out.append(Span(e.doc, rest.start, rest.end, label="GPE"))
            elif len(rest) and rest[-1].text in BODY_WORDS:
                out.append(Span(e.doc, rest.start, rest.end, label=e.label_))
    return sorted(out + [person], key=lambda e: (e.start, e.end))

"""A body's or a place's name, a title and a person's name taken as one body: "Ontario Premier Jane Roe",
"Assembly of First Nations National Chief Ana Roe", "Andhra Pradesh CM N Ravi Rao".

A capitalised title's head (or a title's letters) inside a name the model took for a body, with two to four
capitalised words after it to the name's end, parts it: the words after the head are the person; the words
before it, without the title's modifiers, are a body unless the gazetteer knows them as a place or a people. A body cut right before such a title ("the Assembly of First Nations National" + "Chief
Ana Roe") loses the title's modifiers it took and the person after the head is tagged.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.country_offices import _RANKS, TITLE_ACRONYMS
from kg.nlp.components.title_filter import BODIES
from kg.nlp.lexicon import BODY_WORDS, TITLE_HEADS, TITLE_MODIFIERS, common_nouns

_NAME_WORDS = (2, 4)


def titled_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with bodies that hold a title and a person parted into the body (if any) and the person."""
    out: list[Span] = []
    for s in spans:
        out.extend(_parted(doc, s) if s.label_ == "ORG" else [s])
    return out


def _parted(doc: Doc, s: Span) -> list[Span]:
    head = next((t.i for t in s[1:] if _title_head(t) and _person_after(doc, t.i + 1, s.end)), None)
    if head is not None:
        return _body_before(doc, s.start, head) + [Span(doc, head + 1, s.end, label="PERSON")]
    end = s.end  # cut before "Chief Ana Roe", which the model's body took in
    if end + 1 < len(doc) and _title_head(doc[end]) and doc[end + 1].ent_type_ == "PERSON" \
            and doc[end - 1].text in _RANKS and any(t.text in BODY_WORDS for t in s):
        return _body_before(doc, s.start, end)  # the person tagged already: the body loses the title's words
    if end + 1 < len(doc) and _title_head(doc[end]) and not doc[end + 1].ent_type_:
        stop = end + 1
        while stop < len(doc) and stop - end - 1 < _NAME_WORDS[1] + 1 and _name_word(doc[stop], stop == end + 1) \
                and not doc[stop].ent_type_:
            stop += 1
        if _person_after(doc, end + 1, stop) and (stop == len(doc) or not doc[stop].is_title):
            return _body_before(doc, s.start, end) + [Span(doc, end + 1, stop, label="PERSON")]
    return [s]


def _body_before(doc: Doc, start: int, head: int) -> list[Span]:
    """The body before a title's head, without the title's modifiers, unless it is a place or a people the
    gazetteer knows ("Ontario Premier", "Andhra Pradesh CM")."""
    end = head
    while end > start and doc[end - 1].text in _RANKS:
        end -= 1
    words_ = doc[start:end]
    text = words_.text[4:] if words_.text.lower().startswith("the ") else words_.text
    if not len(words_) or gazetteer.known_place(text) or text in gazetteer.demonyms():
        return []
    return [Span(doc, start, end, label="ORG")]


def _title_head(t: Token) -> bool:
    return t.text in TITLE_ACRONYMS or t.is_title and t.lower_ in TITLE_HEADS


def _person_after(doc: Doc, start: int, end: int) -> bool:
    """Two to four name words; the last no noun of a group nor a body's head ("the General Intelligence
    Directorate", "the General Intelligence Service": a body's name after the rank's word, no person)."""
    names = [t for t in doc[start:end] if t.text not in {"-", "‐"}]
    return (_NAME_WORDS[0] <= len(names) <= _NAME_WORDS[1] and all(_name_word(t, t.i == start) for t in doc[start:end])
            and common_nouns().get(names[-1].lower_) != "group" and names[-1].text not in BODIES)


def _name_word(t: Token, first: bool) -> bool:
    """A capitalised word, an initial or the hyphen of a double name, no body's word; the first no title's word
    either (a later one may be a surname: "Ana Cardinal-Spence")."""
    if t.text in {"-", "‐"}:
        return not t.whitespace_ and not first
    return (t.is_title or len(t.text) == 1 and t.is_upper) and t.is_alpha and t.text not in BODY_WORDS \
        and not (first and (t.lower_ in TITLE_HEADS or t.text in TITLE_MODIFIERS))

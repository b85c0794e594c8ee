"""People the model took for bodies, read by the construction of their names.

- "headed by Abdulaziz bin Khalifa Al-Kuwari", "Salim bint Nasser": a patronymic particle between capitalised
  words makes a person's name, unless a body's word is among them;
- "his Moldovan counterpart, Natalia Ursu-Ceban", "MEP Ana Teixeira-Bastos": a census given name, untagged or
  tagged alone as something else, right before a body of one surname (no common noun among its words) is the
  person's given name, and the two a person.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.base import COMPANY_WORDS, core
from kg.nlp.components.given_names import given_names
from kg.nlp.lexicon import BODY_WORDS, common_nouns, words

_PATRONYMICS = frozenset(words("components/org_people")["patronymics"])
_SURNAME_WORDS = 2


def bodies_as_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the bodies that are people's names made people."""
    people: dict[tuple[int, int], Span] = {}
    for s in spans:
        if s.label_ == "ORG":
            c = core(s)
            if _patronymic(c):
                people[(s.start, s.end)] = Span(doc, c.start, c.end, label="PERSON")
            elif _surname_after_given(doc, c):
                people[(s.start, s.end)] = Span(doc, c.start - 1, c.end, label="PERSON")
    if not people:
        return spans
    given = {p.start for p in people.values()}  # the given name tagged alone ("Natalia" as a place) goes
    return [people.get((s.start, s.end), s) for s in spans
            if (s.start, s.end) in people or not (s.start <= max(given) and given & set(range(s.start, s.end)))]


def _patronymic(c: Span) -> bool:
    if len(c) < 3 or not c[0].is_title or not c[-1].text[:1].isupper():
        return False
    if not any(t.lower_ in _PATRONYMICS and t.is_lower for t in c[1:-1]):
        return False
    return not any(t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS for t in c)


def _surname_after_given(doc: Doc, c: Span) -> bool:
    i = c.start - 1
    if i < 0 or not doc[i].is_title or not doc[i].is_alpha or doc[i].lower_ not in given_names():
        return False
    if doc[i].ent_type_ == "PERSON" or doc[i].ent_type_ and not (doc[i].ent_iob_ == "B" and (
            i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")):
        return False  # tagged as part of a longer name
    words_ = [t for t in c if t.is_alpha]
    if not 1 <= len(words_) <= _SURNAME_WORDS or any(not t.is_title for t in words_):
        return False
    if len(words_) != len(c) and not all(t.text == "-" and not t.whitespace_ for t in c if not t.is_alpha):
        return False
    nouns = common_nouns()
    return not any(t.lower_ in nouns or t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS for t in words_)

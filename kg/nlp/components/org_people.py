"""People the model took for bodies, read by the construction of their names.

- "headed by Abdulaziz bin Khalifa Al-Kuwari", "Salim bint Nasser": a patronymic particle between capitalised
  words makes a person's name, unless a body's word is among them;
- "his Moldovan counterpart, Natalia Ursu-Ceban", "MEP Ana Teixeira-Bastos": a census given name, untagged or
  tagged alone as something else, right before a body of one surname (no common noun among its words) is the
  person's given name, and the two a person.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS, core
from kg.nlp.components.given_names import given_names
from kg.nlp.components.person_evidence import noun_file
from kg.nlp.lemmas import english_word
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


def person_after_body(ent: Span) -> list[Span]:
    """"Minister of Foreign Affairs of the Russian Federation Alexei Grigoryev", "Prime Minister of Georgia
    Levan Kapanadze", "Ambassador of Japan to Mongolia Kenji Oda": a readout's title ends with the state, and the
    name after it is the person's (two to five words, capitalised but for short particles inside: "Luísa
    Fernandes da Silva"); so with a body's name ("State Secretary of the Ministry of Economy Dorin Ilie", "Chairman
    of the Council of Ministers Jasmin Kovac"): the person from a given name on."""
    if ent.label_ != "ORG":
        return []
    doc, c = ent.doc, core(ent)
    before = [t.lower_ for t in doc[max(0, c.start - 2):c.start]]
    if not (before[-1:] in (["of"], ["for"], ["to"]) or before == ["of", "the"] or "of" in [t.lower_ for t in c]):
        return []  # no title before it: "the Zambia Revenue Authority" is a body
    names = gazetteer.country_names()
    for p in range(len(c) - 2, 0, -1):
        state = next((c[p - n:p] for n in (3, 2, 1) if p - n >= 0 and c[p - n:p].text in names), None)
        if state is None:
            continue
        if _named_person(c[p:]):
            return [Span(doc, state.start, state.end, label="COUNTRY", kb_id=names[state.text]),
                    Span(doc, c[p].i, c.end, label="PERSON")]
        return []
    given = given_names()
    for p in range(2, len(c) - 1):
        body = c[:p]
        # the name from a census given name, or from a word no English one after a body's English word
        # ("... of Economy and Infrastructure Dorin Vrabie"; not "Park" nor "Rose")
        starts = (c[p].lower_ in given and c[p - 1].lower_ not in given
                  or english_word(c[p - 1]) and not any(english_word(t) for t in c[p:]))
        if starts and c[p - 1].is_title and any(t.text in BODY_WORDS for t in body):
            if _named_person(c[p:]):
                return [Span(doc, body.start, body.end, label="ORG"), Span(doc, c[p].i, c.end, label="PERSON")]
            return []
    return []


def _named_person(person: Span) -> bool:
    """Two to five capitalised words (short particles inside), no body's nor company's word, no common noun first."""
    inner_ok = all(t.is_title or (t.is_lower and len(t) <= 3 and 0 < t.i - person.start < len(person) - 1)
                   or t.text == "-" for t in person)
    return (2 <= len(person) <= 5 and person[0].is_title and person[-1].is_title and inner_ok
            and not any(t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS for t in person)
            and not noun_file(person[0].text)[0])

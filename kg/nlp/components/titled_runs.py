"""People's names read after a word that says what a person is (SpanRepair runs these):

- "fashion designer Halston", "athletes Vitas Gerulaitis": a name the model took for a place, right after an
  occupation noun, is a person's;
- "senior diplomat Choe Son Hui said": a run of capitalised words the model left untagged right after a title
  is a person's name.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS
from kg.nlp.components.given_names import PERSON_NOUNS
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import (
    BODY_WORDS,
    CORPORATE_TITLES,
    PERSONAL_COURTESY,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    common_nouns,
    words,
)

_W = words("components/span_repair")
_OCCUPATIONS = frozenset(words("entity_nouns")["occupation_nouns"])
_PLACE_LABELS = frozenset(_W["place_labels"])
_NAME_TAGS = frozenset(_W["name_tags"])


def _occupation(t: Token) -> bool:
    """A lower-case occupation noun, singular or plural ("designer", "athletes")."""
    return t.is_lower and t.pos_ == "NOUN" and _occupation_word(t.lower_)


def _occupation_word(w: str) -> bool:
    return w in _OCCUPATIONS or (w.endswith("s") and w[:-1] in _OCCUPATIONS)


def people_after_occupations(doc: Doc, ents: list[Span]) -> list[Span]:
    """"fashion designer Halston", "athletes Vitas Gerulaitis": a name the model took for a place, right
    after an occupation noun (WordNet's artists, athletes, scientists, writers ...), is a person's
    (not one the gazetteer knows as a place or country)."""
    out = []
    for ent in ents:
        start = ent.start  # "Vitas" of "athletes Vitas Gerulaitis", left untagged
        while start > 0 and ent.start - start < 2 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title:
            start -= 1
        if (ent.label_ in _PLACE_LABELS and start > 0 and _occupation(doc[start - 1]) and ent.end - start <= 3
                and all(t.is_title and t.is_alpha for t in ent) and not gazetteer.known_place(ent.text)
                and ent.text not in gazetteer.country_names()):
            ent = Span(doc, start, ent.end, label="PERSON")
        out.append(ent)
    return out


def names_after_titles(doc: Doc) -> list[Span]:
    """"diplomat Choe Son Hui said", "Foreign Minister Eero Salo of Finland": 2 to 4 capitalised proper nouns,
    no name's or title's words, after a title word (lower case, or a capitalised head), before no capital."""
    out: list[Span] = []
    for i, text in enumerate(token_texts(doc)):
        # cheap, on the text: a title word or an occupation in lower case, or a capitalised title head
        if not (text.islower() and (text in TITLE_HEADS or _occupation_word(text))
                or text.istitle() and text.lower() in TITLE_HEADS):
            continue
        t = doc[i]  # the name's words stop at any title word: "Chief Executive Officer" is no name
        if not (t.is_lower and (t.text in TITLE_HEADS or _occupation(t)) or t.is_title and t.lower_ in TITLE_HEADS) \
                or t.i + 2 >= len(doc) or t.ent_iob_ not in {"O", ""}:
            continue
        end = t.i + 1
        while (end < len(doc) and end - t.i <= 4 and doc[end].tag_ in _NAME_TAGS and doc[end].is_alpha
               and doc[end].is_title and doc[end].ent_iob_ in {"O", ""} and doc[end].lower_ not in TITLE_HEADS
               and doc[end].lower_ not in CORPORATE_TITLES and doc[end].text not in TITLE_MODIFIERS):
            end += 1
        if 2 <= end - t.i - 1 <= 4 and end < len(doc) and not doc[end].text[:1].isupper():
            # "Egypt's General Intelligence Directorate": a run ending in a group's noun is a body's name, no person's
            body = common_nouns().get(doc[end - 1].lower_) == "group" or doc[end - 1].text in BODY_WORDS
            out.extend([Span(doc, t.i, end, label="ORG")] if body and t.is_title else [] if body else
                       [Span(doc, t.i + 1, end, label="PERSON")])
    return out


_PARTICLES = frozenset(words("components/name_joins")["particles"])
_STOPS = frozenset(words("components/name_joins")["stops"]) | frozenset(words("components/name_joins")["headline_verbs"])
_HYPHENS = frozenset({"-", "\u2010"})
_AFTER_HYPHEN = frozenset(_W["title_suffixes"])  # "Prime Minister-designate", "President-elect"
_MISTYPED = frozenset(_W["mistyped_name_labels"])
_WORD = re.compile(r"[A-Z\u00C0-\u024F][a-z\u00DF-\u024F]*(?:['\u2019][a-z\u00DF-\u024F]+)?")


def people_after_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Vice Premier Han Lizhong" (the model's "Han" a people), "Special Envoy Ri Song-chol" (a product), "Mr
    Godfred Abulbire-Nyarko" (the surname alone, a body), "Taoiseach Ruairí Costello" (a work, with its title):
    two to four name words (a double name joined by a hyphen one word, "bin" or "da" between two) right after a
    capitalised title head or a form of address only people take, before no further capitalised word, are a
    person's name whatever the model made of them, as long as the model's spans there lie inside the title and the
    name (not "Chairman Gwadar Port Authority": a body's word ends the run; not a place the gazetteer knows)."""
    out = list(ents)
    for i, text in enumerate(token_texts(doc)):
        if not (text in PERSONAL_COURTESY or text.istitle() and text.lower() in TITLE_HEADS):
            continue
        lead, start = i, i + 1
        if start + 1 < len(doc) and doc[start].text in _HYPHENS and doc[start + 1].lower_ in _AFTER_HYPHEN:
            start += 2  # "Prime Minister-designate Vytautas Jonaitis"
        end, count = _name_run(doc, start)
        if count < 2 or end < len(doc) and doc[end].text[:1].isupper() or _headline(doc[lead].sent):
            continue
        name = doc[start:end]
        if gazetteer.known_place(name.text) or any(t.text in gazetteer.country_names() or t.text in gazetteer.demonyms()
                                                   for t in name):
            continue
        first = lead  # the title's first word: the model's span may have taken it ("Taoiseach Ruairí Costello")
        while first > 0 and doc[first - 1].is_title and (doc[first - 1].lower_ in TITLE_HEADS
                                                         or doc[first - 1].text in TITLE_MODIFIERS):
            first -= 1
        touched = [e for e in out if e.start < end and start < e.end]
        if not touched and text not in PERSONAL_COURTESY and "-" not in name.text:
            continue  # an untagged run of plain words: names_after_titles's
        if any(e.start < first or e.end > end or e.label_ not in _MISTYPED for e in touched) or any(
                e.label_ == "PERSON" and (e.start, e.end) == (start, end) for e in touched):
            continue
        if any(t.lower_ in COMPANY_WORDS for t in name) or any(e.label_ == "ORG" and e.start <= lead for e in touched):
            continue  # a company whose name opens with a title's word: "General Motors Co", "Admiral Group Plc"
        out = [e for e in out if e not in touched] + [Span(doc, start, end, label="PERSON")]
    return sorted(out, key=lambda e: (e.start, e.end))


def _name_run(doc: Doc, i: int) -> tuple[int, int]:
    """The end of the name words from token I, and how many words (a hyphened double name one word)."""
    end, count = i, 0
    while end < len(doc) and count < 4:
        t = doc[end]
        if _WORD.fullmatch(t.text) and (t.tag_ in _NAME_TAGS or t.tag_ == "NNPS") and t.lower_ not in _STOPS and t.lower_ not in TITLE_HEADS \
                and t.lower_ not in CORPORATE_TITLES and t.text not in BODY_WORDS and t.text not in TITLE_MODIFIERS \
                and not (count and (t.is_sent_start or common_nouns().get(t.lower_, PERSON_NOUNS) != PERSON_NOUNS)):
            # a thing's noun after the first word ("Port", "Authority") is a body's or a place's, no surname
            end += 1
            count += 1
            while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end].whitespace_ \
                    and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
                end += 2  # "Song-chol", "Abulbire-Nyarko"
        elif count and t.lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1  # "Saad bin Ali"
        else:
            break
    return end, count


def _headline(sent: Span) -> bool:
    """A line in title case ("Foreign Minister Meets Chinese Counterpart"): no lower-case noun, verb or adjective
    (only its small words are lower case), so its capitals say nothing of names."""
    return not any(t.is_lower and t.pos_ in {"NOUN", "VERB", "ADJ"} and len(t) > 3 for t in sent)

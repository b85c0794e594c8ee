"""People's names read after a word that says what a person is (SpanRepair runs these):

- "fashion designer Halston", "athletes Vitas Gerulaitis": a name the model took for a place, right after an
  occupation noun, is a person's;
- "senior diplomat Choe Son Hui said": a run of capitalised words the model left untagged right after a title
  is a person's name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import (
    BODY_WORDS,
    CORPORATE_TITLES,
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


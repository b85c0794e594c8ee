"""Names listed together are names of one kind: the type that the other items of a list give a name; and
a name right after a title word is a person's (`titled_person`).

Run by TypeRepair for the names it types; it reads the parser's conjuncts of a name (a handful of
tokens), so it adds no per-token work:
- "such as Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe": a name of title-case words
  listed with two people or more is a person ("Walker Evans" is no firm, "Athena" no body);
- "Ubisoft, Microsoft, and PlayStation VR", "The New York Times, Jezebel, Metro.us": a name no
  gazetteer knows as a place, listed with organizations (and their products) only, is an organization;
- "the gods Zeus, Hera, Poseidon and Aphrodite": a proper noun the model left untagged, listed with
  two people or more, is a person.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.data import tables
from kg.nlp.components.base import _after_locative, core
from kg.nlp.components.person_evidence import BODY_NOUNS, common_noun_name
from kg.nlp.components.given_names import given_names
from kg.nlp.lexicon import BODY_WORDS, ORG_HEADS, PERSONAL_COURTESY, PLACE_HEADS, TITLE_HEADS, common_nouns, words

_POST_NOMINALS = frozenset(words("components/type_repair")["post_nominals"])
COUNTERPARTS = frozenset(tables("roles")["titles"]["counterparts"])


def _labels_of(tokens: list[Token], skip: range) -> list[str]:
    """The entity label of each listed token outside the name ("" for none)."""
    return [t.ent_type_ for t in tokens if t.i not in skip]


def list_label(ent: Span) -> str | None:
    """PERSON or ORG when the other items of the list the name is in say so, else None."""
    c = core(ent)
    conjuncts = list(c.root.conjuncts)
    if not conjuncts or ent.label_ not in {"ORG", "PLACE", "PERSON"}:
        return None  # most names: in no list
    labels = [x for x in _labels_of(conjuncts, range(c.start, c.end)) if x]
    people = labels.count("PERSON")
    if people >= 2 and people > len(labels) - people and _person_like(c):
        return "PERSON"  # most of the list are people (one may be mistyped too: "Hera, Aphrodite, and Athena")
    if ("ORG" in labels and set(labels) <= {"ORG", "PRODUCT"} and ent.label_ == "PLACE" and len(c) <= 3
            and not gazetteer.known_place(c.text) and c.text not in gazetteer.country_names()
            and c[-1].text not in PLACE_HEADS):  # "the Office of the President and the Oval Office"
        return "ORG"
    return None


def _name_word(t: Token) -> bool:
    """A title-case word of letters, or of letters joined by hyphens ("Nikolaou-Georgiou", a double surname)."""
    return t.is_title and t.text.replace("-", "").isalpha() and not t.text.startswith("-")


def _person_like(c: Span) -> bool:
    """Up to three title-case words, no body's or company's last word, no country, after no "the"."""
    doc = c.doc
    words_ = [t for t in c if t.text != "-"]  # "Nikolaou-Georgiou": the tokenizer's hyphen joins one surname
    if len(words_) > 3 or not all(_name_word(t) for t in words_) or c.text in gazetteer.country_names():
        return False
    if any(t.lower_ in BODY_NOUNS | TITLE_HEADS | ORG_HEADS for t in c) or (c.start > 0 and doc[c.start - 1].lower_ == "the"):
        return False  # "Members of Parliament Gurpreet Sandhu, Daniel Lapointe": a body's or a title's word
    if _after_locative(c) or (len(c) > 1 and gazetteer.known_place(c.text)):
        return False  # "at Skidmore College in Saratoga Springs, ... and Andy Warhol": a place
    return not common_noun_name(c, set())


def listed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Untagged proper nouns listed with two people or more ("Zeus, Hera, Poseidon and Aphrodite")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.root.dep_ == "conj":
            continue  # look from the list's first item only
        items = [ent.root, *ent.root.conjuncts]
        if sum(1 for t in items if t.ent_type_ == "PERSON") < 2:
            continue
        for t in items:
            if t.i in taken or t.pos_ != "PROPN" or t.ent_type_:
                continue
            span = doc[t.i:t.i + 1]
            if _person_like(span) and not gazetteer.known_place(t.text):
                found.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return found


def titled_person(ent: Span) -> str | None:
    """"Zambian President Mwila Chanda Banda", "Fiji's Foreign Minister, Litia Tuiloma,", "UCR deputy Mercedes
    Achaval Pinedo", "Teodoro Quispe Mamani, then a deputy foreign minister": a body-typed name of two to four
    capitalised words right after a title word (and a comma), or before a comma and a lower-case title, is a
    person's ("Minister of the Interior" or "spokesman for the Labour Party" are not: a body's
    or a title's word, or "of", inside)."""
    if ent.label_ != "ORG":
        return None
    c = core(ent)
    doc, i = c.doc, c.start - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    after = doc[c.end + 1:c.end + 6] if c.end < len(doc) and doc[c.end].text == "," else doc[c.end:c.end]
    described = any(t.lower_ in TITLE_HEADS for t in after) and all(  # "X, then a deputy foreign minister"
        t.is_lower for t in after[:[t.lower_ in TITLE_HEADS for t in after].index(True) + 1]) if after else False
    # "his Polish counterpart Marek Wielgosz" as "President X"; "Tariq Ghani MP": a member's letters after the name
    titled = i >= 0 and (doc[i].lower_ in TITLE_HEADS or doc[i].lower_ in COUNTERPARTS and doc[i].is_lower)
    lettered = c.end < len(doc) and doc[c.end].text in _POST_NOMINALS and doc[c.end].is_upper
    if not (titled or described or lettered) or not 2 <= len(c.text.split()) <= 4:  # "Ursu-Ceban": one word
        return None
    words = [t for t in c if t.text != "-"]
    if not all(_name_word(t) for t in words) or c[-1].text in PLACE_HEADS:
        return None
    return "PERSON" if _person_like(c) and not gazetteer.known_place(c.text) else None


def addressed_person(ent: Span) -> str | None:
    """"the Minister for Transport, Mr Kwabena Asiedu-Mensah,", "Ms Thandiwe Mokoena", "Mr Mahmood was less
    diplomatic": one to four capitalised words right after a form of address only people take (inside the span or
    just before it) are a person's name, whatever class noun the parse hung them on."""
    if ent.label_ not in {"ORG", "PERSON"}:
        return None
    doc, start = ent.doc, ent.start
    if doc[start].text in PERSONAL_COURTESY:
        start += 1
    elif start == 0 or doc[start - 1].text not in PERSONAL_COURTESY:
        return None
    words = [t for t in doc[start:ent.end] if t.text != "-"]
    if not 1 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    return None if gazetteer.known_place(doc[start:ent.end].text) else "PERSON"


def post_nominal_person(ent: Span) -> Span | None:
    """"Hamish Doig MSP", "Seán Moriarty TD for Fianna Fáil": two to four capitalised words and a member's or an
    honour's letters the model read as one name (a body's, or a person's with the letters) are a person's name, the
    letters left out; not "Scottish Labour MSP" (a state's or a body's word inside) nor "the Welsh Labour MP group"."""
    if ent.label_ not in {"ORG", "PERSON"} or len(ent) < 3 or ent[-1].text not in _POST_NOMINALS:
        return None
    if ent.end < len(ent.doc) and ent.doc[ent.end].pos_ in {"NOUN", "PROPN"}:
        return None  # "the Welsh Labour MP group": the letters name a kind of member, before a noun
    name = ent.doc[ent.start:ent.end - 1]
    words_ = [t for t in name if t.text != "-"]
    if not 2 <= len(words_) <= 4 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words_):
        return None
    if any(t.text in ORG_HEADS or t.text in BODY_WORDS or t.lower_ in TITLE_HEADS or gazetteer.demonyms().get(t.text)
           or gazetteer.country_names().get(t.text) for t in words_) or gazetteer.known_place(name.text):
        return None
    if words_[0].lower_ not in given_names() and any(t.lower_ in common_nouns() for t in words_):
        return None  # "Welsh Labour MP": a party's words, no given name before them
    return Span(ent.doc, name.start, name.end, label="PERSON")

"""A person's name between commas after a title's phrase ("the Chief of Mission in Cyprus, Taye-Brook Zerihoun,"),
read for SpanRepair: the name words, the title before the comma, and the names the model left untagged, took for a
nationality or for a body or product."""
from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS
from kg.nlp.doc_text import doc_ents, token_texts
from kg.nlp.lexicon import BODY_WORDS, CORPORATE_TITLES, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, words

_TITLE_PREPS = frozenset(words("components/span_repair")["title_preps"])
_PLACE_LABELS = frozenset(words("components/span_repair")["place_labels"])


def names_in_apposition(doc: Doc) -> list[Span]:
    """"the Chief of Mission in Cyprus, Taye-Brook Zerihoun,", "leader of the United Leftist Front, Prabhu
    Narayan Chaudhari,": 2 to 4 capitalised words (a hyphen may join two) between commas, right after a
    phrase whose head is a title, are a person's name, where the model left them untagged, took them for
    a nationality or tagged only part of them."""
    out: list[Span] = []
    for i, text in enumerate(token_texts(doc)):
        if text != "," or i + 2 >= len(doc) or not title_before(doc, i):
            continue
        comma = doc[i]
        end = comma.i + 1
        while end + 2 < len(doc) and doc[end].text in HONORIFICS:
            end += 1  # "the Minister for Transport, Mr Kwabena Asiedu-Mensah,": the courtesy word is no name's
        first = end
        while end < len(doc) and (name_word(doc[end]) or doc[end].text == "-" and end + 1 < len(doc)
                                  and name_word(doc[end + 1]) and name_word(doc[end - 1])):
            end += 1
        words = [t for t in doc[first:end] if t.text != "-"]
        if not 2 <= len(words) <= 4 or end < len(doc) and doc[end].text not in {",", ".", ";"}:
            continue
        span = doc[first:end]
        types = {t.ent_type_ for t in span}
        if (_tagged_whole(span) or types <= {"", "NORP", "PERSON"} or _stray_place(span, types)) \
                and not gazetteer.known_place(span.text) \
                and not any(gazetteer.demonyms().get(t.text) or gazetteer.country_names().get(t.text) for t in words):
            out.append(Span(doc, span.start, span.end, label="PERSON"))
    return out


def _tagged_whole(span: Span) -> bool:
    """"the Vice-Governor of Shaanxi Province, Zhao Mingyuan,": the words between the commas are one body or
    product of the model's, exactly, with no body's word among them - a person's name it mistook."""
    ent = next((e for e in doc_ents(span.doc) if e.start == span.start), None)
    return ent is not None and ent.end == span.end and ent.label_ in {"ORG", "PRODUCT", "WORK_OF_ART"} \
        and not any(t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS for t in span)


def _stray_place(span: Span, types: set[str]) -> bool:
    """"The government's chief negotiator, Valentina Ospina Restrepo,": the model took a given name for a place;
    a place label on some of the words, none of them a known place, does not keep them from a person's name."""
    places = [e for e in doc_ents(span.doc) if e.label_ in _PLACE_LABELS and span.start <= e.start < span.end]
    return bool(places) and all(e.end <= span.end and not gazetteer.known_place(e.text) for e in places) and (
        types <= {"", "NORP", "PERSON"} | _PLACE_LABELS)


def name_word(t: Token) -> bool:
    return t.is_alpha and t.is_title and t.tag_ == "NNP" and t.lower_ not in TITLE_HEADS \
        and t.lower_ not in CORPORATE_TITLES and t.text not in TITLE_MODIFIERS


def title_before(doc: Doc, comma: int) -> bool:
    """Whether the phrase before a comma (back to the previous comma or the sentence start) is headed by a
    title: "the Chief of Mission in Cyprus", "leader of the Front" (the title before its "of"/"in" phrase)."""
    # read on the tokens' texts and parts of speech (kept for the document): every comma of the article asks, and
    # a Token made at each step back costs more than the test (a token's lower_ is its text in lower case)
    start = doc[comma].sent.start
    texts, verbs = token_texts(doc), _verb_tokens(doc)
    for i in range(comma - 1, start - 1, -1):
        if texts[i] in {",", ";", ":", "(", ")"} or i in verbs:
            return False
        if texts[i].lower() in TITLE_HEADS:
            if i == comma - 1 or texts[i + 1].lower() in _TITLE_PREPS:
                return True
            k = i
            while k - 1 > start and texts[k - 1][:1].isupper() and texts[k - 1].isalpha():
                k -= 1  # "Prime | Minister", "Vice | President"
            if k - 1 <= start or texts[k - 1].lower() not in _OWNER_PREPS or not texts[i][:1].isupper():
                return False  # "President Bola Tinubu, X": a list of names, or the name's own title
            # "the chief of staff of President Bola Tinubu, X,", "a spokesman for Prime Minister Y, X": the title
            # before the name after the comma is the office's, not its owner's (read on)
    return False


_OWNER_PREPS = frozenset({"of", "to", "for"})


def _verb_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the doc's verbs and auxiliaries (pos_ VERB, AUX), kept in its user_data."""
    found = doc.user_data.get(_VERBS)
    if found is None:
        found = doc.user_data[_VERBS] = frozenset(i for i, pos in enumerate(doc.to_array(POS).tolist())
                                                  if pos == VERB or pos == AUX)
    return found


_VERBS = "kg_verb_tokens"

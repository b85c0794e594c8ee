"""PersonConsistency: a name used for a person is a person everywhere in the document."""
from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.country_offices import TITLE_ACRONYMS, TITLE_OFFICE_HEADS
from kg.nlp.components.org_noise import PARTY_NOUNS
from kg.nlp.components.base import (
    NOT_PEOPLE,
    POSSESSIVE,
    _after_locative,
    _relabel,
    _set_ents,
    article_folded,
    core,
    core_text,
)
from kg.nlp.components.country_tagger import stands_for_state
from kg.nlp.components.given_names import given_names
from kg.nlp.components.org_extents import _APOSTROPHES, MEMBERS_BODY_HEADS
from kg.nlp.components.name_joins import name_begin
from kg.nlp.doc_text import assign_doc_ents, doc_ents, token_texts
from kg.nlp.lexicon import (
    BODY_WORDS,
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
    common_nouns,
    words,
)


_BIG = 200_000
_LOCATION_NOUNS = "location"  # WordNet's lexicographer file of nouns for places ("port", "province", "suburb")
_PARTICLES = frozenset(words("components/name_joins")["particles"])
_DASHES = frozenset({"-", "\u2013"})
_PC = words("components/person_consistency")
_WHERE = frozenset(_PC["where_prepositions"])
_PLACE_LEADS = frozenset(_PC["place_name_leads"])
_PLACE_TAILS = frozenset(_PC["place_name_tails"])
_PLACE_TAILS_ALWAYS = frozenset(_PC["place_name_tails_always"])
PLACE_NOUNS = frozenset(words("entity_nouns")["place_nouns"])
_PLACE_NOUNS_AFTER = frozenset(_PC["place_nouns_after"])


class PersonConsistency:
    """Document-level type consistency: a name used for a person is a person everywhere in the document.

    "Trump" after "Donald Trump" is a PERSON, never an ORG; "Trump-Kim" or "Kiir and Machar" tagged as
    a body, a work or a people gives two PERSON mentions (a hyphened pair of people tagged as one person
    is split earlier, by SpanRepair).
    """

    def __call__(self, doc: Doc) -> Doc:
        _set_ents(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        _places_taken_for_people(doc)
        _acronym_affiliations(doc)
        _majority_labels(doc)
        _surnamed_bodies(doc)
        people = [strip_honorifics(e) for e in doc_ents(doc) if e.label_ == "PERSON"]
        full = {p.text for p in people}
        surnames = {p[-1].text for p in people if len(p) > 1} | {p.text for p in people if len(p) == 1}
        # Every capitalised word of a full name: family names come first in Korean or Chinese names; and the
        # last word as written, with its hyphen and article ("Delgado-Haynes", "al-Khazali")
        known = full | surnames | {t.text for p in people if len(p) > 1 for t in p if t.text[:1].isupper()} \
            | {p.text.split()[-1] for p in people if len(p) > 1}
        not_people = set(doc._.get(NOT_PEOPLE)) - full
        family = {p[-1].text for p in people if len(p) > 1}
        spans: list[Span] = []
        for ent in doc_ents(doc):
            c = core(ent)
            if ent.label_ == "PERSON":
                spans.append(strip_honorifics(ent))
            elif ent.label_ not in {"COUNTRY", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                    "PERCENT", "QUANTITY"} and article_folded(c.text) in known and c.text not in not_people:
                spans.append(_relabel(c, "PERSON"))
            elif ent.label_ == "ORG" and len(c) > 1 and _known_name(strip_honorifics(c), known, not_people) and (
                    strip_honorifics(c).start > c.start):
                spans.append(_relabel(strip_honorifics(c), "PERSON"))  # "Cllr Sinclair-Reid said": hers
            elif ent.label_ == "COUNTRY" and c.text in family and _capital_as_surname(c):
                spans.append(_relabel(c, "PERSON"))  # "Valeska Paris ... Paris was born in": hers, not France's
            elif ent.label_ in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"} and _joined_people(c, known):
                spans.extend(_joined_people(c, known))
            elif ent.label_ == "ORG" and _possessive_split(c):
                spans.extend(_possessive_split(c))
            else:
                spans.append(ent)
        bodies = _named_bodies(doc, spans)  # a party's name alone replaces the person the model saw in it
        gone = {(b.start, b.end) for b in bodies}
        spans = [s for s in spans if (s.start, s.end) not in gone] + bodies
        taken = {i for s in spans for i in range(s.start, s.end)}
        firsts = Counter(p[0].text for p in people if len(p) > 1)
        for i, text in enumerate(token_texts(doc)):
            if text in surnames and i not in taken and doc[i].pos_ == "PROPN":
                # with the given names and the joined first surname the model left untagged before it
                spans.append(Span(doc, name_begin(doc, Span(doc, i, i + 1)), i + 1, label="PERSON"))
            elif firsts[text] == 1 and i not in taken and _called_by_first(doc[i]):
                spans.append(Span(doc, i, i + 1, label="PERSON"))
        return spans


def _called_by_first(t: Token) -> bool:
    """"Berhanu told reporters", "Budi himself said": the first word of one person's name, alone as a clause's
    subject, as Ethiopian, Indonesian or Bangladeshi copy calls people after the full name; no common noun ("Grace
    said" only where it is a given name) and no word of a longer name."""
    return t.pos_ in {"PROPN", "NOUN"} and t.dep_ in {"nsubj", "nsubjpass"} and t.is_title and t.text not in HONORIFICS \
        and (common_nouns().get(t.lower_) is None or t.lower_ in given_names()) \
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_title) and not (t.i > 0 and t.doc[t.i - 1].is_title
                                                                            and not t.doc[t.i - 1].is_sent_start)


def _known_name(span: Span, known: set[str], not_people: set[str]) -> bool:
    """Every word of the span (hyphens aside) is a word of a person's name ("Sinclair-Reid")."""
    words = [t.text for t in span if t.text not in _DASHES]
    return bool(words) and span.text not in not_people and all(w in known for w in words)


def _surnamed_bodies(doc: Doc) -> None:
    """Bodies that end in the surname of a person of the document are that person ("_ends_in_surname"),
    before the person names are collected, so their given names count as known too."""
    people = [strip_honorifics(e) for e in doc_ents(doc) if e.label_ == "PERSON"]
    written = {p[-1].text for p in people} | {p.text.split()[-1] for p in people}  # "Whaanga-Reid" one word
    given = {t.text for p in people for t in p if t.text[:1].isupper()}  # "Dear Levan": a given name alone
    not_people = set(doc._.get(NOT_PEOPLE)) - {p.text for p in people}
    ents, changed = [], False
    for ent in doc_ents(doc):
        name = _ends_in_surname(core(ent), written, given, not_people) if ent.label_ == "ORG" else None
        ents.append(ent if name is None else _relabel(name, "PERSON"))
        changed = changed or name is not None
    if changed:
        assign_doc_ents(doc, ents)


def _ends_in_surname(span: Span, surnames: set[str], given: set[str], not_people: set[str]) -> Span | None:
    """"Teixeira Sarmento" after "Joaquim Teixeira Sarmento", "Dear Levan", "MINISTER WHAANGA-REID": a body
    whose last word is the surname of a person of the document and whose other words are capitalised names
    (no common noun, body or place word) is that person; a salutation or title before it is left out."""
    words = [t for t in span if t.text not in _DASHES]
    last = span[-1].text
    if not words or span.text in not_people or not _surname_form(last, surnames | given):
        return None
    start = span.start
    while start < span.end - 1 and _before_name(span.doc[start]):
        start += 1  # "Dear Levan", "PM Thinh", "MINISTER WHAANGA-REID"
    name = span.doc[start:span.end]
    if any(not (t.is_alpha or "-" in t.text) or not t.text[:1].isupper() or t.text in BODY_WORDS
           for t in name if t.text not in _DASHES) or any(gazetteer.known_place(t.text) for t in name[:-1]):
        return None
    if not _surname_form(last, surnames) and not (start > span.start and len(name) == 1):
        return None  # a given name alone only after a salutation or title ("Dear Levan")
    return name


def _before_name(t: Token) -> bool:
    """A salutation, honorific, title word or short title acronym before a name ("Dear", "Mr", "PM")."""
    return t.lower_ in common_nouns() or t.text in HONORIFICS or t.lower_ in TITLE_HEADS \
        or t.is_upper and t.is_alpha and len(t) <= 3


def _surname_form(word: str, surnames: set[str]) -> bool:
    """A surname of the document as written, or in capitals as transcripts write speakers ("WHAANGA-REID")."""
    return word in surnames or word.isupper() and len(word) > 3 and any(word == s.upper() for s in surnames)


def _capital_as_surname(span: Span) -> bool:
    """A capital the model made its state ("Paris" -> France) is the surname of a person of the document
    ("Valeska Paris") when written alone, not as a country's own name and not after "in", "to", ..."""
    return len(span) == 1 and span.text not in gazetteer.country_names() and not _after_locative(span)


def _joined_people(span: Span, known: set[str]) -> list[Span]:
    """"Trump-Kim" or "Kiir and Machar" -> one PERSON span per part, when every part is a known name."""
    parts = [t for t in span if t.text not in {"-", "–", "—", "and", "&", ","}]
    if len(parts) < 2 or len(parts) == len(span) or not all(t.text in known for t in parts):
        return []
    return [Span(span.doc, t.i, t.i + 1, label="PERSON") for t in parts]


def _named_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Bush administration", "Obama transition team", "North Korean foreign ministry": ORG spans
    made of a person or nationality and a lower-case body noun (they win over the shorter name)."""
    found = []
    for span in spans:
        # a one-word body of a region qualifies its organ: "Tigrayan regional authorities" (not "Fatah party")
        regional = span.label_ == "ORG" and len(span) == 1
        if span.label_ not in {"PERSON", "NORP"} and not regional or span.end >= len(doc):
            continue
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ", "PROPN"}:
            end += 1
            if doc[end - 1].text in ORG_HEADS and (end == len(doc) or doc[end].text not in ORG_HEADS):
                if not regional or any(t.pos_ == "ADJ" for t in doc[span.end:end - 1]):
                    party = end == span.end + 1 and doc[span.end].text in PARTY_NOUNS  # "the Vazrazhdane party"
                    found.append(Span(doc, span.start, span.end if party else end, label="ORG"))
                break
    return found


def _possessive_split(span: Span) -> list[Span]:
    """"Gray Television's Greta Van Susteren" -> ORG "Gray Television" + PERSON "Greta Van Susteren"."""
    cut = next((t.i for t in span if t.text in POSSESSIVE and t.i > span.start), None)
    if cut is None or cut + 1 >= span.end:
        return []
    rest = span.doc[cut + 1:span.end]
    last = rest[-1].text
    if last in BODY_WORDS or last in TITLE_OFFICE_HEADS or last in ORG_HEADS and all(t.is_lower for t in rest):
        return []  # "the Central Committee of the Workers' Party", "Qatar's foreign ministry", "the PM's Office"
    if span.doc[cut].text in _APOSTROPHES and any(t.text in MEMBERS_BODY_HEADS for t in rest[:3]):
        return []  # "the Italian Bishops' Conference", "the Nigeria Governors' Forum": a plural's apostrophe inside
    parts = [Span(span.doc, span.start, cut, label="ORG")]
    if len(rest) >= 2 and all(t.text[:1].isupper() for t in rest):
        parts.append(Span(span.doc, rest.start, rest.end, label="PERSON"))
    return parts


def _acronym_affiliations(doc: Doc) -> None:
    """"DAB's Ben Chan", "Ann Chiang of DAB": an acronym the model took for a person, written as a person's
    party or body, is that body; so is every other mention of it the model made a person."""
    ents = list(doc_ents(doc))
    found = set()
    for n, ent in enumerate(ents):
        text = ent.text
        if ent.label_ != "PERSON" or len(ent) != 1 or not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        prev = ents[n - 1] if n > 0 else None
        owner = (nxt is not None and nxt.label_ == "PERSON" and ent.end + 1 == nxt.start
                 and doc[ent.end].text in POSSESSIVE)
        member = (prev is not None and prev.label_ == "PERSON" and ent.start > 1 and doc[ent.start - 1].lower_ == "of"
                  and prev.end == ent.start - 1)
        if owner or member:
            found.add(text)
    if found:
        assign_doc_ents(doc, [_relabel(e, "ORG") if e.label_ == "PERSON" and e.text in found else e for e in ents])


def _places_taken_for_people(doc: Doc) -> None:
    """"Azerbaijani Foreign Minister X", "said Baku wanted", "Edinburgh's Lord Provost ... living in Edinburgh":
    a one-word "person" that is a people's adjective, or a place the gazetteer knows that the article also
    writes as a place (tagged one, or after "in", "to", ...) or that is a state's capital, or any name written
    after a place noun and "of" ("the oil port of Ras Lanuf"), names no one - unless
    it is a word of a person's longer name ("Valeska Paris") or follows a title or honorific ("Mr Paris")."""
    ents = list(doc_ents(doc))
    cores = [(e, core(e)) for e in ents]  # each entity's core made once: every set below reads it
    parts = {t.text for e, c in cores if e.label_ == "PERSON" and len(c) > 1 for t in c}
    at = ({e.start: e for e in ents}, {e.end - 1: e for e in ents})  # the entity opening, closing at a token
    placed = {core_text(e) for e, c in cores if e.label_ in {"PLACE", "GPE", "LOC"} or _in_place(c)
              or _beside_city(c, at)}
    titled = {core_text(e) for e, c in cores if c.start > 0 and _titled(doc[c.start - 1])}
    of_places = {core_text(e) for e, c in cores if _of_location(c) or _place_named(c)}
    demonyms, capitals = gazetteer.demonyms(), gazetteer.capitals()
    found: dict[str, tuple[str, str]] = {}
    for ent, c in cores:
        text = c.text
        if ent.label_ != "PERSON" or text in parts or text in titled:
            continue
        if len(c) == 1 and text in demonyms:
            found[text] = ("NORP", demonyms[text])
        elif (text in capitals and text.lower() not in given_names() or text in placed and text in _big_cities()
              or text in of_places) and not _after_given_name(doc, text):
            found[text] = ("PLACE", "")
    if found:
        # a mention the model called a body goes with the name when it is outvoted ("called Tucson 'a
        # partner'" beside two "people" Tucson), as _majority_labels would have made it a person
        votes = Counter(core_text(e) for e in ents if e.label_ == "PERSON")
        votes.subtract(core_text(e) for e in ents if e.label_ == "ORG")
        assign_doc_ents(doc, [_place_or_state(core(e), *found[core_text(e)], capitals)
                              if core_text(e) in found and (e.label_ == "PERSON" or e.label_ == "ORG" and votes[core_text(e)] > 0)
                              else e for e in ents])


def _place_or_state(c: Span, label: str, kb_id: str, capitals: dict[str, str]) -> Span:
    """A capital that acts ("Baku wanted", "Kyiv's deputy mayor") is its state, else a place."""
    if label == "PLACE" and c.text in capitals and stands_for_state(c):
        return _relabel(c, "COUNTRY", capitals[c.text])
    return _relabel(c, label, kb_id)


@cache
def _big_cities() -> frozenset[str]:
    """Cities of GeoNames with more people than _BIG (a town's name is as often a surname: "Obama", "Morales")."""
    return frozenset(name for name, _, people in gazetteer.cities() if people >= _BIG)


def _after_given_name(doc: Doc, text: str) -> bool:
    """The word written somewhere after a given name or another word of a name ("Rosa Houston", "Geddel
    Vieira Lima", "Luiz da Lima"), as a surname."""
    return any(_name_word(doc[i - 1]) for i, word in enumerate(token_texts(doc)) if word == text and i > 0)


def _name_word(t: Token) -> bool:
    # a census given name that is also a function word ("In", "So", "An") opening a sentence is that word
    given = t.lower_ in given_names() and t.is_title and not (t.is_stop and t.pos_ != "PROPN")
    if given or t.lower_ in _PARTICLES:
        return True
    return t.is_title and t.is_alpha and t.pos_ == "PROPN" and not t.is_sent_start and not _titled(t) \
        and t.ent_type_ not in {"PLACE", "COUNTRY", "GPE", "LOC", "NORP", "ORG", "FAC"} \
        and t.text not in gazetteer.demonyms()


def _of_location(span: Span) -> bool:
    """"the oil port of Ras Lanuf", "the village of X": after "of" and a noun WordNet files under locations
    or a place noun (a building, a town, a village, a street)."""
    doc, i = span.doc, span.start
    if not (i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].is_lower):
        return False
    return common_nouns().get(doc[i - 2].lower_) == _LOCATION_NOUNS or doc[i - 2].lower_ in PLACE_NOUNS


def _place_named(span: Span) -> bool:
    """"the Al Nour hotel", "the Vila Nova neighborhood" (a place noun right after the name), "Rue Royale",
    "Qasr Al Hosn" (a street's or palace's opening word), "Elmwood Road", "Vostok Station" (a street's or
    station's closing word, the name not opening with a given name)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and after.lower_ in PLACE_NOUNS:
        return True
    if after is not None and span[0].lower_ not in given_names() and _place_noun_after(after):
        return True  # "the Kisumu port", "the Lohn country residence"
    if len(span) < 2:
        return False
    return span[0].text in _PLACE_LEADS or span[-1].text in _PLACE_TAILS_ALWAYS or (
        span[-1].text in _PLACE_TAILS and span[0].lower_ not in given_names())


def _place_noun_after(t: Token) -> bool:
    """A lower-case place noun at T, or at the head of the compound T opens ("country residence")."""
    while t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == t.i + 1:
        t = t.head
    return t.is_lower and t.pos_ == "NOUN" and (t.lower_ in _PLACE_NOUNS_AFTER or t.lower_ in PLACE_NOUNS)


def _beside_city(span: Span, at: tuple[dict[int, Span], dict[int, Span]]) -> bool:
    """"flights between Dayton and Fresno", "Leeds or Sheffield": a name joined by "and"/"or" to a city the
    gazetteer counts among the big ones (people are joined to people, not to cities). AT: the document's
    entities by the token each opens and by the one each closes (made once, not a scan per name)."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"} and _city_at(doc, span.end + 1, at[0])
    before = span.start > 1 and doc[span.start - 1].lower_ in {"and", "or"} and _city_at(doc, span.start - 2, at[1])
    return after or before


def _city_at(doc: Doc, i: int, ents_at: dict[int, Span]) -> bool:
    """A big city's name opens (or closes: by the index given) at token i."""
    e = ents_at.get(i)
    if e is not None:
        return e.text in _big_cities() and e.label_ in {"PERSON", "PLACE", "GPE", "LOC"}
    return doc[i].text in _big_cities()


def _in_place(span: Span) -> bool:
    """"in Edinburgh", "at Tucson": a preposition of where one is (one writes or speaks "to" a person)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _WHERE


def _titled(t: Token) -> bool:
    return t.text in HONORIFICS or t.lower_ in TITLE_HEADS


def _majority_labels(doc: Doc) -> None:
    """One label per name in a document: the label the model gave it most often (a word of a
    multi-word person name is left to the person rules)."""
    surnames = {t.text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    votes: dict[str, Counter[str]] = {}
    for ent in doc_ents(doc):
        if ent.label_ in {"PERSON", "ORG"} and ent.text not in surnames:
            votes.setdefault(ent.text, Counter())[ent.label_] += 1
    winners = {text: c.most_common(1)[0][0] for text, c in votes.items()
               if len(c) > 1 and c.most_common(1)[0][1] > min(c.values())}
    if winners:
        assign_doc_ents(doc, [_relabel(e, winners[e.text]) if e.text in winners else e for e in doc_ents(doc)])


def strip_honorifics(span: Span) -> Span:
    """"President Donald Trump" -> "Donald Trump"; "Mr. Trump's" -> "Trump"; "MEP Ana Roe" -> "Ana Roe"."""
    span = core(span)
    start = span.start
    while start < span.end - 1 and (span.doc[start].text in HONORIFICS or span.doc[start].text in TITLE_ACRONYMS):
        start += 1
    return Span(span.doc, start, span.end, label=span.label_, kb_id=span.kb_id_)

"""OrgRepair: organization names cut, joined or typed wrong by the model in political news."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS, _relabel, _set_ents, core
from kg.nlp.components.base import TITLE_WORDS_CAPITALISED as TITLE_WORDS
from kg.nlp.components.country_tagger import is_building
from kg.nlp.components.given_names import given_names
from kg.nlp.components.org_employers import employers
from kg.nlp.components.org_extents import continued
from kg.nlp.components.org_parties import persuasion_parties
from kg.nlp.components.paired_bodies import paired_bodies
from kg.nlp.components.org_places import places_named_as_bodies
from kg.nlp.components.org_portfolios import titles_cut
from kg.nlp.components.org_names import abbreviates, bodies_of_meetings, bracketed_acronym, demonym_offices
from kg.nlp.components.org_names import disease_name, forum_body, introduced_acronyms, located_body, meeting_name
from kg.nlp.components.org_names import generic_body, gloss, office, untagged_bodies
from kg.nlp.components.org_people import person_after_body
from kg.nlp.components.org_noise import not_bodies
from kg.nlp.components.org_venues import venues_and_noise
from kg.nlp.components.wire_credits import wire_credits
from kg.nlp.components.person_evidence import noun_file
from kg.nlp.doc_text import doc_ents, doc_text, token_texts
from kg.nlp.lexicon import (
    BODY_WORDS,
    EVENT_HEADS,
    HONORIFICS,
    MEETING_HEADS,
    PLACE_HEADS,
    REGION_WORDS,
    TITLE_HEADS,
    WORK_HEADS,
    common_nouns,
    words,
)

_W = words("components/org_repair")
_NOUNS = words("entity_nouns")
GROUP_NOUNS = frozenset(_W["group_nouns"])
PLACE_NOUNS = frozenset(_NOUNS["place_nouns"])
RELIGIONS = frozenset(_NOUNS["religions"])
STANCE_PREFIXES = frozenset(_W["stance_prefixes"])
OBSERVANCE_HEADS = frozenset(_W["observance_heads"])
RESIDENT_NOUNS = frozenset(_W["resident_nouns"])
SITE_NOUNS = frozenset(_W["site_nouns"])
DOMAIN_ENDINGS = tuple(_W["domain_endings"])
NAME_JOINERS = frozenset(_W["name_joiners"])
PAIRED_BODY_JOINERS = frozenset(_W["paired_body_joiners"])
_CODE_IN_TEXT = re.compile(r"\b[A-Z]{1,3}\d{1,3}\b")  # "G7", "G20", "M23"
_NAMED = {"ORG", "PERSON", "PLACE", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "GPE", "LOC"}


class OrgRepair:
    """Constructions of names of bodies in political news.

    - "Communist Party of Nepal (Maoist)": a qualifier in brackets after a party's name is part of it
      (an acronym or a place in brackets is not);
    - "the US-ASEAN summit": a country joined to a name by a hyphen is the country and the other name;
    - "M23 militants", "the G7 Meeting": a letters-and-digits code before a group noun is a body;
    - "Air China": a capitalised common noun before a country's name makes a body's name;
    - "the Islamic State of Iraq" + "and the Levant", "Mobile Unit" + "Three": the name goes on (org_extents.py);
    - "a Pacific power", "Islam's holiest city", "the al-Aqsa mosque", "the temple of Preah Vihear": a
      region, a religion and a name beside a building or town noun are no organizations; a name in capitals
      opening a line before a comma is a dateline's place; "a resident of Evansville": a place;
    - "pro-Beijing", "Pan-democrat Lam Cheuk-ting": a stance is no name, the name after it is one;
    - "the Newsmax / Zogby poll": two bodies; "National Magic Month": an observance, an event; "the
      Scientology.org site": a website, no body;
    - "Frederick Fung of ADPL": an untagged acronym after a person and "of" is the person's body.
    """

    def __call__(self, doc: Doc) -> Doc:
        spans = self.match(doc)
        if spans != list(doc_ents(doc)):  # most articles: nothing to change, no second pass over the names
            _set_ents(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        codes = _codes(doc)
        coded = {s.start for s in codes}
        out: list[Span] = []
        for ent in doc_ents(doc):
            if coded & set(range(ent.start, ent.end)):
                continue
            name = _without_stance(ent)
            parts = None if name is None else bracketed_acronym(name) or meeting_name(name) or forum_body(name)
            if parts is not None:
                out.extend(parts)
            elif name is not None:
                out.extend(_country_joined(name) or _slashed(name) or _person_of_body(name) or person_after_body(name)
                           or [_noun_and_country(name)
                               or _retyped(generic_body(disease_name(located_body(continued(_qualified(name))))))])
        out = persuasion_parties(paired_bodies(doc, [s for s in out if s.label_ != "DROP"]))  # "the Greens"
        out = untagged_bodies(doc, demonym_offices(doc, bodies_of_meetings(doc, out)))
        named = venues_and_noise(out + codes + _joined_meetings(doc) + _affiliation_acronyms(doc) + introduced_acronyms(out))
        return titles_cut(places_named_as_bodies(employers(not_bodies(doc, wire_credits(doc, named)))))


def _slashed(ent: Span) -> list[Span]:
    """"the latest Newsmax / Zogby poll", "an ABC / Ipsos survey": two bodies joined by a slash are two."""
    if ent.label_ != "ORG" or "/" not in [t.text for t in ent]:
        return []
    c = core(ent)
    parts, start = [], c.start
    for t in c:
        if t.text == "/":
            parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, c.end))
    doc = ent.doc
    # each part a name of its own, not "Educational / Counseling Psychology" (a field's common noun)
    if any(e <= s or not doc[s].text[:1].isupper() or noun_file(doc[e - 1].text)[0] for s, e in parts):
        return []
    return [Span(doc, s, e, label="PLACE" if is_building(doc[s:e]) else "ORG") for s, e in parts]


def _person_of_body(ent: Span) -> list[Span]:
    """"Mario Lucero and Isabel Ruiz of Heaven Sent Gaming", the second taken as one title or body: a given
    name (initials and a surname after it), listed with a person, before "of" and a name no gazetteer knows
    as a place are a person and the person's body."""
    if ent.label_ not in {"ORG", "WORK_OF_ART", "PERSON", "PRODUCT", "EVENT"}:
        return []
    c = core(ent)
    of = next((t.i for t in c if t.lower_ == "of"), None)
    if of is None or not 2 <= of - c.start <= 4 or of + 1 >= c.end or c[0].lower_ not in given_names():
        return []
    person, body = ent.doc[c.start:of], ent.doc[of + 1:c.end]
    if not all(t.is_title or (t.text.endswith(".") and len(t.text) == 2) for t in person):
        return []
    last = person[-1].text
    heads = BODY_WORDS | PLACE_HEADS | EVENT_HEADS | MEETING_HEADS | WORK_HEADS
    if noun_file(last)[0] not in {None, "person"} or last in heads or last.rstrip("s") in heads:
        return []  # "the Winter Carnival of Magic", "the Royal Courts of Justice": a thing's noun, no surname
    if not all(t.is_title or t.is_upper or t.lower_ in NAME_JOINERS for t in body) or not body[0].is_title:
        return []
    if gazetteer.known_place(body.text) or body.text in gazetteer.country_names() or person[-1].text in TITLE_WORDS:
        return []
    # a person the sentence shows: listed with a person ("Mario Lucero and Isabel Ruiz of ..."), or the
    # model's own person; "the Royal Courts of Justice" is neither
    if ent.label_ != "PERSON" and not any(t.ent_type_ == "PERSON" for t in person.root.conjuncts):
        return []
    return [Span(ent.doc, person.start, person.end, label="PERSON"), Span(ent.doc, body.start, body.end, label="ORG")]


def _without_stance(ent: Span) -> Span | None:
    """"pro-Beijing", "Pan-democrat": a stance or a camp is no entity (None); "Pro-Beijing DAB's Starry Lee",
    "Pan-democrat Lam Cheuk-ting": the name after it is one ("DAB" a body's acronym)."""
    doc = ent.doc
    if ent.start > 1 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in STANCE_PREFIXES:
        return None  # "pro-" left out of the name: "Beijing" of "pro-Beijing" is no mention of it
    if len(ent) < 3 or ent[0].lower_ not in STANCE_PREFIXES or ent[1].text != "-":
        return ent
    if len(ent) == 3 or not ent[3].text[:1].isupper():
        return None
    rest = core(ent[3:])  # "DAB" of "Pro-Beijing DAB's"
    label = ent.label_
    if rest.text.isupper():
        label = "ORG"  # "DAB" of "Pro-Beijing DAB's"
    elif (ent.label_ in {"ORG", "PERSON"} and len(rest) >= 2 and not gazetteer.known_place(rest.text)
          and all(t.is_title or t.text == "-" or t.is_lower and t.i > rest.start and doc[t.i - 1].text == "-" for t in rest)
          and not any(t.text in BODY_WORDS or t.lower_ in COMPANY_WORDS for t in rest)):
        label = "PERSON"  # "Lam Cheuk-ting" of "Pan-democrat Lam Cheuk-ting"
    return Span(doc, rest.start, rest.end, label=label, kb_id=ent.kb_id_)


def _affiliation_acronyms(doc: Doc) -> list[Span]:
    """"Frederick Fung of ADPL", "Leung Kwok-hung of LSD": an acronym the model left untagged after a
    person and "of" or "from" (the) is the person's party or body (a country's code is none)."""
    found = []
    for ent in doc_ents(doc):
        i = ent.end + 1
        if ent.label_ != "PERSON" or i >= len(doc) or doc[ent.end].lower_ not in {"of", "from"}:
            continue
        if doc[i].lower_ == "the":
            i += 1
        t = doc[i] if i < len(doc) else None
        if (t is not None and not t.ent_type_ and t.is_alpha and t.is_upper and 2 <= len(t.text) <= 6
                and t.text not in gazetteer.country_names()):
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def _noun_and_country(ent: Span) -> Span | None:
    """"Air China", "Radio Kenya", "Team Norway": a common noun with a capital, inside a sentence and
    of no name of its own, before a country's name makes one name, a body's (WordNet's nouns only in
    lower case, not a place or a person noun: "Mainland China" and "Baker Ireland" stay apart)."""
    doc, i = ent.doc, ent.start - 1
    if ent.label_ != "COUNTRY" or i < 1 or doc[i].ent_type_ or doc[i].is_sent_start or not doc[i].is_title:
        return None
    kind = common_nouns().get(doc[i].lower_)
    if kind is None or kind in _NOT_BODY_NOUNS:
        return None
    return Span(doc, i, ent.end, label="ORG")


# WordNet lexicographer files of nouns that name no body before a country ("Mainland China")
_NOT_BODY_NOUNS = frozenset(_W["not_body_lexfiles"])


def _qualified(ent: Span) -> Span:
    """"Communist Party of Nepal (" + "Maoist" + ")" -> one name; a dangling "(" is cut off."""
    if ent.label_ != "ORG":
        return ent
    doc = ent.doc
    end = ent.end - 1 if ent[-1].text == "(" and len(ent) > 1 else ent.end
    opened = [t.i for t in ent[1:] if t.text == "("]
    if opened and ")" not in ent.text and end < len(doc) and doc[end].text == ")":
        end = opened[-1]  # "Communist Party of Peru (Red Flag" + ")"
    close = next((t.i for t in doc[end + 1:end + 7] if t.text == ")"), None) if end < len(doc) and doc[end].text == "(" else None
    if close is not None and close > end + 1:
        inner = doc[end + 1:close]
        words = [t for t in inner if t.text != "-"]
        known = gazetteer.known_place(inner.text) or inner.text in gazetteer.country_names()
        # a qualifier is no name of its own: "WASHINGTON (Reuters) -" is a dateline and an agency
        dateline = close + 1 < len(doc) and doc[close + 1].text in {"-", "–", "—", "--"}
        if (all(t.is_alpha and t.is_title and (t.ent_type_ in {"", "NORP"} or t.i < ent.end) for t in words) and not known
                and not dateline and not any(t.text in doc[ent.start:end].text.split() for t in words)
                and not (len(words) == 1 and (abbreviates(words[0].text, doc[ent.start:end]) or gloss(words[0], doc[ent.start:end])))
                and not office(doc[ent.start:end])
                and (len(ent) > 1 and not ent.text.isupper() or _qualifies_longer(doc, ent, inner.text))):
            return Span(doc, ent.start, close + 1, label="ORG")
    return Span(doc, ent.start, end, label="ORG") if end < ent.end else ent


def _qualifies_longer(doc: Doc, ent: Span, qualifier: str) -> bool:
    """"CPN (Maoist)" beside "Communist Party of Nepal (Maoist)": a short form takes its qualifier only when
    a longer name of the document has the same one."""
    n = len(qualifier.split())
    for e in doc_ents(doc):
        # the model may take the bracket in, with or without the qualifier
        bracket = next((t.i for t in e[1:] if t.text == "("), e.end)
        if (e.label_ == "ORG" and bracket - e.start > len(ent) + 1 and bracket + n < len(doc)
                and doc[bracket].text == "(" and doc[bracket + 1:bracket + 1 + n].text == qualifier):
            return True
    return False


def _country_joined(ent: Span) -> list[Span]:
    """"US-ASEAN" -> the United States + ASEAN; "U.S.-Africa Leaders Summit" -> the United States + an event."""
    if ent.label_ not in {"ORG", "FAC", "EVENT", "PRODUCT", "PERSON", "PLACE"}:
        return []
    doc, c = ent.doc, core(ent)
    if ent.label_ == "PLACE" and (c[-1].text in PLACE_HEADS or "-" not in [t.text for t in c]):
        return []  # a building's name, or no hyphen at all: nothing to split
    names = gazetteer.country_names()
    for t in c[1:-1]:
        if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            iso3 = names.get(doc[c.start:t.i].text)
            rest = doc[t.i + 1:c.end]
            if iso3 and rest[0].text[:1].isupper():
                if ent.label_ in {"ORG", "FAC", "PLACE"} and _paired_body(rest):
                    return [_relabel(c, "ORG")]  # "the Canada-Africa Parliamentary Association": one body
                if ent.label_ == "PLACE":
                    return []
                if len(rest) > 1 and rest[-1].text in MEETING_HEADS | EVENT_HEADS:
                    rest = rest[:-1] if len(rest) == 2 and rest[0].text.isupper() else rest
                    label = "ORG" if len(rest) == 1 else "EVENT"
                else:
                    label = "ORG" if ent.label_ == "ORG" else ent.label_
                return [Span(doc, c.start, t.i, label="COUNTRY", kb_id=iso3), Span(doc, rest.start, rest.end, label=label)]
            return []
    return []


def _paired_body(rest: Span) -> bool:
    """The words after "Canada-" name a second place and then a body of the two ("Africa Parliamentary
    Association", "New Zealand Joint Ministerial Commission", "Moldova Commission for European Integration"), not
    a body of its own ("ASEAN")."""
    for n in (1, 2, 3):
        if n < len(rest) and (rest[:n].text in gazetteer.country_names() or gazetteer.known_place(rest[:n].text)
                              or rest[:n].text in REGION_WORDS):
            return all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS | PAIRED_BODY_JOINERS for t in rest[n:])
    return False


def _joined_meetings(doc: Doc) -> list[Span]:
    """"the U.S.-Africa Leaders Summit" (the country a token of its own, the rest untagged): the words
    after the hyphen up to a meeting's head name an event, not a body."""
    found: list[Span] = []
    if "-" not in doc_text(doc):
        return found
    for t in (doc[i] for i, text in enumerate(token_texts(doc)[1:-2], 1) if text == "-"):  # a Token at hyphens only
        if t.whitespace_ or doc[t.i - 1].ent_type_ != "COUNTRY" or doc[t.i + 1].ent_type_:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and doc[end].is_title and not doc[end].ent_type_:
            end += 1
            if doc[end - 1].text in MEETING_HEADS | EVENT_HEADS:
                found.append(Span(doc, t.i + 1, end, label="EVENT"))
                break
    return found


def _retyped(ent: Span) -> Span:
    """Regions, religions and names beside a building or town noun: no organization."""
    if ent.label_ not in {"ORG", "PERSON", "PLACE"}:
        return ent
    c = core(ent)
    if c.text in RELIGIONS:
        return _relabel(c, "DROP")
    if _dateline(c):
        return _relabel(c, "PLACE")  # "JOINT BASE ANDREWS, Md., April 1 -"
    if ent.label_ != "ORG":
        return ent
    if len(c) == 1 and (c.text.lower() in TITLE_HEADS or c.text in HONORIFICS):
        return _relabel(c, "DROP")  # "the Taoiseach", "H.E.": a lone title the model took for a body
    if _website(c):
        return _relabel(c, "PRODUCT")  # "the Scientology.org site": a website, no body
    if len(c) > 1 and c[-1].text in OBSERVANCE_HEADS:
        return _relabel(c, "EVENT")  # "National Magic Month", "Earth Day": an observance
    if all(t.text in REGION_WORDS or t.text == "-" for t in c):
        return _relabel(c, "PLACE")  # "a Pacific power"
    doc = ent.doc
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in PLACE_NOUNS and after.pos_ == "NOUN":
        return _relabel(c, "PLACE")  # "the al-Aqsa mosque"
    before = doc[c.start - 2:c.start] if c.start >= 2 else None
    if (before is not None and before[1].lower_ == "of" and before[0].lower_ in PLACE_NOUNS | RESIDENT_NOUNS
            and c[-1].text not in BODY_WORDS and c[-1].lower_ not in COMPANY_WORDS):
        return _relabel(c, "PLACE")  # "the temple of Preah Vihear", "a resident of Evansville"
    return ent


def _website(c: Span) -> bool:
    """A domain name beside a site noun: "the Scientology.org site", "a website Acme.com", "sites such as
    Gawker.com"."""
    if len(c) != 1 or not c.text.lower().endswith(DOMAIN_ENDINGS):
        return False
    doc = c.doc
    near = [doc[i] for i in (c.start - 1, c.start - 3, c.end) if 0 <= i < len(doc)]
    return any(t.lower_ in SITE_NOUNS for t in near)


def _dateline(span: Span) -> bool:
    """A name in capitals opening a line and followed by a comma is a dateline's place, not a person or body."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text
    # one word alone only before a date or a place ("VIENTIANE, Sept 8 -"), not "NATO, the alliance"
    told = len(span) > 1 or span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ in {"DATE", "COUNTRY", "PLACE", "GPE"}
    return (opens and told and span.end < len(doc) and doc[span.end].text == ","
            and all(t.text.isupper() for t in span if t.is_alpha))


def _codes(doc: Doc) -> list[Span]:
    """"M23 militants", "the G7 summit", "G20 leaders": a code of letters and digits (tagged as anything or
    untagged) before a group noun names a body; its meeting ("the G7 Meeting") is no body."""
    # most articles have no code at all: one search of the text instead of a look at every token
    texts = {m.group() for m in _CODE_IN_TEXT.finditer(doc_text(doc))}
    if not texts:
        return []
    found = []
    at = [t for t in doc if t.text in texts]
    for t in at:
        if t.i + 1 < len(doc) and doc[t.i + 1].text in GROUP_NOUNS:
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    codes = {s.text for s in found}
    starts = {s.start for s in found}
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in at if t.text in codes and t.i not in starts] + found

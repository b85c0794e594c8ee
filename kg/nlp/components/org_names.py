"""Where the names of bodies begin and end, beside OrgRepair's constructions.

- "the Department of Foreign Relations (Dofr)", "the Authority on Trade (Iat)": a short form in brackets
  whose letters the name's capitalised words begin, in order, is an acronym of the name, no qualifier
  ("Communist Party of Nepal (Maoist)" keeps its qualifier): two names of one body; left untagged by the
  model, it is tagged there and in its other mentions ("Dofr spokesperson Name said");
- "the Eighth Ministerial Meeting", "the High-Level Week of the 77th", "the Summit of the Americas", "the
  Plenary Assembly of the Council for Culture": a meeting's name is no body's, and a body named after its
  "of" is one ("Council for Culture");
- "the Mercosur summit", "Asean meetings", "the ASEAN-India Commemorative Summit", "the ASEAN-EU summit": a
  name before a meeting's noun, no country nor place the gazetteer knows, is a body (each side of a hyphen
  a body or a country); "a Group of 20 meeting", "the Group of Seven": a numbered group is a body;
- "joined the Soviet Foreign Ministry": a people's word before capitalised words the model left untagged that
  end in an office's head is one body's name; "the Foreign Ministry (Cancillería)": a bracket after an office's
  name glosses it, no qualifier of the name;
- "the Presidency said", "the DA's spokesperson", "a post on Twitter", "writing on Facebook": a word the model
  left untagged is a body when it speaks after "the" (a capitalised noun no title nor person's), owns a
  spokesperson (an acronym) or is the site a post is on;
- "the St. Petersburg International Economic Forum": a forum the model took for an event is a body, unless
  the text counts or dates it ("the 2019 Forum", "the annual Build Forum").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.data import speech_verbs
from kg.nlp.components.base import listing
from kg.nlp.components.org_venues import DETERMINERS, STAFF_NOUNS
from kg.nlp.components.title_filter import BODIES
from kg.nlp.lemmas import english_word, known_adjective, lemma
from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import BODY_WORDS, MEETING_HEADS, PAIR_EVENT_NOUNS, REGION_WORDS, TITLE_HEADS, common_nouns, words

_W = words("components/org_repair")
MEETING_WORDS = frozenset(_W["meeting_words"])
SUMMIT_HEADS = frozenset(_W["summit_heads"])
NUMBERED_GROUPS = frozenset(_W["numbered_groups"])
OFFICE_HEADS = frozenset(_W["office_heads"])
FORUM_HEADS = frozenset(_W["forum_heads"])
PLATFORM_HEADS = frozenset(_W["platform_heads"])
_LABELS = {"ORG", "PLACE", "NORP", "GPE", "LOC", "EVENT", "FAC", "PRODUCT"}
ACRONYM_GROUP_NOUNS = frozenset(_W["acronym_group_nouns"])
TITLE_ACRONYMS = frozenset(_W["title_acronyms"])
COMMON_ACRONYMS = frozenset(_W["common_acronyms"])
_ROMAN = re.compile(r"[IVXLCM]+")
_RETAGGED = {"PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "NORP", "LAW"}  # what the model may call an acronym alone


def bracketed_acronym(ent: Span) -> list[Span]:
    """"Name (Acronym)" tagged as one body: the name and the acronym, apart (empty when no such shape)."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3:
        return []
    if ent[-1].text == ")" and len(ent) >= 4 and ent[-3].text == "(":
        short, name = ent[-2], ent[:-3]
    elif ent[-2].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":  # the model left ")" out
        short, name = ent[-1], ent[:-2]
    else:
        return []
    if not (short.is_alpha and short.text[:1].isupper()) or not (abbreviates(short.text, name) or gloss(short, name)):
        return []
    return [Span(doc, name.start, name.end, label="ORG"), Span(doc, short.i, short.i + 1, label="ORG")]


def gloss(short: Token, name: Span) -> bool:
    """"Japan Business Federation (Keidanren)", "Coordination of Civil Democratic Forces (Taqaddum)": one word in
    brackets after a body's name of two words or more that is no English word nor place is the body's name in its
    own language or its short form, no qualifier ("Communist Party of Nepal (Maoist)", "Janata Dal (Secular)"), nor
    the exchange that lists a company ("Tencent Holdings (HKEX)")."""
    return (len(name) >= 2 and not listing(short.text, name.text) and short.is_alpha and short.text[:1].isupper() and not english_word(short)
            and not gazetteer.known_place(short.text) and short.text not in gazetteer.demonyms())


def abbreviates(short: str, name: Span) -> bool:
    """Every capitalised word of the name gives its initial to the short form, in order, which may take
    more letters of the words ("Igad": Intergovernmental Authority on Development)."""
    initials = [t.text[0].upper() for t in name if t.text[:1].isupper()]
    letters = iter(short.upper())
    return len(initials) >= 2 and short[0].upper() == initials[0] and all(i in letters for i in initials)


def introduced_acronyms(spans: list[Span]) -> list[Span]:
    """"the Department of Coastal Affairs (Dca) ... Dca spokesperson said": an acronym of a body's name in
    brackets right after it, which the model left untagged, is the body's, and so is each of its other
    untagged mentions."""
    found: list[Span] = []
    for s in spans:
        doc = s.doc
        if s.label_ != "ORG" or s.end + 2 >= len(doc) or doc[s.end].text != "(" or doc[s.end + 2].text != ")":
            continue
        short = doc[s.end + 1]
        if short.is_alpha and short.text[:1].isupper() and not short.ent_type_ and (abbreviates(short.text, s)
                                                                                     or gloss(short, s)):
            found.append(Span(doc, short.i, short.i + 1, label="ORG"))
    if not found:
        return found
    doc = found[0].doc
    names = {f.text for f in found}
    taken = {f.start for f in found}
    found += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
              if t.text in names and not t.ent_type_ and t.i not in taken]
    return found


def meeting_name(ent: Span) -> list[Span] | None:
    """A body's name taken for a meeting's: the meeting (an event) and the body named after its "of"; None
    when the name is no meeting's."""
    if ent.label_ != "ORG":
        return None
    words_ = [t.text for t in ent]
    of = words_.index("of") if "of" in words_ else len(words_)
    head = words_[:of]
    if of < len(words_) and words_[-1] in MEETING_WORDS and (parts := _body_of_meeting(ent)):
        return parts  # "the Caribbean Community Heads of Government Meeting": the body before the holders
    if not (any(w in MEETING_WORDS for w in head) or head and head[-1] in SUMMIT_HEADS):  # "Arab Summit"
        return None
    if any(t.tag_ == "POS" for t in ent[:of]):
        return None  # "the G4 Foreign Ministers' Meeting": the holders' meeting, whose body OrgVenues finds
    doc = ent.doc
    if of == len(words_) and words_[-1] in SUMMIT_HEADS:
        body = [t for t in ent[:-1] if t.lower_ != "the"]
        if body and all(t.is_upper or t.text[:1].isupper() and any(c.isdigit() for c in t.text) for t in body):
            return [Span(doc, body[0].i, body[-1].i + 1, label="ORG")]  # "the ASEAN Summit": the body's meeting
    start = ent.start + of + 1
    if start < ent.end and doc[start].lower_ == "the":
        start += 1
    rest = doc[start:ent.end]
    if len(rest) and rest[0].text[:1].isupper() and any(t.text in BODY_WORDS for t in rest):
        return [Span(doc, ent.start, ent.start + of, label="EVENT"), Span(doc, rest.start, rest.end, label="ORG")]
    return (of == len(words_) and _body_of_meeting(ent)) or [Span(doc, ent.start, ent.end, label="EVENT")]


def bodies_of_meetings(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the bodies that name a meeting found ("the Mercosur summit", "the ASEAN-EU summit") and
    the numbered groups ("Group of 20") added."""
    out: list[Span] = []
    for s in spans:
        parts = _meeting_sides(s) if s.label_ in _LABELS else None
        out.extend(parts if parts is not None else [s])
    # the words are tested on their texts: a Token is made only where a group's name stands
    for t in (doc[i] for i, text in enumerate(token_texts(doc)[:-2]) if text in NUMBERED_GROUPS):
        if doc[t.i + 1].lower_ == "of" and doc[t.i + 2].like_num:
            inside = [s for s in out if s.start < t.i + 3 and t.i < s.end]
            if all(t.i <= s.start and s.end <= t.i + 3 for s in inside):  # not part of a longer name
                out = [s for s in out if s not in inside] + [Span(doc, t.i, t.i + 3, label="ORG")]
    return _acronyms_before_groups(doc, out)


def _acronyms_before_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the CELAC summit", "an OPEC+ ministerial meeting", "the G7 health ministers", "the 41st ASEAN Summits": an
    acronym the model left untagged (or tagged alone as a product's, an event's), no country's, place's, people's
    nor a post's, before at most two lower-case words and a noun of a body's meetings or members names a body."""
    first = {s.start: s for s in spans if s.end == s.start + 1}
    covered = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for t in doc[:-1]:
        alone = first.get(t.i)
        if t.i in covered and (alone is None or alone.label_ not in _RETAGGED) or not _acronym(t):
            continue
        k = t.i + 1
        while k < len(doc) and k - t.i <= 2 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} \
                and doc[k].lower_ not in ACRONYM_GROUP_NOUNS:
            k += 1  # "the G7 health ministers"
        if k < len(doc) and doc[k].lower_ in ACRONYM_GROUP_NOUNS and not doc[k].is_upper:  # no headline in capitals
            found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    starts = {s.start for s in found}
    return [s for s in spans if not (s.start in starts and s.end == s.start + 1)] + found if found else spans


def _acronym(t: Token) -> bool:
    """Capitals, perhaps with digits or a closing "+" ("CELAC", "G7", "OPEC+"), not within a longer name, no
    country's, place's, people's, post's ("PM"), common word's ("HIV", "NGO") nor a number's ("XI")."""
    text = t.text[:-1] if t.text.endswith("+") else t.text
    if not (2 <= len(text) <= 6 and text.isupper() and text.isalnum() and text[0].isalpha()) or _ROMAN.fullmatch(text):
        return False
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and not t.is_sent_start and before.pos_ == "PROPN" and before.text[:1].isupper():
        return False  # "the Mercosur CMC meeting": part of a name
    return not (text in TITLE_ACRONYMS or text in COMMON_ACRONYMS or text in gazetteer.country_names()
                or text in gazetteer.demonyms()
                or gazetteer.known_place(text))


def _meeting_sides(s: Span) -> list[Span] | None:
    doc = s.doc
    k = s.end
    while k < len(doc) and k - s.end < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1  # "the ASEAN-EU commemorative summit"
    after = doc[k] if k < len(doc) else None
    words_ = [t for t in s if t.text not in {"the", "The"}]
    if not words_:
        return None
    last = words_[-1]
    meeting_next = after is not None and after.lower_ in PAIR_EVENT_NOUNS
    named_meeting = last.lower_ in PAIR_EVENT_NOUNS and last.text in MEETING_HEADS  # "... Commemorative Summit"
    if not (meeting_next or named_meeting):
        return None
    first = words_[0]
    dash = first.i + 1 if first.i + 2 < s.end and doc[first.i + 1].text == "-" and not first.whitespace_ else None
    names = gazetteer.country_names()
    if dash is not None:  # "ASEAN-India ...", "ASEAN-EU": an acronym's body, and a country or another body
        other = doc[dash + 1]
        if not (first.is_upper and first.is_alpha and first.text not in names and other.text[:1].isupper()):
            return None
        second = (Span(doc, other.i, other.i + 1, label="COUNTRY", kb_id=names[other.text]) if other.text in names
                  else Span(doc, other.i, other.i + 1, label="ORG") if other.is_upper and other.is_alpha else None)
        return [Span(doc, first.i, first.i + 1, label="ORG")] + ([second] if second is not None else [])
    if not meeting_next or len(words_) != 1 or s.label_ == "ORG":
        return None
    word = words_[0]  # "the Mercosur summit", "Asean meetings": one word, no country nor known place
    # a proper noun, or an adjective the lexicon does not know ("Asean", not "Korean" or "Nordic")
    proper = word.tag_ == "NNP" or word.tag_ == "JJ" and not known_adjective(word.text) and word.text not in REGION_WORDS
    if (not word.is_alpha or not word.text[:1].isupper() or not proper or word.text in names or s.kb_id_
            or word.text in gazetteer.demonyms() or gazetteer.known_place(word.text)):
        return None
    return [Span(doc, word.i, word.i + 1, label="ORG")]


def office(name: Span) -> bool:
    """A name ending in an office's head ("Foreign Ministry"), which takes no qualifier in brackets."""
    return len(name) > 0 and name[-1].text in OFFICE_HEADS


def demonym_offices(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with "[Demonym] Foreign Ministry" (or "[Demonym]-[Demonym] ...") made one body where the model
    tagged the demonyms only (not a conference: on other outlets' texts it made a body of no gold's)."""
    out: list[Span] = []
    covered = -1
    for s in spans:
        if s.start < covered:
            continue  # the second people's word of "British-Irish", taken in the name
        end = s.end
        if s.label_ == "NORP" and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].ent_type_ == "NORP":
            end += 2  # "the Anglo-Irish Joint Ministry"
        words_end = end
        while end < len(doc) and end - words_end < 4 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
        if s.label_ == "NORP" and end > words_end and doc[end - 1].text in OFFICE_HEADS:
            s, covered = Span(doc, s.start, end, label="ORG"), end
        out.append(s)
    return out


def untagged_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the bodies the model left untagged that speak, own a spokesperson or host a post."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    capitalised = (doc[i] for i, text in enumerate(token_texts(doc)) if text[:1].isupper() and i not in taken)
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in capitalised if t.is_alpha and not t.is_sent_start
             and (_speaks_after_the(t) or _owns_staff(t) or _site_of_post(t))]
    return spans + found if found else spans


def _speaks_after_the(t: Token) -> bool:
    """"the Presidency said": a capitalised common noun, no title's nor a person's word, after "the"."""
    low = t.lower_
    return (t.i > 0 and t.doc[t.i - 1].lower_ == "the" and t.dep_ == "nsubj" and t.head.pos_ == "VERB"
            and lemma(t.head).lower() in speech_verbs()[0] and common_nouns().get(low, "person") != "person" and low not in TITLE_HEADS and t.text not in BODY_WORDS)


def _owns_staff(t: Token) -> bool:
    """"The DA's spokesperson": an acronym, no country's, before (its possessive and) a staff noun; not a
    function word of a line in capitals ("ON THE OFFICIAL VISIT OF ...": the staff noun in capitals too)."""
    doc = t.doc
    j = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS")
    return (t.is_upper and 2 <= len(t.text) <= 6 and j < len(doc) and doc[j].lower_ in STAFF_NOUNS
            and not doc[j].is_upper and not t.is_stop and t.text not in gazetteer.country_names())


def _site_of_post(t: Token) -> bool:
    """"a post on Twitter", "writing on Facebook": a name after "on" that a post or writing hangs on."""
    doc = t.doc
    on = doc[t.i - 1]
    if on.lower_ != "on" or t.dep_ != "pobj" or len(t.text) < 3 or gazetteer.known_place(t.text):
        return False
    head = on.head
    return head.lower_ in PLATFORM_HEADS or head.pos_ == "VERB" and lemma(head).lower() in PLATFORM_HEADS


def forum_body(ent: Span) -> list[Span] | None:
    """A forum's name tagged as an event: the body (None for any other name)."""
    if ent.label_ == "EVENT" and len(ent) > 2 and ent[-1].text in MEETING_WORDS | SUMMIT_HEADS:
        return _body_of_meeting(ent)
    if ent.label_ != "EVENT" or ent[-1].text not in FORUM_HEADS or len(ent) < 2:
        return None
    doc = ent.doc
    i = ent.start
    while i < ent.end and doc[i].lower_ in DETERMINERS:
        i += 1
    j = i - 1  # the word right before the name, past a determiner
    while j >= 0 and doc[j].lower_ in DETERMINERS:
        j -= 1
    t = doc[j] if j >= 0 else None
    if t is not None and (t.like_num or t.ent_type_ in {"ORDINAL", "DATE", "CARDINAL"} and t.i >= ent.start - 1
                          or t.pos_ == "ADJ" and t.is_lower):
        return None  # "the annual Build Conference", "the 2019 Forum": a meeting held
    return [Span(doc, i, ent.end, label="ORG")]


def _body_of_meeting(ent: Span) -> list[Span] | None:
    """"the Pacific Islands Forum Foreign Ministers Meeting", "the Coral Reef Union Leaders' Summit": a meeting's
    name that opens with a body's (capitalised words up to a body's head, no "of" before it) names the body."""
    words_ = [t for t in ent if t.lower_ not in DETERMINERS and not t.like_num and t.ent_type_ != "ORDINAL"]
    heads = [k for k, t in enumerate(words_[:-1]) if k > 0 and t.text in BODIES | FORUM_HEADS]  # "Caribbean Community"
    if not heads or any(t.lower_ == "of" for t in words_[:heads[0]]):
        return None
    body = words_[:heads[0] + 1]
    if not all(t.text[:1].isupper() for t in body) or body[-1].i + 1 - body[0].i != len(body):
        return None
    return [Span(ent.doc, body[0].i, body[-1].i + 1, label="ORG")]


_AIMS = frozenset(_W["aim_prepositions"])
_LOCATED_HEADS = frozenset(_W["located_heads"])


def located_body(ent: Span) -> Span:
    """"the Front for Democratic Renewal in" + "Chad", "the Organization for Security and Co-operation" + "in
    Europe", "the Stabilization Mission" + "in the DRC": a body named for an aim, or a mission, goes on over
    "in" and the country or continent it serves (a city is where it meets: "a Forum for Peace in Oslo")."""
    if ent.label_ != "ORG":
        return ent
    doc = ent.doc
    base_end = ent.end - 1 if ent[-1].lower_ == "in" else ent.end
    if base_end - ent.start < 2 or base_end >= len(doc) or doc[base_end].lower_ != "in":
        return ent
    words = [t.lower_ for t in doc[ent.start:base_end]]
    if not (_AIMS & set(words[1:]) or doc[base_end - 1].text in _LOCATED_HEADS):
        return ent
    j = base_end + 1 + (base_end + 1 < len(doc) and doc[base_end + 1].lower_ == "the")
    end = next((k for k in range(min(j + 3, len(doc)), j, -1) if _served(doc[j:k].text)), None)
    return ent if end is None else Span(doc, ent.start, end, label="ORG")


def _served(name: str) -> bool:
    """A country or a continent's name, no city ("Chad", "DRC", "Europe"; not "Oslo", nor "European")."""
    return name in gazetteer.country_names() or name in REGION_WORDS and not name.endswith(("an", "ern"))


_OUTBREAKS = frozenset(_W["outbreak_nouns"])


def disease_name(ent: Span) -> Span:
    """"the COVID-19 pandemic", "the Uganda Ebola outbreak": a body's name before a noun of a disease's spread
    is the disease (dropped) and, in front of it, the country where it spreads."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].lower_ not in _OUTBREAKS:
        return ent
    for k in range(ent.end - 1, ent.start, -1):
        iso = gazetteer.country_names().get(doc[ent.start:k].text)
        if iso:
            return Span(doc, ent.start, k, label="COUNTRY", kb_id=iso)
    return Span(doc, ent.start, ent.end, label="DROP")


_GENERIC = frozenset(_W["generic_bodies"])


def generic_body(ent: Span) -> Span:
    """"the Government said", "the Government portal": a body's class noun alone names no organization."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ == "ORG" and len(words) == 1 and words[0].text in _GENERIC:
        return Span(ent.doc, ent.start, ent.end, label="DROP")
    return ent

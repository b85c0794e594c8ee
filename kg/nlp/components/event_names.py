"""Events the model took for bodies, places or people, read from the name's own words and its context.

- "the Geneva Motor Show", "at the Intel Developer Forum", "the company's annual Build Conference": a show
  or fair, or a conference or summit held, dated or someone's, is an event (is_event);
- "the Winter Carnival of Magic", "Fan Expo Canada 2016", "the Summer Paralympics": a name headed by a
  festival, tournament or games noun is an event (event_named).
The word tables are kg/data/nlp/components/event_names.toml and the lexicon's.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import gazetteer
from kg.nlp.components.base import POSSESSIVE, core
from kg.nlp.lexicon import EVENT_HEADS, MEETING_HEADS, words

_W = words("components/event_names")
EVENT_NOUNS = frozenset(words("entity_nouns")["event_nouns"])
_EVENT_TAILS = frozenset(_W["event_tails"])  # possessive and closing marks after a name's head
_ONE_WORD_EVENTS = frozenset(_W["one_word_events"])
_EVENT_CUES = frozenset(_W["event_cues"])

# "the High-Level Dialogue", "the Six-Party Talks": dialogues between parties are events, not bodies.
PROCESS_HEADS = frozenset(words("components/org_repair")["process_heads"])


def is_event(ent: Span) -> bool:
    """"the Geneva Motor Show", "the company's annual Build Conference", "at the Intel Developer
    Forum": a show, fair or festival is an event; a conference, convention, summit or forum is one
    when held ("at", "during"), dated ("annual", "2010", "this year's") or someone's ("the company's").
    Bodies named "... Conference" ("the Southern Christian Leadership Conference") have none of these."""
    c = core(ent)
    if len(c) >= 2 and c[-1].text in PROCESS_HEADS:
        return not any(t.lower_ in {"for", "of", "on"} for t in c)  # not "the Centre for Humanitarian Dialogue"
    if len(c) < 2 or c[-1].text not in EVENT_HEADS | MEETING_HEADS:
        return False
    if c[-1].text in EVENT_HEADS:
        return True
    doc = ent.doc
    before = doc[max(0, c.start - 4):c.start]
    if any(t.lower_ in _EVENT_CUES or t.text in POSSESSIVE or t.lower_ in {"its", "their"} or is_year(t)
           for t in before):
        return True
    j = c.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "Build Developers Conference (BDC) keynote"
    return j < len(doc) and (doc[j].lower_ in {"keynote", "at"} or is_year(doc[j]))


def event_named(ent: Span) -> bool:
    """"the Winter Carnival of Magic", "the Northern Arena Esports Championship", "Fan Expo Canada 2016",
    "the Summer Paralympics": a name headed by a festival, fair, tournament or games noun is an event
    (the head is the last word, the word before "of", or the word before a closing year or place)."""
    c = core(ent)
    words = [t for t in c if t.lower_ not in _EVENT_TAILS]
    if "of" in [t.lower_ for t in words]:
        words = words[:[t.lower_ for t in words].index("of")]
    while len(words) > 2 and (is_year(words[-1]) or gazetteer.known_place(words[-1].text)):
        words.pop()  # "Fan Expo Canada 2016"
    head = words[-1] if words else None
    return (head is not None and head.text[:1].isupper() and head.lower_ in EVENT_NOUNS
            and ent.label_ in {"ORG", "PLACE", "PERSON"} and (len(c) > 1 or head.lower_ in _ONE_WORD_EVENTS))


def is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"19", "20"}

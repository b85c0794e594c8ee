"""Purpose and lead: a meeting told as the purpose of another trigger of its clause is the same meeting ("A and B
met in Washington for a day of talks hosted by C": one meeting of the three); so is a lead's "after talks in X"
told again in the next sentence with its host ("The two leaders met ... hosted by C")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.records import _Event


def _purpose_joined(events: list[_Event]) -> list[_Event]:
    """An event told only by a "for"-noun on another event's verb, naming more sides than it, joins it."""
    out = list(events)
    for event in events:
        nouns = [m for m in event.mentions if not m.anaphoric]
        verb = _purpose_of(nouns[0].trigger) if len(nouns) == 1 else None
        host = next((e for e in out if e is not event and e.participants < event.participants
                     and any(m.trigger.i == verb.i and m.status == nouns[0].status for m in e.mentions)),
                    None) if verb is not None else None
        if host is not None:
            host.mentions.extend(event.mentions)
            host.participants |= event.participants
            out.remove(event)
    return out


def _purpose_of(noun: Token) -> Token | None:
    """The verb a noun is the purpose of: "met ... for (a day of) talks"."""
    tok, preps = noun, []
    while tok.dep_ in {"pobj", "prep"} and tok.head.i != tok.i:
        if tok.dep_ == "prep":
            preps.append(tok.lower_)
        tok = tok.head
    return tok if preps and preps[-1] == "for" and tok.pos_ == "VERB" else None


def _lead_joined(events: list[_Event]) -> list[_Event]:
    """An event told only in passing ("agreed on Sunday ... after talks in Djibouti": anaphoric, undated) joins
    the next sentence's meeting of the same sides and more, held, that tells it in full."""
    out = list(events)
    for event in events:
        if any(not m.anaphoric or m.date for m in event.mentions) or event not in out:
            continue
        last = max(m.trigger.sent.start for m in event.mentions)
        host = next((e for e in out if e is not event and event.participants < e.participants
                     and all(m.status == event.first().status for m in e.mentions)
                     and any(m.trigger.sent.start > last and m.trigger.doc[last].sent.end == m.trigger.sent.start
                             for m in e.mentions)), None)
        if host is not None:
            host.mentions[:0] = event.mentions
            out.remove(event)
    return out

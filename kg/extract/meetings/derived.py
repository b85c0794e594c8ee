"""Events told through others after the merge: the earlier meetings an ordinal counts ("the third meeting
this year"), the session before of a series told ("The previous session was held in Muscat in 2018"), and the
session to come of a meeting adjourned."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.meetings.counted import earlier_told
from kg.extract.meetings.lexicon import PREVIOUS_MODS, WHEN
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.nlp import lemma
from kg.records import Kind, Status


_THIS_PERIOD = re.compile(rf"\b(?:{'|'.join(WHEN['this_period'])}) (?:{'|'.join(WHEN['period_units'])})$", re.IGNORECASE)


def _earlier_ones(events: list[_Event]) -> list[_Event]:
    """"The visit is the third meeting between Moon and Kim this year": the earlier ones of the year
    were held too (one event for them; the text gives no more about them). "This was the two leaders'
    fourth meeting", told of a meeting held and no other meeting of theirs told: the earlier ones, undated."""
    out: list[_Event] = []
    for event in events:
        for m in event.mentions:
            if not (m.ordinal and m.ordinal >= 2) or earlier_told(m) is not None:
                continue  # (the earlier ones the count's "after" phrase tells are events of their own: counted)
            period = m.date.value if m.date and _THIS_PERIOD.search(m.date.text) else None
            if period is None and (m.status != Status.HELD or event.first().status != Status.HELD):
                continue
            sides = event.participants if period else m.participants  # "the two leaders'", not their host
            others = [e for e in events + out if e is not event and e.participants == sides
                      and (period is None or any(x.date and x.date.value.startswith(period) for x in e.mentions))]
            if not others:
                earlier = replace(m, status=Status.HELD, place=None, duration=None, ordinal=None, anaphoric=False,
                                  confidence=round(m.confidence - 0.2, 2), date=m.date if period else None)
                out.append(_Event([earlier], set(sides)))
    return out


def _resumptions(events: list[_Event], mentions: list[_Mention]) -> list[_Event]:
    """"The meeting was adjourned. It is likely to resume Tuesday": a new session, to come, of the event
    that holds the mention its subject refers to, with that event's sides (not of a meeting of several
    days, which goes on). A mention that names no one
    ("The meeting was adjourned") was joined to an event by a guess: trusted only when the article tells
    of that one meeting alone."""
    out: list[_Event] = []
    for m in mentions:
        if m.resumes is None:
            continue
        source = next((e for e in events if any(x.trigger.i == m.resumes for x in e.mentions)), None)
        if source is None or len(source.participants) < 2:
            continue
        if any(x.duration and re.fullmatch(r"P([2-9]|\d\d)D", x.duration) for x in source.mentions):
            continue  # "the two-day summit opened Wednesday ... will resume Thursday": one meeting under way
        named = any(x.participants for x in source.mentions if x.trigger.i == m.resumes)
        if not named and sum(len(e.participants) >= 2 for e in events) > 1:
            continue
        m.participants = set(source.participants)
        out.append(_Event([m], set(source.participants)))
    return out


_LAST = "last"
_NEAR = 2  # sentences between the series told and its sitting before
_SUCH = "such"


def _earlier_sessions(ctx: _Context, events: list[_Event], mentions: list[_Mention]) -> list[_Event]:
    """"The previous session of the Joint Commission was held in Muscat in 2018", "The last such meeting, in
    Brussels in May 2021, ended ...": a meeting noun told as the one before, naming no one, with a day of its own
    that no event took (its time is not theirs) is the series' earlier sitting: held, between the sides of the
    event told last before it (in the sentences just before) with the same noun ("a meeting ... the last such
    meeting") - the states the people stand for (the text names no one of that sitting), else those sides."""
    joined = {x.trigger.i for e in events for x in e.mentions}
    out: list[_Event] = []
    for m in mentions:
        if m.kind != "noun" or m.participants or m.trigger.i in joined or m.quoted or m.status != Status.HELD \
                or m.date is None or m.date.text == "today" or not _told_before(m.trigger):
            continue
        told = [(x.trigger.i, n) for n, e in enumerate(events) for x in e.mentions if x.trigger.i < m.trigger.i]
        if not told:
            continue
        last, n = max(told)
        source = events[n]
        noun = lemma(m.trigger).lower()
        if ctx.sentence_of[m.trigger.sent.start] - ctx.sentence_of[ctx.doc[last].sent.start] > _NEAR or not any(
                x.kind == "noun" and lemma(x.trigger).lower() == noun for x in source.mentions):
            continue
        sides = _state_sides(ctx, source.participants) or source.participants
        if len(sides) >= 2 and all(
                not (x.date and x.date.value[:4] == m.date.value[:4] and len(x.date.value) >= len(m.date.value)
                     and x.date.value.startswith(m.date.value)) for x in source.mentions):
            out.append(_Event([replace(m, anaphoric=False, participants=set(sides))], set(sides)))
    return out


def _told_before(noun: Token) -> bool:
    """"the previous session", "the last such meeting", "the previous round of the talks": a meeting noun
    (or the noun it is "of") told as the one before."""
    heads = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    for head in heads:
        mods = {c.lower_ for c in head.children if c.dep_ in {"amod", "advmod", "predet", "det"}}
        if mods & PREVIOUS_MODS or {_LAST, _SUCH} <= mods:
            return True
    return False


def _state_sides(ctx: _Context, sides: set[str]) -> set[str] | None:
    """The states a meeting's sides stand for: a state as it is, a person by the one state of their roles; None
    when a side has no one state, or two sides the same one."""
    out: set[str] = set()
    for key in sides:
        if ctx.kind(key) == Kind.COUNTRY:
            out.add(key)
            continue
        states = ctx.states_of(key) if ctx.is_person(key) else set()
        if len(states) != 1:
            return None
        out |= states
    return out if len(out) == len(sides) else None

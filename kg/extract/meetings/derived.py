"""Events told through others after the merge: the earlier meetings an ordinal counts ("the third meeting
this year"), and the session to come of a meeting adjourned."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.meetings.counted import earlier_told
from kg.extract.meetings.lexicon import WHEN
from kg.extract.meetings.records import _Event, _Mention
from kg.records import Status


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

"""A plan told in the past perfect ("had been due to travel to Doha in September, but the visit was called off"):
made before a time already past, so its bare date is the nearest one, not necessarily the one to come."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.syntax import _chain
from kg.nlp import lemma
from kg.records import Status, TimeValue


def planned_before(trigger: Token, status: Status, value: TimeValue | None, published: dt.date | None) -> TimeValue | None:
    """The date of a plan told in the past perfect, read ahead like any plan ("had been due to meet on Friday",
    told on a Wednesday: that Friday), read as of the past instead when that date is nearer the publication day
    ("in September", told in October: the September just past; a weekday: the week before; a year the text gives
    stays)."""
    if value is None or published is None or value.end or status == Status.HELD or not _past_perfect_plan(trigger):
        return value
    start = _start(value.value)
    if start is None:
        return value
    back = normalize_date(value.text, published, future=False)  # the same words read as told of a past time
    back_start = _start(back.value) if back is not None and not back.end and len(back.value) == len(value.value) \
        else None
    if back is None or back_start is None or abs((published - back_start).days) >= abs((start - published).days):
        return value
    return replace(value, value=back.value)


def _start(value: str) -> dt.date | None:
    """The first day of a date value (a day, a month or a year)."""
    parts = value.split("-")
    if len(parts) == 1:
        return None  # a year alone: no nearer one to choose
    return dt.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) == 3 else 1)


def _past_perfect_plan(trigger: Token) -> bool:
    """A verb on the path from the trigger to its clause's top with "had" as its auxiliary ("had been due to",
    "had planned to", "had been scheduled for"); "will have met" is no past."""
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and lemma(c).lower() == "have"
               for t in _chain(trigger) for c in t.children)

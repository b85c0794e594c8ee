"""How long and which: the duration a mention gives ("a two-hour meeting"), its ordinal ("the second summit")
and the days of a stay ("a three-day visit from Monday")."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from kg.extract.meetings.days import _any
from kg.extract.meetings.lexicon import NUMBERS, ORDINALS, WHEN
from kg.extract.meetings.clauses import _clause_indices
from kg.records import TimeValue


_OFFSET_BEFORE, _OFFSET_AFTER = tuple(WHEN["offset_before"]), tuple(WHEN["offset_after"])
_UNIT: dict[str, list[str]] = WHEN["duration_units"]  # unit -> ISO 8601 prefix and designator
_DURATION = re.compile(rf"\b(\d+|{_any(WHEN['duration_numbers'])})[\s-]+({_any(_UNIT)})s?\b", re.IGNORECASE)


def _duration(trigger: Token, whole: bool = False) -> str | None:
    """"lasted 90 minutes", "a two-hour meeting", "for nearly two hours" -> PT90M, PT2H (in the
    trigger's clause, or with `whole` in its own phrase: "the 10-day trip")."""
    clause = [t.i for t in trigger.subtree] if whole else _clause_indices(trigger)
    if not clause:
        return None
    start, end = min(clause), max(clause) + 1
    text = trigger.doc[start:end].text
    for match in _DURATION.finditer(text):
        before = text[:match.start()].lower().rstrip()
        if before.endswith(_OFFSET_BEFORE) or text[match.end():].lower().lstrip().startswith(_OFFSET_AFTER):
            continue
        number = match[1].lower()
        count = int(number) if number.isdigit() else NUMBERS.get(number, 0)
        if count:
            prefix, unit = _UNIT[match[2].lower()]
            return f"{prefix}{count}{unit}"
    return None


def _ordinal(trigger: Token) -> int | None:
    """"the second summit" -> 2."""
    return next((ORDINALS[c.lower_] for c in trigger.children if c.lower_ in ORDINALS), None)


def _stay(trigger: Token, first: TimeValue) -> TimeValue:
    """"a three-day state visit to Chile from Monday": the days of the stay (a count of days before the noun),
    from the day told."""
    match = _DURATION.search(trigger.doc[trigger.left_edge.i:trigger.i].text)
    count = 0 if match is None or _UNIT[match[2].lower()] != ["P", "D"] else \
        int(match[1]) if match[1].isdigit() else NUMBERS.get(match[1].lower(), 0)
    if count < 2:
        return first
    last = dt.date.fromisoformat(first.value) + dt.timedelta(days=count - 1)
    return TimeValue(first.value, first.text, end=last.isoformat())

"""Meetings: when, where and whether, and which mentions are one meeting, on other outlets' constructions
(issue 13), on invented sentences with invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2019, 6, 14)
VARGA_KOVAC = frozenset({"Lena Varga", "Peter Kovac"})

# text, publication date, expected {(participants, status, date or (start, end), place)}
CASES = [
    # --- a count of time before another event: "a day after meeting X", where the tagger may mark no DATE ---
    # the gerund's phrase hung on the count noun, measured from the main verb's day
    ("A day after meeting Peter Kovac in Vienna, Lena Varga flew to Paris on Wednesday.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    # "after" as a clause mark, the main clause's day on its preposition
    ("The deal was signed on Tuesday, two days after Lena Varga held talks with Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-09", "Vienna")}),
    # the count in apposition to a day ("on Wednesday, a day after her talks")
    ("Lena Varga announced the sanctions on Wednesday, a day after her talks with Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-11", "Vienna")}),
    # a phrase before a reported clause's subject belongs to the reporting verb (and its day), not the clause
    ("Foreign Minister Lena Varga said on Thursday, a day after meeting Slovak Prime Minister Peter Kovac, "
     "that trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", None)}),
    ("Lena Varga said on Thursday, a day after she met Peter Kovac, that trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-12", None)}),
    # a participle on a name: the name is who meets; no day on the main verb: the publication day
    ("Lena Varga, speaking a day after meeting Peter Kovac, said trade would grow.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-13", None)}),
    # "days after" with no count: about when, so its month; "hours after": the same day
    ("The announcement came days after Lena Varga met Peter Kovac in Vienna.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06", "Vienna")}),
    ("Hours after meeting Peter Kovac, Lena Varga announced new sanctions.", FRIDAY,
     {(VARGA_KOVAC, Status.HELD, "2019-06-14", None)}),
    # ... but a count before a verb that is no meeting dates that verb ("two days after X canceled a summit")
    ("The talks will come two days after President Tom Hale canceled a summit with President Ivan Petrov "
     "that was scheduled to take place next month.", FRIDAY,
     {(frozenset({"Tom Hale", "Ivan Petrov"}), Status.CANCELLED, "2019-07", None)}),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_when_where_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

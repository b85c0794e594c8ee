"""Meetings: the date a mention gives, on constructions the gold conventions read (data/dev_styles/README.md:
"late June" = 21-30 June, a week as its Monday-Sunday span), on invented sentences with invented names; each row
names the construction it reads (issue 13)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2019, 6, 14)
BERG_NOOR = frozenset({"Anna Berg", "Lia Noor"})

# text, publication date, expected {(participants, status, date or (start, end), place)}
CASES = [
    # --- "next week" on the clause a ", where" clause hangs on is its week (tests/test_meetings_when.py), but a
    # day of the "where" clause's own is the meeting's ---
    ("Anna Berg will travel to Vienna next week, where she will hold talks with Lia Noor on Tuesday.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, "2019-06-18", "Vienna")}),
    # --- early, mid, late month: the first, second or last ten days of it ---
    ("Anna Berg will meet Lia Noor in Vienna in late June.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-06-21", "2019-06-30"), "Vienna")}),
    ("Anna Berg and Lia Noor met in Vienna in early February.", FRIDAY,
     {(BERG_NOOR, Status.HELD, ("2019-02-01", "2019-02-10"), "Vienna")}),
    ("Anna Berg will meet Lia Noor in mid-July.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-07-11", "2019-07-20"), None)}),
    # "late" a month runs to its last day (a leap year's February too) ...
    ("A second summit between Anna Berg and Lia Noor will be held in late February.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2020-02-21", "2020-02-29"), None)}),
    # ... but "the end of" a month is the month, as the dev gold reads it (data/eval's seed article)
    ("A second summit between Anna Berg and Lia Noor will be held at the end of February.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, "2020-02", None)}),
    # ... a year with a qualifier stays the year
    ("The next round between Anna Berg and Lia Noor will be held in Bratislava early next year.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, "2020", "Bratislava")}),
    # --- the first or second half of a month: its days 1-15, or from the 16th to its end ---
    ("Anna Berg will meet Lia Noor in Merida in the second half of July.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-07-16", "2019-07-31"), "Merida")}),
    ("Anna Berg and Lia Noor met in the first half of March.", FRIDAY,
     {(BERG_NOOR, Status.HELD, ("2019-03-01", "2019-03-15"), None)}),
    # --- "the second week of November": days 8-14; "the fourth quarter of 2019": October to December ---
    ("Anna Berg will meet Lia Noor in Oslo in the second week of November.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-11-08", "2019-11-14"), "Oslo")}),
    ("Anna Berg and Lia Noor will hold talks in the fourth quarter of 2019.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-10", "2019-12"), None)}),
    # --- a season the tagger left without a label: its days; to come, the next such season ---
    ("Anna Berg and Lia Noor agreed to meet again in the autumn.", FRIDAY,
     {(BERG_NOOR, Status.PLANNED, ("2019-09-23", "2019-12-21"), None)}),
    ("Anna Berg and Lia Noor first met in the autumn.", FRIDAY,
     {(BERG_NOOR, Status.HELD, ("2018-09-23", "2018-12-21"), None)}),
    ("Anna Berg will meet Lia Noor in Kyiv in the spring.", dt.date(2019, 12, 6),
     {(BERG_NOOR, Status.PLANNED, ("2020-03-20", "2020-06-20"), "Kyiv")}),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_date_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

"""Table tests for kg.extract.dates.normalize_date."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import normalize_date

FRI = dt.date(2019, 1, 18)  # a Friday
WED = dt.date(2019, 1, 16)
LEAP = dt.date(2021, 3, 10)
DEC = dt.date(2019, 12, 20)

CASES = [
    # weekdays: past / unknown -> on or before (same day counts); future -> on or after
    ("Friday", FRI, None, "2019-01-18", None, None),
    ("on Friday", FRI, False, "2019-01-18", None, None),
    ("Earlier on Friday", FRI, None, "2019-01-18", None, None),
    ("Friday", FRI, True, "2019-01-18", None, None),
    ("Friday night", FRI, False, "2019-01-18", None, None),
    ("Thursday", FRI, None, "2019-01-17", None, None),
    ("Saturday", FRI, None, "2019-01-12", None, None),
    ("Saturday", FRI, True, "2019-01-19", None, None),
    ("on Thursday", FRI, True, "2019-01-24", None, None),
    ("Monday", WED, False, "2019-01-14", None, None),
    ("Monday", WED, True, "2019-01-21", None, None),
    ("last Friday", FRI, None, "2019-01-11", None, None),
    ("next Friday", FRI, True, "2019-01-25", None, None),
    ("this Friday", WED, None, "2019-01-18", None, None),
    ("Tues.", FRI, False, "2019-01-15", None, None),
    # month and day without year
    ("Jan. 6", FRI, None, "2019-01-06", None, None),
    ("January 6", FRI, False, "2019-01-06", None, None),
    ("6 January", FRI, True, "2020-01-06", None, None),
    ("Jan 6th", FRI, None, "2019-01-06", None, None),
    ("on Jan. 18", FRI, True, "2019-01-18", None, None),
    ("Jan. 18", FRI, False, "2019-01-18", None, None),
    ("Jan. 20", FRI, None, "2018-01-20", None, None),
    ("Feb. 27", FRI, True, "2019-02-27", None, None),
    ("Sept. 5", FRI, None, "2018-09-05", None, None),
    ("Feb. 29", LEAP, None, "2020-02-29", None, None),
    ("Feb. 29", LEAP, True, "2024-02-29", None, None),
    ("the 6th of January", FRI, None, "2019-01-06", None, None),
    # months
    ("June", FRI, None, "2018-06", None, None),
    ("June", FRI, True, "2019-06", None, None),
    ("January", FRI, False, "2019-01", None, None),
    ("January", FRI, True, "2019-01", None, None),
    ("in December", FRI, None, "2018-12", None, None),
    ("last June", FRI, None, "2018-06", None, None),
    ("last January", FRI, None, "2018-01", None, None),
    ("this June", FRI, None, "2019-06", None, None),
    ("next June", FRI, None, "2019-06", None, None),
    ("next January", FRI, True, "2020-01", None, None),
    ("in June 2018", FRI, True, "2018-06", None, None),
    ("June of 2018", FRI, None, "2018-06", None, None),
    ("2019-01", FRI, None, "2019-01", None, None),
    # qualifiers
    ("the end of February", FRI, True, "2019-02", None, "end"),
    ("end of February", FRI, None, "2018-02", None, "end"),
    ("late February", FRI, True, "2019-02", None, "end"),
    ("the beginning of March", FRI, True, "2019-03", None, "beginning"),
    ("early March", FRI, True, "2019-03", None, "beginning"),
    ("mid-March", FRI, True, "2019-03", None, "middle"),
    ("the middle of March", FRI, True, "2019-03", None, "middle"),
    ("late last year", FRI, None, "2018", None, "end"),
    ("early 2019", FRI, None, "2019", None, "beginning"),
    ("the end of the year", FRI, True, "2019", None, "end"),
    ("late Friday", FRI, None, "2019-01-18", None, None),
    # ranges
    ("February 27 and 28", FRI, True, "2019-02-27", "2019-02-28", None),
    ("Feb. 27-28", FRI, True, "2019-02-27", "2019-02-28", None),
    ("February 27 to 28", FRI, True, "2019-02-27", "2019-02-28", None),
    ("Feb. 27\u201328", FRI, None, "2018-02-27", "2018-02-28", None),
    ("27-28 February 2019", FRI, None, "2019-02-27", "2019-02-28", None),
    ("Dec. 30 to Jan. 2", DEC, True, "2019-12-30", "2020-01-02", None),
    # years and relative words
    ("2018", FRI, None, "2018", None, None),
    ("in 2018", FRI, None, "2018", None, None),
    ("last year", FRI, None, "2018", None, None),
    ("this year", FRI, None, "2019", None, None),
    ("earlier this year", FRI, None, "2019", None, None),
    ("next year", FRI, True, "2020", None, None),
    ("next month", FRI, True, "2019-02", None, None),
    ("last month", FRI, None, "2018-12", None, None),
    ("next month", DEC, True, "2020-01", None, None),
    ("yesterday", FRI, None, "2019-01-17", None, None),
    ("today", FRI, None, "2019-01-18", None, None),
    ("tonight", FRI, True, "2019-01-18", None, None),
    ("tomorrow", FRI, True, "2019-01-19", None, None),
    ("three days ago", FRI, None, "2019-01-15", None, None),
    ("two years ago", FRI, None, "2017", None, None),
    # full dates
    ("January 18, 2019", FRI, None, "2019-01-18", None, None),
    ("18 January 2019", FRI, None, "2019-01-18", None, None),
    ("2019-01-18", FRI, True, "2019-01-18", None, None),
    ("Friday, Jan. 18, 2019", FRI, None, "2019-01-18", None, None),
    ("Jan. 6, 2021", FRI, None, "2021-01-06", None, None),
    ("on June 12, 2018.", FRI, True, "2018-06-12", None, None),
]

NONE_CASES = [
    "90 minutes", "months", "several years", "recent weeks", "decades", "the past",
    "several weeks", "last week", "this week", "the last year", "the past year", "two weeks",
    "a few days", "the 1990s", "2018-19", "the day", "the same day", "summer", "the weekend",
    "the 18th", "12", "", "   ", "Feb. 30", "February 27 and 27", "Jan. 6-5", "weekly", "xyzzy",
    "two weeks ago", "Friday Friday",
]


@pytest.mark.parametrize(("text", "published", "future", "value", "end", "qualifier"), CASES)
def test_normalize_date(
    text: str, published: dt.date, future: bool | None, value: str, end: str | None,
    qualifier: str | None,
) -> None:
    found = normalize_date(text, published, future=future)
    assert found is not None
    assert (found.value, found.end, found.qualifier) == (value, end, qualifier)
    assert found.text == text.strip()


@pytest.mark.parametrize("text", NONE_CASES)
@pytest.mark.parametrize("future", [None, False, True])
def test_not_a_calendar_date(text: str, future: bool | None) -> None:
    assert normalize_date(text, FRI, future=future) is None


def test_precision() -> None:
    assert normalize_date("June 2018", FRI).precision == "month"
    assert normalize_date("2018", FRI).precision == "year"
    assert normalize_date("Jan. 6", FRI).precision == "day"


def test_odd_input_never_raises() -> None:
    for text in (None, 42, "\x00", "Feb 99", "June 99999", "--", "on", "the end of"):
        assert normalize_date(text, FRI) is None  # type: ignore[arg-type]

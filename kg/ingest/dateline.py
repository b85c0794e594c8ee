"""An article's own date from a dateline at the top of its text.

News texts often open with their date: a line of its own ("January 18, 2019", "March 01, 2008",
"Friday, 18 January 2019 10:32 GMT", "Updated: Jan 18, 2019") or a dateline before the first dash
("WASHINGTON, Oct. 23, 2016 - ...", "SEOUL, Jan. 18 (Yonhap) -- ..."). Only the first few lines are
looked at, and only a piece that is wholly a date (dateparser, English, day and month required) counts:
a date inside a sentence is the news, not the article's date.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

HEAD_LINES = 3
"""Non-empty lines looked at: a headline and a byline may stand above the dateline."""
MAX_DATELINE = 80
"""Longest dateline (characters before the dash, or a whole line holding only a date)."""
# The dash after a dateline: spaced hyphen, double hyphen, en or em dash (spaced or not).
_DASH = re.compile(r"\s+-\s+|\s*--+\s*|\s*[\u2013\u2014]\s*")
_PIECES = re.compile(r"\s*[,|\u00b7\u2022]\s*")  # what separates place, byline and date in a dateline
_PAREN = re.compile(r"\s*\([^)]*\)")  # "(Yonhap)", "(AP)"
_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{0,30}:\s+")  # "Updated: ", "Posted on: "
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD_AND_NUMBER = re.compile(r"(?=.*[A-Za-z]{3})(?=.*\d)")  # a month name and a day: never "today"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_BASE = dt.datetime(2000, 6, 15)  # dateparser fills a missing year from this; we replace it (see _yearless)


def dateline_date(text: str, anchor: dt.date | None = None) -> dt.date | None:
    """The date of the dateline at the top of TEXT, or None when it has none.

    A dateline without a year ("SEOUL, Jan. 18 (Yonhap) -") takes the year that puts it nearest to
    ANCHOR (the --date of the build); with no anchor it gives no date rather than a guess.
    """
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        found = _line_date(line, anchor)
        if found is not None:
            return found
    return None


def _line_date(line: str, anchor: dt.date | None) -> dt.date | None:
    dash = _DASH.search(line)
    head = line[:dash.start()] if dash else line
    if not head or len(head) > MAX_DATELINE:
        return None
    head = _LABEL.sub("", _PAREN.sub("", head)).strip()
    pieces = _PIECES.split(head)
    span = _span_end(line, dash, pieces, anchor) if dash else None
    if span is not None:
        return span
    # The date is the last pieces of the dateline: try the shortest tail that parses ("Oct. 23, 2016").
    for first in range(len(pieces) - 1, -1, -1):
        found = _parse(", ".join(pieces[first:]), anchor)
        if found is not None:
            return found
    return None


def _span_end(line: str, dash: re.Match[str], pieces: list[str], anchor: dt.date | None) -> dt.date | None:
    """"WEEKLY REVIEW, 28 May - 1 June 2018": a dash between two dates spans the days an issue covers, and it
    comes out at their end (the first date alone is no dateline's; its year may be the end's)."""
    rest = _PIECES.split(_DASH.split(line[dash.end():], maxsplit=1)[0].strip())
    for last in range(1, min(len(rest), 3) + 1):
        candidate = ", ".join(rest[:last])
        end = _parse(candidate, anchor) if len(candidate) <= MAX_DATELINE // 2 else None
        if end is None:
            continue
        starts = (_parse(pieces[-1], end), _parse(pieces[-1] + " " + str(end.year), end))
        if any(start is not None and start <= end for start in starts):
            return end
    return None


def _parse(candidate: str, anchor: dt.date | None) -> dt.date | None:
    if not (_ISO.fullmatch(candidate) or _WORD_AND_NUMBER.match(candidate)):
        return None
    data = _parser().get_date_data(candidate)
    if data.date_obj is None or data.period != "day":
        return None
    day: dt.date = data.date_obj.date()
    if _YEAR.search(candidate):
        return day
    return _yearless(day, anchor)


def _yearless(day: dt.date, anchor: dt.date | None) -> dt.date | None:
    """Month and day with the year that puts them nearest to ANCHOR; None with no anchor."""
    if anchor is None:
        return None
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # February 29 in a common year
            continue
    return min(options, key=lambda d: (abs((d - anchor).days), d), default=None)


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": _BASE, "PREFER_DAY_OF_MONTH": "first",
    })

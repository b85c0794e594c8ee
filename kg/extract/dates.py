"""Normalize a date expression of a news article against its publication date.

`normalize_date("on Friday", date(2019, 1, 18))` -> TimeValue("2019-01-18", "on Friday").

dateparser reads the absolute forms ("Jan. 6", "18 January 2019", "2019-01-18", "June 2018").
Own rules cover what it gets wrong or cannot say:
- weekdays: dateparser never returns the publication day itself ("Friday" in a Friday article
  gives the week before, or after with PREFER_DATES_FROM=future);
- the year of a month/day without year: with PREFER_DATES_FROM=future it skips the publication
  day and month ("January" in a January article gives next January), so dateparser gives the
  month and day and the year is chosen here;
- "last June", "this June", "next June", ranges ("Feb. 27-28"), qualifiers ("late February"):
  dateparser returns None or a wrong date (a range "February 27 and 28" gives 1928-02-27);
- relative words ("yesterday", "last year", "next month", "3 days ago"): simple arithmetic, and
  dateparser does not tell a duration ("90 minutes") from a date (it gives 1990 or now - 90 min);
- precision comes from dateparser's `period` (day / month / year), which says more than
  REQUIRE_PARTS (that only rejects a missing part).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from dateparser.date import DateDataParser

from kg.data import tables
from kg.records import TimeValue

_W = tables("dates")
_MONTHS = {form: number for number, forms in enumerate(_W["months"], 1) for form in forms}
_WEEKDAYS = {form: number for number, forms in enumerate(_W["weekdays"]) for form in forms}
_NUMBERS: dict[str, int] = _W["numbers"]
_DAY_SHIFTS: dict[str, int] = _W["day_shifts"]
_STEPS: dict[str, int] = _W["relative_steps"]
_WEEKDAY_MODIFIERS: dict[str, str] = _W["weekday_modifiers"]
_MONTH_MODIFIERS: dict[str, str] = _W["month_modifiers"]
_THIRDS: dict[str, list[int]] = _W["month_thirds"]


def _any(words: Iterable[str]) -> str:
    """A regex alternation of `words` in their order; a space in a word matches any run of spaces."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_MONTH = rf"({_any(_MONTHS)})\.?"
_WEEKDAY = rf"({_any(_WEEKDAYS)})\.?"
_DAY = rf"(\d{{1,2}})(?:{_any(_W['ordinal_suffixes'])})?"
_YEAR = r"(?:,?\s*(?:of\s+)?(\d{4}))?"
_TIME_OF_DAY = rf"(?:\s+(?:{_any(_W['times_of_day'])}))?"
_TO = rf"\s*(?:{_any(_W['range_words'])})\s*"

_LEAD = re.compile(rf"^(?:{_any(_W['lead_words'])})\s+")
_QUALIFIERS = tuple(
    (re.compile(pattern), qualifier)
    for qualifier, forms in _W["qualifiers"].items()
    for pattern in (rf"^(?:the\s+)?(?:{_any(forms['nouns'])})\s+of\s+", rf"^(?:{_any(forms['prefixes'])})(?:\s+|-)")
)
_TODAY = re.compile(rf"^(?:{_any(_W['today'])})$")
# "late June", "mid-July": the prefix forms, which alone name a third of the month (below)
_PREFIXED = re.compile(rf"^(?:{_any(w for forms in _W['qualifiers'].values() for w in forms['prefixes'])})(?:\s+|-)")
_RELATIVE = re.compile(rf"^({_any(_STEPS)})\s+({_any(_W['relative_units'])})$")
_AGO = re.compile(rf"^(\d+|[a-z]+)\s+({_any(_W['ago_units'])})s?\s+ago$")
_WEEKDAY_RE = re.compile(rf"^(?:({_any(_WEEKDAY_MODIFIERS)})\s+)?{_WEEKDAY}{_TIME_OF_DAY}$")
_MONTH_RE = re.compile(rf"^(?:({_any(_MONTH_MODIFIERS)})\s+)?{_MONTH}$")
_RANGE_MD = re.compile(rf"^{_MONTH}\s+{_DAY}{_TO}(?:{_MONTH}\s+)?{_DAY}{_YEAR}$")
_RANGE_DM = re.compile(rf"^{_DAY}{_TO}{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}$")
_DURATION = re.compile(rf"\b(?:{_any(_W['duration_words'])})\b")
# decades ("the 1990s") and spans of years ("2018-19"; "2019-01" is an ISO month)
_DECADE = re.compile(r"\b\d{2,4}'?s\b|\b\d{4}\s*-\s*(?:\d{4}|1[3-9]|[2-9]\d)\s*$")
_CALENDAR_HINT = re.compile(rf"\b{_MONTH}(?:\s|,|$)|\b\d{{4}}\b")
_EXPLICIT_YEAR = re.compile(r"\b\d{4}\b|\d{1,2}/\d{1,2}/\d{2,4}")


def normalize_date(
    text: str, published: dt.date, *, future: bool | None = None
) -> TimeValue | None:
    """Normalize `text` against `published`; None when it is not a calendar date.

    `future` is the tense of the sentence: True future/planned, False past, None unknown.
    """
    if not isinstance(text, str):
        return None
    try:
        return _normalize(text, published, future)
    except (ValueError, OverflowError):  # out-of-range dates ("February 30", year 99999) are no dates
        return None


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def month_third(value: TimeValue) -> TimeValue:
    """"late June", "mid-December": a month with a prefixed qualifier is the third of it the qualifier names, as a
    range of days ("late June" 2019 -> 2019-06-21 to 2019-06-30); any other value is kept."""
    days = _THIRDS.get(value.qualifier or "")
    if days is None or len(value.value) != 7 or value.end is not None or not _PREFIXED.match(_clean(value.text)):
        return value  # "the end of February" stays the month, as the dev gold reads it (data/eval, the seed article)
    first = dt.date.fromisoformat(f"{value.value}-{days[0]:02d}")
    last = month_end(first)
    end = last.replace(day=min(days[1], last.day))
    return TimeValue(first.isoformat(), value.text, end=end.isoformat(), qualifier=value.qualifier)


def names_weekday(text: str) -> bool:
    """"Saturday morning", "on Tuesday night": a time of day the tagger may label TIME that names a weekday,
    so a calendar day."""
    return _WEEKDAY_RE.match(_clean(text)) is not None


@lru_cache(maxsize=4096)
def _normalize(text: str, published: dt.date, future: bool | None) -> TimeValue | None:
    """Split off a qualifier ("late", "the end of") and normalize the rest. Kept per (text, date, tense): the
    meeting rules ask again for the same DATE of a sentence at each trigger, and dateparser is slow to answer."""
    cleaned = _clean(text)
    qualifier, rest = _split_qualifier(cleaned)
    if qualifier and rest in ("the year", "the month"):
        rest = rest.replace("the", "this")  # "the end of the year"
    found = _core(rest, published, future)
    if found is None:
        return None
    value, end = found
    if qualifier and (end is not None or len(value) == 10):
        qualifier = None  # "late Friday" is late in that day: the day itself
    return TimeValue(value=value, text=text.strip(), end=end, qualifier=qualifier)


def _clean(text: str) -> str:
    """Lowercase, unify dashes and spaces, drop lead words ("on", "earlier on", "in")."""
    s = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    s = re.sub(r"\s+", " ", s).strip(" \t\n.,;:!?\"()")
    s = re.sub(r"'s$", "", s)
    while (stripped := _LEAD.sub("", s, count=1)) != s:
        s = stripped
    return s


def _split_qualifier(s: str) -> tuple[str | None, str]:
    """Return ("end", "february") for "the end of february", (None, s) without a qualifier."""
    for pattern, qualifier in _QUALIFIERS:
        rest = pattern.sub("", s, count=1)
        if rest != s:
            return qualifier, _clean(rest)
    return None, s


def _core(s: str, published: dt.date, future: bool | None) -> tuple[str, str | None] | None:
    """Return (value, end) for a cleaned expression without qualifier, or None."""
    for rule in (_relative, _weekday, _month, _range):
        found = rule(s, published, future)
        if found is not None:
            return found or None  # () means "recognized, but not a calendar date"
    return _absolute(s, published, future)


def _relative(s: str, published: dt.date, future: bool | None) -> tuple | None:
    """today, yesterday, tomorrow, this/last/next year|month, "3 days ago"; week -> ()."""
    if _TODAY.match(s):
        return (published.isoformat(), None)
    if s in _DAY_SHIFTS:
        return ((published + dt.timedelta(days=_DAY_SHIFTS[s])).isoformat(), None)
    if match := _RELATIVE.match(s):
        return _shift(published, match[2], _STEPS[match[1]])
    if match := _AGO.match(s):
        count = int(match[1]) if match[1].isdigit() else _NUMBERS.get(match[1])
        return _shift(published, match[2], -count) if count else ()
    return None


def _shift(published: dt.date, unit: str, step: int) -> tuple:
    """Move `step` days, months or years from published; weeks have no calendar value: ()."""
    if unit == "day":
        return ((published + dt.timedelta(days=step)).isoformat(), None)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return (f"{index // 12:04d}-{index % 12 + 1:02d}", None)
    if unit == "year":
        return (f"{published.year + step:04d}", None)
    return ()


def _weekday(s: str, published: dt.date, future: bool | None) -> tuple | None:
    """A weekday, resolved by modifier or tense (the publication day itself counts)."""
    match = _WEEKDAY_RE.match(s)
    if not match:
        return None
    modifier, wanted = _WEEKDAY_MODIFIERS.get(match[1]), _WEEKDAYS[match[2]]
    after = (wanted - published.weekday()) % 7  # days to the next one, 0 = today
    before = (published.weekday() - wanted) % 7  # days since the last one, 0 = today
    if modifier == "back":
        days = -(before or 7)
    elif modifier == "next":
        days = after or 7
    elif future or (modifier == "this" and future is None):
        days = after
    else:
        days = -before
    return ((published + dt.timedelta(days=days)).isoformat(), None)


def _month(s: str, published: dt.date, future: bool | None) -> tuple | None:
    """A month name, optionally with last/this/next: month precision."""
    match = _MONTH_RE.match(s)
    if not match:
        return None
    modifier, month = _MONTH_MODIFIERS.get(match[1]), _month_number(match[2])
    year = published.year
    if modifier == "back":
        year -= month >= published.month
    elif modifier == "next":
        year += month <= published.month
    elif modifier == "coming" or (modifier is None and future):
        year += month < published.month
    elif modifier is None:
        year -= month > published.month
    return (f"{year:04d}-{month:02d}", None)


def _range(s: str, published: dt.date, future: bool | None) -> tuple | None:
    """"february 27 and 28", "feb. 27-28", "27-28 february 2019", "feb 27 to march 1"."""
    if match := _RANGE_MD.match(s):
        month1, day1, month2, day2, year = match.groups()
    elif match := _RANGE_DM.match(s):
        day1, day2, month1, year = match.groups()
        month2 = None
    else:
        return None
    first = _month_number(month1)
    last = _month_number(month2) if month2 else first
    start: dt.date | None
    if year:
        start = dt.date(int(year), first, int(day1))
    else:
        start = _anchor_day(first, int(day1), published, future)
    if start is None:
        return ()
    end = dt.date(start.year, last, int(day2))
    if end < start and last < first:
        end = dt.date(start.year + 1, last, int(day2))  # "Dec. 30 to Jan. 2"
    if end <= start:
        return ()  # "Jan. 6-5"
    return (start.isoformat(), end.isoformat())


def _absolute(s: str, published: dt.date, future: bool | None) -> tuple | None:
    """Dates dateparser reads: "jan. 6", "18 january 2019", "2019-01-18", "june 2018", "2018"."""
    if _DURATION.search(s) or _DECADE.search(s) or not _CALENDAR_HINT.search(s):
        return None  # "90 minutes" would come back as 1990, "the 1990s" as a day
    data = _parser(dt.datetime.combine(published, dt.time()), bool(future)).get_date_data(s)
    if data.date_obj is None:
        return None
    found, period = data.date_obj.date(), data.period
    explicit = bool(_EXPLICIT_YEAR.search(s))
    if period == "day":
        day = found if explicit else _anchor_day(found.month, found.day, published, future)
        return (day.isoformat(), None) if day else None
    if period in ("month", "year") and explicit:  # a bare month went through _month
        return (found.isoformat()[: 7 if period == "month" else 4], None)
    return None  # "Feb 99": a two-digit year is too odd to trust


@lru_cache(maxsize=64)
def _parser(base: dt.datetime, future: bool) -> DateDataParser:
    """A dateparser for English absolute dates relative to `base` (cached per article date)."""
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future" if future else "past",
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _anchor_day(month: int, day: int, published: dt.date, future: bool | None) -> dt.date | None:
    """The latest month/day on or before published (past, None) or the first on or after."""
    candidates = []
    for year in range(published.year - 8, published.year + 9):  # 8 years covers Feb 29
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if future:
        return min((c for c in candidates if c >= published), default=None)
    return max((c for c in candidates if c <= published), default=None)


def _month_number(name: str) -> int:
    """1 for "jan" or "january" (a form of the month regex, without its dot)."""
    return _MONTHS[name]

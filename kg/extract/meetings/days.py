"""Days told against other days: ranges ("from Monday to Wednesday", "in May or June") and days counted
from a meeting told before ("the following day", "two days later")."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.extract.dates import month_end, names_weekday, normalize_date
from kg.extract.meetings.lexicon import NUMBERS, ORDINALS, WHEN
from kg.extract.meetings.records import _Context, _Mention
from kg.nlp.doc_text import doc_ents, doc_text
from kg.records import Status, TimeValue


def _any(words: Iterable[str]) -> str:
    """A regex alternation of `words` in their order (a space matches one space)."""
    return "|".join(re.escape(word) for word in words)


_DATE_LEAD = re.compile(rf"^(?:{_any(WHEN['date_hedges'])})\s+", re.IGNORECASE)


def _date_text(ent: Span) -> str:
    """The DATE text without a possessive and without "about"/"nearly" in front."""
    text = re.sub(r"['’]s$", "", ent.text)
    return _DATE_LEAD.sub("", text)


_RANGE_OPENS, _RANGE_CLOSES = frozenset(WHEN["range_opens"]), frozenset(WHEN["range_closes"])


def _day_of(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """The DATE's day; a bare weekday of a meeting called off ("a meeting that had been set for Friday was
    postponed", tense unknown) is the one nearest to publication, before or after it."""
    text, head = _date_text(ent), ent.root.head
    # "set for Friday", "was to meet on Friday"; not "cancelled the meeting on Saturday" (a day gone by)
    if future is not None or not names_weekday(text) or not (head.lower_ == "for" or head.tag_ in {"VB", "VBN", "JJ"}):
        return normalize_date(text, published, future=future)
    before, after = normalize_date(text, published, future=False), normalize_date(text, published, future=True)
    if before is None or after is None or len(before.value) != 10 or len(after.value) != 10:
        return before or after
    back = (published - dt.date.fromisoformat(before.value)).days
    return after if (dt.date.fromisoformat(after.value) - published).days < back else before


def _either(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """"in May or June": the range from the first to the second."""
    first, sep, second = _date_text(ent).partition(" or ")
    if not sep:
        return None
    start, end = normalize_date(first, published, future=future), normalize_date(second, published, future=future)
    if start is None or end is None or end.value < start.value:
        return None
    return TimeValue(start.value, ent.text, end=end.end or end.value)


_REL_DAYS: dict[str, int] = WHEN["relative_days"]
_REL_AFTER: dict[str, int] = WHEN["relative_after"]
_REL_UNIT = _any(WHEN["relative_units"])
_RELATIVE = re.compile(
    rf"\b(?:the|on the) ({_any(_REL_DAYS)}) ({_REL_UNIT})\b"
    rf"|\b({_any(WHEN['offset_numbers'])}|\d+) days? ({_any(_REL_AFTER)})\b"
    rf"|\b(?:{_any(_REL_AFTER)}) (?:in the|that) ({_REL_UNIT})\b", re.IGNORECASE)


# "- 14 December 2023: The two presidents meet at Argyle": a line of a timeline or chronology opens with its
# day (a bullet before it, the year in it) and a colon; the agencies' timelines and factboxes set a dash
# instead ("APRIL 13, 2022 - X flies to Honiara and meets Y", "May 26 -- ..."), the day then opening the line
_SEP = r"(?:[ \t]*:|[ \t]+([-\u2013\u2014]{1,2}))[ \t]"
_BULLET = r"^[ \t]*(?:[-\u2013\u2014\u2022*][ \t]*)?"
_TIMELINE = re.compile(rf"{_BULLET}([^:\n]{{4,30}}?\b(?:1[89]|20)\d\d){_SEP}", re.MULTILINE)
# "- 20 April: The two men meet again": a line of the same list without the year, which an earlier line of the
# list ("- 12 March 2019: ...") or the year heading the list ("2018") gives
_TIMELINE_DAY = re.compile(rf"{_BULLET}([^:\n]{{0,20}}?\d[^:\n]{{0,20}}?){_SEP}", re.MULTILINE)
_YEAR_HEADING = re.compile(r"^[ \t]*((?:1[89]|20)\d\d)[ \t]*:?[ \t]*$")
# what a dashed line opens with to be a timeline's day: a day's number or a month ("WASHINGTON, Oct. 23, 2016 -
# X met Y" is a dateline, "Talks in 2019 - ..." prose)
_DAY_OPENS = re.compile(rf"^(?:\d|(?:{_any(f for forms in tables('dates')['months'] for f in forms)})\b)", re.IGNORECASE)


def _timeline_line(pattern: re.Pattern[str], text: str, start: int = 0) -> re.Match[str] | None:
    """The pattern's match at a line's start, a dashed one only where the line opens with its day."""
    match = pattern.match(text, start)
    if match is None or match[2] is not None and (not _DAY_OPENS.match(match[1].strip()) or "(" in match[1]):
        return None
    return match


def _timeline_day(ctx: _Context, trigger: Token) -> TimeValue | None:
    """The day a timeline's line opens with, for a meeting held that the line tells (the tagger often leaves
    "November 6, 2019" or the "10" of "10 January 2024" out of a DATE there)."""
    published = ctx.article.date
    text = doc_text(ctx.doc)
    start = text.rfind("\n", 0, trigger.idx) + 1
    dated = _timeline_line(_TIMELINE, text, start)  # a line with its year; else one whose year a line above tells
    match = dated or _timeline_line(_TIMELINE_DAY, text, start)
    if published is None or match is None or match.end() > trigger.idx:
        return None
    end = text.find("\n", match.end()) % (len(text) + 1)
    if any(e.label_ in {"DATE", "TIME"} and match.end() <= e.start_char < end and normalize_date(e.text, published)
           for e in trigger.sent.ents):
        return None  # "WASHINGTON, March 3, 2019: X met Y on Saturday": a dateline; the clause's own day
    said = match[1].strip()
    year = said[-4:] if dated else _list_year(text, start)
    if year is None or not said[-4:].isdigit() and normalize_date(said, published) is None:
        return None
    day = normalize_date(said if said[-4:] == year else f"{said} {year}", published, future=False)
    return replace(day, text=said) if day is not None and day.value[:4] == year else None


def _timeline_dated(m: _Mention) -> bool:
    """A mention dated by the day its timeline line opens with."""
    if m.date is None:
        return False
    text = doc_text(m.trigger.doc)
    start = text.rfind("\n", 0, m.trigger.idx) + 1
    match = _timeline_line(_TIMELINE, text, start) or _timeline_line(_TIMELINE_DAY, text, start)
    return match is not None and match[1].strip() == m.date.text


def _list_year(text: str, start: int) -> str | None:
    """The year of a timeline's line without one: that of the nearest line above in the same list (lines that
    open with a day and a colon, blank lines between) or of the year heading the list."""
    while start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start:text.find("\n", start) % (len(text) + 1)]
        if heading := _YEAR_HEADING.match(line):
            return heading[1]
        if (dated := _timeline_line(_TIMELINE, line)) is not None:
            return dated[1][-4:]
        if line.strip() and not _timeline_line(_TIMELINE_DAY, line):
            return None
    return None


def _relative_day(ctx: _Context, trigger: Token, clause: AbstractSet[int]) -> TimeValue | None:
    """"The following day, he met X", "two days later": the day counted from the last meeting told before
    with its day (the phrase must be in the trigger's clause); "earlier in the day", "later that day": that
    day itself."""
    sent = trigger.sent
    for match in _RELATIVE.finditer(doc_text(ctx.doc)[sent.start_char:sent.end_char]):  # sent.text, not joined again
        span = ctx.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(),
                                 alignment_mode="expand")
        if span is None or not any(t.i in clause for t in span):
            continue
        if match[5]:  # "Earlier in the day, X called on Y": the day of the meeting told before
            shift = 0
        elif match[3]:
            count = int(match[3]) if match[3].isdigit() else NUMBERS.get(match[3].lower(), 1)
            shift = count * _REL_AFTER[match[4].lower()]
        else:
            shift = _REL_DAYS[match[1].lower()]
        anchor = _day_told_before(ctx, sent, past=trigger.tag_ == "VBD")
        if anchor is None:
            return None
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=shift)
        return TimeValue(day.isoformat(), match[0])
    return _opened_on_the_day(ctx, sent, clause)


def _day_told_before(ctx: _Context, sent: Span, past: bool = False) -> TimeValue | None:
    """The day of the last meeting told before the sentence with a day of its own (no range); for a verb in the
    past, of a meeting held whose day is told, not guessed ("met A on Wednesday ... is to meet B on Friday ...
    after the 45-minute meeting ... Later in the day, he called on C": Wednesday)."""
    return next((m.date for m in reversed(ctx.told) if m.trigger.i < sent.start and m.date and len(m.date.value) == 10
                 and not m.date.end and (not past or m.status == Status.HELD and m.date.text != "today")), None)


_OPENERS = frozenset(WHEN["same_day_openers"])


def _opened_on_the_day(ctx: _Context, sent: Span, clause: AbstractSet[int]) -> TimeValue | None:
    """"Earlier, X held talks with Y", "Later, Z was received by W", "Afterwards, the President met A": a sentence
    opened by a bare word of sequence (a comma after it, no date in the clause) is on the day of the meeting
    told before it (a list number in front is skipped: "3. Earlier, ...")."""
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.like_num)), None)
    if first is None or first.lower_ not in _OPENERS or first.i not in clause or first.i + 1 >= sent.end \
            or first.nbor().text != "," or any(e.label_ == "DATE" and e.root.i in clause for e in ctx.sent_ents(first)):
        return None
    anchor = _day_told_before(ctx, sent)
    return TimeValue(anchor.value, first.text) if anchor is not None else None


def _range(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """"from Monday to Wednesday": the days from the first to the second (the parser hangs "to Wednesday"
    on "from"); the end is read forward from the start."""
    opening = ent.root.head
    if ent.root.dep_ != "pobj" or opening.lower_ not in _RANGE_OPENS:
        return None
    ends = [o for p in opening.children if p.dep_ == "prep" and p.lower_ in _RANGE_CLOSES
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "DATE" and o.i > ent.root.i]
    start = normalize_date(_date_text(ent), published, future=future)
    if not ends or start is None or len(start.value) != 10:
        return None
    last = ent.doc[ends[0].left_edge.i:ends[0].right_edge.i + 1]
    end = normalize_date(_date_text(last), dt.date.fromisoformat(start.value), future=True)
    if end is None or len(end.value) != 10 or end.value <= start.value:
        return None
    return TimeValue(start.value, f"{opening.text} {ent.text} {ends[0].head.text} {last.text}", end=end.value)


_SEASONS: dict[str, list[str]] = WHEN["seasons"]
_SEASON_LEADS: dict[str, int] = WHEN["season_leads"]
_SEASON = re.compile(rf"^(?:({_any(WHEN['season_hedges'])}) )?(?:in )?(?:(?:the )?({_any(_SEASON_LEADS)}) )?(?:the )?"
                     rf"({_any(_SEASONS)})(?: of)?(?: (\d{{4}}))?$", re.IGNORECASE)


def _season(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """"later this fall", "next spring", "the summer of 2019": the days of that season (a meeting "later"
    this season is after the publication day); "this" season is the one of the publication year."""
    match = _SEASON.match(_date_text(ent).strip())
    if match is None:
        return None
    first, last = _SEASONS[match[3].lower()]
    year = int(match[4]) if match[4] else published.year + _SEASON_LEADS.get((match[2] or "this").lower(), 0)
    start = dt.date.fromisoformat(f"{year}-{first}")
    end = dt.date.fromisoformat(f"{year + (last < first)}-{last}")
    if not match[2] and not match[4] and future is not None and (end < published if future else start > published):
        shift = 1 if future else -1  # "will meet in the spring", told in December: the next spring
        start, end = start.replace(year=start.year + shift), end.replace(year=end.year + shift)
    if match[1] and match[1].lower() == "later" and start <= published < end:
        start = published + dt.timedelta(days=1)
    return TimeValue(start.isoformat(), ent.text, end=end.isoformat())


def untagged_seasons(doc: Doc, clause: Iterable[int]) -> list[Span]:
    """"will meet again in the autumn": a season the tagger left without a label, with the article or lead word
    before it ("the autumn", "next spring"), for `_season` to read."""
    found = []
    for i in sorted(clause):
        if doc[i].lower_ not in _SEASONS or doc[i].ent_type_:
            continue
        start = i
        while start > 0 and doc[start - 1].lower_ in {"the", *_SEASON_LEADS} and i - start < 2:
            start -= 1
        found.append(doc[start:i + 1])
    return found


_YEAR_REST = re.compile(rf"^(?:{_any(WHEN['year_rest'])})$", re.IGNORECASE)
_YEAR_END = re.compile(rf"^(?:{_any(WHEN['year_end'])})$", re.IGNORECASE)
_MONTH_REST = re.compile(rf"^(?:{_any(WHEN['month_rest'])})$", re.IGNORECASE)
_WEEK_REST = re.compile(rf"^(?:{_any(WHEN['week_rest'])})$", re.IGNORECASE)
_HALF = re.compile(rf"^(?:in )?the ({_any(WHEN['year_halves'])}) half of (?:the|({_any(WHEN['year_steps'])})) year$",
                   re.IGNORECASE)


_MONTH_HALF = re.compile(rf"^(?:in )?the ({_any(WHEN['month_halves'])}) half of (.+)$", re.IGNORECASE)


def _month_half(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """"in the second half of July": the days of that half of the month (from the 16th to its end)."""
    half = _MONTH_HALF.match(_date_text(ent).strip())
    month = normalize_date(half[2], published, future=future) if half else None
    if half is None or month is None or len(month.value) != 7 or month.end is not None:
        return None
    first = dt.date.fromisoformat(f"{month.value}-{WHEN['month_halves'][half[1].lower()]:02d}")
    later = sorted(d for d in WHEN["month_halves"].values() if d > first.day)  # the next half's first day
    last = first.replace(day=later[0] - 1) if later else month_end(first)
    return TimeValue(first.isoformat(), ent.text, end=last.isoformat())


_NTH_PART = re.compile(rf"^(?:in )?the ({_any(ORDINALS)}) (week|quarter) of (.+)$", re.IGNORECASE)


def _nth_part(ent: Span, published: dt.date, future: bool | None) -> TimeValue | None:
    """"in the second week of November": days 8-14 of the month; "the fourth quarter of 2019": its three months."""
    match = _NTH_PART.match(_date_text(ent).strip())
    whole = normalize_date(match[3], published, future=future) if match else None
    if match is None or whole is None or whole.end is not None:
        return None
    nth, part = ORDINALS[match[1].lower()], match[2].lower()
    if part == "week" and len(whole.value) == 7 and nth <= 4:
        first = dt.date.fromisoformat(f"{whole.value}-{7 * (nth - 1) + 1:02d}")
        return TimeValue(first.isoformat(), ent.text, end=(first + dt.timedelta(days=6)).isoformat())
    if part == "quarter" and len(whole.value) == 4 and nth <= 4:
        return TimeValue(f"{whole.value}-{3 * nth - 2:02d}", ent.text, end=f"{whole.value}-{3 * nth:02d}")
    return None


def _rest_of_year(ent: Span, published: dt.date) -> TimeValue | None:
    """"later this year", "before the end of the year" (the preposition outside the DATE): the days from
    the next one to the year's last; "later this month", "later this week": the days from the next one to
    the month's last or the week's Sunday; "within this year": the year; "the second half of the year": its
    months (July to December)."""
    text = _date_text(ent).strip()
    lead = ent.root.head.lower_ if ent.root.dep_ == "pobj" else ""
    year = published.year
    if _YEAR_REST.match(text) or _YEAR_END.match(text) and lead in WHEN["year_end_leads"]:
        start = published + dt.timedelta(days=1)
        return TimeValue(start.isoformat(), f"{lead} {ent.text}".strip(), end=f"{year}-12-31") \
            if start.year == year else None
    if _MONTH_REST.match(text) or _WEEK_REST.match(text):
        last = month_end(published) if _MONTH_REST.match(text) else published + dt.timedelta(days=6 - published.weekday())
        start = published + dt.timedelta(days=1)
        return TimeValue(start.isoformat(), ent.text, end=last.isoformat()) if start <= last else None
    if lead == "within" and _YEAR_END.match(f"the end of {text.removeprefix('the ')}"):
        return TimeValue(str(year), f"within {ent.text}")
    half = _HALF.match(text)
    if half:
        first = WHEN["year_halves"][half[1].lower()]
        year += WHEN["year_steps"][half[2].lower()] if half[2] else 0
        return TimeValue(f"{year}-{first:02d}", ent.text, end=f"{year}-{first + 5:02d}")
    return None


_YEAR_STEPS: dict[str, int] = WHEN["year_steps"]
_MONTH_OF = re.compile(rf"^(?:in )?(\w+\.?) ({_any(_YEAR_STEPS)}) year$", re.IGNORECASE)


def _month_of_year(ent: Span, published: dt.date) -> TimeValue | None:
    """"May last year", "in March next year": that month of the year counted from publication."""
    match = _MONTH_OF.match(_date_text(ent).strip())
    if match is None:
        return None
    value = normalize_date(f"{match[1]} {published.year + _YEAR_STEPS[match[2].lower()]}", published)
    return TimeValue(value.value, ent.text) if value is not None and len(value.value) == 7 else None


_THAT_MONTH = re.compile(r"^that\s+(\w+)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _that_month(ent: Span, published: dt.date) -> TimeValue | None:
    """"came to her in 2009. She met X that April": a month pointed back at ("that") is of the last year told
    in its sentence or the one before, not of the publication's year."""
    doc = ent.doc
    text = _date_text(ent).strip()  # the tagger may leave "that" outside the DATE
    match = _THAT_MONTH.match(text if ent.start == 0 or doc[ent.start - 1].lower_ != "that" else f"that {text}")
    if match is None:
        return None
    start = doc[ent.sent.start - 1].sent.start if ent.sent.start > 0 else ent.sent.start
    years = [y for e in doc_ents(doc) if e.label_ == "DATE" and start <= e.start and e.end <= ent.start
             for y in _YEAR.findall(e.text)]
    if not years:
        return None
    value = normalize_date(f"{match[1]} {years[-1]}", published)
    return TimeValue(value.value, ent.text) if value is not None and len(value.value) == 7 else None


_DAY_PARTS: dict[str, int] = WHEN["told_day_parts"]
_DAY_PART = re.compile(rf"^(?:(?:{_any(WHEN['day_part_hedges'])}) )?({_any(_DAY_PARTS)})$", re.IGNORECASE)


def _day_part(ent: Span, published: dt.date) -> TimeValue | None:
    """"last night", "this morning", "tomorrow evening" (a TIME the dates module does not read): the day it lies
    in, counted from publication."""
    match = _DAY_PART.match(_date_text(ent).strip())
    if match is None:
        return None
    return TimeValue((published + dt.timedelta(days=_DAY_PARTS[match[1].lower()])).isoformat(), ent.text)


def _dates_agree(a: TimeValue, b: TimeValue) -> bool:
    """Two dates that can be of one meeting: one the other's prefix ("2019-06", "2019-06-14"), or a day inside
    the other's range ("a visit from June 9 to 14" and "talks on June 11")."""
    return a.value.startswith(b.value) or b.value.startswith(a.value) or _inside(a, b) or _inside(b, a)


def _inside(day: TimeValue, span: TimeValue) -> bool:
    if span.end is None or day.end is not None:
        return False
    n = len(day.value)
    return span.value[:n] <= day.value <= span.end[:n]


def _headline_guess(m: _Mention) -> bool:
    """A day only guessed ("today") for a mention in the headline: the first line, ended by a line break."""
    if m.date is None or m.date.text != "today":
        return False  # most mentions: no sentence to look at
    sent = m.trigger.sent
    words = [t for t in sent if not t.is_space]
    return sent.start == 0 and "\n" in sent.text_with_ws and bool(words) and words[-1].text not in {".", "!", "?"}


def _first_of(verb: Token) -> Token | None:
    """"met the minister on Tuesday and held talks with the committee", "will arrive in X on Wednesday and
    hold a meeting with Y": a verb coordinated on the same subject is told in the first verb's day (the
    caller asks it when the verb names no day of its own, and never takes a guessed "today")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb.head

"""Days counted from another event: "a day after meeting X", "two days after the leaders held talks",
"Varga said on Thursday, a day after her talks with X" - the meeting lies the count before (or after)
the event the phrase hangs on, whose day the main clause tells (else the publication day).

The count is read from the words, not from a DATE label: the tagger often leaves "days" or "hours"
without one, and the parser hangs the phrase on the wrong clause of a reported sentence.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.days import _any, _date_text
from kg.extract.meetings.lexicon import HOLD_VERBS, NUMBERS, REPORTING, WHEN
from kg.extract.meetings.records import _Context
from kg.nlp import lemma
from kg.records import TimeValue

_UNITS: dict[str, int] = WHEN["offset_unit_days"]  # unit -> days (0: the same day)
_VAGUE: dict[str, int] = WHEN["offset_vague_days"]  # "days after": about this many days, so its month
_COUNT = re.compile(rf"^(?:(?:{_any(WHEN['offset_hedges'])}) )?(?:({_any(WHEN['offset_numbers'])}|\d+) )?"
                    rf"({_any(_UNITS)})s?$", re.IGNORECASE)
_SIDES = {"after": -1, "before": 1}


def _offset_day(ctx: _Context, trigger: Token) -> TimeValue | None:
    """The day of a meeting told as "N units after/before" another event (see the module's docstring)."""
    found = _offset_phrase(trigger)
    if found is None or ctx.article.date is None:
        return None
    word, count_noun, main = found
    match = _COUNT.match(_date_text(trigger.doc[count_noun.left_edge.i:count_noun.i + 1]).strip())
    if match is None:
        return None
    unit = match[2].lower()
    number = match[1].lower() if match[1] else None
    anchor_text, anchor = _anchor(ctx, main, count_noun)
    if anchor is None:
        return None
    sign = _SIDES[word.lower_]
    phrase = f"{trigger.doc[count_noun.left_edge.i:count_noun.i + 1].text} {word.text} {anchor_text}"
    days = _UNITS[unit]
    if days == 0:  # "hours after meeting X": the same day
        return TimeValue(anchor.isoformat(), phrase)
    if number is None:  # "days after", "weeks after": about when, so the month it falls in
        if unit not in _VAGUE:
            return None
        return TimeValue((anchor + dt.timedelta(days=sign * _VAGUE[unit])).isoformat()[:7], phrase)
    count = int(number) if number.isdigit() else NUMBERS.get(number, 0)
    if days < 0:  # months and years: the month or the year, counted
        value = normalize_date(f"{count} {unit}s ago", anchor) if sign < 0 else None
        return TimeValue(value.value, phrase) if value else None
    return TimeValue((anchor + dt.timedelta(days=sign * count * days)).isoformat(), phrase)


def _offset_phrase(trigger: Token) -> tuple[Token, Token, Token] | None:
    """The "after"/"before" word a trigger depends on, the noun counting the time ("a day", "days") and
    the event the phrase is measured from: (word, count noun, main event)."""
    tok = trigger
    for _ in range(3):
        word = None
        if tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ in _SIDES:
            word = tok.head
        else:
            word = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _SIDES), None)
        if word is not None:
            clause = tok if word.dep_ == "mark" else word
            return _measured(word, clause)
        if tok.dep_ not in {"dobj", "pobj", "prep", "pcomp", "compound"} or tok.head.i == tok.i:
            return None
        if tok.dep_ == "dobj" and lemma(tok.head).lower() not in HOLD_VERBS:
            return None  # "two days after X canceled a summit": the count dates the cancelling, not the summit
        tok = tok.head
    return None


def _measured(word: Token, clause: Token) -> tuple[Token, Token, Token] | None:
    """The count on the phrase ("a day" on "after", on its clause, or holding it) and what it hangs on."""
    host = clause.head if word.dep_ == "mark" else word.head  # the event the phrase is measured from
    counts = [c for c in (*word.children, *clause.children, *host.children) if c.dep_ == "npadvmod"
              and c.i < word.i]
    if counts:
        count, main = counts[0], host
    elif word.dep_ == "prep" and host.pos_ == "NOUN" and host.i < word.i:
        count, main = host, host.head  # "a day after meeting X": the parser hung "after" on "day"
    else:
        return None
    if not _COUNT.match(_date_text(count.doc[count.left_edge.i:count.i + 1]).strip()):
        return None
    return word, count, main


def _anchor(ctx: _Context, main: Token, count: Token) -> tuple[str, dt.date | None]:
    """The day of the event the count is measured from: "on Wednesday, a day after" (the count in
    apposition to a day), a day on the main verb or its preposition, else the publication day. A phrase
    the parser hung on a reported clause it precedes belongs to the reporting verb ("said on Thursday,
    a day after ..., that trade would grow")."""
    published = ctx.article.date
    assert published is not None
    if count.dep_ == "appos" and count.head.ent_type_ == "DATE":
        return _day_of(ctx, count.head, published)
    subjects = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if main.dep_ == "ccomp" and lemma(main.head).lower() in REPORTING and subjects and count.i < subjects[0].i \
            and count.i > main.head.i:
        main = main.head
    for child in main.children:
        days = [child] if child.dep_ == "npadvmod" else [o for o in child.children if o.dep_ == "pobj"] \
            if child.dep_ == "prep" and child.lower_ in {"on", "in"} else []
        for day in days:
            if day.ent_type_ == "DATE" and day.i != count.i:
                text, value = _day_of(ctx, day, published)
                if value is not None:
                    return text, value
    return "today", published


def _day_of(ctx: _Context, tok: Token, published: dt.date) -> tuple[str, dt.date | None]:
    """The calendar day of the DATE entity holding a token, read as a past day (None unless a full day)."""
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end and e.label_ == "DATE"), None)
    if ent is None:
        return tok.text, None
    value = normalize_date(_date_text(ent), published, future=False)
    if value is None or len(value.value) != 10:
        return ent.text, None
    return ent.text, dt.date.fromisoformat(value.value)

"""The dateline's place: "BEIJING, March 3 (Xinhua) --", "Tunis (AFP) -", "SEOUL, June 5 (Yonhap) --",
"STATE DEPARTMENT —". A wire report is filed where its events happen unless it says otherwise, and
"here" in its text means that place ("held talks with visiting X here on Tuesday").
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from kg import gazetteer
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.extract.meetings.clauses import _clause_tokens
from kg.nlp.doc_text import doc_text
from kg.records import Kind, Status
from kg.resolve.capitals import state_of_capital

# a place in capitals, or any capitalised place followed by an agency in brackets, then a dash; an
# optional date between ("BEIJING, March 3 (Xinhua) --"); only in the article's first lines
_LINE = re.compile(r"^[ \t]*(?:(?P<caps>[A-Z][A-Z.'\- ]*[A-Z.])(?:,[^\n()]{1,30})?(?:\s*\([^()\n]{1,40}\))?"
                   r"|(?P<name>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,[^\n()]{1,30})?\s*\([^()\n]{1,40}\))"
                   r"\s*(?:--|[-\u2013\u2014])\s", re.MULTILINE)
_HEAD_CHARS = 600  # a dateline opens the story: after the headline, within its first lines
_HERE = "here"


def _dateline_place(ctx: _Context) -> str | None:
    """The key of the dateline's place (a Place, Country or a building), or None."""
    text = doc_text(ctx.doc)[:_HEAD_CHARS]
    match = _LINE.search(text)
    if match is None:
        return None
    group = "caps" if match["caps"] else "name"
    start, end = match.span(group)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    keys = {ctx.key_of[t.i] for t in span if t.i in ctx.key_of}
    key = keys.pop() if len(keys) == 1 else None
    if key is not None and ctx.kind(key) == Kind.ORGANIZATION:
        return ctx.venue(key)  # "STATE DEPARTMENT —": the body's seat
    if key is not None and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY}:
        return key
    name = match[group].title() if group == "caps" else match[group]
    return ctx.add_place(name) if gazetteer.known_place(name) else None


def dateline_state(ctx: _Context) -> str | None:
    """The state the dateline names, or whose capital it names ("KAMPALA, June 10 -" is Uganda's), or None: where
    the story is filed from, the home of its unnamed "the President" even when the text is of a visit abroad."""
    match = _LINE.search(doc_text(ctx.doc)[:_HEAD_CHARS])
    if match is None:
        return None
    name = match["caps"].title() if match["caps"] else match["name"]
    code = state_of_capital(name) or gazetteer.country_names().get(name)
    return ctx.add_country(code) if code else None


def _here(trigger: Token) -> bool:
    """"held talks with X here on Tuesday": "here" on the trigger's clause."""
    return any(t.lower_ == _HERE and t.dep_ == "advmod" for t in _clause_tokens(trigger))


def _place_here(ctx: _Context, mentions: list[_Mention]) -> None:
    """A mention with no place of its own whose clause says "here" is at the dateline's place."""
    if not any(m.place is None and _here(m.trigger) for m in mentions):
        return
    place = _dateline_place(ctx)
    for m in mentions:
        if place is not None and m.place is None and m.status != Status.CANCELLED and _here(m.trigger):
            m.place = place


_NEAR_DAYS = 1  # a meeting of the report's day, or the day before, with no place of its own


def _placed_at_dateline(ctx: _Context, events: list[_Event]) -> None:
    """"STATE DEPARTMENT — X and Y are meeting Friday": a meeting of the report's days (the day of the
    report or the one before) that names no place is at the dateline's place."""
    published = ctx.article.date
    bare = [e for e in events if e.place is None and e.date is not None and len(e.date.value) == 10
            and published is not None and abs((dt.date.fromisoformat(e.date.value) - published).days) <= _NEAR_DAYS
            and all(m.status != Status.CANCELLED for m in e.mentions)]
    place = _dateline_place(ctx) if bare else None
    for event in bare if place is not None else []:
        event.place = place

"""When: the date and the week a mention gives (its duration and ordinal: lengths; a held meeting of no day
named: undated)."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import names_weekday, normalize_date
from kg.extract.meetings.lexicon import FRAME_PREPS, NOUNS, SCHEDULING_VERBS
from kg.extract.meetings.lexicon import DAY_WORDS, ORDINALS, TRAVEL_NOUNS, WHEN
from kg.extract.meetings.days import _month_half, _nth_part, untagged_seasons
from kg.extract.meetings.days import _any, _date_text, _day_of, _either, _first_of, _range, _month_of_year, _day_part, _relative_day, _rest_of_year, _season, _that_month, _timeline_day
from kg.extract.meetings.lengths import _duration
from kg.extract.meetings.offsets import _offset_day
from kg.extract.meetings.records import _Context
from kg.extract.meetings.clauses import _clause_indices
from kg.extract.meetings.heads import _release_dash
from kg.extract.meetings.syntax import _governor, _in_subtree, _told_under
from kg.extract.meetings.undated import _lead, _perfect, _reported_after, _same_day_as, _since_date
from kg.extract.meetings.wheres import marked_clause, where_host
from kg.nlp import lemma
from kg.records import Status, TimeValue


_WEEK_STEPS: dict[str, int] = WHEN["week_steps"]
_WEEK = re.compile(rf"^(?:(?:{_any(WHEN['week_leads'])}) )?({_any(_WEEK_STEPS)}) week$", re.IGNORECASE)
_BACKGROUND_PREPS = frozenset(WHEN["background_preps"])
_TRIP_STARTS = frozenset(WHEN["trip_starts"])


def _week(ctx: _Context, trigger: Token) -> tuple[dt.date, dt.date] | None:
    """"this week", "next week" on the trigger's clause: the Monday-Sunday span it covers; else on the verb a
    "where" clause takes its time from ("will be in Ottawa next week, where she is to meet Y")."""
    own = _week_of(ctx, trigger)
    if own is not None or trigger.pos_ not in {"VERB", "AUX"}:
        return own
    clause = _clause_indices(trigger)
    dated = any(e.label_ in {"DATE", "TIME"} and e.root.i in clause for e in ctx.sent_ents(trigger)) or any(
        trigger.doc[i].lower_ in DAY_WORDS for i in clause)  # "..., where she will meet Y on Tuesday": its own day
    host = _clause_host(trigger) if not dated and marked_clause(trigger, {"where"}) else None
    return None if host is None or host.i == trigger.i or host.pos_ not in {"VERB", "AUX"} else _week_of(ctx, host)


def _week_of(ctx: _Context, trigger: Token) -> tuple[dt.date, dt.date] | None:
    published = ctx.article.date
    if published is None:
        return None
    clause = _clause_indices(trigger)
    for ent in ctx.sent_ents(trigger):
        # "this week's NATO summit" too, where the tagger left "this" out of the DATE
        text = _date_text(trigger.doc[ent.start - 1:ent.end] if ent.start and ent.text == "week" else ent)
        match = _WEEK.match(text.strip())
        if ent.label_ == "DATE" and ent.root.i in clause and match:
            step = _WEEK_STEPS[match[1].lower()]
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return monday, monday + dt.timedelta(days=6)
    return None


def _date(ctx: _Context, trigger: Token, status: Status) -> TimeValue | None:
    """The DATE attached to the trigger's clause, normalized against the publication date."""
    published = ctx.article.date
    if published is None:
        return None
    future = {Status.HELD: False, Status.CANCELLED: None}.get(status, True)
    clause = _clause_indices(trigger)
    dateline = _dateline(trigger.doc)
    candidates = [e for e in map(_before_comma, ctx.sent_ents(trigger)) if e.label_ == "DATE" and e.root.i in clause
                  and not _background(e.root, trigger) and e.start >= dateline]
    # "Earlier today, X met Y": a day word the tagger labelled a TIME or left without a label
    candidates += [e for e in ctx.sent_ents(trigger) if e.label_ == "TIME" and e.root.i in clause
                   and (any(t.lower_ in DAY_WORDS for t in e) or _day_part(e, published) or names_weekday(e.text))]
    candidates += [trigger.doc[i:i + 1] for i in sorted(clause) if (t := trigger.doc[i]).lower_ in DAY_WORDS
                   and not t.ent_type_]  # the clause lies in the trigger's sentence, in text order so
    candidates += untagged_seasons(trigger.doc, clause)  # "agreed to meet again in the autumn"
    candidates.sort(key=lambda e: (not _in_subtree(e.root, trigger), abs(e.root.i - trigger.i)))
    timeline = _timeline_day(ctx, trigger) if status == Status.HELD or _present(trigger) else None  # "- May 2015: X meets Y"
    relative = timeline or _offset_day(ctx, trigger) or _relative_day(ctx, trigger, clause)
    if relative is not None:
        return relative
    # "before the end of the year": a preposition that frames other dates bounds this one
    for ent in (e for e in ctx.sent_ents(trigger) if e.label_ in {"DATE", "TIME"} and e.root.i in clause and e.start >= dateline):
        rest = _rest_of_year(ent, published)
        if rest is not None:
            return rest
    for ent in candidates:
        value = _range(ent, published, future) or _month_half(ent, published, future) or _nth_part(ent, published, future) \
            or _that_month(ent, published) \
            or _day_of(ent, published, future) \
            or _either(ent, published, future) or _season(ent, published, future) or _month_of_year(ent, published) \
            or _day_part(ent, published)
        if value is None and "," in ent.text:  # "in July 2018, weeks after the election": one DATE for two
            head = normalize_date(_date_text(ent).split(",")[0], published, future=future)
            value = TimeValue(head.value, ent.text.split(",")[0]) if head is not None else None
        if value is not None:
            return value
    # "X visited A in March 2018, where he met Y": a "where/when" clause happens in its host clause's time
    clause_verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)  # "where he held talks"
    named = _when_date(clause_verb, published, future) if clause_verb is not None else None
    if named is not None:
        return named
    host = _clause_host(clause_verb) if clause_verb is not None else None
    for _ in range(3):  # "is scheduled to meet A and to visit B, where he will hold talks": up the chain of verbs
        if host is None or clause_verb is None or host.i == clause_verb.i or host.pos_ not in {"VERB", "AUX"}:
            break
        inherited = _date(ctx, host, status)
        if inherited is not None and (inherited.text != "today" or where_host(clause_verb) is not None
                                      or _day_word_in_clause(host)):
            return inherited  # "is in X today, where he met Y": the stay's day, even as the report's
        host = host.head if host.dep_ in {"conj", "xcomp"} else None
    shared = _date(ctx, first, status) if clause_verb is not None and (first := _first_of(clause_verb)) else None
    if shared is not None and shared.text != "today":
        return shared
    after = _after_host_day(ctx, clause_verb, status) if clause_verb is not None else None
    if after is not None:
        return after
    since = _since_date(ctx, trigger)
    if since is not None:
        return since
    trip = _trip_days(ctx, trigger)
    if trip is not None:
        return trip
    same_day = _same_day_as(ctx, trigger) if status == Status.HELD else None
    if same_day is not None:
        return same_day
    if status == Status.HELD and (_present(trigger) or _perfect(trigger) or _reported_after(trigger)
                                  or _lead(trigger)):
        return TimeValue(published.isoformat(), "today")
    return None


def _day_word_in_clause(verb: Token) -> bool:
    """"Earlier today X visited the hospital, where she met Y": a day word in the host verb's own clause (not the
    report's day a held meeting falls back on)."""
    doc = verb.doc
    return any(doc[i].lower_ in DAY_WORDS for i in _clause_indices(verb))


def _after_host_day(ctx: _Context, verb: Token, status: Status) -> TimeValue | None:
    """"agreed on Monday to set up a hotline after X held talks with Y": talks in a bare "after" clause (no
    count of time, which the offsets read) are told as of their host verb's day; so are talks told by a gerund
    ("said on Tuesday after holding talks with Y")."""
    if status != Status.HELD:
        return None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "after" and verb.head.dep_ == "prep" \
            and not any(True for c in verb.head.children if c.i != verb.i):
        host = verb.head.head
    elif verb.dep_ == "advcl":
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if mark is None or any(True for _ in mark.children):
            return None
        host = verb.head
    else:
        return None
    if host.pos_ not in {"VERB", "AUX"}:
        return None
    day = None
    for _ in range(2):  # "agreed on Monday to set up ... after": up an infinitive to the verb with the day
        day = _date(ctx, host, Status.HELD)
        if day is not None and day.text != "today" or host.dep_ != "xcomp":
            break
        host = host.head
    return day if day is not None and day.text != "today" and len(day.value) == 10 else None


def _when_date(verb: Token, published: dt.date, future: bool | None) -> TimeValue | None:
    """"since 2014, when they met": a "when" clause on a date happens at that date, whatever frames the date
    in its host clause ("since" makes it background there, not here)."""
    head = verb.head
    if verb.dep_ != "relcl" or head.ent_type_ != "DATE" or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    ent = next((e for e in verb.sent.ents if e.label_ == "DATE" and e.start <= head.i < e.end), None)
    if ent is None:
        return None
    ent = _before_comma(ent)
    return _range(ent, published, future) or normalize_date(_date_text(ent), published, future=future) \
        or _month_of_year(ent, published)


def _before_comma(ent: Span) -> Span:
    """"in October 1991, weeks before ...": a DATE the tagger ran on past a comma is its part before it (not
    "June 5, 2019", whose year follows)."""
    comma = next((t for t in ent if t.text == ","), None)
    if comma is None or comma.i == ent.start or comma.i + 1 < ent.end and ent.doc[comma.i + 1].like_num:
        return ent
    return Span(ent.doc, ent.start, comma.i, label=ent.label)


def _clause_host(verb: Token) -> Token | None:
    """The verb whose time a relative clause takes: "visited A in March, where he met Y"; "his visit in May,
    during which he held talks with Y" (a preposition on "which": its noun, however the parser hung it); up
    the verbs a meeting to come is told under ("for Kuala Lumpur, where he is scheduled to meet Y")."""
    start, verb = verb, _told_under(verb)
    which = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in FRAME_PREPS | {"in", "on"}
             and any(o.lower_ == "which" for o in c.children)]
    host: Token | None
    if verb.dep_ == "relcl" and (which or marked_clause(start, {"where", "when"}) is not None):
        host = verb.head
    elif where_host(start) is not None:  # "is in Riyadh today, where he met Y", parsed as an adverbial clause
        host = verb.head
    elif which:  # the parser made the clause a complement: the noun of a meeting or journey before "which"
        host = next((t for t in reversed(list(verb.doc[verb.sent.start:which[0].i])) if t.pos_ == "NOUN"
                     and (lemma(t).lower() in TRAVEL_NOUNS or t.lower_ in NOUNS)), None)
        if host is None:
            return None
    else:
        return None
    for _ in range(3):  # up from the place, date or noun the clause hangs on to its verb
        if host.pos_ in {"VERB", "AUX"} or host.head.i == host.i:
            break
        host = host.head
    return host


def _occasions(ctx: _Context, verb: Token) -> list[tuple[TimeValue, int]]:
    """"met in A in March 2018 and in B in May 2017": dates in prepositions of a held meeting verb that
    "and" coordinates, each with the token it starts at (the place before it belongs to it); [] unless
    two or more distinct dates are listed."""
    published = ctx.article.date
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    # "and" hung on a preposition, or on the verb between two of them ("met in April and in September")
    if published is None or not any(c.dep_ == "cc" and c.lower_ == "and" for p in [*preps, verb] for c in p.children
                                    if p is not verb or preps and preps[0].i < c.i < preps[-1].i):
        return []
    found: dict[str, tuple[TimeValue, int]] = {}
    for prep in preps:
        for pobj in (t for t in prep.children if t.dep_ == "pobj" and t.ent_type_ == "DATE"):
            ent = next((e for e in verb.sent.ents if e.label_ == "DATE" and e.start <= pobj.i < e.end), None)
            if ent is None or any(t.lower_ == "and" for t in ent):
                continue  # "on January 8 and 9" is one meeting over two days
            value = normalize_date(_date_text(ent), published, future=False) or _month_of_year(ent, published)
            if value is not None and value.value[:4].isdigit():
                found.setdefault(value.value, (value, prep.i))
    listed = sorted(found.values(), key=lambda x: x[1])
    # "in April and in September last year": a year told on the last month only is every bare month's
    last = listed[-1][0] if listed else None
    if last is not None and len(last.value) == 7 and (
            any(ch.isdigit() for ch in last.text) or "year" in last.text.lower()):
        listed = [(TimeValue(last.value[:4] + v.value[4:], v.text), i) if len(v.value) == 7 and not any(
            ch.isdigit() for ch in v.text) and v.value[5:] < last.value[5:] else (v, i) for v, i in listed]
    return listed if len(found) >= 2 else []


def _trip_days(ctx: _Context, trigger: Token) -> TimeValue | None:
    """"The 10-day trip will include visits with X", the trip begun on a day the article tells ("begins
    his trip today"): the visits fall within the trip's days, from its first to its last."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    published = ctx.article.date
    if verb is None or published is None:
        return None
    trips = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and lemma(c).lower() in TRAVEL_NOUNS]
    days = _duration(trips[0], whole=True) if trips else None
    if not days or not days.startswith("P") or not days.endswith("D") or days.startswith("PT"):
        return None
    kind = lemma(trips[0]).lower()
    for tok in ctx.doc:
        start = tok.head
        if lemma(tok).lower() != kind or tok.dep_ not in {"dobj", "nsubj"} or lemma(start).lower() not in _TRIP_STARTS:
            continue
        clause = _clause_indices(start)
        # the day words the tagger left without a label count too ("begins his trip today")
        days_told = [e for e in start.sent.ents if e.label_ == "DATE"]
        days_told += [ctx.doc[t.i:t.i + 1] for t in start.sent if t.lower_ in DAY_WORDS and not t.ent_type_]
        for ent in days_told:
            if ent.root.i not in clause or _background(ent.root, start):
                continue
            value = normalize_date(_date_text(ent), published)
            if value is not None and value.is_day:
                first = dt.date.fromisoformat(value.value)
                last = first + dt.timedelta(days=int(days[1:-1]) - 1)
                return TimeValue(first.isoformat(), f"{ent.text}, {trips[0].text}", end=last.isoformat())
    return None


def _dateline(doc: Doc) -> int:
    """The token where the text starts after a dateline ("WASHINGTON, Oct. 23, 2016 - X met Y"): the
    dateline's date is the report's, not the meeting's."""
    return _release_dash(doc) + 1


def _background(date_root: Token, trigger: Token) -> bool:
    """A date that frames something else: "since 1979", "in over 30 years", "within a year"."""
    for tok in [date_root, *date_root.ancestors]:
        if tok.i == trigger.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ in _BACKGROUND_PREPS and not _which_time(tok) \
                and not (tok.lower_ == "for" and (lemma(tok.head).lower() in SCHEDULING_VERBS or _for_meeting(tok))):
            return True
        if tok.dep_ == "quantmod":
            return True
    return False


def _for_meeting(prep: Token) -> bool:
    """"will host X for a working dinner on Thursday": "for" whose object is a meeting noun names the meeting
    itself, so a date the parser hung inside it is the meeting's, not a frame."""
    return any(c.dep_ == "pobj" and c.lower_ in NOUNS for c in prep.children)


def _which_time(prep: Token) -> bool:
    """"met for the first time on Monday", "for a second day": an ordinal phrase tells which occurrence,
    it frames nothing (the date inside it is the meeting's)."""
    return any(c.dep_ == "pobj" and any(m.lower_ in ORDINALS for m in c.children) for c in prep.children)


def _present(trigger: Token) -> bool:
    """A present-tense report ("Bush visits Sao Paulo", "are meeting in Juba"): the event is today."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None:
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBG" and bool(tags & {"VBZ", "VBP"}) \
        and "VBN" not in tags

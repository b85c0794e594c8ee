"""Event coreference: mentions of one meeting, across sentences, become one event."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.meetings.days import _dates_agree, _headline_guess, _timeline_dated
from kg.extract.meetings.lexicon import TIME_FRAMES
from kg.extract.meetings.lexicon import CONTINUATION_HEADS, CONTINUATION_MODS, ORDINALS
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.extract.meetings.syntax import _future, _in_subtree, _previous
from kg.records import Kind, Status
from kg.resolve.clusters import kind_of


def _compatible(event: _Event, m: _Mention) -> bool:
    """Same kind of time (held vs to come), dates that can be the same, no ordinal clash."""
    first = event.mentions
    statuses = {x.status for x in first}
    # ("held talks in Seoul ... A planned meeting in Hanoi last July was scrapped": a call-off of its own is no held one)
    if _future(m.status) != any(_future(s) for s in statuses) and not (
            m.status == Status.CANCELLED or Status.CANCELLED in statuses) or m.status == Status.CANCELLED \
            and not m.anaphoric and (m.date or m.place) and Status.HELD in statuses:
        return False
    # "X sat down with Y for talks on Monday": a day guessed for one trigger ("today") yields to the day
    # another trigger of the same sentence names
    same_sentence = {x.trigger.i for x in first if x.trigger.sent.start == m.trigger.sent.start}
    guessed = m.date is not None and m.date.text == "today"
    # "X met Y. The meeting took place on Thursday": a later mention naming no one new gives the day of a
    # meeting, not a line of a timeline, dated as its own entry ("JULY 13 - the leaders' meeting in Suva")
    telling = m.anaphoric and m.date is not None and not guessed and len(m.date.value) == 10 and not _timeline_dated(m)
    # "Varga meets Kovac" over "... held talks with Kovac on Thursday": a headline's present is the lead's day
    dates = {x.date for x in first if x.date and not ((x.trigger.i in same_sentence or telling) and (
        guessed or x.date.text == "today")) and not _headline_guess(x)}
    # "The meeting was postponed on Wednesday": an anaphoric cancellation's date may be the day it was called off
    if m.date and not _headline_guess(m) and not (m.anaphoric and m.status == Status.CANCELLED) and any(
            not _dates_agree(d, m.date) for d in dates):
        return False
    ordinals = {x.ordinal for x in first if x.ordinal}
    previous = _previous(m.trigger, m.kind)
    # "X and Y first met in Phnom Penh in November. [caption] ... before a bilateral meeting in Phnom Penh, November
    # 12": a dated mention tells more of a dated meeting told as one before (the news of the day never joins it)
    restated = not previous and m.date is not None and bool(dates) and _previous(first[0].trigger, first[0].kind)
    return not (m.ordinal and ordinals and m.ordinal not in ordinals) \
        and (restated or all(_previous(x.trigger, x.kind) == previous for x in first))


def _merge(mentions: list[_Mention]) -> list[_Event]:
    """Group mentions into events, in text order; a week's series joins the sessions of that week."""
    # ("met twice this week, on Monday and on Thursday": a mention told on a day of its own is no series)
    series = [m for m in mentions if m.week and len(m.participants) >= 2 and not m.partial
              and not (m.date is not None and m.date.is_day and m.date.text != "today")]
    events = _merge_mentions([m for m in mentions if m not in series])
    for m in series:
        assert m.week is not None
        first, last = m.week
        # the sessions: meetings of the same sides on days of that week ("last week ... will meet again in
        # May" is no session of it)
        sessions = [e for e in events if e.participants == m.participants
                    and any(x.date and len(x.date.value) == 10 for x in e.mentions)
                    and all(len(x.date.value) == 10 and first.isoformat() <= x.date.value <= last.isoformat()
                            for x in e.mentions if x.date)]
        for e in sessions:
            e.mentions.append(replace(m, anaphoric=True))
        if not sessions:
            # "X will meet Y in Nairobi next week" with a headline "X and Y to meet": one meeting
            same = [e for e in events if e.participants == m.participants and _compatible(e, m)
                    and not any(x.date for x in e.mentions)]
            if same:
                same[-1].mentions.append(m)
            elif not m.quoted:
                events.append(_Event([m], set(m.participants)))
                _week_told_again(events[-1], m, mentions, events)
    return events


def _week_told_again(event: _Event, series: _Mention, mentions: list[_Mention], events: list[_Event]) -> None:
    """"X will meet Y next week. The meeting will take place in Sanaa on Tuesday": a later mention naming
    no one new, left alone by the merge (no meeting was told before it), tells the day and place."""
    assert series.week is not None
    first, last = series.week
    joined = {id(x) for e in events for x in e.mentions}
    for m in mentions:
        if id(m) in joined or m.trigger.i < series.trigger.i or not m.anaphoric or not m.participants <= event.participants \
                or m.quoted or _sentences_apart(series, m) > 3 or not _compatible(event, m):
            continue
        if m.date is None or len(m.date.value) == 10 and first.isoformat() <= m.date.value <= last.isoformat():
            event.mentions.append(m)
            return


def _merge_mentions(mentions: list[_Mention]) -> list[_Event]:
    events: list[_Event] = []
    for m in mentions:
        full = len(m.participants) >= 2 and not m.partial
        # "which attended the first round as observers": the event of that ordinal, however far back
        told = next((e for e in reversed(events) if _compatible(e, m) and (
            any(x.ordinal == m.ordinal for x in e.mentions) if m.ordinal else _sentences_apart(e.mentions[-1], m) <= 3)),
                    None) if m.adds_sides and m.participants and not m.partial else None
        if told is not None:  # "X are serving as mediators for the talks": new sides of the talks told
            parties = set(told.participants)
            told.mentions.append(m)
            told.participants |= m.participants
            # ... and of "a second phase of negotiations" of the same parties told since
            for later in events[events.index(told) + 1:]:
                if later.participants == parties and _continues(later.first().trigger):
                    later.participants |= m.participants
            continue
        if full:
            same = [e for e in events if e.participants == m.participants and _compatible(e, m)]
            wider = [e for e in events if m.participants < e.participants and _compatible(e, m)
                     and m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 400]
            target = _best(same, m) or _best(wider, m)
            if target is not None:  # "X and Y discussed Z" only tells of the meeting it joins
                target.mentions.append(replace(m, anaphoric=True) if m.joins_only else m)
            elif not m.quoted and not m.joins_only:
                events.append(_Event([m], set(m.participants)))
            continue
        if not (m.anaphoric or m.partial or m.participants):
            continue
        candidates = [e for e in events if m.participants <= e.participants and _compatible(e, m)
                      and not _time_of(m, e)]
        if m.ordinal:
            candidates = [e for e in candidates if any(x.ordinal == m.ordinal for x in e.mentions)]
        elif not m.anaphoric:
            candidates = [e for e in candidates if m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 60]
        target = _best(candidates, m)
        if target is None and m.anaphoric and not m.participants and m.date and m.date.text == "today":
            # "X said after the talks": no one new, a date only guessed - the talks told before
            undated = replace(m, date=None)
            target = _best([e for e in events if _compatible(e, undated)
                            and m.trigger.sent.start - e.mentions[-1].trigger.sent.start < 60], undated)
            m = undated
        if target is not None:
            target.mentions.append(replace(m, anaphoric=True))
        elif m.partial and len(m.participants) >= 2 and all(kind_of(k) == Kind.PERSON for k in m.participants) \
                and not m.anaphoric and not m.quoted and not m.joins_only:
            # "met X and opposition leaders": the people named met, whoever else the text leaves unnamed (states
            # named beside an unresolved side are often its setting, not the table)
            events.append(_Event([m], set(m.participants)))
    return events


def _continues(noun: Token) -> bool:
    """"the next round of talks", "a second phase of negotiations": more of talks told before."""
    head = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.lower_ in CONTINUATION_HEADS and any(
        c.lower_ in CONTINUATION_MODS or c.lower_ in ORDINALS for c in head.children)


def _time_of(m: _Mention, event: _Event) -> bool:
    """"a summit scheduled to take place ahead of the G20 summit": a meeting named as the time of a mention
    of the event (in its phrase) is another meeting."""
    tok = m.trigger
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    word = prep.head.lower_ if prep.lower_ in {"of", "to"} and prep.head.pos_ in {"ADV", "ADJ"} else prep.lower_
    return word in TIME_FRAMES and any(x.trigger.i != tok.i and _in_subtree(prep, x.trigger) for x in event.mentions)


def _sentences_apart(a: _Mention, b: _Mention) -> int:
    """How many sentence starts lie between two mentions."""
    first, last = sorted((a.trigger.i, b.trigger.i))
    return sum(1 for t in a.trigger.doc[first:last + 1] if t.is_sent_start and t.i > first)


def _merge_states(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """"The United States and Iran held talks" is the Kerry-Zarif meeting when their countries match.

    Only for meetings held: talks between states to come ("more talks with the U.S.") are often
    another matter than a summit of their leaders."""
    out = [e for e in events]
    sent_of = ctx.sentence_of
    for event in events:
        if any(ctx.is_person(k) for k in event.participants) or any(_future(m.status) for m in event.mentions):
            continue
        signing = _signed_by(ctx, event, events, sent_of)
        if signing is not None:
            signing.mentions[:0] = event.mentions
            signing.participants |= event.participants
            out.remove(event)
            continue
        for other in events:
            people = {k for k in other.participants if ctx.is_person(k)}
            if other is event or other not in out or len(people) != len(other.participants) or any(
                    _future(m.status) for m in other.mentions):
                continue
            if not all(_compatible(other, m) for m in event.mentions):
                continue
            countries = [ctx.states_of(p) for p in people]
            # (a host or mediator of another state may sit with them: "Ashby hosted A's X and B's Y")
            if sum(1 for c in countries if c & event.participants) >= len(event.participants) \
                    and event.participants <= set().union(*countries):
                other.mentions[:0] = [replace(m, anaphoric=True) for m in event.mentions]
                out.remove(event)
                # "... held talks on Tuesday and agreed to meet again next month": the same subject's next one
                for later in (e for e in out if e.participants == event.participants and e.first().trigger.sent.start
                              == event.first().trigger.sent.start and any(_future(m.status) for m in e.mentions)):
                    later.participants = {p for p, c in zip(people, countries) if c & event.participants}
                break
    return out


def _signed_by(ctx: _Context, event: _Event, events: list[_Event], sent_of: dict[int, int]) -> _Event | None:
    """"The United States and Brazil have signed an accord. The deal was signed by Rice and Amorim": the
    states are the parties, the ministers the signers - one signing, with all of them."""
    if event.first().cameo != "057":
        return None
    where = sent_of[event.first().trigger.sent.start]
    for other in events:
        if other is event or other.first().cameo != "057" or not all(ctx.is_person(k) for k in other.participants):
            continue
        if any(_future(m.status) for m in other.mentions) or not other.first().anaphoric:
            continue
        if 0 < sent_of[other.first().trigger.sent.start] - where <= 2:
            return other
    return None


def _best(events: list[_Event], m: _Mention) -> _Event | None:
    """The event a mention most likely speaks of: same date, people of the sentence, then most recent."""
    if not events:
        return None

    def score(item: tuple[int, _Event]) -> tuple[int, int, int]:
        n, e = item
        same_date = int(m.date is not None and any(x.date and x.date.value == m.date.value for x in e.mentions))
        overlap = len(m.context & e.participants)
        return (same_date, overlap, n)

    return max(enumerate(events), key=score)[1]



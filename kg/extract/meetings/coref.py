"""Event coreference: mentions of one meeting, across sentences, become one event."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations

from spacy.tokens import Token

from kg.extract.meetings.days import _dates_agree, _headline_guess
from kg.extract.meetings.lexicon import AGAIN_WORDS, TIME_FRAMES, VISIT, WHEN
from kg.extract.meetings.lexicon import CONTINUATION_HEADS, CONTINUATION_MODS, ORDINALS
from kg.extract.meetings.records import STANDIN, _Context, _Event, _Mention
from kg.extract.meetings.status import _most_specific
from kg.extract.meetings.syntax import _future, _in_subtree, _previous
from kg.records import Kind, Status
from kg.resolve.clusters import kind_of


def _join_coordinated(ctx: _Context, mentions: list[_Mention]) -> list[_Mention]:
    """Coordinated verbs on one subject in one time are one event: "X visited Hanoi on Wednesday and met
    Y" is one meeting of X and Y in Hanoi on Wednesday. A visit to the state of the person met is that
    meeting; a state no one met stays apart ("visited France and met the German chancellor")."""
    out = list(mentions)
    by_trigger = {m.trigger.i: m for m in mentions}
    for m in mentions:
        verb = m.trigger
        if m.kind != "verb" or verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
                or any(c.lower_ in AGAIN_WORDS for c in verb.children):
            continue
        head = by_trigger.get(verb.head.i)
        if head is None or head not in out or head.kind != "verb" or head.status != m.status \
                or head.date and m.date and head.date.value != m.date.value:
            continue
        people = {k for k in head.participants | m.participants if ctx.is_person(k)}
        others = (head.participants | m.participants) - people
        if len(people) < 2 or others - {s for p in people for s in ctx.states_of(p)}:
            # two meetings, on the same trip: the second shares the time and place of the first
            if head.status == Status.HELD and head.date and not m.date:
                m.date, m.place = head.date, m.place or head.place
            continue
        widest = m if people <= m.participants else head
        joined = replace(head, participants=people, cameo=widest.cameo, date=head.date or m.date,
                         place=_most_specific(ctx, [x for x in (head.place, m.place) if x]),
                         duration=head.duration or m.duration, partial=head.partial and m.partial,
                         context=head.context | m.context, confidence=max(head.confidence, m.confidence))
        out[out.index(head)] = joined
        out.remove(m)
        by_trigger[head.trigger.i] = joined
    return out


def _when_joined(mentions: list[_Mention]) -> list[_Mention]:
    """"A and B last met in Tokyo in March, when they sat in on the summit between C and D": a meeting told
    in a "when" clause on a held meeting verb is that meeting, with the sides of both."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "verb" or m.status != Status.HELD or m.cameo == VISIT:
            continue
        for k, n in enumerate(out):
            host = _when_host(n.trigger)
            if n is m or n.status != m.status or n.cameo == VISIT or host is None or host.i != m.trigger.i:
                continue
            out[k] = replace(n, participants=n.participants | m.participants, date=m.date or n.date,
                             place=m.place or n.place, anaphoric=False, partial=False, context=n.context | m.context)
            out = [x for x in out if x is not m]
            break
    return out


def _when_host(tok: Token) -> Token | None:
    """The verb a "when" clause holding a token hangs on (through the date it may hang on)."""
    for t in [tok, *list(tok.ancestors)[:4]]:
        if t.dep_ in {"advcl", "relcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in t.children):
            host = t.head
            for _ in range(3):
                if host.pos_ in {"VERB", "AUX"} or host.head.i == host.i:
                    break
                host = host.head
            return host
    return None


def _fill_standins(ctx: _Context, mentions: list[_Mention]) -> None:
    """Stand-ins for unnamed leaders take the people of a nearby mention of the same meeting.

    "The leaders of South Korea and North Korea have completed their first day of talks. The visit is
    the third meeting between Moon Jae-in and Kim Jong Un": the other mention (within two sentences,
    same time, as many participants, the named ones shared) names people whose known states do not
    contradict the stand-ins. Without such a mention the stand-in becomes its state.
    """
    sent_of = ctx.sentence_of
    for m in mentions:
        standins = {k for k in m.participants if k.startswith(STANDIN)}
        if not standins:
            continue
        known = m.participants - standins
        best: tuple[int, set[str]] | None = None
        for n in mentions:
            if n is m or n.quoted or any(k.startswith(STANDIN) for k in n.participants):
                continue
            distance = abs(sent_of[n.trigger.sent.start] - sent_of[m.trigger.sent.start])
            others = n.participants - known
            if distance > 2 or _future(n.status) != _future(m.status) or not known <= n.participants \
                    or len(n.participants) != len(m.participants) or not all(ctx.is_person(k) for k in others):
                continue
            if _assignable(ctx, sorted(standins), sorted(others)) and (best is None or distance < best[0]):
                best = (distance, others)
        if best is not None:
            m.participants = known | best[1]
            m.context |= best[1]
        else:
            m.participants = known | {k[len(STANDIN):] for k in standins}


def _assignable(ctx: _Context, standins: list[str], people: list[str]) -> bool:
    """Each stand-in ("?leader/country/KOR") can be a distinct person not known to serve another state."""
    states = ctx.states_of
    return any(all(not states(p) or s[len(STANDIN):] in states(p) for s, p in zip(standins, order))
               for order in permutations(people))


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
    # "X met Y. The meeting took place on Thursday": a later mention naming no one new gives the day of
    # a meeting whose day was only guessed
    telling = m.anaphoric and m.date is not None and not guessed and len(m.date.value) == 10
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
    series = [m for m in mentions if m.week and len(m.participants) >= 2 and not m.partial]
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


_THIS_PERIOD = re.compile(rf"\b(?:{'|'.join(WHEN['this_period'])}) (?:{'|'.join(WHEN['period_units'])})$", re.IGNORECASE)


def _earlier_ones(events: list[_Event]) -> list[_Event]:
    """"The visit is the third meeting between Moon and Kim this year": the earlier ones of the year
    were held too (one event for them; the text gives no more about them). "This was the two leaders'
    fourth meeting", told of a meeting held and no other meeting of theirs told: the earlier ones, undated."""
    out: list[_Event] = []
    for event in events:
        for m in event.mentions:
            if not (m.ordinal and m.ordinal >= 2):
                continue
            period = m.date.value if m.date and _THIS_PERIOD.search(m.date.text) else None
            if period is None and (m.status != Status.HELD or event.first().status != Status.HELD):
                continue
            sides = event.participants if period else m.participants  # "the two leaders'", not their host
            others = [e for e in events + out if e is not event and e.participants == sides
                      and (period is None or any(x.date and x.date.value.startswith(period) for x in e.mentions))]
            if not others:
                earlier = replace(m, status=Status.HELD, place=None, duration=None, ordinal=None, anaphoric=False,
                                  confidence=round(m.confidence - 0.2, 2), date=m.date if period else None)
                out.append(_Event([earlier], set(sides)))
    return out


def _resumptions(events: list[_Event], mentions: list[_Mention]) -> list[_Event]:
    """"The meeting was adjourned. It is likely to resume Tuesday": a new session, to come, of the event
    that holds the mention its subject refers to, with that event's sides (not of a meeting of several
    days, which goes on). A mention that names no one
    ("The meeting was adjourned") was joined to an event by a guess: trusted only when the article tells
    of that one meeting alone."""
    out: list[_Event] = []
    for m in mentions:
        if m.resumes is None:
            continue
        source = next((e for e in events if any(x.trigger.i == m.resumes for x in e.mentions)), None)
        if source is None or len(source.participants) < 2:
            continue
        if any(x.duration and re.fullmatch(r"P([2-9]|\d\d)D", x.duration) for x in source.mentions):
            continue  # "the two-day summit opened Wednesday ... will resume Thursday": one meeting under way
        named = any(x.participants for x in source.mentions if x.trigger.i == m.resumes)
        if not named and sum(len(e.participants) >= 2 for e in events) > 1:
            continue
        m.participants = set(source.participants)
        out.append(_Event([m], set(source.participants)))
    return out

"""A meeting told once by a state for one of its people: "Kenya and Somalia leaders hold talks" over "President
X met President Y": the state is the side its person was at a meeting told elsewhere (event coreference)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.meetings.coref import _compatible
from kg.extract.meetings.holders import _same_office
from kg.extract.meetings.lexicon import VISIT
from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.syntax import _title_word
from kg.records import Kind, Status

TOP_CHARS = 300  # a headline, a standfirst and key-point lines come before the body
NEAR = 2  # sentences: a state told for its person in the sentence of the meeting or next to it


def _state_sides(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """An event of people and states joins another event that has all its people and, for each of its
    states, a person of that state not named in it; the other event's sides stay (the state added nothing).
    Only meetings held, and when exactly one event fits, whose every mention the joining ones agree with
    (a meeting to come with a state is often another matter than one with one of its people told)."""
    out = list(events)
    for event in events:
        states = {k for k in event.participants if ctx.kind(k) == Kind.COUNTRY}
        people = event.participants - states
        if not states or not people or not all(ctx.is_person(k) for k in people) \
                or any(m.status != Status.HELD for m in event.mentions):
            continue
        offices = _offices_told(ctx, event, states)
        hosts = [e for e in out if e is not event and people < e.participants
                 and _stands_for(ctx, states, e.participants - event.participants, people)
                 and _holds_told(ctx, offices, e.participants - event.participants)
                 and all(_compatible(e, m) for m in event.mentions) and _near(ctx, event, e)]
        if len(hosts) > 1:  # the one on the day the state's mention tells (a headline's "today": the lead's)
            days = {m.date.value for m in event.mentions if m.date}
            hosts = [e for e in hosts if any(x.date and x.date.value in days for x in e.mentions)]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.mentions.extend(replace(m, anaphoric=True) for m in event.mentions)
        host.mentions.sort(key=lambda m: m.trigger.i)
        out.remove(event)
    return out


def _near(ctx: _Context, event: _Event, host: _Event) -> bool:
    """Told at the top (headline, standfirst, key points), or at most two sentences from the other event; a
    visit to the state only in the sentence of the meeting ("visited X, where he held talks with Y")."""
    if min(m.trigger.sent.start_char for m in event.mentions) < TOP_CHARS:
        return True
    number = ctx.sentence_of
    told = [number[m.trigger.sent.start] for m in event.mentions]
    near = 0 if any(m.cameo == VISIT for m in event.mentions) else NEAR
    return any(abs(a - number[m.trigger.sent.start]) <= near for a in told for m in host.mentions)


def _stands_for(ctx: _Context, states: set[str], others: set[str], shared: set[str]) -> bool:
    """Each state has a person of its own among the others, a different one each, and no other is left; a
    person whose state the text does not tell may be any state but one of the shared people's."""
    if len(others) != len(states) or not all(ctx.is_person(k) for k in others):
        return False
    if any(state in ctx.states_of(p) for p in shared for state in states):
        return False
    left = set(others)
    for state in sorted(states):
        own = sorted(p for p in left if state in ctx.states_of(p)) or sorted(p for p in left if not ctx.states_of(p))
        if not own:
            return False
        left.discard(own[0])
    return True


def _offices_told(ctx: _Context, event: _Event, states: set[str]) -> list[Token]:
    """The singular titles a state is told on where the event is ("met the South Korean President", "Kenya's
    foreign minister"): the office of the unnamed official the state stands for."""
    return [t.head for m in event.mentions for t in m.trigger.sent if ctx.key_of.get(t.i) in states
            and t.dep_ in {"amod", "compound", "poss", "nmod"} and t.head.tag_ != "NNS" and _title_word(t.head)]


def _holds_told(ctx: _Context, offices: list[Token], others: set[str]) -> bool:
    """The people a state would stand for hold the office it is told with, where the article titles them:
    "Thanh met the South Korean President" is no meeting with the chairman of a Korean company met elsewhere."""
    return all(any(r.person == p and r.title and _same_office(o, r.title) for o in offices for r in ctx.roles)
               or not any(r.person == p and r.title for r in ctx.roles) for p in others) if offices else True

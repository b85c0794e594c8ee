"""Stays: a visit or a trip told beside the meetings it holds becomes one with them (across mentions)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.meetings.coref import _compatible
from kg.extract.meetings.days import _inside
from kg.extract.meetings.lexicon import VISIT
from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.syntax import _in_subtree, _purpose
from kg.extract.meetings.visits import _in_state
from kg.nlp import gazetteer
from kg.records import Kind, Status


def _absorb_visits(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """A visit of P to state S is P's meeting with a person of S told elsewhere ("Rice will travel to
    Germany ... during her first meeting with German Chancellor Merkel"): one event with what both say."""
    out = list(events)
    for visit in events:
        people = [k for k in visit.participants if ctx.is_person(k)]
        states = [k for k in visit.participants if ctx.kind(k) == Kind.COUNTRY]
        if visit.first().cameo != VISIT or len(people) != 1 or len(states) != 1 or len(visit.participants) != 2:
            continue
        framing = all(_framing(v.trigger) for v in visit.mentions)
        hosts = [e for e in out if e is not visit and people[0] in e.participants
                 and (all(_compatible(e, m) for m in visit.mentions) or _during(e, visit))
                 and not _elsewhere(ctx, e, states[0])
                 and (any(states[0] in ctx.states_of(q) for q in e.participants if q != people[0] and ctx.is_person(q))
                      or _purpose_of(visit, e)
                      # "X, who was on a visit to Kenya, ...": X's meeting held in Kenya's capital is of the stay
                      or framing and any(m.place and _in_state(ctx, m.place, states[0]) for m in e.mentions))]
        if all(m.status == Status.CANCELLED for m in visit.mentions):
            # "X met Y of S ... a visit by X to S was postponed": what was held was no part of it
            hosts = [e for e in hosts if not any(m.status == Status.HELD for m in e.mentions)]
        if len(hosts) > 1:  # several meetings with the host state's people: the one told beside the visit
            near = [e for e in hosts if any(x.trigger.sent.start == v.trigger.sent.start
                                            for x in e.mentions for v in visit.mentions)]
            hosts = near if len(near) == 1 else hosts
        if len(hosts) == 1:
            hosts[0].mentions.extend(visit.mentions)
            out.remove(visit)
        elif hosts and (framing or all(_during(e, visit) for e in hosts)):
            # "X, who is on a three-day visit to India, ...", then X's meetings with Indians: the stay that
            # holds them, no meeting of its own (it tells their time and place no better than they do); a
            # stay told on its own ("a state visit from March 1 to 6") places none of them (which one, where?)
            hosts[0].mentions.extend(replace(m, anaphoric=True, place=m.place if framing else None)
                                     for m in visit.mentions)
            out.remove(visit)
    return out


def _host_of_stay(events: list[_Event]) -> list[_Event]:
    """"X arrived for a state visit from March 1 to 6 at the invitation of President Y ... Y will meet X on
    Wednesday": a stay with the same sides as a meeting held inside its days is that meeting's frame."""
    out = list(events)
    for visit in events:
        if visit.first().cameo != VISIT:
            continue
        hosts = [e for e in out if e is not visit and e.first().cameo != VISIT
                 and e.participants == visit.participants and _during(e, visit)]
        if hosts:
            hosts[0].mentions.extend(replace(m, anaphoric=True, place=None) for m in visit.mentions)
            out.remove(visit)
    return out


def _during(event: _Event, visit: _Event) -> bool:
    """Every date told of an event falls inside the days of a stay ("from March 1 to 6")."""
    spans = [m.date for m in visit.mentions if m.date and m.date.end]
    days = [m.date for m in event.mentions if m.date and m.date.text != "today"]
    return len(spans) == 1 and bool(days) and all(_inside(d, spans[0]) for d in days)


def _elsewhere(ctx: _Context, event: _Event, state: str) -> bool:
    """"X hosted Y in Warsaw ... a visit by X to Prague was postponed": a meeting placed in another state
    (that state, or its capital) is not held on the visit to this one."""
    for m in event.mentions:
        if m.place and m.place != state and not _in_state(ctx, m.place, state):
            entity = ctx.entity(m.place)
            if entity.kind == Kind.COUNTRY or entity.kind == Kind.PLACE and gazetteer.capitals().get(entity.name):
                return True
    return False


def _framing(trigger: Token) -> bool:
    """A visit told of its visitor, not as news of its own: in a relative clause ("who is on a visit to
    X") or as "on a visit to X"."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "relcl" or tok.dep_ == "pobj" and tok.head.lower_ == "on":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _purpose_of(visit: _Event, event: _Event) -> bool:
    """"will visit Denmark for talks with Y": the meeting named inside the visit's own phrase is its purpose;
    "X, who is visiting Doha, met Y": a visit told of the meeting's subject is the stay the meeting is in."""
    return any(x.trigger.i != v.trigger.i and _in_subtree(x.trigger, v.trigger) and (
        x.trigger.dep_ == "pobj" and x.trigger.head.lower_ == "for" or _purpose(x.trigger) and x.trigger.head.i == v.trigger.i)
        or _told_of_side(v.trigger, x.trigger) for v in visit.mentions for x in event.mentions)


def _told_of_side(visit: Token, meeting: Token) -> bool:
    """"X, who is visiting Doha, met Y", "held talks with Y, who is on a visit to China": a visit told in
    a relative clause on the meeting's subject or on a side named in its phrase."""
    tok = visit
    for _ in range(4):
        if tok.dep_ == "relcl":
            side = tok.head
            return side.head.i == meeting.i and side.dep_ in {"nsubj", "nsubjpass"} or \
                _in_subtree(side, meeting) and not _in_subtree(meeting, side)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _itinerary(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """"They will visit A, B and C. The President will meet with President X, President Y and President Z":
    a traveller's meeting with as many people as the states of the trip just listed is one meeting per
    stop, the people taken in the order of the stops (unless a person is known to serve another state)."""
    out = list(events)
    for event in events:
        people = [k for k in event.participants if ctx.is_person(k)]
        if len(people) != len(event.participants) or len(people) < 3:
            continue
        for traveller in people:
            stops = [e for e in out if e.first().cameo == VISIT and len(e.participants) == 2 and traveller in
                     e.participants and e.first().trigger.i < event.first().trigger.i and all(
                         _compatible(event, m) for m in e.mentions)]
            stops = [e for e in stops if e.first().trigger.i == stops[-1].first().trigger.i] if stops else []
            hosts = [(e.participants - {traveller}).pop() for e in stops]
            others = sorted(set(people) - {traveller}, key=lambda k: _first_at(ctx, event, k))
            if len(hosts) != len(others) or any(ctx.states_of(p) and h not in ctx.states_of(p)
                                                for p, h in zip(others, hosts)):
                continue
            out.remove(event)
            for stop, person in zip(stops, others):
                out[out.index(stop)] = _Event(list(event.mentions) + stop.mentions, {traveller, person})
            break
    return out


def _first_at(ctx: _Context, event: _Event, key: str) -> int:
    """Where a participant is first named in the sentence of an event's first mention."""
    return next((t.i for t in event.first().trigger.sent if ctx.key_of.get(t.i) == key), 10**9)

"""Mentions of one meeting joined before the merge: coordinated verbs on one subject, a meeting told in a
"when" clause, stand-ins for unnamed leaders filled from a nearby mention."""
from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import AGAIN_WORDS, VISIT
from kg.extract.meetings.records import STANDIN, _Context, _Mention
from kg.extract.meetings.status import _most_specific
from kg.extract.meetings.syntax import _future
from kg.records import Status


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

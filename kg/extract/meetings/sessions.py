"""Sessions of talks: a bare "round" is a meeting when the article tells talks and sets the round in their
series ("the fifth round", "a second round in Geneva", "the sixth round is planned for Jakarta"); its sides
are the ones its own clause names ("led by A and B", "when A and B sat across a table"), else those of the
talks told before; "the week-long round" right after "the fifth round of negotiations" is that round; "the
next round of talks" is a new meeting of the parties to the talks told before."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import (
    CONTINUATION_HEADS,
    CONTINUATION_MODS,
    ORDINALS,
    REFERRING_DETS,
    SERIES_MODS,
    SERIES_NOUNS,
)
from kg.extract.meetings.records import _Context, _Mention
from kg.extract.meetings.syntax import _arg_preps, _in_subtree
from kg.records import Kind, Status


def is_session(ctx: _Context, noun: Token) -> bool:
    """A bare "round" that is a session of talks: no "of" phrase of its own (the inner noun tells "a round
    of talks"), set in a series by its modifier ("the fifth round", "a second round in Geneva", "an earlier
    round", "round five", "the latest round between A and B") or by "the"/"that" once the article has told
    talks; and the article tells talks by then (or the round names its sides)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    mods = [c.lower_ for c in noun.children if c.dep_ in {"amod", "nummod", "det", "compound", "advmod"}]
    between = any(p.lower_ in {"between", "with"} for p in _arg_preps(noun))
    talks = between or any(m.trigger.lower_ in SERIES_NOUNS for m in ctx.told if m.trigger.i < noun.i)
    placed = any(w in ORDINALS or w in CONTINUATION_MODS or w in SERIES_MODS for w in mods) or any(
        c.dep_ == "nummod" and c.i > noun.i for c in noun.children)
    return talks and (placed or between or any(w in REFERRING_DETS for w in mods))


def continue_series(ctx: _Context, mentions: list[_Mention]) -> None:
    """Rounds and "the next round of talks" as sessions of the talks the article tells."""
    _fill_sessions(ctx, mentions)
    _continuations(ctx, mentions)


def _fill_sessions(ctx: _Context, mentions: list[_Mention]) -> None:
    """The ordinal, day and sides of each round told, from what is told around it."""
    for n, m in enumerate(mentions):
        if m.kind == "noun" and m.trigger.lower_ in CONTINUATION_HEADS:
            _same_session(ctx, m, mentions[:n])
            if len(m.participants) < 2:
                _session_of_series(ctx, m, mentions, n)


def _same_session(ctx: _Context, m: _Mention, before: list[_Mention]) -> None:
    """"The fifth round of negotiations opened on Monday in Brussels. The week-long round, which ...": a
    definite round with no ordinal or day of its own, right after a counted round of talks, is that round
    (its ordinal, day and place), not the first or the next one."""
    noun = m.trigger
    if m.ordinal or m.date or not any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in noun.children):
        return
    here = ctx.sentence_of[noun.sent.start]
    for x in reversed(before):
        if here - ctx.sentence_of[x.trigger.sent.start] > 1:
            return
        head = x.trigger.head.head
        if x.trigger.dep_ == "pobj" and x.trigger.head.lower_ == "of" and head.lower_ in CONTINUATION_HEADS and (
                count := next((ORDINALS[c.lower_] for c in head.children if c.lower_ in ORDINALS), None)):
            m.ordinal, m.date, m.place = count, x.date, m.place or x.place
            return


def _session_of_series(ctx: _Context, m: _Mention, mentions: list[_Mention], n: int) -> None:
    """"The fourth round, held in Bali", "a third round in Arusha next month": a session of the talks told
    before, with the sides of the latest of them that names two (a round or a talks noun, not a meeting
    told by a verb between); "the first round last month, when A and B sat across a table": the meeting
    its own clause tells."""
    inner = [x for x in mentions if x is not m and x.kind == "verb" and len(x.participants) >= 2
             and not x.partial and (_in_subtree(x.trigger, m.trigger) or _when_clause(x.trigger, m.trigger))]
    told = inner[0] if inner else next((x for x in reversed(mentions[:n]) if x.kind == "noun" and x.trigger.lower_
                                        in SERIES_NOUNS and len(x.participants) >= 2 and not x.partial), None)
    if told is not None and m.participants <= told.participants | {
            k for k in m.participants if ctx.kind(k) == Kind.PLACE}:
        m.participants = _to_come(ctx, m, told.participants)
        m.anaphoric, m.partial = False, False


def _to_come(ctx: _Context, m: _Mention, sides: set[str]) -> set[str]:
    """"The next round will be held in X next year", "agreed to hold the next round of consultations in X": a
    next session to come whose own clause names no one is a meeting of the states the people of the talks told
    speak for (who will lead it is not said), when each speaks for one state and the states differ."""
    round_ = m.trigger.head.head if m.trigger.dep_ == "pobj" and m.trigger.head.lower_ == "of" else m.trigger
    if m.status not in {Status.PLANNED, Status.PROPOSED} or any(ctx.is_person(k) for k in m.participants) \
            or not any(c.lower_ in CONTINUATION_MODS for c in round_.children):  # not "the sixth round" of a series
        return set(sides)
    states = [ctx.states_of(k) for k in sides if ctx.is_person(k)]
    if len(states) == len(sides) >= 2 and all(len(st) == 1 for st in states) and len(set().union(*states)) == len(sides):
        return set().union(*states)
    return set(sides)


def _when_clause(verb: Token, noun: Token) -> bool:
    """"... the first round last month, when A and B sat across a table": a clause right after the noun,
    in its sentence, that tells when it was (the parser may hang it on the main verb)."""
    return verb.sent.start == noun.sent.start and verb.i > noun.i and any(
        c.dep_ == "advmod" and c.lower_ == "when" and noun.i < c.i for c in verb.children)


def _continuations(ctx: _Context, mentions: list[_Mention]) -> None:
    """"Bennani said Morocco would host the next round of talks in Rabat": a new meeting of the parties to
    the talks told before (their states when the clause names a state among them)."""
    for n, m in enumerate(mentions):
        noun = m.trigger
        if m.kind != "noun" or len(m.participants) >= 2 or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
                or noun.head.head.lower_ not in CONTINUATION_HEADS \
                or not any(c.lower_ in CONTINUATION_MODS for c in noun.head.head.children) \
                or any(c.dep_ == "det" and c.lower_ in {"this", "these"} for c in noun.head.head.children):
            continue  # "this new round of talks" is the one under way, told before
        before = next((x for x in reversed(mentions[:n]) if len(x.participants) >= 2 and not x.partial), None)
        if before is None:
            continue
        people = [k for k in before.participants if ctx.is_person(k)]
        states = [ctx.states_of(p) for p in people]
        named = {k for k in m.participants if ctx.kind(k) == Kind.COUNTRY}
        if named and people and all(len(st) == 1 for st in states) and named <= set().union(*states):
            m.participants = set().union(*states)
        elif m.participants <= before.participants or named and named <= set().union(*states):
            m.participants = _to_come(ctx, m, before.participants)
        else:
            continue
        m.anaphoric, m.partial = False, False

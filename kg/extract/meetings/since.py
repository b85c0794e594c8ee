"""The meeting a "first ... since" implies: "the first visit to Chile by a Vietnamese head of state since 2017", "a
state visit to South Korea, his first since 2014", "the first meeting between A and B since 2019": the one before
was held then (the gold reading: a held meeting of the same people when the phrase makes them the same, "his
first", "between A and B", else of their states, the people then going unnamed)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.arguments import _resolve_arg
from kg.extract.meetings.days import _date_text
from kg.extract.meetings.lexicon import VISIT
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.extract.meetings.standing import _two_states
from kg.extract.meetings.syntax import _pobjs
from kg.extract.meetings.visits import _destinations, _hosts
from kg.nlp.lexicon import TITLE_HEADS
from kg.records import Kind, Status


def first_since(ctx: _Context, mentions: list[_Mention], events: list[_Event]) -> list[_Event]:
    """One held event per mention told as the first since a date (read on the mention's own sides, whatever event
    took it), unless the article tells that one."""
    out: list[_Event] = []
    published = ctx.article.date
    if published is None:
        return out
    for m in mentions:
        generic = _generic_visit(ctx, m)
        if len(m.participants) < 2 and generic is None or (found := _first_since(ctx, m.trigger)) is None:
            continue
        first, span = found
        value = normalize_date(_date_text(span), published, future=False)
        owners = [c for c in first.children if c.dep_ == "poss"]  # "his first since 2014": the same visitor
        # "the first meeting between A and B since 2019": A and B met then; "the first visit to Chile by a
        # Vietnamese head of state since 2017": the two states did
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in m.trigger.children)
        sides = _own_visit(ctx, m, owners) if owners else set(m.participants) if between else generic or _two_states(
            ctx, m.participants)
        if value is None or not sides or any(
                e.participants == sides and any(x.date and x.date.value.startswith(value.value) for x in e.mentions)
                for e in events + out):
            continue
        earlier = replace(m, status=Status.HELD, date=value, place=None, duration=None, ordinal=None,
                          anaphoric=False, partial=False, confidence=round(m.confidence - 0.2, 2))
        out.append(_Event([earlier], set(sides)))
    return out


def _first_since(ctx: _Context, trigger: Token) -> tuple[Token, Span] | None:
    """The "first" a meeting is told as, and the date its "since" phrase gives: on the noun ("the first visit
    ... since 2017"), its apposition ("a visit, his first since 2014") or "for the first time since" on a verb."""
    # "a state visit to South Korea, his first since 2014": the apposition may hang on the destination
    firsts = [t for t in trigger.subtree if t.lower_ == "first" and (
        t.dep_ == "amod" and t.head.i == trigger.i or t.dep_ == "appos" and t.i - trigger.i <= 8)]
    firsts += [t for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in _pobjs(p)
               if o.lower_ == "time" for t in o.children if t.lower_ == "first"]
    for first in firsts:
        # "since" on the noun, its "first", or deeper in the phrase ("by a Vietnamese head of state since 2017")
        holders = [trigger, first, first.head] if trigger.pos_ in {"VERB", "AUX"} else [*trigger.subtree]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "since"):
            for obj in _pobjs(prep):
                span = next((e for e in ctx.sent_ents(obj) if e.label_ == "DATE" and e.start <= obj.i < e.end), None)
                if span is not None and any(t.like_num and len(t.text) == 4 for t in span):
                    return first, span
    return None


def told_as_type(ctx: _Context, events: list[_Event]) -> list[_Event]:
    """The events save those told only as a kind of visit, "the first visit to Chile by a Vietnamese head of state since
    2017": an office of a state, no one named, is no side (the visit the sentence reports is told by its own words, the
    one before by `first_since`); not one whose noun also carries a named visitor ("X arrived in Beijing on Sunday, the
    first visit to China by a US secretary of state since 2018", "X's visit to China, the first by ...")."""
    return [e for e in events if any(ctx.is_person(k) for k in e.participants) or not all(
        _generic_visit(ctx, m) is not None and _first_since(ctx, m.trigger) is not None for m in e.mentions)]


def _generic_visit(ctx: _Context, m: _Mention) -> set[str] | None:
    """The two states of a visit noun whose visitor is an indefinite office ("by a Vietnamese head of state", "of an
    Angolan president") and whose destination is a state ("to Chile", "in the Philippines"): the visitor's state, named
    in that phrase, and the state visited."""
    trigger = m.trigger
    if m.cameo != VISIT or trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    # ... or on its apposition ("a three-day visit, the first by a Vietnamese prime minister in the Philippines")
    heads = [trigger, *(a for a in trigger.children if a.dep_ == "appos" and a.lower_ == "first")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep"]
    # ... an office ("a US secretary of state"), not a ship or a club ("by a Chinese warship", "a Saudi football club")
    visitors = [o for p in preps if p.lower_ in {"by", "of"} for o in _pobjs(p) if o.lower_ in TITLE_HEADS
                and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in o.children)]
    theirs = {k for o in visitors for t in o.subtree if (k := ctx.key_of.get(t.i)) and ctx.kind(k) == Kind.COUNTRY}
    hosts = set(_hosts(ctx, _destinations(trigger) or [o for p in preps if p.lower_ in {"to", "in"} for o in _pobjs(p)]))
    return theirs | hosts if len(theirs) == 1 and len(hosts) == 1 and not theirs & hosts else None


def _own_visit(ctx: _Context, m: _Mention, owners: list[Token]) -> set[str] | None:
    """"a state visit to South Korea, his first since 2014": the visitor's earlier visit to the same state."""
    people = {k for o in owners for k in _resolve_arg(ctx, o)[0] if ctx.is_person(k)}
    place = m.place if m.place is not None and m.cameo == VISIT and ctx.kind(m.place) == Kind.COUNTRY else None
    return people | {place} if len(people) == 1 and place is not None else None

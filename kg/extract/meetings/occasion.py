"""The occasion of a report: meetings told after the article's lead meeting, in its time, without a day of their
own ("X met Y on Wednesday in Kyiv. Y was also received by Z. In addition, A held a meeting with B"), were held
on that day, at that city."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import PREVIOUS_WORDS, RECORD_WORDS
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.extract.meetings.settle import _event_status
from kg.extract.meetings.clauses import _clause_indices
from kg.extract.meetings.syntax import _governor, _previous
from kg.nlp import gazetteer, lemma
from kg.records import Kind, Status, TimeValue


def same_occasion(ctx: _Context, events: list[_Event], mentions: list[_Mention]) -> None:
    """Held meetings without a date (or with a day only guessed), told after the lead and before any held
    meeting of another time, take its day; its city too when they name no place. The lead is the first held
    meeting with a day, or a round of meetings of one side told before it ("X held a series of bilateral
    meetings on Sunday ... 1. Morocco: X met Y"), whose side then takes part."""
    held = sorted((e for e in events if _event_status(e.mentions) == Status.HELD), key=_start)
    lead = next((e for e in held if _day(e.date)), None)
    round_of = next((m for m in mentions if len(m.participants) == 1 and m.status == Status.HELD and not m.anaphoric
                     and not m.quoted and _day(m.date) and m.date and m.date.text != "today"
                     and (lead is None or m.trigger.i < _start(lead))), None)
    if round_of is not None:
        assert round_of.date is not None
        date, place, side, start = round_of.date, round_of.place, next(iter(round_of.participants)), round_of.trigger.i
    elif lead is not None:
        assert lead.date is not None
        date, place, side, start = lead.date, lead.place, None, _start(lead) + 1
    else:
        return
    for event in (e for e in held if _start(e) >= start):
        if event.date is not None and event.date.text != "today":
            if event.date.value[:10] != date.value:
                break  # "They last met in Vilnius in January": the story has moved to another time
            continue
        # ("The previous meeting between the two took place in X": a meeting told as one before has another time)
        if side is not None and side not in event.participants or any(m.ordinal for m in event.mentions) \
                or not all(_told_plainly(m.trigger) for m in event.mentions if not m.anaphoric) \
                or any(_previous(m.trigger, m.kind) for m in event.mentions):
            continue
        event.date = date
        if event.place is None and place is not None and city_or_state(ctx, place):
            event.place = place


def _day(value: TimeValue | None) -> bool:
    return value is not None and value.is_day


def _start(event: _Event) -> int:
    return min(m.trigger.i for m in event.mentions)


def _told_plainly(trigger: Token) -> bool:
    """A meeting told in the simple past, not as one before ("had met", "last met", "have met twice since"), nor
    in a clause that names another time ("talks over the years") or describes someone ("nations that took part
    in talks")."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _governor(trigger)
    if verb is None:
        return False
    if verb.dep_ == "relcl" or any(trigger.doc[i].ent_type_ in {"DATE", "TIME"} for i in _clause_indices(trigger)):
        return False
    words = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "advmod", "npadvmod", "prep"}]
    if any(lemma(c).lower() == "have" for c in words if c.dep_ in {"aux", "auxpass"}):
        return False
    return not any(c.lower_ in PREVIOUS_WORDS or c.lower_ in RECORD_WORDS for c in words)


def city_or_state(ctx: _Context, key: str) -> bool:
    """A place the second meeting of the day shares, or one a room or building named later says more of: a city or
    a state, not a room or building."""
    entity = ctx.entity(key)
    return entity.kind == Kind.COUNTRY or entity.kind == Kind.PLACE and gazetteer.known_place(entity.name)

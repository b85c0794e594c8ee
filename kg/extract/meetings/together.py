"""Time spent together: "The two leaders spent more than an hour together in the Cabinet Room" tells the room or
building where the meeting told just before was held, more precise than the city its first mention names."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.lexicon import PLURAL_NOUNS, SIDE_NOUNS, WHEN
from kg.extract.meetings.occasion import city_or_state
from kg.extract.meetings.records import _Context, _Event
from kg.extract.meetings.settle import _event_status
from kg.extract.meetings.status import _place
from kg.nlp import lemma
from kg.records import Kind, Status

_VERBS = frozenset(WHEN["together_verbs"])
_UNITS = frozenset(WHEN["together_units"])
_SUBJECTS = PLURAL_NOUNS | SIDE_NOUNS | frozenset(WHEN["together_subjects"])
_AFTER = 2  # sentences after a mention of the meeting where the time spent is still its own


def time_together(ctx: _Context, events: list[_Event]) -> None:
    """A held meeting of people takes the venue of the time its sides spent together just after it is told, when
    it names no place or only a city or state."""
    sent_of, sents = ctx.sentence_of, list(ctx.doc.sents)
    for event in events:
        if _event_status(event.mentions) != Status.HELD or sum(ctx.is_person(k) for k in event.participants) < 2 \
                or event.place is not None and not city_or_state(ctx, event.place):
            continue
        told = sorted({n for m in event.mentions for n in range(sent_of[m.trigger.sent.start],
                                                                 sent_of[m.trigger.sent.start] + _AFTER + 1)})
        for sent in (sents[n] for n in told if n < len(sents)):
            venue = next((p for t in sent if lemma(t).lower() in _VERBS and _spent_together(ctx, t, event)
                          and (p := _place(ctx, t, event.participants)) and ctx.kind(p) == Kind.PLACE
                          and not city_or_state(ctx, p)), None)
            if venue is not None:
                event.place = venue
                break


def _spent_together(ctx: _Context, verb: Token, event: _Event) -> bool:
    """"spent more than an hour (together)": a span of time as the object, the meeting's sides (or "the two
    leaders", "they") as the subject."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ in {"dobj", "advmod"} for g in c.children)]
    if not any(c.dep_ in {"dobj", "npadvmod"} and lemma(c).lower() in _UNITS for c in near):
        return False  # "spent an hour", "spent more than an hour together" (the hour hung on "together")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        named = {k for t in subject.subtree if (k := ctx.key_of.get(t.i))}
        if named and named <= event.participants and len(named) >= 2 or not named and any(
                t.lower_ in _SUBJECTS for t in subject.subtree):
            return True
    return False

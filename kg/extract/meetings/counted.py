"""Earlier meetings a count tells: "It was their third meeting this year, after talks in Wellington in March and
in Canberra in June"; "in their second meeting this year after the two met in Seoul in June". The meetings the
"after" phrase of a counted one names are held meetings of the same sides, one per place and day it lists."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.days import _date_text
from kg.extract.meetings.lexicon import NOUNS
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.nlp import lemma
from kg.records import Kind, Status, TimeValue

_AFTER = frozenset({"after", "following"})


def earlier_told(m: _Mention) -> Token | None:
    """The meeting word ("talks", "met") of the "after" phrase on a counted mention's clause, if any."""
    if not (m.ordinal and m.ordinal >= 2):
        return None
    trigger = m.trigger
    hosts = {trigger.i, *(t.i for t in trigger.ancestors)}
    for tok in trigger.sent:
        if tok.i <= trigger.i or tok.lower_ not in _AFTER:
            continue
        if tok.dep_ == "prep" and tok.head.i in hosts:
            word = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if word is not None and (word.lower_ in NOUNS or lemma(word).lower() in NOUNS):
                return word
        if tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.head.head.i in hosts \
                and lemma(tok.head).lower() == "meet":
            return tok.head
    return None


def _occasions(ctx: _Context, word: Token) -> list[tuple[str | None, TimeValue | None]]:
    """The places and days the phrase lists, in order, paired ("in Wellington in March and in Canberra in June")."""
    published = ctx.article.date
    places: list[str] = []
    days: list[TimeValue] = []
    ents = {e.start: e for e in ctx.sent_ents(word)}
    for tok in word.subtree:
        if tok.i <= word.i and tok.dep_ != "nsubj":
            continue
        key = ctx.key_of.get(tok.i)
        if key and ctx.kind(key) in {Kind.PLACE, Kind.COUNTRY} and key not in places and tok.dep_ == "pobj":
            places.append(key)
        ent = ents.get(tok.i)
        if ent is not None and ent.label_ == "DATE" and published is not None:
            day = normalize_date(_date_text(ent), published, future=False)
            if day is not None:
                days.append(day)
    if len(places) > 1 and len(days) > 1 and len(places) != len(days):
        return []
    count = max(len(places), len(days))
    if count == 0:
        return []
    return [(places[min(i, len(places) - 1)] if places else None, days[min(i, len(days) - 1)] if days else None)
            for i in range(count)]


def counted_earlier(ctx: _Context, events: list[_Event], mentions: list[_Mention]) -> list[_Event]:
    """The earlier meetings a counted mention's "after" phrase tells, as events of the counted meeting's sides;
    the mention of each (merged by a guess into some event) leaves that event, and an event it founded, left with
    mentions that only referred to it, goes. Returns the events with the new ones after them."""
    out: list[_Event] = []
    gone: list[_Event] = []
    for event in events:
        for m in list(event.mentions):
            word = earlier_told(m)
            if word is None or len(event.participants) < 2:
                continue
            told = [x for x in mentions if x.trigger.i == word.i]
            for e in events:
                left = [x for x in e.mentions if x.trigger.i != word.i]
                if len(left) < len(e.mentions) and left and all(x.anaphoric for x in left) and e is not event:
                    gone.append(e)
                e.mentions = left or e.mentions
            sides = set(event.participants)
            occasions = _occasions(ctx, word)
            # the count's own mention keeps no place nor day read from the phrase (its meeting is another)
            if m.place is not None and m.place in {p for p, _ in occasions}:
                m.place = None
            if m.date is not None and m.date.value in {d.value for _, d in occasions if d}:
                m.date = None
            if all(x.anaphoric for x in event.mentions):  # "The lunch was their third encounter, following ...": the
                counted = [e for e in events if e is not event and e.participants == event.participants and any(
                    not x.anaphoric and x.status == Status.HELD and x.trigger.i < m.trigger.i for x in e.mentions)]
                if counted:  # ... meeting told before, which the count is of
                    counted[-1].mentions.extend(event.mentions)
                    gone.append(event)
            for place, day in occasions:
                if day is not None and any(e.participants == sides and any(x.date and x.date.value == day.value
                                                                           for x in e.mentions) for e in events):
                    continue
                base = told[0] if told else m
                earlier = replace(base, trigger=word, participants=set(sides), status=Status.HELD, date=day, place=place,
                                  ordinal=None, anaphoric=False, partial=False, joins_only=False, quoted=False)
                out.append(_Event([earlier], set(sides)))
    return [e for e in events if not any(e is g for g in gone)] + out

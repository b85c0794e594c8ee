"""Events to Meeting records: date, place and status settled from all mentions of an event."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from kg.extract.dates import normalize_date
from kg.extract.meetings.days import _inside
from kg.extract.meetings.lexicon import DAY_WORDS, VISIT, WHEN
from kg.extract.meetings.records import _Context, _Event, _Mention
from kg.extract.meetings.status import _most_specific
from kg.nlp import lemma
from kg.records import Evidence, Meeting, Status, TimeValue

_DATED_NOUNS = frozenset(WHEN["dated_event_nouns"])


def _settle(ctx: _Context, event: _Event) -> None:
    """Date and place of an event from the most explicit mention that has them."""
    mentions = event.mentions
    full = [m for m in mentions if not m.anaphoric] or mentions
    # "X met Y in Sanaa. The meeting took place on Thursday": a day told by a later mention beats a guess
    event.date = next((m.date for m in full if m.date and m.date.text != "today"), None) or \
        next((m.date for m in mentions if m.date and m.date.text != "today" and len(m.date.value) == 10), None) or \
        next((m.date for m in full if m.date), None) or next((m.date for m in mentions if m.date), None)
    if event.date is not None and event.date.end and event.first().cameo == VISIT:
        # "is paying a visit from May 13 to 16 ... met Y on May 14": the day of the meeting held on the stay
        event.date = next((m.date for m in full if m.date and m.date.text != "today" and _inside(m.date, event.date)),
                          event.date)
    week = next((m.week for m in full if m.week), None) or next((m.week for m in mentions if m.week), None)
    if event.date is None and week is not None:  # "met last week", "will meet next week": Monday to Sunday
        event.date = TimeValue(week[0].isoformat(), "the week", end=week[1].isoformat())
    event.place = _most_specific(ctx, [m.place for m in full if m.place]) or \
        _most_specific(ctx, [m.place for m in mentions if m.place])


def _day_told_later(ctx: _Context, events: list[_Event]) -> None:
    """"U.N. spokesman X said Friday's events are a positive sign", "today's meeting went smoothly": a day
    in the possessive (or "of Friday") on a meeting noun dates the held meeting it speaks of - the
    article's one undated held meeting, else the undated held one told in the three sentences before."""
    published = ctx.article.date
    undated = [e for e in events if e.date is None and _event_status(e.mentions) == Status.HELD]
    if published is None or not undated:
        return
    sent_of, doc = ctx.sentence_of, ctx.doc
    for tok in (doc[i] for i in _with_day_children(doc)):
        if lemma(tok).lower() not in _DATED_NOUNS:
            continue
        day = _day_on(tok)
        if day is None:
            continue
        value = normalize_date(day.text, published, future=False)
        if value is None or len(value.value) != 10:
            continue
        here = sent_of[tok.sent.start]
        before = [e for e in undated if e.date is None and any(
            0 <= here - sent_of[m.trigger.sent.start] <= 3 for m in e.mentions)]
        target = undated[0] if len(undated) == 1 else before[-1] if len(before) == 1 else None
        if target is not None and target.mentions[0].trigger.i < tok.i:
            target.date = TimeValue(value.value, f"{day.text}'s {tok.text}")


def _with_day_children(doc: Doc) -> list[int]:
    """The tokens that have a possessive or a preposition hung on them, in text order, read on the doc's arrays:
    only those can have a day word on them (`_day_on`), and most tokens are neither made a Token nor lemmatized."""
    deps = {doc.vocab.strings["poss"], doc.vocab.strings["prep"]}
    heads = doc.to_array(HEAD).astype("int64").tolist()  # an offset (signed); the labels are hashes (unsigned)
    return sorted({i + rel for i, (rel, dep) in enumerate(zip(heads, doc.to_array(DEP).tolist())) if dep in deps})


def _day_on(noun: Token) -> Token | None:
    """The day word on a meeting noun: "Friday's" (possessive) or "of Friday"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.n_lefts == 0 and (child.lower_ in DAY_WORDS or child.ent_type_ == "DATE"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            day = next((c for c in child.children if c.dep_ == "pobj"), None)
            if day is not None and (day.lower_ in DAY_WORDS or day.ent_type_ == "DATE" and day.n_lefts == 0):
                return day
    return None


def _same_visit(ctx: _Context, events: list[_Event]) -> None:
    """A second meeting on the same visit: "Biegun met Kang in Seoul on Monday. Following a meeting with
    his counterpart Lee, Biegun said ..." - a held meeting without a place takes the place of a held
    meeting of one of its people on the same day; without a date either, that of the meeting told in
    the sentence just before."""
    sent_of = ctx.sentence_of

    def held(e: _Event) -> bool:
        return _event_status(e.mentions) == Status.HELD

    def people(e: _Event) -> set[str]:
        return {k for k in e.participants if ctx.is_person(k)}

    for event in events:
        if event.place is not None or not held(event):
            continue
        first = sent_of[event.mentions[0].trigger.sent.start]
        for other in events:
            if other is event or other.place is None or not held(other) or not people(event) & people(other):
                continue
            same_day = event.date is not None and other.date is not None and len(event.date.value) == 10 \
                and event.date.value == other.date.value
            before = event.date is None and other.date is not None and \
                any(sent_of[m.trigger.sent.start] == first - 1 for m in other.mentions if not m.anaphoric)
            if same_day or before:
                event.place = other.place
                event.date = event.date or other.date
                break


def _meeting(ctx: _Context, event: _Event) -> Meeting:
    """The Meeting record of an event: attributes from the most explicit mention that has them."""
    mentions = event.mentions
    full = [m for m in mentions if not m.anaphoric] or mentions
    status = _event_status(mentions)
    date, place = event.date, event.place
    duration = next((m.duration for m in mentions if m.duration), None)
    ordinal = next((m.ordinal for m in mentions if m.ordinal), None)
    first = full[0]
    cameo = "036" if status in {Status.PLANNED, Status.PROPOSED} else first.cameo
    evidence = []
    for m in mentions:
        sent = m.trigger.sent
        ev = Evidence(ctx.article.id, sent.start_char, sent.end_char, sent.text)
        if ev not in evidence:
            evidence.append(ev)
    confidence = min(1.0, max(m.confidence for m in mentions) + 0.05 * (len(evidence) - 1))
    return Meeting(tuple(sorted(event.participants)), status, tuple(evidence), round(confidence, 2),
                   first.trigger.text, cameo, date, place, duration, ordinal)


def _event_status(mentions: list[_Mention]) -> Status:
    statuses = [m.status for m in mentions if not m.anaphoric] or [m.status for m in mentions]
    # "X was due to meet Y, but the meeting was called off": a later mention cancels a meeting to come
    if Status.CANCELLED in statuses or Status.HELD not in statuses and any(
            m.status == Status.CANCELLED for m in mentions):
        return Status.CANCELLED
    if Status.HELD in statuses:
        return Status.HELD
    if Status.PLANNED in statuses:
        return Status.PLANNED
    return Status.PROPOSED

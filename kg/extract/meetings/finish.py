"""A mention's last reading, shared by the verb and noun stages: its date (or week), duration, ordinal, status
told by tense against the report's day, the arrival that gives a missing day or place, the people of its
sentence, the sides kept, and its confidence."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.dates import month_third
from kg.extract.meetings.frames import _frame_date
from kg.extract.meetings.lengths import _duration, _ordinal, _stay
from kg.extract.meetings.lexicon import VISIT
from kg.extract.meetings.records import CONFIDENCE, _Context, _Mention
from kg.extract.meetings.tense import planned_before
from kg.extract.meetings.visits import _arrival
from kg.extract.meetings.when import _date, _present, _week
from kg.records import Kind, Status


def _finish(ctx: _Context, trigger: Token, kind: str, participants: set[str], status: Status, cameo: str,
            place: str | None, partial: bool) -> _Mention:
    """Date, duration, ordinal, context and confidence of a mention."""
    week = _week(ctx, trigger)
    if week and cameo == VISIT and status == Status.HELD and _present(trigger) and ctx.article.date \
            and week[0] <= ctx.article.date <= week[1]:
        week = None  # "on this week's trip X is visiting A": under way on the day of the report
    date = None if week else planned_before(trigger, status, _date(ctx, trigger, status), ctx.article.date)
    if not week and (date is None or date.text == "today"):  # "On the sidelines of the summit" told before
        date = _frame_date(ctx, trigger, status) or date
    date = month_third(date) if date is not None else None  # "in late June": its last ten days
    if cameo == VISIT and kind == "noun" and date and date.text != "today" and date.is_day:
        date = _stay(trigger, date)  # "a three-day visit from Monday"
    # "is paying a visit to X from May 13 to 16", told on May 14: a stay under way, neither to come nor a year on
    ongoing = date is not None and date.end is not None and ctx.article.date is not None \
        and date.value[:10] <= ctx.article.date.isoformat() <= date.end
    if status == Status.HELD and (date is not None or week) and _present(trigger) and ctx.article.date and not ongoing:
        # "are meeting on Friday", "travels to X next week for talks", told on a Wednesday: an arrangement, no report
        ahead = _date(ctx, trigger, Status.PLANNED) if date is not None else None
        if ahead is not None and ahead.value[:10] > ctx.article.date.isoformat()[:len(ahead.value)] \
                or week and week[0] > ctx.article.date:
            status, date = Status.PLANNED, ahead or date
    if status != Status.CANCELLED and (date is None or date.text == "today" or place is None):
        arrived_on, arrived_in = _arrival(ctx, trigger, participants, status != Status.HELD)
        date = arrived_on if arrived_on and (date is None or date.text == "today") else date
        place = place or arrived_in
    sent = trigger.sent
    context = {k for i in range(sent.start, sent.end) if (k := ctx.root_of.get(i)) and ctx.is_person(k)}
    # a side with a person at the table is that person; a body or state no named person speaks for
    # stays beside the people ("Kabila, Kagame and the regional bloc")
    participants = {ctx.side(k) for k in participants} - ctx.reporters
    # "invited her to visit La Paz" (a place is where, never who), "discussed the upcoming Summit of the
    # Americas" (the meeting's own name is no side of it)
    participants = {k for k in participants if ctx.kind(k) != Kind.PLACE and k != ctx.key_of.get(trigger.i)}
    people = {k for k in participants if ctx.is_person(k)}
    represented = {r.organization for r in ctx.roles if r.person in people and r.organization}
    kept = {k for k in participants if k in people or k in ctx.groups or k not in represented
            and ctx.kind(k) == Kind.ORGANIZATION} if people else participants
    ctx.groups = set()
    confidence = CONFIDENCE[kind] - (0.1 if partial else 0.0) - (0.1 if status != Status.HELD else 0.0)
    return _Mention(trigger, kind, set(kept), status, cameo, date, place, _duration(trigger),
                    _ordinal(trigger), partial=partial, quoted=trigger.i in ctx.quoted, context=context,
                    confidence=round(confidence, 2), week=week)

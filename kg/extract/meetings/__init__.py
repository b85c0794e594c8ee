"""Meetings between people (or, failing names, organizations and countries), as events.

A pure function of the parsed document, its frozen Resolution and the roles read from it: one stage
per module, plain records between them.

- `triggers`: event mentions, from the lexicon in kg/data/meetings/ (derived from WordNet 3.0);
- `arguments`: who each participant phrase stands for (names, titles, pronouns, groups), `plurals` the
  plural references ("the two leaders", "both sides");
- `when`, `status`: date, duration, ordinal, status and place from the mention's clause;
- `days`: days told against other days (ranges, "the following day");
- `corrections`: what the publication says it reported wrongly tells no day nor place;
- `joins`: mentions of one meeting joined before the merge (coordinated verbs, "when" clauses, stand-ins);
- `coref`: mentions of one meeting, across the article, become one event;
- `counted`: the earlier meetings a count tells ("their third meeting, after talks in X in March");
- `derived`: events told through others (earlier meetings an ordinal counts, a session resumed);
- `stays`: a visit or trip becomes one with the meetings it holds;
- `settle`: one Meeting record per event.

New places and states the extractor found (a venue the tagger took for an organization, the state a
capital stands for) are returned beside the meetings; the caller adds them to the article's entities.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.meetings.coref import _merge, _merge_states
from kg.extract.meetings.derived import _earlier_ones, _earlier_sessions, _resumptions
from kg.extract.meetings.joins import _fill_standins, _join_coordinated, _when_joined
from kg.extract.meetings.convened import convened
from kg.extract.meetings.counted import counted_earlier
from kg.extract.meetings.corrections import corrected
from kg.extract.meetings.attendees import add_attendees
from kg.extract.meetings.complements import drop_complements
from kg.extract.meetings.crews import add_joined
from kg.extract.meetings.invitations import invited_visit
from kg.extract.meetings.dateline import _place_here, _placed_at_dateline
from kg.extract.meetings.purpose import _lead_joined, _purpose_joined
from kg.extract.meetings.occasion import same_occasion
from kg.extract.meetings.records import _Context
from kg.extract.meetings.represented import represented
from kg.extract.meetings.subjects import subject_sides
from kg.extract.meetings.sessions import continue_series
from kg.extract.meetings.since import first_since, told_as_type
from kg.extract.meetings.standing import standing_sides
from kg.extract.meetings.visitees import _visited_person
from kg.extract.meetings.stays import _absorb_visits, _host_of_stay, _itinerary
from kg.extract.meetings.statesides import _state_sides
from kg.extract.meetings.settle import _day_told_later, _meeting, _same_visit, _settle
from kg.extract.meetings.together import time_together
from kg.extract.meetings.triggers import _mentions, candidates
from kg.resolve.document import Resolution
from kg.records import Article, Entity, Meeting, Role

__all__ = ["MeetingsFound", "extract_meetings"]


@dataclass(frozen=True)
class MeetingsFound:
    """The meetings of one article, and the entities (places, states) they name that resolution had not."""

    meetings: tuple[Meeting, ...]
    entities: tuple[Entity, ...]


def extract_meetings(doc: Doc, article: Article, res: Resolution, roles: list[Role]) -> MeetingsFound:
    """Every meeting the article reports, one record per real meeting."""
    ctx = _Context(doc, article, res, roles)
    found = candidates(doc)
    for i in found:
        made = _mentions(ctx, doc[i])
        invited_visit(ctx, doc[i], made)
        ctx.told.extend(made)
        ctx.told.extend(convened(ctx, doc[i]))
    if not found or found[-1] != len(doc) - 1:
        ctx.groups = set()  # as _mentions leaves it after a last token that is no candidate
    mentions = corrected(ctx, list(ctx.told))
    _place_here(ctx, mentions)
    mentions = _when_joined(_join_coordinated(ctx, mentions))
    continue_series(ctx, mentions)
    standing_sides(ctx, mentions)
    _fill_standins(ctx, mentions)
    events = _host_of_stay(_absorb_visits(ctx, _itinerary(ctx, _merge_states(ctx, _lead_joined(_purpose_joined(_merge(mentions)))))))
    events = _state_sides(ctx, events)
    _visited_person(ctx, events)
    events = counted_earlier(ctx, events, mentions)
    events += _resumptions(events, mentions)
    events += _earlier_sessions(ctx, events, mentions)
    add_joined(ctx, events)
    add_attendees(ctx, events)
    drop_complements(ctx, events)
    events = [e for e in events if len(e.participants) >= 2]
    for event in events:
        _settle(ctx, event)
    _day_told_later(ctx, events)
    _same_visit(ctx, events)
    same_occasion(ctx, events, mentions)
    time_together(ctx, events)
    _placed_at_dateline(ctx, events)
    earlier = _earlier_ones(events)  # last: the earlier ones are no undated meeting told, nor on the same visit
    earlier += first_since(ctx, ctx.told, events)
    events = told_as_type(ctx, events)
    for event in earlier:
        _settle(ctx, event)
    events += earlier
    meetings = tuple(represented(((_meeting(ctx, e), subject_sides(ctx, e)) for e in events), roles, ctx.kind))
    used = {k for m in meetings for k in (*m.participants, m.place)}
    return MeetingsFound(meetings, tuple(sorted((e for k, e in ctx.found.items() if k in used),
                                                key=lambda e: e.key)))

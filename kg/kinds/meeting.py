"""Meetings: one event with its participants, date, place, duration and status.

Graph: a Meeting node (a meeting reported by several articles is one node, with `support` and the
evidence of each), `attendee` edges to the participants and a `location` edge to the place. RDF:
kg:Meeting and schema:Event with attendees, dates (and OWL-Time), location, status, CAMEO code.
Read back as BuiltMeeting records.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import networkx as nx

from kg.data import meeting_triggers
from kg.ids import meeting_id
from kg.kinds.base import FactKind, GraphContext, ReadContext, Records, Ref, Triple, confidence, evidence_dict, first, iri
from kg.kinds.entities import PLACE_KINDS, PLACE_NAMES
from kg.records import Meeting, Status
from kg.vocab import IRI, KG, KG_ONTOLOGY, RDF, SCHEMA, TIME, XSD, Lit

STATUS_RANK = {Status.HELD.value: 3, Status.CANCELLED.value: 2, Status.PLANNED.value: 1, Status.PROPOSED.value: 0}
"""Which status wins when reports of one meeting were published on the same day."""
STATUS = {s.value: getattr(KG, s.value.title()) for s in Status}  # held -> kg:Held, ...
EVENT_STATUS = {Status.PLANNED.value: SCHEMA.EventScheduled, Status.PROPOSED.value: SCHEMA.EventScheduled,
                Status.CANCELLED.value: SCHEMA.EventCancelled}
QUALIFIER = {"beginning": KG.Beginning, "middle": KG.Middle, "end": KG.End}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


@dataclass(frozen=True)
class BuiltMeeting:
    """A meeting derived from an article, as read from the graph."""

    iri: str
    attendees: tuple[str, ...] = ()  # attendee IRIs
    attendee_names: tuple[str, ...] = ()  # their schema:name, same order
    start_date: str | None = None  # lexical value ("2019-02", "2018-06-12")
    location: str | None = None  # schema:name of the location node
    location_names: tuple[str, ...] = ()  # name and alternate names of the location node
    status: str | None = None  # held | planned | proposed | cancelled
    duration: str | None = None


# ----------------------------------------------------------------------------- graph
def add(ctx: GraphContext, meetings: Records) -> None:
    for i, meeting in enumerate(meetings):
        node = ctx.node_ids.get(i) or meeting_id(ctx.article.id, meeting.evidence[0].start)
        add_meeting(ctx.graph, meeting, ctx.node, node)


def add_meeting(graph: nx.MultiDiGraph, meeting: Meeting, aid: str, mid: str) -> None:
    date = meeting.date
    published = graph.nodes[aid].get("date") or ""
    if mid in graph:
        _merge_meeting(graph.nodes[mid], meeting, aid, published)
    else:
        graph.add_node(
            mid, kind="Meeting", status=meeting.status.value, trigger=meeting.trigger, cameo=meeting.cameo,
            confidence=meeting.confidence, duration=meeting.duration, ordinal=meeting.ordinal,
            date=date.value if date else None, date_end=date.end if date else None,
            date_qualifier=date.qualifier if date else None, date_text=date.text if date else None,
            evidence=[evidence_dict(e) for e in meeting.evidence], articles=[aid], support=1,
            status_published=published)
    for person in meeting.participants:
        graph.add_edge(mid, person, key=f"attendee:{person}", type="attendee")
    if meeting.place:
        graph.add_edge(mid, meeting.place, key="location", type="location")


def _merge_meeting(node: dict[str, Any], meeting: Meeting, aid: str, published: str) -> None:
    """Another article's report of the same meeting: more evidence, the most precise date, the newest status."""
    node["articles"] = sorted(set(node["articles"]) | {aid})
    node["support"] = len(node["articles"])
    node["evidence"] = sorted(node["evidence"] + [evidence_dict(e) for e in meeting.evidence],
                              key=lambda e: (e["article"], e["start"], e["end"]))
    node["confidence"] = max(node["confidence"], meeting.confidence)
    if (published, STATUS_RANK[meeting.status.value]) > (node["status_published"], STATUS_RANK[node["status"]]):
        node["status"], node["status_published"] = meeting.status.value, published
    date = meeting.date
    if date and (node["date"] is None or len(date.value) > len(node["date"])):
        node.update(date=date.value, date_end=date.end, date_qualifier=date.qualifier, date_text=date.text)
    for attr in ("duration", "ordinal"):
        if node[attr] is None:
            node[attr] = getattr(meeting, attr)


# ----------------------------------------------------------------------------- RDF
def _date_literal(value: str) -> Lit:
    return Lit(value, datatype=DATE_TYPES[len(value)])


def _event_noun(trigger: str) -> str:
    """What a meeting is called in its name: its trigger when that is an event noun ("summit of A and B", "talks
    of ..."), else "meeting" ("met of A and B", "received of ..." read badly); kg:trigger keeps the word itself."""
    word = trigger.lower()
    return word if word in _event_nouns() else "meeting"


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(r["word"] for r in meeting_triggers() if r["pos"] == "noun")


def describe(graph: nx.MultiDiGraph, node: str, d: dict[str, Any]) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Meeting
    yield s, RDF.type, SCHEMA.Event
    names = []
    for _, target, e in sorted(graph.out_edges(node, data=True), key=lambda x: x[1]):
        if e["type"] == "attendee":
            yield s, SCHEMA.attendee, iri(target)
            names.append(graph.nodes[target]["name"])
        elif e["type"] == "location" and graph.nodes[target].get("kind") in PLACE_NAMES:
            yield s, SCHEMA.location, iri(target)  # the contract: a Place or Country node
    yield s, SCHEMA.name, Lit(f"{_event_noun(d['trigger'])} of " + " and ".join(sorted(names)))
    yield s, KG.status, STATUS[d["status"]]
    if d["status"] in EVENT_STATUS:
        yield s, SCHEMA.eventStatus, EVENT_STATUS[d["status"]]
    if d.get("date"):
        yield s, SCHEMA.startDate, _date_literal(d["date"])
        yield from _time(s, d["date"])
    if d.get("date_end"):
        yield s, SCHEMA.endDate, _date_literal(d["date_end"])
    if d.get("date_qualifier"):
        yield s, KG.dateQualifier, QUALIFIER[d["date_qualifier"]]
    if d.get("duration"):
        yield s, SCHEMA.duration, Lit(d["duration"], datatype=XSD.duration)
    if d.get("ordinal"):
        yield s, KG.ordinal, Lit(d["ordinal"], datatype=XSD.positiveInteger)
    yield s, KG.cameoCode, Lit(d["cameo"])
    yield s, KG.trigger, Lit(d["trigger"])
    yield s, KG.supportCount, Lit(d.get("support") or len(d.get("articles", ())) or 1,
                                      datatype=XSD.positiveInteger)
    yield confidence(s, d)


def _time(meeting: IRI, value: str) -> Iterator[Triple]:
    """OWL-Time: the meeting's day, month or year as a time:Instant / time:ProperInterval."""
    t = IRI(f"{meeting}#time")
    yield meeting, KG.time, t
    if len(value) == 10:
        yield t, RDF.type, TIME.Instant
        yield t, TIME.inXSDDate, Lit(value, datatype=XSD.date)
    else:
        yield t, RDF.type, TIME.ProperInterval
        prop = TIME.inXSDgYearMonth if len(value) == 7 else TIME.inXSDgYear
        yield t, prop, _date_literal(value)


# ----------------------------------------------------------------------------- reading
_MEETINGS = """SELECT DISTINCT ?m ?a WHERE { ?m a kg:Meeting ; prov:wasDerivedFrom ?a }"""


def read(ctx: ReadContext) -> Mapping[str, Records]:
    """Article -> its meetings."""
    names = ctx.pairs("schema:name")
    alts = ctx.pairs("schema:alternateName")
    attendees = ctx.pairs("schema:attendee")
    dates = ctx.pairs("schema:startDate")
    places = ctx.pairs("schema:location")
    status = ctx.pairs("kg:status")
    duration = ctx.pairs("schema:duration")
    out: dict[str, list[BuiltMeeting]] = defaultdict(list)
    for row in ctx.select(_MEETINGS):
        m, a = row["m"], row["a"]
        assert m is not None and a is not None
        who = attendees.get(m, ())
        place = first(places.get(m, ()))
        place_name = first(names.get(place, ())) if place else None
        out[a].append(BuiltMeeting(
            iri=m,
            attendees=who,
            attendee_names=tuple(first(names.get(w, ())) or w for w in who),
            start_date=first(dates.get(m, ())),
            location=place_name,
            location_names=(*names.get(place, ()), *alts.get(place, ())) if place else (),
            status=_status(status.get(m, ())),
            duration=first(duration.get(m, ())),
        ))
    return {a: tuple(sorted(ms, key=lambda m: m.iri)) for a, ms in out.items()}


def _status(values: Iterable[str]) -> str | None:
    """The lower-cased local name of the first kg: status individual."""
    for v in values:
        if v.startswith(KG_ONTOLOGY):
            return v[len(KG_ONTOLOGY):].lower()
    return None


KIND = FactKind(
    name="meeting", field="meetings", record=Meeting,
    refs=(Ref("participants", many=True, at_least=2), Ref("place", PLACE_KINDS, required=False)),
    add=add, node_kinds=("Meeting",), describe=describe, read=read,
    ties=(("schema:attendee", "attendee"), ("schema:location", "location")),
)

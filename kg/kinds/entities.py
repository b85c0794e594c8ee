"""The entity kinds: the members of `kg.records.Kind`, in order of preference when a node has several
classes, and what else each one is."""
from __future__ import annotations

from dataclasses import dataclass

from kg.records import Kind


@dataclass(frozen=True)
class EntityKind:
    """An entity kind: its record kind, whether it is a place (a meeting's location, a benchmark's
    "location"), and its colour in pictures."""

    kind: Kind
    place: bool
    color: str

    @property
    def name(self) -> str:
        """The kind's name, also its node kind and its class name in schema.org and our ontology."""
        return self.kind.value


ENTITY_KINDS: tuple[EntityKind, ...] = (
    EntityKind(Kind.PERSON, place=False, color="#4e79a7"),
    EntityKind(Kind.ORGANIZATION, place=False, color="#f28e2b"),
    EntityKind(Kind.COUNTRY, place=True, color="#e15759"),
    EntityKind(Kind.PLACE, place=True, color="#59a14f"),
)
ENTITY_NAMES: tuple[str, ...] = tuple(e.name for e in ENTITY_KINDS)
"""The entity kinds' names in order of preference: Person, Organization, Country, Place."""
PLACE_NAMES: tuple[str, ...] = tuple(e.name for e in ENTITY_KINDS if e.place)
"""The kinds a meeting's location may be: Country, Place."""
PLACE_KINDS: tuple[Kind, ...] = tuple(e.kind for e in ENTITY_KINDS if e.place)
if {e.kind for e in ENTITY_KINDS} != set(Kind) or len(ENTITY_KINDS) != len(Kind):
    raise RuntimeError("every kg.records.Kind has exactly one row in kg.kinds.ENTITY_KINDS")

"""The registry of kinds: the entity kinds and the fact kinds of the graph, listed once.

Everything that handles each kind in turn (the graph builder, the RDF mapping, the exporters, the
reader behind `kg eval`, `kg viz`, corpus resolution) iterates over this registry instead of
naming the kinds. The entity kinds are the members of `kg.records.Kind`, each with its row in
kg/kinds/entities.py; each fact kind is a module of this package (role, nationality, meeting,
quote) listed in `_FACT_KINDS` below, or a plug-in given to `register` (see base.py for what a
kind says; the README's "Adding a fact kind").
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields

from kg.errors import KGError
from kg.kinds import meeting, nationality, quote, role
from kg.kinds.base import FactKind, GraphContext, ReadContext, Ref
from kg.kinds.entities import ENTITY_KINDS, ENTITY_NAMES, PLACE_KINDS, PLACE_NAMES, EntityKind

__all__ = ["ENTITY_KINDS", "ENTITY_NAMES", "PLACE_KINDS", "PLACE_NAMES", "EntityKind", "FactKind", "GraphContext",
           "ReadContext", "Ref", "fact_kinds", "node_kinds", "register", "registered", "unregister"]

_FACT_KINDS: list[FactKind] = [
    role.KIND,
    nationality.KIND,
    meeting.KIND,
    quote.KIND,
]
"""The fact kinds, in the order their records enter the graph. A new kind: one module, one line here."""


def fact_kinds() -> tuple[FactKind, ...]:
    """The registered fact kinds, in order."""
    return tuple(_FACT_KINDS)


def node_kinds() -> dict[str, FactKind]:
    """Graph node kind ("Meeting", "Quotation", "Membership", ...) -> the fact kind that makes it."""
    return {n: k for k in _FACT_KINDS for n in k.node_kinds}


def register(kind: FactKind) -> None:
    """Add a fact kind after the others (a plug-in; the built-in kinds are listed above)."""
    for other in _FACT_KINDS:
        if kind.name == other.name or kind.field == other.field:
            raise KGError(f"fact kind {kind.name!r} ({kind.field}): a kind of that name or field is registered; "
                          f"registered: {', '.join(k.name for k in _FACT_KINDS)}")
    own = [f.name for f in fields(kind.record)]
    missing = [r.field for r in kind.refs if r.field not in own]
    if missing:
        raise KGError(f"fact kind {kind.name!r}: its record {kind.record.__name__} has no field {missing[0]!r} "
                      f"(its fields: {', '.join(own)})")
    clash = set(kind.node_kinds) & ({*node_kinds(), *ENTITY_NAMES, "Article"})
    if clash:
        raise KGError(f"fact kind {kind.name!r}: node kind {sorted(clash)[0]!r} is taken")
    _FACT_KINDS.append(kind)


def unregister(kind: FactKind) -> None:
    """Remove a fact kind registered with `register`."""
    if kind not in _FACT_KINDS:
        raise KGError(f"fact kind {kind.name!r} is not registered")
    _FACT_KINDS.remove(kind)


@contextmanager
def registered(kind: FactKind) -> Iterator[FactKind]:
    """The fact kind registered for the duration of a `with` block (tests, notebooks)."""
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind)

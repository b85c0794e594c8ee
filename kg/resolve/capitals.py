"""A place that is a state's capital stands for that state: a visit to Juba is one to South Sudan
(kg/extract/meetings/visits.py), an unnamed official in Jerusalem speaks for Israel (kg/extract/quotes/sources.py)."""
from __future__ import annotations

from collections.abc import Mapping

from kg import gazetteer
from kg.records import Entity, Kind


def state_of_capital(name: str) -> str | None:
    """The ISO3 code of the state whose capital the place named is ("Juba" -> "SSD"), else None."""
    return gazetteer.capitals().get(name)


def capital_state_key(name: str, entities: Mapping[str, Entity]) -> str | None:
    """The key of the state among the entities whose capital the place named is, if it is one of them."""
    code = state_of_capital(name)
    if code is None:
        return None
    return next((k for k, e in entities.items() if e.kind is Kind.COUNTRY and e.code == code), None)

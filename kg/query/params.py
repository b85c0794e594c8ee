"""Query parameters: a query marks a slot with `VALUES ?NAME { UNDEF }` (valid SPARQL on its own, the
parameter then unbound); binding replaces the UNDEF by the value as an escaped string literal."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kg.errors import UsageError
from kg.rdf.sparql import literal

_SLOT = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", re.IGNORECASE)


class ParameterError(UsageError):
    """A --param that the query does not take, is malformed, or a required one left out."""


def slots(sparql: str) -> tuple[str, ...]:
    """The parameter names a query offers, in order of appearance."""
    return tuple(dict.fromkeys(m.group(1) for m in _SLOT.finditer(sparql)))


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """`["name=Kim Jong Un"]` -> `{"name": "Kim Jong Un"}`; a later NAME wins."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param {item!r}: expected NAME=VALUE, e.g. --param name=Trump")
        out[name.strip()] = value
    return out


def bind(sparql: str, values: Mapping[str, str], required: Iterable[str] = ()) -> str:
    """The query with each given parameter's slot filled with its value as a string literal."""
    offered = slots(sparql)
    for name in values:
        if name not in offered:
            takes = ", ".join(offered) if offered else "no parameters"
            raise ParameterError(f"--param {name}: this query takes {takes}")
    missing = [name for name in required if name not in values]
    if missing:
        raise ParameterError(f"this query needs --param {missing[0]}=VALUE")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            return match.group(0)
        return f"VALUES ?{name} {{ {literal(values[name])} }}"

    return _SLOT.sub(fill, sparql)

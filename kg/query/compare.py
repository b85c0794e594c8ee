"""Whether two answers to a query are the same: a rewritten query against its plain form, or one engine's
answer against another's (pyoxigraph, rdflib, Virtuoso)."""
from __future__ import annotations

import re
from collections import Counter

from kg.rdf.sparql import QueryResult, Value

XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration"
_DURATION = re.compile(r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_SECONDS = (365 * 86400, 30 * 86400, 86400, 3600, 60, 1)


def duration_seconds(lexical: str) -> float | None:
    """An xsd:duration as seconds ("PT1H30M" -> 5400.0; a year as 365 days, a month as 30); a plain
    number is taken as seconds already, as Virtuoso 7 returns durations. None if neither."""
    try:
        return float(lexical)
    except ValueError:
        pass
    match = _DURATION.match(lexical)
    if not match or lexical in ("P", "PT", "-P") or lexical.endswith("T"):
        return None
    total = sum(float(part) * unit for part, unit in zip(match.groups()[1:], _SECONDS, strict=True) if part)
    return -total if match.group(1) else total


def same_answer(old: QueryResult, new: QueryResult, sparql: str) -> str:
    """'same' or what differs: variables, the multiset of rows, or their order on the ORDER BY keys of
    SPARQL. A GROUP_CONCAT value is compared as the set of its "; "-separated parts (SPARQL leaves
    their order open); an xsd:duration by its length in seconds (Virtuoso keeps no lexical form)."""
    if old.kind != "select" or new.kind != "select":
        return "same" if old.serialize("ntriples" if old.kind == "graph" else "json") == \
            new.serialize("ntriples" if new.kind == "graph" else "json") else "DIFFERENT"
    if old.variables != new.variables:
        return f"DIFFERENT variables {old.variables} -> {new.variables}"
    concat = set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s+\?(\w+)", sparql, re.IGNORECASE | re.DOTALL))

    def cell(name: str, v: Value | None) -> object:
        if v is None:
            return None
        if name in concat:
            return frozenset(v.value.split("; "))
        if v.datatype == XSD_DURATION:
            return (v.kind, duration_seconds(v.value), v.datatype)
        return (v.kind, v.value, v.datatype, v.language)

    def key(row: tuple[Value | None, ...]) -> tuple[object, ...]:
        return tuple(cell(name, v) for name, v in zip(old.variables, row, strict=True))

    a, b = [key(r) for r in old.rows], [key(r) for r in new.rows]
    if Counter(a) != Counter(b):
        missing, extra = Counter(a) - Counter(b), Counter(b) - Counter(a)
        example = next(iter(missing or extra))
        return (f"DIFFERENT rows ({len(a)} -> {len(b)}; {sum(missing.values())} missing, "
                f"{sum(extra.values())} extra, e.g. {'missing' if missing else 'extra'} {example})")
    order = re.search(r"ORDER\s+BY(.*)$", sparql, re.IGNORECASE | re.DOTALL)
    sort = [i for i, name in enumerate(old.variables) if order and re.search(rf"\?{name}\b", order.group(1))]
    if [tuple(r[i] for i in sort) for r in a] != [tuple(r[i] for i in sort) for r in b]:
        return "DIFFERENT order"
    return "same"

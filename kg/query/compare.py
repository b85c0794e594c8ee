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


VIRTUOSO_ORDER_CHARS = 50
"""Virtuoso 7 keeps a literal of over 50 characters apart from its index and sorts it by where it is
kept, not by its text (measured with Debian's virtuoso-opensource 7.2: a 51-character name came before
a 28-character one it should follow); up to 50 characters it sorts by code point, as pyoxigraph does."""


def _short(key: tuple[object, ...], limit: int | None) -> bool:
    """Whether every string in a row's sort key is at most LIMIT characters long (always, with no LIMIT)."""
    return limit is None or all(not isinstance(cell, tuple) or len(str(cell[1])) <= limit for cell in key)


def same_answer(old: QueryResult, new: QueryResult, sparql: str, *, order_chars: int | None = None) -> str:
    """'same' or what differs: variables, the multiset of rows, or their order on the ORDER BY keys of
    SPARQL. A GROUP_CONCAT value is compared as the set of its "; "-separated parts (SPARQL leaves
    their order open); an xsd:duration by its length in seconds (Virtuoso keeps no lexical form).
    With `order_chars`, the order is checked among the rows whose sort keys are at most that many
    characters long (VIRTUOSO_ORDER_CHARS: Virtuoso 7 does not sort longer strings by their text)."""
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
    keys_a, keys_b = ([key for key in (tuple(r[i] for i in sort) for r in rows) if _short(key, order_chars)]
                      for rows in (a, b))
    if keys_a != keys_b:
        at = next(i for i, (x, y) in enumerate(zip(keys_a, keys_b, strict=True)) if x != y)
        return f"DIFFERENT order from row {at + 1}: {keys_a[at]} -> {keys_b[at]}"
    return "same"

"""Whether two answers to a query are the same: for checking a rewritten query against its plain form."""
from __future__ import annotations

import re
from collections import Counter

from kg.rdf.sparql import QueryResult, Value


def same_answer(old: QueryResult, new: QueryResult, sparql: str) -> str:
    """'same' or what differs: variables, the multiset of rows, or their order on the ORDER BY keys of
    SPARQL. A GROUP_CONCAT value is compared as the set of its "; "-separated parts (SPARQL leaves
    their order open)."""
    if old.kind != "select" or new.kind != "select":
        return "same" if old.serialize("ntriples" if old.kind == "graph" else "json") == \
            new.serialize("ntriples" if new.kind == "graph" else "json") else "DIFFERENT"
    if old.variables != new.variables:
        return f"DIFFERENT variables {old.variables} -> {new.variables}"
    concat = set(re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s+\?(\w+)", sparql, re.IGNORECASE | re.DOTALL))

    def key(row: tuple[Value | None, ...]) -> tuple[object, ...]:
        return tuple(None if v is None else frozenset(v.value.split("; ")) if name in concat
                     else (v.kind, v.value, v.datatype, v.language) for name, v in zip(old.variables, row))

    a, b = [key(r) for r in old.rows], [key(r) for r in new.rows]
    if Counter(a) != Counter(b):
        return f"DIFFERENT rows ({len(a)} -> {len(b)})"
    order = re.search(r"ORDER\s+BY(.*)$", sparql, re.IGNORECASE | re.DOTALL)
    sort = [i for i, name in enumerate(old.variables) if order and re.search(rf"\?{name}\b", order.group(1))]
    if [tuple(r[i] for i in sort) for r in a] != [tuple(r[i] for i in sort) for r in b]:
        return "DIFFERENT order"
    return "same"

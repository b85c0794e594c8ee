"""Results for people and programs: an aligned text table, or a standard serialization."""
from __future__ import annotations

from kg.errors import UsageError
from kg.rdf.sparql import QueryResult, Value

FORMATS = ("table", "csv", "tsv", "json", "xml")
MAX_CELL = 70
"""Table cells longer than this are cut (with an ellipsis); csv/tsv/json/xml are never cut."""


def render(result: QueryResult, fmt: str = "table") -> bytes:
    """The result in FMT: tables and Turtle for people, SPARQL 1.1 results formats for programs."""
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    if result.kind == "graph":
        if fmt != "table":
            raise UsageError(f"--format {fmt}: a CONSTRUCT/DESCRIBE result is a graph, printed as Turtle; "
                             "use --format table")
        return result.serialize("turtle")
    if fmt != "table":
        return result.serialize(fmt)
    if result.kind == "ask":
        return b"true\n" if result.boolean else b"false\n"
    return table(result.variables, result.rows).encode("utf-8")


def table(variables: tuple[str, ...], rows: list[tuple[Value | None, ...]]) -> str:
    """Columns padded to their widest cell, a rule under the header, and a row count."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(name), *(len(r[i]) for r in cells)]) for i, name in enumerate(variables)]
    lines = [_line(list(variables), widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(r, widths) for r in cells)
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _cell(value: Value | None) -> str:
    if value is None:
        return ""
    text = " ".join(value.compact().split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"

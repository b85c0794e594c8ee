"""Pictures of a built graph: an interactive HTML page (network + meeting timeline), or a static PNG/SVG.

    from kg.rdf.graphview import read_view
    write(read_view("exports/graph.ttl"), Path("graph.html"))
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError
from kg.io import write_atomic
from kg.rdf.graphview import GraphView

SUFFIXES = (".html", ".png", ".svg")


def write(view: GraphView, path: Path, *, timeline: bool = False, title: str = "", top: int = 30) -> None:
    """Write PATH (.html, .png or .svg); TIMELINE opens the page on / draws the meeting timeline; a
    picture draws the TOP people (network: most connected; timeline: most meetings)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"-o {path}: unknown picture type {suffix or '(none)'!r}; use one of {', '.join(SUFFIXES)}")
    if suffix == ".html":
        from kg.viz.html import render_html

        write_atomic(path, render_html(view, title=title or "Knowledge graph", timeline=timeline))
        return
    import io

    from kg.viz.pictures import save_picture

    buffer = io.BytesIO()
    save_picture(view, Path(f"picture{suffix}"), timeline=timeline, title=title, top=top, output=buffer)
    write_atomic(path, buffer.getvalue())

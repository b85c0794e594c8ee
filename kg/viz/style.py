"""Colours shared by the HTML page and the static pictures (colour-blind-safe Tableau 10 hues)."""
from __future__ import annotations

KIND_COLORS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#e15759",
    "Place": "#59a14f",
    "Meeting": "#b07aa1",
}
STATUS_COLORS = {
    "Held": "#2e7d32",
    "Planned": "#1565c0",
    "Proposed": "#ef6c00",
    "Cancelled": "#757575",
}
OTHER_STATUS = "#555555"


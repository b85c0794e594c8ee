"""Colours shared by the HTML page and the static pictures (colour-blind-safe Tableau 10 hues)."""
from __future__ import annotations

from kg.kinds import ENTITY_KINDS
from kg.records import Status

KIND_COLORS = {**{e.name: e.color for e in ENTITY_KINDS}, "Meeting": "#b07aa1"}
STATUS_COLORS = {s.value.title(): color for s, color in zip(Status, ("#2e7d32", "#1565c0", "#ef6c00", "#757575"),
                                                                strict=True)}
"""Held, Planned, Proposed, Cancelled (the local names of kg:status values, kg.records.Status)."""
OTHER_STATUS = "#555555"

COMMUNITY_COLORS = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
    "#8c564b", "#e377c2", "#bcbd22", "#393b79", "#637939", "#843c39",
)
"""People's colour by community (the largest first; Tableau/d3 category hues), repeated past twelve."""
NO_COMMUNITY = "#9aa7b4"
"""People in no community of three or more."""

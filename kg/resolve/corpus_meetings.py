"""Meetings across articles: one event node per meeting that several articles report."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from kg.resolve.merges import Merge
from kg.ids import meeting_id
from kg.records import ArticleFacts, Meeting, Status, TimeValue


_STATUS_GROUPS = {frozenset({Status.HELD, Status.PLANNED, Status.PROPOSED}),
                  frozenset({Status.CANCELLED, Status.PLANNED, Status.PROPOSED})}


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def date_range(t: TimeValue) -> tuple[dt.date, dt.date]:
    lo, hi = _bounds(t.value)
    if t.end:
        hi = max(hi, _bounds(t.end)[1])
    return lo, hi


def meetings_compatible(a: Meeting, b: Meeting) -> bool:
    """Same participants, both dated and overlapping, places equal or one unknown, statuses that one event can have."""
    if a.participants != b.participants or a.date is None or b.date is None:
        return False
    (alo, ahi), (blo, bhi) = date_range(a.date), date_range(b.date)
    if alo > bhi or blo > ahi:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    return a.status == b.status or any({a.status, b.status} <= g for g in _STATUS_GROUPS)


def meeting_node(article: str, meeting: Meeting, index: int | None = None) -> str:
    return meeting_id(article, meeting.evidence[0].start, index)


def corpus_meetings(facts: tuple[ArticleFacts, ...]) -> tuple[dict[str, dict[int, str]], list[Merge]]:
    return group_meetings((f.article.id, i, m) for f in facts for i, m in enumerate(f.meetings))


def group_meetings(reports: Iterable[tuple[str, int, Meeting]],
                   first: Mapping[tuple[str, ...], tuple[str, int]] | None = None,
                   ) -> tuple[dict[str, dict[int, str]], list[Merge]]:
    """One node per meeting among REPORTS (article id, index among the article's resolved meetings, meeting).

    The participants' blocks are taken in the order of their first report; FIRST gives it for blocks of
    which REPORTS hold only a part (a build into a store reads only the reports it needs)."""
    blocks: dict[tuple[str, ...], list[tuple[str, int, Meeting]]] = defaultdict(list)
    for art, i, m in reports:
        blocks[m.participants].append((art, i, m))
    ids: dict[str, dict[int, str]] = defaultdict(dict)
    log: list[Merge] = []
    taken: set[str] = set()
    known = first or {}

    def order(ms: list[tuple[str, int, Meeting]]) -> tuple[str, int]:
        own = min((a, i) for a, i, _ in ms)
        return min(own, known.get(ms[0][2].participants, own))

    for members in sorted(blocks.values(), key=order):
        def span(item: tuple[str, int, Meeting]) -> tuple[int, str, int]:
            d = item[2].date
            lo, hi = date_range(d) if d else (dt.date.min, dt.date.max)
            return ((hi - lo).days, item[0], item[1])
        groups: list[list[tuple[str, int, Meeting]]] = []
        for item in sorted(members, key=span):
            fits = [g for g in groups if all(meetings_compatible(item[2], o[2]) and o[0] != item[0] for o in g)]
            if len(fits) == 1:
                fits[0].append(item)
            else:
                groups.append([item])
        for g in groups:
            canon = min(g, key=lambda it: (it[0], it[1]))
            node = meeting_node(canon[0], canon[2])
            if node in taken:  # two meetings read from one sentence
                node = meeting_node(canon[0], canon[2], canon[1])
            taken.add(node)
            for art, i, m in g:
                ids[art][i] = node
                if len(g) > 1:
                    others = sorted({a for a, _, _ in g} - {art})
                    if len(others) > 5:
                        others = [*others[:5], f"and {len(others) - 5} more"]
                    dates = ", ".join(sorted({o.date.value for _, _, o in g if o.date}))
                    log.append(Merge("Meeting", art, meeting_node(art, m), node, m.trigger, "same-meeting",
                                     f"same participants ({', '.join(m.participants)}), compatible dates ({dates}) "
                                     f"and place in {len(g)} articles; also reported by {', '.join(others)}"))
    return dict(ids), log

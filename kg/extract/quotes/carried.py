"""Quotes with no attribution of their own that continue the previous quote ("“…,” she said. “…”")."""
from __future__ import annotations

from kg.extract.quotes.marks import Q
from kg.extract.quotes.speakers import CONFIDENCE


def carried(quotes: list[Q], n: int, text: str) -> tuple[str, float] | None:
    """No attribution: the previous quote's speaker in the paragraph, or the previous paragraph's."""
    q = quotes[n]
    before = [p for p in quotes[:n] if p.speaker and p.outer is None and p.para in {q.para, q.para - 1, q.para - 2}]
    if not before or q.outer is not None:
        return None
    last = before[-1]
    assert last.speaker is not None  # `before` keeps quotes with a speaker
    opens_para = text[:q.open].rstrip(" \t").endswith("\n") or q.open == 0
    if last.para == q.para or (opens_para and not text[last.close:q.open].strip(" \t\n\"\u201d.,")):
        return last.speaker, CONFIDENCE["carried"]
    if opens_para and last.para != q.para and _para_is_quote(text, last):
        return last.speaker, CONFIDENCE["carried"]
    return None


def _para_is_quote(text: str, q: Q) -> bool:
    """The previous quote ends its paragraph (nothing but an attribution after it)."""
    end = text.find("\n", q.close)
    tail = text[q.close + 1:end if end >= 0 else len(text)]
    return len(tail.strip()) < 40

"""Quotation marks paired into quotes: typographic (“ ” „; „...“ in German and Balkan copy), straight ("),
TeX-style (`` ''), and the guillemets of French-style copy and its translations (« », ‹ ›), which open and
close as “ ” do.

Marks pair within a paragraph (one line of text), nested quotes allowed; an opener left open runs to
its paragraph's end, unless a later line (within a few) brings the matching closer before any new
opener: then the quote spans those lines (corpora that put one sentence per line, "``Everyone told
us.\nBut we won.''").

A text that opens more quotes with single marks than with double ones quotes in single marks (British
style: ‘We will,’ Mr Hale said, ‘and “soon”.’): there ‘ ’ and straight ' pair instead; elsewhere
single marks pair only outside double ones. Single marks are told from apostrophes by what stands on
either side (don't, the workers' union), and a single opener never closed is dropped rather than run
to the paragraph end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

OPENERS = frozenset({"\u201c", "\u201e", "``", "\u00ab", "\u2039"})
CLOSERS = frozenset({"\u201d", "''", "\u00bb", "\u203a"})
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_STRAIGHT = "\u2018", "\u2019", "'"
MARK_TOKENS = frozenset({*OPENERS, *CLOSERS, STRAIGHT, "`", SINGLE_OPEN, SINGLE_CLOSE, SINGLE_STRAIGHT})
# (spaCy splits `` into two ` tokens)
CARRY_LINES = 4  # how many later lines an open quote may reach for its closer


@dataclass
class Q:
    """One pair of quote marks: mark offsets, the quoted words' offsets, and the enclosing quote."""

    open: int
    start: int
    end: int
    close: int  # offset of the closing mark, or the paragraph end when unclosed
    para: int
    outer: int | None = None
    speaker: str | None = None


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, kind) of every mark in text[lo:hi]: kind "open", "close" or "straight"."""
    # one regex scan rather than a look at every character; a two-character mark (`` '') is tried
    # before the one-character ones at each offset, as a left-to-right reading takes it
    return [(m.start(), _KIND.get(m.group(), "straight")) for m in _MARK.finditer(text, lo, hi)]


_MARK = re.compile("|".join(re.escape(m) for m in sorted(OPENERS | CLOSERS | {STRAIGHT}, key=lambda m: (-len(m), m))))
_KIND = {**{m: "open" for m in OPENERS}, **{m: "close" for m in CLOSERS}}


def pair_marks(text: str) -> list[Q]:
    """Pair quote marks paragraph by paragraph, outer quotes before the quotes they contain."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    found: list[Q] = []
    single = len(_SINGLE_OPENER.findall(text)) > len(_DOUBLE_OPENER.findall(text))
    for para, (lo, hi) in enumerate(lines):
        if single:
            found.extend(_pair_single(text, lo, hi, para))
            continue
        doubles = _pair_paragraph(text, lo, hi, para, lines)
        found.extend(doubles)  # and single marks outside them: "you told me: 'Georgia's place is in Europe.'"
        found.extend(q for q in _pair_single(text, lo, hi, para) if not any(d.open < q.open < d.close for d in doubles))
    found = sorted((q for q in found if q.end > q.start), key=lambda q: (q.open, -q.close))
    for n, q in enumerate(found):
        for m in range(n - 1, -1, -1):
            if found[m].open < q.open and q.close <= found[m].close:
                q.outer = m
                break
    return found


def _pair_paragraph(text: str, lo: int, hi: int, para: int, lines: list[tuple[int, int]]) -> list[Q]:
    stack: list[tuple[int, int]] = []  # (offset, mark width)
    pairs: list[tuple[int, int, int]] = []  # (open, close, opener width)
    for i, kind in _marks(text, lo, hi):
        width = 2 if text[i:i + 2] in OPENERS else 1
        if kind == "open" and text[i] == "\u201c" and stack and text[stack[-1][0]] == "\u201e":
            kind = "close"  # „...“: the low opener of German and Balkan copy closes with the high one
        if kind == "open":
            stack.append((i, width))
        elif kind == "close":
            if stack:  # a closer with nothing open is dropped (or closes an earlier line's quote)
                o, w = stack.pop()
                pairs.append((o, i, w))
        else:
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            opens = (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace()
            closes = not before.isspace() and (after.isspace() or not after.isalnum())
            if stack and (closes or not opens):
                o, w = stack.pop()
                pairs.append((o, i, w))
            elif opens or not stack:
                stack.append((i, 1))
    if stack:
        first, width = stack[0]
        later = _closer_on_later_line(text, first, lines, para)
        if later is not None:
            pairs.append((first, later, width))
        else:  # unclosed: "the final mark closes both", else run to the paragraph end
            inner = [c for o, c, _ in pairs if o > first]
            tail = text[inner[-1] + 1:hi] if inner else ""
            close = inner[-1] if inner and len(tail.strip()) < 60 and not any(
                m in tail for m in OPENERS | {STRAIGHT}) else len(text[:hi].rstrip())
            pairs.append((first, close, width))
    return [_words(text, o, c, w, para) for o, c, w in pairs]


def _pair_single(text: str, lo: int, hi: int, para: int) -> list[Q]:
    """Single marks of one paragraph paired; an apostrophe has a letter on both sides ("don't") or
    none open before it ("the workers' union")."""
    stack: list[int] = []
    pairs: list[tuple[int, int, int]] = []
    for m in _SINGLE.finditer(text, lo, hi):
        i = m.start()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, O'Leary
        opens = (before.isspace() or before in "([{\u2014\u2013-/:") and after.isalnum() or (
            m.group() == SINGLE_OPEN and not after.isspace())
        if opens and m.group() != SINGLE_CLOSE:
            stack.append(i)
        elif stack and not before.isspace() and m.group() != SINGLE_OPEN:
            pairs.append((stack.pop(), i, 1))
    return [_words(text, o, c, w, para) for o, c, w in pairs]


_SINGLE = re.compile("[\u2018\u2019']")
_SINGLE_OPENER = re.compile("(?:^|(?<=[\\s(\u2014\u2013-]))(?:\u2018|'(?=[^\\W\\d_]))", re.M)
_DOUBLE_OPENER = re.compile("|".join(re.escape(m) for m in sorted(OPENERS, key=lambda m: (-len(m), m)))
                            + '|(?:^|(?<=\\s))"(?=\\w)', re.M)


def _closer_on_later_line(text: str, opener: int, lines: list[tuple[int, int]], para: int) -> int | None:
    """The closer of an opener left open at its line's end, when one of the next lines brings it first.

    Only asymmetric openers (“ ``) carry: a straight mark cannot tell its closer from a new opener."""
    if text[opener] == STRAIGHT:
        return None
    for lo, hi in lines[para + 1:para + 1 + CARRY_LINES]:
        marks = _marks(text, lo, hi)
        if marks:
            offset, kind = marks[0]
            return offset if kind == "close" else None
    return None


def _words(text: str, open_: int, close: int, width: int, para: int) -> Q:
    start, end = open_ + width, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Q(open_, start, end, close, para)


def other_quote_tokens(doc: Doc, quotes: list[Q], n: int) -> set[int]:
    """Tokens inside quotes that do not contain quote n (their verbs are not its attribution)."""
    q = quotes[n]
    chain = set()
    m = q.outer
    while m is not None:
        chain.add(m)
        m = quotes[m].outer
    out: set[int] = set()
    for k, other in enumerate(quotes):
        if k == n or k in chain or other.para != q.para:
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out

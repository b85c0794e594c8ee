"""The model's attribute ruler, its patterns matched on the doc's arrays: the same matches, found in a tenth of the time.

The attribute ruler (part-of-speech, morphology and lemma exceptions over the tagger's tags: "that"/WDT is a
pronoun, "I" has the lemma "I") runs spaCy's Matcher with its 179 patterns at every token, some 13% of the
model's time. Its patterns only test a token's TAG, DEP, LOWER or IS_SPACE, by value, IN, NOT_IN or REGEX: here
they are indexed by the tag they need, and a token is tested against the few that can hold for its tag. The
matches are the Matcher's, sorted as the ruler sorts them, and the ruler's own `set_annotations` writes them.
A pattern of another kind (a model of another version) leaves the ruler as it is.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

_COLUMNS = {"TAG": 0, "DEP": 1, "LOWER": 2, "IS_SPACE": 3}  # the arrays read, in this order
_ARRAY = [TAG, DEP, LOWER, IS_SPACE]
_KEYS = (0, 2, 3)  # the columns of the index keys: TAG, LOWER, IS_SPACE

# A token test: (token offset in the pattern, column, operator, operand); operators "eq", "in", "not_in", "regex" (the
# operand a compiled pattern searched in the LOWER string, as the Matcher's REGEX does).
_Test = tuple[int, int, str, Any]
# A pattern: (the ruler's attribute id, its match id, its length in tokens, the tests its index key leaves)
_Pattern = tuple[int, int, int, tuple[_Test, ...]]


class UnsupportedPattern(ValueError):
    """A pattern tests something the array matcher does not read."""


def use_array_matcher(ruler: Any) -> bool:
    """Makes RULER match its patterns on the arrays (its `match` method replaced on this instance); False, and the
    ruler unchanged, when a pattern is of a kind not read here."""
    try:
        match = array_matcher(ruler)
    except UnsupportedPattern:
        return False
    ruler.match = match
    return True


def array_matcher(ruler: Any) -> Callable[[Doc], list[tuple[int, int, int, int]]]:
    """The ruler's `match`: (attribute id, match id, start, end) of every match, sorted as the ruler sorts them."""
    strings = ruler.vocab.strings
    # the patterns by a value their first token must have: its tag (by value or IN), else its lower-case form, else
    # its IS_SPACE flag (that test is then met by the lookup, and left out); a pattern with none is tried everywhere
    index: tuple[dict[int, list[_Pattern]], ...] = ({}, {}, {})
    anywhere: list[_Pattern] = []
    for attr_id, entry in enumerate(ruler.patterns):
        match_id = get_string_id(str(attr_id))
        for pattern in entry["patterns"]:
            if not pattern:
                raise UnsupportedPattern("an empty pattern")
            tests = [(k, *test) for k, spec in enumerate(pattern) for test in _tests(spec)]
            key, values = next(((k, v) for k, v in enumerate(_first_values(pattern[0])) if v is not None), (0, None))
            if values is None:
                anywhere.append((attr_id, match_id, len(pattern), tuple(tests)))
                continue
            rest = tuple(t for t in tests if not (t[0] == 0 and t[1] == _KEYS[key] and t[2] in {"eq", "in"}))
            for value in values:
                index[key].setdefault(value, []).append((attr_id, match_id, len(pattern), rest))
    by_tag, by_lower, by_space = index

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(_ARRAY).tolist() if len(doc) else []
        n, found = len(rows), []
        for i, (tag, _, lower, space) in enumerate(rows):
            for group in (by_tag.get(tag), by_lower.get(lower), by_space.get(space), anywhere):
                for attr_id, match_id, size, tests in group or ():
                    if i + size > n or tests and not _hold(rows, i, tests, strings):
                        continue
                    found.append((attr_id, match_id, i, i + size))
        found.sort()
        return found

    return match


def _tests(spec: dict[str, Any]) -> list[tuple[int, str, Any]]:
    """(column, operator, operand) of each test of one token's spec."""
    out: list[tuple[int, str, Any]] = []
    for attr, value in spec.items():
        column = _COLUMNS.get(attr)
        if column is None:
            raise UnsupportedPattern(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                raise UnsupportedPattern(f"IS_SPACE {value!r}")
            out.append((column, "eq", int(value)))
        elif isinstance(value, str):
            out.append((column, "eq", get_string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, operand), = value.items()
            if op in {"IN", "NOT_IN"} and all(isinstance(v, str) for v in operand):
                out.append((column, op.lower(), frozenset(get_string_id(v) for v in operand)))
            elif op == "REGEX" and isinstance(operand, str):
                out.append((column, "regex", re.compile(operand)))
            else:
                raise UnsupportedPattern(f"{attr} {op}")
        else:
            raise UnsupportedPattern(f"{attr} {value!r}")
    return out


def _first_values(spec: dict[str, Any]) -> tuple[frozenset[int] | None, ...]:
    """The tags, lower-case forms and IS_SPACE flags the first token may have (None: any), in that order."""
    def values(attr: str) -> frozenset[int] | None:
        value = spec.get(attr)
        if attr == "IS_SPACE":
            return None if value is None else frozenset({int(value)})
        if isinstance(value, str):
            return frozenset({get_string_id(value)})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return frozenset(get_string_id(v) for v in value["IN"])
        return None
    return values("TAG"), values("LOWER"), values("IS_SPACE")


def _hold(rows: list[list[int]], i: int, tests: tuple[_Test, ...], strings: Any) -> bool:
    for k, column, op, operand in tests:
        value = rows[i + k][column]
        if not (value == operand if op == "eq" else value in operand if op == "in" else value not in operand
                if op == "not_in" else operand.search(strings[value]) is not None):
            return False
    return True

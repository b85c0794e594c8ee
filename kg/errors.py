"""One exception tree: every error a user can see is a KGError with a one-line message."""
from __future__ import annotations


class KGError(Exception):
    """Base of every error `kg` raises on purpose; its message is one line for the user."""


class InputError(KGError):
    """An input (file, JSONL line, stdin) cannot be read or holds no usable text."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(KGError):
    """A bad command-line value (a date that is not a date, an unknown format, ...)."""


class GoldError(KGError):
    """A gold file for `kg eval` is malformed."""

"""One-to-one matching shared by the dev-set and benchmark scorers."""
from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

G = TypeVar("G", bound=Hashable)


def max_matching(candidates: Sequence[Sequence[G]]) -> dict[int, G]:
    """A maximum one-to-one matching of left items (by index) to right items; earlier candidates preferred.

    Kuhn's augmenting paths: left items are tried in order, each taking its first free candidate, else
    displacing an earlier owner that can move elsewhere (an owner keeps its preferred item when a free one
    serves the newcomer), so the number of pairs is as large as possible and the result depends only on
    the order of the inputs.
    """
    owner: dict[G, int] = {}

    def augment(left: int, seen: set[G]) -> bool:
        for right in candidates[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(candidates)):
        free = next((right for right in candidates[left] if right not in owner), None)
        if free is not None:  # a free first choice before displacing an owner from its own first choice
            owner[free] = left
        else:
            augment(left, set())
    return {left: right for right, left in owner.items()}

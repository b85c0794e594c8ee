"""One-to-one matching shared by the dev-set and benchmark scorers."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

import networkx as nx

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


def best_matching(candidates: Sequence[Sequence[G]], weight: Callable[[int, G], int]) -> dict[int, G]:
    """A maximum one-to-one matching that, among all maximum ones, has the largest total weight.

    Meetings of the same sides are all candidates of one another: taking them in order (max_matching)
    can hand a later gold meeting the system meeting that fits an earlier one's date and place only,
    miscounting date and place accuracy. networkx's blossom matching with maxcardinality finds the best.
    """
    graph = nx.Graph()
    for left, rights in enumerate(candidates):
        for right in rights:  # +1: an edge that agrees in nothing still counts toward the cardinality
            graph.add_edge(("L", left), ("R", right), weight=weight(left, right) + 1)
    pairs = (sorted((a, b)) for a, b in nx.max_weight_matching(graph, maxcardinality=True))
    return {left[1]: right[1] for left, right in sorted(pairs)}

"""Regression floors on the dev set (../shared/eval), measured through `kg eval` on the written Turtle.

Floors are the figures reached when they were set, not targets tuned to these articles.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.eval import evaluate

from .conftest import EVAL

FLOORS = {"people": 0.96, "organizations": 0.90, "countries": 0.94, "titles": 0.90, "quotes": 0.92,
          "meetings": 0.87}


@pytest.fixture(scope="module")
def report(dev_ttl: Path):  # type: ignore[no-untyped-def]
    rep = evaluate([EVAL / "gold"], dev_ttl)
    print("\n" + rep.table())
    return rep


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_dev_set_floor(report, category: str) -> None:  # type: ignore[no-untyped-def]
    assert report.scores[category].f1 >= FLOORS[category], report.table()

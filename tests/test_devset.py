"""Regression floors on the dev set (data/eval), measured through `kg eval` on the written Turtle.

The floors are set per subset, at the figures measured when they were set (not targets tuned to
these articles): 000-48 are the first thirteen articles, which the rules were written against;
50-61 (VOA, Wikinews) and 62-69 (government readouts) came later and show whether the rules
generalize. A change may not lower any subset below its floor.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.eval import Report, evaluate

from .conftest import EVAL

SUBSETS = {"000-48": range(0, 50), "50-61": range(50, 62), "62-69": range(62, 70)}
FLOORS = {  # F1 measured on 2026-12-06 (947484d, e2285f2; raised by the issue-14 and issue-13 steps; organizations and countries by OrgRepair; 50-61 meetings by meet1's side steps; 50-61 quotes by names1's joined names; 50-61 people and titles by ptq's titled names; 000-48 organizations by OrgVenues), truncated to three places
    "000-48": {"people": 1.000, "organizations": 0.961, "countries": 1.000, "titles": 0.954, "quotes": 0.954,
               "meetings": 0.941, "pairs": 0.876},
    # 50-61 meetings 0.848 -> 0.865 (28/1/9 -> 29/1/8), pairs 0.826 -> 0.833: "the two sides" after two states
    # coordinated before (meetsides, session 14)
    "50-61": {"people": 1.000, "organizations": 0.923, "countries": 1.000, "titles": 0.969, "quotes": 1.000,
              "meetings": 0.865, "pairs": 0.833},
    "62-69": {"people": 0.982, "organizations": 0.972, "countries": 1.000, "titles": 0.933, "quotes": 0.941,
              "meetings": 0.962, "pairs": 0.964},
}


def _subset(path: Path) -> str:
    number = int(path.name.split("_", 1)[0])
    return next(label for label, span in SUBSETS.items() if number in span)


@pytest.fixture(scope="module")
def reports(dev_ttl: Path) -> dict[str, Report]:
    gold = sorted((EVAL / "gold").glob("*.json"))
    out = {label: evaluate([p for p in gold if _subset(p) == label], dev_ttl) for label in SUBSETS}
    for label, rep in out.items():
        print(f"\n== {label}\n{rep.table()}")
    return out


def test_every_dev_article_belongs_to_a_subset() -> None:
    gold = sorted((EVAL / "gold").glob("*.json"))
    assert len(gold) == 33
    assert sorted(_subset(p) for p in gold).count("000-48") == 13


# Of the meetings matched, the share with the right date and place (000-48 only: on the newer subsets
# too few meetings are matched today for a ratio to be a floor).
ACCURACY_FLOORS = {  # correct/total of matched meetings, measured on 2026-12-06 (e2285f2), truncated
    "000-48": {"meeting_date": 1.0, "meeting_place": 1.0},
    "50-61": {"meeting_date": 0.892, "meeting_place": 0.714},  # 25/28, 20/28 (meet1's side steps, meet2's dateline place)
    "62-69": {"meeting_date": 1.0, "meeting_place": 1.0},  # 26/26 (meetprec's occasion), 26/26
}


@pytest.mark.parametrize(("subset", "category"), [(s, c) for s, floors in FLOORS.items() for c in sorted(floors)])
def test_dev_set_floor(reports: dict[str, Report], subset: str, category: str) -> None:
    assert reports[subset].scores[category].f1 >= FLOORS[subset][category], reports[subset].table()


@pytest.mark.parametrize(("subset", "name"), [(s, n) for s, floors in ACCURACY_FLOORS.items() for n in sorted(floors)])
def test_dev_set_accuracy_floor(reports: dict[str, Report], subset: str, name: str) -> None:
    assert reports[subset].accuracies[name].value >= ACCURACY_FLOORS[subset][name], reports[subset].table()

"""Regression floors on data/dev_styles: invented texts in outlet styles the real dev set lacks.

The set is readable (rules may be debugged against it), so its floors guard what was gained there; the
measure of generalization stays with the hold-out sets, which no test reads. Floors are the figures
measured when they were set, truncated to three places.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import Report, evaluate

from .conftest import DEV_STYLES

FLOORS = {  # F1 measured on 2026-12-06 (36 texts, after this session's meeting, entity, title and quote steps,
    # then OrgVenues and names cut in pieces joined: people 0.881 -> 0.925, meetings 0.491 -> 0.538)
    "people": 0.923, "organizations": 0.758, "countries": 0.965, "titles": 0.867, "quotes": 0.753,
    "meetings": 0.508, "pairs": 0.565,  # meetings 0.538 -> 0.553 after 'the two last met', postponed visits
}  # then lowered only as far as new texts required (40 texts with s8_01-s8_04, no rule change); wire credits:
# people 0.923 -> 0.930, organizations 0.759 -> 0.782; lowered again for s7_01-s7_04 (44 texts, no rule
# change): people 0.921, organizations 0.753, titles 0.846, meetings 0.518, pairs 0.494; and for s8_05-s8_08
# (48 texts, no rule change): people 0.916, organizations 0.750, titles 0.831, quotes 0.806, meetings 0.498, pairs 0.473;
# places listed, "of" a room, before "border" (OrgVenues): organizations 0.750 -> 0.760; delegation members
# (crews.py) and 'paid a courtesy call on': meetings 0.498 -> 0.506, pairs 0.473 -> 0.535 (48 texts)
# then s7_05-s7_08 (52 texts, no rule change): organizations 0.740, titles 0.830, quotes 0.748 (s7_08's 21
# single-quoted quotations, mostly 'she says'), meetings 0.498
# 79/111, 75/111 of matched meetings (70/98, 67/98 before the joined names matched 8 more meetings, three
# of them placed at their city where the gold has the venue)
# title shapes (courtesy words, 'Secretary of State for X', bylines) and a matching that keeps a meeting's
# date-preferred pair: titles 0.830 -> 0.860, meetings 0.498 -> 0.501, pairs 0.535 -> 0.561 (52 texts)
# acronyms in brackets, organs apart from their body, standing mechanisms, dateline places: organizations
# 0.740 -> 0.758, meetings 0.504, pairs 0.563; one more meeting matched, its date and place wrong
# a name begun back over its untagged given names: people 0.916 -> 0.923, titles 0.861 -> 0.867, quotes 0.749
# -> 0.753, meetings 0.504 -> 0.508, pairs 0.563 -> 0.565; one more meeting matched, dated and placed as an
# earlier one of the same two: date 106/155 -> 106/156, place 98/155 -> 98/156
ACCURACY_FLOORS = {"meeting_date": 0.679, "meeting_place": 0.628}  # 106/156, 98/156 (52 texts)


@pytest.fixture(scope="module")
def report(dev_styles_ttl: Path) -> Report:
    rep = evaluate(sorted((DEV_STYLES / "gold").glob("*.json")), dev_styles_ttl)
    print(f"\n== dev_styles\n{rep.table()}")
    return rep


def test_every_article_has_gold_and_an_index_line() -> None:
    index = [json.loads(line)["file"] for line in (DEV_STYLES / "index.jsonl").read_text().splitlines() if line]
    articles = sorted(p.name for p in (DEV_STYLES / "articles").glob("*.txt"))
    gold = sorted(p.stem + ".txt" for p in (DEV_STYLES / "gold").glob("*.json"))
    assert index == articles == gold


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_dev_styles_floor(report: Report, category: str) -> None:
    assert report.scores[category].f1 >= FLOORS[category], report.table()


@pytest.mark.parametrize("name", sorted(ACCURACY_FLOORS))
def test_dev_styles_accuracy_floor(report: Report, name: str) -> None:
    assert report.accuracies[name].value >= ACCURACY_FLOORS[name], report.table()

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
    "people": 0.955, "organizations": 0.826, "countries": 0.965, "titles": 0.916, "quotes": 0.857,
    "meetings": 0.586, "pairs": 0.634,  # meetings 0.538 -> 0.553 after 'the two last met', postponed visits
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
# he/she never the credit line's interviewer nor, first, a subject whose given name is of the other sex
# (merged): quotes 0.753 -> 0.786, meetings 0.508 -> 0.517, pairs 0.565 -> 0.570, date 109/157, place 100/157
# meetings' names, streets, rivers, foreign buildings, headings, desk tags, and a hyphened forum kept a body:
# organizations 0.758 -> 0.789; meetings 0.517 -> 0.516 (s4_05: 'China will host the Eighth Ministerial Meeting
# of the China-Arab States Cooperation Forum' now reads the forum, a body, as a side; the gold has no meeting)
# he/she after an unnamed official, 'It says' after a statement from a body, 'the premier', 'the Speaker':
# quotes 0.786 -> 0.811 (52 texts)
# rounds of talks as sessions (sessions.py: 'the fourth round, held in X', 'the first round, when A and B
# sat ...', 'the round is being led by A and B'), merged with the meetings' precision step (meetB): meetings
# 0.516 -> 0.530, pairs 0.570 -> 0.589; six more meetings matched, four dated right (date 0.694 -> 0.693)
# a people's adjective, a capital or a big city written as a place that the model took for a person is none
# (PersonConsistency): people 0.923 -> 0.934, titles 0.868 -> 0.870, quotes 0.811 -> 0.821, meetings 0.531 ->
# 0.541, pairs 0.590 -> 0.595; three more meetings matched, two dated right (place 104/163 -> 105/166)
# bodies before a meeting's noun ('the Mercosur summit', 'the ASEAN-EU summit', 'a Group of 20 meeting') and
# bylines' people (merged): organizations 0.789 -> 0.804; meetings 0.541 -> 0.539 (s6_02: 'the ASEAN-India
# Commemorative Summit' now read as a meeting of ASEAN and India; not in the gold)
# who's-who lines, 'Cllr', consuls and vice-governors, plural titles 'for X' or with a relative clause, an
# honorific and a surname tagged ORG made the person (merged): titles 0.870 -> 0.892, quotes 0.821 -> 0.823,
# meetings 0.539 -> 0.553, pairs 0.593 -> 0.603; four more meetings matched, two dated and placed right
# (right dates 115 -> 117, places 105 -> 107, of 170: the ratios 0.688 and 0.629)
# a hyphened surname or one with its article written alone ("Delgado-Haynes", "Al-Khazali") is the person named
# in full (merged): people 0.937 -> 0.942, titles 0.892 -> 0.897, quotes 0.823 -> 0.831, meetings 0.553 -> 0.562,
# pairs 0.603 -> 0.619; two more meetings matched, one placed right (place 107/170 -> 108/172)
# a people's word before an office's untagged name ('the Soviet Foreign Ministry'), a gloss after an office's
# name no qualifier ('the Foreign Ministry (Cancillería)') (merged): organizations 0.804 -> 0.810
# a subject "he" continues the subject "he" of the sentence before (over paragraph breaks), merged: meetings
# 0.562 -> 0.567, pairs 0.619 -> 0.623; two more meetings matched (an obituary's 'he finally met Y' in Vienna
# and one undated), date 119/172 -> 120/174, place 108/172 -> 109/174
# religious offices, listed names with particles and the first of a comma list (merged): titles 0.897 ->
# 0.906, meetings 0.567 -> 0.571, pairs 0.623 -> 0.625, dates 120 -> 121 of 174
# a headline's verb ends a name ('X Meets Y'), a title word alone is no one ('the Pope', 'State Councilor and'):
# people 0.942 -> 0.945, meetings 0.571 -> 0.574, pairs 0.625 -> 0.627 (52 texts, merged)
# "their foreign ministers would meet again" (merged): meetings 0.574 -> 0.577; date 123/176, place 111/176
# speech verbs 'accuse' ('X accused Cairo of "..."') and 'underscore' (merged): quotes 0.831 -> 0.838
# then meetB's lead 'after talks in X' told in full, 'since they held talks' (the counted pair), 'planned for
# last week' on a name inside the meeting's phrase: dates 123 -> 126/176, places 111 -> 112/176 (52 texts)
# untagged bodies that speak after "the", own a spokesperson or host a post ('the Presidency said', "the DA's
# spokesperson", 'a post on Twitter') (merged): organizations 0.810 -> 0.821
# a given name opening the sentence, a person taken whole for a body or product after a title's phrase:
# people 0.945 -> 0.951, titles 0.907 -> 0.911, quotes 0.841 -> 0.853 (52 texts, merged)
# then a body named before a meeting noun beside its members listed ('the G4 Ministers' Meeting with her
# counterparts from A, B and C'): meetings 0.577 -> 0.580, pairs 0.626 -> 0.629; the meeting now matched is
# unplaced (its city told only in the lead's stay), so place 112/176 -> 112/177
# the next meeting of a two-state joint commission is the two states (merged): meetings 0.580 -> 0.582, pairs
# 0.629 -> 0.631; one more meeting matched (s4_06 India-Chile), dated right, its place 'in Santiago' read as the
# article's Santiago Ferreyra (place 112/177 -> 112/178)
# a style and a given name are the full name ('Sheikh Saeed'): people 0.950 -> 0.952, meetings 0.582 -> 0.586,
# pairs 0.631 -> 0.634; one more meeting matched, dated right, placed at its city (place 112/178 -> 112/179)
# a surname tagged as a noun ('Valdivieso told me'): quotes 0.853 -> 0.857
# a title said once for a list of "Country's Name" (s7_07): titles 0.913 -> 0.916
# a forum the model took for an event is a body unless counted or dated ('the St. Petersburg International
# Economic Forum') (merged): organizations 0.821 -> 0.823
# bylines on a line of their own under the headline: people 0.952 -> 0.955, organizations 0.824 -> 0.826
ACCURACY_FLOORS = {"meeting_date": 0.720, "meeting_place": 0.625}  # 129/179, 112/179 (52 texts)


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

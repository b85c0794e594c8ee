"""Meetings: a standing body of two states that sits (kg/extract/meetings/convened.py) and sessions told with no one
at the table (kg/extract/meetings/standing.py), on invented sentences with invented names; each row names the
construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2021, 3, 12)

# text, publication date, expected {(participants, status, date, place)}
CASES = [
    # "the Joint Commission, which last sat in 2018, would meet in X": two sittings of the two states' joint body,
    # the states those of the bilateral relation the article tells
    ("Estonian President Mari Kask hosted her Latvian counterpart Andris Ozols in Tallinn on Thursday. Estonia and "
     "Latvia agreed on joint patrols. Officials said the Joint Permanent Commission on Border Security, which last "
     "sat in 2017, would meet in Riga in May.", FRIDAY,
     {(frozenset({"Mari Kask", "Andris Ozols"}), Status.HELD, "2021-03-11", "Tallinn"),
      (frozenset({"Estonia", "Latvia"}), Status.HELD, "2017", None),
      (frozenset({"Estonia", "Latvia"}), Status.PLANNED, "2021-05", "Riga")}),
    # "the Fiji-Tonga Ministerial Forum ... The forum was last held in X": a body named by its hyphened pair, and
    # the same body told bare later
    ("The Chile-Peru Ministerial Forum will convene in Lima in June, the ministry said. The forum was last held "
     "in 2016 in Santiago.", FRIDAY,
     {(frozenset({"Chile", "Peru"}), Status.PLANNED, "2021-06", "Lima"),
      (frozenset({"Chile", "Peru"}), Status.HELD, "2016", "Santiago")}),
    # "the previous round of the mechanism was held in X": a sitting noun "of" a body named as joint before
    ("Officials of Chile and Peru met on Monday under the Chile-Peru Consultation Mechanism. The previous round "
     "of the mechanism was held in Santiago in 2016.", FRIDAY,
     {(frozenset({"Chile", "Peru"}), Status.HELD, "2021-03-08", None),
      (frozenset({"Chile", "Peru"}), Status.HELD, "2016", "Santiago")}),
    # "the Joint Commission will hold its next session in X"
    ("The two ministers agreed that the Ghana-Togo Joint Commission will hold its next session in Lome in "
     "September.", FRIDAY,
     {(frozenset({"Ghana", "Togo"}), Status.PLANNED, "2021-09", "Lome")}),
    # "the 42nd meeting will be held in X": a counted meeting with no one named, between the two states
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. The 12th "
     "meeting will be held in Warsaw later this year, the two sides said.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2021-03-08", "Prague"),
      (frozenset({"Poland", "Czechia"}), Status.PLANNED, ("2021-03-13", "2021-12-31"), "Warsaw")}),
    # a body of one state or of many is no meeting of two: not "the committee met", not "the Security Council met"
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. The budget "
     "committee met on Tuesday, and the Security Council met in New York on Wednesday.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2021-03-08", "Prague")}),
    # a hyphen alone makes no body joint ("the Asia-Pacific ... forum", "the 20-member council", "the UN-backed
    # council"): none of them is a sitting of the article's two states
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. Poland and "
     "Czechia are neighbours. The 20-member Security Council will meet on Tuesday to discuss the crisis in "
     "Sudan. The Asia-Pacific Economic Cooperation forum will be held in Lima in November. The UN-backed council "
     "will meet in Tripoli on Wednesday.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2021-03-08", "Prague")}),
    # "a joint committee of both houses of Congress": joint, but of no two states
    ("Poland and Czechia signed a gas deal last year. A joint committee of both houses of parliament was set up to "
     "reconcile the two bills. The committee will meet again on Thursday in the Capitol.", FRIDAY,
     {(frozenset({"Poland", "Czechia"}), Status.HELD, "2020", None)}),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_convened_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

"""Meetings: what is NOT a meeting of its own, and which date and place a meeting keeps (issue 13, precision on
other outlets' styles) - frames, stays, call-offs, references to a pair - on invented sentences with invented
names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2019, 6, 14)
HELD, PLANNED, PROPOSED, CANCELLED = Status.HELD, Status.PLANNED, Status.PROPOSED, Status.CANCELLED
KIM_MORI = frozenset({"Hana Kim", "Aiko Mori"})
OKELLO_SOTO = frozenset({"Tom Okello", "Ana Soto"})

# text, expected {(participants, status, date or (start, end), place)}
CASES = [
    # "the two ministers": the pair of a meeting told before who hold that office, not the pair named last
    # (a president and a prime minister); a call-off told with its own time and place is not the held talks
    ("Foreign Minister Hana Kim and her Japanese counterpart, Aiko Mori, held talks in Seoul on Monday. Kim and "
     "Mori last met in Tokyo in March, when they sat in on the summit between President Park Joon and Japanese "
     "Prime Minister Ken Sato. A planned meeting between the two ministers in Hanoi last July was scrapped.",
     {(KIM_MORI, HELD, "2019-06-10", "Seoul"),
      (KIM_MORI | {"Park Joon", "Ken Sato"}, HELD, "2019-03", "Tokyo"),
      (KIM_MORI, CANCELLED, "2018-07", "Hanoi")}),
    # "on the sidelines of the X summit": the gathering frames the meeting, it is no second meeting of its sides
    ("President Tom Okello and Prime Minister Abel Tesfaye held talks in Nairobi on Wednesday. The two leaders "
     "last met in Addis Ababa in February on the sidelines of the African Union summit.",
     {(frozenset({"Tom Okello", "Abel Tesfaye"}), HELD, "2019-06-12", "Nairobi"),
      (frozenset({"Tom Okello", "Abel Tesfaye"}), HELD, "2019-02", "Addis Ababa")}),
    # ... but a gathering that names sides of its own ("the EU-ASEAN summit") is their meeting
    ("Lena Varga met Peter Kovac on the sidelines of the EU-ASEAN summit in Vienna on Monday.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-10", "Vienna"),
      (frozenset({"EU", "ASEAN"}), HELD, "2019-06-10", "Vienna")}),
    # "is paying a visit from June 12 to 16", told on the 14th: a stay under way, this year; "at the invitation
    # of X": X hosts it; the talks held on the stay give their day and place
    ("Kenyan President Tom Okello is paying an official visit to Peru from June 12 to 16 at the invitation of "
     "President Ana Soto. Ana Soto held talks with Tom Okello in Lima on Thursday.",
     {(OKELLO_SOTO, HELD, "2019-06-13", "Lima")}),
    # a state visit over several days holding meetings with the host's people (one of them to come): no
    # meeting of the visitor with the state beside them, and none of them placed in the state by it
    ("Peruvian Premier Ana Soto held talks with visiting Kenyan President Tom Okello here on Tuesday. Peruvian "
     "President Rosa Diaz will meet with Okello on Monday. Okello arrived in Lima on Sunday for a state visit "
     "to Peru from June 9 to 18.",
     {(OKELLO_SOTO, HELD, "2019-06-11", None),
      (frozenset({"Tom Okello", "Rosa Diaz"}), PLANNED, "2019-06-17", None)}),
    # a place is where, never who: "invited X to visit Lima"
    ("President Tom Okello invited President Rosa Diaz to visit Lima.",
     {(frozenset({"Tom Okello", "Rosa Diaz"}), PROPOSED, None, "Lima")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_precision_constructions(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _with_range(meetings, res) == expected

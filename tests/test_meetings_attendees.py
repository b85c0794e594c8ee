"""Meetings: who else was at the table, told in a sentence of its own right after the meeting with no meeting word
(issue 13) - "Also present were A and B", "A also attended", "X was accompanied by Y" - on invented sentences with
invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD = Status.HELD
MET = "President Ana Lutz met Prime Minister Tom Greer in Lima on Monday. "
BOTH = frozenset({"Ana Lutz", "Tom Greer"})

# text, expected {(participants, status, date, place)}
CASES = [
    # an inverted "be" of presence with "also"
    (MET + "Also at the table were Trade Minister Ben Ode and Finance Minister Ray Oke.",
     {(BOTH | {"Ben Ode", "Ray Oke"}, HELD, "2019-06-10", "Lima")}),
    (MET + "Also present was Foreign Minister Ben Ode.",
     {(BOTH | {"Ben Ode"}, HELD, "2019-06-10", "Lima")}),
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Deputy Mayor Ben Ode and Mayor Ray "
     "Oke were also in attendance.",
     {(BOTH | {"Ben Ode", "Ray Oke"}, HELD, "2019-06-10", "Napier")}),
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Attending the meeting were Deputy "
     "Mayor Ben Ode and Mayor Ray Oke.",
     {(BOTH | {"Ben Ode", "Ray Oke"}, HELD, "2019-06-10", "Napier")}),
    # an attending verb with "also" and no object but the meeting
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Deputy Mayor Ben Ode and Mayor Ray "
     "Oke also attended.",
     {(BOTH | {"Ben Ode", "Ray Oke"}, HELD, "2019-06-10", "Napier")}),
    # ... not another event
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Greer also attended the funeral of "
     "Ben Ode.", {(BOTH, HELD, "2019-06-10", "Napier")}),
    # a side told to have come with someone
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Greer was accompanied by his "
     "deputy, Ben Ode.", {(BOTH | {"Ben Ode"}, HELD, "2019-06-10", "Napier")}),
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. She was joined by Deputy Mayor Ben "
     "Ode.", {(BOTH | {"Ben Ode"}, HELD, "2019-06-10", "Napier")}),
    # told in the past, the meeting held, not one planned told after it or between
    (MET[:-2] + ", and the two agreed to hold a summit in Quito in August. Lutz was accompanied by Trade Minister Ben "
     "Ode.", {(BOTH | {"Ben Ode"}, HELD, "2019-06-10", "Lima"), (BOTH, Status.PLANNED, "2019-08", "Quito")}),
    (MET + "Lutz will meet Chancellor Ray Oke on Friday. She was accompanied by Trade Minister Ben Ode.",
     {(BOTH | {"Ben Ode"}, HELD, "2019-06-10", "Lima"),
      (frozenset({"Ana Lutz", "Ray Oke"}), Status.PLANNED, "2019-06-14", None)}),
    # ... not someone who is no side of it
    ("Mayor Ana Lutz met Local Government Minister Tom Greer in Napier on Monday. Opposition leader Ray Oke was "
     "joined by Ben Ode at a rally.", {(BOTH, HELD, "2019-06-10", "Napier")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attendees(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected

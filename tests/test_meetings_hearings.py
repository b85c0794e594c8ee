"""Meetings: a side heard by a body (issue 13, recall) - "appeared before the committee" (WordNet appear#4, "present
oneself formally, as before a (judicial) authority", with its "before"), "is to brief the committee" (brief#1 with
a named body as its object) - on invented sentences with invented names; each row names the construction it
reads. A court's hearing, reporters briefed, or a briefing by video link are none."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD, PLANNED = Status.HELD, Status.PLANNED

# text, expected {(participants, status, date, place)}
CASES = [
    # "appeared before" a committee: the one heard and the body that hears
    ("Central bank governor Maria Lopez appeared before the Senate Banking Committee on Tuesday.",
     {(frozenset({"Maria Lopez", "Senate Banking Committee"}), HELD, "2019-06-11", None)}),
    ("The chief executive, Tom Berg, is expected to appear before the Public Accounts Committee next week to answer "
     "questions on the contract.",
     {(frozenset({"Tom Berg", "Public Accounts Committee"}), PLANNED, "2019-06-17", None)}),
    # ... not a court nor a judge, nor the cameras
    ("Karl Brandt appeared before the Supreme Court on Monday.", set()),
    ("Karl Brandt appeared before Judge Maria Lopez in Vienna on Monday.", set()),
    ("Karl Brandt appeared before the cameras on Monday.", set()),
    # "brief" a named body
    ("Defence Minister Karl Brandt will brief the Defence Committee of the Bundestag on Wednesday.",
     {(frozenset({"Karl Brandt", "Defence Committee of the Bundestag"}), PLANNED, "2019-06-19", None)}),
    ("On Monday, Health Secretary Anna Huber briefed the Health Select Committee on the outbreak.",
     {(frozenset({"Anna Huber", "Health Select Committee"}), HELD, "2019-06-10", None)}),
    # ... not reporters, nor an office with no name, nor by video link
    ("Karl Brandt briefed reporters in Vienna on Monday.", set()),
    ("Karl Brandt briefed the President on Monday.", set()),
    ("Karl Brandt briefed the Defence Committee by video link on Monday.", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_hearing_constructions(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected

"""Meetings: meals and sessions told with their counterpart away from the noun (issue 13, recall) - "had lunch on
Monday with X" (the "with" on the verb of holding), "lunched with X", "dined together" (verbs of eating from
WordNet, scripts/meeting_lexicon.seeds.tsv), "discussed the bill over lunch" (the meal the occasion of a verb
with a counterpart), the day and place of "talks ... due to open in X on Monday", and where a side goes
next ("before heading to Berlin") - on invented sentences with invented names; each row names the construction it
reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD, PLANNED, PROPOSED = Status.HELD, Status.PLANNED, Status.PROPOSED

# text, expected {(participants, status, date, place)}
CASES = [
    # a meal or session held, its counterpart's "with" hung on the verb of holding past a day or a place
    ("Governor Tomas Ruiz had breakfast on Thursday with Mayor Elena Brandt at City Hall in Denver.",
     {(frozenset({"Tomas Ruiz", "Elena Brandt"}), HELD, "2019-06-13", "City Hall")}),
    ("The envoy, Karl Brandt, held a session yesterday in Kabul with President Abdul Salam.",
     {(frozenset({"Karl Brandt", "Abdul Salam"}), HELD, "2019-06-13", "Kabul")}),
    # ... but one's meal with no one named is nobody's meeting
    ("Senator Rosa Quispe had lunch in Lima on Wednesday with her family.", set()),
    # verbs of eating a meal (WordNet lunch#1, dine#1, breakfast#1) with a counterpart or a plural subject
    ("Trade Minister Lena Varga lunched with her Slovak counterpart Peter Kovac in Bratislava on Monday.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-10", "Bratislava")}),
    ("Prime Minister Omar Haddad and President Karl Brandt dined together at the palace in Amman on Tuesday.",
     {(frozenset({"Omar Haddad", "Karl Brandt"}), HELD, "2019-06-11", "Amman")}),
    ("President Anna Huber will breakfast with Chancellor Karl Brandt at the Hofburg on Saturday.",
     {(frozenset({"Anna Huber", "Karl Brandt"}), PLANNED, "2019-06-15", "Hofburg")}),
    # ... not a meal eaten ("dined on ceviche") nor one with unnamed company
    ("Senator Rosa Quispe dined on ceviche in Lima on Wednesday.", set()),
    ("Senator Rosa Quispe, who lunched with reporters on Wednesday, said the bill would pass.", set()),
    # "over lunch": the meal the occasion of a verb with a plural subject or a "with" (a verb of talk here
    # tells what was said at the meal, no meeting proposed), also when the parser hangs "over" on the object
    ("Senator Rosa Quispe and Governor Ignacio Valdes discussed the water bill over lunch in Lima on Wednesday.",
     {(frozenset({"Rosa Quispe", "Ignacio Valdes"}), HELD, "2019-06-12", "Lima")}),
    ("Lena Varga talked with Peter Kovac over dinner at a hotel in Vienna on Tuesday.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-11", "Vienna")}),
    ("Chief executive Anna Huber and Karl Brandt first discussed a merger over breakfast in Munich on 8 May, "
     "people familiar with the talks said.",
     {(frozenset({"Anna Huber", "Karl Brandt"}), HELD, "2019-05-08", "Munich")}),
    # ... one person's meal with no one at it is none
    ("Senator Rosa Quispe discussed the bill over lunch on Wednesday.", set()),
    # "invited X to lunch", "invited X to the ministry for a lunch": the guest and the host of the meal asked for
    ("President Karl Brandt has invited Prime Minister Lena Varga to dinner at the Elysee next week.",
     {(frozenset({"Karl Brandt", "Lena Varga"}), PROPOSED, "2019-06-17", "Elysee")}),
    ("Mayor Omar Haddad invited Ambassador Peter Kovac to City Hall for a lunch on Monday.",
     {(frozenset({"Omar Haddad", "Peter Kovac"}), PROPOSED, "2019-06-17", "City Hall")}),
    # ... not unnamed guests, nor a meeting that is no meal ("invited X to the summit": told elsewhere)
    ("Karl Brandt invited reporters to lunch on Monday.", set()),
    # ... nor an invitation not made or refused (review15 #7)
    ("President Karl Brandt did not invite Prime Minister Lena Varga to the White House dinner, officials said.",
     set()),
    ("Chancellor Omar Haddad refused to invite Prime Minister Peter Kovac to the dinner in Berlin.", set()),
    ("Mayor Omar Haddad declined to invite Ambassador Peter Kovac to City Hall for a lunch on Monday.", set()),
    # "Talks between A and B are due to open in X on Monday": the day and place of the infinitive a raising word
    # over the meeting noun's verb governs ("due", "expected"); a clause of its own ("are expected to fail") adds none
    ("Talks between Foreign Minister Lena Varga and her Slovak counterpart Peter Kovac are due to open in "
     "Bratislava on Monday.", {(frozenset({"Lena Varga", "Peter Kovac"}), PLANNED, "2019-06-17", "Bratislava")}),
    ("A summit between President Karl Brandt and Prime Minister Omar Haddad is expected to begin in Amman on Tuesday.",
     {(frozenset({"Karl Brandt", "Omar Haddad"}), PLANNED, "2019-06-18", "Amman")}),
    # "before heading to Berlin": where a side goes next is no place of the meeting (a place of its own stays)
    ("Before heading to Berlin, chief executive Anna Huber had lunch on Monday with Karl Brandt.",
     {(frozenset({"Anna Huber", "Karl Brandt"}), HELD, "2019-06-10", None)}),
    ("Lena Varga met Peter Kovac in Vienna on Monday before flying to Rome.",
     {(frozenset({"Lena Varga", "Peter Kovac"}), HELD, "2019-06-10", "Vienna")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_meal_constructions(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected

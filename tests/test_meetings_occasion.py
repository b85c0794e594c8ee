"""Meetings: the day of meetings told without one (issue 13, dates on other outlets' styles) - a report's
occasion, a round of meetings announced before its items, a plan told in the past perfect, a weekday the tagger
labels a TIME - places (an unnamed venue, a "when" clause's city, the room of time spent together), a count that
names new people, a distributive adverb on a counterpart, a verb naming the meeting and a trip told in the
present with a week to come, on invented sentences with invented names; each row names the construction it
reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY, MONDAY = dt.date(2019, 6, 14), dt.date(2019, 6, 17)
HELD, PLANNED, PROPOSED, CANCELLED = Status.HELD, Status.PLANNED, Status.PROPOSED, Status.CANCELLED
VOLK_VILK = frozenset({"Taras Volk", "Rasa Vilk"})
MUSA_TANI = frozenset({"Ali Musa", "Hamid Tani"})

# text, publication date, expected {(participants, status, date or (start, end), place)}
CASES = [
    # --- a weekday with a part of the day, tagged TIME ("on Saturday morning"): that Saturday, not a guess ---
    ("Pope Leo received in audience the President of Chile, Ana Soto, on Saturday morning in the Apostolic "
     "Palace.", MONDAY, {(frozenset({"Leo", "Ana Soto"}), HELD, "2019-06-15", "Apostolic Palace")}),
    # --- a plan told in the past perfect ("had been due to ... in March"): the March before, not the next one ---
    ("Minister Ali Musa had been due to travel to Doha in March for talks with Prime Minister Hamid Tani, but the visit "
     "was called off.", FRIDAY, {(MUSA_TANI, CANCELLED, "2019-03", "Doha")}),
    ("Foreign Minister Reto Brun had been due to visit Yaounde in March for talks with Prime Minister Ema Ayuk.",
     FRIDAY, {(frozenset({"Reto Brun", "Ema Ayuk"}), PLANNED, "2019-03", None)}),
    # ... and a year the text gives stays
    ("Minister Ali Musa had been due to travel to Doha in December 2019 for talks with Prime Minister Hamid Tani.",
     dt.date(2019, 1, 14), {(MUSA_TANI, PLANNED, "2019-12", "Doha")}),  # told in January: not December 2018
    # ... while a plan told in the present looks ahead
    ("Minister Ali Musa is due to travel to Doha in March for talks with Prime Minister Hamid Tani.", FRIDAY,
     {(MUSA_TANI, PLANNED, "2020-03", "Doha")}),
    # --- a report's occasion: meetings told after the lead without a day of their own ("was also received",
    # "In addition, X held a meeting with Y") were held that day, in that city ---
    ("Prime Minister Taras Volk met Prime Minister Rasa Vilk in Kyiv on Wednesday. Vilk was also received by "
     "President Andriy Sobol. In addition, Foreign Minister Olha Dym held a meeting with her Lithuanian "
     "counterpart Tomas Kaz.", FRIDAY,
     {(VOLK_VILK, HELD, "2019-06-12", "Kyiv"),
      (frozenset({"Rasa Vilk", "Andriy Sobol"}), HELD, "2019-06-12", "Kyiv"),
      (frozenset({"Olha Dym", "Tomas Kaz"}), HELD, "2019-06-12", "Kyiv")}),
    # ... not a meeting told as one before, nor one after the story has moved to another time
    ("Prime Minister Taras Volk met Prime Minister Rasa Vilk in Kyiv on Wednesday. Volk and Vilk last met in "
     "Vilnius in January.", FRIDAY,
     {(VOLK_VILK, HELD, "2019-06-12", "Kyiv"), (VOLK_VILK, HELD, "2019-01", "Vilnius")}),
    ("Prime Minister Taras Volk met Prime Minister Rasa Vilk in Kyiv on Wednesday. Vilk had met President Andriy "
     "Sobol in Paris.", FRIDAY,
     {(VOLK_VILK, HELD, "2019-06-12", "Kyiv"), (frozenset({"Rasa Vilk", "Andriy Sobol"}), HELD, None, "Paris")}),
    # --- a round of meetings of one side, with its day and city, then its items ("1. Morocco: X met Y") ---
    ("Foreign Minister Efua Mensa held a series of bilateral meetings on Sunday in Addis Ababa. Morocco: The "
     "minister met with Foreign Minister Karim Alaoui. Egypt: The minister held talks with Foreign Minister Sami "
     "Ragab.", FRIDAY,
     {(frozenset({"Efua Mensa", "Karim Alaoui"}), HELD, "2019-06-09", "Addis Ababa"),
      (frozenset({"Efua Mensa", "Sami Ragab"}), HELD, "2019-06-09", "Addis Ababa")}),
    # --- "Two ministers from his camp" (a bare count with a phrase telling which): new people, not the pair
    # named before - so no second meeting of that pair on another day ---
    ("Prime Minister Yoav Ben and settler leader Eli Bar met on Monday night. Two ministers from his camp were at "
     "the weekly cabinet meeting on Sunday.", FRIDAY,
     {(frozenset({"Yoav Ben", "Eli Bar"}), HELD, "2019-06-10", None)}),
    ("Yoav Ben met Eli Bar on Monday. Two ministers from the Likud party met on Sunday.", FRIDAY,
     {(frozenset({"Yoav Ben", "Eli Bar"}), HELD, "2019-06-10", None)}),
    # --- places: a venue the tagger left unnamed ("at the OR Tambo Building"), capitalised words before a building
    # word; a "when" clause on a verb, at the city that verb names ---
    ("Earlier on Thursday, Foreign Minister Nomvula Dube held talks with her Mozambican counterpart, Esperanca Mabu, "
     "at the OR Tambo Building, the headquarters of the ministry.", FRIDAY,
     {(frozenset({"Nomvula Dube", "Esperanca Mabu"}), HELD, "2019-06-13", "OR Tambo Building")}),
    ("Mr Hassan Warsame stayed in Ankara until Friday morning, when he met Turkey's defence minister, Murat Cakir.",
     FRIDAY, {(frozenset({"Hassan Warsame", "Murat Cakir"}), HELD, None, "Ankara")}),
    # --- time the sides spent together just after ("The two leaders spent more than an hour together in the
    # Cabinet Room"): the room of the meeting told before, more precise than its city; a city says no more ---
    ("Prime Minister Helen Ashby met President Adebayo Okonkwo in London on Tuesday. The two leaders spent more "
     "than an hour together in the Cabinet Room, discussing trade.", FRIDAY,
     {(frozenset({"Helen Ashby", "Adebayo Okonkwo"}), HELD, "2019-06-11", "Cabinet Room")}),
    ("Prime Minister Helen Ashby met President Adebayo Okonkwo in London on Tuesday. They spent the afternoon in "
     "Paris.", FRIDAY, {(frozenset({"Helen Ashby", "Adebayo Okonkwo"}), HELD, "2019-06-11", "London")}),
    # --- "met A and, separately, B" with the adverb hung on the later counterpart: one meeting each ---
    ("Foreign Minister Oleksandr Hryts also met Foreign Minister Carmen Ruiz of Spain and, separately, Estonian "
     "Foreign Minister Kadri Tamm on Monday.", FRIDAY,
     {(frozenset({"Oleksandr Hryts", "Carmen Ruiz"}), HELD, "2019-06-10", None),
      (frozenset({"Oleksandr Hryts", "Kadri Tamm"}), HELD, "2019-06-10", None)}),
    # --- status: a verb that names the meeting ("held what both sides called candid talks") proposes nothing ---
    ("Foreign Secretary Teo Almario and Chinese Foreign Minister Wen Guo held what both sides called \"candid\" "
     "talks on Tuesday, the first meeting between the two ministers since the ruling.", FRIDAY,
     {(frozenset({"Teo Almario", "Wen Guo"}), HELD, "2019-06-11", None)}),
    ("Foreign Minister Ana Soto called for talks with Prime Minister Tom Vega.", FRIDAY,
     {(frozenset({"Ana Soto", "Tom Vega"}), PROPOSED, None, None)}),
    # --- a trip told in the present with a week to come ("travels to Athens next week for talks") is planned; "is
    # due in Athens ... for talks": the city hung on "due" is the talks' ---
    ("Foreign Minister Dimitar Kosto travels to Athens next week for talks with Greek Foreign Minister Stavros "
     "Karam.", FRIDAY,
     {(frozenset({"Dimitar Kosto", "Stavros Karam"}), PLANNED, ("2019-06-17", "2019-06-23"), "Athens")}),
    ("Foreign Minister Dimitar Kosto is due in Athens next week for talks with Greek Foreign Minister Stavros Karam.",
     FRIDAY, {(frozenset({"Dimitar Kosto", "Stavros Karam"}), PLANNED, ("2019-06-17", "2019-06-23"), "Athens")}),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_occasion_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

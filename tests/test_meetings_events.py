"""Meetings: mentions of one meeting become one event, with its status, date and place (issue 13, precision on
other outlets' styles), on invented sentences with invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

FRIDAY = dt.date(2019, 6, 14)
HELD, PLANNED, PROPOSED, CANCELLED = Status.HELD, Status.PLANNED, Status.PROPOSED, Status.CANCELLED
VARGA_KOVAC = frozenset({"Lena Varga", "Peter Kovac"})

# text, expected {(participants, status, date or (start, end), place)}
CASES = [
    # a meeting told as one before ("first met", "the previous meeting") is neither the news of the day nor joined
    # by it, nor dated by it; a dated restatement of it (a file photo's caption) is that meeting again
    ("President Ana Prado received President Rui Costa at the Belem Palace on Tuesday. The two first met in Porto, "
     "when Costa was the city's mayor.",
     {(frozenset({"Ana Prado", "Rui Costa"}), HELD, "2019-06-11", "Belem Palace"),
      (frozenset({"Ana Prado", "Rui Costa"}), HELD, None, "Porto")}),
    ("Foreign Minister Ana Prado received her Chilean counterpart, Rui Costa, at the ministry on Tuesday. The "
     "previous meeting between the two ministers took place in Valparaiso.",
     {(frozenset({"Ana Prado", "Rui Costa"}), HELD, "2019-06-11", None),
      (frozenset({"Ana Prado", "Rui Costa"}), HELD, None, "Valparaiso")}),
    ("Prime Minister Tom Okello met President Ali Demir in Nairobi on Monday. The two leaders first met in November "
     "on the sidelines of a regional summit in Kampala.\n\nFILE PHOTO: Prime Minister Tom Okello and President Ali "
     "Demir pose before a bilateral meeting in Kampala, November 12, 2018.",
     {(frozenset({"Tom Okello", "Ali Demir"}), HELD, "2019-06-10", "Nairobi"),
      (frozenset({"Tom Okello", "Ali Demir"}), HELD, "2018-11", "Kampala")}),
    # a headline telling one side by its state ("talks with Ghana's leader") is the meeting the lead tells
    ("Irish minister holds 'warm' talks with Ghana's leader in Accra\n\nThe Irish foreign minister, Sean Byrne, "
     "has met President Kofi Mensah in Accra for talks on trade.",
     {(frozenset({"Sean Byrne", "Kofi Mensah"}), HELD, "2019-06-14", "Accra")}),
    # ... and so is a key-point line above the body ("hosted her Kenyan counterpart")
    ("Lena Varga, Tom Okello agree on joint patrols\n\n- President Lena Varga hosted her Kenyan counterpart at "
     "the Union Buildings on Thursday.\n- The two leaders agreed on joint patrols along the border.\n\nPresident "
     "Lena Varga and President Tom Okello have agreed to begin joint patrols along the border within a month.\n\n"
     "The two heads of state met for more than three hours at the Union Buildings in Pretoria on Thursday.",
     {(frozenset({"Lena Varga", "Tom Okello"}), HELD, "2019-06-13", "Union Buildings")}),
    # a call is no meeting, however the parser hangs its "by video": on the side spoken with ("spoken with her
    # counterpart by video conference"), on a participle of the noun ("a summit held by video link")
    ("President Ana Prado last met President Rui Costa in Lisbon in June. She has since spoken with her "
     "Portuguese counterpart by video conference on two occasions.",
     {(frozenset({"Ana Prado", "Rui Costa"}), HELD, "2019-06", "Lisbon")}),
    ("President Tom Okello and President Ana Prado took part in an extraordinary regional summit held by video "
     "link in late May.",
     set()),
    # "at the [ministry / department / service]": a body met at is the building it sits in, before the city
    ("Serbian President Ivan Petrovic and Kosovo's Prime Minister Arben Gashi met at the European External Action "
     "Service in Brussels on Monday.",
     {(frozenset({"Ivan Petrovic", "Arben Gashi"}), HELD, "2019-06-10", "European External Action Service")}),
    ("Minister Tan Wei held a bilateral meeting with Foreign Minister Aziz Karimov at the Ministry of Foreign "
     "Affairs this morning.",
     {(frozenset({"Tan Wei", "Aziz Karimov"}), HELD, "2019-06-14", "Ministry of Foreign Affairs")}),
    ("Foreign Minister Ali Demir received his Iraqi counterpart Omar Saleh at the Foreign Ministry on Tuesday.",
     {(frozenset({"Ali Demir", "Omar Saleh"}), HELD, "2019-06-11", "Foreign Ministry")}),
    # "leaves for X, where he is due to hold talks": the "where" clause, under the verbs a meeting to come is
    # told with, takes the place it hangs on (the city a capital names, not its state) and the host verb's day
    ("President Tom Okello leaves London on Thursday for Paris, where he is due to hold talks with President "
     "Marc Dubois of France.",
     {(frozenset({"Tom Okello", "Marc Dubois"}), PLANNED, "2019-06-20", "Paris")}),
    ("Foreign Minister Aziz Karimov will depart Singapore tomorrow for Kuala Lumpur, where he is scheduled to meet "
     "Malaysian Foreign Minister Omar Hashim.",
     {(frozenset({"Aziz Karimov", "Omar Hashim"}), PLANNED, "2019-06-15", "Kuala Lumpur")}),
    ("The Lord Provost, Anne Roy, will travel to Munich, another of the city's twin cities, in September, where she "
     "is due to meet the city's mayor, Karl Weber.",
     {(frozenset({"Anne Roy", "Karl Weber"}), PLANNED, "2019-09", "Munich")}),
    # a verb coordinated on the same subject, with no day of its own, is told in the first verb's day
    ("On Tuesday, Senator Anne Roy met Foreign Minister Kofi Mensah at the ministry, and held talks with the "
     "Public Accounts Committee.",
     {(frozenset({"Anne Roy", "Kofi Mensah"}), HELD, "2019-06-11", None),
      (frozenset({"Anne Roy", "Public Accounts Committee"}), HELD, "2019-06-11", None)}),
    # ... and after an arrival, or told "there", at the first verb's city
    ("Officials say envoy Anne Roy will arrive in Brasilia on Wednesday and hold a preparatory meeting with "
     "Brazil's foreign minister, Luiza Mendes.",
     {(frozenset({"Anne Roy", "Luiza Mendes"}), PLANNED, "2019-06-19", "Brasilia")}),
    ("President Tom Okello met Foreign Minister Ana Prado in Quebec City in October and held talks there with "
     "Premier Luc Gagnon.",
     {(frozenset({"Tom Okello", "Ana Prado"}), HELD, "2018-10", "Quebec City"),
      (frozenset({"Tom Okello", "Luc Gagnon"}), HELD, "2018-10", "Quebec City")}),
    # "proposed that A and B meet", "suggested that they hold talks": a mandative clause under a verb of
    # proposing is only proposed (not held, nor planned by its date to come); "the second week of March" is days 8-14 of
    # the next March (dateplace20's weeks of a month)
    ("Norway has proposed that President Tom Okello and rebel leader Ali Demir meet in Oslo in the second week of "
     "March.",
     {(frozenset({"Tom Okello", "Ali Demir"}), PROPOSED, ("2020-03-08", "2020-03-14"), "Oslo")}),
    ("Officials suggested that Prime Minister Tom Okello and President Ana Prado hold talks in Nairobi next month.",
     {(frozenset({"Tom Okello", "Ana Prado"}), PROPOSED, "2019-07", "Nairobi")}),
    # "Earlier, X held talks with Y" (a bare word of sequence opening the sentence): the day of the meeting told
    # before; a day of its own ("Earlier, on Thursday, ...") still wins
    ("Prime Minister Tom Okello received Saudi Minister Omar Saleh at the PM House on Wednesday. Earlier, Mr Saleh "
     "held delegation-level talks with Foreign Minister Ana Prado at the Foreign Office.",
     {(frozenset({"Tom Okello", "Omar Saleh"}), HELD, "2019-06-12", "PM House"),
      (frozenset({"Omar Saleh", "Ana Prado"}), HELD, "2019-06-12", "Foreign Office")}),
    ("Prime Minister Tom Okello received Saudi Minister Omar Saleh at the PM House on Wednesday. Earlier, on "
     "Tuesday, Mr Saleh held talks with Foreign Minister Ana Prado at the Foreign Office.",
     {(frozenset({"Tom Okello", "Omar Saleh"}), HELD, "2019-06-12", "PM House"),
      (frozenset({"Omar Saleh", "Ana Prado"}), HELD, "2019-06-11", "Foreign Office")}),
    # a count of meetings with an "after"/"following" phrase tells the earlier ones: one held meeting of the same
    # sides per place and time it lists, none of them the counted meeting (no undated "earlier ones" beside them)
    ("Foreign Minister Lena Varga and Slovak Prime Minister Peter Kovac held talks in Vienna on Thursday. It was "
     "their third meeting this year, after talks in Bratislava in January and in Prague in April.",
     {(VARGA_KOVAC, HELD, "2019-06-13", "Vienna"), (VARGA_KOVAC, HELD, "2019-01", "Bratislava"),
      (VARGA_KOVAC, HELD, "2019-04", "Prague")}),
    ("Foreign Minister Lena Varga hosted Slovak Prime Minister Peter Kovac for a working lunch in Vienna on Thursday. "
     "The lunch was the pair's third encounter since January, following meetings in Brno in February and in Graz "
     "in May.",
     {(VARGA_KOVAC, HELD, "2019-06-13", "Vienna"), (VARGA_KOVAC, HELD, "2019-02", "Brno"),
      (VARGA_KOVAC, HELD, "2019-05", "Graz")}),
    ("Foreign Minister Lena Varga received Slovak Prime Minister Peter Kovac in Vienna on Thursday, in their second "
     "meeting this year after the two met in Brno in March.",
     {(VARGA_KOVAC, HELD, "2019-06-13", "Vienna"), (VARGA_KOVAC, HELD, "2019-03", "Brno")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_event_constructions(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _with_range(meetings, res) == expected

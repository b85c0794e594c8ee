"""A bare title ("the President") stands for the holder the reader knows where it is first read: the state's head in
a domestic story (the state the article names most, its capital's mentions counted), not a union's or a company's
president the article names only later - and it stays that holder after the namesake is named. Invented sentences
with invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD = Status.HELD

# text, expected {(participants, status, date, place)}
CASES = [
    # the president of a farmers' union named after "the President": the state, by its capital named three times
    ("Tom Banda met the President in Lusaka on Monday. Lusaka was quiet. The president of the Zambia Farmers Union, "
     "Ruth Phiri, met Banda in Ndola on Wednesday.",
     {(frozenset({"Tom Banda", "Zambia"}), HELD, "2019-06-10", "Lusaka"),
      (frozenset({"Tom Banda", "Ruth Phiri"}), HELD, "2019-06-12", "Ndola")}),
    # the capital only in the dateline, the chamber's president in the next sentence
    ("DODOMA - The President received the investors' lawyer, Jane Roe, on Monday. On Tuesday the president of the "
     "Tanzania Chamber of Mines, Paul Mosha, met Roe in Arusha.",
     {(frozenset({"Jane Roe", "Tanzania"}), HELD, "2019-06-10", None),
      (frozenset({"Jane Roe", "Paul Mosha"}), HELD, "2019-06-11", "Arusha")}),
    # "the President" again after the namesake was named is still the state's
    ("Harare - Investor Karl Lind held talks with the President at State House on Monday, Harare sources said. Harare "
     "markets rose. On Thursday the president of the Zimbabwe Law Society, Grace Moyo, met Lind in Bulawayo. Lind "
     "later said he had met the President again in Harare on Friday.",
     {(frozenset({"Karl Lind", "Zimbabwe"}), HELD, "2019-06-10", "State House"),
      (frozenset({"Karl Lind", "Grace Moyo"}), HELD, "2019-06-13", "Bulawayo"),
      (frozenset({"Karl Lind", "Zimbabwe"}), HELD, "2019-06-14", "Harare")}),
    # a story filed from a capital is of that state's head, even on a visit abroad where the meeting's capital is
    # another's (review17 #13: "KAMPALA - The President arrived in Nairobi ...")
    ("LUSAKA, June 13 - The President flew into Harare on Monday for a state visit. In Harare the President held "
     "talks with Zimbabwean Vice President Tendai Chiweshe.",
     {(frozenset({"Tendai Chiweshe", "Zambia"}), HELD, "2019-06-10", "Harare")}),
    # ... unless the other side answers for the dateline's state: then the capital of the meeting tells
    ("ACCRA (GNA) - Ghanaian Trade Minister Kofi Boateng met the President in Abuja on Monday.",
     {(frozenset({"Kofi Boateng", "Nigeria"}), HELD, "2019-06-10", "Abuja")}),
    # a body's president named before the bare title is the one the reader knows
    ("The president of the Orvane Rowing Club, Jane Holt, spoke first. On Monday Mayor Carl Dunn met the President "
     "at the club house.",
     {(frozenset({"Carl Dunn", "Jane Holt"}), HELD, "2019-06-10", None)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_bare_title_holder(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected

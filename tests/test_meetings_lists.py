"""Meetings: who is at the table when the article lists the sides (issue 13) - names the parser nested in an
office's "of" phrase, a list after a colon, a body in brackets after a name, the states or bodies whose offices the
listed people hold - on invented sentences with invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _names, _run, _summary, nlp  # noqa: F401  (the module's spaCy fixture)

FRIDAY = dt.date(2019, 6, 14)
HELD = Status.HELD

# text, expected {(participants, status, date, place)}
CASES = [
    # a list of titled names the parser nested in the first one's "of" phrase: the later names sit too
    ("Premier Dana Fox spoke on Monday with Grand Chief Ruth Moon of the Atikamekw Nation and Chief Alan Crow of "
     "the Innu Nation.",
     {(frozenset({"Dana Fox", "Ruth Moon", "Alan Crow"}), HELD, "2019-06-10", None)}),
    ("The minister met with Chief Anna Redcloud of the Tsawout First Nation and Chair Peter Lightfoot of the "
     "Tseycum First Nation, whose lands border the park.",
     {(frozenset({"Anna Redcloud", "Peter Lightfoot"}), HELD, "2019-06-14", None)}),
    # the names listed after a colon that closes a plural counterpart noun
    ("Irish Foreign Minister Sean Doyle and British Secretary Mark Ellis chaired talks at Hillsborough Castle with "
     "the leaders of the four main parties: DUP leader Ann Best, Sinn Fein's Liam Carr, UUP leader Joe Blair and "
     "SDLP leader Rose Quinn.",
     {(frozenset({"Sean Doyle", "Mark Ellis", "Ann Best", "Liam Carr", "Joe Blair", "Rose Quinn"}), HELD,
       "2019-06-14", "Hillsborough Castle")}),
    # ... not a sentence after the colon
    ("Minister Ana Costa met the strikers' representatives on Tuesday: union leader Rui Lopes said the talks went "
     "well.", set()),
    # a body in brackets after a name is where the person works, no side
    ("On 12 May, the Chamber's Executive Board, led by President Tomasz Ryba (Procter & Gamble Polska) and "
     "Secretary General Ewa Kos, met the Minister of Labour, Anna Wolska, at the Ministry in Warsaw.",
     {(frozenset({"Tomasz Ryba", "Ewa Kos", "Anna Wolska"}), HELD, "2019-05-12", "Ministry")}),
    ("The forum's steering group, led by Chair Olivia Hart (Johnson & Johnson UK) and Treasurer Sam Reed, met "
     "Health Secretary Tom Lake in London on Monday.",
     {(frozenset({"Olivia Hart", "Sam Reed", "Tom Lake"}), HELD, "2019-06-10", "London")}),
    # the states whose offices the listed people hold are no sides beside them
    ("The special envoys of Norway and Chile, Henrik Larsen and Pablo Moreno, have met four times since January, most "
     "recently in Oslo in May.",
     {(frozenset({"Henrik Larsen", "Pablo Moreno"}), HELD, "2019-05", "Oslo")}),
    ("The ambassadors of Kenya, Ruth Njeri, Ghana, Kofi Boateng, and Peru, Carlos Mendoza, were received by Speaker "
     "Tom Okello at his residence in Kampala on Monday.",
     {(frozenset({"Ruth Njeri", "Kofi Boateng", "Carlos Mendoza", "Tom Okello"}), HELD, "2019-06-10", "Kampala")}),
    # ... but unnamed leaders stand for their bodies
    ("Prime Minister Ian Cole met the leaders of Hamas and Fatah in Cairo on Monday.",
     {(frozenset({"Ian Cole", "Hamas", "Fatah"}), HELD, "2019-06-10", "Cairo")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_listed_sides(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert _summary(meetings, res) == expected


# who sits, when the office's "of" phrase names whose office it is (review17 finding 4): the titled person or bare name
# right after an office's "of" is the office's owner, not at the table; the names coordinated with it are
OWNER_CASES = [
    ("Blinken met the chief of staff of President Volodymyr Zelensky, Andriy Yermak, and Defence Minister Rustem "
     "Umerov in Kyiv on Monday.", {frozenset({"Blinken", "Andriy Yermak", "Rustem Umerov"})}),
    ("Blinken met the head of the office of President Volodymyr Zelensky and Defence Minister Rustem Umerov in Kyiv "
     "on Monday.", {frozenset({"Blinken", "Rustem Umerov"})}),
    ("Senator Ruth Gale met the chief of staff of Governor Paul Brennan, Tom Reilly, and Treasurer Anne Cho in Albany "
     "on Monday.", {frozenset({"Ruth Gale", "Tom Reilly", "Anne Cho"})}),
    # ... and an unnamed side with the owners' aides is no meeting of the owners
    ("The envoy met representatives of the government of Prime Minister Abiy Ahmed and the Tigray People's Liberation "
     "Front in Pretoria.", set()),
    ("The delegation met aides of Governor Paul Brennan and Mayor Sue Whitfield in Albany on Monday.", set()),
]


@pytest.mark.parametrize("text, expected", OWNER_CASES)
def test_office_owner_no_side(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert {frozenset(_names(m, res)) for m in meetings} == expected


# a colon list (review17 finding 6): the names after the colon that are the subject of their own clause are a new
# sentence, not the noun's list; the list may follow the verb's adverbials of time or place after the noun
COLON_CASES = [
    ("The king received the new ambassadors: Ambassador Jane Roe of Canada and Ambassador Ken Sato of Japan presented "
     "their credentials.", set()),
    ("The sultan received the new envoys: Ambassador Tom Hale of Ireland and Ambassador Rosa Diaz of Peru presented "
     "their credentials.", set()),
    ("Kenyan President William Ruto received the new ambassadors on Monday: Jane Roe of Canada and Ken Sato of Japan.",
     {frozenset({"William Ruto", "Jane Roe", "Ken Sato"})}),
    ("Queen Ama Serwaa received the new envoys at the palace on Monday: Ambassador Jane Roe of Canada and Ambassador "
     "Ken Sato of Japan.", {frozenset({"Ama Serwaa", "Jane Roe", "Ken Sato"})}),
]


@pytest.mark.parametrize("text, expected", COLON_CASES)
def test_colon_list(nlp, text, expected):  # noqa: F811
    meetings, res = _run(nlp, text, FRIDAY)
    assert {frozenset(_names(m, res)) for m in meetings} == expected

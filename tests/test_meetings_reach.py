"""Meetings: constructions read for recall on other outlets' copy (session 11), on invented sentences with
invented names; each row names the construction it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Status

from .test_meetings import _run, nlp  # noqa: F401  (the module's spaCy fixture)
from .test_meetings_recall import _with_range

WEDNESDAY = dt.date(2019, 11, 20)

# text, publication date, expected {(participants, status, date, place)}
CASES = [
    # "called on Prime Minister X", the parser making X the verb's object rather than the particle's
    ("Foreign Minister Okafor called on Prime Minister Lim Chee Keong at the Istana yesterday.", WEDNESDAY,
     {(frozenset({"Okafor", "Lim Chee Keong"}), Status.HELD, "2019-11-19", "Istana")}),
    # "she" agrees with the woman named before, not with the man named nearer
    ("Ambassador Marta Kowalska spent four years in Geneva. Her mentor there was Peter Novak, a diplomat who "
     "took her to her first summit. She met Interior Minister Daniel Otieno in Nairobi in October.", WEDNESDAY,
     {(frozenset({"Marta Kowalska", "Daniel Otieno"}), Status.HELD, "2019-10", "Nairobi")}),
    # ... and, paragraphs after any name, the person the profile follows (a subject of that gender)
    ("Ambassador Marta Kowalska was born in a small town on the coast, the third of five children. She studied "
     "history at the national university and joined the foreign ministry in 1991, where she worked on trade. Her "
     "mentor there was the late Peter Novak, a diplomat who took her to her first conference and taught her to "
     "write things down. Postings followed in Lima, Geneva and Brasilia, where she spent four years as ambassador "
     "and learned the value of patience, the long wait and the early start. The Nairobi trip came in October, "
     "when the mission was still an idea on paper and few people believed in it. She met Interior Minister "
     "Daniel Otieno to explain the plan.", WEDNESDAY,
     {(frozenset({"Marta Kowalska", "Daniel Otieno"}), Status.HELD, None, None)}),
    # "the next round", no one named for it: a session between the two states of the meeting told before
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. The next "
     "round will be held in Warsaw early next year.", WEDNESDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-11-18", "Prague"),
      (frozenset({"Poland", "Czechia"}), Status.PLANNED, "2020", "Warsaw")}),
    # "the 42nd meeting of the Intergovernmental Committee": what the joint body holds is the two states' meeting
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. The 42nd "
     "meeting of the Intergovernmental Committee will take place in Warsaw in March.", WEDNESDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-11-18", "Prague"),
      (frozenset({"Poland", "Czechia"}), Status.PLANNED, "2020-03", "Warsaw")}),
    # ... not "the first session of the summit" (a part of the meeting told), nor a session of another body
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. Nowak will "
     "address the 75th session of the General Assembly in New York in March.", WEDNESDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-11-18", "Prague")}),
    # "the two delegations" of a government and an armed group: the parties of the talks told before
    ("Colombia and the National Liberation Army have postponed the next round of peace talks. The two "
     "delegations last sat down together in Caracas in November, when they agreed a ceasefire.", WEDNESDAY,
     {(frozenset({"Colombia", "National Liberation Army"}), Status.CANCELLED, None, None),
      (frozenset({"Colombia", "National Liberation Army"}), Status.HELD, "2019-11", "Caracas")}),
    # "the visitor", "the Lao guest": the one the latest visit brings; an object pronoun is not its verb's own
    # subject ("Governor X is expected to host him": him is the visitor, not X)
    ("President Joaquim Sarmento of Portugal is on a state visit to Brazil. On Wednesday, the visitor will be in "
     "Rio de Janeiro, where Governor Sergio Leite is expected to host him at the palace.", WEDNESDAY,
     {(frozenset({"Joaquim Sarmento", "Brazil"}), Status.HELD, "2019-11-20", "Brazil"),
      (frozenset({"Joaquim Sarmento", "Sergio Leite"}), Status.PLANNED, "2019-11-20", "Rio de Janeiro")}),
    ("Prime Minister Sisouk Phommachanh arrived in Hanoi on Monday for an official visit. The Lao guest also met "
     "National Assembly Chairwoman Dang Thi Lan on Tuesday.", WEDNESDAY,
     {(frozenset({"Sisouk Phommachanh", "Dang Thi Lan"}), Status.HELD, "2019-11-19", "Hanoi")}),
    # "Minister for National Reconciliation A and B met": the names the parser hung in the title's phrase
    ("Minister for National Reconciliation Idriss Abakar Mahamat and Hissein Djibrine Oumar met on Tuesday in "
     "Doha.", WEDNESDAY,
     {(frozenset({"Idriss Abakar Mahamat", "Hissein Djibrine Oumar"}), Status.HELD, "2019-11-19", "Doha")}),
    # "X chaired the session": who chairs (hosts, mediates) a meeting told takes part in it
    ("Trade Minister Idriss Abakar Mahamat and Hissein Djibrine Oumar met on Tuesday in Doha. Qatar's Minister "
     "of State Nasser bin Ali al-Kuwari chaired the session, which lasted five hours.", WEDNESDAY,
     {(frozenset({"Idriss Abakar Mahamat", "Hissein Djibrine Oumar", "Nasser bin Ali al-Kuwari"}), Status.HELD,
       "2019-11-19", "Doha")}),
    # "received in audience on Tuesday at the Palace the Prime Minister of X, Mr. Y": the guest after the adverbials
    ("President Ousmane Ndiaye received in audience on Tuesday at the Palace the Prime Minister of Mauritania, "
     "Mr. Sidi Mohamed Cheikhna, bearer of a message.", WEDNESDAY,
     {(frozenset({"Ousmane Ndiaye", "Sidi Mohamed Cheikhna"}), Status.HELD, "2019-11-19", "Palace")}),
    # "see X" under a plan or a hope, or as the purpose of a trip (WordNet's meet#1 synset), not "see X as ..."
    ("Foreign Minister Karin Lund said she would like to travel to Helsinki in the autumn to see Mikael Rantanen "
     "in person. Analysts see President Omar Tayeb as a reliable partner.", WEDNESDAY,
     {(frozenset({"Karin Lund", "Mikael Rantanen"}), Status.PLANNED, ("2019-09-23", "2019-12-21"), "Helsinki")}),
    ("Prime Minister Vesna Radic hopes to see President Ilir Doka before the vote.", WEDNESDAY,
     {(frozenset({"Vesna Radic", "Ilir Doka"}), Status.PROPOSED, None, None)}),  # a hope, not a plan
    # "a visit by X to Warsaw was postponed", X having met Poland's Y: the visit is with Y, not with the state
    ("Czech Foreign Minister Jan Dvorak hosted Polish Foreign Minister Adam Nowak in Prague on Monday. A visit by "
     "Dvorak to Warsaw has been postponed.", WEDNESDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2019-11-18", "Prague"),
      (frozenset({"Adam Nowak", "Jan Dvorak"}), Status.CANCELLED, None, "Warsaw")}),
    # "met X and opposition leaders": the people named met, though a side is left unnamed (not the state visited)
    ("Commissioner Anna Berg visited Lisbon in March, when she met Prime Minister Rui Costa and opposition "
     "leaders.", WEDNESDAY,
     {(frozenset({"Anna Berg", "Rui Costa"}), Status.HELD, "2019-03", "Lisbon")}),
    # "X is due in Moscow", "X is expected in Kyiv": where a foreign visitor is awaited is a visit to the state of
    # that capital (kg/extract/meetings/awaited.py), told with its day
    ("Indian Foreign Minister Anil Kapoor is due in Moscow on Friday, his ministry said.", WEDNESDAY,
     {(frozenset({"Anil Kapoor", "Russia"}), Status.PLANNED, "2019-11-22", "Moscow")}),
    ("The Chinese special envoy, Liu Wenhao, is expected in Kyiv next month, though Beijing has not confirmed the "
     "trip.", WEDNESDAY,
     {(frozenset({"Liu Wenhao", "Ukraine"}), Status.PLANNED, "2019-12", "Kyiv")}),
    ("Kenyan President Daniel Kamau accepted the invitation and is expected in Pretoria in March, though the date "
     "has not been confirmed.", WEDNESDAY,
     {(frozenset({"Daniel Kamau", "South Africa"}), Status.PLANNED, "2020-03", "Pretoria")}),
    ("Anil Kapoor spoke by phone with Smirnov on Monday. Kapoor is due in Moscow in April.", WEDNESDAY,
     {(frozenset({"Anil Kapoor", "Russia"}), Status.PLANNED, "2020-04", "Moscow")}),
    # ... not when the clause names what the stay is for (the talks are told by their noun), nor a meeting awaited,
    # nor a minister awaited in her own capital
    ("Indian Foreign Minister Anil Kapoor is due in Moscow on Friday for talks with Foreign Minister Oleg Smirnov.",
     WEDNESDAY, {(frozenset({"Anil Kapoor", "Oleg Smirnov"}), Status.PLANNED, "2019-11-22", "Moscow")}),
    ("The next round is due in Moscow in January.", WEDNESDAY, set()),
    ("Finance Minister Anil Kapoor is due in Washington on Friday and has asked to meet Treasury Secretary Ruth Cole.",
     WEDNESDAY, {(frozenset({"Anil Kapoor", "Ruth Cole"}), Status.PROPOSED, None, None)}),
    ("Cardinal Paul Haddad accepted an invitation to visit Beirut and is expected in Rome in the spring.", WEDNESDAY,
     {(frozenset({"Paul Haddad", "Lebanon"}), Status.PROPOSED, None, "Beirut")}),
    ("Russian Foreign Minister Oleg Smirnov is expected in Moscow on Friday.", WEDNESDAY, set()),
    # ... nor a leader with a bare title going home, nor a stay for something else (a court date, a transfer), but a
    # titled visitor still is ("The Dutch trade minister, X, is due in Jakarta")
    ("Prime Minister Tom Hale flew to Ottawa on Monday for talks with Prime Minister Ann Roy. Hale is expected in "
     "Canberra on Thursday, aides said.", WEDNESDAY,
     {(frozenset({"Tom Hale", "Ann Roy"}), Status.HELD, "2019-11-18", "Ottawa")}),
    ("Former President Samuel Banda is due in Lusaka on Monday for a court hearing on fraud charges.", WEDNESDAY,
     set()),
    ("The Argentine midfielder Lucas Ferreyra is expected in Milan on Friday, the club said.", WEDNESDAY, set()),
    ("Indian Trade Minister Vikram Rao spoke by phone with Laptev on Monday. Rao is due in Moscow in April.", WEDNESDAY,
     {(frozenset({"Vikram Rao", "Russia"}), Status.PLANNED, "2020-04", "Moscow")}),
    ("Spanish Foreign Minister Elena Ruiz is expected in Kyiv on Friday for the first time since the war began.",
     WEDNESDAY, {(frozenset({"Elena Ruiz", "Ukraine"}), Status.PLANNED, "2019-11-22", "Kyiv")}),
    ("The Dutch trade minister, Anna de Vries, is due in Jakarta on Friday.", WEDNESDAY,
     {(frozenset({"Anna de Vries", "Indonesia"}), Status.PLANNED, "2019-11-22", "Jakarta")}),
    # ... called off by the clause joined to it
    ("German Chancellor Karl Weber was due in Beijing on Thursday, but the trip was postponed.", WEDNESDAY,
     {(frozenset({"Karl Weber", "China"}), Status.CANCELLED, "2019-11-14", "Beijing")}),
    # a courtesy call is paid in person: "received X in a courtesy call" is no phone call (a phone call still is)
    ("Prime Minister Ana Lopes received Foreign Minister Tomas Berg in a courtesy call at her office on Monday.",
     WEDNESDAY, {(frozenset({"Ana Lopes", "Tomas Berg"}), Status.HELD, "2019-11-18", None)}),
    ("President Omar Tayeb received Ambassador Karin Lund in a farewell call at Carthage Palace on Tuesday.",
     WEDNESDAY, {(frozenset({"Omar Tayeb", "Karin Lund"}), Status.HELD, "2019-11-19", "Carthage Palace")}),
    ("Prime Minister Ana Lopes discussed the border with Foreign Minister Tomas Berg in a phone call on Monday.",
     WEDNESDAY, set()),
    # ... unless its own words say it was remote ("a courtesy call via videoconference")
    ("President Omar Tayeb received Foreign Minister Karin Lund in a courtesy call via videoconference on Tuesday.",
     WEDNESDAY, set()),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_reach_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

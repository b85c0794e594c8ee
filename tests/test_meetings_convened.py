"""Meetings: a standing body of two states that sits (kg/extract/meetings/convened.py), sessions told with no one
at the table (kg/extract/meetings/standing.py), visits an invitation asks for (kg/extract/meetings/invitations.py)
and the meeting a "first ... since" implies (kg/extract/meetings/since.py), on invented sentences with invented
names; each row names the construction it reads."""
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
    # "The previous session took place in X": an earlier sitting with no "of" phrase of its own is one of the joint
    # body told in its sentence or the two before (a sentence between telling who leads each side), not of nothing
    ("The Kenya-Uganda Joint Permanent Commission will hold its ninth session in Kampala in May. Trade Minister Ruth "
     "Achieng will lead the Kenyan delegation. The previous session took place in Nairobi in October 2018.", FRIDAY,
     {(frozenset({"Kenya", "Uganda"}), Status.PLANNED, "2021-05", "Kampala"),
      (frozenset({"Kenya", "Uganda"}), Status.HELD, "2018-10", "Nairobi")}),
    ("Officials of Chile and Peru met in Lima on Monday under their Joint Border Committee. The last meeting was "
     "held in Arica in 2017.", FRIDAY,
     {(frozenset({"Chile", "Peru"}), Status.HELD, "2021-03-08", "Lima"),
      (frozenset({"Chile", "Peru"}), Status.HELD, "2017", "Arica")}),
    ("Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvorak in Prague on Monday. The last round "
     "of the parliament's budget debate was held in January, and the preceding session of the court took place "
     "in 2019.", FRIDAY,
     {(frozenset({"Adam Nowak", "Jan Dvorak"}), Status.HELD, "2021-03-08", "Prague")}),
    # a sitting of a joint body told by the short name the article gave it after its full name ("the fifth session
    # of the JPC", "the next JPC meeting", "the second session of the JCC took place"): the states of the full name;
    # not a body of one state so named ("the fifth session of the CBC")
    ("Kenya and Uganda set up the Kenya-Uganda Joint Permanent Commission (JPC) in 2001. The fifth session of the "
     "JPC was held in Kampala in May 2018. The next JPC meeting will be held in Nairobi in October.", FRIDAY,
     {(frozenset({"Kenya", "Uganda"}), Status.HELD, "2018-05", "Kampala"),
      (frozenset({"Kenya", "Uganda"}), Status.PLANNED, "2021-10", "Nairobi")}),
    ("Ghana and Togo revived the Ghana-Togo Joint Commission for Cooperation (JCC) last year. The second session of "
     "the JCC took place in Lome in January.", FRIDAY,
     {(frozenset({"Ghana", "Togo"}), Status.HELD, "2021-01", "Lome")}),
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Rojas in Lima on Monday. Peru's "
     "Congressional Budget Committee (CBC) will vote on the plan. The fifth session of the CBC was held in March.",
     FRIDAY, {(frozenset({"Ana Soto", "Luis Rojas"}), Status.HELD, "2021-03-08", "Lima")}),
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
    # "X extended an invitation to Y to pay a State Visit to Z": Y visits X, a proposal
    ("President Tebogo Sechele of Botswana met President Filipe Langa of Mozambique in Maputo on Thursday. "
     "President Sechele extended an invitation to President Langa to pay a State Visit to Botswana at a mutually "
     "convenient time.", FRIDAY,
     {(frozenset({"Tebogo Sechele", "Filipe Langa"}), Status.HELD, "2021-03-11", "Maputo"),
      (frozenset({"Tebogo Sechele", "Filipe Langa"}), Status.PROPOSED, None, "Botswana")}),
    # "an invitation was conveyed to Y to pay an official visit to Z", no one named for Z: the state visited
    ("Russian Foreign Minister Oleg Sokolov met Angolan Foreign Minister Manuel Neto in Moscow on Thursday. An "
     "invitation was conveyed to President Domingos Cunha to pay an official visit to Russia.", FRIDAY,
     {(frozenset({"Oleg Sokolov", "Manuel Neto"}), Status.HELD, "2021-03-11", "Moscow"),
      (frozenset({"Domingos Cunha", "Russia"}), Status.PROPOSED, None, "Russia")}),
    # "Y, who accepted her invitation to visit W next spring": accepted and dated, a plan
    ("Governor Marcia Holm met Monday with Polish Deputy Prime Minister Tadeusz Wrona, who accepted her "
     "invitation to visit Wisconsin in May.", FRIDAY,
     {(frozenset({"Marcia Holm", "Tadeusz Wrona"}), Status.HELD, "2021-03-08", None),
      (frozenset({"Marcia Holm", "Tadeusz Wrona"}), Status.PLANNED, "2021-05", "Wisconsin")}),
    # "conveyed an invitation from X for Y to visit Z": the messenger is no side
    ("President Budi Santoso met Papua New Guinea's foreign minister Peter Kila on Monday. Kila also conveyed an "
     "invitation from Prime Minister Raymond Toka for President Santoso to visit Port Moresby.", FRIDAY,
     {(frozenset({"Budi Santoso", "Peter Kila"}), Status.HELD, "2021-03-08", None),
      (frozenset({"Budi Santoso", "Raymond Toka"}), Status.PROPOSED, None, "Port Moresby")}),
    # "the first visit to X by a Y head of state since 2017": the two states met then
    ("Vietnamese President Luong Van Thanh will pay a state visit to Chile next week. It will be the first visit to "
     "Chile by a Vietnamese head of state since 2017.", FRIDAY,
     {(frozenset({"Luong Van Thanh", "Chile"}), Status.PLANNED, ("2021-03-15", "2021-03-21"), "Chile"),
      (frozenset({"Vietnam", "Chile"}), Status.HELD, "2017", None)}),
    # ... the visitor's state named in the indefinite office, told in apposition to the meeting the sentence reports,
    # which it only describes ("the first visit by a Japanese foreign minister": no side of its own)
    ("Kazakh Foreign Minister Aibek Nurlanov held talks with Japanese Foreign Minister Kenji Ota in Astana on Monday, "
     "the first visit by a Japanese foreign minister to Kazakhstan since 2018.", FRIDAY,
     {(frozenset({"Aibek Nurlanov", "Kenji Ota"}), Status.HELD, "2021-03-08", "Astana"),
      (frozenset({"Japan", "Kazakhstan"}), Status.HELD, "2018", None)}),
    ("Prime Minister Helen Marsh hosted President Tunde Okafor in London on Tuesday, the first visit by a Nigerian "
     "head of state to Britain since 2011.", FRIDAY,
     {(frozenset({"Helen Marsh", "Tunde Okafor"}), Status.HELD, "2021-03-09", "London"),
      (frozenset({"Nigeria", "United Kingdom"}), Status.HELD, "2011", None)}),
    ("Prime Minister Liam Doyle has returned from Beijing after the first visit to China by an Australian prime "
     "minister since 2016.", FRIDAY,
     {(frozenset({"Liam Doyle", "China"}), Status.HELD, "2021-03-12", "China"),
      (frozenset({"Australia", "China"}), Status.HELD, "2016", None)}),
    # ... the visit the sentence reports kept when the "first visit" noun is all that tells it (an arrival in
    # apposition, a possessive, "landed ... for the first visit"), not only the one before
    ("Dutch Foreign Minister Pieter Smit arrived in Hanoi on Sunday, the first visit to Vietnam by a Dutch foreign "
     "minister since 2015.", FRIDAY,
     {(frozenset({"Pieter Smit", "Vietnam"}), Status.HELD, "2021-03-07", "Vietnam"),
      (frozenset({"Netherlands", "Vietnam"}), Status.HELD, "2015", None)}),
    ("Prime Minister Omar Haddad landed in Tunis on Sunday for the first visit to Tunisia by a Moroccan prime minister "
     "since 2014.", FRIDAY,
     {(frozenset({"Omar Haddad", "Tunisia"}), Status.HELD, "2021-03-07", "Tunisia"),
      (frozenset({"Morocco", "Tunisia"}), Status.HELD, "2014", None)}),
    # ... the visitor an office, not a ship or a club ("by a Chinese warship", "by a Saudi football club")
    ("The frigate docked in Colombo on Sunday, the first visit to Sri Lanka by an Indian warship since 2012.", FRIDAY,
     set()),
    ("The match in Doha was the first visit to Qatar by an Omani football club since 2009.", FRIDAY, set()),
    # "the first meeting between A and B since 2019": A and B met then (not a date that dates nothing else)
    ("Foreign Minister Park Min-jun met Foreign Minister Zhou Lan in Beijing on Wednesday. It was the first meeting "
     "between the two ministers since 2019.", FRIDAY,
     {(frozenset({"Park Min-jun", "Zhou Lan"}), Status.HELD, "2021-03-10", "Beijing"),
      (frozenset({"Park Min-jun", "Zhou Lan"}), Status.HELD, "2019", None)}),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_convened_constructions(nlp, text, date, expected):  # noqa: F811
    meetings, res = _run(nlp, text, date)
    assert _with_range(meetings, res) == expected

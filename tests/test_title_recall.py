"""Titles the extractor used to miss, one row of invented sentences (invented names) per construction, with
the real model. Each row: (construction, text, (person, title, organization) that must be among the roles read).
"""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline

from .test_roles import _roles


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


ROWS = [
    # the roles of mediated talks, and the people news asks about them, as title heads
    ("chief mediator in apposition", "The talks are run by the chief mediator, Wanjiru Kamau Ndegwa, a former "
     "minister.", ("Wanjiru Kamau Ndegwa", "chief mediator", None)),
    ("facilitator after a title", "Noting the remarks of Samuel Ochieng Wafula, former President of Kenya and "
     "Facilitator of the Nairobi Process, the council agreed.", ("Samuel Ochieng Wafula", "Facilitator of the Nairobi Process", None)),
    # a courtesy of two words between the title and the name
    ("His Excellency between title and name", "He held talks with Iraqi President His Excellency Karwan Rashid "
     "Barzani and the Speaker.", ("Karwan Rashid Barzani", "President", "Iraq")),
    # a plural membership title with its body said once before a list, with no comma ("members of X" alone is none)
    ("membership title before a list", "The delegation included Members of Parliament Harjit Dhillon, Marc Gagnon, "
     "Fatima Idris and Colin McRae, and the association's secretary.", ("Fatima Idris", "Member of Parliament", None)),
    # a possessive determiner opening the appositive, as an article does
    ("its title in apposition", "Fiji has been cooler. Josaia Ratavou, its prime minister, was unavailable during "
     "the visit.", ("Josaia Ratavou", "prime minister", None)),
    ("political scientist before a name", "In Sofia, the political scientist Boyan Radev agreed.",
     ("Boyan Radev", "political scientist", None)),
    # the second of two titles joined by "and" in the appositive after a name (readouts, communiqués)
    ("second appositive title, semicolon", "The talks were attended by H.E. Saif bin Omar Al Dhaheri, Deputy Prime "
     "Minister and Minister of the Interior; and by other officials.", ("Saif bin Omar Al Dhaheri", "Minister", None)),
    ("second appositive title, of a body", "Noting the remarks by Ambassador Kofi Mensah-Bediako, Permanent "
     "Representative of Ghana to the AU and Chairperson of the Council for the month of May, the members agreed.",
     ("Kofi Mensah-Bediako", "Chairperson of the Council", None)),
    # a byline: the name alone on its line, its title alone on the next; or "Title: Name" on its own line
    ("byline, title on the next line", "Harbour council approves ferry plan\n\nBy Catriona Fraser\nLocal Democracy "
     "Reporter\n\nThe council voted on Monday to fund the ferry.", ("Catriona Fraser", "Local Democracy Reporter", None)),
    ("byline without By", "Ferry talks resume\n\nAoife Dunleavy\nBrussels Correspondent\nMon, Mar 6, 2017\n\n"
     "Talks on the ferry resumed in Brussels.", ("Aoife Dunleavy", "Brussels Correspondent", None)),
    ("label and colon", "The ministers met in Jakarta on Monday.\n\nReporter: Bima Santoso\nEditor: Ratna Kusuma\n",
     ("Ratna Kusuma", "Editor", None)),
    # a rank between a longer title and the name is a title of its own, and ends the title before it
    ("rank after a title", "\"The ship has left,\" Navy spokesperson Commodore Ramil Dizon told reporters.",
     ("Ramil Dizon", "spokesperson", "Navy")),
    ("the rank itself", "\"The ship has left,\" Navy spokesperson Commodore Ramil Dizon told reporters.",
     ("Ramil Dizon", "Commodore", None)),
    ("title before a rank", "Interim President General Armand Obiang received the envoy.",
     ("Armand Obiang", "Interim President", None)),
    # a rank the tagger ran into the name begins no name; it is read as a title
    ("rank run into the name", "Lt Gen Musa Idriss Kabbashi led the army delegation to Jeddah.",
     ("Musa Idriss Kabbashi", "Lt Gen", None)),
    ("rank run into a name with a particle", "Talks resumed with the head of the delegation, Lt Gen Hamid Yusuf "
     "al-Khatim, in the chair.", ("Hamid Yusuf al-Khatim", "Lt Gen", None)),
    ("title in apposition before a rank", "Talks resumed with the head of the delegation, Lt Gen Hamid Yusuf "
     "al-Khatim, in the chair.", ("Hamid Yusuf al-Khatim", "head", None)),
    # "he met his [demonym] counterpart, X": X holds the title of the person the "he" stands for, named just before
    ("counterpart of a pronoun", "Macedonian Foreign Minister Boris Tanevski arrived in Ohrid on Tuesday. On "
     "Wednesday he met his Albanian counterpart, Edvin Hoxhaj, in Struga.", ("Edvin Hoxhaj", "Foreign Minister",
                                                                            "Albania")),
    ("counterpart of a pronoun, the name not a subject", "It was the second stop of a busy week for Foreign Minister "
     "Boris Tanevski. On Wednesday he met his Albanian counterpart, Edvin Hoxhaj, in Struga.",
     ("Edvin Hoxhaj", "Foreign Minister", "Albania")),
    # a capitalised plural title said once right before a list of names: each holds it, and none is a name's part
    ("plural title before two names", "Foreign Ministers Tomas Ferreyra and Joaquin Balduzzi met in Mendoza.",
     ("Tomas Ferreyra", "Foreign Minister", None)),
    ("plural title, second name", "Foreign Ministers Tomas Ferreyra and Joaquin Balduzzi met in Mendoza.",
     ("Joaquin Balduzzi", "Foreign Minister", None)),
    ("plural title after of", "The meeting of Prime Ministers Ilse Vandamme and Joaquin Balduzzi ended on Friday.",
     ("Ilse Vandamme", "Prime Minister", None)),
    # a capitalised title head, "of"/"for" and a portfolio of one or more fields right before the name (readouts,
    # agencies): the name is a person's however the model cut the run, the whole run the title
    ("portfolio of one field", "The envoy is due to see Minister of Energy Farid Aliyarov on Thursday.",
     ("Farid Aliyarov", "Minister of Energy", None)),
    ("portfolio of two fields", "Talks were held with Minister of Mines and Petroleum Abdul Hadi Karimi in Herat.",
     ("Abdul Hadi Karimi", "Minister of Mines and Petroleum", None)),
    ("portfolio listed with commas", "She was received by Minister of Agriculture, Fisheries and Rural Development "
     "Youssef Alami in Rabat.", ("Youssef Alami", "Minister of Agriculture, Fisheries and Rural Development", None)),
    # ... a word of no field between two fields is the portfolio's too: the name starts after its last field (finding 8)
    ("portfolio with a word of no field", "Minister of Youth and Sports Development Sunday Dare met Minister of Mines "
     "and Steel Development Olamilekan Adegbite in Abuja on Friday.",
     ("Olamilekan Adegbite", "Minister of Mines and Steel Development", None)),
    ("portfolio with a word of no field, first", "Minister of Mines and Steel Development Olamilekan Adegbite met "
     "Minister of Petroleum Resources Timipre Sylva in Abuja on Friday.",
     ("Olamilekan Adegbite", "Minister of Mines and Steel Development", None)),
    ("portfolio of fields after another", "Minister of Mines and Steel Development Olamilekan Adegbite met Minister "
     "of Water Resources Suleiman Adamu in Abuja on Friday.", ("Suleiman Adamu", "Minister of Water Resources", None)),
    # "the title of Body, ACRONYM, [courtesy] Name" (West and Southern African papers, readouts): the body's acronym
    # between its name and the comma, in commas or in brackets, leaves the title in apposition to the name
    ("acronym in commas before the name", "Also present were the Secretary-General of the Nigeria Union of Teachers, "
     "NUT, Comrade Audu Mohammed Amba, and two deputies.", ("Audu Mohammed Amba", "Secretary-General",
                                                           "Nigeria Union of Teachers")),
    ("acronym in brackets before the name", "Earlier, the chairman of the Zambia Revenue Authority (ZRA), Mr Moses "
     "Phiri, received the delegation in Lusaka.", ("Moses Phiri", "chairman", "Zambia Revenue Authority")),
    # "the [title] of the [title head], X": the apposition names the holder of the outer title, not of its complement
    ("title of an office before a comma", "In Mali, the Special Representative of the Secretary-General, Ingrid "
     "Halvorsen-Diallo, met the transitional authorities.", ("Ingrid Halvorsen-Diallo", "Special Representative", None)),
    # a lower-case plural title right before a list of names, with no comma: each name holds the singular
    ("lower-case plural title before two names", "The minister received union co-leaders Maren Holt and Bjarne Vik "
     "at the ministry.", ("Bjarne Vik", "union co-leader", None)),
    ("lower-case plural title before three names", "Talks resumed with farm leaders Ilse Brandt, Jonas Weiler and "
     "Petra Lang on Monday.", ("Ilse Brandt", "farm leader", None)),
    # a plural title before a comma and names each tagged with its body after an article ("A of the X and B of Y")
    ("listed names with their bodies after the", "The leaders were joined by their campaign chiefs, Kenji Mori of the "
     "DPP and Aiko Sato of the CPA, for the last hour.", ("Kenji Mori", "campaign chief", None)),
    # "Chair" before a name is a form of address as "Chairman" is, no part of the name ("Deputy Chair X")
    ("Chair before a name", "The proposal was backed by the employers' federation (KZE) Deputy Chair Oksana Melnyk "
     "and others.", ("Oksana Melnyk", "Deputy Chair", None)),
    # the heads of mediation and party roles news gives as titles ("the state conciliator X", "moderator X")
    ("conciliator", "State conciliator Ritva Salminen summoned both sides to her office.",
     ("Ritva Salminen", "State conciliator", None)),
    ("moderator in apposition", "The forum was chaired by its moderator, Aroha Te Rangi, a former judge.",
     ("Aroha Te Rangi", "moderator", None)),
    ("organiser before a name", "Union organiser Callum Baird told reporters the strike would go ahead.",
     ("Callum Baird", "organiser", None)),
    ("envoy of a president before a comma", "The personal envoy of the President, Abdou Karim Sarr, arrived in Bamako "
     "with a letter.", ("Abdou Karim Sarr", "personal envoy", None)),
    # "fellow" is no part of a plural title before a list (review16 finding 7)
    ("fellow before a plural title", "Her fellow ministers Ana Lemos and Paulo Viana resigned on Tuesday.",
     ("Ana Lemos", "minister", None)),
]
# "Attorney General", "Secretary-General", "Deputy Ambassador": the rank word ends the title, no rank of its own
RANK_ENDS_TITLE = [("Attorney General Maeve Lindqvist met the envoy.", ("Maeve Lindqvist", "Attorney General", None)),
                   ("He met Secretary-General Tomas Ekwueme.", ("Tomas Ekwueme", "Secretary-General", None)),
                   ("Deputy Ambassador Irina Valchuk spoke first.", ("Irina Valchuk", "Deputy Ambassador", None))]


@pytest.mark.parametrize("text,expected", RANK_ENDS_TITLE, ids=[r[1][1] for r in RANK_ENDS_TITLE])
def test_rank_ends_title(nlp: Language, text: str, expected: tuple[str, str, str | None]) -> None:
    assert _roles(nlp, text) == {expected}


@pytest.mark.parametrize("name,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_title_rows(nlp: Language, name: str, text: str, expected: tuple[str, str, str | None]) -> None:
    found = _roles(nlp, text)
    assert expected in found, found


# "A/An [title] to/of/for the [title head], X" (review16 finding 3): an indefinite title names no one; the name is
# the holder of the definite title inside it, the only role read
INDEFINITE_OUTER = [
    ("A senior adviser to the Prime Minister, Tarek Halabi, told reporters that the talks were postponed.",
     ("Tarek Halabi", "Prime Minister", None)),
    ("A spokesman for the President, Paulo Viana, said the talks were postponed.", ("Paulo Viana", "President", None)),
    ("An aide to the Governor, Ana Lemos, said the budget was balanced.", ("Ana Lemos", "Governor", None)),
]


@pytest.mark.parametrize("text,expected", INDEFINITE_OUTER, ids=[r[1][0] for r in INDEFINITE_OUTER])
def test_indefinite_outer_title(nlp: Language, text: str, expected: tuple[str, str, str | None]) -> None:
    assert _roles(nlp, text) == {expected}


@pytest.mark.parametrize("text", [
    "The members of the delegation Ana Lima and Bo Chen arrived on Monday.",  # "members" with no body's name
    "Ana Lima, his wife, said nothing to reporters.",  # a possessive before a word that is no title
    "Hugo Rivas, a vehement critic of the treaty, spoke first.",  # "critic": an opinion, no office
    # a class of people before a list, no office (review16 finding 7)
    "World leaders Tomas Brandl, Greta Solheim and Ivo Tanaskovic met in Vardo on Sunday.",
    "The forum was attended by business leaders Omar Haddad and Lea Brunner on Monday.",
    "Global leaders Mara Odell and Paulo Viana agreed on the climate fund.",
])
def test_no_title_rows(nlp: Language, text: str) -> None:
    assert not _roles(nlp, text)

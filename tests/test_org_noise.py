"""Names the model takes for bodies that are no body, and places it takes for bodies (ORGANIZATIONS on text
nobody tuned for): each construction on sentences written for the test with invented names, through the real
pipeline (model loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.records import Kind

from .conftest import entities as kinds


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


# (text, entities that must be there with their kind, names that must not be bodies)
CASES = [
    # a heading's word in capitals on a line in capitals is the page's furniture
    ("WEEKEND PROFILE\nThe woman the Coral Bloc sends when nobody else will go.\n\nKEY OUTCOMES\n\n"
     "The leaders agreed to raise the grain stock.", {}, {"KEY", "PROFILE", "WEEKEND PROFILE"}),
    ("WEEKEND PROFILE | The envoy the Coral Bloc sends\nShe has shuttled between capitals for three years.", {},
     {"PROFILE"}),
    ("Talks resumed on Monday.\n\nTHE HARBOUR TEST\n\nThe ministers met again on Friday.", {}, {"THE"}),
    # a known place in capitals opening a line before a dash is the dateline's place
    ("KUMASI — Ghana's premier met his guest on Monday.", {"Ghana": Kind.COUNTRY}, {"KUMASI"}),
    # a building's name after "to" or "on" is a place
    ("The premier welcomed the mayor to the Civic Chambers on Monday.", {"Civic Chambers": Kind.PLACE}, set()),
    # a country's possessive before lower-case words and "ministry" names the country's office (the country kept)
    ("Envoys met in Lesotho on Monday. Lesotho's foreign affairs ministry did not respond to a request for comment.",
     {"Lesotho's foreign affairs ministry": Kind.ORGANIZATION, "Lesotho": Kind.COUNTRY}, set()),
    # ... not where that mention is the country's only one
    ("Envoys met on Monday. Lesotho's foreign ministry did not respond to a request for comment.",
     {"Lesotho": Kind.COUNTRY}, set()),
    # a post's title, its possessive and "Office" or "Bureau", or a title's letters and "Office", name a body
    ("The premier phoned the president, a call the Prime Minister's Office described as warm.",
     {"Prime Minister's Office": Kind.ORGANIZATION}, {"Prime Minister"}),
    ("According to a statement issued by the PM Office, the two sides discussed trade.",
     {"PM Office": Kind.ORGANIZATION}, set()),
    ("\"It was warm and practical,\" the Vice President's Bureau said of the meeting.",
     {"Vice President's Bureau": Kind.ORGANIZATION}, set()),
    # a title's letters opening a person's name are no part of it
    ("The chair of the committee, Portuguese MEP Ana Moreira-Castro (Renew), has written to him.",
     {"Ana Moreira-Castro": Kind.PERSON}, {"MEP Ana Moreira-Castro"}),
    # a building's head ends a building's name, a place where it is put after "in" or "to"
    ("The guest was driven to the Presidential Complex, where the host received him for an hour.",
     {"Presidential Complex": Kind.PLACE}, set()),
    # a lower-case "party" after a party's name is no part of it
    ("In Varna, the nationalist Vostrazhdane party called the meeting a betrayal.",
     {"Vostrazhdane": Kind.ORGANIZATION}, {"Vostrazhdane party"}),
    ("The opposition KUNA party said the deal was bad.", {"KUNA": Kind.ORGANIZATION}, {"KUNA party"}),
    # a title's head inside a body's name parts it: the person after the head, the body (if one) before the title
    ("He will open a trade forum with Manitoba Premier Dorian Falk on Friday.",
     {"Dorian Falk": Kind.PERSON}, {"Manitoba Premier Dorian Falk"}),
    ("The talks with Assembly of Coastal Nations National Chief Rosa Meriden were postponed.",
     {"Assembly of Coastal Nations": Kind.ORGANIZATION, "Rosa Meriden": Kind.PERSON},
     {"Assembly of Coastal Nations National"}),
    # ... while a body's acronym in a sentence stays one
    ("KEY talks resumed.\n\nThe Tarvek Union (TU) met in Osmar. TU officials said the talks went well.",
     {"Tarvek Union": Kind.ORGANIZATION}, set()),
    # the shorthand of a log is no body
    ("9:52 am: Pool gathered in the Fern Room. No guidance on a Q&A.\n\n4:30 pm: FYI from the press office: "
     "Mr. Dallow will host Mr. Quenby at noon.", {}, {"Q&A", "FYI"}),
    # a title's letters before its holder's name are no body
    ("1:20 pm: FLOTUS Marla Penhold hosted Mrs. Odeyemi for tea in the Blue Room.",
     {"Marla Penhold": Kind.PERSON}, {"FLOTUS"}),
    # honorifics and rank marks alone are no name
    ("He met the Ambassador to Osmar Lt. Gen. (Ret.) Hamid Tarek Al-Sawi and H.E. Mr. Idris Bennouna Rahal.",
     {"Hamid Tarek Al-Sawi": Kind.PERSON}, {"Ret", "H.E. Mr.", "Ret."}),
    ("He is to meet Fra' Matteo Corsini Lanza, Grand Master of the order, on Monday.", {}, {"Fra", "Fra'"}),
    # a name ending in a programme's head, or before a programme's noun, is a programme
    ("The ministers discussed the Baltic Resilience Facility and the Tarn Valley Initiative.",
     {}, {"Baltic Resilience Facility", "Tarn Valley Initiative"}),
    ("They discussed water management and the Silver Road project, according to sources. The Silver Road "
     "would link two ports.", {}, {"Silver Road"}),
    # ... while a body's acronym before "programme" stays the body
    ("The UNDZ programme will fund the schools, UNDZ officials said.", {"UNDZ": Kind.ORGANIZATION}, set()),
]

# (text, outlets that must be bodies, names that must stay people): the capitalised object of "tell"
OUTLETS = [
    ("\"We will meet before the rains,\" she told KPRX. The ministry did not respond to KPRX's request for comment.",
     {"KPRX"}, set()),
    ("The pair will meet next week, two officials tell ZNTX.", {"ZNTX"}, set()),
    ("\"We have had more new beginnings than a soap opera,\" Petrovan told Velma TV on Thursday evening.",
     {"Velma TV"}, {"Petrovan"}),
    # a person told stays a person
    ("The minister told Blinkow that the talks would go on. \"We are ready,\" Blinkow said.", set(), {"Blinkow"}),
    # capitalised words after "the" that a source tells, or speaks to in an interview, are the outlet (no person
    # takes "the"), whatever the model called them
    ("\"The vote is lost,\" Anna Kovac told the Danube Ledger on Friday.", {"Danube Ledger"}, {"Anna Kovac"}),
    ("A senior official told The Evening Sentinel the talks had stalled.", {"Evening Sentinel"}, set()),
    ("The envoy said in an interview with the Lakeside Bulletin that no date was set.", {"Lakeside Bulletin"}, set()),
    ("Speaking to the Harbour Courier, the mayor said the port would reopen.", {"Harbour Courier"}, set()),
    # two or three capitalised words after "told" that the model left untagged, no given name first: an outlet
    ("Karlsen told Policy Watch after the meeting that no date was set.", {"Policy Watch"}, {"Karlsen"}),
    ("Monteiro told Health Desk Weekly after the meeting that the two had discussed fees.", {"Health Desk Weekly"},
     {"Monteiro"}),
    # a state's name before an outlet's head ("Today", in capitals or not) is the outlet's word, no mention of the state
    ("\"The direction is set,\" he told Samoa Today on Sunday.", {"Samoa Today"}, set()),
    ("\"The direction is set,\" the envoy told Tonga TODAY.", {"Tonga TODAY"}, set()),
]


def test_the_told_that_names_no_outlet(nlp: Language) -> None:
    """A title's words, a state's adjective or a body the model tagged whole after "told the" are no outlet."""
    found = kinds(nlp, "She told the President the deal was off, and later told the Jordanian side the same. "
                       "He told the Vardan Foreign Affairs and Defence Committee that talks were over.")
    assert "President" not in found and "Jordanian" not in found, found
    assert "Vardan Foreign Affairs" not in found, found


# a person's style, a people in the plural, or a people's name before a common noun after "told the" is no outlet
# (review15 #5)
NOT_OUTLETS = [
    ("Prime Minister Tom Berg told the Aga Khan in Vardan on Monday that the country would help.", "Aga Khan"),
    ("The Tibetan leader's envoy, Karl Brandt, told the Dalai Lama on Monday that the talks had failed.", "Dalai Lama"),
    ("In an interview with the Grand Mufti, the king's envoy said the talks would resume.", "Grand Mufti"),
    ("Kenyan President Tom Berg told the Maasai elders in Narok on Saturday that land would be returned.", "Maasai"),
    ("Finance Minister Anna Huber told the Tories on Monday that the budget was fair.", "Tories"),
]


@pytest.mark.parametrize(("text", "name"), NOT_OUTLETS, ids=[c[1] for c in NOT_OUTLETS])
def test_the_told_person_or_people(nlp: Language, text: str, name: str) -> None:
    assert kinds(nlp, text).get(name) != Kind.ORGANIZATION, kinds(nlp, text)


@pytest.mark.parametrize(("text", "outlets", "people"), OUTLETS, ids=[c[0][:40] for c in OUTLETS])
def test_told_outlets(nlp: Language, text: str, outlets: set[str], people: set[str]) -> None:
    found = kinds(nlp, text)
    assert all(found.get(n) == Kind.ORGANIZATION for n in outlets), found
    assert all(found.get(n) == Kind.PERSON for n in people), found


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_not_bodies(nlp: Language, text: str, present: dict[str, Kind], absent: set[str]) -> None:
    found = kinds(nlp, text)
    for name, kind in present.items():
        assert found.get(name) == kind, (name, found)
    assert not {n for n in absent if found.get(n) in {Kind.ORGANIZATION, Kind.PERSON}}, found

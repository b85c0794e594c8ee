"""People whose names the model missed or mistyped, read from the title construction around them (issue 14,
items 1 and 4): given names no census list holds, framed by a title. Sentences and names are invented; each row
goes through the real pipeline and in-document resolution.
"""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.records import Kind

from .conftest import entities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


# (construction, text, the person that must be there, names that must be no entity of any kind)
ROWS = [
    ("title, 'for' complement, name", "Minister for Foreign Affairs Orlaith Ní Dhuinn, who flew in with the "
     "premier, is to meet Secretary of State Marcus Pell on Monday.", "Orlaith Ní Dhuinn", set()),
    ("title, complement listing fields, name", "On Thursday, Wanaga is to call on Coordinating Minister for "
     "Economic, Maritime and Investment Affairs Bayu Setiadi Nugroho before departing.", "Bayu Setiadi Nugroho", set()),
    ("title 'to' a body, comma, name", "An adviser to the RSF leadership, Yassir Osman Tibin, has posted on X that "
     "the talks will go on.", "Yassir Osman Tibin", set()),
    ("title, comma, a given name the model took for a place", "The government's chief negotiator, Valentina Orrego "
     "Saldivar, met the Norwegian envoy in Bogota on Tuesday.", "Valentina Orrego Saldivar", {"Valentina"}),
    ("title's phrase, comma, name, 'which' of another noun", "However, a visit by the Vice-Governor of Hebei "
     "Province, Ren Zhaoqian, which had been planned for next month, has been postponed.", "Ren Zhaoqian", set()),
    ("title, name, 'which' of another noun", "A visit to Lima by Brazilian President Luiz Otavio Barreto da Cunha, "
     "which had been scheduled for next week, was postponed last month.", "Luiz Otavio Barreto da Cunha", set()),
    ("name, capitalised title in apposition", "The government delegation was led by Jean-Pierre Ngassa Mbarga, "
     "Minister Delegate at the Presidency in charge of Relations with the Regions.", "Jean-Pierre Ngassa Mbarga",
     set()),
]


@pytest.mark.parametrize(("construction", "text", "person", "absent"), ROWS, ids=[r[0] for r in ROWS])
def test_a_title_construction_makes_the_name_a_person(nlp: Language, construction: str, text: str, person: str,
                                                      absent: set[str]) -> None:
    found = entities(nlp, text)
    assert found.get(person) == Kind.PERSON, found
    assert not absent & set(found), found


# a comma after a place in the complement, with no "and" after it, ends the title: the name is in apposition
def test_a_name_after_a_comma_is_not_cut_by_a_place_word(nlp: Language) -> None:
    found = entities(nlp, "The delegation includes the Mayor of Porto, Helena Sá Moreira, and two aides.")
    assert found.get("Helena Sá Moreira") == Kind.PERSON, found
    assert "Sá Moreira" not in found, found


# a name of no given name after "which" with no title before it stays what the model said, no person
def test_which_without_a_title_keeps_a_thing(nlp: Language) -> None:
    found = entities(nlp, "Engineers inspected the Space Shuttle Endeavour, which had been grounded for a year.")
    assert found.get("Space Shuttle Endeavour") != Kind.PERSON, found


# (text, the person the title stands for, the title's form that must be no entity of its own)
TITLE_FOR_NAME = [
    # the initials of the capitalised title before the name (a readout's "EAM", a regional daily's "CM")
    ("External Affairs Minister Dr. Kavita Menon is in New York. On Tuesday, EAM held talks with the Chilean "
     "foreign minister.", "Kavita Menon", "EAM"),
    ("Chief Minister Suresh Kumaran Pillai said on Tuesday the talks went well. \"Our workers come first,\" the CM "
     "told reporters.", "Suresh Kumaran Pillai", "CM"),
    # a holder of one name ("Archbishop Ieronymos", the model's title a span of its own before it): the title alone
    # is him, not a person "Archbishop" beside him
    ("Synod backs deal after Archbishop's talks with minister. A day after Archbishop Ieronymos of Patras met "
     "Culture Minister Nikos Vlachos at the diocese, the Archbishop first discussed the plan with the mayor.",
     "Ieronymos", "Archbishop"),
    ("Chiefs back accord after King's talks with minister. King Letsie of Maseru received Finance Minister Thabo "
     "Moeketsi on Monday. The King later said the talks had been frank.", "Letsie", "King"),
]


@pytest.mark.parametrize(("text", "person", "form"), TITLE_FOR_NAME, ids=[r[2] for r in TITLE_FOR_NAME])
def test_a_title_in_place_of_a_name_is_its_holder(nlp: Language, text: str, person: str, form: str) -> None:
    from kg.resolve.document import resolve_document

    res = resolve_document(nlp(text))
    keys = {key for span, key in res.spans if span.text == form}
    assert keys and {res.entities[k].name for k in keys} == {person}, [(s.text, k) for s, k in res.spans]
    assert form not in {e.name for e in res.entities.values()}


# two holders of the title: the title alone stands for neither
def test_a_title_two_people_hold_names_nobody(nlp: Language) -> None:
    from kg.resolve.document import resolve_document

    res = resolve_document(nlp("Chief Minister Anil Varma met Chief Minister Sunil Rao. Later the CM said talks "
                               "had gone well."))
    assert not {res.entities[k].name for s, k in res.spans if s.text == "CM"} & {"Anil Varma", "Sunil Rao"}


# (text, the person whose name opens with initials written without dots, names that must be no entity)
INITIALLED = [
    ("Opposition leader in the assembly K Raghavendra Shetty of the party dismissed the visit.",
     "K Raghavendra Shetty", set()),
    ("He spoke over phone with Andhra Pradesh CM P Srinivasa Rao Naidu about the waters.", "P Srinivasa Rao Naidu",
     {"Andhra Pradesh CM P Srinivasa Rao Naidu"}),
    ("Leader of the Opposition V S Abdul Rahiman said the talks were a photo opportunity.", "V S Abdul Rahiman",
     {"Abdul Rahiman", "Opposition V S Abdul Rahiman"}),
]


@pytest.mark.parametrize(("text", "person", "absent"), INITIALLED, ids=[r[1] for r in INITIALLED])
def test_initials_without_dots_open_the_name(nlp: Language, text: str, person: str, absent: set[str]) -> None:
    found = entities(nlp, text)
    assert found.get(person) == Kind.PERSON, found
    assert not absent & set(found), found


# an article or a pronoun, a letter before a title or a thing's noun, or after a word in capitals (a product's
# code): no initial of a name
def test_single_letters_that_open_no_name(nlp: Language) -> None:
    found = entities(nlp, "A Kenyan official said the U S President would come. Vitamin C Water sells well.")
    found |= entities(nlp, "Nimbus announces Mac OS X Heron, iOS 5, and iCloud\nJune 07, 2011\nAt the fair it spoke.")
    assert not {n for n, kind in found.items() if kind is Kind.PERSON}, found


# an untagged name opening a sentence that says its bearer's title ("X is a senior fellow at Y")
def test_a_name_before_is_a_title_is_a_person(nlp: Language) -> None:
    found = entities(nlp, "Athens and Ankara will talk again.\n\nSelin Kaymakçı is a senior fellow at the Aegean "
                          "Policy Institute, where she directs its Cyprus programme.")
    assert found.get("Selin Kaymakçı") == Kind.PERSON, found


# a place or a paper before "is a/the ...": no person
def test_a_place_before_is_a_noun_stays_what_it_is(nlp: Language) -> None:
    found = entities(nlp, "Hong Kong was a colony until 1997. Market Street is the oldest street in town.")
    assert not {n for n, kind in found.items() if kind is Kind.PERSON}, found

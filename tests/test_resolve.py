"""Mentions to entities in one document, on short news texts with the real model (loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.resolve.document import resolve_document
from kg.records import Kind


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def orgs(nlp: Language, text: str) -> dict[str, set[str]]:
    """Organization name -> its other names."""
    res = resolve_document(nlp(text))
    return {e.name: set(e.aliases) for e in res.entities.values() if e.kind == Kind.ORGANIZATION}


# (text, {name: aliases}) -- the organizations expected, exactly.
GROUPS = [
    # a short form introduced in brackets is the same body
    ("Singapore Airlines (SIA) took delivery. SIA will fly it to Sydney.", {"Singapore Airlines": {"SIA"}}),
    # an acronym of a name with a legal suffix
    ("European Aeronautic Defence & Space NV won the deal. EADS shares rose.",
     {"European Aeronautic Defence & Space NV": {"EADS"}}),
    # the same name with a legal suffix wins over a longer name that starts with it
    ("Apple Inc. unveiled Apple TV on Tuesday. Apple said it would ship in February.",
     {"Apple Inc.": {"Apple"}, "Apple TV": set()}),
    # "Corps" is no plural of "Corp": two companies
    ("Apple Corps sued Apple Inc. in London.", {"Apple Corps": set(), "Apple Inc.": set()}),
    # a company's branch in a country is not another name of the company
    ("Ford Australia will get the money. Ford said it was pleased.", {"Ford Australia": set(), "Ford": set()}),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_organization_groups(nlp: Language, text: str, expected: dict[str, set[str]]) -> None:
    assert orgs(nlp, text) == expected


@pytest.mark.parametrize(("text", "country", "form"), [
    ("Rebels said they would resume talks with the Colombian government next week.", "Colombia",
     "Colombian government"),
    ("The Ukrainian Government rejected the plan on Monday.", "Ukraine", "Ukrainian Government"),
])
def test_a_demonym_government_speaks_for_its_country(nlp: Language, text: str, country: str, form: str) -> None:
    """"the Colombian government" is a mention of Colombia (an alternate name), not an organization;
    a ministry stays a body of its own."""
    res = resolve_document(nlp(text))
    assert {e.name: set(e.aliases) for e in res.entities.values() if e.kind == Kind.COUNTRY} == {country: {form}}
    assert not [e for e in res.entities.values() if e.kind == Kind.ORGANIZATION]


def test_a_demonym_ministry_stays_an_organization(nlp: Language) -> None:
    assert "North Korean foreign ministry" in orgs(nlp, "The North Korean foreign ministry issued a statement.")


@pytest.mark.parametrize(("text", "person", "alias"), [
    ("The army killed the rebels' military leader, Jorge Briceño Suarez, alias “Mono Jojoy.”",
     "Jorge Briceño Suarez", "Mono Jojoy"),
    ("Police arrested Maria Dunst, better known as Red Mary, on Monday. Red Mary denied everything.",
     "Maria Dunst", "Red Mary"),
])
def test_a_name_given_as_known_as_is_the_same_person(nlp: Language, text: str, person: str, alias: str) -> None:
    res = resolve_document(nlp(text))
    people = {e.name: set(e.aliases) for e in res.entities.values() if e.kind == Kind.PERSON}
    assert list(people) == [person] and alias in people[person]
    assert {k for s, k in res.spans if s.text == alias} == {k for s, k in res.spans if s.text == person}

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
    # the head words of a body named earlier, with or without their modifiers, are that body
    ("The Ostravian Supreme Court of Appeals ruled on Monday. Lawyers said the Supreme Court had erred. "
     "The Court will sit again in May.",
     {"Ostravian Supreme Court of Appeals": {"Supreme Court", "Court"}}),
    ("The Varnish Growers Union of Oltenia met on Friday. The Growers Union said prices were too low.",
     {"Varnish Growers Union of Oltenia": {"Growers Union"}}),
    # a body first named without its country adjective is the body named with it
    ("The Senate passed the bill. Critics of the Italian Senate said the vote was rushed.",
     {"Italian Senate": {"Senate"}}),
    # a short name that fits the heads of two bodies named earlier stays apart from both
    ("The Supreme Court of Ostravia and the Supreme Court of Brelia disagreed. "
     "The Supreme Court said it would not comment.",
     {"Supreme Court of Ostravia": set(), "Supreme Court of Brelia": set(), "Supreme Court": set()}),
    # the short name must come after the full one; a complement word is no head
    ("Quarto Court filed the papers. on Monday the Supreme Court of Appeals took the case.",
     {"Quarto Court": set(), "Supreme Court of Appeals": set()}),
    ("The Bank of Veltravia raised rates. Veltravia Holdings said little.",
     {"Bank of Veltravia": set(), "Veltravia Holdings": set()}),
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


@pytest.mark.parametrize(("text", "person", "alias"), [
    # an Arabic surname's article is capitalised when it opens a sentence: the same surname
    ("Tarek Aziz received Haidar al-Rubaie in Ankara. For his part, al-Rubaie said so.\n\nAl-Rubaie will see the "
     "president.", "Haidar al-Rubaie", "Al-Rubaie"),
    ("Khalid al-Obeidi met Hoda Nour in Baghdad on Monday.\n\nAl-Obeidi said the talks went well.",
     "Khalid al-Obeidi", "Al-Obeidi"),
])
def test_a_surname_opening_a_sentence_with_its_article_is_the_same_person(nlp: Language, text: str, person: str,
                                                                        alias: str) -> None:
    res = resolve_document(nlp(text))
    people = {e.name: set(e.aliases) for e in res.entities.values() if e.kind == Kind.PERSON}
    assert alias in people[person] and alias not in people


@pytest.mark.parametrize(("text", "person", "alias"), [
    # a style and the given name are the short form of the one full name beginning with that given name
    ("On the other side was Sheikh Hamdan bin Rashid al-Marri, the chairman of the port company. According to the "
     "notes, Sheikh Hamdan offered to pay.", "Hamdan bin Rashid al-Marri", "Sheikh Hamdan"),
])
def test_a_style_and_a_given_name_are_the_full_name(nlp: Language, text: str, person: str, alias: str) -> None:
    res = resolve_document(nlp(text))
    people = {e.name: set(e.aliases) for e in res.entities.values() if e.kind == Kind.PERSON}
    assert alias in people[person] and alias not in people


# (text, {(kind, name)} expected exactly): the kind of a name from the article's evidence around any of its mentions
KINDS = [
    # a class noun before a name, or a list it is given in, makes a company; a product noun a thing
    ("Sales at electronics retailer Quarto Mart rose. Quarto Mart said demand was strong.",
     {(Kind.ORGANIZATION, "Quarto Mart")}),
    ("Other retailers, including Quarto Mart, did not comment.", {(Kind.ORGANIZATION, "Quarto Mart")}),
    ("Zentek showed the new Pelican 4.0 web browser on Monday.", {(Kind.ORGANIZATION, "Zentek")}),
    # an index and a holiday are no entities
    ("In Hong Kong, the Hang Seng index fell 5.5 percent. The Hang Seng had gained on Monday.",
     {(Kind.COUNTRY, "Hong Kong")}),
    ("U.S. markets are closed on Monday for Martin Luther King Jr. Day, a national holiday.",
     {(Kind.COUNTRY, "United States")}),
    # a counterpart set off by commas, and a king's title, make people (and their short forms follow)
    ("Prime Minister Hun Sen met with his Thai counterpart, Abhisit Vejjajiva, on Friday. "
     "Abhisit said he hoped for progress.", {(Kind.PERSON, "Hun Sen"), (Kind.PERSON, "Abhisit Vejjajiva"),
                                             (Kind.COUNTRY, "Thailand")}),  # "Thai" a demonym since session 16
    ("The head of the bloc, Swaziland's King Mswati III, said the parties must meet.",
     {(Kind.COUNTRY, "Eswatini"), (Kind.PERSON, "Mswati III")}),
    # a summit of two parties is a meeting, not a body
    ("The ministers discussed the Norland-Vesta Summit to be held in June.", set()),
    # a title right before a name, or a title in apposition after it, makes a person
    ("Councilor Brenna Okafor voted against the plan.", {(Kind.PERSON, "Brenna Okafor")}),
    ("Okonkwo Adebayo, chairman of the Unity party, resigned on Monday.", {(Kind.PERSON, "Okonkwo Adebayo")}),
    # a company's product is no evidence against the company
    ("Airbus delivered the first Airbus plane to Qantas.", {(Kind.ORGANIZATION, "Airbus"), (Kind.ORGANIZATION, "Qantas")}),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_a_names_kind_from_the_articles_evidence(nlp: Language, text: str, expected: set[tuple[Kind, str]]) -> None:
    res = resolve_document(nlp(text))
    assert {(e.kind, e.name) for e in res.entities.values()} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a hyphenated given name keeps its second part
    ("South Korean President Moon Jae-in met Kim Jong Un on Friday.", "Moon Jae-in"),
    ("Acting President Choi Sang-mok spoke to reporters.", "Choi Sang-mok"),
    ("After a meeting with his South Korean counterpart Lee Do-hoon, the envoy left.", "Lee Do-hoon"),
    # a name the tagger cut in two is one name
    ("It was all smiles as Pakistani Foreign Minister Shah Mahmood Qureshi and his counterpart emerged.",
     "Shah Mahmood Qureshi"),
])
def test_name_boundaries(nlp: Language, text: str, name: str) -> None:
    res = resolve_document(nlp(text))
    assert name in {e.name for e in res.entities.values() if e.kind == Kind.PERSON}
    assert any(s.text == name for s, _ in res.spans)

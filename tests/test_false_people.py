"""Names the model takes for people that the article uses as bodies, outlets, places or peoples (issue 14,
false people). Each row sets the model's entities by hand, so that it tests the construction whatever the
model tags; names and sentences are invented, in several outlets' wordings."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.nlp.components.false_people import FalsePeople

from .conftest import entities, with_entities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _relabelled(nlp: Language, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """FalsePeople on the parsed text with the given (name, label) entities, each found after the last."""
    return [(e.text, e.label_) for e in FalsePeople()(with_entities(nlp, text, ents)).ents]


P = "PERSON"
# (text, the model's entities, what FalsePeople must leave)
CASES = [
    # the title of a body's head, or a noun of its members, right after the name: a body
    ("Vorna Dal leader Mirela Osk said talks with the government had stalled.",
     [("Vorna Dal", P), ("Mirela Osk", P)], [("Vorna Dal", "ORG"), ("Mirela Osk", P)]),
    ("Asked about the budget, Mirela Osk said Vorna Dal backbenchers would not vote for it.",
     [("Mirela Osk", P), ("Vorna Dal", P)], [("Mirela Osk", P), ("Vorna Dal", "ORG")]),
    ("Sorvat Unie's presidential council will meet on Friday to decide.", [("Sorvat Unie", P)],
     [("Sorvat Unie", "ORG")]),
    # ... of a place's head: a place
    ("Tanri Valley Governor Ade Bolarin led the delegation to the capital.",
     [("Tanri Valley", P), ("Ade Bolarin", P)], [("Tanri Valley", "PLACE"), ("Ade Bolarin", P)]),
    # after "of" and a person's name (or a head's title): a body or a place, no person's
    ("The talks were joined by Ilse Moor of Sorvat Unie, who said little.",
     [("Ilse Moor", P), ("Sorvat Unie", P)], [("Ilse Moor", P), ("Sorvat Unie", "ORG")]),
    ("Governor Ade Bolarin of Tanri State led the delegation.", [("Ade Bolarin", P), ("Tanri State", P)],
     [("Ade Bolarin", P), ("Tanri State", "PLACE")]),
    # a body's acronym after it, or a name in brackets after a body's name
    ("Her Kordo Sola Unie (KSU) voted against the plan.", [("Kordo Sola Unie", P), ("KSU", "ORG")],
     [("Kordo Sola Unie", "ORG"), ("KSU", "ORG")]),
    ("The head of the Green Path (Zelena Staza), Ana Roe, met the others.", [("Green Path", "ORG"),
     ("Zelena Staza", P), ("Ana Roe", P)], [("Green Path", "ORG"), ("Zelena Staza", "ORG"), ("Ana Roe", P)]),
    ("Talks were held in Port Elm (Porto Olmo), where the two met.", [("Port Elm", "GPE"), ("Porto Olmo", P)],
     [("Port Elm", "GPE"), ("Porto Olmo", "PLACE")]),
    # an outlet told, or reading a document
    ('"Not yet," Patrik Holm told Kaleva on Tuesday.', [("Patrik Holm", P), ("Kaleva", P)],
     [("Patrik Holm", P), ("Kaleva", "ORG")]),
    ("According to a draft seen by Nordvind, the two ministers agreed to meet again.", [("Nordvind", P)],
     [("Nordvind", "ORG")]),
    # places: "X, where", a list with a place and a mention after "in", a site's noun, a place class word
    ("The envoy then drove to Tamsar el-Pol, where he held talks with the speaker.", [("Tamsar el-Pol", P)],
     [("Tamsar el-Pol", "PLACE")]),
    ("Boats sat idle in ports like Osanwe and Peldar. The group will meet in Peldar in May.",
     [("Osanwe", "GPE"), ("Peldar", P), ("Peldar", P)], [("Osanwe", "GPE"), ("Peldar", "PLACE"), ("Peldar", "PLACE")]),
    ("Workers at the Kolmar mine walked out on Monday.", [("Kolmar", P)], [("Kolmar", "PLACE")]),
    ("He later paid a courtesy call on the premier at his Osunde office.", [("Osunde", P)], [("Osunde", "PLACE")]),
    ("Chad's government spokesman declined to comment on the talks in Chad.", [("Chad", P), ("Chad", "GPE")],
     [("Chad", "COUNTRY"), ("Chad", "GPE")]),
    # a title inside the span after a place's name: the place, then the person
    ("Kaunas Mayor Rimas Vaitkus hosted a dinner for both delegations.", [("Kaunas Mayor Rimas Vaitkus", P)],
     [("Kaunas", "PLACE"), ("Rimas Vaitkus", P)]),
    ("In Kaunas Ms Roe called on the mayor.", [("Kaunas Ms Roe", P)], [("Kaunas", "PLACE"), ("Roe", P)]),
    # a people: a place of the article with a demonym's ending, written as a plural
    ("Nearly 800,000 Keralites work in the Gulf, the Kerala government said.", [("Keralites", P), ("Kerala", "GPE")],
     [("Keralites", "NORP"), ("Kerala", "GPE")]),
    # ... but a person's name stays one: a staff title after it, a title before a mention, a given name, a
    # possessive after "in", a title's own words
    ("Trump adviser Ana Roe said the deal was done.", [("Trump", P), ("Ana Roe", P)], [("Trump", P), ("Ana Roe", P)]),
    ('"Not yet," Patrik Holm told Kaleva. Mr Kaleva said he agreed.', [("Patrik Holm", P), ("Kaleva", P), ("Kaleva", P)],
     [("Patrik Holm", P), ("Kaleva", P), ("Kaleva", P)]),
    ("Take Obama: Obama's national security adviser backs the plan.", [("Obama", "GPE"), ("Obama", P)],
     [("Obama", "GPE"), ("Obama", P)]),
    ("Jordan King hosted the dinner on Tuesday.", [("Jordan King", P)], [("Jordan King", P)]),
    ("The deal was sealed in Moravec's office on Friday.", [("Moravec", P)], [("Moravec", P)]),
    ("The Head of State welcomed the spirit of the talks.", [("Head of State", P)], [("Head of State", P)]),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_false_people(nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _relabelled(nlp, text, ents) == expected


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Vorna Dal leader Mirela Osk said on Monday that talks with the government had stalled.", "Vorna Dal",
     "ORGANIZATION"),
    ('"We are not there yet," Patrik Holm told Kaleva on Tuesday.', "Kaleva", "ORGANIZATION"),
])
def test_false_people_through_the_pipeline(nlp: Language, text: str, name: str, kind: str) -> None:
    assert entities(nlp, text)[name].name == kind

"""Roles: the constructions of news English that give a person's title and state (tables of sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.roles import extract_roles
from kg.resolve.document import resolve_document
from kg.records import Article


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def _roles(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    res = resolve_document(doc)
    roles, _ = extract_roles(doc, Article("t", text, "t", dt.date(2019, 1, 18)), res)
    return {(res.entities[r.person].name, r.title, res.entities[r.organization].name if r.organization else None)
            for r in roles}


# text, (person, title, organization) that must be among the roles
CASES = [
    # the office a person is elected or appointed to
    ("The U.N. chief welcomed the election of Senator Barack Obama as U.S. president.",
     ("Barack Obama", "president", "United States")),
    ("Joe Biden was elected vice president of the United States in 2008.",
     ("Joe Biden", "vice president", "United States")),
    ("The king welcomed the appointment of Shinzo Abe as prime minister.",
     ("Shinzo Abe", "prime minister", None)),
    # a title with its complement ("to X", "for X") before the name
    ("Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China Anami Koreshige.",
     ("Anami Koreshige", "ambassador to China", "Japan")),
    ("South Korean Special Representative for the Korean Peninsula Peace and Security Affairs Lee Do-hoon "
     "said the process had reached a critical stage.",
     ("Lee Do-hoon", "Special Representative for the Korean Peninsula Peace and Security Affairs", "South Korea")),
    # "counterpart" between the state and the title, or standing alone
    ("The deal was signed by Condoleezza Rice and her Brazilian counterpart Foreign Minister Celso Amorim.",
     ("Celso Amorim", "Foreign Minister", "Brazil")),
    ("Stephen Biegun met his South Korean counterpart Cho Tae Yong on Monday.",
     ("Cho Tae Yong", None, "South Korea")),
    # the plain constructions stay
    ("U.S. President Donald Trump met North Korean leader Kim Jong Un.",
     ("Kim Jong Un", "leader", "North Korea")),
    # titles of other languages that English news keeps
    ("Irish Taoiseach Leo Varadkar met German Chancellor Olaf Scholz in Berlin on Monday.",
     ("Leo Varadkar", "Taoiseach", "Ireland")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_role_constructions(nlp, text, expected):
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize("text", [
    "The election of Barack Obama was a surprise to many.",  # no office named
    "Barack Obama was elected in 2008.",
    "Trump spoke to his counterparts on Friday.",  # no one named after "counterparts"
])
def test_no_office(nlp, text):
    assert all(title is None or title.lower() not in {"president"} for _, title, _ in _roles(nlp, text)) \
        and not any(org for _, title, org in _roles(nlp, text) if title is None)

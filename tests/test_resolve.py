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

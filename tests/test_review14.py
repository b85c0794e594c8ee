"""Review 14's findings on the rules landed in session 14, each on the reviewer's sentence and variants
in other outlets' wording (invented names), through the real model and the whole per-article analysis."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.pipeline import analyze
from kg.records import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _facts(nlp: Language, text: str):  # noqa: ANN202 - the analysis' record of facts
    return analyze(nlp(text), Article("t", text, "<test>", dt.date(2019, 6, 14)))


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind.value for e in _facts(nlp, text).entities}


# 1. a company before a lower-case facility noun that acts elsewhere stays a company (org_places)
@pytest.mark.parametrize("text,name", [
    ("Trucks queued at the Adani port in Mundra on Friday. Adani said exports of coal would resume next week.",
     "Adani"),
    ("Dockers struck at the Hutchison port in Felixstowe on Monday. Hutchison said talks with the union would "
     "continue.", "Hutchison"),
])
def test_company_before_facility_noun_stays_a_body(nlp: Language, text: str, name: str) -> None:
    assert _kinds(nlp, text).get(name) == "Organization"

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
]


@pytest.mark.parametrize("name,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_title_rows(nlp: Language, name: str, text: str, expected: tuple[str, str, str | None]) -> None:
    found = _roles(nlp, text)
    assert expected in found, found

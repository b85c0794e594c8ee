"""Organizations that are not organizations, and one node per body (issue 14): each construction on
sentences written for the test with invented names, through the real pipeline (model loaded once)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import load_pipeline
from kg.records import Kind
from kg.resolve.document import resolve_document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def kinds(nlp: Language, text: str) -> dict[str, Kind]:
    return {e.name: e.kind for e in resolve_document(nlp(text)).entities.values()}


# (text, entities that must be there with their kind, names that must not be any entity)
CASES = [
    # a name ending in the surname of a person of the article is that person: a double surname repeated
    # without the given name, the full name in a headline, a salutation or a transcript's speaker in capitals
    ("Portuguese President Joaquim Teodoro Valadares arrived on Tuesday. In the afternoon, Teodoro Valadares "
     "went to the city hall, where he met the mayor.",
     {"Joaquim Teodoro Valadares": Kind.PERSON}, {"Teodoro Valadares"}),
    ("The mayor, Renata Quirino Bastos, signed the protocol. \"We are family,\" Quirino Bastos said.",
     {"Renata Quirino Bastos": Kind.PERSON}, {"Quirino Bastos"}),
    ("Prime Minister of Georgia Levan Zurabashvili visited Brussels.\n\nDear Levan, thank you for your visit.",
     {"Levan Zurabashvili": Kind.PERSON}, {"Dear Levan"}),
    ("Foreign Minister Tomas Ruakere-Hale of New Zealand spoke first.\n\nMINISTER RUAKERE-HALE: Thank you all "
     "for coming.",
     {"Tomas Ruakere-Hale": Kind.PERSON}, {"RUAKERE-HALE", "MINISTER RUAKERE-HALE"}),
    # ... but not a body named after a person, nor a company
    ("The Tamsin Oduya Foundation funds schools. Tamsin Oduya founded it in 2004.",
     {"Tamsin Oduya": Kind.PERSON}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_not_organizations(nlp: Language, text: str, present: dict[str, Kind], absent: set[str]) -> None:
    found = kinds(nlp, text)
    for name, kind in present.items():
        assert found.get(name) == kind, (name, found)
    assert not absent & set(found), found
    assert not any(kind == Kind.ORGANIZATION for name, kind in found.items() if name in present), found

"""The Resolution of a document is frozen once built: the extractors read it and return what they find
beside it (an implied country, a "the president" mention), and leave it equal to what they were given."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kg.extract import facts_from_doc
from kg.extract.meetings import extract_meetings
from kg.extract.quotes import extract_quotes
from kg.extract.roles import extract_roles
from kg.records import Article, Entity
from kg.resolve.descriptions import resolve_descriptions
from kg.resolve.document import Resolution, resolve_document

# an invented article: a US title that implies the country it never names, "the president", a meeting
# in a capital and a quotation
TEXT = ("Prime Minister Shinzo Abe met President Donald Trump in Tokyo on Friday, and the two leaders discussed "
        "trade. Secretary of State Mike Pompeo joined the talks later. The president told reporters the meeting "
        "had been productive. “We are making progress,” Abe said.")
ARTICLE = Article("frozen.txt", TEXT, "frozen.txt", dt.date(2019, 1, 18))
USA = "country/USA"


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    from kg.nlp import load_pipeline

    doc = load_pipeline()(TEXT)
    return doc, resolve_document(doc)


def _copy(res: Resolution) -> tuple[dict[str, Entity], list[tuple[int, int, str]], list[tuple[int, int, tuple[str, ...]]]]:
    """What a resolution holds, in plain values that share nothing with it."""
    return (dict(res.entities), [(s.start, s.end, k) for s, k in res.spans],
            [(s.start, s.end, ks) for s, ks in res.ambiguous])


def test_a_resolution_cannot_be_changed(parsed) -> None:  # type: ignore[no-untyped-def]
    _, res = parsed
    key, entity = next(iter(res.entities.items()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.entities = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        res.entities[USA] = entity  # type: ignore[index]
    with pytest.raises(TypeError):
        del res.entities[key]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        res.spans.append(res.spans[0])  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        res.add_country("USA")  # type: ignore[attr-defined]
    # built from a dict, a resolution keeps a copy of its own: the dict changing later changes nothing
    given = {key: entity}
    built = Resolution(given)
    given.clear()
    assert dict(built.entities) == {key: entity}


def test_extractors_leave_the_resolution_as_given(parsed) -> None:  # type: ignore[no-untyped-def]
    doc, res = parsed
    before = _copy(res)
    assert USA not in res.entities  # the article never names the United States

    roles = extract_roles(doc, ARTICLE, res)
    assert _copy(res) == before
    pompeo = next(r for r in roles.roles if r.title == "Secretary of State")
    assert pompeo.organization == USA and [e.key for e in roles.entities] == [USA]  # returned, not added

    described = resolve_descriptions(doc, res.with_entities(roles.entities), roles.roles)
    assert _copy(res) == before
    president = [(s.text, k) for s, k in described.spans if s.text == "The president"]
    assert president == [("The president", "person/donald-trump")]
    assert "The president" in described.entities["person/donald-trump"].aliases
    assert USA in described.entities and "The president" not in [s.text for s, _ in res.spans]

    found = extract_meetings(doc, ARTICLE, described, list(roles.roles))
    quotes = extract_quotes(doc, ARTICLE, described)
    assert _copy(res) == before
    meeting = next(m for m in found.meetings if m.trigger == "met")
    assert {"person/donald-trump", "person/shinzo-abe"} <= set(meeting.participants)
    assert meeting.place == "place/tokyo"
    assert not {e.key for e in found.entities} & set(described.entities)  # only what resolution had not
    assert [q.speaker for q in quotes] == ["person/shinzo-abe"]

    facts = facts_from_doc(doc, ARTICLE, res)
    assert _copy(res) == before
    # the article's entities and mentions are the union of what each extractor returned
    keys = {e.key for e in facts.entities}
    assert keys == set(res.entities) | {USA} | {e.key for e in found.entities}
    assert ("The president", "person/donald-trump") in [(m.text, m.entity) for m in facts.mentions]

"""Issue 3 acceptance on the seed article, read back from the written Turtle as a user would query it."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

PREFIXES = """PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def g(seed_ttl: Path) -> Graph:
    return Graph().parse(seed_ttl, format="turtle")


def rows(g: Graph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) if v is not None else "" for v in row) for row in g.query(PREFIXES + query))


def test_four_meetings_with_dates_places_and_status(g: Graph) -> None:
    found = rows(g, """SELECT ?names ?date ?place ?status ?duration WHERE {
        ?m a kg:Meeting ; kg:status ?st ; schema:startDate ?date .
        BIND(STRAFTER(STR(?st), "#") AS ?status)
        OPTIONAL { ?m schema:location/schema:name ?place } OPTIONAL { ?m schema:duration ?duration }
        { SELECT ?m (GROUP_CONCAT(?n; separator="+") AS ?names) WHERE {
            SELECT ?m ?n WHERE { ?m schema:attendee/schema:name ?n } ORDER BY ?n } GROUP BY ?m } }""")
    assert ("Donald Trump+Kim Jong Un", "2019-02", "", "Planned", "") in found
    assert ("Donald Trump+Kim Jong Un", "2018-06", "Singapore", "Held", "") in found
    assert ("Kim Yong Chol+Mike Pompeo", "2019-01-18", "Washington", "Held", "") in found
    oval = [r for r in found if r[0] == "Donald Trump+Kim Yong Chol"]
    assert len(oval) == 1 and oval[0][1:4] == ("2019-01-18", "Oval Office", "Held")
    assert oval[0][4] in {"PT90M", "PT1H30M"}  # the same xsd:duration, as each writer spells it
    assert len(found) == 4


def test_titles_and_affiliations(g: Graph) -> None:
    found = rows(g, """SELECT ?name ?title ?org WHERE { ?p a schema:Person ; schema:name ?name .
        ?ms org:member ?p ; kg:title ?title . OPTIONAL { ?ms org:organization/schema:name ?org } }""")
    assert ("Sarah Sanders", "Press Secretary", "") in found or any(
        r[:2] == ("Sarah Sanders", "Press Secretary") for r in found)
    assert ("Mike Pompeo", "Secretary of State", "United States") in found
    assert ("Antonio Guterres", "Secretary-General", "United Nations") in found
    assert ("Donald Trump", "President", "United States") in found
    assert rows(g, 'SELECT ?t WHERE { ?p schema:name "Mike Pompeo" ; schema:jobTitle ?t }') == [("Secretary of State",)]


def test_quotations_of_the_four_speakers(g: Graph) -> None:
    found = rows(g, "SELECT ?who ?text WHERE { ?q a schema:Quotation ; schema:text ?text ; "
                    "schema:creator/schema:name ?who ; schema:isPartOf ?a . ?a a schema:NewsArticle }")
    speakers = {who for who, _ in found}
    assert {"Sarah Sanders", "Scott Snyder", "Donald Trump", "Antonio Guterres"} <= speakers
    assert ("Donald Trump", "With North Korea, we have a very good dialogue,") in found
    assert any(who == "Antonio Guterres" and text.startswith("We believe it’s high time") for who, text in found)


def test_every_fact_has_evidence_and_confidence(g: Graph) -> None:
    missing = rows(g, """SELECT ?f WHERE { ?f a ?c . VALUES ?c { kg:Meeting schema:Quotation org:Membership }
        FILTER NOT EXISTS { ?f kg:confidence ?x ; kg:evidence ?e . ?e kg:sentence ?s ; nif:beginIndex ?b ;
                            nif:endIndex ?end ; nif:referenceContext ?a . ?a a schema:NewsArticle } }""")
    assert missing == []
    # the evidence offsets cut the sentence out of the article text
    for text, begin, end, sentence in g.query(PREFIXES + """SELECT ?text ?b ?e ?s WHERE {
            ?f kg:evidence ?ev . ?ev kg:sentence ?s ; nif:beginIndex ?b ; nif:endIndex ?e ;
            nif:referenceContext ?a . ?a nif:isString ?text }"""):
        assert str(text)[int(begin):int(end)] == str(sentence)

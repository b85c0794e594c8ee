"""Typing from the article's own evidence (issue 14, item 1). A name the model took for a person is
none when the article's words say so: common nouns written with a capital, a lone word listed with a
company, "X, which", a product noun after a lone name, a model of a product line. And names of bodies
and places the model cuts or misses. Sentences and names are invented; where a row tests one rule, the
entities are set by hand so that it tests the rule whatever the model tags."""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import load_pipeline
from kg.nlp.components import SpanRepair, TypeRepair
from kg.nlp.components.given_names import given_names
from kg.nlp.lexicon import common_nouns
from kg.records import Kind
from kg.resolve.document import resolve_document

from .conftest import with_entities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _repaired(nlp: Language, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """TypeRepair on the parsed text with the given (name, label) entities, each found after the last."""
    return [(e.text, e.label_) for e in TypeRepair()(with_entities(nlp, text, ents)).ents]


# (text, the model's entities, what TypeRepair must leave)
CASES = [
    # a capitalised common noun is no one's name: a feature, a benchmark, a programme, plural people
    ("The biggest novelty of the update is Lantern.", [("Lantern", "PERSON")], []),
    ("Kettle crude fell $2 to $70 a barrel in Rotterdam.", [("Kettle", "PERSON"), ("Rotterdam", "PLACE")],
     [("Rotterdam", "PLACE")]),
    ("The analyst spoke on Vexon's Paper Trails on Friday.", [("Vexon", "ORG"), ("Paper Trails", "PERSON")],
     [("Vexon", "ORG")]),
    ("Shows such as Brave Housewives will be sold for $2.", [("Housewives", "PERSON")], []),
    # ... but a title, a given name or a fuller name of the article makes it a person's
    ("Spokesman Fisher declined to comment.", [("Fisher", "PERSON")], [("Fisher", "PERSON")]),
    ("Rose Compass, a trader, said prices would fall.", [("Rose Compass", "PERSON")], [("Rose Compass", "PERSON")]),
    ("Ana Ledger joined the firm in May. Ledger said she was pleased.",
     [("Ana Ledger", "PERSON"), ("Ledger", "PERSON")], [("Ana Ledger", "PERSON"), ("Ledger", "PERSON")]),
    # one word that is no noun keeps a name ("Kolo Sen": "sen" is a coin, "Kolo" no noun)
    ("Kolo Sen said the talks would go on.", [("Kolo Sen", "PERSON")], [("Kolo Sen", "PERSON")]),
    # a body's last word leaves the name to the organization rules
    ("Vexon will sell Comet Corporation to a rival.", [("Vexon", "ORG"), ("Comet Corporation", "PERSON")],
     [("Vexon", "ORG"), ("Comet Corporation", "ORG")]),
    # a person's name before a holiday's head names a day
    ("Markets were closed on Monday for Ana Vexler Jr. Day, a national holiday.",
     [("Ana Vexler Jr. Day", "PERSON")], [("Ana Vexler Jr. Day", "EVENT")]),
    ("Markets were closed for the Ana Vexler holiday.", [("Ana Vexler", "PERSON")], [("Ana Vexler", "EVENT")]),
    # a lone singular occupation may be a surname
    ("Baker told the court the deal was fair.", [("Baker", "PERSON")], [("Baker", "PERSON")]),
    # a lone word coordinated with a company is a company
    ("The contract was contested by Tervola and Marquand in 2006.",
     [("Tervola", "ORG"), ("Marquand", "PERSON")], [("Tervola", "ORG"), ("Marquand", "ORG")]),
    # ... a person with a full name beside a company stays a person
    ("The deal was praised by Tervola and Ivo Marquand on Monday.",
     [("Tervola", "ORG"), ("Ivo Marquand", "PERSON")], [("Tervola", "ORG"), ("Ivo Marquand", "PERSON")]),
    # people are "who": a name followed by "which" beside a company is a company
    ("Gains came from Tervola Motors and Kestrel Hathaway, which helped the index rise.",
     [("Tervola Motors", "ORG"), ("Kestrel Hathaway", "PERSON")],
     [("Tervola Motors", "ORG"), ("Kestrel Hathaway", "ORG")]),
    # ... a name that opens with a given name stays a person ("which" may refer to what was said)
    ("The board met Dale Ransome, which pleased investors.", [("Dale Ransome", "PERSON")],
     [("Dale Ransome", "PERSON")]),
    # a name of no given name coordinated with a product (by label or by form) is a product ...
    ("It came with the previous iZorb Touch and Brindle Wi-Fi updates.",
     [("iZorb Touch", "ORG"), ("Brindle Wi-Fi", "PERSON")], [("iZorb Touch", "PRODUCT"), ("Brindle Wi-Fi", "PRODUCT")]),
    # ... not a person with a given name
    ("Vexon showed the iZorb and Tim Ransome on stage.",
     [("Vexon", "ORG"), ("iZorb", "PRODUCT"), ("Tim Ransome", "PERSON")],
     [("Vexon", "ORG"), ("iZorb", "PRODUCT"), ("Tim Ransome", "PERSON")]),
    # a company's evidence: shares, stock, "its"
    ("Shares of Dale Ransome fell 3% on Friday.", [("Dale Ransome", "PERSON")], [("Dale Ransome", "ORG")]),
    ("Dale Ransome's stock fell 3% on Friday.", [("Dale Ransome", "PERSON")], [("Dale Ransome", "ORG")]),
    ("Dale Ransome said its profits rose.", [("Dale Ransome", "PERSON")], [("Dale Ransome", "ORG")]),
    ("Dale Ransome said his profits rose.", [("Dale Ransome", "PERSON")], [("Dale Ransome", "PERSON")]),
    # a form of address only people take makes what follows a person's, whatever class noun the parse hung it on
    ("The drivers' union met the Minister of Roads, Mr Yaw Ofori-Atta, in Accra on Monday.",
     [("Yaw Ofori-Atta", "ORG"), ("Accra", "PLACE")], [("Yaw Ofori-Atta", "PERSON"), ("Accra", "PLACE")]),
    ("Ms Naledi Dube-Mokoena told the council the offer was too low.", [("Naledi Dube-Mokoena", "ORG")],
     [("Naledi Dube-Mokoena", "PERSON")]),
    ("The association met the regulator, Mallam Sani Bello-Kura, on Friday.", [("Sani Bello-Kura", "ORG")],
     [("Sani Bello-Kura", "PERSON")]),
    # a name and a member's letters after it, read as one name: the person, the letters left out; not a body's words
    ("Opposition health spokeswoman Moira Baird MSP said the plan was flawed.", [("Moira Baird MSP", "ORG")],
     [("Moira Baird", "PERSON")]),
    ("The bill was tabled by Niamh Carolan TD on Tuesday.", [("Niamh Carolan TD", "PERSON")],
     [("Niamh Carolan", "PERSON")]),
    ("The Welsh Labour MP group met on Friday.", [("Welsh Labour MP", "ORG")], [("Welsh Labour MP", "ORG")]),
    # a "given name + thing's noun" body stays a body ("university", "news": no surnames)
    ("Vexon hired a graduate of Dale University last year.", [("Vexon", "ORG"), ("Dale University", "ORG")],
     [("Vexon", "ORG"), ("Dale University", "ORG")]),
    # a lone name before a product noun is a product
    ("Quindle applications will run on the new phone.", [("Quindle", "PERSON")], [("Quindle", "PRODUCT")]),
    # a short form ending a product's name is that product
    ("Vexon released the Zorba SDK on Friday. The SDK will let developers write programs.",
     [("Vexon", "ORG"), ("Zorba SDK", "PRODUCT"), ("SDK", "ORG")],
     [("Vexon", "ORG"), ("Zorba SDK", "PRODUCT"), ("SDK", "PRODUCT")]),
    # another model of a product line named in the article
    ("Vexon unveiled the Zorba Air laptops. Sales of Vexon's 13-inch (33-cm) Zorba Pro fell.",
     [("Vexon", "ORG"), ("Zorba Air", "PRODUCT"), ("Zorba Pro", "PERSON")],
     [("Vexon", "ORG"), ("Zorba Air", "PRODUCT"), ("Zorba Pro", "PRODUCT")]),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_person_candidates_typed_from_the_articles_evidence(
        nlp: Language, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert _repaired(nlp, text, ents) == expected


def test_a_full_stop_after_an_ampersand_name_ends_the_sentence(nlp: Language) -> None:
    doc = nlp("Demand overwhelmed Vexon and T&Q. Buyers waited for hours.")
    assert [t.text for t in doc[4:7]] == ["T&Q", ".", "Buyers"]


def test_the_common_noun_table_holds_only_lower_case_nouns_of_wordnet() -> None:
    nouns = common_nouns()
    assert nouns["dashboard"] == "artifact" and nouns["baker"] == "person"
    # words WordNet also writes with a capital (a surname, a name) are left out
    assert not {"rice", "cook", "smith", "virgin"} & set(nouns)
    assert {"mark", "rose", "bill"} <= given_names()


# -- names of bodies and places the model cuts, misses or takes for a state: the whole pipeline -----------

def _entities(nlp: Language, text: str) -> dict[str, Kind]:
    return {e.name: e.kind for e in resolve_document(nlp(text)).entities.values()}


# (text, entities that must be there with their kind, names that must not be any entity)
BODIES = [
    # a capitalised common noun before a country's name makes a body's name
    ("Jets will go to three airlines - Air Tuvalu, Brindle Airways and Kestrel Airlines.",
     {"Air Tuvalu": Kind.ORGANIZATION}, {"Tuvalu"}),
    # an untagged name between a comma after a class noun of bodies and a full stop
    ("Vexon Motors said it would cut 900 jobs at its Nordic division, Kestrel.\nThe union protested.",
     {"Kestrel": Kind.ORGANIZATION}, set()),
    # a capital written with its country is the city
    ("The jet was damaged at the airport that serves Bangkok, Thailand, on Monday.",
     {"Bangkok": Kind.PLACE, "Thailand": Kind.COUNTRY}, set()),
    # ... and a capital's name after a town is the town's region ("near Tacoma, Washington")
    ("The jet was rolled out at a plant near Tacoma, Washington, in the United States.",
     {"Tacoma": Kind.PLACE, "Washington": Kind.PLACE, "United States": Kind.COUNTRY}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), BODIES, ids=[c[0][:40] for c in BODIES])
def test_bodies_and_places_from_the_articles_constructions(
        nlp: Language, text: str, present: dict[str, Kind], absent: set[str]) -> None:
    found = _entities(nlp, text)
    for name, kind in present.items():
        assert found.get(name) == kind, (name, found)
    assert not absent & set(found), found


def _span_repaired(doc: Doc, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """SpanRepair on the parsed text with the given (name, label) entities, each found after the last."""
    spans, end = [], 0
    for name, label in ents:
        start = doc.text.find(name, end)
        end = start + len(name)
        span = doc.char_span(start, end, label=label)
        assert span is not None, name
        spans.append(span)
    doc.ents = spans
    return [(e.text, e.label_) for e in SpanRepair()(doc).ents]


def test_untagged_words_after_the_before_a_class_noun_of_bodies_are_a_body(nlp: Language) -> None:
    doc = nlp("The best performer was the Brindle Mutual insurance company, which rose 8%.")
    assert _span_repaired(doc, []) == [("Brindle Mutual", "ORG")]


def test_an_organization_after_a_plural_owners_possessive_is_a_name_of_its_own(nlp: Language) -> None:
    doc = nlp("The Monkees' Acme Records has sued Vexon. Acme Records said the case was strong.")
    assert doc[1].tag_ == "NNPS"
    whole = doc.char_span(0, len("The Monkees' Acme Records"), label="WORK_OF_ART")
    later = doc.char_span(doc.text.index("Acme Records said"), doc.text.index(" said the"), label="ORG")
    assert whole is not None and later is not None
    doc.ents = [whole, later]
    assert [(e.text, e.label_) for e in SpanRepair()(doc).ents][:2] == [("Monkees", "ORG"), ("Acme Records", "ORG")]


def test_a_known_place_coordinated_with_a_place_is_one(nlp: Language) -> None:
    doc = nlp("Stock prices dropped sharply in Europe and Asia Monday.")
    europe = doc.char_span(doc.text.index("Europe"), doc.text.index(" and"), label="LOC")
    assert europe is not None
    doc.ents = [europe]
    assert [(e.text, e.label_) for e in SpanRepair()(doc).ents] == [("Europe", "LOC"), ("Asia", "LOC")]


def test_the_common_noun_table_is_the_scripts_output() -> None:
    """kg/data/nlp/common_nouns.tsv is exactly what scripts/make_common_nouns.py derives from WordNet 3.0."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_common_nouns", root / "scripts" / "make_common_nouns.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    wordnet = Path("/usr/share/wordnet")  # Debian's wordnet-base, installed by .ci/setup-system
    assert (wordnet / "data.noun").is_file(), "WordNet 3.0 missing: run .ci/setup-system"
    assert script.render(wordnet) == (root / "kg" / "data" / "nlp" / "common_nouns.tsv").read_text(encoding="utf-8")

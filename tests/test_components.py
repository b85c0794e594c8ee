"""Our spaCy components on short news sentences, with the real model (loaded once for the module).

Each table row is a sentence and what must (or must not) come out of it as (text, label) entities.
"""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import load_pipeline
from kg.nlp.components import TypeRepair


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


# A class noun beside a name gives its type; a type read once holds for every mention of the name.
CLASS_NOUNS = [
    ("U.S. electronics retailer Best Buy will sell it.", ("Best Buy", "ORG")),
    ("German magazine Der Spiegel reported the fault.", ("Der Spiegel", "ORG")),
    ("Irish low cost airline, Ryanair, announced an order. Ryanair's fleet will grow.", ("Ryanair", "ORG")),
    ("The release includes web browser Safari.", ("Safari", "PRODUCT")),
    ("Cerberus Capital Management bought it. Cerberus said so.", ("Cerberus", "ORG")),
]

# Other constructions: corporate titles, "the" + name, a company's possessive, model numbers, camel case.
CONSTRUCTIONS = [
    ("Ryanair CEO, Michael O'Leary, justified his choice.", ("Ryanair", "ORG")),
    ("Uralsib analyst Chris Weafer said so.", ("Uralsib", "ORG")),
    ("The Beatles' label Apple Corps sued.", ("Beatles", "ORG")),
    ("Boeing unveiled its new long-range 777, which it calls the Worldliner.", ("Worldliner", "PRODUCT")),
    ("Apple's Safari is fast.", ("Safari", "PRODUCT")),
    ("The plane has four Rolls-Royce Trent 900 engines.", ("Rolls-Royce Trent 900", "PRODUCT")),
    ("Apple Computer's iTunes Music Store violates the agreement.", ("iTunes Music Store", "PRODUCT")),
    ("The company had documentation from Lockheed Martin, Boeing's rival.", ("Lockheed Martin", "ORG")),
    ("General Motors Corporation (GM) posted a loss.", ("General Motors Corporation", "ORG")),
    ("Many of them chanted the SPLM-IO slogan.", ("SPLM-IO", "ORG")),
    ("The so-called P5+1 talks resume next month.", ("P5+1", "ORG")),
    ("He spoke to the Central Committee of the North Korean Worker's Party.",
     ("the Central Committee of the North Korean Worker's Party", "ORG")),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_NOUNS + CONSTRUCTIONS)
def test_construction_gives_type(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = ents(nlp, text)
    assert expected in found, found
    name, label = expected
    assert all(lab == label for t, lab in found if t == name), found  # every mention


# Stock indices are no organizations.
INDICES = [
    ("The Dow Jones Industrial Average closed at its lowest level. The Dow has fallen 15 percent.", {"Dow"}),
    ("The Dow fell 300 points on Monday. Analysts said the Dow would recover.", {"Dow"}),
    ("In Hong Kong, the Hang Seng index fell 5 percent.", {"Hang Seng"}),
    ("The Nasdaq and the S&P 500 dipped by 96 points.", {"Nasdaq"}),
]


@pytest.mark.parametrize(("text", "names"), INDICES)
def test_index_is_no_entity(nlp: Language, text: str, names: set[str]) -> None:
    assert not {t for t, _ in ents(nlp, text)} & names


# What the rules must leave alone.
UNTOUCHED = [
    ("In the new version, Apple has been focusing on speed.", ("Apple", "ORG")),  # class noun not linked
    ("Presidential spokesman Ateny Wek Ateny said Kiir will meet Machar. Ateny said so.", ("Ateny Wek Ateny", "PERSON")),
    ("Apple Inc. unveiled Apple TV on Tuesday. Apple said it would ship in February.", ("Apple", "ORG")),
    ("Spokeswoman Sandy Angers said the plant would close.", ("Sandy Angers", "PERSON")),
]


@pytest.mark.parametrize(("text", "expected"), UNTOUCHED)
def test_rules_leave_alone(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in ents(nlp, text)


def _repaired(nlp: Language, text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Run TypeRepair on a parsed doc whose entities are set by hand (to reach a model mistake)."""
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("kg_")]):
        doc: Doc = nlp(text)
    found = []
    for name, label in spans:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None
        found.append(span)
    doc.ents = found
    return {(e.text, e.label_) for e in TypeRepair()(doc).ents}


def test_maker_and_model_is_a_product(nlp: Language) -> None:
    """"Ford Falcon" tagged as a person, beside "Ford Australia": maker + model."""
    out = _repaired(nlp, "Ford Australia will build the new Ford Falcon.", [("Ford Australia", "ORG"), ("Ford Falcon", "PERSON")])
    assert ("Ford Falcon", "PRODUCT") in out


def test_short_name_of_a_company(nlp: Language) -> None:
    """"AirTran" tagged as a place, beside "AirTran Airways": the company's short name."""
    out = _repaired(nlp, "Boeing delivered the jet to AirTran. AirTran Airways thanked Boeing.",
                    [("AirTran", "PLACE"), ("AirTran Airways", "ORG")])
    assert ("AirTran", "ORG") in out


def test_short_name_needs_no_person_word(nlp: Language) -> None:
    """A word of a person's full name is not a company's short name."""
    out = _repaired(nlp, "Disney smiled. Walt Disney met Disney Company bosses.",
                    [("Disney", "PERSON"), ("Walt Disney", "PERSON"), ("Disney Company", "ORG")])
    assert ("Disney", "PERSON") in out


def test_lemmas_are_the_models_though_its_lemmatizer_is_off_the_pipeline(nlp: Language) -> None:
    import spacy

    from kg.nlp import MODEL, lemma

    assert "lemmatizer" not in nlp.pipe_names  # loaded, not run over every token
    full = spacy.load(MODEL)
    text = ("Trump met Kim in Hanoi, and they're expected to hold talks again; the meetings were "
            "cancelled, said the spokeswoman, who is visiting Seoul's leaders.")
    expected = [t.lemma_ for t in full(text)]
    doc = nlp(text)
    assert [t.lemma for t in doc].count(0) > 10  # most tokens get no lemma until one is read
    assert [lemma(t) for t in doc] == expected
    assert [t.lemma_ for t in doc] == expected  # kept on the token once made


@pytest.mark.parametrize(("text", "first"), [
    # a headline without a full stop, then the article's first paragraph
    ("Lind, Barros hold talks in Santiago\n\nNorwegian Foreign Minister Maria Lind met her Chilean counterpart "
     "Jose Barros on Monday.", "Lind, Barros hold talks in Santiago"),
    ("Kiss visits Vienna\n\nHungarian Prime Minister Laszlo Kiss arrived in Vienna on Sunday for talks with "
     "Austrian Chancellor Ivan Petrov.", "Kiss visits Vienna"),
    # a paragraph that starts in lower case still starts a sentence after a blank line
    ("Trade talks resume\n\n\nthe delegations from Peru and Chile resumed talks in Lima.", "Trade talks resume"),
])
def test_a_blank_line_ends_a_sentence(nlp: Language, text: str, first: str) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == first
    assert len(sentences) == 2


def test_a_single_line_break_leaves_a_wrapped_sentence_whole(nlp: Language) -> None:
    text = "The foreign ministers of Norway and Chile met in\nSantiago on Monday to discuss trade."
    assert len(list(nlp(text).sents)) == 1

"""kg.nlp.attribute_rules: the attribute ruler's patterns matched on the arrays give spaCy's Matcher's matches."""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from kg.nlp import load_pipeline
from kg.nlp.attribute_rules import array_matcher, use_array_matcher

TEXTS = [
    "I told him that they'd gone, but there were others: y'all gonna see it. Let's go, c'mon!",
    "The minister, who ain't sure, said something to everyone at the talks in Vienna on Monday.\n\nHer aides got it.",
    "There is a plan that he can't accept; whether it works, nobody knows. Is it his or hers?",
]


def _unruled(text: str):  # noqa: ANN202 - a spaCy Doc
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("kg_") or n == "attribute_ruler"]):
        return nlp(text)


def test_array_matcher_finds_the_matchers_matches_and_sets_the_same_attributes() -> None:
    ruler = load_pipeline().get_pipe("attribute_ruler")
    fast = array_matcher(ruler)
    for text in TEXTS:
        doc = _unruled(text)
        theirs, ours = AttributeRuler.match(ruler, doc.copy()), fast(doc)
        assert sorted(set(ours)) == sorted(set(theirs)) and len(theirs) >= len(doc)
        a, b = doc.copy(), doc.copy()
        ruler.set_annotations(a, theirs)
        ruler.set_annotations(b, ours)
        assert (a.to_array([TAG, POS, MORPH, LEMMA]) == b.to_array([TAG, POS, MORPH, LEMMA])).all()
        assert [t.pos_ for t in a] == [t.pos_ for t in b]


def test_the_loaded_pipeline_uses_it() -> None:
    ruler = load_pipeline().get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the instance's own match, not AttributeRuler.match


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone() -> None:
    ruler = AttributeRuler(load_pipeline().vocab)
    ruler.add([[{"ORTH": "Dr."}]], {"LEMMA": "doctor"})
    assert not use_array_matcher(ruler)
    assert "match" not in vars(ruler)
    other = AttributeRuler(load_pipeline().vocab)
    other.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"POS": "PRON"}, index=1)
    assert use_array_matcher(other)
    doc = _unruled("Are y'all ready?")
    assert [(s, e) for _, _, s, e in other.match(doc)] == [(s, e) for _, _, s, e in AttributeRuler.match(other, doc)]

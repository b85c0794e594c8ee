"""Direct quotations and their speakers, with the real model: a table of constructions and the dev set."""
from __future__ import annotations


import pytest
from spacy.language import Language

from kg.extract.quotes import extract_quotes
from kg.nlp import load_pipeline
from kg.resolve.document import resolve_document
from kg.records import Article, Quote



@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def quotes_of(nlp: Language, text: str) -> list[tuple[str, str, Quote]]:
    """(speaker name, quoted text, record) for every quote found in `text`."""
    doc = nlp(text)
    res = resolve_document(doc)
    return [(res.entities[q.speaker].name, q.text, q) for q in extract_quotes(doc, Article("t", text, "<test>"), res)]


CASES = [
    ("after", "“We will keep the pressure on,” Sarah Sanders said on Friday.",
     [("Sarah Sanders", "We will keep the pressure on,")]),
    ("inverted", 'There is a "missing ingredient," said Scott Snyder, senior fellow at the Council on Foreign Relations.',
     [("Scott Snyder", "missing ingredient,")]),
    ("before colon", "Antonio Guterres said: “The talks must start again seriously.”",
     [("Antonio Guterres", "The talks must start again seriously.")]),
    ("before told", "Donald Trump told reporters “we are making very good progress” on trade.",
     [("Donald Trump", "we are making very good progress")]),
    ("around", "“We are ready,” John Kerry said, “and we will be back next week.”",
     [("John Kerry", "We are ready,"), ("John Kerry", "and we will be back")]),
    ("pronoun", "Angela Merkel arrived in Paris on Monday. “This is a good day for Europe,” she said.",
     [("Angela Merkel", "This is a good day for Europe,")]),
    ("description", "U.S. President Donald Trump met Kim Jong Un in Hanoi. “We have a very good dialogue,” the president said.",
     [("Donald Trump", "We have a very good dialogue,")]),
    ("partial", "Press Secretary Sarah Sanders told reporters the administration is continuing “to make progress” on this front.",
     [("Sarah Sanders", "to make progress")]),
    ("organization", "The meeting, which the White House said was to “discuss efforts to end the nuclear program,” lasted an hour.",
     [("White House", "discuss efforts to end the nuclear")]),
    ("according to", "The summit will be held in March, “probably in Vietnam,” according to Mike Pompeo.",
     [("Mike Pompeo", "probably in Vietnam,")]),
    ("continuation", "“We spent half an hour together,” Ban Ki-moon said.\n\n“He asked many questions about the United Nations.”",
     [("Ban Ki-moon", "We spent half an hour together,"), ("Ban Ki-moon", "He asked many questions")]),
    ("second sentence", "“That is it,” Vladimir Putin said. “All of us together need to think about this.”",
     [("Vladimir Putin", "That is it,"), ("Vladimir Putin", "All of us together")]),
    ("straight and curly", '"We have a shared goal here,” Stephen Biegun said.',
     [("Stephen Biegun", "We have a shared goal here,")]),
    ("scare quote", "Japan's Defense Agency is studying whether “technical errors” explain the incident.", []),
    ("term", "Historians call it the “Sino-Japanese” war, and Wu Daiwei agrees.", []),
    # TeX-style marks, as in corpora converted from PTB text; a quote carried over a line break
    ("backticks", "Acme chief executive Dana Whitlow said ``We will build the plant here.''",
     [("Dana Whitlow", "We will build the plant here.")]),
    ("backticks over lines", "Mara Olsen said in an interview ``We tried everything.\nBut the market fell.''\nShares rose.",
     [("Mara Olsen", "We tried everything.")]),
    # verbs of the lexicon beyond "say"
    ("quipped", "“The food was better than the talks,” Lena Brodsky quipped.",
     [("Lena Brodsky", "The food was better than the talks,")]),
    ("tweeted", "Senator Paul Ardent tweeted “Great day for the farmers of Ohio.”",
     [("Paul Ardent", "Great day for the farmers")]),
    ("pointed out", "“Nobody has signed anything yet,” Carla Menzies pointed out.",
     [("Carla Menzies", "Nobody has signed anything yet,")]),
    # a quoted paragraph with no attribution: the speaker of the sentence just before
    ("paragraph after indirect speech",
     "Foreign Minister Tomas Hale said the talks would resume in May.\n\n“We are determined to finish the work this year.”",
     [("Tomas Hale", "We are determined to finish")]),
    ("sentence after indirect speech",
     "Maria Ortega told reporters the border would stay open. “Nobody will be turned away.”",
     [("Maria Ortega", "Nobody will be turned away.")]),
    ("no speaker before", "The border stayed open on Monday. “Nobody will be turned away.”", []),
    # joint speakers: one record each
    ("joint", "John Harlow and Peter Novak said in a joint statement, “The ceasefire must hold.”",
     [("John Harlow", "The ceasefire must hold."), ("Peter Novak", "The ceasefire must hold.")]),
    # a short phrase a speaker is said to use is a quote; one nobody says is a scare quote
    ("phrase used", "Ruth Abara said she hoped for a “good conversation.”", [("Ruth Abara", "good conversation.")]),
    ("scare", "The so-called “peace dividend” never came, and Oren Blake moved to Lisbon.", []),
    # "she said" goes to the nearest person of that gender, not the last person named
    ("she after a he", "Mr. Alan Morrow met Grace Obuya on Friday. After the meeting, the laureate told reporters "
     "her country had changed. And she said the constitution is “unfair and unjust.”",
     [("Grace Obuya", "unfair and unjust.")]),
    ("he after a she", "Mrs. Helen Varga spoke first, and then George Lindell answered her. “We will not sign,” he said.",
     [("George Lindell", "We will not sign,")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_constructions(nlp: Language, name: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(speaker, quote) for speaker, quote, _ in quotes_of(nlp, text)]
    assert len(found) == len(expected), found
    for (speaker, quote), (want_speaker, prefix) in zip(found, expected):
        assert (speaker, quote[:len(prefix)]) == (want_speaker, prefix), found


def test_offsets_evidence_and_confidence(nlp: Language) -> None:
    text = "Kim Jong Un met Moon Jae-in. “We agreed on a lot,” Moon said. “It was a good day.”"
    found = quotes_of(nlp, text)
    assert [q.confidence for _, _, q in found] == [0.9, 0.6]
    for _, quote, q in found:
        assert text[q.start:q.end] == quote
        assert q.evidence.sentence == text[q.evidence.start:q.evidence.end]
        assert q.evidence.start <= q.start and q.end <= q.evidence.end
    assert found[0][2].evidence.sentence == "“We agreed on a lot,” Moon said."


def test_pronoun_confidence(nlp: Language) -> None:
    found = quotes_of(nlp, "Vladimir Putin met reporters. “It is unlikely,” he said.")
    assert [(s, q.confidence) for s, _, q in found] == [("Vladimir Putin", 0.7)]




def test_speech_verbs_are_the_scripts_output() -> None:
    """The committed lexicon is exactly what scripts/make_speech_verbs.py derives from WordNet 3.0."""
    import importlib.util
    from pathlib import Path

    from kg.data import ROOT, speech_verbs

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("make_speech_verbs", root / "scripts" / "make_speech_verbs.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    wordnet = Path("/usr/share/wordnet")  # Debian's wordnet-base, installed by .ci/setup-system
    assert (wordnet / "data.verb").is_file(), "WordNet 3.0 missing: run .ci/setup-system"
    assert script.render(wordnet) == (ROOT / "quotes" / "speech_verbs.tsv").read_text(encoding="utf-8")
    single, phrasal = speech_verbs()
    assert {"say", "quip", "joke", "tweet", "insist", "add", "write"} <= single
    assert ("point", "out") in phrasal


def test_a_description_inside_a_quote_is_no_subject_a_pronoun_takes_up(nlp: Language) -> None:
    """"“The governor has not read the budget”": the governor inside the quote is not its speaker's subject."""
    from kg.extract.quotes import _quoted_tokens
    from kg.extract.quotes.marks import pair_marks
    from kg.extract.quotes.speakers import person_subjects
    from kg.extract.roles import extract_roles

    text = ('Governor Tom Hale met the mayors on Tuesday. Senator Paul Ortiz spoke after him: "The governor has not '
            'read the budget."')
    doc = nlp(text)
    res = resolve_document(doc)
    roles = extract_roles(doc, Article("t", text, "<t>"), res)
    people = person_subjects(doc, res, roles.roles, roles.nationalities, _quoted_tokens(doc, pair_marks(text)))
    assert [doc[i].text for i, _ in people.subjects] == ["Tom", "Paul"], people.subjects

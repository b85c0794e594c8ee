"""The reporter and the outlet a transcript names for a question: "QUESTION (Jana Roe, Daily Planet):",
"Question: (Ali Khan, City TV)".

Briefing and press-conference transcripts credit each question with the asker's name and outlet in brackets
after the question's label. The first name there is a person, the second a body (an outlet the model may take
for a person's or leave untagged: "Helsingin Sanomat", "Yle"), whatever the model made of either. The labels
are kg/data/nlp/components/org_noise.toml's `question_labels` (a hand list: no resource names them).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.doc_text import token_texts
from kg.nlp.lexicon import words

QUESTION_LABELS = frozenset(words("components/org_noise")["question_labels"])
_MAX_WORDS = 5


def asked_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each question's asker as a person and outlet as a body."""
    found: list[Span] = []
    for i, text in enumerate(token_texts(doc)):  # the texts, not a Token per word: this reads every doc
        if text == "(" and _after_label(doc, i) and (credit := _credit(doc, i + 1)) is not None:
            found += credit
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: s.start)


def _after_label(doc: Doc, i: int) -> bool:
    """The bracket at token i follows a question's label at a line's start ("QUESTION (", "Question: (")."""
    j = i - 1
    if j >= 0 and doc[j].text == ":":
        j -= 1
    if j < 0 or doc[j].text.lower() not in QUESTION_LABELS or not doc[j].text[:1].isupper():
        return False
    return j == 0 or "\n" in doc[j - 1].text or "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space


def _credit(doc: Doc, i: int) -> list[Span] | None:
    """"Name Surname, Outlet)" from token i: two runs of capitalised words split by one comma, then ")" (or "):")."""
    comma = _run_end(doc, i)
    if comma - i < 2 or comma >= len(doc) or doc[comma].text != ",":
        return None
    close = _run_end(doc, comma + 1)
    if close == comma + 1 or close >= len(doc) or not doc[close].text.startswith(")"):  # ")" or "):"
        return None
    return [Span(doc, i, comma, label="PERSON"), Span(doc, comma + 1, close, label="ORG")]


def _run_end(doc: Doc, i: int) -> int:
    """The end of the run of at most five capitalised words (or words joined to them by a hyphen or dot) at i."""
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and (doc[j].text[:1].isupper() or doc[j].text in {"-", "."} and j > i
                                                    and not doc[j - 1].whitespace_):
        j += 1
    return j

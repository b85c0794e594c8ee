"""Bodies in a headline written in title case, where the capitals say nothing of names.

- "Tripartite Council Fails to Agree on Minimum Wage", "Kafue Ridge Resources Provides Update on ...": a capitalised
  finite verb ends the body's (or the place's: "Vietnam, Chile Agree to ...") name before it (the tagger's VBZ/VBD/VBP, or a headline's verb: "Meets", "Visits");
- "Korea, Poland Agree to Expand Defense Industry Cooperation": a name that opens with a verb after "to" on a
  title-case line is the headline's clause, no body.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.doc_text import token_texts
from kg.nlp.lemmas import verb_not_noun
from kg.nlp.lexicon import words

_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
HEADLINE_VERBS = frozenset(words("components/name_joins")["headline_verbs"])


def headline_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each body's name cut at a headline's verb, and the clauses after "to" dropped."""
    out = []
    for span in spans:
        if span.label_ not in {"ORG", "PLACE"} or not _title_case_line(span):
            out.append(span)
            continue
        if span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].lower_ == "to" and verb_not_noun(span[0].text):
            continue  # "Agree to Expand Defense Industry Cooperation"
        end = next((t.i for t in span[1:] if t.is_title and (t.tag_ in _VERB_TAGS or t.lower_ in HEADLINE_VERBS)),
                   span.end)
        out.append(span if end == span.end else Span(doc, span.start, end, label=span.label_))
    return out


def _title_case_line(span: Span) -> bool:
    """The span's line has no lower-case word of more than three letters but small words ("to", "with", "on")."""
    # The line is found on the tokens' texts (a token's trailing whitespace is a space at most), and its verdict kept
    # for the document: every name of a paragraph asks for the same line, and a paragraph is a line.
    doc, texts = span.doc, token_texts(span.doc)
    start, end = span.start, span.end
    while start > 0 and "\n" not in texts[start - 1]:
        start -= 1
    while end < len(texts) and "\n" not in texts[end - 1]:
        end += 1
    lines = doc.user_data.setdefault(_LINES, {})
    found = lines.get((start, end))
    if found is None:
        words = [t for t in doc[start:end] if t.is_alpha]
        found = lines[(start, end)] = len(words) >= 4 and not any(t.is_lower and len(t) > 4 for t in words)
    return found


_LINES = "kg_title_case_lines"  # doc.user_data: (start, end) of a line -> whether it is written in title case

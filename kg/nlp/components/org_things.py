"""Short forms the model took for bodies that name an agreement, a project or a document, read by construction.

- "the Indonesia-EU Comprehensive Economic Partnership Agreement (IEU-CEPA)", "the Turkmenistan-Afghanistan-
  Pakistan-India (TAPI) gas pipeline": letters in brackets right after an agreement's name, or right before a
  project's noun, are that thing's short form; no mention of them names a body ("TAPI", "CEPA talks");
- "inked four MoUs", "signed an MOU": the short forms of a memorandum and its kin are documents.
The word lists are kg/data/nlp/components/org_things.toml.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.base import core
from kg.nlp.doc_text import doc_text
from kg.nlp.lexicon import words

_W = words("components/org_things")
AGREEMENT_HEADS = frozenset(_W["agreement_heads"])
THING_NOUNS = frozenset(_W["thing_nouns"])
DOCUMENT_ABBREVIATIONS = frozenset(_W["document_abbreviations"])
_NOUN_REACH = 3  # "(TAPI) natural gas pipeline": a few words of the project's noun phrase
_NOUN_PHRASE = frozenset({"NOUN", "ADJ", "PROPN"})


def without_things(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without the bodies that are an agreement's, a project's or a document's short form."""
    orgs = [core(s) for s in spans if s.label_ == "ORG"]
    acronyms = {c.text for c in orgs if c.text.replace("-", "").isupper() and len(c.text) > 1}
    things = {text for text in acronyms if _thing_short_form(doc, text)}
    things |= {c.text.split("-")[-1] for c in orgs if c.text in things and "-" in c.text}  # "IEU-CEPA" -> "CEPA"
    if not things and not any(c.text in DOCUMENT_ABBREVIATIONS for c in orgs):
        return spans
    drop = things | DOCUMENT_ABBREVIATIONS
    return [s for s in spans if s.label_ != "ORG" or core(s).text not in drop]


def _thing_short_form(doc: Doc, text: str) -> bool:
    """Letters in brackets after an agreement's name, or before a project's noun (wherever the article puts
    them in brackets, tagged or not)."""
    at = doc_text(doc).find(f"({text})")
    bracket = doc.char_span(at, at + len(text) + 2) if at > 0 else None
    if bracket is None:
        return False
    start, end = bracket.start + 1, bracket.end - 1  # the letters, inside the brackets
    if start >= 2 and doc[start - 2].text in AGREEMENT_HEADS:
        return True
    for t in doc[end + 1:min(len(doc), end + 1 + _NOUN_REACH)]:
        if not t.is_lower or t.pos_ not in _NOUN_PHRASE:
            return False  # "(UCP) welcomed the deal": a verb, so no project's noun phrase
        if t.lower_ in THING_NOUNS:
            return True
    return False

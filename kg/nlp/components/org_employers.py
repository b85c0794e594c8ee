"""Employers named after a person's work: "an associate fellow at Chatham House", "a researcher at the Istanbul
Policy Center", "Ana Roe, an analyst with the Centre for Policy Research". The name after "at" or "with" that
hangs from a noun of research or analysis (kg/data/nlp/components/org_repair.toml, employer_nouns) is the
person's employer, a body, though its last word is a building's ("House", "Center", "Centre") and the
building rules took it for a place (its name goes on as a body's does: org_extents.continued); a known town, a country or a room's name ("at the Oval Office" after no
such noun) stays as it is.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import gazetteer
from kg.nlp.components.base import core
from kg.nlp.components.org_extents import continued
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import words

EMPLOYER_NOUNS = frozenset(words("components/org_repair")["employer_nouns"])
SITE_WORDS = frozenset(words("components/org_repair")["site_words"])
_PREPOSITIONS = frozenset({"at", "with"})
_PLACES = frozenset({"PLACE", "FAC", "LOC"})


def employers(spans: list[Span]) -> list[Span]:
    """The spans with every place named as a person's employer made a body."""
    return [continued(Span(s.doc, core(s).start, core(s).end, label="ORG")) if s.label_ in _PLACES
            and _employer(core(s)) else s for s in spans]


def _employer(c: Span) -> bool:
    if len(c) < 2 or not all(t.text[:1].isupper() or not t.is_alpha for t in (c[0], c[-1])):
        return False  # one word ("at Harvard") is left to the model; a name starts and ends with capitals
    if gazetteer.known_place(c.text) or c.text in gazetteer.country_names() or {c[0].text, c[-1].text} & SITE_WORDS:
        return False  # "a scientist at Cape Canaveral": a site
    root = c.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _PREPOSITIONS and _work_noun(prep.head)


def _work_noun(t: Token) -> bool:
    """A common noun of research or analysis ("analyst", "senior fellows"), not a name."""
    return t.pos_ == "NOUN" and (t.lower_ in EMPLOYER_NOUNS or lemma(t) in EMPLOYER_NOUNS)

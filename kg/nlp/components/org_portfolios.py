"""Names the model took for bodies that are a minister's portfolio or a title's place, read by construction.

- "Spanish Agriculture, Fisheries and Food Minister Name", "Presidential Communications Secretary Name",
  "Kenya's Interior Cabinet Secretary, Name": the capitalised words right before a minister's or secretary's
  title, with a person after it, name the post's portfolio, no body, unless a body's word is among them
  ("Defence Ministry Secretary Name", "US Indo-Pacific Command chief" is no minister's title anyway); a single
  word only when it is one of the lexicon's title modifiers ("Treasury", not "Hezbollah Minister Name");
- "the Karnataka CM", "Kerala CM Name": a place's name and a title's letters are the office-holder, no body.
The word lists are kg/data/nlp/components/org_portfolios.toml and the lexicon's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.base import COMPANY_WORDS, core
from kg.nlp.components.country_offices import TITLE_ACRONYMS
from kg.nlp.lexicon import BODY_WORDS, ORG_HEADS, TITLE_MODIFIERS, words

_W = words("components/org_portfolios")
PORTFOLIO_TITLES = frozenset(_W["portfolio_titles"])
COMPOUND_TITLE_WORDS = frozenset(_W["compound_title_words"])


def without_portfolios(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without the bodies that are a post's portfolio or a title's place (other labels kept); a
    portfolio the document also names as a body elsewhere stays ("Energy Minister X ... the Energy body")."""
    orgs = [s for s in spans if s.label_ == "ORG"]
    portfolios = {s.start for s in orgs if _portfolio(doc, core(s))}
    bodies = {core(s).text for s in orgs if s.start not in portfolios}
    return [s for s in spans if s.label_ != "ORG" or not (
        s.start in portfolios and core(s).text not in bodies or _titled_place(core(s)))]


def _portfolio(doc: Doc, c: Span) -> bool:
    """The words before "Minister"/"Secretary" and a person's name, with no body's word among them."""
    if not len(c) or c.text.isupper():
        return False  # "NATO Secretary-General Name": an acronym names the body
    words_ = [t.text for t in c if t.is_alpha]
    if len(words_) == 1 and words_[0] not in TITLE_MODIFIERS:
        return False  # "Hezbollah Minister Name", "Likud Minister Name": one word is a party, not a portfolio
    if any(w in BODY_WORDS or w.lower() in COMPANY_WORDS or w.lower() in ORG_HEADS and w not in COMPOUND_TITLE_WORDS
           for w in words_):
        return False
    i = c.end
    if i >= len(doc) or not doc[i].is_title or doc[i].lower_ not in PORTFOLIO_TITLES:
        return False
    j = i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1  # "Interior Cabinet Secretary, Joseph Roe,"
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _titled_place(c: Span) -> bool:
    """"the Karnataka CM": capitalised words before a title's letters that end the name."""
    return len(c) > 1 and c[-1].text in TITLE_ACRONYMS and all(t.is_title for t in c[:-1])

"""Names the model took for bodies that are a minister's portfolio or a title's place, read by construction.

- "Spanish Agriculture, Fisheries and Food Minister Name", "Presidential Communications Secretary Name",
  "Kenya's Interior Cabinet Secretary, Name": the capitalised words right before a minister's or secretary's
  title, with a person after it, name the post's portfolio, no body, unless a body's word is among them
  ("Defence Ministry Secretary Name", "US Indo-Pacific Command chief" is no minister's title anyway); a single
  word only when it is one of the lexicon's title modifiers ("Treasury", not "Hezbollah Minister Name");
- "the Karnataka CM", "Kerala CM Name": a place's name and a title's letters are the office-holder, no body;
- "PCG Commandant Admiral Name", "Manila Archbishop Cardinal Name": titles glued to a body's or a town's name
  before a person are no part of it.
The word lists are kg/data/nlp/components/org_portfolios.toml and the lexicon's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.base import COMPANY_WORDS, core
from kg.nlp.components.country_offices import TITLE_ACRONYMS
from kg.nlp.lexicon import BODY_WORDS, ORG_HEADS, PORTFOLIO_JOINERS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS, words

_W = words("components/org_portfolios")
PORTFOLIO_TITLES = frozenset(_W["portfolio_titles"])
COMPOUND_TITLE_WORDS = frozenset(_W["compound_title_words"])
GLUED_RANKS = frozenset(_W["glued_ranks"])
GLUED_STAFF = frozenset(_W["glued_staff"])
POST_OPENERS = frozenset(_W["post_openers"])


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
    words_ = [w for w in c.text.split() if any(ch.isalpha() for ch in w)]  # "Co-operation" one word, no "Co."
    i = _listed_fields_end(doc, c.end)
    listed_before = c.start > 1 and doc[c.start - 1].lower_ in PORTFOLIO_JOINERS and doc[c.start - 2].text in PORTFOLIO_WORDS
    if len(words_) == 1 and words_[0] not in TITLE_MODIFIERS and i == c.end and not (
            listed_before and words_[0] in PORTFOLIO_WORDS):  # "Lands and" + "Housing" + "Minister Name"
        return False  # "Hezbollah Minister Name", "Likud Minister Name": one word is a party, not a portfolio
    if any(w in BODY_WORDS or w.lower() in COMPANY_WORDS or w.lower() in ORG_HEADS and w not in COMPOUND_TITLE_WORDS
           for w in words_ + doc[c.end:i].text.split()):
        return False
    if i >= len(doc) or not (doc[i].is_title or doc[i].is_lower) or doc[i].lower_ not in PORTFOLIO_TITLES:
        return False  # "Foreign Affairs and International Co-operation minister Name": lower case too
    j = i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1  # "Interior Cabinet Secretary, Joseph Roe,"
    return j < len(doc) and doc[j].ent_type_ == "PERSON"


def _listed_fields_end(doc: Doc, i: int) -> int:
    """Where the portfolio's fields listed on from token i end ("and Religious Affairs" of "Education and
    Religious Affairs Minister Name", "and International Co-operation"): joiners and capitalised portfolio
    words (a hyphened word whole); i itself when none follow."""
    j, end = i, i
    while j < len(doc):
        k = _word_end(doc, j)
        word = doc[j:k].text
        if word in PORTFOLIO_WORDS:
            j = end = k
        elif word.lower() in PORTFOLIO_JOINERS:
            j = k
        else:
            break
    return end


def _word_end(doc: Doc, j: int) -> int:
    """The end of the word from token j, hyphened parts joined ("Co-operation")."""
    k = j + 1
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k += 2
    return k


def _titled_place(c: Span) -> bool:
    """"the Karnataka CM": capitalised words before a title's letters that end the name."""
    return len(c) > 1 and c[-1].text in TITLE_ACRONYMS and all(t.is_title for t in c[:-1])


def titles_cut(spans: list[Span]) -> list[Span]:
    """"PCG Commandant Admiral Name", "Manila Archbishop Cardinal Name": a body-typed name whose words from a title's
    head on are capitalised titles right before a person's name is the body's (or the town's) name and the
    person's titles; the titles go, the rest stays a body, or a place the gazetteer knows."""
    out = []
    people = {s.start for s in spans if s.label_ == "PERSON"}
    for s in spans:
        cut = _glued_title(s, people) if s.label_ == "ORG" else None
        if cut is None:
            out.append(s)
            continue
        rest = s.doc[core(s).start:cut]
        if rest.text in gazetteer.country_names():
            out.append(Span(s.doc, rest.start, rest.end, label="GPE"))
        else:
            out.append(Span(s.doc, rest.start, rest.end, label="PLACE" if gazetteer.known_place(rest.text) else "ORG"))
    return out


def _glued_title(span: Span, people: set[int]) -> int | None:
    """Where the titles glued to the end of the name start, when a person's name (one of PEOPLE: the tokens the
    person spans open) follows them, with more titles between; else None."""
    c = core(span)
    doc = c.doc
    j = c.end
    while j < len(doc) and j - c.end < 3 and _rank(doc[j]) and j not in people:
        j += 1  # "Davao Archbishop" + "Cardinal" + "Name"
    if len(c) > 2 and j in people and c[-1].text in GLUED_STAFF and _rank(c[-2]):
        return c.end - 1  # "the Office of the President Spokesman" + "Name": the staff's title goes
    if len(c) < 2 or j not in people or not _rank(c[-1]):
        return None
    i = c.end
    while i > c.start + 1 and _rank(doc[i - 1]):
        i -= 1
    # "the Office of the President Name", "the Office of the Prime Minister Name": a rest ending in a small word or
    # a post's first word is no name, the title is the body's
    return None if doc[i - 1].is_lower or doc[i - 1].text in POST_OPENERS else i


def _rank(t: Token) -> bool:
    return t.is_title and (t.lower_ in TITLE_HEADS or t.text in GLUED_RANKS)

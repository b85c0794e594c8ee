"""Unnamed sources that speak for a state or a body, read from where they are and from what took them up.

- a source located in a capital speaks for its state: "a senior official in Jerusalem", "officials in
  Copenhagen", "a French diplomat in Libreville" (the place he is in is not his state; the demonym is); not a
  diplomat posted there nor a foreign source ("a Western diplomat in Beijing", "a foreign official in Kabul");
- "the official" / "the spokesperson" with no body of its own takes up the last unnamed source with that head
  a few sentences before ("A Latvian official who was present said ... “…,” the official said");
- "the ministry", "a Commission spokesperson": the body named before whose name has that head word.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.data import tables
from kg.nlp import lemma
from kg.resolve.capitals import capital_state_key
from kg.resolve.descriptions import definite, named_body
from kg.resolve.document import Resolution
from kg.records import Kind

_W = tables("quotes/words")["sources"]
_LOCATING = frozenset(_W["locating"])  # prepositions that place a source: "an official in Jerusalem"
_POSTED = frozenset(_W["posted"])  # "a diplomat in Beijing" is posted there: it is not his state
_OUTSIDERS = frozenset(_W["outsiders"])  # "a Western / foreign official in Kabul"
_BACK = 3  # sentences before the quote's own where "the official" may have been introduced
BODY_HEADS = frozenset(_W["body_heads"])  # "the ministry said": a body named before by a longer name
_QUOTE_MARKS = frozenset('"“”')


def located_state(s: Token, res: Resolution) -> str | None:
    """The state of an unnamed source not named in its description: the state whose capital the source is in or
    from."""
    if lemma(s).lower() in _POSTED or any(c.dep_ == "amod" and c.lower_ in _OUTSIDERS for c in s.children):
        return None  # posted there, or foreign: the capital is not the source's state
    for t in _located(s):
        key = res.key_at(t.i)
        if key is not None and res.entities[key].kind is Kind.PLACE:
            return capital_state_key(res.entities[key].name, res.entities)
    return None


def located_tokens(s: Token) -> set[int]:
    """Token indices of the places a source is in ("in Libreville"), to be read apart from its own names."""
    return {t.i for p in _located(s) for t in p.subtree}


def taken_up(s: Token, res: Resolution, body: Callable[[Token], str | None]) -> str | None:
    """"the official said": the body of the last indefinite source with the same head word, in this sentence
    or the _BACK before it; None when a person was named beside that source."""
    if not definite(s):
        return None
    doc = s.doc
    start = s.sent.start
    for _ in range(_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start:s.i]):
        if t.lower_ != s.lower_ or t.pos_ != "NOUN" or definite(t):
            continue
        if any((k := res.key_at(c.i)) is not None and res.entities[k].kind is Kind.PERSON
               for c in t.children if c.dep_ == "appos"):
            return None  # "a spokesman, Ali Zene," is a named person, not a body
        return body(t)
    return None


def quoted_body(s: Token, res: Resolution) -> str | None:
    """named_body for a quotation's source: the body named in its sentence or the _BACK before it (or its head word
    alone there: "the ministry said ... a senior ministry official told"), not for a source told in a place of its
    own ("In Leeds, “…,” a council spokesman said") nor for another kind of body ("the official news agency", "a
    court press officer")."""
    if _place_in_sentence(s, res) or any(c.dep_ == "compound" and c.is_lower and c.lower_ not in BODY_HEADS
                                         for c in s.children):
        return None
    first = _sentences_back(s)
    words = {c.lower_ for c in s.children if c.dep_ in {"compound", "nmod"}} | {s.lower_}
    if any(t.lower_ in words & BODY_HEADS and t.head.i != s.i for t in s.doc[first:s.i]):
        first = 0
    return named_body(s, res, BODY_HEADS, first)


def _sentences_back(s: Token) -> int:
    """The first token of the _BACK-th sentence before S's, or before the sentence its quotation opens in."""
    mark = next((t for t in reversed(s.doc[s.doc[max(s.sent.start - 1, 0)].sent.start:s.i]) if t.text in "“\""), s)
    start = min(s.sent.start, mark.sent.start)
    for _ in range(_BACK):
        if start > 0:
            start = s.doc[start - 1].sent.start
    return start


def _place_in_sentence(s: Token, res: Resolution) -> bool:
    """A place or state named outside the quotation in S's sentence ("In Leeds, “…,” a council spokesman said";
    not "People in Sindhupalchok" inside the quote, whose sentence may open within it)."""
    quoted = False
    for t in s.doc[:s.sent.end]:
        if t.text in _QUOTE_MARKS:
            quoted = t.text == "“" or t.text == '"' and not quoted
        elif t.i >= s.sent.start and not quoted and (k := res.key_at(t.i)) is not None \
                and res.entities[k].kind in {Kind.PLACE, Kind.COUNTRY}:
            return True
    return False


def owner(s: Token, documents: frozenset[str]) -> Token | None:
    """Whose a statement or an office is: its possessor ("the governor's office", "Caine's statement"), also through
    the office that issued it ("a statement issued by the Speaker's media office")."""
    for c in s.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "acl":  # "issued by X's office"
            issuer = next((p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
            if issuer is not None and issuer.lower_ in documents:
                return owner(issuer, documents)
    return None


def complement_appositive(s: Token) -> list[Token]:
    """The name the parser hung on a title's complement rather than on the title ("The chief executive of Vell
    Capital, Tom Rhys, warned"; "the archbishop of Bamenda, X, called"): appositives of the complement's object."""
    return [a for p in s.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for a in o.children if a.dep_ == "appos"]


def _located(s: Token) -> list[Token]:
    return [p for c in s.children if c.dep_ == "prep" and c.lower_ in _LOCATING
            for p in c.children if p.dep_ == "pobj"]

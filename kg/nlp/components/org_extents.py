"""Where a body's name the model cut short goes on, read by construction.

- "the Islamic State of Iraq" + "and the Levant", "the Center for Political" + "and Strategic Studies": a
  body "of" or "for" something goes on over "and (the)" and one to three capitalised words that name no
  country, person or body (a people's adjective or a name the model cut off, only in a field's name: "and Asian Studies"), up to the first
  word in lower case;
- "the Office of the Spokesperson for" + "the Secretary-General": a name that ends in "of" or "for" goes on
  over "(the)" and the capitalised words after it;
- "Mobile Unit" + "Three": a unit's number;
- "the Nigeria Employers'" + "Consultative Association": a plural's apostrophe goes on to a members' body's head;
- "the Italian Bishops' Conference to": a small word in lower case (but "of", "for") ends no name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.nlp.components.title_filter import FIELD_WORDS
from kg.nlp.components.given_names import given_names
from kg.nlp.components.org_names import abbreviates
from kg.nlp.components.org_portfolios import POST_OPENERS
from kg.nlp.lemmas import english_word
from kg.nlp.lexicon import BODY_WORDS, PORTFOLIO_WORDS, TITLE_HEADS, words

_W = words("components/org_repair")
UNIT_HEADS = frozenset(_W["unit_heads"])
MEMBERS_BODY_HEADS = frozenset(_W["members_body_heads"])
_APOSTROPHES = frozenset({"'", "’"})
_LOOSE_ENDS = frozenset({"ADP", "CCONJ", "PART", "SCONJ"})
_OPEN_ENDS = frozenset({"of", "for"})
_MAX_WORDS = 3
_TAGGED = frozenset({"PERSON", "ORG", "COUNTRY", "NORP", "GPE"})


def continued(ent: Span) -> Span:
    """The body's name with the words it goes on over (the span itself when none)."""
    if ent.label_ != "ORG":
        return ent
    model_end, ent = ent.end, _trimmed(ent)
    doc = ent.doc
    i = ent.end
    if ent[-1].text in UNIT_HEADS and i < len(doc) and doc[i].like_num and doc[i].text[:1].isupper():
        return Span(doc, ent.start, i + 1, label="ORG")
    lowers = {t.lower_ for t in ent}
    if (members := members_body_end(doc, ent)) is not None:
        return Span(doc, ent.start, members, label="ORG")
    if len(ent) > 3 and [t.lower_ for t in ent[-3:-1]] == ["of", "the"] and ent[-1].is_title and i < len(doc) \
            and doc[i].is_title and doc[i].lower_ in TITLE_HEADS:
        return Span(doc, ent.start, _post_end(doc, ent.start, i), label="ORG")
    if len(ent) > 2 and [t.lower_ for t in ent[-2:]] == ["of", "the"] and i + 1 < len(doc) and doc[i].is_title \
            and doc[i].text in POST_OPENERS and doc[i + 1].is_title and doc[i + 1].lower_ in TITLE_HEADS:
        return Span(doc, ent.start, _post_end(doc, ent.start, i + 1), label="ORG")  # "the Office of the" + "Prime Minister"
    if ent[-1].lower_ in _OPEN_ENDS:
        end = _capitalised_run(doc, i + 1 if i < len(doc) and doc[i].lower_ == "the" else i)
    elif lowers & _OPEN_ENDS and i + 2 < len(doc) and doc[i].lower_ == "and" and model_end <= i:
        # ("the Ministry of Science" + "and Technology"); not over an "and" the model's span took and stopped at:
        # "the Office of the President and" + "the Oval Office" are two names
        end = _capitalised_run(doc, i + 2 if doc[i + 1].lower_ == "the" else i + 1)
    else:
        return ent
    return ent if end is None else Span(doc, ent.start, end, label="ORG")


def _post_end(doc: Doc, start: int, i: int) -> int:
    """"the Office of the Prime" + "Minister", "the Office of the Prime" + "Minister and Cabinet (OPMC)": the
    post's title words the model cut off end the name, and "and" and a capitalised word after them when the
    acronym in brackets next takes the initials of the whole name."""
    end = i + 1
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in TITLE_HEADS:
        end += 1
    if end + 3 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title and doc[end + 2].text == "(":
        if doc[end + 3].is_upper and abbreviates(doc[end + 3].text, doc[start:end + 2]):
            return end + 2
    return end


def _trimmed(ent: Span) -> Span:
    """The name without the small words in lower case the model's span took after it ("the Italian Bishops'
    Conference to Paraguay"), nor "to" and a country after a body's head ("the Bishops' Conference to Bolivia")."""
    doc = ent.doc
    stop = ent.end
    while stop - ent.start > 1 and doc[stop - 1].is_lower and doc[stop - 1].pos_ in _LOOSE_ENDS \
            and doc[stop - 1].lower_ not in _OPEN_ENDS:
        stop -= 1
    to = next((t.i for t in ent[1:-1] if t.lower_ == "to" and doc[t.i - 1].text in MEMBERS_BODY_HEADS
               and doc[t.i + 1:ent.end].text in gazetteer.country_names()), None)
    stop = stop if to is None else min(stop, to)
    return ent if stop == ent.end else Span(doc, ent.start, stop, label="ORG")


def members_body_end(doc: Doc, ent: Span) -> int | None:
    """"the Nigeria Employers'" + "Consultative Association": after a plural's apostrophe, the capitalised words up
    to a members' body's head (at most three) end the name; None when no such head ends them."""
    i = ent.end
    if ent[-1].text not in _APOSTROPHES or len(ent) < 2 or not ent[-2].text.endswith("s"):
        return None
    end = i
    while end < len(doc) and end - i < _MAX_WORDS and doc[end].is_title and doc[end].is_alpha:
        end += 1
        if doc[end - 1].text in MEMBERS_BODY_HEADS:
            return end
    return None


def _capitalised_run(doc: Doc, j: int) -> int | None:
    """The end of one to three capitalised words from token j, followed by a word in lower case or a sign;
    None when there is no such run or a word of it is tagged or names a country."""
    k = j
    toks: list[Token] = []
    while k < len(doc) and len(toks) < _MAX_WORDS + 1 and _name_word(doc[k]):
        toks.append(doc[k])
        k += 1
    if not toks or len(toks) > _MAX_WORDS or toks[-1].text == "-":
        return None
    field = toks[-1].text in FIELD_WORDS  # "the Centre for Nepal" + "and Asian Studies": a people's word in a field
    # words the model took for a person's (or a body's, ending in a portfolio's word) that are English words, no given
    # name nor a body's head, are a field's ("the Ministry of Labour" + "and Vocational Training", "the Ministry of
    # Education" + "and Science"); other words it tagged a body's are a second body ("the Ministry of Energy and
    # Shell", "the Department of Energy and General Electric"; review19 #6)
    tags = {"PERSON", "ORG"} if toks[-1].text in PORTFOLIO_WORDS else {"PERSON"}
    field = field or all(t.ent_type_ in tags and english_word(t) and t.lower_ not in given_names()
                         and t.text not in BODY_WORDS for t in toks)
    if any((t.ent_type_ in _TAGGED and not (field and t.ent_type_ in {"NORP", "ORG", "PERSON"}))
           or t.text in gazetteer.country_names() for t in toks):
        return None
    return k


def _name_word(t: Token) -> bool:
    return t.is_title and t.is_alpha or t.text == "-" and not t.whitespace_ or "-" in t.text and t.text[:1].isupper()

"""Name boundaries the tagger gets wrong, mended before the names are grouped.

- a hyphenated given name keeps its second part: "Moon Jae" + "-in", "Lee" + "Do-hoon";
- a person's name cut in two by the tagger ("Shah Mahmood" PERSON + "Qureshi" PLACE, one word right
  after it) is one name, unless the second word is a known place;
- a day name is no part of a name ("Kim Jong Un Friday");
- a courtesy title, a rank ("Lt Gen Osman Idris"), a plural title ("Ministers A and B") or a state's formal name
  run into a name begins it ("In Apia Mr Qian", "the Lao People's
  Democratic Republic Sisouk Phommachanh": "Qian", "Sisouk Phommachanh").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.data import tables
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import TITLE_HEADS

DAYS = frozenset(forms[0].capitalize() for forms in tables("dates")["weekdays"])  # "Friday"
JOINABLE = {"ORG", "PLACE"}
_B = tables("resolve")["boundaries"]
COURTESY = frozenset(_B["courtesy"])
STATE_WORDS = frozenset(_B["state_words"])
RANKS = frozenset(_B["ranks"])


def mend_boundaries(spans: list[Span]) -> list[Span]:
    """The spans with person names mended; spans swallowed by a mended name are dropped."""
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    out: list[Span] = []
    skip_until = -1
    for n, span in enumerate(spans):
        if span.start < skip_until:
            continue
        if span.label_ != "PERSON":
            out.append(span)
            continue
        doc = span.doc
        start, end = span.start, _hyphen_end(doc, span.end, len(span))
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        if (nxt is not None and nxt.start == end and nxt.label_ in JOINABLE and len(nxt) == 1
                and doc[end - 1].whitespace_ == " " and nxt[0].is_title and not gazetteer.known_place(nxt.text)):
            end = _hyphen_end(doc, nxt.end, 2)  # "Shah Mahmood" + "Qureshi"
            skip_until = end

        while end - start > 1 and doc[end - 1].text in DAYS:
            end -= 1
        start = _run_on_start(doc, start, end)
        out.append(span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PERSON"))
    return out


def _run_on_start(doc: Doc, start: int, end: int) -> int:
    """Past the last courtesy title, rank or state word inside the name, when a name of capitalised words follows it."""
    for i in range(end - 2, start - 1, -1):
        t = doc[i]
        if (t.text in COURTESY and i > start) or t.text in STATE_WORDS or t.text in RANKS or _plural_title(t):
            rest = doc[i + 1:end]  # after a rank, a name may hold particles ("Lt Gen Osman al-Tayeb")
            named = rest[0].text[:1].isupper() if t.text in RANKS else all(w.text[:1].isupper() for w in rest)
            return i + 1 if named else start
    return start


def _plural_title(t: Token) -> bool:
    """"Ministers", "Presidents": a title said once for the names after it ("Foreign Ministers A and B")."""
    low = t.lower_  # the tagger often takes a capitalised plural for a proper noun, left unlemmatised
    return t.text[:1].isupper() and low.endswith("s") and (low[:-1] in TITLE_HEADS or lemma(t).lower() in TITLE_HEADS)


def _hyphen_end(doc: Doc, end: int, words: int) -> int:
    """Past "-in" or "Do-hoon" written against the name: a hyphen and a short lower-case syllable, with
    no space around the hyphen ("-in" only after a name of two words: "Warhol-like" is no name)."""
    if words >= 2 and end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].whitespace_ == "" \
            and doc[end].whitespace_ == "" and _syllable(doc[end + 1].text):
        return end + 2
    if end + 2 < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].is_title and doc[end].is_alpha \
            and doc[end + 1].text == "-" and doc[end].whitespace_ == "" and doc[end + 1].whitespace_ == "" \
            and _syllable(doc[end + 2].text):
        return end + 3  # "Lee" + "Do-hoon"
    return end


def _syllable(text: str) -> bool:
    """The second part of a romanised given name: "in", "hoon", "mok" (not "inspired", "room")."""
    return text.isalpha() and text.islower() and len(text) <= 4


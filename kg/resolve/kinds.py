"""One kind per name in an article, from the article's own evidence around all its mentions.

The tagger labels each mention alone; the article often says what the name is in one place only:
"electronics retailer Best Buy" (a company, so "Best Buy" is one wherever it occurs), "the web
browser Safari" and "the Hang Seng index" (a product and an index: no entity of the graph), "Martin
Luther King Jr. Day" (a holiday), "his Thai counterpart, Abhisit Vejjajiva" and "King Mswati III" (a
person, whatever the tagger said). Countries and nationalities are the gazetteer's, never changed.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.lang.en.lex_attrs import _ordinal_words  # spaCy's English ordinal words ("first" ... "hundredth")
from spacy.tokens import Span, Token

from kg.data import tables
from kg.nlp.components import strip_honorifics
from kg.nlp.components.outlets import next_subject, person_trade
from kg.nlp.components.title_filter import BODIES
from kg.nlp.lemmas import lemma
from kg.nlp.lexicon import (HONORIFICS, INDEX_WORDS, MEETING_HEADS, ORG_CLASS_NOUNS, PAIR_EVENT_NOUNS, PERSONAL_COURTESY,
                            PRODUCT_CLASS_NOUNS, TITLE_HEADS)

SETTLED = {"PERSON", "ORG", "PLACE"}
_W = tables("resolve")["kinds"]
PERSON_FIRST = frozenset(_W["person_first"])
COUNTERPART = frozenset(tables("roles")["titles"]["counterparts"])
HOLIDAY = frozenset(_W["holiday"])
MODIFIERS = frozenset(_W["modifiers"])
ARTICLES = frozenset(_W["articles"])


def settle_kinds(spans: list[Span]) -> list[Span]:
    """The spans relabelled by the evidence of every mention of the same name; things dropped."""
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        if span.label_ in SETTLED:
            groups[span.text].append(span)
    verdict = {text: _verdict(group) for text, group in groups.items()}
    # the short form of a name the evidence made a person ("Abhisit" of "Abhisit Vejjajiva") follows it
    words = {w for text, kind in verdict.items() if kind == "PERSON" for w in text.split()[-2:] if len(text.split()) > 1}
    for text, group in groups.items():
        if verdict[text] is None and " " not in text and text in words and "PERSON" not in {s.label_ for s in group}:
            verdict[text] = "PERSON"
    out = []
    for span in spans:
        kind = verdict.get(span.text) if span.label_ in SETTLED else None
        if kind is None or kind == span.label_:
            out.append(span)
        elif kind == "PERSON":
            out.append(strip_honorifics(Span(span.doc, span.start, span.end, label="PERSON")))
        elif kind == "ORG":
            out.append(Span(span.doc, span.start, span.end, label="ORG"))
        # "THING": a product, an index, a holiday: no entity
    return out


def _verdict(group: list[Span]) -> str | None:
    cues = {cue for span in group if (cue := _cue(span)) is not None}
    labels = {span.label_ for span in group}
    if "THING" in cues and labels <= {"PERSON", "ORG"}:
        return "THING"
    if "ORG" in cues and "PERSON" in labels and len(cues) == 1:
        return "ORG"
    if cues == {"PERSON"} and labels != {"PERSON"}:
        return "PERSON"
    return None


def _cue(span: Span) -> str | None:
    """What the words right around one mention say it is, if anything."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in INDEX_WORDS or after.text in HOLIDAY) or (
            len(span) > 1 and span[-1].text in HOLIDAY):
        return "THING"
    # a product noun beside a name tagged as a person ("web browser Safari"); beside a company it is
    # the company's product ("an Airbus plane"), so it says nothing then
    product = (before is not None and before.is_lower and before.lower_ in PRODUCT_CLASS_NOUNS) or any(
        t.lower_ in PRODUCT_CLASS_NOUNS for t in _following_nouns(span))  # "the Safari 4.0 web browser"
    if product and span.label_ == "PERSON":
        return "THING"
    if before is not None and before.is_lower and before.lower_ in ORG_CLASS_NOUNS and not next_subject(before, span) \
            and not person_trade(before, span):
        return "ORG"
    listed = _listed_under(span)  # "other retailers, including Best Buy"
    if listed in ORG_CLASS_NOUNS:
        return "ORG"
    if listed in PRODUCT_CLASS_NOUNS and span.label_ == "PERSON":
        return "THING"
    if span.label_ == "PERSON" and _quoted_after_naming(span):
        return "THING"  # "a task manager, dubbed ``Mission Control''": the name as a word
    if span.label_ == "PERSON" and _not_a_persons_form(span):
        return "THING"
    if span.label_ == "PERSON" and span[-1].lower_.endswith(_DOMAINS):
        return "ORG"  # "GovExec.com quotes an aide": a web site's name
    if span.label_ == "PERSON" and _moves_by_a_number(span):
        return "THING"  # "the Hang Seng closed up 511": an index
    if span.label_ == "PERSON" and _owned(span):
        return "ORG"  # "he bought Pixel Studios", "Pixel was acquired by X": a person is not bought
    if span.label_ == "PERSON" and len(span) == 1 and _listed_with_common_nouns(span):
        return "THING"  # "Apps, books, documents and photos": a common noun written with a capital
    if before is not None and before.text in PERSONAL_COURTESY:
        return "PERSON"  # "NECA, Mr Adewale Ogunbiyi, who": a form of address only people take, before any list
    if span.label_ == "PERSON" and _listed_with_bodies(span):
        return "ORG"  # "offered to Sberbank, VTB Group and Gazprombank"
    if span[0].text in PERSON_FIRST and len(span) > 1:
        return "PERSON"
    if (span.label_ == "ORG" and span[-1].text in MEETING_HEADS and span[-1].lower_ in PAIR_EVENT_NOUNS
            and any("-" in t.text or t.text == "-" for t in span)):
        return "THING"  # "the U.S.-EU Summit": a meeting of the two, not a body ("the X-Y Forum" is one)
    if before is not None and before.text in HONORIFICS and before.is_title and before.text not in MODIFIERS:
        return "ORG" if _body_before_person(span) else "PERSON"  # "Councilor X", "President X"
    if after is not None and after.text == "," and _titled_apposition(span):
        return "PERSON"  # "X, chairman of the party,"
    if before is not None and before.text == "," and span.start > 1:
        title = doc[span.start - 2]
        closed = after is None or after.text in {",", ".", ";"}
        if closed and title.is_lower and (title.lower_ in COUNTERPART or title.lower_ in TITLE_HEADS):
            return "PERSON"  # "his Thai counterpart, Abhisit Vejjajiva,"
    return None


_T = tables("resolve")["typing"]
MARKET_MOVES = frozenset(_T["market_moves"])
_DOMAINS = tuple(_T["web_domains"])


def _not_a_persons_form(span: Span) -> bool:
    """"16 GB", "the Music Store": letters in capitals only ("GB") or a shop's head noun end no name of a person."""
    return (len(span) == 1 and span.text.isupper() and span.text.isalpha() and len(span.text) <= 3) or (
        len(span) > 1 and span[-1].text in _T["not_surnames"])


def _quoted_after_naming(span: Span) -> bool:
    """A name in quotation marks right after a verb of naming ("dubbed", "named", "called") is a word."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and not doc[i].text.strip("`'\"“”‘’"):
        i -= 1
    return i < span.start - 1 and i >= 0 and doc[i].lower_ in _T["naming_verbs"]


def _moves_by_a_number(span: Span) -> bool:
    """"the Hang Seng closed up 511", "X fell 7 percent", "X bottomed out at 16,283": the subject of a verb of
    market movement with a number after it moves on a market; a person does not."""
    root = span.root
    if root.dep_ != "nsubj" or lemma(root.head).lower() not in MARKET_MOVES:
        return False
    verb = root.head
    # an ordinal counts no move ("X opened the 46th summit": a person opens a meeting)
    return any(t.like_num and t.i > verb.i and not _ordinal(t) for t in verb.subtree if t.i < verb.i + 8)


def _ordinal(token: Token) -> bool:
    """"46th", "2nd", "fifth": an ordinal (spaCy's own English ordinal words), not "a thousand" (which ends in "nd")."""
    text = token.lower_
    return (token.ent_type_ == "ORDINAL" or text in _ORDINAL_WORDS
            or (text[:-2].replace(",", "").isdigit() and text[-2:] in ("st", "nd", "rd", "th")))


_ORDINAL_WORDS = frozenset(_ordinal_words)


def _owned(span: Span) -> bool:
    """The object of a verb of ownership ("bought X", "owns X", "X was acquired by")."""
    root, verb = span.root, span.root.head
    if root.dep_ == "dobj":  # "bought Pixel", "owns animation studio Pixel" (not over a headline's line break)
        near = verb.i < span.start <= verb.i + 4 and not any("\n" in t.text for t in span.doc[verb.i:span.start])
    else:
        near = root.dep_ == "nsubjpass" and span.end <= verb.i <= span.end + 3
    return near and lemma(verb).lower() in _T["ownership_verbs"]


def _conjuncts(span: Span) -> list[Token]:
    """The other members of the list a name is in ("A, B and C"), not the conjuncts inside one member."""
    head = span.root
    while head.dep_ == "conj":
        head = head.head
    members = [head]
    for member in members:
        members.extend(c for c in member.children if c.dep_ == "conj")
    return [t for t in members if not span.start <= t.i < span.end]


def _listed_with_common_nouns(span: Span) -> bool:
    """A list opening a sentence whose other members are all lower-case nouns ("Autos, auto parts, the
    insurance companies have been hit")."""
    others = _conjuncts(span)
    first, last = min(t.i for t in [span.root, *others]), max(t.i for t in [span.root, *others])
    one_line = not any("\n" in t.text for t in span.doc[first:last])  # not a caption under a list
    # only the first word of a sentence is capitalised for its place ("the people, ... and President X")
    return len(others) >= 2 and one_line and span.start == span.sent.start and all(t.is_lower and t.pos_ == "NOUN" for t in others)


def _listed_with_bodies(span: Span) -> bool:
    """A name in a list whose other members are all organizations ("General Motors and Berkshire Hathaway",
    "Lockheed and Sikorsky"): one more organization."""
    others = _conjuncts(span)
    head = min([span.root, *others], key=lambda t: t.i)
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return False  # "an agreement between Gorbachev and the U.S. government": the sides of a deal
    # a full name beside one body may be a person ("Director Jane Roe and the board"); a one-word name or
    # a list of bodies is not
    return len(others) >= 2 and all(t.ent_type_ == "ORG" for t in others)


def _following_nouns(span: Span) -> list[Token]:
    """The lower-case words a name modifies, past a version number: "Safari 4.0 web browser"."""
    out = []
    for t in span.doc[span.end:span.end + 3]:
        if not (t.like_num or t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"}):
            break
        out.append(t)
    return out


def _listed_under(span: Span) -> str | None:
    """The class noun a name is listed under ("retailers, including X"; "carriers such as X"), singular."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 1
    elif not (i >= 0 and doc[i].lower_ in {"including", "like"}):
        return None
    for t in reversed(doc[max(0, i - 3):i]):
        if t.is_lower and t.pos_ == "NOUN":
            return t.lower_[:-1] if t.lower_.endswith("s") else t.lower_
    return None


def _body_before_person(span: Span) -> bool:
    """"Chairman Senate Mian X", "Chairman CPEC Authority Lt Gen X": a body's name between a title and a person (South
    Asian copy, no "of") is the body the title belongs to, not a person."""
    doc = span.doc
    if not any(t.text in BODIES for t in span):
        return False
    i = span.end
    while i < len(doc) and (doc[i].text in HONORIFICS or doc[i].text in {"(", ")"} or doc[i].is_upper and len(doc[i]) <= 4
                            or doc[i].is_title and doc[i].is_alpha and len(doc[i]) <= 3):
        i += 1  # a short form in brackets, a rank ("Lt Gen (R)"), a form of address
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _titled_apposition(span: Span) -> bool:
    """", [the|a] [adjectives] title-head" right after the name: "X, chairman of the party", "X, Minister
    Delegate at the Presidency" (capitalised, when no person's name follows it: "Acme, CEO Ana Lima")."""
    doc = span.doc
    for t in doc[span.end + 1:span.end + 5]:
        if t.lower_ in TITLE_HEADS and (t.is_lower or t.is_title and not any(
                r.ent_type_ == "PERSON" for r in doc[t.i + 1:t.i + 4])):
            rest = doc[t.i + 1:t.i + 9]
            stop = next((r.i for r in rest if r.text in {",", ".", ";"}), t.i + 9)
            # "X, the chief executive of the bank said": a new clause, not an apposition
            return not any(r.pos_ in {"VERB", "AUX"} for r in doc[t.i + 1:stop])
        if not (t.lower_ in ARTICLES or t.is_lower and t.pos_ == "ADJ"):
            return False
    return False


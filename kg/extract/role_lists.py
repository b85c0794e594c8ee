"""Titles shared by a list of names, and the first of two joined titles.

- a capitalised plural title right before a list: "Foreign Ministers A and B", "Presidents A, B and C"
- a plural title before a list: "The foreign ministers of the two countries, Ana Matos and Tete Kiluange,"
  "Their foreign ministers, A and B"; "The foreign ministers, A of Egypt, B of Ethiopia and C of Sudan"
  (each name with its own country)
- two titles joined by "and" before a name: "State Councilor and Foreign Minister Chen Haoran" (the
  pre-nominal reading takes the second, this one the first)
- a title said once for a list of "Country's Name" ("Albania's Prime Minister A, Serbia's B and Greece's C")
- a who's-who line: "- Ana Lobo: President of Norland since 2017, a former interior minister." (each
  comma-separated description after the colon)
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.data import tables
from kg.extract.titles import ARTICLES, COMPLEMENT_OPENERS, is_title_token, org_at, title_left, title_text
from kg.nlp import lemma
from kg.nlp.components import POSSESSIVE
from kg.nlp.doc_text import doc_text
from kg.nlp.lexicon import HONORIFICS, TITLE_HEADS
from kg.resolve.document import Resolution
from kg.records import Kind

LIST_REACH = 60  # tokens a list of names may span before its title
_MEMBER_HEADS = frozenset(tables("roles")["titles"]["body_member_heads"])
_CLASS_MODIFIERS = frozenset(tables("roles")["titles"]["class_modifiers"])
_RELATION_MODIFIERS = frozenset(tables("roles")["titles"]["relation_modifiers"])
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb's tags
_RELATIVE = frozenset({"WDT", "WP", "WP$"})  # "who", "which", "whose": a relative clause's opening
_TAGS = frozenset({"of", "for"})  # "A of Egypt", "A for Serbia": the side a listed name stands for


@dataclass(frozen=True)
class Listed:
    title: str
    org: str | None
    head: Token


def listed_title(doc: Doc, span: Span, res: Resolution) -> Listed | None:
    """The singular of a plural title that heads a list of names this name belongs to."""
    i = _skip_honorifics(doc, _name_start(doc, span.start, res) - 1)
    owner = _owner_before(doc, i, res)  # "The two energy ministers, Romania's A and Moldova's B"
    own = _country_after(doc, span, res) or (org_at(res, owner + 1) if owner != i else None)
    i = owner
    names = 1
    while i >= 0 and span.start - i < LIST_REACH:
        if doc[i].text not in {",", "and"}:
            break
        j = i - 1
        if j >= 0 and doc[j].text == "," and doc[i].text == "and":
            j -= 1
        j = _skip_country_tag(doc, j, res)
        if j < 0 or not _name_word(doc[j], res):
            break
        names += 1
        i = _owner_before(doc, _skip_honorifics(doc, _name_start(doc, j, res) - 1), res)
    if i >= 0 and _plural_title(doc[i]) and _joined_after(doc, span, names, res):
        tokens = title_left(doc, doc[i], res)[0]  # "Foreign Ministers A and B", "Presidents A, B and C"
        while len(tokens) > 1 and tokens[0].lower_ in ARTICLES | _TAGS:
            tokens = tokens[1:]  # "the meeting of Prime Ministers A and B"
        return Listed(doc[tokens[0].i:i + 1].text[:-1], own, doc[i])
    if i >= 0 and _lower_plural(doc[i]) and _joined_after(doc, span, names, res):
        # "SPD state co-leaders A and B", "union leaders A, B and C": a lower-case plural title right before the list
        tokens = [t for t in title_left(doc, doc[i], res)[0][:-1] if t.lower_ not in ARTICLES | _RELATION_MODIFIERS]
        if i > 0 and doc[i - 1].lower_ in _CLASS_MODIFIERS or any(t.lower_ in _CLASS_MODIFIERS for t in tokens):
            return None  # "World leaders A, B and C": a class of people, no office
        return Listed(" ".join([*(t.text for t in tokens), lemma(doc[i]).lower()]), own, doc[i])
    if i >= 2 and doc[i].text != "," and _joined_after(doc, span, names, res):
        return _membership(doc, i, own)  # "Members of Parliament A, B and C": the title, then the list
    if i < 1 or doc[i].text != "," or not _joined_after(doc, span, names, res):
        return None
    head = _plural_head(doc, i)
    if head is None:
        return None
    tokens, _ = title_left(doc, head, res)
    singular = lemma(head).lower()
    words = " ".join(t.text for t in tokens[:-1] if t.lower_ not in ARTICLES)
    title = f"{words} {singular if head.text[:1].islower() else singular.capitalize()}".strip()
    return Listed(title, own, head)


def _plural_title(t: Token) -> bool:
    """A capitalised plural title said once right before a list of names ("Ministers", "Presidents"); the
    tagger often takes it for a proper noun and leaves it unlemmatised."""
    return t.text[:1].isupper() and t.lower_.endswith("s") and t.lower_[:-1] in TITLE_HEADS


def _lower_plural(t: Token) -> bool:
    """A lower-case plural title head ("co-leaders", "union leaders") the parse set right before a list of names."""
    return t.is_lower and t.tag_ == "NNS" and lemma(t).lower() in TITLE_HEADS


def _membership(doc: Doc, last: int, own: str | None) -> Listed | None:
    """"Members of Parliament A, B and C": a plural head of membership, "of" and a capitalised body's name
    ending right before the first listed name; the title is the singular with its body ("Member of Parliament")."""
    for j in range(last - 1, max(-1, last - 6), -1):
        t = doc[j]
        singular = t.lower_[:-1] if t.lower_.endswith("s") else ""  # a capitalised plural's lemma is itself
        if t.tag_ in {"NNS", "NNPS"} and singular in _MEMBER_HEADS and doc[j + 1].lower_ == "of" and all(
                w.is_title or w.lower_ in ARTICLES for w in doc[j + 2:last + 1]) and doc[last].is_title:
            head = singular.capitalize() if t.text[:1].isupper() else singular
            return Listed(f"{head} {doc[j + 1:last + 1].text}", own, t)
        if not (t.is_title or t.lower_ in ARTICLES or t.lower_ == "of"):
            return None
    return None


def _name_word(t: Token, res: Resolution) -> bool:
    """A word of a listed name: a person's, or a proper noun no body or country claims (the model may
    take an unfamiliar name for a place)."""
    key = res.key_at(t.i)
    if key is not None:
        return res.entities[key].kind in {Kind.PERSON, Kind.PLACE}
    return t.pos_ == "PROPN" and not _plural_title(t)  # "Ministers" the tagger took for a name


def _name_start(doc: Doc, j: int, res: Resolution) -> int:
    """The first word of the name that ends at or holds token j (given names the model left out too)."""
    start = res.start_at(j)  # "el-Sayed", "al-Tayeb"
    j = j if start is None else start
    while j > 0 and _name_word(doc[j - 1], res) and doc[j - 1].text[:1].isupper():
        j -= 1
    return j


def _joined_after(doc: Doc, span: Span, names: int, res: Resolution) -> bool:
    """A list has two names at least: one before this one, or an "and" and a name after it, or a comma
    and a name ("A of Egypt, B of Ethiopia and C of Sudan")."""
    if names > 1:
        return True
    j = span.end
    while j < len(doc) and doc[j].text in {",", *_TAGS} | HONORIFICS | ARTICLES or (j < len(doc) and doc[j].ent_type_ in {
            "GPE", "COUNTRY", "ORG", "NORP"}):
        j += 1
    if j < len(doc) and j > span.end and doc[span.end].text == "," and doc[j].text in POSSESSIVE:
        return j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON"  # "A, Nigeria's B": the owner skipped above
    if j < len(doc) and j > span.end and doc[j - 1].text == "," and doc[j].ent_type_ == "PERSON":
        return True
    if j + 1 < len(doc) and doc[j].lower_ == "and":
        k = _after_owner(doc, j + 1, res)  # "A and Moldova's B"
        return k < len(doc) and doc[k].ent_type_ == "PERSON"
    return False


def _after_owner(doc: Doc, k: int, res: Resolution) -> int:
    """The token after a country's or body's "'s" that opens at k ("Moldova's"), else k."""
    owner = org_at(res, k)
    if owner is None:
        return k
    while k + 1 < len(doc) and res.key_at(k + 1) == owner:
        k += 1
    return k + 2 if k + 1 < len(doc) and doc[k + 1].text in POSSESSIVE else k


def _skip_honorifics(doc: Doc, i: int) -> int:
    while i >= 0 and doc[i].text in HONORIFICS:
        i -= 1
    return i


def _skip_country_tag(doc: Doc, j: int, res: Resolution) -> int:
    """Left over "of Egypt" ("for Serbia") after a listed name."""
    key = res.key_at(j) if j >= 0 else None
    if key is None or res.entities[key].kind not in {Kind.COUNTRY, Kind.ORGANIZATION}:
        return j
    while j > 0 and res.key_at(j - 1) == key:
        j -= 1
    if j > 1 and doc[j - 1].lower_ in ARTICLES:
        j -= 1  # "A of the LDP"
    return j - 2 if j > 1 and doc[j - 1].lower_ in _TAGS else j


def _owner_before(doc: Doc, i: int, res: Resolution) -> int:
    """Before a listed name's owner ("Romania's A"): the token before the country or body and its "'s", else i."""
    if i < 1 or doc[i].text not in POSSESSIVE or org_at(res, i - 1) is None:
        return i
    start = res.start_at(i - 1)
    return (i - 1 if start is None else start) - 1


def _country_after(doc: Doc, span: Span, res: Resolution) -> str | None:
    """"A of Egypt", "A for Serbia": the country or body tagged right after a listed name."""
    if span.end + 1 < len(doc) and doc[span.end].lower_ in _TAGS:
        return org_at(res, span.end + 1)
    return None


def _plural_head(doc: Doc, comma: int) -> Token | None:
    """A plural title head just before the comma, or before its complement ("ministers of the two countries")."""
    for j in range(comma - 1, max(-1, comma - 12), -1):
        t = doc[j]
        if t.tag_ == "NNS" and lemma(t).lower() in TITLE_HEADS:
            between = doc[j + 1:comma]
            if not len(between) or between[0].lower_ in COMPLEMENT_OPENERS:
                return t
            return None
        if t.pos_ in {"VERB", "AUX"} and t.dep_ == "relcl" and t.head.i < t.i and t.head.tag_ == "NNS" and (
                lemma(t.head).lower() in TITLE_HEADS):
            return t.head  # "the deputy prime ministers who head the commissions, A and B"
        if t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def joined_title(doc: Doc, span: Span, res: Resolution) -> tuple[str, Token] | None:
    """"State Councilor and Foreign Minister X": the first of two titles joined before a name."""
    i = span.start - 1
    while i >= 0 and res.key_at(i) is None and is_title_token(doc[i]):
        i -= 1
    if i < 1 or i == span.start - 1 or doc[i].lower_ != "and" or not is_title_token(doc[i - 1]):
        return None
    head = doc[i - 1]
    if head.lower_ not in TITLE_HEADS or res.key_at(head.i) is not None:
        return None
    tokens, _ = title_left(doc, head, res)
    title = title_text(tokens)
    return (title, head) if title else None


APPOSITION_REACH = 30  # tokens an appositive after a name may run
BYLINE_WORDS = 5  # words of a byline's title line ("Senior Staff Reporter", "Washington Correspondent")


def described_titles(doc: Doc, span: Span, res: Resolution) -> list[Listed]:
    """The titles of a who's-who line, of the second of two joined appositive titles, and of a byline."""
    return [*glossary_titles(doc, span, res), *second_title(doc, span, res), *byline_title(doc, span, res)]


def byline_title(doc: Doc, span: Span, res: Resolution) -> list[Listed]:
    """A byline: a name alone on its line ("By X" or "X") and its title alone on the next ("Local Democracy
    Reporter"), or a title and a colon before a name alone on its line ("Editor: X")."""
    text = doc_text(doc)
    lo = text.rfind("\n", 0, span.start_char) + 1
    hi = text.find("\n", span.end_char)
    hi = len(text) if hi < 0 else hi
    before, after = text[lo:span.start_char].strip(), text[span.end_char:hi].strip()
    if after:
        return []
    label = doc.char_span(lo, lo + len(before) - 1, alignment_mode="expand") if before.endswith(":") else None
    if label is not None and len(label) == 1 and label[0].lower_ in TITLE_HEADS:
        return [Listed(label.text, None, label[0])]  # "Reporter: X"
    if before.lower() not in {"", "by"} or hi >= len(text):
        return []
    end = text.find("\n", hi + 1)
    line = doc.char_span(hi + 1, len(text) if end < 0 else end, alignment_mode="expand")
    if line is None or not 0 < len(line) <= BYLINE_WORDS or line[-1].lower_ not in TITLE_HEADS:
        return []
    if not all(t.is_title and t.is_alpha for t in line) or any(
            (k := res.key_at(t.i)) is not None and res.entities[k].kind is Kind.PERSON for t in line):
        return []
    return [Listed(line.text, None, line[-1])]


def second_title(doc: Doc, span: Span, res: Resolution) -> list[Listed]:
    """"X, Deputy Prime Minister and Minister of the Court;", "X, Permanent Representative of Y to the AU and
    Chairperson of the Council,": the second of two titles joined by "and" in the appositive after a name
    (the appositive reading takes the first)."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return []
    start = end = span.end + 1
    while end < len(doc) and end - start < APPOSITION_REACH and doc[end].text not in {",", ".", ";"} and (
            "\n" not in doc[end].text and doc[end].pos_ not in {"VERB", "AUX"}):
        end += 1
    first = next((t for t in doc[start:end] if t.lower_ in TITLE_HEADS and res.key_at(t.i) is None), None)
    if first is None:
        return []
    joint = next((t for t in doc[first.i + 1:end] if t.lower_ == "and"), None)
    if joint is None or joint.i + 1 >= end or not (doc[joint.i + 1].is_title and is_title_token(doc[joint.i + 1])):
        return []
    found = _description_title(doc, joint.i + 1, end, res)
    return [found] if found is not None else []


GLOSSARY_ITEMS = 3  # descriptions read after "Name:"


def glossary_titles(doc: Doc, span: Span, res: Resolution) -> list[Listed]:
    """The titles of a who's-who line: a name opening its line, a colon, then descriptions separated by
    commas ("President of Serbia since 2017", "EU High Representative for X", "a former interior minister")."""
    if span.end + 1 >= len(doc) or doc[span.end].text != ":" or not _opens_line(doc, span.start):
        return []
    out: list[Listed] = []
    i = span.end + 1
    for _ in range(GLOSSARY_ITEMS):
        end = i
        while end < len(doc) and doc[end].text not in {",", ".", ";"} and "\n" not in doc[end].text:
            end += 1
        found = _description_title(doc, i, end, res)
        if found is not None:
            out.append(found)
        if end >= len(doc) or doc[end].text != ",":
            break
        i = end + 1
    return out


def _opens_line(doc: Doc, i: int) -> bool:
    """Whether token i is the first word of its line (only bullets before it)."""
    j = i - 1
    while j >= 0 and "\n" not in doc[j].text and not doc[j].whitespace_.count("\n"):
        if doc[j].is_alpha or doc[j].is_digit:
            return False
        j -= 1
    return True


def _description_title(doc: Doc, start: int, end: int, res: Resolution) -> Listed | None:
    """"[a] [former] [Org] Title [of/for Complement]" between start and end: the title as written, the body
    or country before it or after its "of"."""
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    org = org_at(res, start) if start < end else None
    while start < end and res.key_at(start) is not None and org is not None and res.key_at(start) == org:
        start += 1  # "EU High Representative"
    heads = [t for t in doc[start:end] if t.lower_ in TITLE_HEADS and res.key_at(t.i) is None]
    wh = next((t.i for t in doc[start:end] if t.tag_ in _RELATIVE), end)  # "a former minister who says ...": its own
    if any(t.tag_ in _FINITE for t in doc[start:wh]):
        return None  # "HOST: You met the Foreign Minister", a transcript's turn: a clause, no description
    if not heads or not all(is_title_token(t) or t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in doc[start:heads[0].i]):
        return None
    head = heads[0]
    last = head.i
    j = head.i + 1
    while j < end and doc[j].lower_ in COMPLEMENT_OPENERS and head.is_title:  # "for Foreign Affairs and ..."
        k = j + 1
        while k < end and (doc[k].is_title or doc[k].lower_ in {"and", "the", "-"}) and res.key_at(k) is None:
            k += 1
        while k > j + 1 and doc[k - 1].lower_ in {"and", "the", "-"}:
            k -= 1  # "Chairperson of the [Council]": the run stops at the body's name
        if k == j + 1:
            break
        last, j = k - 1, k
    if org is None and head.i + 2 < end and doc[head.i + 1].lower_ == "of":
        org = org_at(res, head.i + 2)
    title = title_text([t for t in doc[start:last + 1] if res.key_at(t.i) is None])
    return Listed(title, org, head) if title else None


def gapped_title(doc: Doc, span: Span, res: Resolution, depth: int = 3) -> Listed | None:
    """"Albania's Prime Minister A, Serbia's B and Greece's C": B and C, each after its own country's
    possessive and no title, hold the title said for the name before them; their own country."""
    i = span.start - 1
    if depth == 0 or i < 2 or doc[i].text not in POSSESSIVE:
        return None
    country = org_at(res, i - 1)
    if country is None or res.entities[country].kind is not Kind.COUNTRY:
        return None
    j = i - 1
    while j > 0 and res.key_at(j - 1) == country:
        j -= 1
    k = j - 1 - (doc[j - 1].text == "and" and doc[j - 2].text == ",")
    before = res.key_at(k - 1) if k > 0 and doc[k].text in {",", "and"} else None
    if before is None or res.entities[before].kind is not Kind.PERSON:
        return None
    prev = next(s for s, key in res.spans if s.start <= k - 1 < s.end)
    t, tokens = prev.start - 1, list[Token]()
    while t >= 0 and res.key_at(t) is None and is_title_token(doc[t]):
        tokens.insert(0, doc[t])
        t -= 1
    title = title_text(tokens)
    if title is not None and t >= 0 and doc[t].text in POSSESSIVE:
        return Listed(title, country, doc[i])
    earlier = gapped_title(doc, prev, res, depth - 1) if title is None else None
    return Listed(earlier.title, country, doc[i]) if earlier is not None else None

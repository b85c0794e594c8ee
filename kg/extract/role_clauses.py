"""Titles stated in a clause around a name: the role finders past the words right before it (roles.py).

- appositive: "Kim Yong Chol, North Korea's top nuclear envoy,"; a title before a comma: "Myanmar's President, Thein Sein"
- "As head of the U.S. Defense Department, Carter ..."; predicative: "X is the foreign minister of Y"
- "X of Y": "Murray Hiebert of the Center for Strategic and International Studies"; "X was elected president of Y"
Also the records the finders share: what one finder found (Found) and the resolution as they read it (Seen).
"""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.data import tables
from kg.extract.titles import (
    ARTICLES, POSSESSIVE_DETERMINERS, COUNTERPART, COURTESY, complemented, is_rank, is_title_token, opens_sentence,
    org_after, org_at, org_left, skip_articles, title_left, title_text, title_words,
)
from kg.nlp import lemma
from kg.nlp.components import POSSESSIVE
from kg.nlp.lexicon import HONORIFICS, PORTFOLIO_WORDS, TITLE_HEADS, common_nouns
from kg.resolve.document import Resolution, implied_country
from kg.records import Entity, Kind

_W = tables("roles")["roles"]
OFFICE_NOUNS = frozenset(_W["office_nouns"])
OFFICE_VERBS = frozenset(_W["office_verbs"])
_BE_FORMS = frozenset(_W["be_forms"])


@dataclass(frozen=True)
class Found:
    person: str
    title: str | None
    org: str | None
    head: Token
    how: str


@dataclass(frozen=True)
class Seen(Resolution):
    """The resolution as the role finders read it: its entities and the countries they imply, which are
    kept apart in `found` (the Resolution given stays untouched)."""

    found: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def of(cls, res: Resolution) -> Seen:
        found: dict[str, Entity] = {}
        return cls(MappingProxyType(ChainMap(dict(res.entities), found)), res.spans, res.ambiguous, found)

    def add_country(self, iso3: str) -> str | None:
        """The key of a country the text implies; a new entity goes to `found`."""
        entity = implied_country(iso3)
        if entity is None:
            return None
        if entity.key not in self.entities:
            self.found[entity.key] = entity
        return entity.key


def appositive(doc: Doc, span: Span, key: str, res: Resolution) -> Found | None:
    """Name, [the] [Org's] title [at/of/for Org],"""
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    if i + 2 < len(doc) and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2  # "X, 54, the company's chief executive,"
    if i + 2 < len(doc) and doc[i + 1].lower_ == "who" and doc[i + 2].lower_ in _BE_FORMS:
        i += 2  # "X, who is also the party's treasurer,"
    end = i + 1
    while end < len(doc) and doc[end].text not in {",", ".", ";", "“", "\"", "”"} and end - i < 25 and (
            "\n" not in doc[end].text):  # a byline's "By X, Staff Writer" ends with its line
        end += 1
    phrase = doc[i + 1:end]
    verb = next((t for t in phrase if t.pos_ in {"VERB", "AUX"} and doc[t.i - 1].text != "-"), None)  # "Tripoli-based"
    if verb is not None and verb.dep_ == "relcl" and verb.head.lower_ in TITLE_HEADS and verb.left_edge.i > i + 1:
        end, verb = verb.left_edge.i, None  # "X, the former foreign minister who now chairs the committee,"
        phrase = doc[i + 1:end]
    if verb is not None:
        titled = any(t.lower_ in TITLE_HEADS for t in doc[i + 1:verb.i])
        if not (titled and verb.tag_ in {"VBN", "VBG"}) and (  # "prime minister of the government recognised by"
                not opens_sentence(span) or end < len(doc) and doc[end].text == ","):
            return None  # "X, the U.S. Secretary of State confirmed ..." is a new clause, not an appositive
        end = verb.i  # "Ralph Corby, Airbus's North America CEO commented ...": the comma left out
        phrase = doc[i + 1:end]
    org = None
    tokens: list[Token] = []
    for tok in phrase:
        if (tok.pos_ == "ADV" or tok.lower_ in POSSESSIVE_DETERMINERS) and not tokens and org is None:
            continue  # "Van Susteren, also a VOA contributor,", "X, its prime minister,"
        if tok.pos_ == "VERB" and doc[tok.i - 1].text == "-":
            tokens = [t for t in tokens if t.i < tok.i - 1]  # "the Tripoli-based prime minister"
            continue
        k = res.key_at(tok.i)
        if tok.text in POSSESSIVE and tokens and all(t.is_lower and t.lower_ not in TITLE_HEADS for t in tokens):
            tokens = []  # "the party's treasurer", "the company's chief executive": an unnamed body
            continue
        if k is not None or tok.text in POSSESSIVE or tok.lower_ in ARTICLES:
            if tokens and not (k and org_at(res, tok.i) and not any(t.lower_ in TITLE_HEADS for t in tokens)):
                break
            org = org_at(res, tok.i) or org  # also "former Chrysler President": the body inside the title
            continue
        if tok.pos_ in {"ADJ", "NOUN", "PROPN"} or is_title_token(tok):
            tokens.append(tok)
            nxt = doc[tok.i + 1] if tok.i + 1 < end else None
            if tok.lower_ in TITLE_HEADS and not (nxt is not None and res.key_at(nxt.i) is None and (
                    nxt.lower_ in TITLE_HEADS or is_title_token(nxt) and nxt.lower_ not in ARTICLES | {"of", "-"})):
                break
        else:
            break
    title = title_words(tokens)
    if title is None:
        return None
    head = tokens[-1]
    after = res.key_at(head.i + 1) if head.i + 1 < len(doc) else None
    if after is not None and res.entities[after].kind == Kind.PERSON:
        return None  # "A, German Chancellor B": the title belongs to the next name of a list
    if org is None:
        org = org_after(doc, head.i + 1, end, res)
    return Found(key, title, org, head, "appositive")


def title_before_comma(doc: Doc, span: Span, key: str, res: Seen) -> Found | None:
    """[the] [Org's] title [of/to Org], Name: the name in apposition to a title before it ("Myanmar's
    President, Thein Sein"; "the former mayor of Antananarivo, Andry Rajoelina"; "the envoy to Sudan, X"); a
    capitalised title's run before the comma however the parser hung it, and its complement the parse left out ("The
    Leader of the Opposition, X": 'Leader of the Opposition', not 'Leader')."""
    if span.root.dep_ == "appos" and _gerund_object(span.root.head):
        return None
    parsed = _parsed_before_comma(doc, span, key, res)
    run = _capitalised_before(doc, span, key, res) if parsed is None or parsed.head.is_title else None
    if parsed is None or run is not None and run.title and parsed.title and run.title.startswith(parsed.title) \
            and len(run.title) > len(parsed.title) and _bare_complement(doc, parsed.head.i + 1, span.start, res):
        return run
    return parsed


def _gerund_object(head: Token) -> bool:
    """"After meeting the President, X, who leads the mission, flew home": the title the parser made the subject of
    the main verb is the object of the opening gerund, which has none ("After meeting" whom?); the name is the subject
    (a subject of its own after the name, "..., X, the envoy flew home", keeps the apposition)."""
    gerund = head.head
    if head.dep_ == "dobj" and gerund.tag_ == "VBG" and gerund.dep_ in {"pcomp", "advcl"}:
        verb = gerund.head.head if gerund.dep_ == "pcomp" else gerund.head  # the main verb: has it a subject?
        return verb.i > head.i and verb.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if head.dep_ != "nsubj" or head.head.i < head.i:
        return False
    opening = [c for c in head.head.children if c.dep_ in {"prep", "advcl"} and c.i < head.i]
    return any(v.tag_ == "VBG" and not any(o.dep_ == "dobj" for o in v.children)
               for c in opening for v in (c, *c.children) if v.dep_ in {"pcomp", "advcl"})


def _bare_complement(doc: Doc, start: int, end: int, res: Seen) -> bool:
    """The words between a title and the comma before a name complete the title as a name of its own ("of the
    Opposition"): no entity, no portfolio's word ("of Trade and Industry"), no place's noun ("of Shaanxi Province")."""
    return all(res.key_at(t.i) is None and t.text not in PORTFOLIO_WORDS and common_nouns().get(t.lower_) != "location"
               for t in doc[start:end])


def _parsed_before_comma(doc: Doc, span: Span, key: str, res: Seen) -> Found | None:
    root = span.root
    head = root.head
    closed = span.end >= len(doc) or doc[span.end].text in {",", ".", ";", ")"}
    start = span.start
    while start > 1 and (is_rank(doc[start - 1]) or (doc[start - 1].text in HONORIFICS or doc[start - 1].text in
                                                      COURTESY) and not is_title_token(doc[start - 1])):
        start -= 1  # "the Prime Minister of Singapore, Mr. Lee Hsien Loong", "the Speaker, Rt. Hon. X", "…, Lt Gen X"
    last = _before_acronym(doc, start - 2) if start >= 2 and doc[start - 1].text == "," else start - 2
    if start != span.start and doc[start - 1].text == ",":
        before = complemented(doc[last]) if doc[last].lower_ not in TITLE_HEADS else _outer_head(doc[last])
        if before is None:
            return None
        head = before
    elif span.start >= 2 and doc[span.start - 1].text == "," and closed and (
            doc[last].lower_ in TITLE_HEADS | COUNTERPART or complemented(doc[last])):
        head = _outer_head(doc[last])  # "her Polish counterpart, X,", "the Vice-Governor of Y Province, X,"
    elif root.dep_ != "appos" or head.i >= span.start or not any(t.text == "," for t in doc[head.i + 1:span.start]):
        return None
    org = None
    if head.lower_ in COUNTERPART:  # "his Thai counterpart, X": the state; the title is mirrored
        iso3 = gazetteer.demonyms().get(doc[head.i - 1].text) if head.i > 0 else None
        org = org_left(doc, head.i - 1, res) or (res.add_country(iso3) if iso3 else None)
        return Found(key, None, org, head, "prenominal")
    if head.i < span.start and _run_head(doc, head.i, res) and head.lower_ in _MEMBER_HEADS:
        return _member(doc, head, key, res)  # "the Member of Parliament for X, Y": the seat's name no body's
    if head.lower_ not in TITLE_HEADS:  # the apposition hangs on the title's complement
        titled = complemented(head)  # ("of marketing for the iPod, X")
        if titled is None:
            return None
        org, head = org_at(res, head.i), titled
    if res.key_at(head.i) is not None:
        return None
    tokens, i = title_left(doc, head, res)
    title = title_text(tokens)
    if title is None:
        return None
    org = org or org_left(doc, i, res) or org_after(doc, head.i + 1, span.start, res)
    return Found(key, title, org, head, "appositive")


_RUN_JOINS = frozenset(_W["capitalised_title_joins"])
_RUN_PREPS = _RUN_JOINS - {"the", "and", "&"}
_MEMBER_HEADS = frozenset(tables("roles")["titles"]["body_member_heads"])


def _run_head(doc: Doc, j: int, res: Seen) -> bool:
    """A head of a capitalised title's run: a title head, or a member's "of" a body ("Member of Parliament")."""
    return doc[j].is_title and res.key_at(j) is None and (doc[j].lower_ in TITLE_HEADS or doc[j].lower_ in _MEMBER_HEADS
                                                          and j + 2 < len(doc) and doc[j + 1].lower_ == "of"
                                                          and org_at(res, skip_articles(doc, j + 2)) is not None)


def _capitalised_before(doc: Doc, span: Span, key: str, res: Seen) -> Found | None:
    """A capitalised title and its complement before a comma and a name set off by commas, however the parser hung
    them: "Leader of the Opposition, X,", "the Chief Secretary to the Treasury, X,", "Minister within the Ministry of
    Public Service, X,", "Nigeria's High Commissioner to the UK, X,". The run back from the comma holds capitalised
    words, bodies, states and places, and joints ("of", "to", "within", "the"), no one's name ("President A,
    President B,"); its title is the leftmost capitalised head.
    Not a name that is the subject of a clause an opening phrase with the title precedes ("After meeting the
    President, X, who ...")."""
    start = span.start
    while start > 1 and (doc[start - 1].text in HONORIFICS or doc[start - 1].text in COURTESY):
        start -= 1  # "the Grand Mufti, Sheikh X"
    closed = span.end >= len(doc) or doc[span.end].text in {",", ".", ";", ")"}
    if start < 2 or doc[start - 1].text != "," or not closed:
        return None
    heads = []
    last = j = _before_acronym(doc, start - 2)
    while j > 0 and last - j < 12 and (doc[j].lower_ in _RUN_JOINS or (k := res.key_at(j)) is None and doc[j].is_title
                                       and doc[j].is_alpha or k is not None and res.entities[k].kind != Kind.PERSON):
        if _run_head(doc, j, res):
            heads.append(doc[j])
        j -= 1
    if not heads or span.root.dep_ in {"nsubj", "nsubjpass"} and any(
            a.dep_ == "advcl" or a.dep_ == "prep" and a.i == a.sent.start for a in heads[-1].ancestors):
        return None
    head = heads[-1]
    tokens, i = title_left(doc, head, res)
    at = next((m for m in range(head.i + 1, last + 1) if org_at(res, m)), None)
    if at is None:  # "Leader of the Opposition": the complement is the title's
        title = title_text(tokens + list(doc[head.i + 1:last + 1]))
        org = org_left(doc, i, res)
    elif head.lower_ in _MEMBER_HEADS:  # "Member of Parliament (for Kingston Central)": the body names the seat
        return _member(doc, head, key, res)
    else:  # "High Commissioner to the UK": the body or state after it is the title's
        joint = max((m for m in range(head.i + 1, at) if doc[m].lower_ in _RUN_PREPS), default=at)
        title = title_text(tokens + list(doc[head.i + 1:joint]))
        org = org_at(res, at)
    return Found(key, title, org, head, "appositive") if title else None


def _member(doc: Doc, head: Token, key: str, res: Seen) -> Found:
    """"Member of Parliament", "Member of the National Assembly": the member's title with its body's name."""
    at = skip_articles(doc, head.i + 2)
    end = next(m for m in range(at, len(doc) + 1) if m == len(doc) or res.key_at(m) != res.key_at(at))
    return Found(key, doc[head.i:end].text, org_at(res, at), head, "appositive")


def _before_acronym(doc: Doc, j: int) -> int:
    """The last word of a body's name before its acronym, which readouts and West African papers put between the
    name and the comma ("the President of the Nigeria Labour Congress, NLC, Comrade X"; "the Chief Executive of the
    National Petroleum Authority (NPA), Mrs X"); `j` itself without one."""
    if j >= 3 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].is_upper:
        return j - 3
    if j >= 2 and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1 and doc[j - 1].text == "," and (
            doc[j - 2].is_title or doc[j - 2].is_upper):
        return j - 2
    return j


def _outer_head(head: Token) -> Token:
    """The title whose complement a title head ends ("the Special Representative of the Secretary-General, X": the
    representative, not the Secretary-General), or the head itself; not an indefinite title, which names no one ("A
    senior adviser to the Prime Minister, X": X is the Prime Minister)."""
    outer = complemented(head) if head.lower_ in TITLE_HEADS and head.dep_ == "pobj" else None
    if outer is None or any(c.dep_ == "det" and c.morph.to_dict().get("Definite") == "Ind" for c in outer.children):
        return head
    return outer


def as_title(doc: Doc, span: Span, key: str, res: Resolution) -> Found | None:
    """As title [of Org], Name verb ...: "As head of the U.S. Defense Department, Carter expressed regret"."""
    root = span.root
    if root.dep_ != "nsubj":
        return None
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < span.start:
            head = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in TITLE_HEADS), None)
            if head is None or res.key_at(head.i) is not None:
                return None
            tokens, i = title_left(doc, head, res)
            title = title_text(tokens)
            if title is None:
                return None
            org = org_left(doc, i, res) or org_after(doc, head.i + 1, span.start, res)
            return Found(key, title, org, head, "appositive")
    return None


def predicative(doc: Doc, span: Span, key: str, res: Resolution) -> Found | None:
    """Name is/was/has been [the] title [of Org]."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or lemma(verb) != "be" and verb.lower_ not in _BE_FORMS:
        return None
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.lower_ in TITLE_HEADS]
    if not attrs:
        return None
    head = attrs[0]
    tokens = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"amod", "compound"} and
              res.key_at(t.i) is None] + [head]
    tokens = [t for t in doc[tokens[0].i:head.i + 1] if res.key_at(t.i) is None]
    title = title_text(tokens)
    if title is None:
        return None
    org = next((org_at(res, t.i) for t in head.subtree if org_at(res, t.i)), None)
    return Found(key, title, org, head, "predicative")


def of_org(doc: Doc, span: Span, key: str, res: Resolution) -> Found | None:
    """Name of Org ("Murray Hiebert of the Center for Strategic and International Studies")."""
    i = span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    while j < len(doc) and doc[j].lower_ == "the":
        j += 1
    org = org_at(res, j) if j < len(doc) else None
    if org is None or res.entities[org].kind != Kind.ORGANIZATION:
        return None
    return Found(key, None, org, doc[i], "of")


def elected(doc: Doc, span: Span, key: str, res: Resolution) -> Found | None:
    """"the election of Senator Barack Obama as U.S. president", "X was elected president of Y"."""
    root = span.root
    office: Token | None = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in OFFICE_NOUNS:
        noun = root.head.head  # "as" hangs on the noun or on the name
        office = next((p for t in (noun, root) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                       for p in c.children if p.dep_ == "pobj"), None)
    elif root.dep_ == "nsubjpass" and lemma(root.head).lower() in OFFICE_VERBS:
        verb = root.head
        office = next((c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}), None)
        if office is None:
            office = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                           for p in c.children if p.dep_ == "pobj"), None)
    if office is None or office.lower_ not in TITLE_HEADS:
        return None
    tokens: list[Token] = []
    i = office.i
    while i >= office.left_edge.i and res.key_at(i) is None and is_title_token(doc[i]):
        tokens.insert(0, doc[i])
        i -= 1
    title = title_text(tokens)
    if title is None:
        return None
    org = next((k for t in office.subtree if (k := org_at(res, t.i))), None)
    return Found(key, title, org, office, "elected")

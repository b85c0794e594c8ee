"""Titles, affiliations and nationalities of people, from the common news constructions.

- pre-nominal: "U.S. President Donald Trump", "Secretary of State Mike Pompeo", "North Korean leader Kim"
- appositive: "Kim Yong Chol, North Korea's top nuclear envoy"; "Scott Snyder, senior fellow ... at the Council"
- predicative: "X is the foreign minister of Y"
- "X of Y": "Murray Hiebert of the Center for Strategic and International Studies"
Each Role carries its evidence sentence and a confidence by construction.
"""
from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg.extract.role_context import described_earlier, described_later, drop_subsumed, mirrored_title
from kg.extract.role_lists import described_titles, gapped_title, joined_title, listed_title
from kg.extract.titles import (
    ARTICLES, POSSESSIVE_DETERMINERS,
    COUNTERPART,
    COURTESY,
    complement_start, is_rank, rank_cut,
    complemented,
    courtesy_start,
    one_body,
    skip_articles,
    opens_sentence,
    title_words,
    is_title_token,
    org_after,
    org_at,
    org_left,
    thing_name,
    title_left,
    title_text,
)
from kg import gazetteer
from kg.data import tables
from kg.nlp import lemma
from kg.nlp.components import POSSESSIVE
from kg.nlp.lexicon import HONORIFICS, TITLE_HEADS
from kg.resolve.document import Resolution, implied_country
from kg.records import Article, Entity, Evidence, Kind, Nationality, Role

_W = tables("roles")["roles"]
US_CABINET_DEPARTMENTS = frozenset(_W["us_cabinet_departments"])
CONFIDENCE = {"prenominal": 0.9, "appositive": 0.8, "predicative": 0.8, "of": 0.6, "elected": 0.7, "counterpart": 0.6,
              "described": 0.5, "described_later": 0.4}
OFFICE_NOUNS = frozenset(_W["office_nouns"])
OFFICE_VERBS = frozenset(_W["office_verbs"])
_APPOSITION_PREPOSITIONS = frozenset(_W["apposition_prepositions"])
_BE_FORMS = frozenset(_W["be_forms"])


@dataclass(frozen=True)
class _Found:
    person: str
    title: str | None
    org: str | None
    head: Token
    how: str


@dataclass(frozen=True)
class RolesFound:
    """The roles and nationalities of one article, and the countries they imply that resolution had not
    (the state of "Secretary of Defense", of "his Thai counterpart")."""

    roles: tuple[Role, ...]
    nationalities: tuple[Nationality, ...]
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class _Seen(Resolution):
    """The resolution as the role finders read it: its entities and the countries they imply, which are
    kept apart in `found` (the Resolution given stays untouched)."""

    found: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def of(cls, res: Resolution) -> _Seen:
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


def extract_roles(doc: Doc, article: Article, resolution: Resolution) -> RolesFound:
    """Every (person, title, organization) the text states, and the nationalities it implies."""
    res = _Seen.of(resolution)
    roles: dict[tuple[str, str | None, str | None], Role] = {}
    nationalities: dict[tuple[str, str], Nationality] = {}
    mirrors: list[tuple[str, str | None, Token, Evidence]] = []
    for span, key in res.spans:
        if res.entities[key].kind != Kind.PERSON or thing_name(res.entities[key].name):
            continue
        for found in _constructions(doc, span, key, res):
            sent = found.head.sent
            ev = Evidence(article.id, sent.start_char, sent.end_char, sent.text)
            org = found.org
            if org and res.entities[org].kind == Kind.COUNTRY and found.how == "prenominal":
                nationalities.setdefault((key, org), Nationality(key, org, ev, 0.8))
            if _is_demonym(org, found, res):
                nationalities.setdefault((key, org), Nationality(key, org, ev, 0.8))  # type: ignore[arg-type]
            if found.title or org:
                roles.setdefault((key, found.title, org), Role(key, found.title, org, ev, CONFIDENCE[found.how]))
            if found.title is None and found.head.lower_ in COUNTERPART:
                mirrors.append((key, org, found.head, ev))
    for key, told, org, ev in described_earlier(doc, article, res, roles):
        roles.setdefault((key, told, org), Role(key, told, org, ev, CONFIDENCE["described"]))
    for key, told, org, ev in described_later(doc, article, res, roles):
        roles.setdefault((key, told, org), Role(key, told, org, ev, CONFIDENCE["described_later"]))
    for key, org, word, ev in mirrors:  # "his Thai counterpart, X": X holds the title of the "his"
        if any(r.person == key and r.title for r in roles.values()):
            continue  # "his Nigerian counterpart, Foreign Minister X": her own title
        mirrored = mirrored_title(word, key, res, roles.values())
        if mirrored is not None:
            roles.setdefault((key, mirrored, org), Role(key, mirrored, org, ev, CONFIDENCE["counterpart"]))
    return RolesFound(tuple(drop_subsumed(list(roles.values()))), tuple(nationalities.values()),
                      tuple(res.found.values()))


def _is_demonym(org: str | None, found: _Found, res: Resolution) -> bool:
    return bool(org and res.entities[org].kind == Kind.COUNTRY and found.how == "appositive")


def _constructions(doc: Doc, span: Span, key: str, res: _Seen) -> Iterator[_Found]:
    for finder in (_prenominal, _abbreviated, _appositive, _title_before_comma, _as_title, _predicative, _of_org,
                   _elected):
        found = finder(doc, span, key, res)
        if found is not None:
            yield found
    listed = listed_title(doc, span, res)  # "Their foreign ministers, A and B"
    if listed is not None:
        yield _Found(key, listed.title, listed.org, listed.head, "appositive")
    for glossed in described_titles(doc, span, res):  # "- X: President of Y"; "X, A and B"; a byline's next line
        yield _Found(key, glossed.title, glossed.org, glossed.head, "appositive")
    gapped = gapped_title(doc, span, res)  # "Albania's Prime Minister A, Serbia's B and Greece's C"
    if gapped is not None:
        yield _Found(key, gapped.title, gapped.org, gapped.head, "prenominal")
    joined = joined_title(doc, span, res)  # "State Councilor and Foreign Minister X"
    if joined is not None:
        yield _Found(key, joined[0], None, joined[1], "prenominal")


def _prenominal(doc: Doc, span: Span, key: str, res: _Seen) -> _Found | None:
    """[Org/Country] Title Name: scan left from the name over title words.

    Also with a complement ("the Japanese ambassador to China Anami Koreshige", "Special Representative
    for the Korean Peninsula Peace and Security Affairs Lee Do-hoon") and through "counterpart" ("his
    South Korean counterpart Lee Do-hoon": South Korean, no title; "her Brazilian counterpart Foreign
    Minister Celso Amorim").
    """
    start = courtesy_start(doc, span.start)  # "Foreign Minister of Ghana Mr. X"
    i = complement_start(doc, start, res)
    end = i + 1
    tokens: list[Token] = []
    while i >= 0 and res.key_at(i) is None and is_title_token(doc[i]):
        tokens.insert(0, doc[i])
        i -= 1
    if cut := rank_cut(tokens):  # "Lord Provost Cllr X", "Navy spokesperson Commodore X": the rank is read alone
        tokens = tokens[:-cut]  # (_abbreviated)
    title = title_text(tokens)
    counterpart = i >= 0 and doc[i].lower_ in COUNTERPART and res.key_at(i) is None
    if counterpart:
        i -= 1
    elif title is None:
        return None
    while i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    org = org_at(res, i) if i >= 0 else None
    if counterpart and title is None:
        if org is None or res.entities[org].kind != Kind.COUNTRY:
            return None
        return _Found(key, None, org, doc[i + 1], "prenominal")
    if end < start and title is not None:
        title = doc[tokens[0].i:start].text  # with its complement
        if org is None and doc[end].lower_ == "of":  # "Vice President of the European Commission Josep Borrell"
            at = next((j for j in range(end + 1, start) if org_at(res, j)), None)
            org = org_at(res, at) if at is not None else None
            last_of = max((j for j in range(end, at or end) if doc[j].lower_ == "of"), default=end)
            title = doc[tokens[0].i:last_of].text if org else title  # "Minister of Foreign Affairs"
        if org is None:  # "Secretary of State for External Relations of Angola X"
            tagged = next((j for j in range(start - 2, end, -1) if doc[j].lower_ == "of"
                           and one_body(doc, j + 1, start, res)), None)
            if tagged is not None:
                org, title = org_at(res, skip_articles(doc, tagged + 1)), doc[tokens[0].i:tagged].text
    if org is None and title is not None:
        org = _cabinet_country(title, res)
    return _Found(key, title, org, tokens[-1], "prenominal")


def _abbreviated(doc: Doc, span: Span, key: str, res: _Seen) -> _Found | None:
    """A rank right before the name after a longer title ("Lord Provost Cllr X": "Cllr"; "Army chief Lt Gen X")."""
    i = span.start - 1
    while i >= 0 and res.key_at(i) is None and is_title_token(doc[i]):
        i -= 1
    cut = rank_cut(list(doc[i + 1:span.start]))
    return _Found(key, doc[span.start - cut:span.start].text, None, doc[span.start - cut], "prenominal") if cut else None


def _cabinet_country(title: str, res: _Seen) -> str | None:
    parts = title.split(" of ", 1)
    if len(parts) == 2 and parts[0].endswith("Secretary") and parts[1] in US_CABINET_DEPARTMENTS:
        return res.add_country("USA")  # implied even where the article never names the country
    return None


def _appositive(doc: Doc, span: Span, key: str, res: Resolution) -> _Found | None:
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
    return _Found(key, title, org, head, "appositive")


def _title_before_comma(doc: Doc, span: Span, key: str, res: _Seen) -> _Found | None:
    """[the] [Org's] title [of/to Org], Name: the name in apposition to a title before it ("Myanmar's
    President, Thein Sein"; "the former mayor of Antananarivo, Andry Rajoelina"; "the envoy to Sudan, X")."""
    root = span.root
    head = root.head
    closed = span.end >= len(doc) or doc[span.end].text in {",", ".", ";", ")"}
    start = span.start
    while start > 1 and (is_rank(doc[start - 1]) or (doc[start - 1].text in HONORIFICS or doc[start - 1].text in
                                                      COURTESY) and not is_title_token(doc[start - 1])):
        start -= 1  # "the Prime Minister of Singapore, Mr. Lee Hsien Loong", "the Speaker, Rt. Hon. X", "…, Lt Gen X"
    if start != span.start and doc[start - 1].text == ",":
        before = complemented(doc[start - 2]) if doc[start - 2].lower_ not in TITLE_HEADS else doc[start - 2]
        if before is None:
            return None
        head = before
    elif span.start >= 2 and doc[span.start - 1].text == "," and closed and (
            doc[span.start - 2].lower_ in TITLE_HEADS | COUNTERPART or complemented(doc[span.start - 2])):
        head = doc[span.start - 2]  # "her Polish counterpart, X,", "the Vice-Governor of Y Province, X,"
    elif root.dep_ != "appos" or head.i >= span.start or not any(t.text == "," for t in doc[head.i + 1:span.start]):
        return None
    org = None
    if head.lower_ in COUNTERPART:  # "his Thai counterpart, X": the state; the title is mirrored
        iso3 = gazetteer.demonyms().get(doc[head.i - 1].text) if head.i > 0 else None
        org = org_left(doc, head.i - 1, res) or (res.add_country(iso3) if iso3 else None)
        return _Found(key, None, org, head, "prenominal")
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
    return _Found(key, title, org, head, "appositive")


def _as_title(doc: Doc, span: Span, key: str, res: Resolution) -> _Found | None:
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
            return _Found(key, title, org, head, "appositive")
    return None


def _predicative(doc: Doc, span: Span, key: str, res: Resolution) -> _Found | None:
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
    return _Found(key, title, org, head, "predicative")


def _of_org(doc: Doc, span: Span, key: str, res: Resolution) -> _Found | None:
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
    return _Found(key, None, org, doc[i], "of")


def _elected(doc: Doc, span: Span, key: str, res: Resolution) -> _Found | None:
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
    return _Found(key, title, org, office, "elected")

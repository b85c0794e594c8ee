"""Titles, affiliations and nationalities of people, from the common news constructions.

- pre-nominal: "U.S. President Donald Trump", "Secretary of State Mike Pompeo", "North Korean leader Kim"
- appositive: "Kim Yong Chol, North Korea's top nuclear envoy"; "Scott Snyder, senior fellow ... at the Council"
- predicative: "X is the foreign minister of Y"
- "X of Y": "Murray Hiebert of the Center for Strategic and International Studies"
Each Role carries its evidence sentence and a confidence by construction. The words right before a name are read
here; the clauses around it (apposition, predicate, "as", "of", elected) in role_clauses.py.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.role_clauses import (Found, Seen, appositive, as_title, elected, of_org, predicative,
                                     title_before_comma)
from kg.extract.role_context import described_earlier, described_later, drop_subsumed, mirrored_title
from kg.extract.role_lists import described_titles, gapped_title, joined_title, listed_title
from kg.extract.titles import (
    COMPLEMENT_OPENERS,
    COUNTERPART,
    complement_start, owner_cut, rank_cut, is_style,
    courtesy_start,
    one_body,
    skip_articles,
    is_title_token,
    org_at,
    thing_name,
    title_text,
)
from kg.data import tables
from kg.nlp.components import POSSESSIVE
from kg.nlp.lexicon import PORTFOLIO_WORDS
from kg.resolve.document import Resolution
from kg.records import Article, Entity, Evidence, Kind, Nationality, Role

_W = tables("roles")["roles"]
US_CABINET_DEPARTMENTS = frozenset(_W["us_cabinet_departments"])
CONFIDENCE = {"prenominal": 0.9, "appositive": 0.8, "predicative": 0.8, "of": 0.6, "elected": 0.7, "counterpart": 0.6,
              "described": 0.5, "described_later": 0.4}
_APPOSITION_PREPOSITIONS = frozenset(_W["apposition_prepositions"])


@dataclass(frozen=True)
class RolesFound:
    """The roles and nationalities of one article, and the countries they imply that resolution had not
    (the state of "Secretary of Defense", of "his Thai counterpart")."""

    roles: tuple[Role, ...]
    nationalities: tuple[Nationality, ...]
    entities: tuple[Entity, ...]


def extract_roles(doc: Doc, article: Article, resolution: Resolution) -> RolesFound:
    """Every (person, title, organization) the text states, and the nationalities it implies."""
    res = Seen.of(resolution)
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


def _is_demonym(org: str | None, found: Found, res: Resolution) -> bool:
    return bool(org and res.entities[org].kind == Kind.COUNTRY and found.how == "appositive")


def _constructions(doc: Doc, span: Span, key: str, res: Seen) -> Iterator[Found]:
    for finder in (_prenominal, _abbreviated, appositive, title_before_comma, as_title, predicative, of_org, elected):
        found = finder(doc, span, key, res)
        if found is not None:
            yield found
    listed = listed_title(doc, span, res)  # "Their foreign ministers, A and B"
    if listed is not None:
        yield Found(key, listed.title, listed.org, listed.head, "appositive")
    for glossed in described_titles(doc, span, res):  # "- X: President of Y"; "X, A and B"; a byline's next line
        yield Found(key, glossed.title, glossed.org, glossed.head, "appositive")
    gapped = gapped_title(doc, span, res)  # "Albania's Prime Minister A, Serbia's B and Greece's C"
    if gapped is not None:
        yield Found(key, gapped.title, gapped.org, gapped.head, "prenominal")
    joined = joined_title(doc, span, res)  # "State Councilor and Foreign Minister X"
    if joined is not None:
        yield Found(key, joined[0], None, joined[1], "prenominal")


def _prenominal(doc: Doc, span: Span, key: str, res: Seen) -> Found | None:
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
    while i >= 0 and res.key_at(i) is None and (is_title_token(doc[i]) or doc[i].text in PORTFOLIO_WORDS and tokens
                                                 and tokens[0].is_title):  # "Chile's Mining Minister X"
        tokens.insert(0, doc[i])
        i -= 1
    if cut := rank_cut(tokens):  # "Lord Provost Cllr X", "Navy spokesperson Commodore X": the rank is read alone
        tokens = tokens[:-cut]  # (_abbreviated)
    tokens = tokens[owner_cut(tokens):]  # "the adviser of Prime Minister X": X's own title only
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
        return Found(key, None, org, doc[i + 1], "prenominal")
    if end < start and title is not None and org is None and doc[end].lower_ not in COMPLEMENT_OPENERS \
            and (body := org_at(res, end)) is not None:
        org = body  # "Chairman Senate X", "Chairman CPEC Authority Lt Gen X": the body after the title, no "of"
    elif end < start and title is not None:
        title = title_text(list(doc[tokens[0].i:start])) or title  # with its complement (a list's comma trimmed)
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
    return Found(key, title, org, tokens[-1], "prenominal")


def _abbreviated(doc: Doc, span: Span, key: str, res: Seen) -> Found | None:
    """A rank right before the name after a longer title ("Lord Provost Cllr X": "Cllr"; "Army chief Lt Gen X")."""
    i = span.start - 1
    while i >= 0 and res.key_at(i) is None and is_title_token(doc[i]):
        i -= 1
    cut = rank_cut(list(doc[i + 1:span.start]))
    if not cut:  # the style inside the model's span: "chairperson [Reverend Monsignor X]", "[Senator X]"
        cut = next((n for n in range(len(span) - 1) if not is_style(span[n])), 0)
        return Found(key, span[:cut].text, None, span[0], "prenominal") if cut else None
    return Found(key, doc[span.start - cut:span.start].text, None, doc[span.start - cut], "prenominal")


def _cabinet_country(title: str, res: Seen) -> str | None:
    parts = title.split(" of ", 1)
    if len(parts) == 2 and parts[0].endswith("Secretary") and parts[1] in US_CABINET_DEPARTMENTS:
        return res.add_country("USA")  # implied even where the article never names the country
    return None

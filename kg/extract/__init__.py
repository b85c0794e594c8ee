"""Facts from one parsed document: roles, nationalities, meetings, quotations (plain records out)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.meetings import extract_meetings
from kg.extract.quotes import extract_quotes
from kg.extract.roles import extract_roles
from kg.kinds import fact_kinds
from kg.records import Article, ArticleFacts, Role
from kg.resolve.descriptions import resolve_descriptions
from kg.resolve.document import Resolution


def facts_from_doc(doc: Doc, article: Article, resolution: Resolution) -> ArticleFacts:
    """Everything read from one article: roles first (they also resolve "the president"), then meetings
    and quotations; then the records of every fact kind registered with an extractor of its own (kg.kinds).
    Each extractor reads a frozen Resolution and returns its records with the entities it found beside it
    (the countries roles imply, the places and states of meetings): the article's entities are their union."""
    found_roles = extract_roles(doc, article, resolution)
    resolution = resolve_descriptions(doc, resolution.with_entities(found_roles.entities), found_roles.roles)
    roles, nationalities = list(found_roles.roles), found_roles.nationalities
    found = extract_meetings(doc, article, resolution, roles)
    quotes = extract_quotes(doc, article, resolution, roles, nationalities)
    entities = dict(resolution.entities)
    for entity in found.entities:
        entities.setdefault(entity.key, entity)
    facts = ArticleFacts(
        article=article,
        entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
        mentions=tuple(resolution.mentions()),
        roles=tuple(sorted(_drop_shortened(roles), key=_role_key)),
        nationalities=tuple(sorted(nationalities, key=lambda n: (n.person, n.country))),
        meetings=tuple(sorted(found.meetings, key=lambda m: (m.evidence[0].start, m.participants))),
        quotes=tuple(sorted(quotes, key=lambda q: (q.start, q.end))),
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
    )
    others = {k.field: tuple(k.extract(doc, article, resolution)) for k in fact_kinds() if k.extract}
    return facts.with_records(others) if others else facts


def _drop_shortened(roles: list[Role]) -> list[Role]:
    """A title that is the head of a longer one of the same person and body is that office written short
    ("Secretary Blinken" beside "Secretary of State Antony J. Blinken", "Secretary" beside "the Secretary for
    Mainland Affairs, X"): the graph keeps the longer one. Done after the meetings, which still resolve "the
    Secretary" by the short title."""
    longer = {(r.person, r.organization, r.title.lower()) for r in roles if r.title}
    return [r for r in roles if not (r.title and any(
        p == r.person and r.organization in (None, o) and t.startswith(tuple(f"{r.title.lower()} {w} " for w in _JOINS))
        for p, o, t in longer))]


_JOINS = ("of", "for", "to")  # the words after an office's head that open its complement


def _role_key(role: Role) -> tuple[str, str, str]:
    return (role.person, role.title or "", role.organization or "")

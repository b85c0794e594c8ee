"""Facts from one parsed document: roles, nationalities, meetings, quotations (plain records out)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.extract.meetings import extract_meetings
from kg.extract.quotes import extract_quotes
from kg.extract.roles import extract_roles
from kg.resolve.descriptions import resolve_descriptions
from kg.resolve.document import Resolution
from kg.records import Article


def facts_from_doc(doc: Doc, article: Article, resolution: Resolution) -> dict[str, Any]:
    """Roles first (they also resolve "the president"), then meetings and quotations.

    "new_entities" are the places and states the meeting extractor found beside the resolution's."""
    roles, nationalities = extract_roles(doc, article, resolution)
    resolve_descriptions(doc, resolution, roles)
    found = extract_meetings(doc, article, resolution, roles)
    return {"new_entities": found.entities, "roles": tuple(sorted(roles, key=_role_key)),
            "nationalities": tuple(sorted(nationalities, key=lambda n: (n.person, n.country))),
            "meetings": tuple(sorted(found.meetings, key=lambda m: (m.evidence[0].start, m.participants))),
            "quotes": tuple(sorted(extract_quotes(doc, article, resolution), key=lambda q: (q.start, q.end)))}


def _role_key(role: Any) -> tuple[str, str, str]:
    return (role.person, role.title or "", role.organization or "")

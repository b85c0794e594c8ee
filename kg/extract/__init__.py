"""Facts from one parsed document: roles, nationalities, meetings, quotations (plain records out)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.resolve.document import Resolution
from kg.types import Article


def facts_from_doc(doc: Doc, article: Article, resolution: Resolution) -> dict[str, Any]:
    """Roles first (they also resolve "the president"), then meetings and quotations."""
    return {"roles": (), "nationalities": (), "meetings": (), "quotes": ()}

"""Stable, IRI-safe keys of graph nodes: derived from kind and name, never raw text in an IRI."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.records import Kind


def slug(text: str) -> str:
    """An IRI-safe, stable key part: ASCII letters, digits and dashes; hashed when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not s or len(s) > 80:
        s = (s[:60].strip("-") + "-" if s else "") + hashlib.sha1(text.encode()).hexdigest()[:12]
    return s


def entity_key(kind: Kind, name: str, code: str | None = None) -> str:
    return f"{kind.value.lower()}/{code or slug(name)}"


def article_id(identifier: str) -> str:
    return f"article/{slug(identifier)}"


def meeting_id(identifier: str, start: int, index: int | None = None) -> str:
    """The node of a meeting first reported in article `identifier` by the sentence at `start`.

    `index` (the meeting's position in the article) tells apart two meetings read from one sentence.
    """
    if index is None:
        return f"meeting/{digest(article_id(identifier), start)}"
    return f"meeting/{digest(article_id(identifier), start, index)}"


def digest(*parts: object) -> str:
    """A short stable hash of the parts (node ids of meetings, memberships, quotations)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]

"""Stable, IRI-safe keys of graph nodes: derived from kind and name, never raw text in an IRI."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

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
    return f"article/{article_key(identifier)}"


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


LONGEST_ARTICLE_KEY = 100
"""Longest article key kept whole; a longer one keeps its first 80 characters and a digest of the identifier."""
_CUT_ESCAPE = re.compile(r"%[0-9A-F]?$")


def article_key(identifier: str) -> str:
    """The IRI path of an article: its identifier, percent-encoded (RFC 3986) where IRIs need it.

    Readable ("000_seed.txt", "2019/01/news.txt", "Summit%20Report.txt") and, unlike `slug`, one key
    per identifier: case and punctuation are kept, so "d1" and "D1" or "summit_report.txt" and
    "summit-report.txt" never share an IRI. Path segments "." and ".." and empty ones are escaped, so
    no IRI resolver folds them away. Lone surrogates are encoded as their bytes, never an error.
    """
    raw = identifier.encode("utf-8", "surrogatepass")
    parts = [quote(part, safe="-._~") for part in raw.split(b"/")]
    parts = [part.replace(".", "%2E") if part in {".", ".."} else part for part in parts]
    key = ("%2F" if "" in parts else "/").join(parts)
    if len(key) > LONGEST_ARTICLE_KEY:
        key = _CUT_ESCAPE.sub("", key[:80]) + "~" + hashlib.sha256(raw).hexdigest()[:16]
    return key

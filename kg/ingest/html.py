"""Web pages: bytes decoded as the page declares, main text and metadata by trafilatura."""
from __future__ import annotations

import codecs
import datetime as dt
import re

from kg.ingest.text import (
    UTF16_BOMS, Skipped, check_not_binary, decode_text, make_article, parse_date, too_long,
)
from kg.records import Article

PRESCAN_BYTES = 1024
"""Bytes searched for a declared charset, as browsers do (the HTML standard's encoding prescan)."""
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# The Encoding Standard decodes these labels as windows-1252, a superset of Latin-1 and ASCII
# (so do browsers and trafilatura): the 0x80-0x9F bytes of such pages are curly quotes and dashes.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1",
                 "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "csisolatin1", "iso-ir-100"}


def decode_html(data: bytes) -> str:
    """A page's bytes as text: BOM, else UTF-8, else the charset its <meta> declares. ValueError if none fits."""
    check_not_binary(data)
    if data.startswith((b"\xef\xbb\xbf", *UTF16_BOMS)):
        return decode_text(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        declared = declared_charset(data)
        if declared is None:
            raise ValueError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}) and no "
                             "<meta charset> declares another encoding; save it as UTF-8") from None
    label = declared.lower()
    codec = "cp1252" if label in _WINDOWS_1252 else label
    try:
        codecs.lookup(codec)
    except LookupError:
        raise ValueError(f"declares the unknown charset {declared!r} and is not valid UTF-8") from None
    return data.decode(codec, errors="replace")  # a stray undefined byte becomes U+FFFD, as in a browser


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset>, http-equiv, or an XML declaration)."""
    head = data[:PRESCAN_BYTES]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def from_html(html: str, source: str, doc_id: str, default_date: dt.date | None,
              max_chars: int) -> Article | Skipped:
    """Main text and metadata of a web page, by trafilatura (boilerplate, scripts and menus left out)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        # Not the extensive search: it takes any date-like string of the page (a copyright year) as its date.
        meta = trafilatura.extract_metadata(html, extensive=False) if text and text.strip() else None
    except Exception as err:  # noqa: BLE001 - trafilatura/lxml on hostile markup
        return Skipped(source, f"the HTML could not be parsed ({type(err).__name__})")
    if not text or not text.strip():
        return Skipped(source, "no article text found in the HTML (only markup, scripts or styles)")
    if len(text) > max_chars:
        return Skipped(source, too_long(len(text), max_chars))
    date = parse_date(meta.date) if meta is not None and meta.date else None
    return make_article(doc_id, text, source, date, default_date,
                        title=meta.title if meta is not None else None,
                        url=meta.url if meta is not None else None,
                        publisher=meta.sitename if meta is not None else None)

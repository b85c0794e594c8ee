"""Bytes to text, and text to the clean Article records every reader makes.

Text is cleaned once, here: what no output format can hold (lone surrogates from a JSON `\\ud800`
escape, C0 control characters that XML 1.0 forbids, Unicode noncharacters) becomes U+FFFD, one code
point for one, so character offsets into the text stay those of the input.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.ingest.dateline import dateline_date
from kg.records import Article

DEFAULT_MAX_CHARS = 5_000_000
"""Longest article text read (characters); longer ones are skipped with a message. `--max-chars` raises it."""
# Magic numbers of common binary formats that are sometimes renamed .txt.
BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"\x7fELF", "a program"), (b"RIFF", "a RIFF media file"),
)
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0 controls but tab, line feed and carriage return; lone surrogates; the 66 noncharacters.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)) + "]")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line for the user)."""

    source: str
    reason: str


def clean_text(value: str) -> str:
    """VALUE with what XML, Turtle and UTF-8 cannot hold replaced by U+FFFD, one code point for one."""
    return _UNSAFE.sub("\ufffd", value)


def make_article(doc_id: str, text: str, source: str, date: dt.date | None, default_date: dt.date | None,
                 title: object = None, url: object = None, publisher: object = None) -> Article:
    """An Article with every field cleaned, dated by DATE (its own), else its dateline, else DEFAULT_DATE."""
    text = clean_text(text)
    return Article(id=clean_text(doc_id), text=text, source=clean_text(source), date=own_date(text, date, default_date),
                   title=opt_str(title), url=opt_str(url), publisher=opt_str(publisher))


def own_date(text: str, given: dt.date | None, default_date: dt.date | None) -> dt.date | None:
    """An article's date: its own (JSONL field or page metadata, GIVEN), else its dateline, else --date."""
    return given or dateline_date(text, default_date) or default_date


def parse_date(value: object) -> dt.date | None:
    """A YYYY-MM-DD date (a longer ISO timestamp is cut to its date); None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def check_not_binary(data: bytes) -> None:
    """Raise ValueError naming the format when DATA is a known binary file or holds NUL bytes."""
    if data.startswith(UTF32_BOMS):
        raise ValueError("UTF-32 text is not supported; save it as UTF-8")
    if data.startswith(UTF16_BOMS):
        return
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary file, not text ({kind})")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text (it holds NUL bytes)")


def decode_text(data: bytes) -> str:
    """Bytes to text: UTF-16/UTF-8 by BOM, else strict UTF-8. Raises ValueError naming the problem."""
    check_not_binary(data)
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-16 despite its byte-order mark ({err.reason} at byte "
                             f"{err.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                         "save it as UTF-8") from None


def too_large(size: int, max_chars: int) -> str:
    return (f"too large: {size:,} bytes, over the limit of {max_chars:,} characters "
            "(raise it with --max-chars)")


def too_long(length: int, max_chars: int) -> str:
    return f"too long: {length:,} characters, over the limit of {max_chars:,} (raise it with --max-chars)"


def byte_cap(max_chars: int) -> int:
    """Most bytes that can hold MAX_CHARS characters (4 per character in UTF-8 and UTF-16, plus a BOM)."""
    return 4 * max_chars + 4


def opt_str(value: object) -> str | None:
    return clean_text(value.strip()) or None if isinstance(value, str) else None

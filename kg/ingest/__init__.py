"""Readers: files, folders, JSONL corpora and standard input -> Article records.

Every reader yields `Article` or `Skipped`; a bad input never stops the others.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.types import Article

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Magic numbers of common binary formats that are sometimes renamed .txt.
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line for the user)."""

    source: str
    reason: str


def parse_date(value: object) -> dt.date | None:
    """A YYYY-MM-DD date (a longer ISO timestamp is cut to its date); None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def decode_text(data: bytes) -> str:
    """Bytes to text: UTF-16/UTF-8 by BOM, else strict UTF-8. Raises ValueError naming the problem."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if any(data.startswith(magic) for magic in _BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})") from None


def read_inputs(inputs: list[str], default_date: dt.date | None = None) -> Iterator[Article | Skipped]:
    """Every Article of every input, in the order given (folders in sorted path order)."""
    for name in inputs:
        if name == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin", "txt", default_date)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield Skipped(name, "folder holds no .txt, .md, .html or .jsonl file")
            for file in files:
                yield from read_file(file, file.relative_to(path).as_posix(), default_date)
        elif path.exists():
            yield from read_file(path, path.name, default_date)
        else:
            yield Skipped(name, "no such file or folder")


def read_file(path: Path, doc_id: str, default_date: dt.date | None) -> Iterator[Article | Skipped]:
    """One file: JSONL corpora line by line, HTML through trafilatura, anything else as text."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(str(path), f"cannot be read ({err.strerror or err})")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, str(path), default_date)
        return
    kind = "html" if suffix in HTML_SUFFIXES else "txt"
    yield from _from_bytes(data, str(path), doc_id, kind, default_date)


def _from_bytes(data: bytes, source: str, doc_id: str, kind: str, default_date: dt.date | None
                ) -> Iterator[Article | Skipped]:
    try:
        text = decode_text(data)
    except ValueError as err:
        yield Skipped(source, str(err))
        return
    if kind == "html":
        yield _from_html(text, source, doc_id, default_date)
        return
    if not text.strip():
        yield Skipped(source, "empty: no text to read")
        return
    yield Article(id=doc_id, text=text, source=source, date=default_date)


def _from_html(html: str, source: str, doc_id: str, default_date: dt.date | None) -> Article | Skipped:
    """Main text and metadata of a web page, by trafilatura (boilerplate, scripts and menus left out)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return Skipped(source, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    date = parse_date(meta.date) if meta is not None and meta.date else None
    return Article(
        id=doc_id, text=text, source=source, date=date or default_date,
        title=(meta.title if meta is not None else None) or None,
        url=(meta.url if meta is not None else None) or None,
        publisher=(meta.sitename if meta is not None else None) or None,
    )


def _read_jsonl(data: bytes, source: str, default_date: dt.date | None) -> Iterator[Article | Skipped]:
    try:
        content = decode_text(data)
    except ValueError as err:
        yield Skipped(source, str(err))
        return
    stem = Path(source).stem
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            yield _jsonl_record(line, f"{source}:{number}", f"{stem}-{number}", default_date)


def _jsonl_record(line: str, where: str, fallback_id: str, default_date: dt.date | None) -> Article | Skipped:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(where, f"not valid JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return Skipped(where, "a JSON object with a 'text' field was expected")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, "no 'text' string (required)")
    date = default_date
    if record.get("date") is not None:
        date = parse_date(record["date"])
        if date is None:
            return Skipped(where, f"'date' is {record['date']!r}, not a YYYY-MM-DD date")
    return Article(
        id=str(record.get("id") or fallback_id), text=text, source=where, date=date,
        title=_opt_str(record.get("title")), url=_opt_str(record.get("url")),
        publisher=_opt_str(record.get("publisher")),
    )


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

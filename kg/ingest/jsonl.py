"""JSONL corpora: one JSON object per line, read as a stream; each bad line is reported by its number."""
from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.text import UTF32_BOMS, Skipped, byte_cap, make_article, parse_date, too_long
from kg.records import Article

_JSONL_LINE_SLACK = 1 << 20  # bytes a JSONL line may have beyond its text (metadata, JSON escapes)


def read_jsonl(handle: io.BufferedReader, source: str, default_date: dt.date | None, max_chars: int
                ) -> Iterator[Article | Skipped]:
    """One Article per JSON line, read as a stream (a corpus may be far larger than memory)."""
    stem = Path(source).stem
    cap = byte_cap(max_chars) + _JSONL_LINE_SLACK
    head = handle.peek(4)[:4]
    if not head:
        yield Skipped(source, "empty file (0 bytes)")
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.startswith(UTF32_BOMS):
        yield Skipped(source, "JSONL must be UTF-8 (this file is UTF-16 or UTF-32); save it as UTF-8")
        return
    records = 0
    for number, line in enumerate(_lines(handle, cap), start=1):
        where = f"{source}:{number}"
        if line is None:
            yield Skipped(where, f"line too long: over {cap:,} bytes, more than {max_chars:,} characters of text "
                                 "can need (raise the limit with --max-chars)")
            records += 1
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        records += 1
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Skipped(where, f"not valid UTF-8 (byte 0x{line[err.start]:02x} at column {err.start + 1})")
            continue
        yield _jsonl_record(text, where, f"{stem}-{number}", default_date, max_chars)
    if records == 0:
        yield Skipped(source, "empty: only whitespace, no JSON lines")


def _lines(handle: io.BufferedReader, cap: int) -> Iterator[bytes | None]:
    """The lines of HANDLE; None for a line over CAP bytes (skipped without holding it in memory)."""
    while line := handle.readline(cap + 1):
        if len(line) <= cap:
            yield line
            continue
        if not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield None


def _jsonl_record(line: str, where: str, fallback_id: str, default_date: dt.date | None,
                  max_chars: int) -> Article | Skipped:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(where, f"not valid JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return Skipped(where, "not valid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return Skipped(where, f"not a JSON object but {_json_kind(record)}; one object with a 'text' field "
                              "per line")
    text = record.get("text")
    if "text" not in record:
        return Skipped(where, "no 'text' field (required)")
    if not isinstance(text, str):
        return Skipped(where, f"'text' must be a string, not {_json_kind(text)}")
    if not text.strip():
        return Skipped(where, "'text' is empty")
    if len(text) > max_chars:
        return Skipped(where, too_long(len(text), max_chars))
    date = None
    value = record.get("date")
    if value is not None:
        date = parse_date(value)
        if date is None:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            return Skipped(where, f"'date' must be a YYYY-MM-DD date string, not {shown} ({_json_kind(value)})")
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return Skipped(where, f"'id' must be a string or a number, not {_json_kind(raw_id)}")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    return make_article(doc_id or fallback_id, text, where, date, default_date, title=record.get("title"),
                        url=record.get("url"), publisher=record.get("publisher"))


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"

"""Readers: files, folders, JSONL corpora and standard input -> Article records.

Every reader yields `Article` or `Skipped`; a bad input never stops the others and never raises: each
problem becomes `Skipped(source, one-line reason)`. Inputs that cannot be read, are empty, binary, not
UTF-8/UTF-16, larger than `max_chars` characters, HTML with no article text, or bad JSONL lines are
all skipped that way (tests/test_bad_input.py lists every case and its message).
"""
from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.dateline import dateline_date
from kg.types import Article

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_CHARS = 5_000_000
"""Longest article text read (characters); longer ones are skipped with a message. `--max-chars` raises it."""
# Magic numbers of common binary formats that are sometimes renamed .txt.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"\x7fELF", "a program"), (b"RIFF", "a RIFF media file"),
)
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_JSONL_LINE_SLACK = 1 << 20  # bytes a JSONL line may have beyond its text (metadata, JSON escapes)


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


def own_date(text: str, given: dt.date | None, default_date: dt.date | None) -> dt.date | None:
    """An article's date: its own (JSONL field or page metadata, GIVEN), else its dateline, else --date."""
    return given or dateline_date(text, default_date) or default_date


def decode_text(data: bytes) -> str:
    """Bytes to text: UTF-16/UTF-8 by BOM, else strict UTF-8. Raises ValueError naming the problem."""
    if data.startswith(_UTF32_BOMS):
        raise ValueError("UTF-32 text is not supported; save it as UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-16 despite its byte-order mark ({err.reason} at byte "
                             f"{err.start})") from None
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary file, not text ({kind})")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                         "save it as UTF-8") from None


def _too_large(size: int, max_chars: int) -> str:
    return (f"too large: {size:,} bytes, over the limit of {max_chars:,} characters "
            "(raise it with --max-chars)")


def _too_long(length: int, max_chars: int) -> str:
    return f"too long: {length:,} characters, over the limit of {max_chars:,} (raise it with --max-chars)"


def _byte_cap(max_chars: int) -> int:
    """Most bytes that can hold MAX_CHARS characters (4 per character in UTF-8 and UTF-16, plus a BOM)."""
    return 4 * max_chars + 4


def read_inputs(inputs: list[str], default_date: dt.date | None = None, *,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Skipped]:
    """Every Article of every input, in the order given (folders in sorted path order).

    Never raises for a bad input: each one yields a Skipped with a one-line reason, and the rest is read.
    """
    for name in inputs:
        try:
            yield from _read_input(name, default_date, max_chars)
        except Exception as err:  # noqa: BLE001 - last resort: one bad input never stops the others
            yield Skipped(name, _unexpected(err))


def _read_input(name: str, default_date: dt.date | None, max_chars: int) -> Iterator[Article | Skipped]:
    if name == "-":
        data = sys.stdin.buffer.read(_byte_cap(max_chars) + 1)
        if len(data) > _byte_cap(max_chars):
            yield Skipped("<stdin>", f"too large: over {_byte_cap(max_chars):,} bytes, over the limit of "
                                     f"{max_chars:,} characters (raise it with --max-chars)")
            return
        yield from _from_bytes(data, "<stdin>", "stdin", "txt", default_date, max_chars)
        return
    path = Path(name)
    kind = _kind(path)
    if isinstance(kind, Skipped):
        yield Skipped(name, kind.reason)
    elif kind == "dir":
        yield from _read_folder(path, default_date, max_chars)
    else:
        yield from read_file(path, path.name, default_date, max_chars=max_chars)


def _kind(path: Path) -> str | Skipped:
    """"dir", "file", or why PATH cannot be read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            return Skipped(str(path), "broken symbolic link (its target does not exist)")
        return Skipped(str(path), "no such file or folder")
    except OSError as err:
        if err.errno == errno.ELOOP:
            return Skipped(str(path), "symbolic link loop")
        return Skipped(str(path), f"cannot be read ({err.strerror or err})")
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    what = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special")
    return Skipped(str(path), f"not a regular file ({what})")


def _read_folder(root: Path, default_date: dt.date | None, max_chars: int) -> Iterator[Article | Skipped]:
    """Files with a known suffix under ROOT (symbolic links followed, each folder read once), sorted."""
    found: list[tuple[Path, Skipped | None]] = []
    read_folders: dict[tuple[int, int], Path] = {}

    def visit(folder: Path, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            found.append((folder, Skipped(str(folder), f"folder cannot be read ({err.strerror or err})")))
            return
        if key in ancestors:
            found.append((folder, Skipped(str(folder), "symbolic link loop (leads back to a folder above it)")))
            return
        if key in read_folders:
            found.append((folder, Skipped(str(folder), f"same folder as {read_folders[key]}, read once")))
            return
        read_folders[key] = folder
        for entry in entries:
            path = Path(entry.path)
            kind = _kind(path)
            if kind == "dir":
                visit(path, ancestors | {key})
            elif path.suffix.lower() in KNOWN_SUFFIXES:
                found.append((path, kind if isinstance(kind, Skipped) else None))

    visit(root, frozenset())
    files = sorted(found, key=lambda item: item[0])
    if not files:
        yield Skipped(str(root), "folder holds no .txt, .md, .html or .jsonl file")
    for path, problem in files:
        if problem is not None:
            yield problem
            continue
        try:
            yield from read_file(path, path.relative_to(root).as_posix(), default_date, max_chars=max_chars)
        except Exception as err:  # noqa: BLE001 - one bad file never stops the folder
            yield Skipped(str(path), _unexpected(err))


def read_file(path: Path, doc_id: str, default_date: dt.date | None, *,
              max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Skipped]:
    """One file: JSONL corpora line by line, HTML through trafilatura, anything else as text."""
    source = str(path)
    kind = _kind(path)
    if isinstance(kind, Skipped) or kind != "file":
        yield kind if isinstance(kind, Skipped) else Skipped(source, "a folder, not a file")
        return
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            assert isinstance(handle, io.BufferedReader)
            if suffix in JSONL_SUFFIXES:
                yield from _read_jsonl(handle, source, default_date, max_chars)
                return
            cap = _byte_cap(max_chars)
            data = handle.read(cap + 1)
            if len(data) > cap:
                size = os.fstat(handle.fileno()).st_size
                yield Skipped(source, _too_large(max(size, len(data)), max_chars))
                return
    except OSError as err:
        yield Skipped(source, f"cannot be read ({err.strerror or err})")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "txt"
    yield from _from_bytes(data, source, doc_id, kind, default_date, max_chars)


def _from_bytes(data: bytes, source: str, doc_id: str, kind: str, default_date: dt.date | None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Skipped]:
    if not data:
        yield Skipped(source, "empty file (0 bytes)")
        return
    try:
        text = decode_text(data)
    except ValueError as err:
        yield Skipped(source, str(err))
        return
    if not text.strip():
        yield Skipped(source, "empty: only whitespace, no text")
        return
    if kind == "html":
        yield _from_html(text, source, doc_id, default_date, max_chars)
        return
    if len(text) > max_chars:
        yield Skipped(source, _too_long(len(text), max_chars))
        return
    yield Article(id=doc_id, text=text, source=source, date=own_date(text, None, default_date))


def _from_html(html: str, source: str, doc_id: str, default_date: dt.date | None,
               max_chars: int = DEFAULT_MAX_CHARS) -> Article | Skipped:
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
        return Skipped(source, _too_long(len(text), max_chars))
    date = parse_date(meta.date) if meta is not None and meta.date else None
    return Article(
        id=doc_id, text=text, source=source, date=own_date(text, date, default_date),
        title=_opt_str(meta.title if meta is not None else None),
        url=_opt_str(meta.url if meta is not None else None),
        publisher=_opt_str(meta.sitename if meta is not None else None),
    )


def _read_jsonl(handle: io.BufferedReader, source: str, default_date: dt.date | None, max_chars: int
                ) -> Iterator[Article | Skipped]:
    """One Article per JSON line, read as a stream (a corpus may be far larger than memory)."""
    stem = Path(source).stem
    cap = _byte_cap(max_chars) + _JSONL_LINE_SLACK
    head = handle.peek(4)[:4]
    if not head:
        yield Skipped(source, "empty file (0 bytes)")
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.startswith(_UTF32_BOMS):
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
                  max_chars: int = DEFAULT_MAX_CHARS) -> Article | Skipped:
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
        return Skipped(where, _too_long(len(text), max_chars))
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
    return Article(
        id=doc_id or fallback_id, text=text, source=where, date=own_date(text, date, default_date),
        title=_opt_str(record.get("title")), url=_opt_str(record.get("url")),
        publisher=_opt_str(record.get("publisher")),
    )


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


def _unexpected(err: Exception) -> str:
    detail = " ".join(str(err).split())[:200]
    return f"unexpected error while reading ({type(err).__name__}{': ' + detail if detail else ''})"


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

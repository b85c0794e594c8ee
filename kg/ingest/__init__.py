"""Readers: files, folders, JSONL corpora and standard input -> Article records.

Every reader yields `Article` or `Skipped`; a bad input never stops the others and never raises: each
problem becomes `Skipped(source, one-line reason)`. Inputs that cannot be read, are empty, binary, not
UTF-8/UTF-16, larger than `max_chars` characters, HTML with no article text, or bad JSONL lines are
all skipped that way (tests/test_bad_input.py lists every case and its message).

Modules: text (decoding, cleaning, Article records), html (declared charsets, trafilatura), jsonl,
dateline (an article's own date), unique (one identifier per article of a build). This module walks
inputs and folders.
"""
from __future__ import annotations

import datetime as dt
import errno
import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.html import decode_html, from_html
from kg.ingest.jsonl import read_jsonl
from kg.ingest.text import (
    DEFAULT_MAX_CHARS, Skipped, byte_cap, clean_text, decode_text, make_article, parse_date, too_large, too_long,
)
from kg.records import Article

__all__ = ["DEFAULT_MAX_CHARS", "KNOWN_SUFFIXES", "Skipped", "decode_text", "parse_date", "read_file", "read_inputs"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
def read_inputs(inputs: list[str], default_date: dt.date | None = None, *,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Skipped]:
    """Every Article of every input, in the order given (folders in sorted path order).

    Never raises for a bad input: each one yields a Skipped with a one-line reason, and the rest is read.
    """
    for name in inputs:
        try:
            for item in _read_input(name, default_date, max_chars):
                # A file name that is not UTF-8 holds surrogate escapes: cleaned, like the text, for every output.
                yield Skipped(clean_text(item.source), clean_text(item.reason)) if isinstance(item, Skipped) else item
        except Exception as err:  # noqa: BLE001 - last resort: one bad input never stops the others
            yield Skipped(clean_text(name), _unexpected(err))


def _read_input(name: str, default_date: dt.date | None, max_chars: int) -> Iterator[Article | Skipped]:
    if name == "-":
        data = sys.stdin.buffer.read(byte_cap(max_chars) + 1)
        if len(data) > byte_cap(max_chars):
            yield Skipped("<stdin>", f"too large: over {byte_cap(max_chars):,} bytes, over the limit of "
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
    files = _once_each(sorted(found, key=lambda item: item[0]))
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


def _once_each(files: list[tuple[Path, Skipped | None]]) -> list[tuple[Path, Skipped | None]]:
    """Each file once, though symbolic or hard links show it under several names: the real name is kept
    (the first in path order among several), so the article's identifier does not depend on its links."""
    chosen: dict[tuple[int, int], Path] = {}
    dropped: set[Path] = set()
    for path, problem in files:
        try:
            info = os.stat(path) if problem is None else None
        except OSError:  # gone since the folder was read: read_file reports it
            info = None
        if info is None:
            continue
        key = (info.st_dev, info.st_ino)
        if key not in chosen:
            chosen[key] = path
        elif os.path.islink(chosen[key]) and not os.path.islink(path):
            dropped.add(chosen[key])
            chosen[key] = path
        else:
            dropped.add(path)
    return [(path, problem) for path, problem in files if path not in dropped]


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
                yield from read_jsonl(handle, source, default_date, max_chars)
                return
            cap = byte_cap(max_chars)
            data = handle.read(cap + 1)
            if len(data) > cap:
                size = os.fstat(handle.fileno()).st_size
                yield Skipped(source, too_large(max(size, len(data)), max_chars))
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
        text = decode_html(data) if kind == "html" else decode_text(data)
    except ValueError as err:
        yield Skipped(source, str(err))
        return
    if not text.strip():
        yield Skipped(source, "empty: only whitespace, no text")
        return
    if kind == "html":
        yield from_html(text, source, doc_id, default_date, max_chars)
        return
    if len(text) > max_chars:
        yield Skipped(source, too_long(len(text), max_chars))
        return
    yield make_article(doc_id, text, source, None, default_date)


def _unexpected(err: Exception) -> str:
    detail = " ".join(str(err).split())[:200]
    return f"unexpected error while reading ({type(err).__name__}{': ' + detail if detail else ''})"

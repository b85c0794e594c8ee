"""Bad input, clear error, rest processed: every kind of unusable input yields Skipped(source, one line)
with the exact message below, reading never raises, and every good document is still produced.

`pytest -s tests/test_bad_input.py -k table` prints the table of inputs and messages.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.ingest import DEFAULT_MAX_CHARS, Skipped, read_inputs
from kg.records import Article

DATE = dt.date(2020, 1, 2)
MIB20 = 20 * 1024 * 1024
GOOD = "President Ana Ribeiro of Portugal met King Karim of Morocco in Lisbon."
JSONL_LINES = [
    json.dumps({"id": "ok-1", "text": GOOD, "date": "2019-05-01"}),
    "{not json",
    json.dumps({"id": "x2", "title": "no text"}),
    json.dumps({"text": 5}),
    json.dumps({"text": GOOD, "date": 20190501}),
    json.dumps({"text": GOOD, "date": "last week"}),
    json.dumps([1, 2]),
    json.dumps({"text": "   "}),
    json.dumps({"text": GOOD, "id": ["a"]}),
    '{"text": "caf\xe9"}',  # written as Latin-1 below: not UTF-8
    json.dumps({"id": "ok-2", "text": GOOD}),
]

# Every bad input (its path under the test folder, or the JSONL line) and the exact reason it gets.
EXPECTED: dict[str, str] = {
    "in/empty.txt": "empty file (0 bytes)",
    "in/blank.txt": "empty: only whitespace, no text",
    "in/image.txt": "binary file, not text (a PNG image)",
    "in/nul.txt": "binary file, not text (it holds NUL bytes)",
    "in/latin1.txt": "not valid UTF-8 (byte 0xe9 at offset 3); save it as UTF-8",
    "in/broken-utf16.txt": "not valid UTF-16 despite its byte-order mark (truncated data at byte 2)",
    "in/utf32.txt": "UTF-32 text is not supported; save it as UTF-8",
    "in/huge.txt": "too large: 20,971,520 bytes, over the limit of 5,000,000 characters (raise it with --max-chars)",
    "in/long.txt": "too long: 6,000,000 characters, over the limit of 5,000,000 (raise it with --max-chars)",
    "in/scripts.html": "no article text found in the HTML (only markup, scripts or styles)",
    "in/corpus.jsonl:2": "not valid JSON (Expecting property name enclosed in double quotes at column 2)",
    "in/corpus.jsonl:3": "no 'text' field (required)",
    "in/corpus.jsonl:4": "'text' must be a string, not a number",
    "in/corpus.jsonl:5": "'date' must be a YYYY-MM-DD date string, not 20190501 (a number)",
    "in/corpus.jsonl:6": "'date' must be a YYYY-MM-DD date string, not 'last week' (a string)",
    "in/corpus.jsonl:7": "not a JSON object but a list; one object with a 'text' field per line",
    "in/corpus.jsonl:8": "'text' is empty",
    "in/corpus.jsonl:9": "'id' must be a string or a number, not a list",
    "in/corpus.jsonl:10": "not valid UTF-8 (byte 0xe9 at column 14)",
    "in/empty.jsonl": "empty file (0 bytes)",
    "in/utf16.jsonl": "JSONL must be UTF-8 (this file is UTF-16 or UTF-32); save it as UTF-8",
    "in/locked.txt": "cannot be read (Permission denied)",
    "in/pipe.txt": "not a regular file (a named pipe)",
    "in/dangling.txt": "broken symbolic link (its target does not exist)",
    "in/loop-a.txt": "symbolic link loop",
    "in/loop-b.txt": "symbolic link loop",
    "in/sub/back": "symbolic link loop (leads back to a folder above it)",
    "missing.txt": "no such file or folder",
    "loop.txt": "symbolic link loop",
    "nothing.txt": "folder holds no .txt, .md, .html or .jsonl file",  # a folder named like a file
    "pipe.md": "not a regular file (a named pipe)",
}
GOOD_IDS = ["ok-1", "ok-2", "good.txt", "page.html", "sub/also-good.md", "utf16.txt"]


@pytest.fixture()
def bad_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[str]]]:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "also-good.md").write_text("# Talks\n\n" + GOOD, encoding="utf-8")
    (folder / "page.html").write_text("<html><body><article><p>" + GOOD * 3 + "</p></article></body></html>",
                                      encoding="utf-8")
    (folder / "utf16.txt").write_bytes(("Ünïcödé from UTF-16: " + GOOD).encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t \r\n ", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul.txt").write_bytes(b"text\x00with\x00nul")
    (folder / "latin1.txt").write_bytes("café au lait".encode("latin-1"))
    (folder / "broken-utf16.txt").write_bytes(b"\xff\xfeA")
    (folder / "utf32.txt").write_bytes("text".encode("utf-32"))
    (folder / "huge.txt").write_bytes(b"word " * (MIB20 // 5) + b"x" * (MIB20 % 5))
    (folder / "long.txt").write_bytes(b"a" * 6_000_000)
    (folder / "scripts.html").write_text(
        "<html><head><style>body { color: red }</style><script>var tracking = 1;</script></head>"
        "<body><script>document.write('hi')</script><noscript></noscript></body></html>", encoding="utf-8")
    (folder / "corpus.jsonl").write_bytes("\n".join(JSONL_LINES).encode("latin-1"))
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "utf16.jsonl").write_bytes(JSONL_LINES[0].encode("utf-16"))
    (folder / "locked.txt").write_text("secret", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sub" / "back").symlink_to(folder)
    (folder / "notes.csv").write_text("ignored: unknown suffix", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "nothing.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.md")

    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.txt":  # tests run as root, where chmod 000 does not stop a read
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refusing_open)
    inputs = [str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "loop.txt"),
              str(tmp_path / "nothing.txt"), str(tmp_path / "pipe.md")]
    yield tmp_path, inputs


def _read(tmp_path: Path, inputs: list[str], **kw: int) -> tuple[dict[str, str], dict[str, Article]]:
    skipped: dict[str, str] = {}
    articles: dict[str, Article] = {}
    for item in read_inputs(inputs, DATE, **kw):
        if isinstance(item, Skipped):
            key = os.path.relpath(item.source.rsplit(":", 1)[0], tmp_path)
            key += ":" + item.source.rsplit(":", 1)[1] if ".jsonl:" in item.source else ""
            assert key not in skipped, key
            skipped[key] = item.reason
        else:
            articles[item.id] = item
    return skipped, articles


def test_every_bad_input_is_skipped_with_its_message(bad_inputs: tuple[Path, list[str]]) -> None:
    tmp_path, inputs = bad_inputs
    skipped, articles = _read(tmp_path, inputs)
    assert skipped == EXPECTED
    assert sorted(articles) == sorted(GOOD_IDS)
    assert articles["utf16.txt"].text == "Ünïcödé from UTF-16: " + GOOD
    assert articles["ok-1"].date == dt.date(2019, 5, 1) and articles["ok-2"].date == DATE
    assert all("\n" not in reason and reason for reason in skipped.values())


def test_the_limit_can_be_raised(bad_inputs: tuple[Path, list[str]]) -> None:
    tmp_path, _ = bad_inputs
    skipped, articles = _read(tmp_path, [str(tmp_path / "in" / "huge.txt"), str(tmp_path / "in" / "long.txt")],
                              max_chars=21_000_000)
    assert skipped == {}
    assert len(articles["huge.txt"].text) == MIB20 and len(articles["long.txt"].text) == 6_000_000
    skipped, _ = _read(tmp_path, [str(tmp_path / "in" / "good.txt")], max_chars=20)
    assert skipped == {"in/good.txt": f"too long: {len(GOOD)} characters, over the limit of 20 (raise it with "
                                      "--max-chars)"}
    assert DEFAULT_MAX_CHARS == 5_000_000


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    for data, expected in [(b"", "empty file (0 bytes)"), (b" \n", "empty: only whitespace, no text"),
                           (b"\x89PNG\r\n", "binary file, not text (a PNG image)"),
                           (b"a" * 100, ("too large: over 44 bytes, over the limit of 10 characters (raise it with "
                                        "--max-chars)"))]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert list(read_inputs(["-"], max_chars=10)) == [Skipped("<stdin>", expected)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    [article] = read_inputs(["-"])
    assert isinstance(article, Article) and article.text == GOOD and article.id == "stdin"


def test_an_unexpected_failure_is_one_skip_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.ingest

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("lxml blew up\non two lines")

    monkeypatch.setattr(kg.ingest, "from_html", broken)
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].reason == "unexpected error while reading (RuntimeError: lxml blew up on two lines)"  # type: ignore[union-attr]


def test_unreadable_files_and_folders_for_real() -> None:
    """chmod 000 for real; as root (where it would not stop a read) the reading runs as user nobody."""
    base = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))
    try:
        base.chmod(0o755)
        (base / "ok.txt").write_text(GOOD, encoding="utf-8")
        (base / "secret.txt").write_text("secret", encoding="utf-8")
        (base / "locked").mkdir()
        (base / "locked" / "inside.txt").write_text("secret", encoding="utf-8")
        (base / "ok.txt").chmod(0o644)
        (base / "secret.txt").chmod(0)
        (base / "locked").chmod(0)
        if os.geteuid() != 0:
            found = [[type(i).__name__, Path(i.source).name, getattr(i, "reason", "")] for i in read_inputs([str(base)])]
        else:
            found = _as_nobody(base)
        assert found == [["Skipped", "locked", "folder cannot be read (Permission denied)"],
                         ["Article", "ok.txt", ""],
                         ["Skipped", "secret.txt", "cannot be read (Permission denied)"]]
    finally:
        for path in (base / "locked", base / "secret.txt"):
            path.chmod(0o755)
        shutil.rmtree(base)


def _as_nobody(base: Path) -> list[list[str]]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            found = [[type(i).__name__, Path(i.source).name, getattr(i, "reason", "")] for i in read_inputs([str(base)])]
            os.write(write_end, json.dumps(found).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0 and data, "the child reading as nobody failed"
    return list(json.loads(data))


def test_table_of_bad_inputs_and_messages(bad_inputs: tuple[Path, list[str]]) -> None:
    """Prints every bad input tried and the message `kg` gives for it (run with -s)."""
    tmp_path, inputs = bad_inputs
    skipped, _ = _read(tmp_path, inputs)
    what = {
        "in/empty.txt": "empty file", "in/blank.txt": "whitespace only", "in/image.txt": "PNG renamed .txt",
        "in/nul.txt": "binary with NUL bytes", "in/latin1.txt": "invalid UTF-8 (Latin-1)",
        "in/broken-utf16.txt": "UTF-16 BOM, truncated", "in/utf32.txt": "UTF-32 with BOM",
        "in/huge.txt": "20 MB article", "in/long.txt": "6,000,000-character article",
        "in/scripts.html": "HTML with scripts/styles only", "in/corpus.jsonl:2": "JSONL line not JSON",
        "in/corpus.jsonl:3": "JSONL line without text", "in/corpus.jsonl:4": "JSONL text not a string",
        "in/corpus.jsonl:5": "JSONL non-string date", "in/corpus.jsonl:6": "JSONL date not a date",
        "in/corpus.jsonl:7": "JSONL line not an object", "in/corpus.jsonl:8": "JSONL empty text",
        "in/corpus.jsonl:9": "JSONL id a list", "in/corpus.jsonl:10": "JSONL line not UTF-8",
        "in/empty.jsonl": "empty JSONL", "in/utf16.jsonl": "UTF-16 JSONL",
        "in/locked.txt": "unreadable file (PermissionError)", "in/pipe.txt": "named pipe in a folder",
        "in/dangling.txt": "dangling symlink", "in/loop-a.txt": "symlink loop (file)",
        "in/loop-b.txt": "symlink loop (file)", "in/sub/back": "symlink loop (folder)",
        "missing.txt": "path that does not exist", "loop.txt": "symlink to itself",
        "nothing.txt": "folder named x.txt, empty", "pipe.md": "named pipe given directly",
    }
    assert set(what) == set(skipped)
    print("\n| bad input | file | message |\n|---|---|---|")
    for key, reason in skipped.items():
        print(f"| {what[key]} | `{key}` | {reason} |")
    print("| UTF-16 with BOM | `in/utf16.txt` | (read correctly) |")
    print("| standard input: empty / too large | `-` | empty file (0 bytes) / too large: over N bytes, over the "
          "limit of M characters (raise it with --max-chars) |")
    print("| folder chmod 000 (as a non-root user) | `locked/` | folder cannot be read (Permission denied) |")

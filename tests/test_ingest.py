"""Readers: every input kind, metadata, and bad inputs reported by name while the rest goes on."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kg.ingest import Skipped, read_inputs
from kg.records import Article

DATE = dt.date(2020, 1, 2)


def _read(*paths: Path) -> list[Article | Skipped]:
    return list(read_inputs([str(p) for p in paths], DATE))


def test_text_markdown_and_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Héllo “world”.\r\nSecond line.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nBody.", encoding="utf-8")
    items = _read(tmp_path)
    assert [a.id for a in items] == ["a.txt", "b.md"]  # type: ignore[union-attr]
    assert items[0].text == "Héllo “world”.\r\nSecond line."  # type: ignore[union-attr]
    assert items[0].date == DATE  # type: ignore[union-attr]


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    page = ("<html><head><title>T</title><script>var x = 'tracking code';</script></head><body><nav>Home</nav>"
            "<article><h1>Leaders meet</h1><p>" + "The president met the prime minister in Paris on Monday. " * 5
            + "</p></article><footer>Copyright</footer></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [article] = _read(tmp_path / "p.html")
    assert isinstance(article, Article)
    assert "met the prime minister" in article.text and "tracking" not in article.text


def test_jsonl_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x1", "text": "Some news.", "date": "2019-05-01T10:00:00Z", "title": "T",
                         "url": "https://example.org/x", "publisher": "P"}),
             "{not json",
             json.dumps({"id": "x2"}),
             json.dumps({"text": "Dated badly.", "date": 20190501}),
             json.dumps({"text": "No id."})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = _read(tmp_path / "c.jsonl")
    first = items[0]
    assert isinstance(first, Article) and first.date == dt.date(2019, 5, 1) and first.url == "https://example.org/x"
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped", "Skipped", "Article"]
    assert items[1].source.endswith("c.jsonl:2") and "not valid JSON" in items[1].reason  # type: ignore[union-attr]
    assert "'text'" in items[2].reason  # type: ignore[union-attr]
    assert items[3].reason == "'date' must be a YYYY-MM-DD date string, not 20190501 (a number)"  # type: ignore[union-attr]
    assert items[4].id == "c-5"  # type: ignore[union-attr]


def test_bad_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n ", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Hello from UTF-16.".encode("utf-16"))
    (tmp_path / "good.txt").write_text("Fine text.", encoding="utf-8")
    items = {getattr(i, "id", None) or Path(i.source).name: i for i in _read(tmp_path, tmp_path / "missing.txt")}
    assert "empty" in items["empty.txt"].reason  # type: ignore[union-attr]
    assert "binary" in items["image.txt"].reason  # type: ignore[union-attr]
    assert "not valid UTF-8" in items["latin1.txt"].reason  # type: ignore[union-attr]
    assert items["utf16.txt"].text == "Hello from UTF-16."  # type: ignore[union-attr]
    assert items["good.txt"].text == "Fine text."  # type: ignore[union-attr]
    assert items["missing.txt"].reason == "no such file or folder"  # type: ignore[union-attr]

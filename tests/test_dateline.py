"""Each article's own date: JSONL field, page metadata, dateline, then --date; none is never today."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ingest import Skipped, read_inputs
from kg.ingest.dateline import dateline_date
from kg.records import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = dt.date(2021, 6, 30)
BODY = "President Ana Ribeiro of Portugal met King Karim of Morocco in Lisbon on Friday to discuss trade."

DATELINES = [  # invented texts, one per dateline shape
    ("January 18, 2019\n\n" + BODY, dt.date(2019, 1, 18)),
    ("March 01, 2008\n" + BODY, dt.date(2008, 3, 1)),
    ("18 January 2019\n" + BODY, dt.date(2019, 1, 18)),
    ("Friday, January 18, 2019\n" + BODY, dt.date(2019, 1, 18)),
    ("Friday 18 January 2019 10.32 GMT\n" + BODY, dt.date(2019, 1, 18)),
    ("Updated: Sept. 5, 2019\n" + BODY, dt.date(2019, 9, 5)),
    ("2017-11-02\n" + BODY, dt.date(2017, 11, 2)),
    ("WASHINGTON, Oct. 23, 2016 \u2013 " + BODY, dt.date(2016, 10, 23)),
    ("JOINT BASE ANDREWS, Md., April 1, 2014 \u2014 " + BODY, dt.date(2014, 4, 1)),
    ("LISBON, Portugal, Dec. 3, 2012 - " + BODY, dt.date(2012, 12, 3)),
    ("Lisbon meeting ends\nBy Jane Doe | Feb. 9, 2011\n\n" + BODY, dt.date(2011, 2, 9)),
    ("SEOUL, Jan. 18, 2019 (Example Agency) -- " + BODY, dt.date(2019, 1, 18)),
    # a weekly issue over a span of days comes out at its end
    ("EXAMPLE WEEKLY REVIEW, 28 May - 1 June 2018\n\n" + BODY, dt.date(2018, 6, 1)),
    ("Weekly digest, 26 February - 4 March 2018\n" + BODY, dt.date(2018, 3, 4)),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_shapes(text: str, expected: dt.date) -> None:
    assert dateline_date(text) == expected
    assert dateline_date(text, DEFAULT) == expected  # a dateline with a year wins over --date


def test_dateline_without_a_year_takes_the_year_nearest_to_date() -> None:
    text = "SEOUL, Jan. 18 (Example Agency) -- " + BODY
    assert dateline_date(text) is None  # no year and no --date: no guess
    assert dateline_date(text, dt.date(2019, 2, 1)) == dt.date(2019, 1, 18)
    assert dateline_date(text, dt.date(2018, 12, 20)) == dt.date(2019, 1, 18)  # nearest, across new year


@pytest.mark.parametrize("text", [
    BODY,
    "Earlier today, President Ribeiro met King Karim on the margins of the summit in Lisbon.",
    "President and Mrs. Ribeiro will travel to Africa from February 15-21, 2008. They will visit Benin.",
    "Talks set for March 5, 2019\n" + BODY,  # a headline with a date is news, not the dateline
    "STATE DEPARTMENT \u2014 " + BODY,
    "Washington -- " + BODY,
    "Today - " + BODY,
    "Ribeiro, Karim to meet Feb. 27 - officials say\n" + BODY,
    "\n".join(["Lisbon talks", "By Jane Doe", "Reporting from Lisbon", "March 5, 2019", BODY]),  # too far down
])
def test_no_dateline(text: str) -> None:
    assert dateline_date(text, DEFAULT) is None


def _one(items: list[Article | Skipped]) -> Article:
    [article] = items
    assert isinstance(article, Article), article
    return article


def test_order_jsonl_field_then_dateline_then_date(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "March 01, 2008\n" + BODY, "date": "2010-05-05"},  # the field wins
             {"id": "b", "text": "March 01, 2008\n" + BODY},  # the dateline
             {"id": "c", "text": BODY}]  # --date
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    dates = {a.id: a.date for a in read_inputs([str(tmp_path / "c.jsonl")], DEFAULT)}  # type: ignore[union-attr]
    assert dates == {"a": dt.date(2010, 5, 5), "b": dt.date(2008, 3, 1), "c": DEFAULT}
    dates = {a.id: a.date for a in read_inputs([str(tmp_path / "c.jsonl")])}  # type: ignore[union-attr]
    assert dates == {"a": dt.date(2010, 5, 5), "b": dt.date(2008, 3, 1), "c": None}


def test_text_file_dateline_and_none(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text("WASHINGTON, Oct. 23, 2016 \u2013 " + BODY)
    (tmp_path / "plain.txt").write_text(BODY)
    assert _one(list(read_inputs([str(tmp_path / "dated.txt")], DEFAULT))).date == dt.date(2016, 10, 23)
    assert _one(list(read_inputs([str(tmp_path / "plain.txt")], DEFAULT))).date == DEFAULT
    assert _one(list(read_inputs([str(tmp_path / "plain.txt")]))).date is None


def _page(head: str, body: str, tail: str = "") -> str:
    return (f"<html><head><title>Lisbon talks</title>{head}</head><body><article>{body}<p>{BODY * 3}</p>"
            f"</article>{tail}</body></html>")


def test_html_metadata_then_dateline_and_no_guess(tmp_path: Path) -> None:
    (tmp_path / "meta.html").write_text(_page('<meta property="article:published_time" content="2019-01-18">', ""))
    (tmp_path / "line.html").write_text(_page("", "<p>LISBON, March 3, 2017 - Talks began.</p>"))
    # A copyright year and a date inside the story are not the page's date (trafilatura's extensive
    # search would take them: 2024-01-01 and 2018-03-05).
    (tmp_path / "none.html").write_text(_page("", "<p>The summit of March 5, 2018 was a success.</p>",
                                              "<footer>\u00a9 2024 Example News</footer>"))
    read = {p: _one(list(read_inputs([str(tmp_path / p)], None))).date
            for p in ("meta.html", "line.html", "none.html")}
    assert read == {"meta.html": dt.date(2019, 1, 18), "line.html": dt.date(2017, 3, 3), "none.html": None}
    assert _one(list(read_inputs([str(tmp_path / "none.html")], DEFAULT))).date == DEFAULT


def test_build_without_date_warns_once_and_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "dated.txt").write_text("March 01, 2008\n\n" + BODY)
    (corpus / "undated.txt").write_text(BODY)
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "--no-progress"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "undated.txt: no publication date" in warnings[0]
    report = json.loads((out / "report.json").read_text())
    assert report["undated"] == 1 and report["undated_sources"] == [str(corpus / "undated.txt")]
    ttl = (out / "graph.ttl").read_text()
    assert '"2008-03-01"^^xsd:date' in ttl
    assert dt.date.today().isoformat() not in ttl  # "Friday" of the undated article is not resolved against today

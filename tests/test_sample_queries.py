"""Every shipped query on a graph built from our own sample corpus (corpus/sample): the rows a reader
of those articles expects. The graph is built once for the module."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.ingest import read_inputs
from kg.pipeline import build
from kg.query import run_named, shipped
from kg.rdf.export import write_turtle

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"
DATE = dt.date(2019, 1, 18)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build(read_inputs([str(SAMPLE)], DATE))
    assert not result.skipped
    path = tmp_path_factory.mktemp("sample") / "graph.ttl"
    write_turtle(result.graph.graph, path)
    return path


def records(graph: Path, query: str, **params: str) -> list[dict[str, str]]:
    """The rows of a shipped query as {column: text} ('' where unbound; '; '-joined lists sorted)."""
    result = run_named(graph, query, params)
    out = []
    for row in result.rows:
        cells = {}
        for var, v in zip(result.variables, row):
            text = "" if v is None else v.value
            cells[var] = "; ".join(sorted(text.split("; "))) if "; " in text else text
        out.append(cells)
    return out


def project(rows: list[dict[str, str]], *columns: str) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in columns) for r in rows]


def test_every_shipped_query_is_covered() -> None:
    assert set(shipped()) == set(COVERED)


def test_who_met_whom(graph: Path) -> None:
    rows = project(records(graph, "who-met-whom"), "date", "attendee1", "attendee2", "place", "status")
    assert rows == [
        ("2018-06", "Donald Trump", "Kim Jong Un", "Singapore", "Held"),
        # "held talks for two hours at the Necessidades Palace": the most specific named place, as the Oval Office
        ("2019-01-15", "Ana Ribeiro", "Karim Bennani", "Necessidades Palace", "Held"),
        ("2019-01-18", "Donald Trump", "Kim Yong Chol", "Oval Office", "Held"),
        ("2019-01-18", "Kim Yong Chol", "Mike Pompeo", "Washington", "Held"),
        ("2019-02", "Donald Trump", "Kim Jong Un", "", "Planned"),
        # "Bennani said Morocco would host the next round of talks in Rabat in March"
        ("2019-03", "Morocco", "Portugal", "Rabat", "Planned"),
        # "A planned visit by ... Tran Van Duc to Santiago was cancelled last month" (the cancellation's date)
        ("2022-10", "Chile", "Tran Van Duc", "Santiago", "Cancelled"),
        # "visited Hanoi on Wednesday and met ... Pham Thi Lan": one meeting
        ("2022-11-02", "Pham Thi Lan", "Tomas Araya", "Hanoi", "Held"),
        # "hosted ... in Ottawa on Thursday", "during a 90-minute meeting", "after the talks": one meeting
        ("2023-09-14", "Niamh Brennan", "Paul Tremblay", "Ottawa", "Held"),
        # "will meet ... in Nairobi next week", "The summit, the first ..., is expected to": one, planned, in
        # next week (from its Monday)
        ("2024-05-13", "Daniel Mwangi", "Grace Lyimo", "Nairobi", "Planned"),
    ]


def test_meeting_timeline(graph: Path) -> None:
    rows = records(graph, "meeting-timeline")
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and len(rows) == 10
    assert [r["date"] for r in rows][-1] == "2024-05-13"  # next week's summit last
    by_place = {r["place"]: r for r in rows if r["place"]}
    assert by_place["Ottawa"]["duration"] == "PT1H30M"
    assert by_place["Ottawa"]["source"] == "brief-ottawa-2023"
    assert by_place["Necessidades Palace"]["duration"] == "PT2H"
    assert by_place["Hanoi"]["attendees"] == "Pham Thi Lan; Tomas Araya"
    assert by_place["Nairobi"]["status"] == "Planned"
    assert by_place["Nairobi"]["source"] == "nairobi_summit.html"
    assert by_place["Santiago"]["status"] == "Cancelled"


def test_co_attendance(graph: Path) -> None:
    rows = project(records(graph, "co-attendance"), "attendee1", "attendee2", "meetings", "first", "last")
    assert rows[0] == ("Donald Trump", "Kim Jong Un", "2", "2018-06", "2019-02")  # most frequent first
    assert ("Ana Ribeiro", "Karim Bennani", "1", "2019-01-15", "2019-01-15") in rows
    assert ("Niamh Brennan", "Paul Tremblay", "1", "2023-09-14", "2023-09-14") in rows
    assert ("Daniel Mwangi", "Grace Lyimo", "1", "2024-05-13", "2024-05-13") in rows
    assert all(r[2] == "1" for r in rows[1:])


def test_person_meetings(graph: Path) -> None:
    rows = records(graph, "person-meetings", name="Kim Yong Chol")
    assert project(rows, "person", "date", "status", "place", "with") == [
        ("Kim Yong Chol", "2019-01-18", "Held", "Oval Office", "Donald Trump"),
        ("Kim Yong Chol", "2019-01-18", "Held", "Washington", "Mike Pompeo"),
    ]
    assert all(r["sentence"] for r in rows)
    rows = records(graph, "person-meetings", name="tomas araya")
    assert project(rows, "date", "status", "place", "with") == [("2022-11-02", "Held", "Hanoi", "Pham Thi Lan")]


def test_quotations_by_speaker(graph: Path) -> None:
    rows = records(graph, "quotations-by-speaker", name="Sanders")
    assert {r["speaker"] for r in rows} == {"Sarah Sanders"} and len(rows) == 3
    assert any(r["quotation"].startswith("The United States is going to continue") for r in rows)
    assert {(r["article"], r["date"]) for r in rows} == {("seed_voa_trump_kim_2019.txt", "2019-01-18")}
    everyone = project(records(graph, "quotations-by-speaker"), "speaker", "quotation", "article")
    assert ("Ana Ribeiro", "This partnership is only beginning.", "lisbon_talks.txt") in everyone
    assert len(everyone) > len(rows)


def test_titles(graph: Path) -> None:
    rows = project(records(graph, "titles"), "person", "title", "of", "validOn", "source")
    assert ("Mike Pompeo", "Secretary of State", "United States", "2019-01-18", "seed_voa_trump_kim_2019.txt") in rows
    assert ("Antonio Guterres", "Secretary-General", "United Nations", "2019-01-18",
            "seed_voa_trump_kim_2019.txt") in rows
    assert ("Tran Van Duc", "Deputy Prime Minister", "Vietnam", "2022-11-03", "brief-hanoi-2022") in rows
    assert ("Daniel Mwangi", "President", "Kenya", "2024-05-06", "nairobi_summit.html") in rows
    assert ("Lucia Ferraz", "senior fellow", "Atlantic Policy Institute", "2019-01-18", "lisbon_talks.txt") in rows


def test_people_by_country(graph: Path) -> None:
    rows = project(records(graph, "people-by-country"), "country", "person", "titles")
    assert ("United States", "Donald Trump", "President") in rows
    assert ("United States", "Mike Pompeo", "Secretary of State") in rows
    assert ("North Korea", "Kim Jong Un", "leader") in rows
    assert ("Portugal", "Ana Ribeiro", "Foreign Minister") in rows
    assert ("Morocco", "Karim Bennani", "Foreign Minister") in rows
    assert ("Vietnam", "Pham Thi Lan", "Foreign Minister") in rows
    assert ("Vietnam", "Tran Van Duc", "Deputy Prime Minister") in rows
    assert ("Kenya", "Daniel Mwangi", "President") in rows
    assert ("Tanzania", "Grace Lyimo", "President") in rows
    assert ("Canada", "Paul Tremblay", "Prime Minister") in rows
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_people_by_organization(graph: Path) -> None:
    rows = project(records(graph, "people-by-organization"), "organization", "person", "titles")
    assert ("United Nations", "Antonio Guterres", "Secretary-General") in rows
    assert ("Atlantic Policy Institute", "Lucia Ferraz", "senior fellow") in rows
    assert not any(r[0] in {"United States", "Vietnam", "Morocco"} for r in rows)  # countries are no organizations


COVERED = {
    "who-met-whom": test_who_met_whom,
    "meeting-timeline": test_meeting_timeline,
    "co-attendance": test_co_attendance,
    "person-meetings": test_person_meetings,
    "quotations-by-speaker": test_quotations_by_speaker,
    "titles": test_titles,
    "people-by-country": test_people_by_country,
    "people-by-organization": test_people_by_organization,
}

"""`kg query` and kg.query: every shipped query on a small hand-written graph, result formats read back,
parameters bound safely, errors named."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import KGError, UsageError
from kg.query import (
    ParameterError,
    SourceError,
    SparqlError,
    UnknownQueryError,
    bind,
    get,
    render,
    run,
    run_named,
    shipped,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
RESULTS = "{http://www.w3.org/2005/sparql-results#}"
KGD = "https://w3id.org/newskg/id/"


def rows(result) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """Rows as plain strings ('' where unbound); '; '-joined lists sorted, as their order is not defined."""
    out = []
    for row in result.rows:
        cells = []
        for v in row:
            text = "" if v is None else v.value
            cells.append("; ".join(sorted(text.split("; "))) if "; " in text else text)
        out.append(tuple(cells))
    return out


EXPECTED: dict[str, tuple[dict[str, str], tuple[str, ...], list[tuple[str, ...]]]] = {
    "who-met-whom": ({}, ("date", "attendee1", "attendee2", "place", "status", "meeting"), [
        ("2018-06-12", "Donald Trump", "Kim Jong Un", "Singapore", "Held", KGD + "meeting/m1"),
        ("2019-01-18", "Kim Yong Chol", "Mike Pompeo", "Washington", "Held", KGD + "meeting/m2"),
        ("2019-02", "Donald Trump", "Kim Jong Un", "Hanoi", "Planned", KGD + "meeting/m3"),
        ("2019-02", "Donald Trump", "Moon Jae-in", "Hanoi", "Planned", KGD + "meeting/m3"),
        ("2019-02", "Kim Jong Un", "Moon Jae-in", "Hanoi", "Planned", KGD + "meeting/m3"),
    ]),
    "person-meetings": ({"name": "trump"}, ("person", "date", "status", "place", "with", "sentence", "meeting"), [
        ("Donald Trump", "2018-06-12", "Held", "Singapore", "Kim Jong Un",
         "Trump and Kim first met in Singapore.", KGD + "meeting/m1"),
        ("Donald Trump", "2019-02", "Planned", "Hanoi", "Kim Jong Un; Moon Jae-in",
         "The leaders will meet again in Hanoi in February.", KGD + "meeting/m3"),
    ]),
    "people-by-organization": ({}, ("organization", "person", "titles"), [
        ("White House", "Sarah Sanders", "Press Secretary"),
        ("Workers' Party of Korea", "Kim Yong Chol", "Vice Chairman"),
    ]),
    "people-by-country": ({}, ("country", "person", "via", "titles"), [
        ("North Korea", "Kim Jong Un", "affiliation; nationality", "Chairman"),
        ("North Korea", "Kim Yong Chol", "nationality", ""),
        ("South Korea", "Moon Jae-in", "affiliation; nationality", "President"),
        ("United States", "Donald Trump", "affiliation; nationality", "President"),
        ("United States", "Mike Pompeo", "affiliation; nationality", "Secretary of State"),
    ]),
    "titles": ({}, ("person", "title", "of", "validOn", "source"), [
        ("Donald Trump", "President", "United States", "2019-01-18", "a1.txt"),
        ("Kim Jong Un", "Chairman", "North Korea", "2019-01-18", "a1.txt"),
        ("Kim Jong Un", "leader", "", "", ""),
        ("Kim Yong Chol", "Vice Chairman", "Workers' Party of Korea", "2019-01-18", "a1.txt"),
        ("Mike Pompeo", "Secretary of State", "United States", "2019-01-18", "a1.txt"),
        ("Moon Jae-in", "President", "South Korea", "2019-01-18", "a1.txt"),
        ("Sarah Sanders", "Press Secretary", "White House", "2019-03-01", "a2.txt"),
    ]),
    "quotations-by-speaker": ({}, ("speaker", "quotation", "article", "date"), [
        ("Donald Trump", "We had a very productive time together.", "a1.txt", "2019-01-18"),
        ("Donald Trump", 'We said "yes", and we meant it.', "a2.txt", "2019-03-01"),
        ("Sarah Sanders", "The president looks forward to it.", "a2.txt", "2019-03-01"),
    ]),
    "meeting-timeline": ({}, ("date", "end", "status", "attendees", "place", "duration", "source", "meeting"), [
        ("2018-06-12", "", "Held", "Donald Trump; Kim Jong Un", "Singapore", "", "a1.txt", KGD + "meeting/m1"),
        ("2019-01-18", "", "Held", "Kim Yong Chol; Mike Pompeo", "Washington", "PT1H30M", "a1.txt",
         KGD + "meeting/m2"),
        ("2019-02", "", "Planned", "Donald Trump; Kim Jong Un; Moon Jae-in", "Hanoi", "", "a1.txt",
         KGD + "meeting/m3"),
    ]),
    "co-attendance": ({}, ("attendee1", "attendee2", "meetings", "first", "last"), [
        ("Donald Trump", "Kim Jong Un", "2", "2018-06-12", "2019-02"),
        ("Donald Trump", "Moon Jae-in", "1", "2019-02", "2019-02"),
        ("Kim Jong Un", "Moon Jae-in", "1", "2019-02", "2019-02"),
        ("Kim Yong Chol", "Mike Pompeo", "1", "2019-01-18", "2019-01-18"),
    ]),
}


def test_every_shipped_query_is_tested_and_documented() -> None:
    queries = shipped()
    assert set(queries) == set(EXPECTED)
    for name, q in queries.items():
        assert q.sparql.startswith("# title:"), name
        assert q.title and q.description, name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_query_rows(name: str) -> None:
    params, variables, expected = EXPECTED[name]
    result = run_named(FIXTURE, name, params)
    assert result.kind == "select"
    assert result.variables == variables
    assert rows(result) == expected


def test_person_meetings_matches_names_and_alternate_names_ignoring_case() -> None:
    by_alias = rows(run_named(FIXTURE, "person-meetings", {"name": "KIM"}))
    by_name = rows(run_named(FIXTURE, "person-meetings", {"name": "kim jong un"}))
    assert by_alias == by_name
    assert [r[1] for r in by_name] == ["2018-06-12", "2019-02"]
    assert rows(run_named(FIXTURE, "person-meetings", {"name": "Nobody"})) == []


def test_quotations_of_one_speaker() -> None:
    got = rows(run_named(FIXTURE, "quotations-by-speaker", {"name": "sarah sanders"}))
    assert got == [("Sarah Sanders", "The president looks forward to it.", "a2.txt", "2019-03-01")]


@pytest.mark.parametrize("value", [
    'x" } } SELECT * WHERE { ?s ?p ?o } #',
    "Trump\" ) || true || (\"",
    "back\\slash\nnew line 'single' \"double\"",
])
def test_parameter_values_are_literals_never_sparql(value: str) -> None:
    assert rows(run_named(FIXTURE, "person-meetings", {"name": value})) == []
    bound = bind(get("person-meetings").sparql, {"name": value})
    assert "UNDEF" not in bound


def test_parameter_errors_name_what_is_valid() -> None:
    with pytest.raises(ParameterError, match="needs --param name=VALUE"):
        run_named(FIXTURE, "person-meetings")
    with pytest.raises(ParameterError, match="--param who: this query takes name"):
        run_named(FIXTURE, "person-meetings", {"who": "x"})
    with pytest.raises(ParameterError, match="takes no parameters"):
        run_named(FIXTURE, "titles", {"name": "x"})


def test_formats_parse_back() -> None:
    result = run_named(FIXTURE, "who-met-whom")
    expected = [r[:5] for r in EXPECTED["who-met-whom"][2]]

    table = list(csv.reader(io.StringIO(render(result, "csv").decode("utf-8"))))
    assert tuple(table[0]) == result.variables
    assert [tuple(r[:5]) for r in table[1:]] == expected

    tsv = list(csv.reader(io.StringIO(render(result, "tsv").decode("utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(tsv[0]) == tuple(f"?{v}" for v in result.variables)
    assert len(tsv) == 1 + len(expected)
    assert tsv[1][1] == '"Donald Trump"'

    doc = json.loads(render(result, "json"))
    assert tuple(doc["head"]["vars"]) == result.variables
    got = [tuple(b[v]["value"] for v in result.variables[:5]) for b in doc["results"]["bindings"]]
    assert got == expected
    assert doc["results"]["bindings"][0]["meeting"]["type"] == "uri"

    root = ET.fromstring(render(result, "xml"))
    assert root.tag == f"{RESULTS}sparql"
    names = [v.get("name") for v in root.iter(f"{RESULTS}variable")]
    assert tuple(names) == result.variables
    found = root.findall(f"{RESULTS}results/{RESULTS}result")
    assert len(found) == len(expected)


def test_quotes_and_commas_survive_csv() -> None:
    result = run_named(FIXTURE, "quotations-by-speaker")
    table = list(csv.DictReader(io.StringIO(render(result, "csv").decode("utf-8"))))
    assert 'We said "yes", and we meant it.' in [r["quotation"] for r in table]


def test_text_table_is_aligned() -> None:
    text = render(run_named(FIXTURE, "co-attendance"), "table").decode("utf-8")
    lines = text.splitlines()
    assert lines[0].split() == ["attendee1", "attendee2", "meetings", "first", "last"]
    assert set(lines[1]) <= {"-", " "}
    column = lines[0].index("attendee2")
    assert all(line[column:].startswith(("attendee2", "---", "Kim Jong Un", "Moon Jae-in", "Mike Pompeo"))
               for line in lines[:-1])
    assert lines[-1] == "(4 rows)"


def test_ask_and_construct() -> None:
    yes = run(FIXTURE, "ASK { ?m a kg:Meeting ; kg:status kg:Held }")
    assert yes.kind == "ask" and yes.boolean is True
    assert render(yes) == b"true\n"
    assert json.loads(render(yes, "json"))["boolean"] is True
    assert ET.fromstring(render(yes, "xml")).find(f"{RESULTS}boolean").text == "true"  # type: ignore[union-attr]
    no = run(FIXTURE, "ASK { ?m kg:status kg:Cancelled }")
    assert render(no) == b"false\n"

    graph = run(FIXTURE, "CONSTRUCT { ?a schema:knows ?b } WHERE { ?m schema:attendee ?a, ?b FILTER (?a != ?b) }")
    assert graph.kind == "graph"
    parsed = Graph().parse(data=render(graph).decode("utf-8"), format="turtle")
    assert len(parsed) == 8  # 1 + 1 + 3 unordered pairs, both directions
    with pytest.raises(UsageError, match="CONSTRUCT/DESCRIBE"):
        render(graph, "csv")


def test_errors_are_one_line_and_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(SparqlError) as bad:
        run(FIXTURE, "SELEC ?x WHERE { ?x ?p ?o }")
    assert "line 1" in str(bad.value) and "SELEC" in str(bad.value) and "\n" not in str(bad.value)
    with pytest.raises(SparqlError, match="unknown prefix"):
        run(FIXTURE, "SELECT ?x WHERE { ?x foo:bar ?o }")
    with pytest.raises(SourceError, match=r"missing\.ttl: no such file or folder; give a graph file \(.*\.ttl"):
        run(tmp_path / "missing.ttl", "ASK {}")
    notes = tmp_path / "notes.md"
    notes.write_text("hello")
    with pytest.raises(SourceError, match=r"unknown graph file type '\.md'"):
        run(notes, "ASK {}")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n")
    with pytest.raises(SourceError, match="cannot read as"):
        run(broken, "ASK {}")
    with pytest.raises(SourceError, match="not a readable Oxigraph store folder"):
        run(tmp_path, "ASK {}")
    with pytest.raises(UnknownQueryError, match="known queries: co-attendance, meeting-timeline"):
        run_named(FIXTURE, "who-met")
    for error in (SparqlError, SourceError, UnknownQueryError, ParameterError):
        assert issubclass(error, KGError)


def test_named_graphs_are_queried_as_one(tmp_path: Path) -> None:
    triples = Graph().parse(FIXTURE).serialize(format="nt")
    trig = tmp_path / "graph.trig"
    trig.write_text(f"<https://w3id.org/newskg/id/article/a1> {{\n{triples}}}\n", encoding="utf-8")
    assert rows(run_named(trig, "co-attendance")) == EXPECTED["co-attendance"][2]


def test_store_folder_opened_read_only(tmp_path: Path) -> None:
    from tests.netutil import oxigraph_program

    store = tmp_path / "store"
    subprocess.run([oxigraph_program(), "load", "--location", str(store), "--file", str(FIXTURE)],
                   check=True, capture_output=True)
    before = sorted(p.name for p in store.iterdir())
    assert rows(run_named(store, "who-met-whom")) == EXPECTED["who-met-whom"][2]
    assert rows(run_named(store, "titles")) == EXPECTED["titles"][2]
    assert sorted(p.name for p in store.iterdir()) == before


def kg(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`kg ARGS` in this process (the exit code and both outputs), as kg.cli.main runs it."""
    from kg.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = kg(capsys, "query", "--list")
    assert code == 0
    for name in EXPECTED:
        assert name in out
    code, out, err = kg(capsys, "query", str(FIXTURE), "--name", "person-meetings", "--param", "name=Moon",
                        "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)["results"]["bindings"]) == 1
    _, out, _ = kg(capsys, "query", str(FIXTURE), "SELECT (COUNT(*) AS ?n) WHERE { ?m a kg:Meeting }")
    assert out.splitlines()[2].strip() == "3"
    monkeypatch.setattr("sys.stdin", io.StringIO('ASK { ?s schema:name "Hanoi" }'))
    _, out, _ = kg(capsys, "query", str(FIXTURE), "-", "--format", "csv")
    assert out.strip() == "true"
    for args, expected_code, message in [
        (("query", str(FIXTURE), "--name", "nope"), 2, "--name 'nope': no such query; known queries:"),
        (("query", str(FIXTURE)), 2, "give exactly one of SPARQL text, --file Q.rq or --name NAME"),
        (("query", str(FIXTURE), "SELECT", "--name", "titles"), 2, "give exactly one of"),
        (("query", "nope.ttl", "ASK {}"), 1, "nope.ttl: no such file or folder"),
        (("query", str(FIXTURE), "--file", "nope.rq"), 1, "nope.rq: no such query file"),
        (("query", str(FIXTURE), "ASK {"), 1, "invalid SPARQL at line 1"),
        (("query", str(FIXTURE), "--name", "titles", "--param", "oops"), 2, "expected NAME=VALUE"),
        (("query", str(FIXTURE), "--name", "titles", "--format", "yaml"), 2, "invalid choice: 'yaml'"),
    ]:
        code, _, err = kg(capsys, *args)
        assert code == expected_code, (args, err)
        assert message in err, (args, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_command_line_as_a_user_runs_it() -> None:
    """One real process: exit codes and one-line errors reach the shell."""
    ok = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(FIXTURE), "--name", "co-attendance",
                         "--format", "csv"], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert ok.returncode == 0, ok.stderr
    assert list(csv.reader(io.StringIO(ok.stdout)))[1] == ["Donald Trump", "Kim Jong Un", "2", "2018-06-12", "2019-02"]


UNDATED = """@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/newskg/id/person/a> a schema:Person ; schema:name "Ann Lee" .
<https://w3id.org/newskg/id/person/b> a schema:Person ; schema:name "Bo Chan" .
<https://w3id.org/newskg/id/person/c> a schema:Person ; schema:name "Cy Dunn" .
""" + "".join(
    f"<https://w3id.org/newskg/id/meeting/m{i}> a kg:Meeting, schema:Event ; schema:attendee {who}{date} .\n"
    for i, who, date in [
        (1, "<https://w3id.org/newskg/id/person/a>, <https://w3id.org/newskg/id/person/b>",
         ' ; schema:startDate "2019-02-27"^^xsd:date'),
        (2, "<https://w3id.org/newskg/id/person/a>, <https://w3id.org/newskg/id/person/b>",
         ' ; schema:startDate "2018-06"^^xsd:gYearMonth'),
        (3, "<https://w3id.org/newskg/id/person/a>, <https://w3id.org/newskg/id/person/b>", ""),
        (4, "<https://w3id.org/newskg/id/person/b>, <https://w3id.org/newskg/id/person/c>", ""),
    ])


def test_co_attendance_dates_skip_undated_meetings(tmp_path: Path) -> None:
    """Three shared meetings, one undated: the dates are those of the two dated ones; a pair that never
    met on a known date has no dates."""
    source = tmp_path / "undated.ttl"
    source.write_text(UNDATED, encoding="utf-8")
    assert rows(run_named(source, "co-attendance")) == [
        ("Ann Lee", "Bo Chan", "3", "2018-06", "2019-02-27"),
        ("Bo Chan", "Cy Dunn", "1", "", ""),
    ]


@pytest.mark.parametrize("fmt", ["trig", "nquads", "ntriples", "jsonld", "rdfxml"])
def test_every_rdf_export_is_a_query_source(fmt: str, tmp_path: Path) -> None:
    """kg query reads each RDF file kg build writes, with the same answers as from the Turtle."""
    from kg.exports import write_exports
    from kg.rdf.export import FILES, Dataset

    quads = tuple(ox_quads(FIXTURE))
    written = write_exports(Dataset.of([(KGD + "article/a1", quads)]), tmp_path, [fmt])
    source = tmp_path / FILES[fmt][0]
    assert written[fmt] == [source]
    for name, (params, _, expected) in EXPECTED.items():
        assert rows(run_named(source, name, params)) == expected, (fmt, name)


def ox_quads(path: Path) -> list:  # type: ignore[type-arg]
    """The triples of a Turtle file as quads in the graph of article a1."""
    import pyoxigraph as ox

    graph = ox.NamedNode(KGD + "article/a1")
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]

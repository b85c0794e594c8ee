"""Scoring against gold: the dev-set rules of data/eval/README.md and the benchmark rules."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import GoldError, InputError
from kg.eval import Report, evaluate, gold_format
from kg.eval.bench import load_bench
from kg.eval.gold import load_gold
from kg.eval.gold import GoldEntity, GoldMeeting
from kg.eval.match import best_matching, max_matching
from kg.eval.report import Score
from kg.eval.score import _Matches, date_matches, normalize_name, place_matches, quotes_overlap, score_meetings
from kg.kinds.meeting import BuiltMeeting
from kg.rdf.read import read_graph

DATA = Path(__file__).parent / "data"
GOLD = DATA / "eval_gold"
PERFECT = ("eval_base.ttl", "eval_people.ttl", "eval_moon.ttl", "eval_events.ttl")


def graph(tmp_path: Path, *parts: str) -> Path:
    """Concatenate Turtle parts from tests/data into one graph file."""
    out = tmp_path / "graph.ttl"
    out.write_text("\n".join((DATA / p).read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    return out


def dev(tmp_path: Path, *parts: str) -> Report:
    """Evaluate the test gold against a graph made of `parts`."""
    return evaluate([GOLD], graph(tmp_path, *parts))


# reading the graph


def test_read_graph_articles_and_records(tmp_path: Path) -> None:
    articles = {a.identifier: a for a in read_graph(graph(tmp_path, *PERFECT))}
    assert sorted(articles) == ["a.txt", "b.txt"]
    a = articles["a.txt"]
    trump = next(e for e in a.entities if e.name == "Donald Trump")
    assert (trump.kind, trump.alternate_names, trump.job_titles) == ("Person", ("Trump",), ("President",))
    assert trump.affiliations == ("United States",)
    meeting = next(m for m in a.meetings if m.location == "Hanoi")
    assert (meeting.start_date, meeting.status) == ("2019-02-27", "held")
    assert set(meeting.attendee_names) == {"Donald Trump", "Kim Jong Un"}
    speakers = {(q.speaker, q.text[:6]) for q in a.quotes}
    assert speakers == {("Donald Trump", "We had"), ("the White House", "The tw")}


def test_shared_entity_keeps_only_the_articles_own_mentions(tmp_path: Path) -> None:
    articles = {a.identifier: a for a in read_graph(graph(tmp_path, *PERFECT))}
    mentions = {
        k: next(e for e in a.entities if e.name == "Donald Trump").mentions for k, a in articles.items()
    }
    assert mentions == {"a.txt": ((10, 22), (82, 87)), "b.txt": ((0, 12),)}
    assert [e.name for e in articles["b.txt"].entities] == ["United States", "Donald Trump"]


def test_titles_are_those_each_article_states_when_the_graph_has_memberships(tmp_path: Path) -> None:
    # Trump is in both articles, but only article a gives him a title (a membership derived from a)
    membership = tmp_path / "membership.ttl"
    membership.write_text("""
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix kgd: <https://w3id.org/newskg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
kgd:membership-1 a org:Membership, kg:Membership ; org:member kgd:person-donald-trump ;
    kg:title "President" ; prov:wasDerivedFrom kgd:article-a .
""", encoding="utf-8")
    parts = [(DATA / p).read_text(encoding="utf-8") for p in PERFECT] + [membership.read_text(encoding="utf-8")]
    both = tmp_path / "graph.ttl"
    both.write_text("\n".join(parts), encoding="utf-8")
    titles = {a.identifier: {e.name: e.job_titles for e in a.entities if e.kind == "Person"} for a in read_graph(both)}
    assert titles["a.txt"]["Donald Trump"] == ("President",)
    assert titles["b.txt"]["Donald Trump"] == ()
    assert titles["a.txt"]["Kim Jong Un"] == ()  # no membership states his "leader" in a


def test_unreadable_graph_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="graph.ttl"):
        read_graph(bad)


# dev set


def test_perfect_graph_scores_one(tmp_path: Path) -> None:
    report = dev(tmp_path, *PERFECT)
    assert all(s.f1 == 1.0 for s in report.scores.values())
    assert report.scores["people"] == Score(3, 0, 0)
    assert {k: a.value for k, a in report.accuracies.items()} == {"meeting_date": 1.0, "meeting_place": 1.0}
    assert not any(report.documents[0].to_dict()["missed"].values())


def test_duplicate_person_costs_precision(tmp_path: Path) -> None:
    report = dev(tmp_path, *PERFECT, "eval_duplicate.ttl")
    assert report.scores["people"] == Score(3, 1, 0)
    assert report.scores["titles"] == Score(3, 1, 0)
    assert report.documents[0].spurious["people"] == ("Trump",)


def test_merged_node_loses_one_person(tmp_path: Path) -> None:
    report = dev(tmp_path, "eval_base.ttl", "eval_people.ttl", "eval_merged.ttl")
    assert report.scores["people"] == Score(2, 0, 1)
    assert report.documents[0].missed["people"] == ("Moon Jae-in",)


def test_flawed_meetings_and_quotes(tmp_path: Path) -> None:
    report = dev(tmp_path, "eval_base.ttl", "eval_people.ttl", "eval_moon.ttl", "eval_events_flawed.ttl")
    # the Hanoi meeting has an extra participant (the United States): no match at all
    assert report.scores["meetings"] == Score(1, 1, 1)
    # ... yet who met whom is right but for the two pairs the extra participant adds
    assert report.scores["pairs"] == Score(2, 2, 0)
    assert set(report.documents[0].spurious["pairs"]) == {"donaldtrump + unitedstates", "kimjongun + unitedstates"}
    # the matched Washington meeting has the year only and the wrong place
    assert (report.accuracies["meeting_date"].correct, report.accuracies["meeting_date"].total) == (0, 1)
    assert report.accuracies["meeting_place"].value == 0.0
    # first quote agrees in its first 30 characters (curly quotes, double space); second does not
    assert report.scores["quotes"] == Score(1, 1, 1)


def test_missing_article_counts_everything_missed(tmp_path: Path) -> None:
    gold = tmp_path / "c.json"
    data = json.loads((GOLD / "a.json").read_text(encoding="utf-8"))
    gold.write_text(json.dumps({**data, "file": "c.txt"}), encoding="utf-8")
    report = evaluate([gold], graph(tmp_path, *PERFECT))
    assert not report.documents[0].built
    assert report.scores["people"] == Score(0, 0, 3)
    assert report.scores["meetings"] == Score(0, 0, 2)


@pytest.mark.parametrize(("system", "gold", "ok"), [
    ("2019-02-27", "2019-02", True),
    ("2019-02", "2019-02", True),
    ("2019-02", "2019-02-27", False),
    ("2019", "2019-04", False),
    ("2018-06-12", "2018-06-12/2018-06-13", True),
    ("2018-06-13", "2018-06-12/2018-06-13", True),
    ("2018-06-14", "2018-06-12/2018-06-13", False),
    ("2018-06", "2018-06-12/2018-06-13", False),
    ("2019-06-02", "2019-05/2019-06", True),
    ("2019-07-01", "2019-05/2019-06", False),
    (None, "2019", False),
    (None, None, True),
    ("2019", None, False),
])
def test_date_prefix_rule(system: str | None, gold: str | None, ok: bool) -> None:
    assert date_matches(system, gold) is ok


@pytest.mark.parametrize(("system", "gold", "ok"), [
    ("We had a very productive time together", "We had a very productive time together with Kim.", True),
    ("\u201cWe had a very  productive time\u201d", "we had a very productive time", True),
    ("He said we had a very productive time together", "We had a very productive time together", True),
    ("We had a very unproductive time together", "We had a very productive time together", False),
    ("", "anything", False),
])
def test_quote_first_30_characters(system: str, gold: str, ok: bool) -> None:
    assert quotes_overlap(system, gold) is ok


def test_name_normalization() -> None:
    assert normalize_name("The U.S.") == normalize_name("US")
    assert normalize_name("O\u2019Brien") == normalize_name("o'brien")
    assert normalize_name("Theresa May") != normalize_name("resa May")
    assert place_matches(("Washington",), "Washington, D.C.")
    assert not place_matches((), "Hanoi") and place_matches((), None)


def test_max_matching_is_maximum() -> None:
    assert max_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    assert max_matching([[0], [0]]) == {0: 0}
    # a later item with a free candidate takes it, and leaves an earlier one its first choice
    assert max_matching([[0, 1], [0, 1]]) == {0: 0, 1: 1}
    assert max_matching([[0, 1], [1, 0]]) == {0: 0, 1: 1}


def test_best_matching_keeps_the_most_pairs_then_the_most_agreement() -> None:
    weights = {(0, 0): 1, (0, 1): 1, (1, 0): 1}
    # taken in order, item 0 would take 0 and leave 1 the candidate that agrees in nothing
    assert best_matching([[0, 1], [0, 1]], lambda g, s: weights.get((g, s), 0)) == {0: 1, 1: 0}
    # no weight is worth a pair: item 1 alone agrees, yet both are matched
    assert best_matching([[0], [0, 1]], lambda g, s: 2 if (g, s) == (1, 0) else 0) == {0: 0, 1: 1}
    assert best_matching([[], [0]], lambda g, s: 0) == {1: 0}


def test_meetings_of_the_same_sides_are_paired_for_date_and_place() -> None:
    gold = [GoldMeeting(("Ana Lindqvist", "Boris Tamm"), "2021-03", "Tallinn"),
            GoldMeeting(("Ana Lindqvist", "Boris Tamm"), "2022-05", "Riga")]
    system = [BuiltMeeting("m1", ("p1", "p2"), ("Ana Lindqvist", "Boris Tamm"), "2022-05-04", "Tallinn", ("Tallinn",)),
              BuiltMeeting("m2", ("p1", "p2"), ("Ana Lindqvist", "Boris Tamm"), "2021-03", "Pärnu", ("Pärnu",))]
    people = (GoldEntity("Ana Lindqvist"), GoldEntity("Boris Tamm"))
    matches = _Matches({}, frozenset(), {normalize_name(p.name): p for p in people})
    score, accuracies, _ = score_meetings(system, gold, matches)
    # m1 agrees with the first in place only: given it, the second would get m2 and agree in nothing
    assert score == Score(2, 0, 0)
    assert (accuracies["meeting_date"].correct, accuracies["meeting_place"].correct) == (2, 0)


def test_report_table_and_dict(tmp_path: Path) -> None:
    report = dev(tmp_path, *PERFECT, "eval_duplicate.ttl")
    lines = report.table().splitlines()
    assert lines[0].split() == ["category", "P", "R", "F1", "tp/fp/fn"]
    assert "people" in lines[1] and "0.750" in lines[1] and "3/1/0" in lines[1]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["scores"]["people"]["precision"] == 0.75
    assert data["documents"][0]["spurious"]["people"] == ["Trump"]


# gold loading


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "not JSON"),
    ("[]", "JSON object"),
    ('{"people": []}', "'file'"),
    ('{"file": "x.txt", "people": {}}', "'people' must be a list"),
    ('{"file": "x.txt", "people": [{"aliases": []}]}', "people[0]"),
    ('{"file": "x.txt", "meetings": [{"participants": ["A"]}]}', "at least 2"),
    ('{"file": "x.txt", "meetings": [{"participants": ["A", "B"], "date_iso": "Feb 2019"}]}', "date_iso"),
    ('{"file": "x.txt", "quotes": [{"speaker": "A"}]}', "'quote'"),
])
def test_malformed_gold_names_file_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match="bad.json") as err:
        load_gold([bad])
    assert problem in str(err.value)


def test_gold_format_by_extension(tmp_path: Path) -> None:
    assert gold_format([GOLD, GOLD / "a.json"]) == "dev"
    assert gold_format([DATA / "eval_bench.jsonl"]) == "bench"
    with pytest.raises(GoldError):
        gold_format([GOLD, DATA / "eval_bench.jsonl"])
    with pytest.raises(GoldError):
        gold_format([tmp_path / "gold.csv"])
    with pytest.raises(GoldError, match="no such file"):
        load_gold([tmp_path / "missing.json"])


# benchmarks


def test_bench_loading_keeps_scope_and_intra_doc_layer() -> None:
    (doc,) = load_bench(DATA / "eval_bench.jsonl")
    assert doc.id == "bench/doc1" and doc.scope == (0, 111)
    assert {m.cluster for m in doc.mentions} == {"ORG_EADS", "ORG_AIRBUS", "ORG_BOEING", "PER_MCNERNEY"}


def test_bench_cluster_matched_once_duplicate_is_false_positive() -> None:
    report = evaluate([DATA / "eval_bench.jsonl"], DATA / "eval_bench.ttl")
    assert report.kind == "bench"
    assert report.scores["entities"] == Score(4, 2, 0)
    assert report.scores["organization"] == Score(3, 1, 0)
    assert report.scores["person"] == Score(1, 1, 0)
    assert report.scores["location"] == Score(0, 0, 0)  # Paris lies outside the exhaustive span
    assert set(report.documents[0].spurious["entities"]) == {
        "Friday [Person]", "Boeing Co [Organization] (duplicate)"}


def test_bench_document_without_article_is_all_missed(tmp_path: Path) -> None:
    report = evaluate([DATA / "eval_bench.jsonl"], graph(tmp_path, "eval_base.ttl"))
    assert report.scores["entities"] == Score(0, 0, 4)
    assert len(report.documents[0].missed["entities"]) == 4


def test_malformed_bench_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "entities": []}\n{"id": 3}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:2"):
        load_bench(bad)

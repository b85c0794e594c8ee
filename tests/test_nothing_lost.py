"""Issue 18's input and output reproductions: colliding article ids, lone surrogates, control characters,
very long articles, legacy HTML charsets, unwritable outputs, a locked store, symlinked files."""
from __future__ import annotations

import json
import os
import re
import resource
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

ROOT = Path(__file__).resolve().parents[1]
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
SCHEMA = "https://schema.org/"
TEXTS = [
    "President Ana Ribeiro of Portugal met King Karim of Morocco in Lisbon on Friday.",
    "Foreign Minister Lena Holt of Norway met Prime Minister Jo Tanaka of Japan in Oslo.",
    "Chancellor Otto Brandt of Germany met President Ines Duarte of Brazil in Berlin.",
]


def kg(*args: str, **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, **kw)


def articles(path: Path) -> dict[str, str]:
    """schema:identifier -> nif:isString of every article in a graph file; every mention checked against its text."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    found = {}
    for row in store.query(f"SELECT ?a ?id ?text WHERE {{ ?a <{SCHEMA}identifier> ?id ; <{NIF}isString> ?text }}"):
        found[row["id"].value] = row["text"].value
        mentions = store.query(f"SELECT ?b ?e ?anchor WHERE {{ ?m <{NIF}referenceContext> {row['a']} ; "
                               f"<{NIF}beginIndex> ?b ; <{NIF}endIndex> ?e ; <{NIF}anchorOf> ?anchor }}")
        for m in mentions:
            assert row["text"].value[int(m["b"].value):int(m["e"].value)] == m["anchor"].value
    return found


# -- 1. article IRIs never collide -------------------------------------------------------------------------
def test_file_names_differing_in_case_and_punctuation_stay_three_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["Summit Report.txt", "summit_report.txt", "summit-report.txt"]
    for name, text in zip(names, TEXTS, strict=True):
        (folder / name).write_text(text)
    run = kg("build", str(folder), "-o", str(tmp_path / "out"), "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 0, run.stderr
    assert articles(tmp_path / "out" / "graph.ttl") == dict(zip(names, TEXTS, strict=True))


def test_jsonl_ids_differing_in_case_stay_two_articles(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "d1", "text": TEXTS[0]}) + "\n"
                                      + json.dumps({"id": "D1", "text": TEXTS[1]}) + "\n")
    run = kg("build", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "out"), "--date", "2020-01-01",
             "--no-progress")
    assert run.returncode == 0, run.stderr
    assert articles(tmp_path / "out" / "graph.ttl") == {"d1": TEXTS[0], "D1": TEXTS[1]}


def test_same_id_in_one_build_is_disambiguated_and_reported(tmp_path: Path) -> None:
    for sub, text in (("x", TEXTS[0]), ("y", TEXTS[1])):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(text)
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "news.txt").write_text(TEXTS[0])  # the very same article a second time
    out = tmp_path / "out"
    run = kg("build", str(tmp_path / "x"), str(tmp_path / "y"), str(tmp_path / "z"), "-o", str(out),
             "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 0, run.stderr
    assert articles(out / "graph.ttl") == {"news.txt": TEXTS[0], "news.txt~2": TEXTS[1]}
    report = json.loads((out / "report.json").read_text())
    assert [r["id"] for r in report["renamed"]] == ["news.txt~2"]
    assert [r["source"] for r in report["duplicates"]] == [str(tmp_path / "z" / "news.txt")]
    assert "news.txt~2" in run.stderr


def test_store_never_loses_an_article_silently(tmp_path: Path) -> None:
    for sub, text in (("x", TEXTS[0]), ("y", TEXTS[1])):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(text)
    store = tmp_path / "store"
    first = kg("build", str(tmp_path / "x"), "-o", str(tmp_path / "o1"), "--store", str(store), "--no-progress",
               "--date", "2020-01-01")
    assert first.returncode == 0, first.stderr
    second = kg("build", str(tmp_path / "y"), "-o", str(tmp_path / "o2"), "--store", str(store), "--no-progress",
                "--date", "2020-01-01")
    assert second.returncode == 0, second.stderr
    warning = [line for line in second.stderr.splitlines() if "warning" in line and "news.txt" in line]
    assert len(warning) == 1 and "different text" in warning[0], second.stderr
    report = json.loads((tmp_path / "o2" / "report.json").read_text())
    assert report["store_replaced"] == [{"id": "news.txt", "source": str(tmp_path / "y" / "news.txt"),
                                         "text_changed": True}]


# -- 2 and 4. lone surrogates and control characters ---------------------------------------------------------
def test_lone_surrogates_and_controls_in_every_jsonl_field(tmp_path: Path) -> None:
    bad = "\ud800x\x07\x1b"
    record = {"id": f"id{bad}", "title": f"Title{bad}", "url": f"https://example.org/{bad}",
              "publisher": f"Pub{bad}", "date": "2020-01-01", "text": f"{TEXTS[0]} {bad} {TEXTS[1]}"}
    (tmp_path / "c.jsonl").write_text(json.dumps(record) + "\n")  # json.dumps writes the surrogate as \ud800
    out = tmp_path / "out"
    run = kg("build", str(tmp_path / "c.jsonl"), "-o", str(out), "--format", "all", "--no-progress")
    assert run.returncode == 0, run.stderr
    [(identifier, text)] = articles(out / "graph.ttl").items()
    assert text == f"{TEXTS[0]} \ufffdx\ufffd\ufffd {TEXTS[1]}"  # one for one: offsets hold
    assert identifier == "id\ufffdx\ufffd\ufffd"
    for name in ("graph.rdf", "graph.gexf", "graph.graphml"):
        ET.parse(out / name)
    Graph().parse(out / "graph.rdf", format="xml")


# -- 3. very long articles -----------------------------------------------------------------------------------
def test_article_over_a_million_characters_is_processed(tmp_path: Path) -> None:
    text = "\n\n".join(TEXTS) + "\n" * 1_200_000 + "\n\n".join(TEXTS)  # over spaCy's max_length, few tokens
    (tmp_path / "long.txt").write_text(text)
    out = tmp_path / "out"
    run = kg("build", str(tmp_path / "long.txt"), "-o", str(out), "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 0, run.stderr
    assert articles(out / "graph.ttl") == {"long.txt": text}
    ttl = (out / "graph.ttl").read_text()
    assert "Ines Duarte" in ttl and "Ana Ribeiro" in ttl


# -- 10. legacy charsets declared by the page ----------------------------------------------------------------
def test_html_declaring_windows_1252_or_latin_1_is_read(tmp_path: Path) -> None:
    body = ("<p>\u201cWe agreed,\u201d said President Jos\u00e9 Ribeiro after he met King Karim in Lisbon. "
            + TEXTS[1] * 3 + "</p>")
    (tmp_path / "cp.html").write_bytes(
        f'<html><head><meta charset="windows-1252"><title>T</title></head><body><article>{body}</article>'
        "</body></html>".encode("cp1252"))
    latin = body.replace("\u201c", '"').replace("\u201d", '"')
    (tmp_path / "latin.html").write_bytes(
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>T</title>'
        f"</head><body><article>{latin}</article></body></html>".encode("latin-1"))
    run = kg("build", str(tmp_path), "-o", str(tmp_path / "out"), "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 0, run.stderr
    texts = articles(tmp_path / "out" / "graph.ttl")
    assert "\u201cWe agreed,\u201d said President Jos\u00e9 Ribeiro" in texts["cp.html"]
    assert '"We agreed," said President Jos\u00e9 Ribeiro' in texts["latin.html"]


# -- minor -------------------------------------------------------------------------------------------------
def _no_big_files() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_an_output_error_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" ".join(TEXTS))
    run = kg("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--date", "2020-01-01",
             "--no-progress", preexec_fn=_no_big_files)
    assert run.returncode == 1
    [line] = [line for line in run.stderr.splitlines() if "error" in line]
    assert re.match(r"kg: error: /\S+.*: File too large", line) and ": :" not in line, line


def test_unwritable_output_is_refused_before_the_analysis(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0])
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n")  # would be reported if the analysis had started
    (tmp_path / "file").write_text("x")
    for target in (tmp_path / "file" / "out", Path("/proc/self")):
        run = kg("build", str(tmp_path), "-o", str(target), "--date", "2020-01-01", "--no-progress")
        assert run.returncode != 0
        assert run.stderr.startswith(f"kg: error: -o {target}: ") and "skipped" not in run.stderr, run.stderr
        assert len(run.stderr.splitlines()) == 1


def test_locked_store_is_refused_before_the_analysis(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXTS[0])
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\r\n")
    store = ox.Store(str(tmp_path / "store"))  # another process holds the store (as a running build would)
    try:
        run = kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "store"),
                 "--date", "2020-01-01", "--no-progress")
    finally:
        del store
    assert run.returncode != 0
    assert run.stderr.startswith(f"kg: error: --store {tmp_path / 'store'}: ") and "skipped" not in run.stderr
    assert len(run.stderr.splitlines()) == 1, run.stderr


def test_symlinked_file_in_a_folder_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.txt").write_text(TEXTS[0])
    os.symlink("real.txt", folder / "alias.txt")
    run = kg("build", str(folder), "-o", str(tmp_path / "out"), "--date", "2020-01-01", "--no-progress")
    assert run.returncode == 0, run.stderr
    assert articles(tmp_path / "out" / "graph.ttl") == {"real.txt": TEXTS[0]}


def test_long_article_pieces_keep_offsets_and_entities() -> None:
    import datetime as dt

    from kg.pieces import join_facts, piece_articles, pieces
    from kg.pipeline import analyze_articles
    from kg.records import Article, ArticleFacts

    seed = (ROOT / "data" / "eval" / "articles" / "000_d30bdd079e06602b.txt").read_text(encoding="utf-8")
    for size in (50, 300, 1000):
        parts = pieces(seed, size)
        assert "".join(p for _, p in parts) == seed and all(len(p) <= size and seed[o:].startswith(p)
                                                            for o, p in parts)
    assert [p for _, p in pieces("x" * 250, 100)] == ["x" * 100, "x" * 100, "x" * 50]  # no bound: cut anyway
    article = Article(id="seed", text=seed, source="seed", date=dt.date(2019, 1, 18))
    split = piece_articles(article, 1000)
    assert len(split) > 3
    analysed = list(analyze_articles([p for _, p in split]))
    assert all(isinstance(f, ArticleFacts) for f in analysed)
    joined = join_facts(article, [(o, f) for (o, _), f in zip(split, analysed, strict=True)])  # type: ignore[misc]
    for m in joined.mentions:
        assert seed[m.start:m.end] == m.text
    for q in joined.quotes:
        assert seed[q.evidence.start:q.evidence.end] == q.evidence.sentence
    assert [s for s, _ in joined.sentences] == sorted(s for s, _ in joined.sentences)
    names = {e.name for e in joined.entities}
    assert {"Donald Trump", "Kim Jong Un"} <= names
    assert len({e.key for e in joined.entities}) == len(joined.entities)

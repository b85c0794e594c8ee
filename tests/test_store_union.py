"""Queries over a store see exactly its article graphs, also after a run killed half-way (issue 18,
item 7): the duplicate-free union default graph changes in the same transaction as each article."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.query import run
from kg.rdf.store import Store

ROOT = Path(__file__).resolve().parents[1]
EX = "http://example.org/"
SHARED = ox.Triple(ox.NamedNode(EX + "kim"), ox.NamedNode(EX + "name"), ox.Literal("Kim Jong Un"))


def article(n: int, version: int = 0) -> tuple[str, list[ox.Quad]]:
    """Article n's graph: the shared triple (said by every article) and a few of its own."""
    g = ox.NamedNode(f"{EX}article/{n}")
    own = [ox.Triple(ox.NamedNode(f"{EX}thing/{n}/{k}"), ox.NamedNode(EX + "said"), ox.Literal(f"v{version}"))
           for k in range(3)]
    return g.value, [ox.Quad(t.subject, t.predicate, t.object, g) for t in [SHARED, *own]]


def visible(store: Path) -> set[tuple[str, str, str]]:
    """The triples a `kg query` over the store sees (its default graph)."""
    rows = run(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows
    return {tuple(str(v) for v in row) for row in rows}  # type: ignore[misc]


def stated(store: Path) -> set[tuple[str, str, str]]:
    with Store(store) as opened:
        return {(q.subject.value, q.predicate.value, q.object.value) for q in opened.dataset().quads()}


def test_a_run_killed_half_way_is_seen_whole(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store(db) as store:
        store.put_all(article(n) for n in range(4))
    assert visible(db) == stated(db)
    script = (
        "import os, signal, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.test_store_union import article\nfrom kg.rdf.store import Store\n"
        f"store = Store({str(db)!r})\n"
        "def graphs():\n"
        "    yield article(0, version=1)\n"  # replaced: its old triples must leave the union
        "    yield from (article(n) for n in range(4, 8))\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "store.put_all(graphs())\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    seen = visible(db)
    assert seen == stated(db)
    assert (EX + "thing/7/0", EX + "said", "v0") in seen
    assert (EX + "thing/0/0", EX + "said", "v0") not in seen


def test_a_shared_triple_leaves_with_the_last_article_that_states_it(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store(db) as store:
        store.put_all(article(n) for n in range(2))
        g0, quads0 = article(0)
        assert store.put(g0, quads0[1:]) == "replaced"
        union = {tuple(r) for r in store._store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert any(q[0] == SHARED.subject for q in union)
        g1, quads1 = article(1)
        assert store.put(g1, quads1[1:]) == "replaced"
        assert not list(store._store.quads_for_pattern(SHARED.subject, None, None, ox.DefaultGraph()))
    assert visible(db) == stated(db)
    assert len(visible(db)) == 6


def test_a_store_without_a_union_gets_one_when_opened_for_writing(tmp_path: Path) -> None:
    db = tmp_path / "db"
    raw = ox.Store(str(db))
    raw.extend(q for n in range(3) for q in article(n)[1])  # named graphs only, as an older kg wrote them
    raw.flush()
    del raw
    with Store(db) as store:
        store.put(*article(3))
    assert visible(db) == stated(db)

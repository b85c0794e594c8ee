"""A build into a store: the new articles resolved against the store's entity index, late merges applied.

`build_into_store` writes each new article's graph, and rewrites every stored article graph whose
content the new evidence changes (a node merged into another, a fuller name or a new alternate name,
a meeting reported again), so the store's union is the graph a single build of all its articles
gives. The run's graphs are written together (`Store.put_many`: the new ones in one bulk load, the
rewritten ones in one update, in batches of about 500 articles), nothing is read back; the entity
index (kg.resolve.index) is committed after the store, so a run stopped half-way is completed by
running it again.

A build that bulk-loads a large share of the store compacts it before it ends (`COMPACT_ARTICLES`), so
that the store it leaves is as fast to add to as a store that was never bulk-loaded.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.graph import KnowledgeGraph, article_id
from kg.ingest import Skipped
from kg.ingest.unique import Notice
from kg.kinds import ENTITY_NAMES
from kg.kinds.meeting import add_meeting
from kg.pipeline import BuildResult, Engine, analyze_all, analyze_articles
from kg.rdf.dataset import Dataset, article_quads
from kg.rdf.mapping import article_graphs, iri
from kg.rdf.store import Store
from kg.resolve.corpus import Merge
from kg.resolve.increment import Increment, plan_increment
from kg.resolve.index import EntityIndex, Report
from kg.records import Article, ArticleFacts

log = logging.getLogger(__name__)

COMPACT_ARTICLES = 500
COMPACT_SHARE = 0.1
"""A build that adds at least COMPACT_ARTICLES articles, and at least COMPACT_SHARE of the articles the store
then holds, compacts the store (`Store.compact`) when it ends. Its bulk loads leave files that RocksDB would
otherwise merge while the next build runs: a day of 100 articles into a store of 10,000 bulk-loaded 1,000 at a
time took 1.82x the time of 100 into an empty store, 1.01x when each of those builds compacted the store
(bench/incremental.py). Compaction rewrites the whole store (2 GB for 10,000 articles: 58 s on a loaded machine,
3 s for 1,000), so a build pays it only when it brought a tenth of the store or more: the rewrites of a store grown
by such builds sum to a few times its final size (the ten compactions of that fill: 197 s of its 833 s). A smaller
build (a day's news) leaves its few files to RocksDB's own compaction, whose cost follows the day."""


@dataclass
class StoreBuild:
    """What a build into a store did: the run's article graphs (as stored) and the store's changes."""

    result: BuildResult
    data: Dataset
    counts: dict[str, int] = field(default_factory=dict)  # added, replaced (rewritten), unchanged
    sameas: list[tuple[str, str]] = field(default_factory=list)  # (old node, new node) merged away
    compacted: float | None = None  # seconds spent compacting the store (None: not compacted, see COMPACT_ARTICLES)


Replaced = Callable[[str, str, str, bool], None]
"""Told of each article of the run whose stored graph it replaced: graph, id, source, whether the text changed."""


def build_into_store(items: Iterable[Article | Skipped], store: Store, *, no_text: bool = False,
                     on_skip: Callable[[Skipped], None] | None = None,
                     on_done: Callable[[ArticleFacts], None] | None = None, engine: Engine = analyze_articles,
                     on_notice: Callable[[Notice], None] | None = None,
                     on_replaced: Replaced | None = None) -> StoreBuild:
    """`kg build --store`: analyse the articles, then add them to the open STORE (see `add_facts`)."""
    result = BuildResult(KnowledgeGraph())
    spill, _ = analyze_all(items, result, on_skip, on_done, engine, on_notice)
    with spill:
        return add_facts(store, sorted(spill), spill.get, result, no_text=no_text, on_replaced=on_replaced)


def add_facts(store: Store, ids: Iterable[str], get: Callable[[str], ArticleFacts], result: BuildResult | None = None,
              *, no_text: bool = False, on_replaced: Replaced | None = None) -> StoreBuild:
    """Add analysed articles (their own facts, by id) to STORE, resolved against its entity index."""
    result = result or BuildResult(KnowledgeGraph())
    ids = sorted(ids)
    run = set(ids)
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    graphs: dict[str, tuple[Any, ...]] = {}
    index = EntityIndex(store.path)
    try:
        own: dict[str, ArticleFacts] = {}
        new: list[ArticleFacts] = []
        for aid in ids:
            own[aid] = facts = get(aid)
            if index.facts(aid) != facts:
                new.append(facts)
        inc = plan_increment(index, new)
        fresh = {f.article.id for f in new}
        names: dict[str, str] = {}  # graph IRI -> article id

        def article_graphs_() -> Iterator[tuple[str, tuple[Any, ...]]]:
            for aid in sorted(run | inc.rewrite):  # the run's articles and the stored ones late evidence changes
                facts = own.get(aid) or index.facts(aid)
                if facts is None:
                    continue
                graph = article_graph(inc, facts, no_text)
                if aid in run:
                    _join(result.graph, graph)
                ((gid, triples),) = list(article_graphs(graph.graph))
                names[str(iri(gid))] = aid
                yield str(iri(gid)), article_quads(gid, triples)

        for put in store.put_many(article_graphs_()):  # the new articles at once, the rewritten ones at once
            counts[put.outcome] += 1
            aid = names[put.graph]
            if aid not in run:
                continue
            graphs[put.graph] = put.quads
            if put.outcome == "replaced" and on_replaced and aid in fresh:
                a = own[aid].article
                on_replaced(put.graph, a.id, a.source, put.old_text is not None
                            and put.old_text != (None if no_text else a.text))
        sameas, touched = _record(index, inc, new)
        store.put_sameas({str(iri(old)): None if new_ is None else str(iri(new_))
                          for old, new_ in index.links(touched).items()})
        store.flush()  # the graphs first: an index that runs ahead of the store would skip articles on a rerun
        index.commit()
        stored = len(index)
    finally:
        index.close()
    compacted = compact(store, counts["added"], stored)
    result.documents = len(ids)
    result.merges = sorted(inc.merges + _late(inc, sameas), key=lambda m: (m.kind, m.node, m.article, m.local))
    return StoreBuild(result, Dataset.of(sorted(graphs.items())), counts, sameas, compacted)


def compacts(added: int, stored: int) -> bool:
    """Whether a build that added ADDED articles to a store now holding STORED compacts it (see COMPACT_ARTICLES)."""
    return added >= COMPACT_ARTICLES and added >= COMPACT_SHARE * stored


def compact(store: Store, added: int, stored: int) -> float | None:
    """Compact STORE if the rule says so (`compacts`); the seconds it took, or None."""
    if not compacts(added, stored):
        return None
    log.info("compacting the store %s (%d of its %d articles were just added; this rewrites its files once)",
             store.path, added, stored)
    started = time.perf_counter()
    store.compact()
    seconds = time.perf_counter() - started
    log.info("store %s compacted in %.1f s", store.path, seconds)
    return seconds


def _join(run: KnowledgeGraph, graph: KnowledgeGraph) -> None:
    """Add one article's graph to the run's graph (for counts and the node-link output)."""
    g = run.graph
    for node, d in graph.graph.nodes(data=True):
        if node in g and "articles" in d:
            g.nodes[node]["articles"] = sorted(set(g.nodes[node]["articles"]) | set(d["articles"]))
        elif node not in g:
            g.add_node(node, **d)
    for u, v, k, d in graph.graph.edges(keys=True, data=True):
        if not g.has_edge(u, v, k):
            g.add_edge(u, v, key=k, **d)


def article_graph(inc: Increment, own: ArticleFacts, no_text: bool = False) -> KnowledgeGraph:
    """One article's graph as a build of the whole store would make it: corpus keys, corpus-wide descriptions."""
    facts = inc.resolve(own)
    graph = KnowledgeGraph()
    graph.add(facts, inc.meetings_of(facts.article.id))
    g = graph.graph
    for node, d in list(g.nodes(data=True)):
        if d.get("kind") in ENTITY_NAMES:
            name, aliases, code = inc.entity(node)
            d.update(name=name, aliases=list(aliases), code=d.get("code") or code)
        elif d.get("kind") == "Meeting":
            reports = inc.meeting_reports.get(node) or [r for r, _, _ in inc.index.reports_of_node(node)]
            attrs, places = meeting_description(node, reports)
            d.update(attrs)
            for place, kind in places:
                if place not in g:
                    g.add_node(place, kind=kind, name=inc.entity(place)[0], articles=[])
                g.add_edge(node, place, key="location", type="location")
    return graph.without_text() if no_text else graph


def meeting_description(node: str, reports: list[Report]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A meeting node made from all its reports in article order, as a whole build makes it; and its places."""
    graph = KnowledgeGraph()
    for art, _, meeting, published in sorted(reports, key=lambda r: (r[0], r[1])):
        aid = article_id(art)
        if aid not in graph.graph:
            graph.graph.add_node(aid, kind="Article", date=published or None)
        add_meeting(graph.graph, meeting, aid, node)  # the same merge rule as a whole build
    places = sorted({(m.place, m.place.split("/")[0].title()) for _, _, m, _ in reports if m.place})
    return dict(graph.graph.nodes[node]), places


def _record(index: EntityIndex, inc: Increment, new: list[ArticleFacts]) -> tuple[list[tuple[str, str]], set[str]]:
    """Write the index: the new articles, every key read (with its node now), the reports and holders; returns
    the nodes merged away by this run and every old node whose sameAs link changed."""
    for facts in new:
        index.put_facts(facts)
    for key, row in sorted(inc.keys.items()):
        was = inc.stored.get(key)
        if row != was:  # only the keys that changed: a key shared by many articles is a long row
            data = row[0]
            named = was is not None and (was[0].kind, was[0].names, was[0].aliases) == (data.kind, data.names, data.aliases)
            index.put_key(*row, blocks=not named, stored=None if was is None else was[0].articles)
    for aid, reports in inc.reports.items():
        ids = inc.meeting_ids[aid]
        index.put_reports(aid, [(r, ids[r[1]]) for r in reports])
        own = index.facts(aid)
        if own is not None:
            nodes = {inc.node(e.key) for e in own.entities} | set(ids.values())
            index.put_holds(aid, sorted(nodes))
    for node, reports in inc.meeting_reports.items():
        for art, i, _, _ in reports:
            index.set_report_node(art, i, node)
    merged = []
    touched: set[str] = set()
    for old, node in sorted(inc.meetings_moved.items()):
        if not index.reports_of_node(old):
            touched |= index.put_sameas(old, node)
            merged.append((old, node))
    for key, node in sorted(inc.moved.items()):
        old = inc.was[key]
        if not index.members(old) and (old, node) not in merged:  # the old node is gone: its IRI points on
            touched |= index.put_sameas(old, node)
            merged.append((old, node))
    return merged, touched


def _late(inc: Increment, sameas: list[tuple[str, str]]) -> list[Merge]:
    """merges.jsonl lines for late evidence: the stored keys moved to another node, and the articles rewritten."""
    out = []
    for key, node in sorted(inc.moved.items()):
        data = inc.keys[key][0]
        gone = (inc.was[key], node) in sameas
        for aid in sorted(data.articles & inc.rewrite):
            out.append(Merge(data.kind.value, aid, key, node, data.best_name, "late-merge",
                             f"a new article joins {data.best_name!r} to {inc.entities[node][0]!r}; this stored "
                             f"article's graph was rewritten" + (f"; {inc.was[key]} owl:sameAs {node}" if gone else "")))
    return out

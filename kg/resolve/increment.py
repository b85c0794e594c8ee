"""New articles resolved against a store's entity index, with the rules of a whole-corpus build.

The corpus rules (kg.resolve.corpus) compare a key only with keys that share one of its name blocks,
so the decisions about the new articles' keys depend only on the keys reachable from them through
shared blocks. `plan_increment` reads exactly those from the index (by key), runs the corpus rules
on them as if they were the whole corpus, and compares the outcome with what the index holds:

* keys whose node changed (late evidence: the store knew "Trump", a new article says "Donald Trump");
* nodes whose description changed (a new alternate name, a fuller name), so every article graph that
  describes them must be rewritten to keep the store's union equal to a one-build graph;
* meetings in the participant blocks touched, regrouped (a meeting reported again joins its node).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from kg.resolve.clusters import Node as KeyNode
from kg.resolve.clusters import collect
from kg.resolve.corpus import CorpusPlan, Merge, map_keys, summary
from kg.resolve.corpus_meetings import date_range, group_meetings
from kg.resolve.index import EntityIndex, Report, block_name, lookups_of
from kg.records import ArticleFacts, Meeting

EntityAttrs = tuple[str, tuple[str, ...], str | None]
"""What a corpus node's description takes from all its keys: name, alternate names, code."""


@dataclass
class Increment:
    """What a build into a store changes: the plan for the new articles and the old ones to rewrite."""

    index: EntityIndex
    keys: dict[str, tuple[KeyNode, str, str | None]]  # every key read or changed: data, node, code
    moved: dict[str, str]  # key -> new node, for the keys the store knew under another node
    entities: dict[str, EntityAttrs]  # corpus node -> description, for the nodes read
    changed_nodes: set[str]  # entity nodes whose description changed
    meeting_ids: dict[str, dict[int, str]]  # article -> meeting index -> node, for articles written
    meeting_reports: dict[str, list[Report]]  # meeting node -> its reports, for the meetings touched
    rewrite: set[str]  # old articles whose graphs change
    reports: dict[str, list[Report]] = field(default_factory=dict)  # article -> its reports (written articles)
    was: dict[str, str] = field(default_factory=dict)  # key -> its node before, for the moved keys
    stored: dict[str, tuple[KeyNode, str, str | None]] = field(default_factory=dict)  # the keys read, as stored
    meetings_moved: dict[str, str] = field(default_factory=dict)  # meeting node gone -> the node it joined
    merges: list[Merge] = field(default_factory=list)

    def node(self, key: str) -> str:
        if key in self.keys:
            return self.keys[key][1]
        return self.index.node_of(key)

    def entity(self, node: str) -> EntityAttrs:
        if node not in self.entities:
            self.entities[node] = describe(m for m in self.index.members(node))
        return self.entities[node]

    def meetings_of(self, article: str) -> dict[int, str]:
        """The meeting nodes of an article's meetings (by index): this build's plan, else the index."""
        if article in self.meeting_ids:
            return self.meeting_ids[article]
        return {rep[1]: node for rep, _, node in self.index.reports_of_article(article)}

    def resolve(self, facts: ArticleFacts) -> ArticleFacts:
        """An article's own facts with corpus keys (as CorpusPlan.apply)."""
        moved = {e.key: self.node(e.key) for e in facts.entities}
        return CorpusPlan({k: v for k, v in moved.items() if k != v}, {}, ()).apply(facts)


def describe(members: Iterable[tuple[KeyNode, str, str | None]]) -> EntityAttrs:
    """A node's name (the fullest), alternate names (every other form) and code, from its keys."""
    names: set[str] = set()
    forms: set[str] = set()
    code = None
    for data, _, c in sorted(members, key=lambda m: m[0].key):
        names |= data.names
        forms |= data.names | data.aliases
        code = code or c
    if not names:
        return "", (), None
    name = max(names, key=lambda n: (len(n.split()), len(n), n))
    return name, tuple(sorted(forms - {name})), code


def _reports(facts: ArticleFacts) -> list[Report]:
    published = facts.article.date.isoformat() if facts.article.date else ""
    return [(facts.article.id, i, m, published) for i, m in enumerate(facts.meetings)]


def plan_increment(index: EntityIndex, new: list[ArticleFacts]) -> Increment:
    """The new articles (own facts, not yet resolved) against the index; nothing is written."""
    new_ids = {f.article.id for f in new}
    fresh = collect(summary(f) for f in new)
    codes = {e.key: e.code for f in new for e in f.entities if e.code}
    loaded: dict[str, KeyNode] = {}
    stored: dict[str, tuple[KeyNode, str, str | None]] = {}
    frontier = sorted(fresh)
    seen_blocks: set[str] = set()
    while frontier:  # the keys reachable from the new ones through shared name blocks
        key = frontier.pop()
        if key in loaded:
            continue
        row = index.key(key)
        if row is not None:
            stored[key] = row
        node = _merged(row[0] if row else None, fresh.get(key))
        loaded[key] = node
        for block in sorted(lookups_of(node) - seen_blocks):
            seen_blocks.add(block)
            frontier.extend(k for k in index.block_keys(block) if k not in loaded)
    mapping, merges = map_keys(loaded, [summary(f) for f in new])
    keys = {k: (loaded[k], mapping[k], (stored[k][2] if k in stored else None) or codes.get(k))
            for k in loaded}
    moved = {k: mapping[k] for k, (_, node, _) in stored.items() if node != mapping[k]}
    inc = Increment(index, keys, moved, {}, set(), {}, {}, set(), merges=merges,
                    was={k: stored[k][1] for k in moved}, stored=stored)
    _entities(inc, stored)
    _meetings(inc, new, new_ids)
    return inc


def _stored_reports(index: EntityIndex, written: Mapping[str, list[Report]],
                    full: set[str]) -> dict[tuple[str, int], tuple[Report, str, str]]:
    """The stored reports (with their block and node) that regrouping the WRITTEN articles' meetings needs.

    A meeting joins only meetings of the same participants whose dates overlap its own (an undated one
    joins none), so beside every report of the FULL blocks (a changed attendee) these are the reports
    of the written articles' blocks whose date spans overlap theirs, transitively; and with any report,
    every report of its article, whose meeting nodes are named together (two meetings of one sentence)."""
    out: dict[tuple[str, int], tuple[Report, str, str]] = {}
    spans: list[tuple[str, str, str]] = []
    articles = sorted(written, reverse=True)

    def take(row: tuple[Report, str, str]) -> None:
        rep, block, _ = row
        if (rep[0], rep[1]) not in out:
            out[(rep[0], rep[1])] = row
            spans.extend(_span(block, rep[2]))
            articles.append(rep[0])

    for block in sorted(full):
        for row in index.reports_in_block(block):
            take(row)
    for reps in written.values():
        for rep in reps:
            spans.extend(_span(block_name(rep[2].participants), rep[2]))
    seen_spans: set[tuple[str, str, str]] = set()
    seen_articles: set[str] = set()
    while spans or articles:
        if articles:
            aid = articles.pop()
            if aid not in seen_articles:
                seen_articles.add(aid)
                for row in index.reports_of_article(aid):
                    take(row)
        else:
            span = spans.pop()
            if span not in seen_spans:
                seen_spans.add(span)
                for row in index.reports_overlapping(*span):
                    take(row)
    return out


def _span(block: str, meeting: Meeting) -> list[tuple[str, str, str]]:
    if meeting.date is None:
        return []
    lo, hi = date_range(meeting.date)
    return [(block, lo.isoformat(), hi.isoformat())]


def _merged(old: KeyNode | None, new: KeyNode | None) -> KeyNode:
    if old is None or new is None:
        node = old or new
        assert node is not None
        return node
    return replace(old, names=old.names | new.names, aliases=old.aliases | new.aliases,
                   articles=old.articles | new.articles, nationalities=old.nationalities | new.nationalities)


def _entities(inc: Increment, stored: Mapping[str, tuple[KeyNode, str, str | None]]) -> None:
    """Describe every node touched, before and after; the articles describing a changed node are rewritten."""
    after: dict[str, list[tuple[KeyNode, str, str | None]]] = defaultdict(list)
    for row in inc.keys.values():
        after[row[1]].append(row)
    before: dict[str, list[tuple[KeyNode, str, str | None]]] = defaultdict(list)
    for row in stored.values():
        before[row[1]].append(row)
    for node in sorted(set(after) | set(before)):
        now = describe(after.get(node, ()))
        inc.entities[node] = now
        if node in before and describe(before[node]) != now:
            inc.changed_nodes.add(node)
            inc.rewrite.update(inc.index.holders(node))
    for key in inc.moved:
        inc.rewrite.update(stored[key][0].articles)


def _meetings(inc: Increment, new: list[ArticleFacts], new_ids: set[str]) -> None:
    """Regroup the stored meetings the new or rewritten articles' meetings may join (see `_stored_reports`)."""
    full: set[str] = set()
    for node in inc.changed_nodes:  # a meeting's name holds its attendees' names: all their meetings change
        full.update(inc.index.blocks_attended(node))
    written: dict[str, list[Report]] = {}
    for f in new:
        written[f.article.id] = _reports(inc.resolve(f))
    for aid in sorted(inc.rewrite - new_ids):
        own = inc.index.facts(aid)
        if own is not None:
            written[aid] = _reports(inc.resolve(own))
    stored = _stored_reports(inc.index, written, full)
    items: dict[tuple[str, int], Report] = {}
    before: dict[str, set[tuple[str, int]]] = defaultdict(set)  # old meeting node -> its reports
    for (a, i), (rep, _, node) in stored.items():
        before[node].add((a, i))
        if a not in written:
            items[(a, i)] = rep
    for reps in written.values():
        for rep in reps:
            items[(rep[0], rep[1])] = rep
    first = {}  # the blocks' first reports in the store, for the order of meeting names (group_meetings)
    for participants in sorted({m.participants for _, _, m, _ in items.values()}):
        known = inc.index.first_in_block(block_name(participants), set(written))
        if known is not None:
            first[participants] = known
    ids, log = group_meetings(((a, i, m) for (a, i), (_, _, m, _) in sorted(items.items())), first)
    inc.merges.extend(m for m in log if m.article in new_ids)
    after: dict[str, list[Report]] = defaultdict(list)
    for (a, i), rep in sorted(items.items()):
        after[ids[a][i]].append(rep)
    for node, reps in after.items():
        inc.meeting_reports[node] = reps
        if (before.get(node, set()) != {(a, i) for a, i, _, _ in reps} or any(a in written for a, _, _, _ in reps)
                or any(p in inc.changed_nodes for p in reps[0][2].participants)):
            inc.rewrite.update(a for a, _, _, _ in reps)  # support, dates, status or attendee names changed
    for node, old in before.items():  # meetings that lost reports, or whose reports went elsewhere
        if {(a, i) for a, i, _, _ in after.get(node, ())} != old:
            inc.rewrite.update(a for a, _ in old)
        if node not in after:  # the meeting node is gone (an earlier article now reports it): where it went
            went = sorted(ids[a][i] for a, i in old if i in ids.get(a, {}))
            if went:
                inc.meetings_moved[node] = max(set(went), key=lambda n: (went.count(n), n))
    inc.rewrite -= new_ids
    for aid in sorted(inc.rewrite - set(written)):  # rewritten only for a changed meeting description
        own = inc.index.facts(aid)
        if own is not None:
            written[aid] = _reports(inc.resolve(own))
    inc.reports = written
    for aid, reps in written.items():
        kept = {(rep[0], rep[1]): node for rep, _, node in inc.index.reports_of_article(aid)}
        inc.meeting_ids[aid] = {i: ids[a][i] if (a, i) in items else kept[(a, i)] for a, i, _, _ in reps}
    for node, reps in list(inc.meeting_reports.items()):
        if not reps:
            del inc.meeting_reports[node]

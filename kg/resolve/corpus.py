"""Entities and meetings across documents: one node per real-world referent in the whole corpus.

A pure function over the per-document records: ArticleFacts in, ArticleFacts with entity keys
rewritten out, plus a log of every decision (which local entity became which node, and why).
Conservative by design; each rule looks only inside a block of candidates that share a
normalized name key, so the cost grows with the corpus, not with its square:

* same key: the per-document keys are already normalized (case, accents, punctuation), so the
  same full name is the same node everywhere ("Donald Trump" in every article).
* name variant: "Donald J. Trump" ~ "Donald Trump" ~ "Donald John Trump" (same first and last
  name, middle names equal, initials of each other, or absent on one side). A shorter form that
  fits two incompatible longer ones ("George Bush": "George W. Bush", "George H. W. Bush") is
  kept apart.
* surname: a one-word person name ("Trump") joins the only full-name person of the corpus whose
  last name it is (or whose first name it is, e.g. a Korean family name, when another article
  already used it for that person). "Kim" with Kim Jong Un, Kim Yong Chol and Kim Jong Il in the
  corpus stays apart.
* alias: a name that some article resolved as another form of exactly one entity ("U.N." of
  "United Nations", "Van Susteren") joins that entity.
* normalized name (organizations, places): "the State Department" ~ "State Department".
* context veto: two people whose stated nationalities differ are never joined.

Keys never cross kinds (a Person "Jordan" is not the Country). The same full name is never
split, so an IRI minted from a name stays the IRI of that name.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kg.ids import meeting_id
from kg.records import Article, ArticleFacts, Entity, Kind, Meeting, Status, TimeValue

_WORD = re.compile(r"[a-z0-9]+")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


@dataclass(frozen=True)
class Merge:
    """One decision of the corpus resolution, one line of DIR/merges.jsonl."""

    kind: str  # Person, Organization, Place, Country, Meeting
    article: str  # article identifier
    local: str  # the key the article's own resolution gave
    node: str  # the key of the corpus node it became (== local when kept)
    name: str  # the local name
    rule: str  # same-key, name-variant, surname, alias, normalized-name, joined, same-meeting, kept-apart
    reason: str  # a sentence saying why

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "article": self.article, "local": self.local, "node": self.node,
                "name": self.name, "rule": self.rule, "reason": self.reason}


@dataclass(frozen=True)
class CorpusResolution:
    """The corpus after resolution: facts in article-id order, the decisions, the meeting nodes."""

    facts: tuple[ArticleFacts, ...]
    merges: tuple[Merge, ...] = ()
    meetings: Mapping[str, Mapping[int, str]] = field(default_factory=dict)  # article id -> index -> node

    @property
    def merged_entities(self) -> int:
        return sum(1 for m in self.merges if m.kind != "Meeting" and m.local != m.node)


# --------------------------------------------------------------------------------- names
def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def tokens(name: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a name; dots vanish ("U.N." -> "un"), hyphens split ("Ki-moon")."""
    return tuple(_WORD.findall(fold(name).lower().replace(".", "").replace("'s ", " ")))


def org_key(name: str) -> str:
    """The normalized name of an organization or place: no leading article, no dots, no case."""
    words = tokens(name)
    if words[:1] == ("the",):
        words = words[1:]
    return " ".join(words)


def _middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(a, b))


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names (as tokens) that can name one person: same first and last, middles compatible."""
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1] and _middles_compatible(a[1:-1], b[1:-1])


# --------------------------------------------------------------------------------- entities
@dataclass
class _Node:
    """Everything the corpus says about one per-document key (same key = same node already)."""

    key: str
    kind: Kind
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)

    @property
    def best_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n), n))

    @property
    def words(self) -> tuple[str, ...]:
        return tokens(self.best_name)


def _collect(facts: Iterable[ArticleFacts]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for f in facts:
        for e in f.entities:
            node = nodes.setdefault(e.key, _Node(e.key, e.kind))
            node.names.add(e.name)
            node.aliases.update(e.aliases)
            node.articles.add(f.article.id)
        for nat in f.nationalities:
            if nat.person in nodes:
                nodes[nat.person].nationalities.add(nat.country)
    return nodes


class _Clusters:
    """Union of per-document keys into corpus nodes, with the reason of each join."""

    def __init__(self, nodes: Mapping[str, _Node]) -> None:
        self.nodes = nodes
        self.parent: dict[str, str] = {k: k for k in nodes}
        self.groups: dict[str, list[str]] = {k: [k] for k in nodes}  # root -> members
        self.nats: dict[str, set[str]] = {k: set(n.nationalities) for k, n in nodes.items()}  # root -> countries
        self.rule: dict[str, tuple[str, str]] = {}  # key -> (rule, reason) for keys joined to another
        self.kept: dict[str, str] = {}  # key -> reason it was kept apart

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self, key: str) -> list[str]:
        return self.groups[self.find(key)]

    def join(self, key: str, into: str, rule: str, reason: str) -> bool:
        a, b = self.find(key), self.find(into)
        if a == b:
            return True
        na, nb = self.nats[a], self.nats[b]
        if na and nb and not na & nb:
            self.kept[key] = (f"not joined to {self.nodes[into].best_name!r}: nationalities differ "
                              f"({', '.join(sorted(na))} vs {', '.join(sorted(nb))})")
            return False
        self.parent[a] = b
        self.groups[b].extend(self.groups.pop(a))
        self.nats[b] |= self.nats.pop(a)
        self.rule.setdefault(key, (rule, reason))
        return True


def _canonical(nodes: Mapping[str, _Node], members: list[str]) -> str:
    """The key a cluster keeps: the one most articles use, then the fullest non-acronym name, then the first."""
    def score(k: str) -> tuple[int, int, int, int, str]:
        n = nodes[k]
        name = n.best_name
        return (len(n.articles), not _ACRONYM.match(name.replace(" ", "")), len(tokens(name)), len(name),
                "".join(chr(0x10FFFF - ord(c)) for c in k))  # ties: smallest key wins
    return max(members, key=score)


def _people(cl: _Clusters) -> None:
    people = sorted(k for k, n in cl.nodes.items() if n.kind is Kind.PERSON)
    # a full name has two words or more ("Trump-Kim", one hyphenated word, is no full name)
    full = [k for k in people if len(cl.nodes[k].best_name.split()) >= 2 and len(cl.nodes[k].words) >= 2]
    # 1. full-name variants, blocked by (first, last)
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in full:
        w = cl.nodes[k].words
        blocks[(w[0], w[-1])].append(k)
    for block in blocks.values():
        _variants(cl, block)
    # 2. one-word names: surname (or family name first, with evidence), blocked by the word
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in full:
        w = cl.nodes[k].words
        by_last[w[-1]].add(cl.find(k))
        by_first[w[0]].add(cl.find(k))
    aliases = _alias_index(cl, full)
    for k in people:
        w = cl.nodes[k].words
        if len(w) != 1:  # only a one-word name is a surname alone
            continue
        last, first = by_last.get(w[0], set()), by_first.get(w[0], set())
        candidates = {cl.find(c) for c in last | first}
        name = cl.nodes[k].best_name
        if len(candidates) > 1:
            names = sorted(cl.nodes[_canonical(cl.nodes, cl.members(c))].best_name for c in candidates)
            cl.kept[k] = f"{name!r} fits {len(names)} people of the corpus: {', '.join(names)}"
            continue
        if not candidates:
            continue
        (target,) = candidates
        full_name = cl.nodes[_canonical(cl.nodes, cl.members(target))].best_name
        if last:
            cl.join(k, target, "surname", f"{name!r} is the last name of {full_name!r}, "
                                          f"the only full-name person of the corpus it fits")
        elif target in aliases.get(w, set()):
            cl.join(k, target, "surname", f"{name!r} is the first (family) name of {full_name!r}, the only person "
                                          f"it fits, and another article already calls them so")
        else:
            cl.kept[k] = f"{name!r} is only the first name of {full_name!r}; no article calls them so"
    # 3. multi-word names that another article resolved as a form of exactly one person
    _by_alias(cl, [k for k in full if cl.find(k) == k], aliases, min_words=2)


def _variants(cl: _Clusters, block: list[str]) -> None:
    ordered = sorted(block, key=lambda k: (-len(cl.nodes[k].words), -len(cl.nodes[k].best_name), k))
    groups: list[list[str]] = []
    for k in ordered:
        w = cl.nodes[k].words
        fits = [g for g in groups if all(names_compatible(w, cl.nodes[m].words) for m in g)]
        if len(fits) == 1:
            other = cl.nodes[fits[0][0]].best_name
            if cl.join(k, fits[0][0], "name-variant",
                       f"{cl.nodes[k].best_name!r} and {other!r}: same first and last name, compatible middle names"):
                fits[0].append(k)
                continue
        elif len(fits) > 1:
            names = sorted(cl.nodes[g[0]].best_name for g in fits)
            cl.kept[k] = f"{cl.nodes[k].best_name!r} fits several people: {', '.join(names)}"
        groups.append([k])


def _alias_index(cl: _Clusters, keys: Iterable[str]) -> dict[tuple[str, ...], set[str]]:
    """Normalized alias -> cluster roots that some article gave that alias."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k in keys:
        node = cl.nodes[k]
        for alias in node.aliases:
            if alias[:1].isupper():
                index[tokens(alias) if node.kind is Kind.PERSON else (org_key(alias),)].add(cl.find(k))
    return index


def _by_alias(cl: _Clusters, keys: list[str], aliases: Mapping[tuple[str, ...], set[str]],
              min_words: int) -> None:
    for k in keys:
        node = cl.nodes[k]
        form = node.words if node.kind is Kind.PERSON else (org_key(node.best_name),)
        if node.kind is Kind.PERSON and len(form) < min_words:
            continue
        targets = {cl.find(t) for t in aliases.get(form, set())} - {cl.find(k)}
        if len(targets) == 1:
            (target,) = targets
            other = cl.nodes[_canonical(cl.nodes, cl.members(target))].best_name
            cl.join(k, target, "alias", f"another article calls {other!r} {node.best_name!r}")
        elif len(targets) > 1:
            cl.kept[k] = f"{node.best_name!r} is another name of several entities; kept apart"


def _named(cl: _Clusters, kind: Kind) -> None:
    keys = sorted(k for k, n in cl.nodes.items() if n.kind is kind)
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        blocks[org_key(cl.nodes[k].best_name)].append(k)
    for norm, block in sorted(blocks.items()):
        for k in block[1:]:
            cl.join(k, block[0], "normalized-name",
                    f"{cl.nodes[k].best_name!r} and {cl.nodes[block[0]].best_name!r} are the same name ({norm!r})")
    roots = sorted({cl.find(k) for k in keys})
    _by_alias(cl, roots, _alias_index(cl, keys), min_words=1)


def _entity_map(nodes: Mapping[str, _Node]) -> tuple[dict[str, str], _Clusters]:
    cl = _Clusters(nodes)
    _people(cl)
    _named(cl, Kind.ORGANIZATION)
    _named(cl, Kind.PLACE)
    by_root: dict[str, list[str]] = defaultdict(list)
    for k in nodes:
        by_root[cl.find(k)].append(k)
    mapping: dict[str, str] = {}
    for members in by_root.values():
        target = _canonical(nodes, members)
        for k in members:
            mapping[k] = target
    return mapping, cl


# --------------------------------------------------------------------------------- rewriting
def _rewrite(f: ArticleFacts, m: Mapping[str, str], meeting_ok: set[int]) -> ArticleFacts:
    def k(key: str) -> str:
        return m.get(key, key)

    merged: dict[str, Entity] = {}
    for e in f.entities:
        key = k(e.key)
        old = merged.get(key)
        if old is None:
            merged[key] = replace(e, key=key)
            continue
        names = {old.name, e.name} | set(old.aliases) | set(e.aliases)
        name = max((old.name, e.name), key=lambda n: (len(n.split()), len(n), n))
        merged[key] = replace(old, name=name, aliases=tuple(sorted(names - {name})), code=old.code or e.code)
    meetings = []
    for i, mt in enumerate(f.meetings):
        if i in meeting_ok:
            meetings.append(replace(mt, participants=tuple(sorted({k(p) for p in mt.participants})),
                                    place=k(mt.place) if mt.place else None))
    return replace(
        f,
        entities=tuple(sorted(merged.values(), key=lambda e: e.key)),
        mentions=tuple(sorted(replace(x, entity=k(x.entity)) for x in f.mentions)),
        roles=tuple(replace(r, person=k(r.person), organization=k(r.organization) if r.organization else None)
                    for r in f.roles),
        nationalities=tuple(replace(n, person=k(n.person), country=k(n.country)) for n in f.nationalities),
        meetings=tuple(meetings),
        quotes=tuple(replace(q, speaker=k(q.speaker)) for q in f.quotes),
    )


def _entity_log(facts: Iterable[ArticleFacts], mapping: Mapping[str, str], cl: _Clusters) -> list[Merge]:
    out = []
    for f in facts:
        for e in f.entities:
            node = mapping.get(e.key, e.key)
            shared = len(cl.nodes[e.key].articles) > 1 or len(cl.members(e.key)) > 1
            if e.key in cl.kept and node == e.key:
                out.append(Merge(e.kind.value, f.article.id, e.key, node, e.name, "kept-apart", cl.kept[e.key]))
            elif not shared:
                continue
            elif e.key in cl.rule:
                rule, reason = cl.rule[e.key]
                out.append(Merge(e.kind.value, f.article.id, e.key, node, e.name, rule, reason))
            elif len(cl.members(e.key)) > 1:  # other keys were joined to this one
                others = sorted({cl.nodes[o].best_name for o in cl.members(e.key)} - {cl.nodes[e.key].best_name})
                out.append(Merge(e.kind.value, f.article.id, e.key, node, e.name, "joined",
                                 f"{', '.join(map(repr, others))} joined {e.name!r} (see their records); "
                                 f"the node keeps {node!r}, the key most articles use"))
            else:
                out.append(Merge(e.kind.value, f.article.id, e.key, node, e.name, "same-key",
                                 f"{e.name!r} has the same normalized name in "
                                 f"{len(cl.nodes[e.key].articles)} articles"))
    return out


# --------------------------------------------------------------------------------- meetings
_STATUS_GROUPS = {frozenset({Status.HELD, Status.PLANNED, Status.PROPOSED}),
                  frozenset({Status.CANCELLED, Status.PLANNED, Status.PROPOSED})}


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def date_range(t: TimeValue) -> tuple[dt.date, dt.date]:
    lo, hi = _bounds(t.value)
    if t.end:
        hi = max(hi, _bounds(t.end)[1])
    return lo, hi


def meetings_compatible(a: Meeting, b: Meeting) -> bool:
    """Same participants, both dated and overlapping, places equal or one unknown, statuses that one event can have."""
    if a.participants != b.participants or a.date is None or b.date is None:
        return False
    (alo, ahi), (blo, bhi) = date_range(a.date), date_range(b.date)
    if alo > bhi or blo > ahi:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    return a.status == b.status or any({a.status, b.status} <= g for g in _STATUS_GROUPS)


def meeting_node(article: str, meeting: Meeting, index: int | None = None) -> str:
    return meeting_id(article, meeting.evidence[0].start, index)


def _meetings(facts: tuple[ArticleFacts, ...]) -> tuple[dict[str, dict[int, str]], list[Merge]]:
    blocks: dict[tuple[str, ...], list[tuple[str, int, Meeting]]] = defaultdict(list)
    for f in facts:
        for i, m in enumerate(f.meetings):
            blocks[m.participants].append((f.article.id, i, m))
    ids: dict[str, dict[int, str]] = defaultdict(dict)
    log: list[Merge] = []
    taken: set[str] = set()
    for members in sorted(blocks.values(), key=lambda ms: min((a, i) for a, i, _ in ms)):
        def span(item: tuple[str, int, Meeting]) -> tuple[int, str, int]:
            d = item[2].date
            lo, hi = date_range(d) if d else (dt.date.min, dt.date.max)
            return ((hi - lo).days, item[0], item[1])
        groups: list[list[tuple[str, int, Meeting]]] = []
        for item in sorted(members, key=span):
            fits = [g for g in groups if all(meetings_compatible(item[2], o[2]) and o[0] != item[0] for o in g)]
            if len(fits) == 1:
                fits[0].append(item)
            else:
                groups.append([item])
        for g in groups:
            canon = min(g, key=lambda it: (it[0], it[1]))
            node = meeting_node(canon[0], canon[2])
            if node in taken:  # two meetings read from one sentence
                node = meeting_node(canon[0], canon[2], canon[1])
            taken.add(node)
            for art, i, m in g:
                ids[art][i] = node
                if len(g) > 1:
                    others = sorted({a for a, _, _ in g} - {art})
                    if len(others) > 5:
                        others = [*others[:5], f"and {len(others) - 5} more"]
                    dates = ", ".join(sorted({o.date.value for _, _, o in g if o.date}))
                    log.append(Merge("Meeting", art, meeting_node(art, m), node, m.trigger, "same-meeting",
                                     f"same participants ({', '.join(m.participants)}), compatible dates ({dates}) "
                                     f"and place in {len(g)} articles; also reported by {', '.join(others)}"))
    return dict(ids), log


# --------------------------------------------------------------------------------- front door
@dataclass(frozen=True)
class CorpusPlan:
    """The corpus decisions, made from what resolution needs of each article (see `summary`).

    `apply` turns one article's full facts into their resolved form, so a build can keep the full
    records on disk and bring them back one at a time (kg.pipeline.build).
    """

    moved: Mapping[str, str]  # per-document key -> corpus node key, for the keys that change
    meetings: Mapping[str, Mapping[int, str]]  # article id -> meeting index -> meeting node
    merges: tuple[Merge, ...]

    def apply(self, f: ArticleFacts) -> ArticleFacts:
        """The article's facts with corpus keys; meetings left with fewer than two participants dropped."""
        if not self.moved:
            return f
        keep = {i for i, m in enumerate(f.meetings) if len({self.moved.get(p, p) for p in m.participants}) >= 2}
        return _rewrite(f, self.moved, keep)


def summary(f: ArticleFacts) -> ArticleFacts:
    """What corpus resolution reads of an article: its id, entities, nationalities and meetings."""
    a = f.article
    return ArticleFacts(Article(a.id, "", a.source, a.date), entities=f.entities,
                        nationalities=f.nationalities, meetings=f.meetings)


def plan_corpus(facts: Iterable[ArticleFacts]) -> CorpusPlan:
    """One identity per entity and per meeting across the corpus; independent of the input order.

    Reads only what `summary` keeps, so it may be given summaries instead of the full facts."""
    ordered = tuple(sorted(facts, key=lambda f: f.article.id))
    nodes = _collect(ordered)
    mapping, cl = _entity_map(nodes)
    moved = {k: v for k, v in mapping.items() if k != v}
    plan = CorpusPlan(moved, {}, ())
    meeting_ids, meeting_log = _meetings(tuple(plan.apply(f) for f in ordered))
    merges = _entity_log(ordered, mapping, cl) + meeting_log
    merges.sort(key=lambda m: (m.kind, m.node, m.article, m.local))
    return CorpusPlan(moved, meeting_ids, tuple(merges))


def resolve_corpus(facts: Iterable[ArticleFacts]) -> CorpusResolution:
    """`plan_corpus` applied to every article: the resolved facts in article-id order."""
    ordered = tuple(sorted(facts, key=lambda f: f.article.id))
    plan = plan_corpus(ordered)
    return CorpusResolution(tuple(plan.apply(f) for f in ordered), plan.merges, plan.meetings)


def merge_records(resolution: CorpusResolution) -> list[dict[str, Any]]:
    """The merge log as JSON-ready dicts (one per line of merges.jsonl)."""
    return [m.to_dict() for m in resolution.merges]

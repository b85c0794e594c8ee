"""Entities and meetings across documents: one node per real-world referent in the whole corpus.

A pure function over the per-document records: ArticleFacts in, ArticleFacts with entity keys
rewritten out, plus a log of every decision (which local entity became which node, and why).
Conservative by design; each rule looks only inside a block of candidates that share a
normalized name key, so the cost grows with the corpus, not with its square:

* same key: the per-document keys are already normalized (case, accents, punctuation), so the
  same full name is the same node everywhere ("Donald Trump" in every article).
* name variant: "Donald J. Trump" ~ "Donald Trump" ~ "Donald John Trump" (same last name, same
  first name, a nickname of it from kg/data/names/nicknames.tsv, "Bill" ~ "William", or another
  transliteration, "Demetris" ~ "Demitris"; middle names equal, initials of each other, or absent
  on one side). A shorter form that
  fits two incompatible longer ones ("George Bush": "George W. Bush", "George H. W. Bush") is
  kept apart.
* surname: a one-word person name ("Trump") joins the only full-name person of the corpus whose
  last name it is (or whose first name it is, e.g. a Korean family name, when another article
  already used it for that person). "Kim" with Kim Jong Un, Kim Yong Chol and Kim Jong Il in the
  corpus stays apart.
* alias: a name that some article resolved as another form of exactly one entity ("U.N." of
  "United Nations", "Van Susteren") joins that entity.
* normalized name (organizations, places): "the State Department" ~ "State Department".
* acronym: "ASEAN" joins the only organization whose full name it abbreviates (identity.py).
* kind vote: a name typed differently in different articles takes the kind most articles give it
  (identity.py); countries keep the gazetteer's type.
* context veto: two people whose stated nationalities differ are never joined.

Keys cross kinds only by the kind vote (a Person "Jordan" is never the Country). The same full name is never
split, so an IRI minted from a name stays the IRI of that name.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kg.resolve.clusters import Clusters, Node, canonical, collect, kind_of, names_compatible, org_key, tokens
from kg.resolve.identity import join_acronyms, vote_kinds
from kg.resolve.names import acronym_letters
from kg.resolve.corpus_meetings import corpus_meetings, date_range, meeting_node, meetings_compatible
from kg.resolve.merges import Merge
from kg.kinds import FactKind, fact_kinds
from kg.records import Article, ArticleFacts, Entity, Kind

__all__ = ["CorpusPlan", "CorpusResolution", "Merge", "date_range", "meeting_node", "meetings_compatible",
           "merge_records", "plan_corpus", "resolve_corpus", "summary"]


@dataclass(frozen=True)
class CorpusResolution:
    """The corpus after resolution: facts in article-id order, the decisions, the meeting nodes."""

    facts: tuple[ArticleFacts, ...]
    merges: tuple[Merge, ...] = ()
    meetings: Mapping[str, Mapping[int, str]] = field(default_factory=dict)  # article id -> index -> node

    @property
    def merged_entities(self) -> int:
        return sum(1 for m in self.merges if m.kind != "Meeting" and m.local != m.node)


def _people(cl: Clusters) -> None:
    people = sorted(k for k, n in cl.nodes.items() if n.kind is Kind.PERSON)
    # a full name has two words or more ("Trump-Kim", one hyphenated word, is no full name)
    full = [k for k in people if len(cl.nodes[k].best_name.split()) >= 2 and len(cl.nodes[k].words) >= 2]
    # 1. full-name variants, blocked by the last name (first names equal or nicknames of each other)
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in full:
        blocks[cl.nodes[k].words[-1]].append(k)
    for _, block in sorted(blocks.items()):
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
            names = sorted(cl.nodes[canonical(cl.nodes, cl.members(c))].best_name for c in candidates)
            cl.kept[k] = f"{name!r} fits {len(names)} people of the corpus: {', '.join(names)}"
            continue
        if not candidates:
            continue
        (target,) = candidates
        full_name = cl.nodes[canonical(cl.nodes, cl.members(target))].best_name
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


def _variants(cl: Clusters, block: list[str]) -> None:
    ordered = sorted(block, key=lambda k: (-len(cl.nodes[k].words), -len(cl.nodes[k].best_name), k))
    groups: list[list[str]] = []
    for k in ordered:
        w = cl.nodes[k].words
        fits = [g for g in groups if all(names_compatible(w, cl.nodes[m].words) for m in g)]
        if len(fits) == 1:
            other = cl.nodes[fits[0][0]].best_name
            if cl.join(k, fits[0][0], "name-variant",
                       f"{cl.nodes[k].best_name!r} and {other!r}: same last name, same first name (or a nickname "
                       f"of it), compatible middle names"):
                fits[0].append(k)
                continue
        elif len(fits) > 1:
            names = sorted(cl.nodes[g[0]].best_name for g in fits)
            cl.kept[k] = f"{cl.nodes[k].best_name!r} fits several people: {', '.join(names)}"
        groups.append([k])


def _alias_index(cl: Clusters, keys: Iterable[str]) -> dict[tuple[str, ...], set[str]]:
    """Normalized alias -> cluster roots that some article gave that alias."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k in keys:
        node = cl.nodes[k]
        for alias in node.aliases:
            if alias[:1].isupper() and (node.kind is Kind.PERSON or _telling(alias, node)):
                index[tokens(alias) if node.kind is Kind.PERSON else (org_key(alias),)].add(cl.find(k))
    return index


def _telling(alias: str, node: Node) -> bool:
    """An organization's or place's other name that tells it apart in another article: not its own words cut
    short ("Assembly" of "National Assembly", "Press Office" of "Holy See Press Office", "White House" of a
    "White House Indo-Pacific" the model cut), which another article uses for another body; an acronym
    ("IMF", "AU Commission") or another name ("Greens" of "Green Party") is one."""
    words = tokens(alias)
    return acronym_letters(alias) is not None or not set(words) <= {w for name in node.names for w in tokens(name)}


def _by_alias(cl: Clusters, keys: list[str], aliases: Mapping[tuple[str, ...], set[str]],
              min_words: int) -> None:
    for k in keys:
        node = cl.nodes[k]
        form = node.words if node.kind is Kind.PERSON else (org_key(node.best_name),)
        if node.kind is Kind.PERSON and len(form) < min_words:
            continue
        targets = {cl.find(t) for t in aliases.get(form, set())} - {cl.find(k)}
        if len(targets) == 1:
            (target,) = targets
            other = cl.nodes[canonical(cl.nodes, cl.members(target))].best_name
            cl.join(k, target, "alias", f"another article calls {other!r} {node.best_name!r}")
        elif len(targets) > 1:
            cl.kept[k] = f"{node.best_name!r} is another name of several entities; kept apart"


def _named(cl: Clusters, kind: Kind) -> None:
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


def _entity_map(nodes: Mapping[str, Node]) -> tuple[dict[str, str], Clusters]:
    cl = Clusters(nodes)
    _people(cl)
    _named(cl, Kind.ORGANIZATION)
    _named(cl, Kind.PLACE)
    join_acronyms(cl)
    vote_kinds(cl)
    by_root: dict[str, list[str]] = defaultdict(list)
    for k in nodes:
        by_root[cl.find(k)].append(k)
    mapping: dict[str, str] = {}
    for members in by_root.values():
        votes: dict[Kind, set[str]] = defaultdict(set)
        for k in members:
            votes[nodes[k].kind] |= nodes[k].articles
        kind = max(votes, key=lambda kd: (len(votes[kd]), kd is Kind.PERSON, kd.value))
        target = canonical(nodes, [k for k in members if nodes[k].kind is kind])
        for k in members:
            mapping[k] = target
    return mapping, cl


# --------------------------------------------------------------------------------- rewriting
def _rewrite(f: ArticleFacts, m: Mapping[str, str]) -> ArticleFacts:
    def k(key: str) -> str:
        return m.get(key, key)

    merged: dict[str, Entity] = {}
    for e in f.entities:
        key = k(e.key)
        old = merged.get(key)
        if old is None:
            merged[key] = replace(e, key=key, kind=kind_of(key) or e.kind)
            continue
        names = {old.name, e.name} | set(old.aliases) | set(e.aliases)
        name = max((old.name, e.name), key=lambda n: (len(n.split()), len(n), n))
        merged[key] = replace(old, name=name, aliases=tuple(sorted(names - {name})), code=old.code or e.code)
    return replace(
        f.with_records({kind.field: _remap(kind, f.records(kind.field), m) for kind in fact_kinds()}),
        entities=tuple(sorted(merged.values(), key=lambda e: e.key)),
        mentions=tuple(sorted(replace(x, entity=k(x.entity)) for x in f.mentions)),
    )


def _remap(kind: FactKind, records: tuple[Any, ...], m: Mapping[str, str]) -> tuple[Any, ...]:
    """The records of one fact kind with every entity ref (kind.refs) rewritten to its corpus node.

    A single ref whose node is no longer of the ref's kinds (a kind vote retyped it) drops the record
    when required, else becomes None; a ref to many keys becomes sorted and distinct, and the record
    goes when fewer than `at_least` keys are left (a meeting needs two participants)."""
    out = []
    for record in records:
        changes: dict[str, Any] = {}
        for ref in kind.refs:
            value = getattr(record, ref.field)
            if ref.many:
                changes[ref.field] = tuple(sorted({m.get(p, p) for p in value}))
                if len(changes[ref.field]) < ref.at_least:
                    break
                continue
            new = m.get(value, value) if value else None
            if new is not None and ref.kinds and kind_of(new) not in ref.kinds:
                new = None
            if new is None and ref.required:
                break
            changes[ref.field] = new
        else:
            rewritten = replace(record, **changes)
            if kind.keep is None or kind.keep(rewritten):
                out.append(rewritten)
    return tuple(out)


def _entity_log(facts: Iterable[ArticleFacts], mapping: Mapping[str, str], cl: Clusters) -> list[Merge]:
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
        return _rewrite(f, self.moved)


def summary(f: ArticleFacts) -> ArticleFacts:
    """What corpus resolution reads of an article: its id, entities, nationalities and meetings."""
    a = f.article
    return ArticleFacts(Article(a.id, "", a.source, a.date), entities=f.entities,
                        nationalities=f.nationalities, meetings=f.meetings)


def plan_corpus(facts: Iterable[ArticleFacts]) -> CorpusPlan:
    """One identity per entity and per meeting across the corpus; independent of the input order.

    Reads only what `summary` keeps, so it may be given summaries instead of the full facts."""
    ordered = tuple(sorted(facts, key=lambda f: f.article.id))
    nodes = collect(ordered)
    mapping, cl = _entity_map(nodes)
    moved = {k: v for k, v in mapping.items() if k != v}
    plan = CorpusPlan(moved, {}, ())
    meeting_ids, meeting_log = corpus_meetings(tuple(plan.apply(f) for f in ordered))
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


def map_keys(nodes: Mapping[str, Node], facts: Iterable[ArticleFacts] = ()) -> tuple[dict[str, str], list[Merge]]:
    """The corpus rules over NODES (a store's index gives the keys near a build's own, kg.resolve.increment):
    key -> node key for every key, and the decisions about the keys of FACTS."""
    mapping, cl = _entity_map(nodes)
    return mapping, _entity_log(facts, mapping, cl)

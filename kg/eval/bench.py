"""Entity-level scoring on the MEANTIME and GUM benchmarks (see data/bench/README.md).

A gold cluster counts when it has a named mention in scope (MEANTIME: `mention_type == "NAM"`,
inside `exhaustive_span`, `layer == "intra-doc"`; GUM: `named`, the whole text). A system entity is
found when one of its in-scope mentions lies inside a gold mention of a counting cluster of the matching
type; each cluster is matched once and a second system entity for it is a duplicate (false positive).
Every other system entity with a mention in scope is a false positive (also one that only hits a
cluster without a named mention, e.g. the premodifier "US" in MEANTIME); entities with no mention in
scope are ignored. With this rule en_core_web_sm scores P 0.54 / R 0.90 / F1 0.67 on MEANTIME and
F1 0.61 on GUM, in line with the reference figures of the benchmark README.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GoldError
from kg.eval.match import max_matching
from kg.eval.report import DocReport, Report, Score
from kg.eval.score import find_article
from kg.kinds import ENTITY_KINDS
from kg.rdf.read import BuiltArticle, BuiltEntity

LABEL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location",
               "person": "person", "organization": "organization", "place": "location"}
KIND_TYPES = {e.name: "location" if e.place else e.name.lower() for e in ENTITY_KINDS}
TYPES = ("person", "organization", "location")
CATEGORIES = ("entities", *TYPES)


@dataclass(frozen=True)
class BenchMention:
    """A gold mention in scope; `type` is None for labels outside the scored types."""

    start: int
    end: int
    text: str
    label: str | None
    type: str | None
    cluster: str | None
    named: bool

    def contains(self, span: tuple[int, int]) -> bool:
        """True when the (start, end) span lies inside this mention."""
        return self.start <= span[0] and span[1] <= self.end


@dataclass(frozen=True)
class BenchDocument:
    """One benchmark document: its id, the scored span and the gold mentions in it."""

    id: str
    scope: tuple[int, int]
    mentions: tuple[BenchMention, ...]

    def in_scope(self, span: tuple[int, int]) -> bool:
        """True when a (start, end) span lies inside the exhaustively annotated part."""
        return self.scope[0] <= span[0] and span[1] <= self.scope[1]


def load_bench(path: Path) -> list[BenchDocument]:
    """Read a benchmark .jsonl file (one document per line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    docs = [_document(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise GoldError(f"{path}: document id {doc.id!r} occurs twice")
        seen.add(doc.id)
    return docs


def _document(line: str, where: str) -> BenchDocument:
    """Parse one JSONL line into a BenchDocument, keeping only the in-scope intra-document mentions."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise GoldError(f"{where}: a document must be a JSON object with a string 'id'")
    if not isinstance(data.get("entities", []), list):
        raise GoldError(f"{where}: 'entities' must be a list")
    doc = BenchDocument(data["id"], _scope(data, where), ())
    mentions = (_mention(m, f"{where}: entities[{i}]") for i, m in enumerate(data.get("entities", [])))
    kept = tuple(m for m in mentions if m is not None and doc.in_scope((m.start, m.end)))
    return BenchDocument(doc.id, doc.scope, kept)


def _scope(data: dict[str, Any], where: str) -> tuple[int, int]:
    """The exhaustive span, or the whole text when the corpus annotates all of it."""
    span = data.get("exhaustive_span")
    if span is None:
        text = data.get("text")
        return (0, len(text) if isinstance(text, str) else 2**62)
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        raise GoldError(f"{where}: 'exhaustive_span' must be [start, end], got {span!r}")
    return (span[0], span[1])


def _mention(data: Any, where: str) -> BenchMention | None:
    """One gold mention, or None when it belongs to another layer (MEANTIME cross-document only)."""
    if not isinstance(data, dict) or not isinstance(data.get("start"), int) or not isinstance(
            data.get("end"), int):
        raise GoldError(f"{where}: a mention needs integer 'start' and 'end'")
    if data.get("layer", "intra-doc") != "intra-doc":
        return None
    label = data.get("label")
    named = data.get("named") is True or data.get("mention_type") == "NAM"
    cluster = data.get("cluster_id")
    return BenchMention(data["start"], data["end"], str(data.get("text", "")), label,
                        LABEL_TYPES.get(label) if isinstance(label, str) else None,
                        cluster if isinstance(cluster, str) else None, named)


def score_bench(gold: list[BenchDocument], articles: list[BuiltArticle]) -> Report:
    """Score every benchmark document against the article with the same identifier."""
    docs = tuple(score_bench_document(doc, find_article(doc.id, articles)) for doc in gold)
    return Report("bench", CATEGORIES, docs)


def score_bench_document(doc: BenchDocument, article: BuiltArticle | None) -> DocReport:
    """Entity-level counts of one document, overall and per type."""
    clusters = _clusters(doc)
    counting = {c for c, ms in clusters.items() if any(m.named for m in ms)}
    entities = [e for e in (article.entities if article else ()) if e.kind in KIND_TYPES]
    judged: list[tuple[BuiltEntity, list[str]]] = []
    false_pos: list[BuiltEntity] = []
    for entity in entities:
        verdict = _candidates(entity, doc, clusters, counting)
        if verdict:
            judged.append((entity, verdict))
        elif verdict is not None:
            false_pos.append(entity)
    pairs = max_matching([c for _, c in judged])
    dupes = [e for i, (e, _) in enumerate(judged) if i not in pairs]
    found = set(pairs.values())
    return _doc_report(doc, article, clusters, counting, found, false_pos, dupes)


def _clusters(doc: BenchDocument) -> dict[str, list[BenchMention]]:
    """Cluster id -> its in-scope mentions, for clusters of a scored type."""
    out: dict[str, list[BenchMention]] = {}
    for m in doc.mentions:
        if m.cluster is not None and m.type is not None:
            out.setdefault(m.cluster, []).append(m)
    return out


def _candidates(
    entity: BuiltEntity, doc: BenchDocument, clusters: dict[str, list[BenchMention]], counting: set[str]
) -> list[str] | None:
    """Counting clusters of its type holding one of its mentions (tightest first); None if out of scope."""
    spans = [s for s in entity.mentions if doc.in_scope(s)]
    if not spans:
        return None
    kind = KIND_TYPES[entity.kind]
    tightness: dict[str, int] = {}
    for cid in sorted(counting):
        sizes = [m.end - m.start for m in clusters[cid] if m.type == kind for s in spans if m.contains(s)]
        if sizes:
            tightness[cid] = min(sizes)
    return sorted(tightness, key=lambda c: (tightness[c], c))


def _doc_report(
    doc: BenchDocument, article: BuiltArticle | None, clusters: dict[str, list[BenchMention]],
    counting: set[str], found: set[str], false_pos: list[BuiltEntity], dupes: list[BuiltEntity],
) -> DocReport:
    """Per-type scores and the missed clusters / spurious entities of one document."""
    scores: dict[str, Score] = {}
    for t in TYPES:
        ctype = {c for c in counting if clusters[c][0].type == t}
        fp = sum(1 for e in (*false_pos, *dupes) if KIND_TYPES[e.kind] == t)
        scores[t] = Score(len(ctype & found), fp, len(ctype - found))
    scores["entities"] = sum((scores[t] for t in TYPES), Score())
    missed = tuple(sorted(f"{_cluster_label(clusters[c])} [{clusters[c][0].type}]" for c in counting - found))
    spurious = tuple([f"{e.name} [{e.kind}]" for e in false_pos]
                     + [f"{e.name} [{e.kind}] (duplicate)" for e in dupes])
    return DocReport(doc.id, article is not None, scores, {}, {"entities": missed}, {"entities": spurious})


def _cluster_label(mentions: list[BenchMention]) -> str:
    """The first named mention's text (else the first mention's)."""
    named = [m for m in mentions if m.named] or mentions
    return min(named, key=lambda m: m.start).text

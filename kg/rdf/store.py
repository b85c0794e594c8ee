"""An embedded on-disk RDF store (pyoxigraph): one named graph per article, the corpus as their union.

The graph IRI of an article is the article's own IRI; its graph holds what that article supports
(see kg.rdf.mapping). Each article is written in one transaction, so a run that stops half-way
leaves whole articles or none, and running it again completes the store. Writing an article whose
triples are already there changes nothing.

The default graph is the duplicate-free union of the article graphs (what `kg query` and `kg serve`
read), kept so in the same transaction as each article: a triple joins it with the first article that
states it and leaves with the last, so a run killed half-way leaves no stale union behind.

Oxigraph stores values, not lexical forms: it turns xsd:nonNegativeInteger and xsd:positiveInteger
into xsd:integer and writes durations canonically ("PT90M" comes back as "PT1H30M", the same value).
Reading restores the integer types from our ontology's ranges (`INTEGER_RANGES`); durations keep
their canonical form.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Self

import pyoxigraph as ox

from kg.errors import UsageError
from kg.rdf.dataset import Dataset, quad_order
from kg.rdf.namespace import KG, NIF, XSD

INTEGER_RANGES = {
    str(NIF.beginIndex): str(XSD.nonNegativeInteger),
    str(NIF.endIndex): str(XSD.nonNegativeInteger),
    str(KG.supportCount): str(XSD.positiveInteger),
    str(KG.ordinal): str(XSD.positiveInteger),
}
"""Integer-valued properties and the datatype our ontology gives them (the store keeps xsd:integer)."""
MERGES_GRAPH = "https://w3id.org/newskg/id/graph/merges"
"""The named graph of `owl:sameAs` links from nodes merged away by late evidence (kg.incremental) to the
node they became; it is no article graph, so it stays out of the union and the exports."""
FLUSH_EVERY = 100
"""Articles written between two flushes: bounds the store's memory (about 0.5 MB per unflushed article)."""
BATCH_QUADS = 250_000
"""`put_many` writes at most this many quads in one transaction (about 500 articles): a day's articles go
in at once, a large first build in whole-article batches whose memory stays bounded. Below oxigraph's
bulk-load batch (a million quads), so one bulk load is one atomic ingest of its files."""


class Put(NamedTuple):
    """What `Store.put_many` did with one article graph."""

    graph: str
    outcome: str  # added, replaced, unchanged
    quads: tuple[ox.Quad, ...]  # the graph as the store holds it, as `Store.graph` reads it
    old_text: str | None  # the text (nif:isString) of the graph it replaced


class Store:
    """A folder holding a pyoxigraph store of per-article named graphs."""

    def __init__(self, path: Path | str, *, create: bool = True) -> None:
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise UsageError(f"--store {path}: exists and is not a folder")
        if not create and not path.is_dir():
            raise UsageError(f"--store {path}: no such store")
        self.path = path
        try:
            self._open: ox.Store | None = ox.Store(str(path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise UsageError(f"--store {path}: in use by another process (a build or kg serve); "
                                 "run again when it ends") from None
            raise UsageError(f"--store {path}: cannot be opened ({err})") from None
        if not has_default_graph(self._open) and any(True for _ in self._open.named_graphs()):
            fill_default_union(self._open)  # written by a kg that built the union only at the end

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (its folder lock), so another Store may open it."""
        if self._open is not None:
            self._open.flush()
            self._open = None

    def flush(self) -> None:
        """Write what oxigraph keeps in memory to disk (bounds the memory of a long run)."""
        self._store.flush()

    def compact(self) -> None:
        """Merge the store's files into one sorted run per index (RocksDB's full compaction, oxigraph's
        `optimize`). Bulk loads add files that overlap the stored ones; left so, RocksDB merges them in the
        background of the next process that opens the store, which then runs up to 1.6x slower
        (bench/incremental.py). Costs a rewrite of the whole store: see kg.incremental for when."""
        self._store.flush()
        self._store.optimize()

    @property
    def _store(self) -> ox.Store:
        if self._open is None:
            raise ValueError(f"store {self.path} is closed")
        return self._open

    def __len__(self) -> int:
        return len(self._store)

    # -- writing --------------------------------------------------------------------------
    def put(self, graph: str, quads: Sequence[ox.Quad]) -> str:
        """Make the named graph `graph` hold exactly `quads`, and the union agree, atomically.

        Returns "added", "replaced" or "unchanged".
        """
        name = ox.NamedNode(graph)
        if any(q.graph_name != name for q in quads):
            raise ValueError(f"every quad must be in graph <{graph}>")
        old = set(self._store.quads_for_pattern(None, None, None, name))
        new = stored_form(quads)
        if old == new:
            return "unchanged"
        if not old:
            union = (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in new)
            self._store.extend(sorted(new, key=quad_order) + sorted(union, key=quad_order))  # one transaction
            return "added"
        removed, added = old - new, new - old
        self._store.update(" ;\n".join((  # one update request is one transaction
            _data("DELETE", graph, removed), _data("INSERT", graph, added), _data("INSERT", None, added),
            _unstated(removed))))
        return "replaced"

    def put_many(self, graphs: Iterable[tuple[str, Sequence[ox.Quad]]]) -> Iterator[Put]:
        """Make each named graph hold exactly its quads, the union agreeing, in batches of `BATCH_QUADS`.

        A batch is written when the iteration reaches its end (so iterate to the end): its new graphs in
        one bulk load, its changed graphs in one update (one transaction each; pyoxigraph has no
        transaction spanning both). Existing graphs are read by their name only."""
        batch: list[tuple[str, Sequence[ox.Quad]]] = []
        size = 0
        for graph, quads in graphs:
            batch.append((graph, quads))
            size += len(quads)
            if size >= BATCH_QUADS:
                yield from self._put_batch(batch)
                batch, size = [], 0
        if batch:
            yield from self._put_batch(batch)

    def _put_batch(self, batch: list[tuple[str, Sequence[ox.Quad]]]) -> list[Put]:
        memory = ox.Store()  # the stored form of every graph at once (literals in oxigraph's canonical form)
        for graph, quads in batch:
            name = ox.NamedNode(graph)
            if any(q.graph_name != name for q in quads):
                raise ValueError(f"every quad must be in graph <{graph}>")
            memory.extend(quads)
        added: list[ox.Quad] = []
        changes: list[tuple[str, set[ox.Quad], set[ox.Quad]]] = []
        out = []
        for graph, _ in batch:
            name = ox.NamedNode(graph)
            new = set(memory.quads_for_pattern(None, None, None, name))
            old = set(self._store.quads_for_pattern(None, None, None, name))
            outcome = "unchanged" if old == new else "replaced" if old else "added"
            if outcome == "added":
                added.extend(new)
            elif outcome == "replaced":
                changes.append((graph, old - new, new - old))
            out.append(Put(graph, outcome, tuple(sorted((_restore(q) for q in new), key=quad_order)),
                           _text(graph, old)))
        if added:  # no reads of the store's indexes, and one atomic ingest (see BATCH_QUADS)
            self._store.bulk_extend(added + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                                             for q in added])
        if changes:
            removed = {q for _, gone, _ in changes for q in gone}
            self._store.update(" ;\n".join(  # one update request is one transaction
                [_data("DELETE", g, gone) for g, gone, _ in changes]
                + [_data("INSERT", g, new) for g, _, new in changes]
                + [_data("INSERT", None, {q for _, _, new in changes for q in new}), _unstated(removed)]))
        return out

    def put_sameas(self, links: Mapping[str, str | None]) -> None:
        """Make the merges graph say `old owl:sameAs new` for each old IRI of LINKS (nothing for None), reading
        only those IRIs' links; in one transaction."""
        name = ox.NamedNode(MERGES_GRAPH)
        same = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
        new = {ox.Quad(ox.NamedNode(a), same, ox.NamedNode(b), name) for a, b in links.items() if b is not None}
        old = {q for a in links for q in self._store.quads_for_pattern(ox.NamedNode(a), same, None, name)}
        if new != old:
            self._store.update(" ;\n".join((_data("DELETE", MERGES_GRAPH, old - new),
                                             _data("INSERT", MERGES_GRAPH, new - old))))

    def sameas(self) -> dict[str, str]:
        """Old node IRI -> the IRI of the node it was merged into (late evidence)."""
        quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(MERGES_GRAPH))
        return {q.subject.value: q.object.value for q in quads
                if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)}

    def put_all(self, graphs: Iterable[tuple[str, Sequence[ox.Quad]]],
                on_replaced: Callable[[str, bool], None] | None = None) -> Counter[str]:
        """Write every article graph; returns how many were added, replaced or unchanged.

        `on_replaced(graph, text_changed)` hears of each article graph that replaced an older one, and
        whether the article text changed (then it is another article under the same identifier)."""
        counts: Counter[str] = Counter()
        for graph, quads in graphs:
            before = self.text_of(graph) if on_replaced else None
            outcome = self.put(graph, quads)
            counts[outcome] += 1
            if outcome == "replaced" and on_replaced:
                on_replaced(graph, before != _text(graph, quads))
            if (counts["added"] + counts["replaced"]) % FLUSH_EVERY == 0:
                self._store.flush()  # oxigraph keeps written data in memory until a flush
        self._store.flush()
        return counts

    # -- reading --------------------------------------------------------------------------
    def text_of(self, graph: str) -> str | None:
        """The text (nif:isString) of the article whose graph is `graph`, if the store holds it."""
        name = ox.NamedNode(graph)
        found = self._store.quads_for_pattern(name, ox.NamedNode(str(NIF.isString)), None, name)
        return next((q.object.value for q in found if isinstance(q.object, ox.Literal)), None)

    def graphs(self) -> list[str]:
        """The article graphs in the store, in IRI order."""
        return sorted(g.value for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != MERGES_GRAPH)

    def graph(self, graph: str) -> tuple[ox.Quad, ...]:
        quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return tuple(sorted((_restore(q) for q in quads), key=quad_order))

    def iter_graphs(self) -> Iterator[tuple[str, tuple[ox.Quad, ...]]]:
        for g in self.graphs():
            yield g, self.graph(g)

    def dataset(self) -> Dataset:
        """Everything in the store, as the exporters take it: read one article graph at a time, while the store is open."""
        return Dataset(self.iter_graphs)

    def query(self, sparql: str) -> Any:
        """A SPARQL query over the corpus: the default graph is the union of the article graphs."""
        return self._store.query(sparql, use_default_graph_as_union=True)


def _text(graph: str, quads: Iterable[ox.Quad]) -> str | None:
    predicate = str(NIF.isString)
    return next((q.object.value for q in quads if q.predicate.value == predicate and isinstance(q.object, ox.Literal)
                 and isinstance(q.subject, ox.NamedNode) and q.subject.value == graph), None)


def _data(verb: str, graph: str | None, quads: Iterable[ox.Quad]) -> str:
    """VERB DATA for the triples of QUADS, in GRAPH (None: the default graph)."""
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in sorted(quads, key=quad_order))
    return f"{verb} DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}" if graph else f"{verb} DATA {{\n{lines}\n}}"


def _unstated(removed: Iterable[ox.Quad]) -> str:
    """Delete from the default graph those REMOVED triples that no article graph states any more."""
    rows = "\n".join(f"({q.subject} {q.predicate} {q.object})" for q in sorted(removed, key=quad_order))
    return ("DELETE { ?s ?p ?o } WHERE { VALUES (?s ?p ?o) {\n" + rows
            + "\n} FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")


def stored_form(quads: Iterable[ox.Quad]) -> set[ox.Quad]:
    """The quads as the store will hold them (literals in oxigraph's canonical form)."""
    memory = ox.Store()
    memory.extend(quads)
    return set(memory)


def _restore(q: ox.Quad) -> ox.Quad:
    datatype = INTEGER_RANGES.get(q.predicate.value)
    if datatype is None or not isinstance(q.object, ox.Literal):
        return q
    return ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value, datatype=ox.NamedNode(datatype)), q.graph_name)


def fill_default_union(store: ox.Store) -> None:
    """Make the default graph the duplicate-free union of the article graphs.

    Oxigraph's union view (`use_default_graph_as_union`) repeats a triple once per graph that states
    it, so an entity named by ten articles came back ten times; queries over this default graph see
    each triple once. Exports read the named graphs only, so they are unaffected."""
    store.update("CLEAR SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                 f"FILTER(?g != <{MERGES_GRAPH}>) }}")  # one transaction


def has_default_graph(store: ox.Store) -> bool:
    """Whether the default graph holds triples (then queries need no union view)."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None

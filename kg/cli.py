"""`kg`: thin commands over the library. Errors reach the user as one line, never a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn
from pathlib import Path

from kg import commands
from kg.errors import KGError, UsageError
from kg.ingest import Skipped, parse_date

if TYPE_CHECKING:
    from kg.rdf.store import Store

FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml", "graphml", "gexf", "csv", "json", "people", "all")
"""Output formats of `kg build`: kg.rdf.export.FORMATS (json: the networkx node-link of the graph the
GraphML holds; people: the person-to-person network as GraphML and CSV), and all (every one of them)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2 (argparse would print the usage too)
        self.exit(2, f"kg: error: {message}\n")


def _date(value: str):  # type: ignore[no-untyped-def]
    date = parse_date(value)
    if date is None or len(value) != 10:
        raise argparse.ArgumentTypeError(f"--date {value!r} is not a date; use YYYY-MM-DD")
    return date


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kg", description="News articles into a knowledge graph (RDF).")
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    b = sub.add_parser("build", help="build a graph from articles")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html/.jsonl file, folder, or - for stdin")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="output folder")
    b.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) of inputs that carry none")
    b.add_argument("--format", action="append", choices=FORMATS, default=[],
                   help="extra output format besides graph.ttl, repeatable (json: networkx node-link of the GraphML; "
                        "people: the person-to-person network, GraphML and CSV)")
    b.add_argument("--store", type=Path, metavar="PATH",
                   help="also add the articles to this on-disk store (one named graph per article)")
    b.add_argument("--jobs", type=_positive, default=1, metavar="N", help="processes for the per-article work")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where the per-article work runs: here, or on a dask.distributed cluster")
    b.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler (tcp://host:8786); default: a local cluster")
    b.add_argument("--max-chars", type=_positive, default=5_000_000, metavar="N",
                   help="refuse articles longer than this (default 5,000,000 characters)")
    b.add_argument("--no-text", action="store_true",
                   help="leave the article text (nif:isString) and evidence sentences out of every output")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    b.set_defaults(run=cmd_build)
    e = sub.add_parser("eval", help="score a built graph against gold files")
    e.add_argument("gold", nargs="+", type=Path, help="gold .json files or folders (dev-set format), or .jsonl")
    e.add_argument("--graph", required=True, type=Path, help="the graph.ttl to score")
    e.add_argument("--json", type=Path, help="also write the full report as JSON here")
    e.add_argument("--details", action="store_true", help="list what was missed and spurious, per document")
    e.set_defaults(run=cmd_eval)
    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="kg: %(message)s")
    args = make_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except UsageError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return 2
    except KGError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except OSError as err:
        where = f"{err.filename}: " if err.filename else ""
        print(f"kg: error: {where}{err.strerror or err}", file=sys.stderr)
        return 1
    except Exception as err:
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg: internal error ({type(err).__name__}: {err}); rerun with KG_DEBUG=1 for details",
              file=sys.stderr)
        return 1


def cmd_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    check_output_folder(args.output)
    store = None
    if args.store:  # opened (and locked) before the analysis: a second build at once fails now, not later
        from kg.rdf.store import Store

        store = Store(args.store)
    try:
        return _build(args, store, started)
    finally:
        if store is not None:
            store.close()


def check_output_folder(folder: Path) -> None:
    """Refuse an output folder that cannot be made or written, before any analysis is spent on it."""
    import tempfile

    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o {folder}: exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".kg-write-test-"):
            pass
    except OSError as err:
        raise UsageError(f"-o {folder}: cannot write there ({err.strerror or err})") from None


def _build(args: argparse.Namespace, store: Store | None, started: float) -> int:
    from tqdm import tqdm

    import kg
    from kg.ingest.count import count_documents
    from kg.ingest.unique import Notice, Renamed
    from kg.records import ArticleFacts

    engine = kg.make_engine(args.jobs, args.engine, args.scheduler)
    if not args.no_progress:
        logging.getLogger("kg.incremental").setLevel(logging.INFO)  # says when it compacts the store (a pause)
    formats = kg.formats(args.format)
    quiet = args.no_progress or None  # None: tqdm shows nothing when stderr is not a terminal
    bar = tqdm(desc="kg build", unit="doc", total=count_documents(args.inputs), disable=quiet, file=sys.stderr,
               leave=False)

    def on_skip(item: Skipped) -> None:
        bar.update()
        bar.write(f"kg: skipped {item.source}: {item.reason}", file=sys.stderr)

    def on_notice(notice: Notice) -> None:
        kind = "warning" if isinstance(notice, Renamed) else "note"
        bar.write(f"kg: {kind}: {notice.source}: {notice.message}", file=sys.stderr)

    def on_done(facts: ArticleFacts) -> None:
        bar.update()
        if facts.article.date is None:
            bar.write(f"kg: warning: {facts.article.source}: no publication date (no 'date' field, page metadata "
                      "or dateline, and no --date); its relative dates stay unresolved", file=sys.stderr)

    replaced: list[dict[str, object]] = []

    def on_replaced(graph: str, aid: str, source: str, text_changed: bool) -> None:
        replaced.append({"id": aid, "source": source, "text_changed": text_changed})
        if text_changed:
            bar.write(f"kg: warning: {source}: replaces the stored article {aid!r}, which had a different "
                      "text (same identifier)", file=sys.stderr)

    # with a store: resolved against the store's entity index; the output is the run's graphs as stored
    corpus = kg.build(args.inputs, args.date, engine=engine, max_chars=args.max_chars, on_skip=on_skip,
                      on_done=on_done, on_notice=on_notice, store=store, no_text=args.no_text,
                      on_replaced=on_replaced)
    bar.close()
    phase = tqdm(desc="kg export", unit="format", total=len(formats), disable=quiet, file=sys.stderr, leave=False)
    corpus.write(args.output, formats, report=store is None, on_written=lambda _: phase.update())
    phase.close()
    stored = ""
    if corpus.stored is not None:
        c, sameas = corpus.stored.counts, corpus.stored.sameas
        stored = (f", store {args.store}: {c['added']} added, {c['replaced']} replaced, {c['unchanged']} unchanged"
                  + (f", {len(sameas)} nodes merged by late evidence" if sameas else "")
                 + (f", compacted in {corpus.stored.compacted:.0f} s" if corpus.stored.compacted is not None else ""))
        corpus.write_report(args.output / "report.json", replaced)
    counts = corpus.counts()
    print(f"kg: {corpus.documents} documents, {counts['Person']} people, {counts['Organization']} organizations, "
          f"{counts['Country']} countries, {counts['Place']} places, {counts['Meeting']} meetings, "
          f"{counts['Quotation']} quotations, {corpus.rdf.triple_count()} triples, {len(corpus.skipped)} skipped, "
          f"{sum(1 for m in corpus.merges if m.local != m.node)} cross-document merges{stored}, "
          f"{time.perf_counter() - started:.1f} s -> {args.output / 'graph.ttl'}", file=sys.stderr)
    return 1 if corpus.skipped else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.eval import evaluate

    if not args.graph.is_file():
        raise UsageError(f"--graph {args.graph}: no such file")
    report = evaluate(list(args.gold), args.graph)
    print(report.table())
    if args.details:
        print(json.dumps(report.to_dict().get("documents", {}), indent=1, ensure_ascii=False))
    if args.json:
        from kg.io import write_atomic

        write_atomic(args.json, json.dumps(report.to_dict(), indent=1, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cost of the day: adding articles to a large store against adding them to an empty one (issue 19).

    python bench/incremental.py [--base 10000] [--add 100] [--step 1000] [--repeat N] [--work DIR]

The dev set (data/eval) is analysed once with the real model; its facts are copied into a corpus of
"days": copy n has its own people (each person's last name gets a suffix of the copy, so the rules
see new people every day), its own dates (every dated meeting moves n days on, at day precision), and
the same organizations, countries and places as every other day (they recur across the archive, as
in real news). A base store of BASE articles is filled with `kg.incremental.add_facts` (STEP
articles per build); then, each in a fresh process, ADD new articles are added to that store and the
same ADD articles to an empty store. The figures: the wall time of the add (entity index + store
writes, spaCy excluded: it is the same in both) and the process's peak RSS.
Target: time <= 1.3x and peak memory <= 1.2x of the empty-store figures.

`--repeat N` measures N interleaved pairs (empty, full; each full add into a fresh copy of the base
store) and reports the medians, so that both builds ran under the same load on a shared machine.
`--work DIR` keeps the analysed dev set and the base store there and reuses them on the next run
(`--base 1000` makes a quick configuration for profiling); `--profile FILE` runs the full add under
cProfile once and writes its statistics to FILE (and those of the empty add to FILE.empty).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import resource
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _suffix(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_lowercase[r] + out
    return out


def day(facts, n: int):  # type: ignore[no-untyped-def]
    """Copy N of an article: its own id, people and dates; the same organizations and places."""
    from kg.ids import entity_key
    from kg.records import Kind, TimeValue

    sfx = _suffix(n)
    rename: dict[str, str] = {}
    entities = []
    for e in facts.entities:
        if e.kind is Kind.PERSON:
            name = f"{e.name}{sfx}"
            key = entity_key(Kind.PERSON, name)
            rename[e.key] = key
            e = replace(e, key=key, name=name, aliases=tuple(f"{a}{sfx}" for a in e.aliases))
        entities.append(e)

    def k(key):  # type: ignore[no-untyped-def]
        return rename.get(key, key) if key else key

    def when(t):  # type: ignore[no-untyped-def]
        if t is None:
            return None
        start = dt.date.fromisoformat((t.value + "-01-01")[:10]) + dt.timedelta(days=n)
        return TimeValue(start.isoformat(), t.text)

    a = facts.article
    aid = f"day{n:05d}-{a.id}"
    ev = lambda x: replace(x, article=aid)  # noqa: E731
    return replace(
        facts, article=replace(a, id=aid, date=a.date + dt.timedelta(days=n) if a.date else None),
        entities=tuple(sorted(entities, key=lambda e: e.key)),
        mentions=tuple(sorted(replace(m, entity=k(m.entity)) for m in facts.mentions)),
        roles=tuple(replace(r, person=k(r.person), organization=k(r.organization), evidence=ev(r.evidence))
                    for r in facts.roles),
        nationalities=tuple(replace(x, person=k(x.person), evidence=ev(x.evidence)) for x in facts.nationalities),
        meetings=tuple(replace(m, participants=tuple(sorted({k(p) for p in m.participants})), place=k(m.place),
                               date=when(m.date), evidence=tuple(ev(x) for x in m.evidence)) for m in facts.meetings),
        quotes=tuple(replace(q, speaker=k(q.speaker), evidence=ev(q.evidence)) for q in facts.quotes),
    )


def corpus(dev: list, start: int, count: int):  # type: ignore[no-untyped-def]
    """Articles START .. START+COUNT-1 of the corpus of days (the dev set, one copy per day)."""
    for i in range(start, start + count):
        yield day(dev[i % len(dev)], i // len(dev))


def add(store_path: Path, facts: list) -> tuple[float, float | None]:  # type: ignore[no-untyped-def]
    """Seconds the add took, and of those the seconds spent compacting the store (None: not compacted)."""
    from kg.incremental import add_facts
    from kg.rdf.store import Store

    by_id = {f.article.id: f for f in facts}
    started = time.perf_counter()
    with Store(store_path) as store:
        done = add_facts(store, sorted(by_id), by_id.__getitem__)
    return time.perf_counter() - started, done.compacted


def child(args: argparse.Namespace) -> None:
    """One measured add, in its own process: prints seconds and peak RSS (MB)."""
    dev = pickle.loads(Path(args.dev).read_bytes())
    facts = list(corpus(dev, args.start, args.add))
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
        seconds, _ = profile.runcall(add, Path(args.store), facts)
        profile.dump_stats(args.profile)
    else:
        seconds, _ = add(Path(args.store), facts)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "cpu": usage.ru_utime + usage.ru_stime}))


def _peak_mb() -> float:
    """This process's peak RSS: VmHWM (ru_maxrss keeps the RSS of the parent at the fork, on Linux, which is
    large after the parent built the base store)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(dev_file: Path, store: Path, start: int, count: int, profile: str | None = None) -> dict[str, float]:
    run = subprocess.run([sys.executable, __file__, "--child", "--dev", str(dev_file), "--store", str(store),
                          "--start", str(start), "--add", str(count), *(["--profile", profile] if profile else [])],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def fresh(store: Path, copy: Path) -> Path:
    """COPY made afresh from STORE (absent: an empty store)."""
    shutil.rmtree(copy, ignore_errors=True)
    if store.exists():
        shutil.copytree(store, copy)
    return copy


def fill(dev: list, base: Path, args: argparse.Namespace) -> None:  # type: ignore[type-arg]
    """The base store, STEP articles per build (each compacting the store or not as kg.incremental's rule says,
    never with --no-compact); prints the time of the fill and how much of it went to compaction."""
    import kg.incremental

    if args.no_compact:
        kg.incremental.COMPACT_ARTICLES = args.base + 1
    building = base.with_name(base.name.replace("base-", "building-"))
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    cpu = time.process_time()
    compacting = 0.0
    for start in range(0, args.base, args.step):
        _, compacted = add(building, list(corpus(dev, start, min(args.step, args.base - start))))
        compacting += compacted or 0.0
        print(f"base store: {min(start + args.step, args.base)} articles, {time.perf_counter() - started:.0f} s"
              + (f" (compacted in {compacted:.1f} s)" if compacted is not None else ""), file=sys.stderr)
    print(f"base store of {args.base}: {time.perf_counter() - started:.0f} s (CPU {time.process_time() - cpu:.0f} s "
          f"in this process), of which compaction {compacting:.0f} s", file=sys.stderr)
    building.rename(base)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", type=int, default=10_000)
    p.add_argument("--add", type=int, default=100)
    p.add_argument("--step", type=int, default=1000)
    p.add_argument("--repeat", type=int, default=1,
                   help="interleaved pairs of measurements (medians reported); 0: only build the base store")
    p.add_argument("--no-compact", action="store_true",
                   help="a base store as its bulk loads leave it, never compacted (kept apart: base-N-uncompacted)")
    p.add_argument("--work", help="folder keeping the analysed dev set and the base store between runs")
    p.add_argument("--profile", help="cProfile statistics of one add into the full store to this file, into the empty one to FILE.empty")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--dev", help=argparse.SUPPRESS)
    p.add_argument("--store", help=argparse.SUPPRESS)
    p.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args)
        return
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="kg-bench-incr-"))
    work.mkdir(parents=True, exist_ok=True)
    dev_file = work / "dev.pickle"
    if dev_file.exists():
        dev = pickle.loads(dev_file.read_bytes())
    else:
        from kg.pipeline import analyze_articles
        from tests.conftest import dev_articles

        dev = list(analyze_articles(dev_articles()))
        dev_file.write_bytes(pickle.dumps(dev))
    base = work / f"base-{args.base}{'-uncompacted' if args.no_compact else ''}"
    if not base.exists():
        fill(dev, base, args)
    if args.profile:
        measure(dev_file, fresh(work / "none", work / "empty"), args.base, args.add, args.profile + ".empty")
        measure(dev_file, fresh(base, work / "full"), args.base, args.add, args.profile)
    if args.repeat < 1:
        return
    runs: dict[str, list[dict[str, float]]] = {"empty": [], "full": []}
    for _ in range(args.repeat):
        runs["empty"].append(measure(dev_file, fresh(work / "none", work / "empty"), args.base, args.add))
        runs["full"].append(measure(dev_file, fresh(base, work / "full"), args.base, args.add))
    empty, full = ({k: statistics.median(r[k] for r in runs[side]) for k in ("seconds", "peak_mb")}
                   for side in ("empty", "full"))
    if args.repeat > 1:
        pairs = list(zip(runs["empty"], runs["full"], strict=True))
        ratios = [f["seconds"] / e["seconds"] for e, f in pairs]
        cpu = [f["cpu"] / e["cpu"] for e, f in pairs]  # the process's CPU time (with imports): less load-dependent
        print("pairs (empty s, full s): " + ", ".join(f"({e['seconds']:.2f}, {f['seconds']:.2f})" for e, f in pairs)
              + f"; median of the pair ratios {statistics.median(ratios):.2f}x, of the CPU-time ratios "
              f"{statistics.median(cpu):.2f}x")
    print(f"add {args.add} articles: empty store {empty['seconds']:.2f} s, {empty['peak_mb']:.0f} MB; "
          f"store of {args.base}: {full['seconds']:.2f} s, {full['peak_mb']:.0f} MB; "
          f"time {full['seconds'] / empty['seconds']:.2f}x (target 1.3x), "
          f"memory {full['peak_mb'] / empty['peak_mb']:.2f}x (target 1.2x)")
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

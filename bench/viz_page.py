"""How fast `kg viz`'s page opens on a graph the size of 1,000 articles (goal: loaded in under 3 s).

    python bench/viz_page.py [--copies 200] [--runs 5]

The graph is tests/viz_corpus.py's: the sample corpus's graph repeated COPIES times (200 copies are
1,000 articles, over 3,000 people). Each run opens the page in a fresh tab of Debian's chromium
(headless, through playwright) and reads the navigation timing; the medians are printed. Run it by
hand on a quiet machine: the tests check what the page shows, not how fast.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the generator lives with the tests that also use it

from kg.viz import write  # noqa: E402
from tests.viz_corpus import repeated  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("bench/viz_page.py: Debian chromium is not installed (.ci/setup-system installs it)")
    graph = repeated(args.copies)
    people = sum(1 for n in graph.nodes if n.kind == "Person")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        began = time.perf_counter()
        write(graph, path, title=f"{args.copies * 5:,} articles")
        written = time.perf_counter() - began
        loads, ready = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 850})
                page.goto(path.as_uri())
                timing = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
                loads.append(timing["loadEventEnd"])
                ready.append(page.evaluate("performance.now()"))
                page.close()
            browser.close()
        size = path.stat().st_size
    print(f"{args.copies * 5:,} articles, {people:,} people; page {size / 1e6:.1f} MB written in {written:.1f} s")
    print(f"load event ended (median of {args.runs}): {statistics.median(loads) / 1000:.2f} s "
          f"(min {min(loads) / 1000:.2f}, max {max(loads) / 1000:.2f}); goal < 3 s")
    print(f"page idle after goto (median): {statistics.median(ready) / 1000:.2f} s")


if __name__ == "__main__":
    main()

"""What a notebook's kernel holds under ``--scheduler``: every article gathered, or an overview.

Under ``python -m helpers run --scheduler`` the passes over every article run on the cluster,
but a page that only counts articles (the corpus page: articles per outlet, dates, lengths;
the stance page: how many articles, the settings) used to gather the whole article table,
bodies and all, into its kernel (``Analysis.articles``). ``Analysis.overview`` computes the
same counts partition by partition and brings back one short row per article.

The benchmark loads ANT v2.1 once into a store on a ``LocalCluster`` (as the runner does), then
runs each way in a fresh process connected to that cluster, in turn, ``--repeats`` times:

- ``articles``: ``analysis.articles``, ``fit_settings(articles)`` (and, for the corpus page,
  the body of every article tokenised for its length): the code before;
- ``overview``: ``analysis.overview()`` and ``fit_settings(overview)`` (``words=True`` for the
  corpus page): the code after.

Each process reports its wall time from opening the analysis to the fitted settings, its peak
resident memory (``ru_maxrss``) and the peak the imports alone reached (the floor of any
kernel). The table gives medians and the after/before ratios; ``benchmarks/results/scale.md``
the last figures. Usage::

    nice python benchmarks/kernel_gather_bench.py [--repeats 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_data import ANT_CSV

from helpers import scale
from helpers.analysis import close_scheduler, connect_scheduler

_KERNEL = r"""
import json, resource, sys, time
CORPUS, STORE, ADDRESS, WAY, PAGE = sys.argv[1:6]
from helpers.analysis import open_analysis
from helpers.arabic import tokenize
from helpers.settings import fit_settings
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
imports = peak_mb()
start = time.perf_counter()
analysis = open_analysis(CORPUS, STORE, ADDRESS)
if WAY == "articles":
    table = analysis.articles
    if PAGE == "corpus":
        table = table.assign(words=table["body"].map(tokenize).map(len))
else:
    table = analysis.overview(words=PAGE == "corpus")
fitted = fit_settings(table)
print(json.dumps({"way": WAY, "page": PAGE, "seconds": time.perf_counter() - start,
                  "imports_mb": imports, "peak_mb": peak_mb(), "articles": len(table),
                  "arabic": fitted.arabic_articles}))
"""

WAYS = ("articles", "overview")
PAGES = ("corpus", "stance")


def kernel(corpus: Path, store: Path, address: str, way: str, page: str) -> dict:
    """One fresh process doing what the first cell of ``page`` does, the ``way`` given."""
    done = subprocess.run(
        [sys.executable, "-c", _KERNEL, str(corpus), str(store), address, way, page],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ant", type=Path, default=ANT_CSV)
    parser.add_argument("--out", type=Path, default=Path("kernel_gather_bench.jsonl"))
    args = parser.parse_args()
    if not args.ant.exists():
        print(f"skipped: {args.ant} not found")
        return
    corpus = args.ant.resolve()
    scheduler = f"local:{args.workers}"
    client = connect_scheduler(scheduler)
    try:
        with tempfile.TemporaryDirectory(prefix="kernel-gather-") as folder:
            start = time.perf_counter()
            store = scale.load_corpus(corpus, client, store=Path(folder) / "store").store
            print(f"load into the store on {scheduler}: {time.perf_counter() - start:.0f} s")
            runs = []
            for _ in range(args.repeats):  # the two ways in turn, so load swings hit both
                for page in PAGES:
                    for way in WAYS:
                        runs.append(kernel(corpus, store, client.scheduler.address, way, page))
                        print(json.dumps(runs[-1]), flush=True)
    finally:
        close_scheduler(scheduler)
    with args.out.open("a") as file:
        for run in runs:
            file.write(json.dumps(run) + "\n")
    report(runs)


def report(runs: list[dict]) -> None:
    """Medians per page and way, and overview / articles ratios."""
    print(f"\n{'page':8} {'way':9} {'articles':>8} {'median s':>9} {'peak MB':>8} {'imports':>8}")
    for page in PAGES:
        medians = {}
        for way in WAYS:
            mine = [run for run in runs if run["page"] == page and run["way"] == way]
            seconds = statistics.median(run["seconds"] for run in mine)
            peak = statistics.median(run["peak_mb"] for run in mine)
            imports = statistics.median(run["imports_mb"] for run in mine)
            medians[way] = seconds, peak
            print(
                f"{page:8} {way:9} {mine[0]['articles']:>8,} {seconds:>9.1f} {peak:>8.0f} "
                f"{imports:>8.0f}"
            )
        (before_s, before_mb), (after_s, after_mb) = medians["articles"], medians["overview"]
        print(f"{page:8} ratio     {'':>8} {after_s / before_s:>9.2f} {after_mb / before_mb:>8.2f}")


if __name__ == "__main__":
    main()

"""The frequency page's passes on ANT, this checkout beside a peer commit, in one process.

Notebook 01 counts the terms of every outlet, scans the articles once for the mentions of four
actors (its collocates and time line read that scan), finds Russia's collocates and the lines
of one word. Both versions run in the same process in alternating order (the peer's
``helpers`` exported from git as ``helpers_peer``, as :mod:`stance_speed_bench` does), each
call as the page makes it in that version, and the CPU seconds of each pass are compared
(the first round printed on its own: a notebook runs cold, with a fresh analyzer each call):

* ``term counts``: ``term_counts(by="outlet")``; the peer with ``min_count=3``, this checkout
  with every term, the page keeping those seen three times (the same frame, checked);
* ``mention scan``: ``find_mentions`` of the four actors; this checkout without the
  sentences, which the page does not read (the same rows otherwise, checked);
* ``collocates``: Russia's, window 5; this checkout handed the summed term counts
  (``totals=``) instead of counting every term again. Intended change: names are one term
  here (``الولايات المتحدة``), so the table differs; the rows that differ are printed, and the
  totals handed over are checked equal to this checkout's own recount;
* ``kwic`` of ``جنيف`` and the monthly ``time line`` (equal, checked);
* ``analyzer``: a fresh ``Analyzer()`` over every article (the names merge's cost; equal
  terms, checked).

Run: ``python benchmarks/frequency_page_bench.py [--peer main] [--rounds 3]``.
"""

from __future__ import annotations

import gc
import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from stance_speed_bench import peer_arguments, peer_package

ACTORS = ["russia", "usa", "ukraine", "nato"]
"""The frequency page's time line actors (its collocates are Russia's)."""
MIN_COUNT = 3


def _passes(package: str, articles: pd.DataFrame, current: bool) -> dict:
    """Name -> a call of the results so far giving this pass's result, as the page calls it."""
    frequency = importlib.import_module(f"{package}.frequency")
    actors = importlib.import_module(f"{package}.actors")
    analyzer = importlib.import_module(f"{package}.analyzer")
    bodies = articles["body"].fillna("").astype(str).tolist()

    def counts(_: dict) -> tuple[pd.DataFrame, pd.Series | None]:
        if not current:
            return frequency.term_counts(articles, "outlet", min_count=MIN_COUNT), None
        every = frequency.term_counts(articles, "outlet")
        return frequency.frequent(every, MIN_COUNT), every.groupby("term")["count"].sum()

    options = {"sentences": False} if current else {}
    return {
        "term counts": counts,
        "mention scan": lambda _: actors.find_mentions(articles, None, ACTORS, **options),
        "collocates": lambda done: frequency.collocations(
            articles,
            "russia",
            window=5,
            min_count=2,
            mentions=done["mention scan"],
            **({"totals": done["term counts"][1]} if current else {}),
        ),  # fmt: skip
        "kwic": lambda _: frequency.kwic(articles, "جنيف"),
        "time line": lambda done: frequency.mentions_over_time(
            articles, ACTORS, freq="M", mentions=done["mention scan"]
        ),
        "analyzer": lambda _: list(map(analyzer.Analyzer(), bodies)),
    }


def _checked(peer: dict, this: dict) -> None:
    """Raise unless this checkout's results are the peer's (the collocates: printed)."""
    pd.testing.assert_frame_equal(peer["term counts"][0], this["term counts"][0])
    scan = this["mention scan"]
    pd.testing.assert_frame_equal(peer["mention scan"][list(scan.columns)], scan)
    for name in ("kwic", "time line"):
        pd.testing.assert_frame_equal(peer[name], this[name])
    assert peer["analyzer"] == this["analyzer"], "the analyzer's terms differ"
    before, after = (done["collocates"].head(15) for done in (peer, this))
    print("collocates of russia, top 15 (peer | this checkout):")
    columns = ["collocate", "cooccurrences", "collocate_count"]
    print(pd.concat([before[columns], after[columns]], axis=1).to_string())


def main() -> None:
    args = peer_arguments(__doc__.splitlines()[0])
    if args is None:
        return
    from helpers.analysis import open_analysis
    from helpers.concordance import _term_totals

    with tempfile.TemporaryDirectory() as folder:
        sys.path.insert(0, folder)
        packages = {args.peer: peer_package(args.peer, Path(folder)), "this checkout": "helpers"}
        articles = open_analysis(args.ant).articles
        print(f"{len(articles):,} articles; load average {os.getloadavg()[0]:.1f}")
        seconds: dict[str, dict[str, list[float]]] = {name: {} for name in packages}
        results: dict[str, dict] = {}
        for turn in range(args.rounds):
            order = list(packages) if turn % 2 == 0 else list(reversed(packages))
            for name in order:
                done = results[name] = {}
                passes = _passes(packages[name], articles, name == "this checkout")
                for step, call in passes.items():
                    gc.collect()
                    start = time.process_time()
                    done[step] = call(done)
                    seconds[name].setdefault(step, []).append(time.process_time() - start)
            cpu = ", ".join(f"{name} {sum(s[-1] for s in seconds[name].values()):.1f} s"
                            for name in packages)  # fmt: skip
            print(f"round {turn + 1} (all passes): {cpu}; load average {os.getloadavg()[0]:.1f}")
        peer, this = (results[name] for name in packages)
        _checked(peer, this)
        recount = _term_totals(articles["body"].fillna("").astype(str), importlib.import_module(
            "helpers.analyzer").Analyzer())  # fmt: skip
        assert dict(this["term counts"][1]) == dict(recount), "the totals are not the recount"
        print("totals handed to the collocates == their own recount: yes")
    warm = slice(1, None) if args.rounds > 1 else slice(None)
    rows = []
    for step in seconds[args.peer]:
        before, after = (seconds[name][step] for name in packages)
        cold = (before[0], after[0], after[0] / before[0])
        medians = (statistics.median(before[warm]), statistics.median(after[warm]))
        rows.append((step, *cold, *medians, medians[1] / medians[0]))
    table = pd.DataFrame(rows, columns=["pass", "peer 1st", "this 1st", "ratio 1st",
                                        "peer median", "this median", "ratio"])  # fmt: skip
    page = table[table["pass"] != "analyzer"].sum(numeric_only=True)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print(
        f"the page's passes (all but analyzer), CPU s: 1st round {page['peer 1st']:.1f} -> "
        f"{page['this 1st']:.1f} ({page['this 1st'] / page['peer 1st']:.2f}); medians "
        f"{page['peer median']:.1f} -> {page['this median']:.1f} "
        f"({page['this median'] / page['peer median']:.2f}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()

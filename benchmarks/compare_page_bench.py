"""The comparison page's own passes on ANT, this checkout beside a peer commit, in one process.

Notebook 04 runs last in a report: it reads the frequency page's term counts from the disk
cache (one entry per outlet), counts its two sides (the same entries), compares them
(keyness), and builds the term explorer (every outlet's counts again, G² of each pair of
outlets and of each against the rest, context lines from a sample, the interactive page). Its
stance rows and topics are read from the entries pages 02 and 03 wrote; their code is not
measured here. Both versions run in the same process in alternating order (the peer's
``helpers`` exported from git as ``helpers_peer``, as :mod:`stance_speed_bench` does), each
with its own cache folder holding that version's frequency-page counts, made before the
rounds and not timed:

* ``pair counts``: ``term_counts(by="outlet", wide=True)`` of the two largest outlets;
* ``keyness``: ``keyness_between`` of the two sides, and their ``distinctive_terms``;
* ``explorer``: ``term_explorer`` of every outlet;
* ``explorer page``: the page's HTML (``_repr_html_``, what the notebook shows).

The results must be equal: the frames, and the data of every Bokeh source of the explorer
(its points, its context lines as a set of rows).

Run: ``python benchmarks/compare_page_bench.py [--peer main] [--rounds 3]``.
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


def _passes(package: str, articles: pd.DataFrame, cache: str) -> dict:
    """Name -> a call of the results so far giving this pass's result, as the page calls it."""
    frequency = importlib.import_module(f"{package}.frequency")
    keyness = importlib.import_module(f"{package}.keyness")
    explorer = importlib.import_module(f"{package}.term_explorer")
    sides = list(articles["outlet"].value_counts().index[:2])
    pair = articles[articles["outlet"].isin(sides)]

    def contrast(done: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
        table = keyness.keyness_between(done["pair counts"], *sides)
        return table, keyness.distinctive_terms(table, 15)

    return {
        "pair counts": lambda _: frequency.term_counts(pair, "outlet", wide=True, cache_dir=cache),
        "keyness": contrast,
        "explorer": lambda _: explorer.term_explorer(
            articles, "outlet", side_a=sides[0], side_b=sides[1], cache_dir=cache
        ),
        "explorer page": lambda done: done["explorer"]._repr_html_(),
    }


def _sources(view: object) -> list[pd.DataFrame]:
    """The data of each Bokeh source of the explorer, rows in a fixed order (its context lines
    came in a per-process order before 0269d74: a set of terms was iterated)."""
    from bokeh.models import ColumnDataSource

    frames = [
        pd.DataFrame(dict(source.data)) for source in view.layout.select({"type": ColumnDataSource})
    ]
    frames = [frame.sort_values(list(frame.columns), kind="stable") for frame in frames]
    return sorted((frame.reset_index(drop=True) for frame in frames), key=len)


def _checked(peer: dict, this: dict) -> None:
    """Raise unless this checkout's results are the peer's."""
    pd.testing.assert_frame_equal(peer["pair counts"], this["pair counts"])
    for before, after in zip(peer["keyness"], this["keyness"], strict=True):
        pd.testing.assert_frame_equal(before, after)
    for before, after in zip(*(_sources(done["explorer"]) for done in (peer, this)), strict=True):
        pd.testing.assert_frame_equal(before, after)
    print("results equal: pair counts, keyness, the explorer's points and context lines")


def main() -> None:
    args = peer_arguments(__doc__.splitlines()[0])
    if args is None:
        return
    from helpers.analysis import open_analysis

    with tempfile.TemporaryDirectory() as folder:
        sys.path.insert(0, folder)
        packages = {args.peer: peer_package(args.peer, Path(folder)), "this checkout": "helpers"}
        articles = open_analysis(args.ant).articles
        caches = {name: str(Path(folder) / f"cache-{i}") for i, name in enumerate(packages)}
        for name, package in packages.items():  # the frequency page's entries, not timed
            frequency = importlib.import_module(f"{package}.frequency")
            frequency.term_counts(articles, "outlet", cache_dir=caches[name])
        print(f"{len(articles):,} articles; load average {os.getloadavg()[0]:.1f}")
        seconds: dict[str, dict[str, list[float]]] = {name: {} for name in packages}
        results: dict[str, dict] = {}
        for turn in range(args.rounds):
            order = list(packages) if turn % 2 == 0 else list(reversed(packages))
            for name in order:
                done = results[name] = {}
                for step, call in _passes(packages[name], articles, caches[name]).items():
                    gc.collect()
                    start = time.process_time()
                    done[step] = call(done)
                    seconds[name].setdefault(step, []).append(time.process_time() - start)
            cpu = ", ".join(f"{name} {sum(s[-1] for s in seconds[name].values()):.1f} s"
                            for name in packages)  # fmt: skip
            print(f"round {turn + 1} (all passes): {cpu}; load average {os.getloadavg()[0]:.1f}")
        _checked(*(results[name] for name in packages))
    warm = slice(1, None) if args.rounds > 1 else slice(None)
    rows = []
    for step in seconds[args.peer]:
        before, after = (seconds[name][step] for name in packages)
        medians = (statistics.median(before[warm]), statistics.median(after[warm]))
        rows.append((step, before[0], after[0], *medians, medians[1] / medians[0]))
    table = pd.DataFrame(rows, columns=["pass", "peer 1st", "this 1st", "peer median",
                                        "this median", "ratio"])  # fmt: skip
    page = table.sum(numeric_only=True)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print(
        f"the page's passes, CPU s: 1st round {page['peer 1st']:.1f} -> {page['this 1st']:.1f} "
        f"({page['this 1st'] / page['peer 1st']:.2f}); medians {page['peer median']:.1f} -> "
        f"{page['this median']:.1f} ({page['this median'] / page['peer median']:.2f}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()

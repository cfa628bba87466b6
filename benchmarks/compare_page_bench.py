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

import importlib
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd
from stance_speed_bench import pass_rounds, peer_arguments, peer_package, print_passes


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
        seconds, results = pass_rounds(
            packages, args.rounds, lambda name: _passes(packages[name], articles, caches[name])
        )
        _checked(*(results[name] for name in packages))
    print_passes(seconds, args.rounds)


if __name__ == "__main__":
    main()

"""The frequency page's passes on ANT, this checkout beside a peer commit, in one process.

Notebook 01 counts the terms of every outlet, scans the articles once for the mentions of four
actors (its collocates and time line read that scan), finds Russia's collocates and the lines
of one word. Both versions run in the same process in alternating order (the peer's
``helpers`` exported from git as ``helpers_peer``, as :mod:`stance_speed_bench` does), each
call as the page makes it in that version, and the CPU seconds of each pass are compared
(the first round printed on its own: a notebook runs cold, with a fresh analyzer each call):

* ``term counts``: ``term_counts(by="outlet", cache_dir=...)`` of every term, into an empty
  cache folder (as the first page of a run that counts: the entries are written), then the
  terms seen three times (``frequent``) and the totals handed to the collocates; a version
  whose page hands one ``Analyzer`` to the counts, the collocates and the KWIC lines (its
  notebook passes ``analyzer=analyzer``) does so here, else each call makes its own;
* ``mention scan``: ``find_mentions`` of the four actors, without sentences;
* ``collocates``: Russia's, window 5, handed the summed term counts (``totals=``); the totals
  are checked equal to a recount of every article;
* ``kwic`` of ``جنيف`` and the monthly ``time line``;
* ``analyzer``: a fresh ``Analyzer()`` over every article (not one of the page's passes).

Every result is checked equal to the peer's. The peer must call the page as this checkout
does (main from 2fb1646 on).

Run: ``python benchmarks/frequency_page_bench.py [--peer main] [--rounds 3]``.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
from stance_speed_bench import pass_rounds, peer_arguments, peer_package, print_passes

ACTORS = ["russia", "usa", "ukraine", "nato"]
"""The frequency page's time line actors (its collocates are Russia's)."""
MIN_COUNT = 3


PAGE = "notebooks/01_frequency.ipynb"


def _page_shares_analyzer(ref: str | None) -> bool:
    """Whether the frequency page at git ``ref`` (None: this checkout) hands one analyzer to
    its counts, collocates and lines."""
    root = Path(__file__).resolve().parents[1]
    if ref is None:
        page = (root / PAGE).read_text(encoding="utf-8")
    else:
        page = subprocess.run(["git", "show", f"{ref}:{PAGE}"], cwd=root, check=True,
                              capture_output=True, text=True).stdout  # fmt: skip
    return "analyzer=analyzer" in page


def _passes(package: str, articles: pd.DataFrame, cache: Path, shared: bool) -> dict:
    """Name -> a call of the results so far giving this pass's result, as the page calls it
    (``shared``: one analyzer for the counts, the collocates and the lines)."""
    frequency = importlib.import_module(f"{package}.frequency")
    actors = importlib.import_module(f"{package}.actors")
    analyzer = importlib.import_module(f"{package}.analyzer")
    bodies = articles["body"].fillna("").astype(str).tolist()
    page = {}  # the analyzer of the page's calls, made by the counts when shared

    def counts(_: dict) -> tuple[pd.DataFrame, pd.Series]:
        if shared:
            page["analyzer"] = analyzer.Analyzer()
        with tempfile.TemporaryDirectory(dir=cache) as folder:  # empty: the entries are written
            every = frequency.term_counts(articles, "outlet", cache_dir=folder, **page)
        return frequency.frequent(every, MIN_COUNT), every.groupby("term")["count"].sum()

    return {
        "term counts": counts,
        "mention scan": lambda _: actors.find_mentions(articles, None, ACTORS, sentences=False),
        "collocates": lambda done: frequency.collocations(
            articles,
            "russia",
            window=5,
            min_count=2,
            mentions=done["mention scan"],
            totals=done["term counts"][1],
            **page,
        ),
        "kwic": lambda _: frequency.kwic(articles, "جنيف", **page),
        "time line": lambda done: frequency.mentions_over_time(
            articles, ACTORS, freq="M", mentions=done["mention scan"]
        ),
        "analyzer": lambda _: list(map(analyzer.Analyzer(), bodies)),
    }


def _checked(peer: dict, this: dict) -> None:
    """Raise unless this checkout's results are the peer's."""
    pd.testing.assert_frame_equal(peer["term counts"][0], this["term counts"][0])
    pd.testing.assert_series_equal(peer["term counts"][1], this["term counts"][1])
    for name in ("mention scan", "collocates", "kwic", "time line"):
        pd.testing.assert_frame_equal(peer[name], this[name])
    assert peer["analyzer"] == this["analyzer"], "the analyzer's terms differ"
    print("results equal: term counts and totals, mentions, collocates, KWIC, time line, terms")


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
        shared = {args.peer: _page_shares_analyzer(args.peer)}
        shared["this checkout"] = _page_shares_analyzer(None)
        print("one analyzer for the page:", ", ".join(f"{k} {v}" for k, v in shared.items()))
        seconds, results = pass_rounds(
            packages,
            args.rounds,
            lambda name: _passes(packages[name], articles, Path(folder), shared[name]),
        )
        peer, this = (results[name] for name in packages)
        _checked(peer, this)
        recount = _term_totals(articles["body"].fillna("").astype(str), importlib.import_module(
            "helpers.analyzer").Analyzer())  # fmt: skip
        assert dict(this["term counts"][1]) == dict(recount), "the totals are not the recount"
        print("totals handed to the collocates == their own recount: yes")
    print_passes(seconds, args.rounds, left_out=("analyzer",))


if __name__ == "__main__":
    main()

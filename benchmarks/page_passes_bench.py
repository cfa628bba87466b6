"""The passes of the report's pages, on ANT, in this checkout and in a peer, in one run.

Each side runs in a fresh process of its own (``PYTHONPATH`` its checkout, the same hash seed,
so sets are read in the same order), loads ANT once (not timed) and times, in CPU seconds of
its process (``time.process_time``: steadier than wall time on a shared machine), the passes
the pages make, in page order, each ``--repeat`` times (medians printed), with an empty cache
folder at the start of each repeat:

* ``01 term counts``: the frequency page's counts of every outlet (``min_count=3``); here
  with ``cache_dir``, which writes one entry per outlet;
* ``04 explorer counts``: the term explorer's counts of every outlet (``min_count=2``): here
  read from those entries;
* ``04 pair counts``: the comparison page's counts of its two largest outlets (``wide``);
* ``04 explorer lines``: :func:`helpers.term_explorer.term_contexts` for the explorer's
  1,500 terms (one ``kwic`` per term before; one reading of each sentence for all terms now);
* ``00 word counts``: the corpus page's words per article (``word_count`` here; a column of
  token lists before, which also held every word of the corpus at once: its memory is
  measured by ``report_bench.py``, 00's peak);
* ``01 collocates + time line``: the frequency page's collocations of Russia and mentions
  over time of four actors (here one scan of the mentions for both, ``mentions=``, without
  sentences where ``find_mentions`` offers it; a scan each before), the two tables compared
  (against a peer before ``frequency_page_bench.py`` the collocates differ by design: names
  are one term there);
* ``02 stance pass``: the stance page's ``stance_sentences`` of five targets, no disk cache
  (here each article's sentences found once for the mentions and the rules).

Every result of this checkout is compared with the peer's (``pandas`` equality, attributes
included) and the comparison printed: a pass that is faster but not equal is a failure.

Run: ``python benchmarks/page_passes_bench.py --peer DIR [--repeat 3] [--ant PATH]
[--this-first]``; make the peer with ``git archive 126a01a | tar -x -C DIR``. The peer runs
first unless ``--this-first``: run both orders, since the machine's load drifts.
"""

from __future__ import annotations

import argparse
import inspect
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV, STANCE_TARGETS

REPO = Path(__file__).resolve().parents[1]


def _stages(articles: pd.DataFrame, cache: Path) -> dict:
    """The passes, in page order: name -> a call of the results so far, returning its own."""
    from helpers import arabic, frequency, stance
    from helpers.term_explorer import term_contexts

    cached = "cache_dir" in inspect.signature(frequency.term_counts).parameters
    shared = "mentions" in inspect.signature(frequency.collocations).parameters
    words = getattr(arabic, "word_count", lambda body: len(arabic.tokenize(body)))
    options = {"cache_dir": cache} if cached else {}
    sizes = articles["outlet"].value_counts()
    pair = articles[articles["outlet"].isin(sizes.index[:2])].reset_index(drop=True)

    def shown(counts: pd.DataFrame) -> list[str]:
        """The explorer's 1,500 most frequent terms (as :func:`term_explorer` picks them)."""
        wide = counts.pivot(index="term", columns="outlet", values="count").fillna(0)
        totals = wide.sum(axis=1).rename("total").reset_index()
        ranked = totals.sort_values(["total", "term"], ascending=[False, True])
        return ranked.head(1500)["term"].tolist()

    return {
        "01 term counts": lambda _: frequency.term_counts(
            articles, "outlet", min_count=3, **options
        ),
        "04 explorer counts": lambda _: frequency.term_counts(
            articles, "outlet", min_count=2, **options
        ),
        "04 pair counts": lambda _: frequency.term_counts(pair, "outlet", wide=True, **options),
        "04 explorer lines": lambda done: term_contexts(
            articles, shown(done["04 explorer counts"]), "outlet", lines=3
        ),
        "00 word counts": lambda _: articles["body"].map(words),
        "01 collocates + time line": lambda _: _mention_tables(articles, shared),
        "02 stance pass": lambda _: stance.stance_sentences(articles, STANCE_TARGETS),
    }


"""The stance page's targets."""
TIMELINE_ACTORS = ["russia", "usa", "ukraine", "nato"]
"""The frequency page's time line actors (its collocations are Russia's)."""


def _mention_tables(articles: pd.DataFrame, shared: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The frequency page's collocates of Russia and its time line (monthly)."""
    from helpers import actors, frequency

    options = {}
    if shared:  # one scan of the mentions for both tables
        spans = "sentences" in inspect.signature(actors.find_mentions).parameters
        scan = {"sentences": False} if spans else {}
        options["mentions"] = actors.find_mentions(articles, None, TIMELINE_ACTORS, **scan)
    collocates = frequency.collocations(articles, "russia", window=5, min_count=2, **options)
    timeline = frequency.mentions_over_time(articles, TIMELINE_ACTORS, freq="M", **options)
    return collocates, timeline


def side(ant: Path, repeat: int, out: Path) -> None:
    """One checkout's timings and results (run in its own process)."""
    from helpers.corpus import load_corpus

    articles = load_corpus(ant).analysis_view().reset_index(drop=True)
    seconds: dict[str, list[float]] = {}
    results = {}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="passes-cache-") as cache:
            for name, call in _stages(articles, Path(cache)).items():
                start = time.process_time()
                results[name] = call(results)
                seconds.setdefault(name, []).append(time.process_time() - start)
    out.write_bytes(pickle.dumps((seconds, results)))


def _measured(checkout: Path, ant: Path, repeat: int) -> tuple[dict, dict]:
    with tempfile.TemporaryDirectory(prefix="passes-") as folder:
        out = Path(folder) / "side.pkl"
        env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
        env["HELPERS_PROGRESS"] = "off"  # no progress bars in the output
        command = [sys.executable, __file__, "--side", str(out), "--ant", str(ant)]
        subprocess.run([*command, "--repeat", str(repeat)], env=env, check=True, cwd=checkout)
        return pickle.loads(out.read_bytes())


def _equal(mine: object, theirs: object) -> bool:
    if isinstance(mine, tuple):
        return len(mine) == len(theirs) and all(map(_equal, mine, theirs))
    try:
        if isinstance(mine, pd.DataFrame):
            pd.testing.assert_frame_equal(mine, theirs)
            return mine.attrs == theirs.attrs
        pd.testing.assert_series_equal(mine, theirs)
        return True
    except AssertionError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT_CSV)
    parser.add_argument("--peer", type=Path, help="the checkout to compare with")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--this-first", action="store_true", help="measure this checkout first")
    parser.add_argument("--side", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    if args.side is not None:
        side(args.ant, args.repeat, args.side)
        return
    print(f"ANT, {args.repeat} repeat(s); load average {os.getloadavg()[0]:.1f}")
    if args.this_first:
        seconds, results = _measured(REPO, args.ant, args.repeat)
    peer_seconds, peer_results = _measured(args.peer, args.ant, args.repeat)
    if not args.this_first:
        seconds, results = _measured(REPO, args.ant, args.repeat)
    rows = []
    for name, times in seconds.items():
        before, after = np.median(peer_seconds[name]), np.median(times)
        same = _equal(results[name], peer_results[name])
        rows.append((name, before, after, after / before, "yes" if same else "NO"))
    table = pd.DataFrame(rows, columns=["pass", "peer CPU s", "this CPU s", "ratio", "equal"])
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print(f"load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

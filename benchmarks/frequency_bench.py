"""Benchmark: term counts per outlet and keyness of each outlet against the rest, on ANT.

Contenders, each run in a fresh process so that its peak memory is its own:

* ``ours``: :func:`helpers.frequency.term_counts` (``by="outlet"``, ``min_count=5``) with the
  project's ``Analyzer`` (normalisation, clitic stripping, stopwords), then
  :func:`helpers.frequency.keyness_against_rest`: each outlet against the other four pooled
  (G2, log ratio, BH-corrected p, log-odds z), i.e. what ``keyness_by_group`` does;
* ``peer``: scikit-learn ``CountVectorizer()`` with its defaults (regex tokens, no Arabic
  normalisation: it splits words at diacritics and keeps clitics attached), summed per outlet
  by slicing the sparse matrix, and a naive numpy G2 and log ratio per outlet. It does less
  work, so it bounds what counting alone costs in this environment.

Reading the CSV is not timed. Times are wall-clock medians over ``--repeat`` runs, with the
process CPU time beside them (less sensitive to other jobs on a busy machine); peak memory
is the process's maximum resident set size (``ru_maxrss``); it includes the loaded corpus,
whose footprint alone is the ``baseline`` line.

Run: ``python benchmarks/frequency_bench.py [--repeat 3] [--csv PATH]``
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV as ANT

CONTENDERS = ("baseline", "ours", "peer")


def read_ant(path: Path) -> pd.DataFrame:
    """ANT articles with the project's column names (no loader, no cleaning)."""
    frame = pd.read_csv(path, usecols=["docno", "src", "text"])
    return frame.rename(columns={"docno": "article_id", "src": "outlet", "text": "body"})


def run_ours(articles: pd.DataFrame) -> tuple[int, float]:
    from helpers.frequency import keyness_against_rest, term_counts

    start = time.perf_counter()
    counts = term_counts(articles, by="outlet", min_count=5)
    counted = time.perf_counter() - start
    return len(keyness_against_rest(counts)), counted


def run_peer(articles: pd.DataFrame) -> tuple[int, float]:
    from sklearn.feature_extraction.text import CountVectorizer

    start = time.perf_counter()
    documents = CountVectorizer().fit_transform(articles["body"].fillna("")).tocsr()
    outlets = articles["outlet"].to_numpy()
    counts = np.vstack([documents[outlets == o].sum(axis=0).A1 for o in np.unique(outlets)])
    counted = time.perf_counter() - start
    total, sizes = counts.sum(axis=0), counts.sum(axis=1)
    rows = 0
    for a, c in zip(counts, sizes, strict=True):
        b, d = total - a, sizes.sum() - c
        e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 = 2 * (
                np.where(a > 0, a * np.log(a / e1), 0) + np.where(b > 0, b * np.log(b / e2), 0)
            )
        log_ratio = np.log2(((a + 0.5) / c) / ((b + 0.5) / d))
        rows += len(pd.DataFrame({"g2": np.sign(a / c - b / d) * g2, "log_ratio": log_ratio}))
    return rows, counted


def measure(contender: str, csv: Path) -> dict:
    """Run one contender in this process; return its time, peak memory and output size."""
    articles = read_ant(csv)
    run = {"baseline": lambda a: (len(a), 0.0), "ours": run_ours, "peer": run_peer}[contender]
    start, cpu = time.perf_counter(), time.process_time()
    rows, counted = run(articles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "contender": contender,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "count_seconds": counted,
        "peak_mb": peak_mb,
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=ANT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", choices=CONTENDERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.csv)))
        return
    if not args.csv.is_file():
        sys.exit(f"ANT corpus not found at {args.csv}: nothing to benchmark")
    results: dict[str, list[dict]] = {c: [] for c in CONTENDERS}
    for _ in range(args.repeat):
        for contender in CONTENDERS:
            command = [sys.executable, __file__, "--one", contender, "--csv", str(args.csv)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results[contender].append(json.loads(output.splitlines()[-1]))
    print(f"ANT: {len(read_ant(args.csv)):,} articles; {args.repeat} runs each (median)")
    medians = {c: statistics.median(r["seconds"] for r in runs) for c, runs in results.items()}
    for contender, runs in results.items():
        peak = max(r["peak_mb"] for r in runs)
        times = ", ".join(f"{r['seconds']:.1f}" for r in runs)
        counting = statistics.median(r["count_seconds"] for r in runs)
        cpu = statistics.median(r["cpu_seconds"] for r in runs)
        ratio = medians[contender] / medians["peer"]
        print(
            f"{contender:>8}: {medians[contender]:6.1f} s wall (runs {times}; counting "
            f"{counting:.1f} s), {cpu:.1f} s CPU; x{ratio:.2f} peer; peak RSS {peak:,.0f} MB; "
            f"rows {runs[0]['rows']:,}"
        )


if __name__ == "__main__":
    main()

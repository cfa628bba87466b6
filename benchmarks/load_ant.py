"""Time and peak memory of loading the ANT corpus: read + dates, cleaning, duplicates.

Goal (issue 2): ``load_corpus`` with cleaning and duplicate detection on the 31,525-row ANT
CSV in under 15 s and 2 GB on the 2-core machine. The peer is the floor any loader pays:
``pandas.read_csv`` of the same file plus ``pandas.to_datetime(format="mixed")`` of its
``time`` column, run in the same session; the ratio says what reading, cleaning and
deduplicating cost on top of it.

Each measurement runs in a fresh subprocess so its peak resident memory (``ru_maxrss``) is
its own. Wall-clock and CPU seconds are both printed: the machine is shared, and CPU time is
the less noisy of the two. Usage::

    python benchmarks/load_ant.py [--repeat 3] [--path ../shared/data/.../file.csv.gz]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from shared_data import ANT_CSV as ANT

_PEER = """
import pandas as pd
lap("start")
frame = pd.read_csv(PATH)
dates = pd.to_datetime(frame["time"], utc=True, format="mixed")
lap("peer")
"""

_STAGES = """
from helpers.cleaning import clean_bodies, find_duplicates
from helpers.corpus import load_corpus
lap("start")
corpus = load_corpus(PATH, clean=False, dedupe=False)
lap("read + dates")
bodies, comparisons = clean_bodies(corpus.articles.raw_body)
lap("cleaning")
found = find_duplicates(corpus.articles, comparison_texts=comparisons)
lap("duplicates")
"""

_FULL = """
from helpers.corpus import load_corpus
lap("start")
corpus = load_corpus(PATH)
lap("load_corpus")
counts = corpus.report.summary()
"""

_HARNESS = """
import json, resource, sys, time
PATH = sys.argv[1]
laps = []
def lap(name, _t=[time.perf_counter(), time.process_time()]):
    now = (time.perf_counter(), time.process_time())
    laps.append((name, now[0] - _t[0], now[1] - _t[1]))
    _t[:] = now
lap("start")
{body}
lap("end")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"laps": laps[1:], "peak_mb": peak, "extra": globals().get("counts")}}))
"""


def run(body: str, path: Path) -> dict:
    """Run ``body`` in a fresh interpreter; return its laps and peak memory."""
    code = _HARNESS.format(body=body)
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--path", type=Path, default=ANT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path} is absent: nothing to measure")

    totals: dict[str, list[float]] = {"peer": [], "load_corpus": []}
    cpu: dict[str, list[float]] = {"peer": [], "load_corpus": []}
    peaks: dict[str, list[float]] = {"peer": [], "load_corpus": []}
    for i in range(args.repeat):
        for name, body in (("peer", _PEER), ("load_corpus", _FULL)):
            result = run(body, args.path)
            measured = [lap for lap in result["laps"] if lap[0] not in ("start", "end")]
            wall = sum(lap[1] for lap in measured)
            totals[name].append(wall)
            cpu[name].append(sum(lap[2] for lap in measured))
            peaks[name].append(result["peak_mb"])
            print(f"run {i + 1} {name:12s} wall {wall:6.2f} s  peak {result['peak_mb']:7.0f} MB")
            if result["extra"]:
                print(f"  report: {result['extra']}")
    stages = run(_STAGES, args.path)
    print("\nstages of one run (wall s / CPU s):")
    for name, wall, cpu_s in stages["laps"]:
        if name not in ("start", "end"):
            print(f"  {name:14s} {wall:6.2f} / {cpu_s:6.2f}")

    print(f"\nmedians over {args.repeat} runs ({args.path.name}):")
    for name in totals:
        print(
            f"  {name:12s} wall {statistics.median(totals[name]):6.2f} s, "
            f"CPU {statistics.median(cpu[name]):6.2f} s, "
            f"peak {statistics.median(peaks[name]):6.0f} MB"
        )
    ratio = statistics.median(totals["load_corpus"]) / statistics.median(totals["peer"])
    print(f"  load_corpus / peer (wall): {ratio:.1f}x; goal: < 15 s and < 2048 MB")


if __name__ == "__main__":
    main()

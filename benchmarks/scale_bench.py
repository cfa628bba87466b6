"""Time and peak memory of the whole analysis, in memory beside a Dask cluster, as ANT grows.

Issue 16 goals: peak memory per worker flat as the corpus grows (out of core: 8x ANT within
4 GB per worker), time linear in corpus size, ``local:2`` no slower than in-memory at 4x.

The corpora are synthetic multiples of ANT v2.1 (31,525 articles), made at run time in a
temporary folder (deleted at the end, never committed) as Parquet files of 2,000 articles:
copy ``c`` of an article gets the id ``<docno>~c<c>`` and the outlet ``<outlet> <c>``, so the
copies are different outlets' articles and are not deduplicated against each other (duplicates
are looked for within an outlet), while their text, and so the cost of reading it, is real.

Each run is a fresh subprocess doing load + counts + keyness + stance + clustering (k=6): the
in-memory functions, or :mod:`helpers.scale` on a ``LocalCluster`` of N single-threaded worker
processes (``memory_limit`` per worker; workers spill to disk beyond it). Peak memory is the
``ru_maxrss`` of the client process and of each worker process. The clusters of the two paths
are compared by the adjusted Rand index. Results go to stdout as a table and, one JSON line per
run, to ``--out``. The closing lines extrapolate to 10 million articles on 32 workers from the
largest cluster run's per-article cost. The last run's figures and how to read them:
``benchmarks/results/scale.md``. Usage::

    nice python benchmarks/scale_bench.py [--sizes 1 2 4 8] [--memory-sizes 1 2 4] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from shared_data import ANT_CSV
from sklearn.metrics import adjusted_rand_score

PER_FILE = 2000
STAGES = ("load", "counts", "keyness", "stance", "clustering")

_RUN = r"""
import json, resource, sys, time
import pandas as pd
FOLDER, MODE, LABELS, MEMORY_LIMIT = sys.argv[1:5]
laps, start = {}, [time.perf_counter()]
def lap(name):
    now = time.perf_counter()
    laps[name] = round(now - start[0], 2)
    start[0] = now
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if MODE == "memory":
    from helpers import corpus, frequency, stance, topics
    loaded = corpus.load_corpus(FOLDER, progress=False); lap("load")
    articles = loaded.analysis_view()
    counts = frequency.term_counts(articles, "outlet", min_count=5); lap("counts")
    frequency.keyness_against_rest(counts); lap("keyness")
    scores = stance.summarise_stance(stance.stance_sentences(articles, progress=False))
    stance.compare_outlets(scores); lap("stance")
    clusters = topics.cluster_articles(articles, 6, 0); lap("clustering")
    workers = {}
else:
    from distributed import wait
    from helpers import frequency, scale
    client = scale.connect(MODE, memory_limit=MEMORY_LIMIT)
    start[0] = time.perf_counter()
    loaded = scale.load_corpus(FOLDER, client); lap("load")
    articles = loaded.analysis_view()
    counts = scale.term_counts(articles, "outlet", min_count=5); lap("counts")
    frequency.keyness_against_rest(counts); lap("keyness")
    scores = client.persist(scale.summarise_stance(scale.stance_sentences(articles)))
    scale.compare_outlets(scores); lap("stance")
    clusters = client.persist(scale.cluster_articles(articles, 6, 0))
    wait(clusters); lap("clustering")
    clusters = clusters.compute()
    workers = client.run(peak_mb)
    client.close()
clusters[["article_id", "cluster"]].to_parquet(LABELS)
workers_mb = sorted(round(v) for v in workers.values())
print(json.dumps({"laps": laps, "report_rows": len(loaded.report.table), "n": len(clusters),
                  "client_mb": round(peak_mb()), "workers_mb": workers_mb}))
"""


def make_corpus(ant: pd.DataFrame, times: int, folder: Path) -> int:
    """Write ``times`` distinct copies of ANT as Parquet files of PER_FILE articles."""
    folder.mkdir(parents=True)
    number = 0
    for copy in range(1, times + 1):
        frame = ant
        if copy > 1:
            frame = ant.assign(docno=ant.docno + f"~c{copy}", src=ant.src + f" {copy}")
        for start in range(0, len(frame), PER_FILE):
            frame.iloc[start : start + PER_FILE].to_parquet(
                folder / f"part-{number:05d}.parquet", index=False
            )
            number += 1
    return times * len(ant)


def run(folder: Path, mode: str, labels: Path, memory_limit: str) -> dict:
    """One measurement in a fresh process; its JSON result."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(folder), mode, str(labels), memory_limit],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        errors = [line for line in done.stderr.splitlines() if line[:1].isalpha() and ": " in line]
        return {"error": errors[-1] if errors else f"exit status {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--memory-sizes", type=int, nargs="*", default=[1, 2, 4])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-limit", default="4GB", help="per worker")
    parser.add_argument("--ant", type=Path, default=ANT_CSV)
    parser.add_argument("--out", type=Path, default=Path("scale_bench.jsonl"))
    parser.add_argument("--sample", type=int, default=None, help="N random ANT rows (a smoke run)")
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    ant = pd.read_csv(args.ant, keep_default_na=False, na_values=[""])
    if args.sample:
        ant = ant.sample(args.sample, random_state=0)
    local = f"local:{args.workers}"
    results = []
    with tempfile.TemporaryDirectory(prefix="scale_bench_") as tmp:
        plan = [(times, local) for times in args.sizes]
        plan += [(times, "memory") for times in args.memory_sizes]
        plan.sort(key=lambda step: step[0] * (2 if step[0] > 2 and step[1] == "memory" else 1))
        for times, mode in plan:  # in-memory 4x after the 8x cluster run, which matters more
            folder = Path(tmp) / f"ant_x{times}"
            n = len(ant) * times if folder.exists() else make_corpus(ant, times, folder)
            labels = Path(tmp) / f"labels_x{times}_{mode.replace(':', '')}.parquet"
            began = time.perf_counter()
            result = run(folder, mode, labels, args.memory_limit)
            result.update(size=times, inputs=n, mode=mode)
            result["wall"] = round(time.perf_counter() - began, 1)
            peer = Path(tmp) / f"labels_x{times}_{local.replace(':', '')}.parquet"
            if mode == "memory" and "error" not in result and peer.exists():
                together = pd.read_parquet(peer).merge(pd.read_parquet(labels), on="article_id")
                result["ari"] = round(
                    adjusted_rand_score(together.cluster_x, together.cluster_y), 3
                )
            results.append(result)
            with args.out.open("a") as out:
                out.write(json.dumps(result) + "\n")
            print(describe(result), flush=True)
    extrapolate([r for r in results if r["mode"] == local and "error" not in r], args.workers)


def describe(result: dict) -> str:
    """One table line: size, mode, stage times, total, peak memory."""
    if "error" in result:
        return f"{result['size']}x {result['mode']}: {result['error']}"
    laps = result["laps"]
    stages = " ".join(f"{s} {laps[s]:7.1f}" for s in STAGES)
    ari = f" ARI vs local {result['ari']}" if "ari" in result else ""
    return (
        f"{result['size']}x ({result['inputs']:,} articles) {result['mode']:>8}: {stages}"
        f" | total {sum(laps.values()):7.1f} s | client {result['client_mb']} MB,"
        f" workers {result['workers_mb']} MB{ari}"
    )


def extrapolate(runs: list[dict], workers: int) -> None:
    """10 million articles on 32 workers, from the largest cluster run's per-article costs.

    Clustering is left out of the per-article cost: its sample fit does not grow with the
    corpus (and is printed on its own)."""
    if not runs:
        return
    largest = max(runs, key=lambda r: r["inputs"])
    laps = largest["laps"]
    seconds = sum(laps.values()) - laps["clustering"]
    per_article = seconds * workers / largest["inputs"]  # worker-seconds per article
    print(
        f"per article ({largest['size']}x, {workers} workers, without clustering): "
        f"{per_article * 1000:.1f} worker-ms; 10M articles on 32 workers: "
        f"{per_article * 10_000_000 / 32 / 3600:.1f} h + clustering ({laps['clustering']:.0f} s "
        f"here, mostly the sample fit); worker peak {max(largest['workers_mb'])} MB at "
        f"{largest['inputs'] / workers:,.0f} articles per worker"
    )


if __name__ == "__main__":
    main()

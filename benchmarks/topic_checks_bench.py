"""What the shortcuts of the topic checks cost and change, on ANT, in one run.

Notebook 03 checks its clusters with :func:`helpers.topics.cluster_stability` and its ``k``
with :func:`helpers.topics.coherence_by_k`. Both used to re-run whole fits per seed and per
``k``; they now share the document-term matrix and the LSA, work on a seeded sample of at most
5,000 articles, and (stability) stop once three seeds agree. This benchmark runs, on the same
ANT articles (the dedupe rule of ``topics_eval.py``; k=6, the options of ``topics_eval.py``):

* one ``cluster_articles`` (LSA + three k-means + refinement runs), the unit of cost (CPU
  seconds: the fits run on one thread, and CPU time is steady on a busy machine);
* stability over ``--seeds`` seeds four ways: as before (``cluster_articles`` per seed, SVD
  re-seeded), with one SVD shared by all seeds (a shortcut not adopted: it hides the seed
  dependence the check is for), on a sample of 5,000 with every seed, and on the sample with
  the early stop (the default), with the cost as a multiple of one clustering, the mean
  pairwise ARI, and the NMI of each seed's partition against the categories (on the articles
  it covers);
* ``coherence_by_k`` for k = 2..6 (notebook 03's candidates) on all articles and on the
  sample: time, NPMI per k, and the best k of each.

The document-term matrix is built once first and is not part of any timing.

Run: ``python benchmarks/topic_checks_bench.py [--seeds 5] [--sample N] [--skip-whole]
[--ant PATH]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV
from sklearn.metrics import normalized_mutual_info_score
from topics_eval import OUR_OPTIONS, K, load_ant

from helpers import clusters, topics
from helpers.clusters import pairwise_ari

KS = [2, 3, 4, 5, 6]
"""The candidate k of notebook 03."""


def timed(function, *args, **options):
    """The result and the CPU seconds of this process (the fits run on one thread).

    CPU time rather than wall time: on a shared machine the wall time of the same work can
    vary twofold from one minute to the next, its CPU time hardly.
    """
    start = time.process_time()
    result = function(*args, **options)
    return result, time.process_time() - start


def nmi_per_seed(assignments: pd.DataFrame, categories: pd.Series) -> list[float]:
    truth = categories.loc[assignments["article_id"]].to_numpy()
    seeds = [column for column in assignments.columns if column != "article_id"]
    return [normalized_mutual_info_score(truth, assignments[seed]) for seed in seeds]


def stability_as_before(articles: pd.DataFrame, seeds: list[int]) -> pd.DataFrame:
    """The check as it was: one whole ``cluster_articles`` per seed, SVD re-seeded each time."""
    assignments = pd.DataFrame({"article_id": articles["article_id"].to_numpy()})
    for seed in seeds:
        assignments[seed] = topics.cluster_articles(articles, K, seed, **OUR_OPTIONS)["cluster"]
    return assignments


def stability_one_svd(articles: pd.DataFrame, seeds: list[int]) -> pd.DataFrame:
    """A shortcut not adopted: one SVD (the first seed's) shared by every seed, all articles."""
    dtm = topics.vectorize(articles, **OUR_OPTIONS)
    points = clusters.lsa_points(dtm, random_state=seeds[0])
    assignments = pd.DataFrame({"article_id": articles["article_id"].to_numpy()})
    for seed in seeds:
        runs = clusters.restart_seeds(seed, 3)
        assignments[seed] = clusters.consensus_partition(points, dtm.counts, K, runs)
    return assignments


def summary(name: str, assignments: pd.DataFrame, seconds: float, unit: float, truth) -> dict:
    labels = [assignments[c] for c in assignments.columns if c != "article_id"]
    matrix = pairwise_ari(labels)
    nmi = nmi_per_seed(assignments, truth)
    return {
        "stability check": name,
        "seeds run": len(labels),
        "articles": len(assignments),
        "CPU s": seconds,
        "x one clustering": seconds / unit,
        "mean ARI": matrix[np.triu_indices(len(labels), k=1)].mean(),
        "NMI mean": np.mean(nmi),
        "NMI min": np.min(nmi),
        "NMI max": np.max(nmi),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="seeds of the stability check")
    parser.add_argument("--ant", type=Path, default=ANT_CSV, help="the ANT v2.1 CSV")
    parser.add_argument("--sample", type=int, help="a random sample of N articles (quick check)")
    parser.add_argument(
        "--skip-whole",
        action="store_true",
        help="skip the two checks on every article (each costs about --seeds clusterings)",
    )
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    articles, _ = load_ant(args.ant)
    if args.sample:
        articles = articles.sample(args.sample, random_state=0).reset_index(drop=True)
    truth = articles.set_index("article_id")["category"]
    seeds = list(range(args.seeds))
    topics.clear_cache()
    _, seconds = timed(topics.vectorize, articles, **OUR_OPTIONS)
    print(f"{len(articles):,} ANT articles, k={K}, {args.seeds} seeds; matrix: {seconds:.1f} CPU s")

    _, unit = timed(topics.cluster_articles, articles, K, 0, **OUR_OPTIONS)
    print(f"one cluster_articles (LSA + 3 runs): {unit:.1f} CPU s", flush=True)

    rows = []
    if not args.skip_whole:
        for name, check in (
            ("as before: cluster_articles per seed", stability_as_before),
            ("one SVD for all seeds (not adopted)", stability_one_svd),
        ):
            assignments, seconds = timed(check, articles, seeds)
            rows.append(summary(name, assignments, seconds, unit, truth))
            print(f"  {name}: {seconds:.1f} CPU s", flush=True)
    for name, options in (
        ("sample of 5,000, every seed", {"agreement": None}),
        ("sample + early stop (the default)", {}),
    ):
        result, seconds = timed(
            topics.cluster_stability, articles, K, seeds, **options, **OUR_OPTIONS
        )
        rows.append(summary(name, result.assignments, seconds, unit, truth))
        print(f"  {name}: {seconds:.1f} CPU s", flush=True)
    table = pd.DataFrame(rows)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))

    print(f"\ncoherence_by_k, k = {KS[0]}..{KS[-1]}, NMF:")
    scores = {}
    for name, limit in (("all articles", None), ("sample of 5,000", 5000)):
        table, seconds = timed(
            topics.coherence_by_k, articles, KS, max_articles=limit, **OUR_OPTIONS
        )
        scores[name] = table.set_index("k")["npmi"]
        best = int(scores[name].idxmax())
        print(
            f"  {name}: {seconds:.1f} CPU s ({seconds / unit:.2f} x one clustering), best k {best}"
        )
    side_by_side = pd.DataFrame(scores)
    side_by_side["difference"] = side_by_side.iloc[:, 1] - side_by_side.iloc[:, 0]
    print(side_by_side.to_string(float_format=lambda v: f"{v:.3f}"))
    ranks = side_by_side.iloc[:, :2].rank(ascending=False)
    print("same order of k:", bool((ranks.iloc[:, 0] == ranks.iloc[:, 1]).all()))


if __name__ == "__main__":
    main()

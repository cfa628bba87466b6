"""What cheaper settings of notebook 03's clustering and map would change on ANT, beside the
current settings, in one run.

The topics page's largest costs after the matrix are k-means (``cluster_articles``: three
restarts of ``n_init`` starts each; ``cluster_stability``: the same per seed on a sample) and
t-SNE (``article_map``: ``max_iter`` gradient steps on 2,000 points, each Barnes-Hut's
approximation at ``angle``). This benchmark runs each
at the current setting and at the cheaper ones on the page's articles (ANT v2.1 loaded as the
runner's snapshot gives them; ``k=6``, ``min_df=5``) and prints, per setting, its CPU seconds
and how far its answer is from the current one, beside how far the current setting's answer
moves with its own seed (the yardstick: a shortcut that moves the answer less than a change of
seed changes nothing a reader can rely on):

* clusters: adjusted Rand index (ARI) of the partition against the current setting's, for
  seeds 0-2, the ARI between the current setting's seeds, and the NMI of each partition with
  the outlets' categories;
* stability: the mean pairwise ARI the check reports and the seeds it ran;
* map: the share of each article's 10 nearest neighbours on the map that are also its
  neighbours on the current setting's map (seed 0), beside the same share between the current
  setting's seeds 0 and 1, and the trustworthiness of each map (10 neighbours, against the
  LSA points the map starts from: 1 = every neighbour on the map is a neighbour in LSA).

``--parts precision`` compares the LSA's SVD in double and in single precision
(``helpers.clusters.LSA_DTYPE``): the clusters of seeds 0-2 (CPU seconds, ARI against double
precision's partition of the same seed, NMI) and the stability check, beside the ARI between
double precision's own seeds.

Run: ``python benchmarks/topic_shortcuts_bench.py [--ant PATH] [--n-init 10 3 1]
[--max-iter 1000 500] [--angles 0.5 0.8] [--parts clusters stability map precision]``.
``--max-iter 500 --angles 0.5 0.8 --parts map`` compares the map's Barnes-Hut ``angle``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV
from sklearn.decomposition import TruncatedSVD
from sklearn.manifold import TSNE, trustworthiness
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import normalize as l2_normalize
from topic_checks_bench import timed
from topics_eval import K

import helpers.clusters as clusters
from helpers.corpus import load_corpus
from helpers.document_terms import single_thread
from helpers.topics import article_map, cluster_articles, cluster_stability, vectorize

OPTIONS = {"min_df": 5}
SEEDS = (0, 1, 2)
NEIGHBOURS = 10


def neighbours(points: np.ndarray) -> np.ndarray:
    """Each row's ``NEIGHBOURS`` nearest other rows."""
    found = NearestNeighbors(n_neighbors=NEIGHBOURS + 1).fit(points).kneighbors(points)[1]
    return found[:, 1:]


def shared_neighbours(a: np.ndarray, b: np.ndarray) -> float:
    """Mean share of each point's nearest neighbours in ``a`` that are among them in ``b``."""
    return float(np.mean([len(set(x) & set(y)) / NEIGHBOURS for x, y in zip(a, b, strict=True)]))


def clusters_part(articles: pd.DataFrame, n_inits: list[int]) -> None:
    truth = articles["category"].to_numpy() if "category" in articles.columns else None
    partitions: dict[tuple[int, int], np.ndarray] = {}
    rows = []
    for n_init in n_inits:
        for seed in SEEDS:
            table, seconds = timed(cluster_articles, articles, K, seed, n_init=n_init, **OPTIONS)
            labels = table["cluster"].to_numpy()
            partitions[n_init, seed] = labels
            current = partitions.get((n_inits[0], seed))
            rows.append(
                {
                    "n_init": n_init,
                    "seed": seed,
                    "CPU s": seconds,
                    "ARI vs current (same seed)": adjusted_rand_score(current, labels),
                    "NMI vs category": np.nan
                    if truth is None
                    else normalized_mutual_info_score(truth, labels),
                }
            )
            print(rows[-1], flush=True)
    print("\ncluster_articles:")
    print(pd.DataFrame(rows).to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    base = [partitions[n_inits[0], seed] for seed in SEEDS]
    between = [adjusted_rand_score(base[i], base[j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    print(
        f"current setting (n_init={n_inits[0]}), ARI between seeds 0-1, 0-2, 1-2: "
        + ", ".join(f"{v:.3f}" for v in between)
    )


def stability_part(articles: pd.DataFrame, n_inits: list[int]) -> None:
    print("\ncluster_stability (5 seeds, sample of 5,000, early stop):")
    for n_init in n_inits:
        result, seconds = timed(cluster_stability, articles, K, range(5), n_init=n_init, **OPTIONS)
        print(
            f"  n_init={n_init}: {seconds:.2f} CPU s, mean ARI {result.mean_ari:.3f} over "
            f"{len(result.matrix)} seeds",
            flush=True,
        )


def precision_part(articles: pd.DataFrame) -> None:
    """The LSA's SVD in double precision (before) and single (``clusters.LSA_DTYPE``), seeds
    0-2: the clustering's CPU seconds, its partition against double precision's with the same
    seed, and the stability check's mean ARI, each precision in turn."""
    truth = articles["category"].to_numpy() if "category" in articles.columns else None
    partitions: dict[tuple[str, int], np.ndarray] = {}
    rows = []
    for name, dtype in (("float64", np.float64), ("float32", np.float32)):
        clusters.LSA_DTYPE = dtype
        for seed in SEEDS:
            table, seconds = timed(cluster_articles, articles, K, seed, **OPTIONS)
            partitions[name, seed] = labels = table["cluster"].to_numpy()
            rows.append(
                {
                    "LSA": name,
                    "seed": seed,
                    "CPU s": seconds,
                    "ARI vs float64 (same seed)": adjusted_rand_score(
                        partitions["float64", seed], labels
                    ),
                    "NMI vs category": np.nan
                    if truth is None
                    else normalized_mutual_info_score(truth, labels),
                }
            )
            print(rows[-1], flush=True)
        stability, seconds = timed(cluster_stability, articles, K, range(5), **OPTIONS)
        print(
            f"  cluster_stability, LSA {name}: {seconds:.2f} CPU s, mean ARI "
            f"{stability.mean_ari:.3f} over {len(stability.matrix)} seeds",
            flush=True,
        )
    clusters.LSA_DTYPE = np.float32
    print("\ncluster_articles by the LSA's precision:")
    print(pd.DataFrame(rows).to_string(index=False, float_format=lambda v: f"{v:.4f}"))
    base = [partitions["float64", seed] for seed in SEEDS]
    between = [adjusted_rand_score(base[i], base[j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    print(
        "float64, ARI between seeds 0-1, 0-2, 1-2 (the yardstick): "
        + ", ".join(f"{v:.4f}" for v in between)
    )


def map_part(articles: pd.DataFrame, max_iters: list[int], angles: list[float]) -> None:
    dtm = vectorize(articles, **OPTIONS)
    steps, angle = max_iters[0], angles[0]
    reference, seconds = timed(
        article_map, articles, None, 0, max_iter=steps, angle=angle, **OPTIONS
    )
    print(
        f"\narticle_map ({len(reference)} points; {NEIGHBOURS} neighbours): "
        f"max_iter={steps}, angle={angle} {seconds:.2f} CPU s"
    )
    # the sample and LSA points article_map draws with seed 0, then t-SNE alone on them; the
    # yardstick: the same map from an SVD seeded 1 (t-SNE from PCA ignores its own seed), and
    # how far it still moves with 1,500 steps
    rows = pd.Index(dtm.article_ids).get_indexer(reference["article_id"].astype(str))
    near = neighbours(reference[["x", "y"]].to_numpy())
    runs = [
        (steps, angle, 0),
        (steps, angle, 1),
        (1500, angle, 0),
        *((m, angle, 0) for m in max_iters[1:]),
        *((steps, a, 0) for a in angles[1:]),
    ]
    for max_iter, theta, svd_seed in runs:
        with single_thread():
            svd = TruncatedSVD(50, random_state=svd_seed)
            lsa = l2_normalize(svd.fit_transform(dtm.tfidf[rows]))
            tsne = TSNE(
                2, perplexity=30.0, init="pca", max_iter=max_iter, angle=theta, random_state=0
            )
            xy, seconds = timed(tsne.fit_transform, lsa)
        print(
            f"  t-SNE max_iter={max_iter}, angle={theta}, SVD seed {svd_seed}: "
            f"{seconds:.2f} CPU s, "
            f"neighbours shared with article_map's: {shared_neighbours(near, neighbours(xy)):.3f}, "
            f"trustworthiness {trustworthiness(lsa, xy, n_neighbors=NEIGHBOURS):.4f}, "
            f"KL {tsne.kl_divergence_:.3f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT_CSV, help="the ANT v2.1 CSV")
    parser.add_argument("--n-init", type=int, nargs="+", default=[10, 3], help="current first")
    parser.add_argument(
        "--max-iter", type=int, nargs="+", default=[1000, 500], help="current first"
    )
    parser.add_argument(
        "--angles", type=float, nargs="+", default=[0.5, 0.8], help="t-SNE; current first"
    )
    parser.add_argument(
        "--parts", nargs="+", default=["clusters", "stability", "map"], help="or precision"
    )
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    articles = load_corpus(args.ant).analysis_view()
    _, seconds = timed(vectorize, articles, **OPTIONS)
    print(f"{len(articles):,} articles; matrix {seconds:.1f} CPU s (not counted below)")
    if "clusters" in args.parts:
        clusters_part(articles, args.n_init)
    if "stability" in args.parts:
        stability_part(articles, args.n_init)
    if "precision" in args.parts:
        precision_part(articles)
    if "map" in args.parts:
        map_part(articles, args.max_iter, args.angles)


if __name__ == "__main__":
    main()

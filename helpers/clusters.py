"""Clusters: a hard partition of the articles into groups of similar vocabulary.

:func:`cluster_articles` counts headline words several times, reduces TF-IDF with LSA
(truncated SVD, without its first axis), L2-normalises the rows (so Euclidean k-means behaves
as cosine, i.e. spherical, k-means), keeps the best of many k-means starts, refines the
partition on the word counts with complement naive Bayes, and of a few such runs keeps the one
the others agree with. :func:`describe_clusters` names each cluster by its words and its most
central articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.spatial.distance import cdist
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics import adjusted_rand_score
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import normalize as l2_normalize

from helpers.analyzer import Analyzer
from helpers.document_terms import (
    DocumentTerms,
    check_k,
    labels_from_terms,
    single_thread,
    vectorize,
)

__all__ = [
    "LSA_DTYPE",
    "assignment_table",
    "check_cluster_settings",
    "cluster_articles",
    "consensus_partition",
    "describe_clusters",
    "headline_weights",
    "lsa_axes",
    "lsa_points",
    "pairwise_ari",
    "restart_seeds",
]


LSA_DTYPE = np.float32
"""Precision of the LSA's SVD (the points it gives are float64 again, for k-means).

In single precision the randomized SVD reads half the bytes: on ANT (29,948 articles) the SVD
takes about half the CPU time of double precision, ``cluster_articles`` 0.75 of it and
``cluster_stability`` 0.82, and the partitions are double precision's (adjusted Rand index
1.000 for seeds 0-2, where those seeds' double-precision partitions differ from each other by
0.98-0.99; the same NMI with the categories and the same stability figure): the rounding moves
the answer far less than a seed does (``benchmarks/topic_shortcuts_bench.py --parts
precision``, figures in ``benchmarks/results/topic_checks.md``). ``np.float64`` gives the
double-precision LSA.
"""


def lsa_axes(weights: sparse.spmatrix, n_components: int, random_state: int) -> np.ndarray:
    """Rows of a TF-IDF matrix on ``n_components`` SVD axes after the first, L2-normalised.

    On TF-IDF rows, which are all non-negative, the first SVD axis points at the average
    article: it measures how ordinary an article's vocabulary is, not what it is about, so it
    is computed and left out. Unit rows give k-means a cosine geometry. The SVD runs in
    :data:`LSA_DTYPE`, on one thread, seeded with ``random_state``.
    """
    n_docs, n_terms = weights.shape
    n_axes = min(n_components + 1, n_docs - 1, n_terms - 1)
    if n_axes <= 1:
        return l2_normalize(weights.toarray())
    with single_thread():
        svd = TruncatedSVD(n_axes, random_state=random_state)
        reduced = svd.fit_transform(weights.astype(LSA_DTYPE, copy=False))
    return l2_normalize(reduced[:, 1:].astype(np.float64))


def headline_weights(dtm: DocumentTerms, title_weight: float) -> sparse.csr_matrix:
    """TF-IDF (rows L2-normalised) of the counts, each title word counted ``title_weight`` times.

    The weights do not depend on any seed: a check that fits several LSAs computes them once.
    """
    if title_weight == 1:
        return dtm.tfidf
    counts = dtm.counts + (title_weight - 1) * dtm.title_counts
    return TfidfTransformer(sublinear_tf=dtm.sublinear_tf).fit_transform(counts).tocsr()


def _refine(labels: np.ndarray, counts: sparse.spmatrix, max_rounds: int = 30) -> np.ndarray:
    """Reassign articles by complement naive Bayes on word counts until the partition settles.

    Each round fits :class:`~sklearn.naive_bayes.ComplementNB` (``alpha=0.3``) to the current
    clusters and moves every article to the cluster whose vocabulary explains its words best:
    a hard EM on the counts, in which words that the LSA axes blurred (names, rare technical
    terms) get their say. It stops when fewer than 0.1% of the articles move, after
    ``max_rounds``, or before a round that would empty a cluster.
    """
    k = labels.max() + 1
    for _ in range(max_rounds):
        moved = ComplementNB(alpha=0.3).fit(counts, labels).predict(counts)
        if len(np.unique(moved)) < k:
            break
        changed = np.mean(moved != labels)
        labels = moved
        if changed < 0.001:
            break
    return labels


def pairwise_ari(partitions: Sequence[Sequence[int]]) -> np.ndarray:
    """Adjusted Rand index between every pair of partitions (1 on the diagonal)."""
    matrix = np.ones((len(partitions), len(partitions)))
    for i, j in combinations(range(len(partitions)), 2):
        matrix[i, j] = matrix[j, i] = adjusted_rand_score(partitions[i], partitions[j])
    return matrix


def _central_partition(partitions: list[np.ndarray]) -> np.ndarray:
    """The partition with the highest mean adjusted Rand index to the others (a medoid)."""
    return partitions[int(np.argmax(pairwise_ari(partitions).sum(axis=1)))]


def cluster_articles(
    articles: pd.DataFrame,
    k: int,
    random_state: int = 0,
    *,
    n_components: int = 100,
    n_init: int = 10,
    title_weight: float = 5.0,
    refine: bool = True,
    restarts: int = 3,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """Partition the articles into ``k`` clusters of similar vocabulary.

    1. Counts of title and body (see :func:`vectorize`), with each title word counted
       ``title_weight`` times: a headline states the subject the body elaborates.
    2. Sublinear TF-IDF -> LSA with ``n_components`` axes (an SVD in single precision,
       :data:`LSA_DTYPE`), leaving out the first (the "average article" axis) -> rows scaled to
       unit length -> k-means, best of ``n_init`` starts. On
       unit vectors k-means groups by cosine similarity (spherical k-means), which suits texts
       of different lengths.
    3. With ``refine``, complement naive Bayes on the raw counts reassigns articles until the
       partition settles (a hard EM on words).
    4. Steps 2 (k-means) and 3 run ``restarts`` times from different seeds, and the partition
       that agrees best with the others (highest mean adjusted Rand index) is kept: the
       refinement can carry an unlucky start to a different split, and the consensus choice
       avoids it without looking at any label.

    Clusters are numbered from 0 by size, largest first. What each step is worth on ANT is
    measured by ``benchmarks/topics_eval.py`` (figures in ``benchmarks/results/topics.md``).

    Returns
    -------
    DataFrame
        ``article_id, cluster, distance, confidence`` (+ ``outlet`` when present):
        ``distance`` is the Euclidean distance to the cluster centre (mean of its members) in
        the normalised LSA space (0 = prototypical); ``confidence`` is ``1 - d1 / d2`` with
        ``d1``, ``d2`` the distances to the nearest and second nearest centres (0 = on the
        border, negative values are clipped to 0 for articles the refinement moved).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    check_cluster_settings(k, dtm, title_weight, restarts)
    points = lsa_points(
        dtm, title_weight=title_weight, n_components=n_components, random_state=random_state
    )
    seeds = restart_seeds(random_state, restarts)
    labels = consensus_partition(points, dtm.counts, k, seeds, n_init=n_init, refine=refine)
    return _cluster_table(articles, points, labels, k)


def check_cluster_settings(k: int, dtm: DocumentTerms, title_weight: float, restarts: int) -> None:
    """Raise ``ValueError`` for a ``k``, headline weight or number of restarts that cannot work."""
    check_k(k, dtm, "clusters")
    if title_weight < 1:
        raise ValueError(f"title_weight must be at least 1, not {title_weight}")
    if restarts < 1:
        raise ValueError(f"restarts must be at least 1, not {restarts}")


def lsa_points(
    dtm: DocumentTerms,
    *,
    title_weight: float = 5.0,
    n_components: int = 100,
    random_state: int = 0,
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """The articles (or the ``rows`` of them) as unit rows on LSA axes of headline-weighted TF-IDF.

    The weights (and their IDF) come from the whole corpus (:func:`headline_weights`); the SVD
    is fitted on the rows used (:func:`lsa_axes`).
    """
    weights = headline_weights(dtm, title_weight)
    return lsa_axes(weights if rows is None else weights[rows], n_components, random_state)


def restart_seeds(random_state: int, restarts: int) -> list[int]:
    """``random_state`` and ``restarts - 1`` seeds drawn from it: one per k-means run."""
    drawn = np.random.default_rng(random_state).integers(2**31, size=restarts - 1)
    return [random_state, *drawn.tolist()]


def consensus_partition(
    points: np.ndarray,
    counts: sparse.spmatrix,
    k: int,
    seeds: Sequence[int],
    *,
    n_init: int = 10,
    refine: bool = True,
) -> np.ndarray:
    """One k-means (best of ``n_init``) + refinement per seed; the run the others agree with.

    Rows of ``points`` and ``counts`` are the same articles. Returns one label per row.
    Integer counts are made float64 once here, not by naive Bayes in every round of every
    refinement (the same numbers: counts are exact in float64).
    K-means runs Elkan's algorithm: the same Lloyd iterations from the same starts, with the
    triangle inequality skipping distances that cannot change an assignment; on ANT it gives
    the labels, centres and inertia of the plain algorithm to the last bit in 0.55 of its
    time (``benchmarks/topics_page_bench.py``, ``benchmarks/results/topic_checks.md``).
    """
    if refine and k > 1 and counts.dtype != np.float64:
        counts = counts.astype(np.float64)
    partitions = []
    with single_thread():
        for seed in seeds:
            kmeans = KMeans(k, n_init=n_init, random_state=seed, algorithm="elkan")
            labels = kmeans.fit(points).labels_
            partitions.append(_refine(labels, counts) if refine and k > 1 else labels)
    return _central_partition(partitions)


def _cluster_table(
    articles: pd.DataFrame, points: np.ndarray, labels: np.ndarray, k: int
) -> pd.DataFrame:
    """The output of :func:`cluster_articles`: clusters numbered by size, distances, confidence."""
    centres = np.stack([points[labels == c].mean(axis=0) for c in range(k)])
    distances = cdist(points, centres)
    sizes = np.bincount(labels, minlength=k)
    rename = np.empty(k, dtype=int)
    rename[np.argsort(-sizes, kind="stable")] = np.arange(k)
    return assignment_table(articles, labels, distances, names=rename)


def assignment_table(
    articles: pd.DataFrame,
    labels: np.ndarray,
    distances: np.ndarray,
    names: np.ndarray | None = None,
) -> pd.DataFrame:
    """One row per article: its cluster, its distance to that cluster's centre, a confidence.

    ``distances`` holds each article's distance to every centre (rows = ``articles``).
    Confidence is ``1 - own / second-nearest`` distance: 0 on the border between two clusters,
    near 1 deep inside one. ``names`` renames the labels (for example, numbered by size); the
    distances stay indexed by the labels as given. Shared by the in-memory and Dask paths, so
    both return the same columns.
    """
    n, k = distances.shape
    own = distances[np.arange(n), labels]
    others = np.where(np.arange(k)[None, :] == labels[:, None], np.inf, distances)
    second = others.min(axis=1) if k > 1 else np.full(n, np.inf)
    confidence = 1 - np.divide(own, second, out=np.zeros(n), where=second > 0)
    result = pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "cluster": labels if names is None else names[labels],
            "distance": own,
            "confidence": np.clip(confidence, 0.0, 1.0),
        }
    )
    if "outlet" in articles.columns:
        result["outlet"] = articles["outlet"].to_numpy()
    return result


def describe_clusters(
    articles: pd.DataFrame,
    clusters: pd.DataFrame,
    *,
    n_terms: int = 10,
    n_examples: int = 3,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """One row per cluster: its size, label, top terms and most representative articles.

    Top terms are those with the highest mean TF-IDF in the cluster (readable forms); the
    representative articles are the ones nearest the cluster centre (smallest ``distance``).

    Parameters
    ----------
    articles : DataFrame
        The frame that was clustered (same ids).
    clusters : DataFrame
        Output of :func:`cluster_articles`.
    n_terms, n_examples : int
    analyzer, **vectorize_options
        The same vectorising settings as the clustering, so the terms match.

    Returns
    -------
    DataFrame
        ``cluster, label, size, share, top_terms, examples`` with ``top_terms`` a list of
        words and ``examples`` a list of article ids (or titles, when ``articles`` has them).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    ids = pd.Index(dtm.article_ids)
    rows = ids.get_indexer(clusters["article_id"].astype(str))
    if (rows < 0).any():
        raise ValueError("clusters holds article ids that are not in articles")
    names = articles.set_index(articles["article_id"].astype(str))
    show = names["title"] if "title" in names.columns else names["article_id"]
    records = []
    for cluster, members in clusters.assign(row=rows).groupby("cluster", sort=True):
        centre = np.asarray(dtm.tfidf[members["row"].to_numpy()].mean(axis=0)).ravel()
        top = [dtm.shown(dtm.terms[j]) for j in np.argsort(-centre, kind="stable")[:n_terms]]
        nearest = members.sort_values(["distance", "article_id"]).head(n_examples)
        examples = show.loc[nearest["article_id"].astype(str)].fillna("").tolist()
        records.append((cluster, top, len(members), examples))
    labels = labels_from_terms([top for _, top, _, _ in records])
    table = pd.DataFrame(records, columns=["cluster", "top_terms", "size", "examples"])
    table.insert(1, "label", labels)
    table.insert(3, "share", table["size"] / table["size"].sum())
    return table[["cluster", "label", "size", "share", "top_terms", "examples"]]

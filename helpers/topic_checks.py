"""Checks on a topic analysis: coherence for each candidate ``k``, and seed stability.

Coherence is one aid to choosing ``k``; stability says how much a clustering depends on its
seed. Both re-use the document-term matrix of :mod:`helpers.document_terms`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from helpers.analyzer import Analyzer
from helpers.clusters import (
    check_cluster_settings,
    consensus_partition,
    headline_weights,
    lsa_axes,
    pairwise_ari,
    restart_seeds,
)
from helpers.document_terms import vectorize
from helpers.topic_models import mean_npmi, top_term_indices, topic_weights

__all__ = ["ClusterStability", "cluster_stability", "coherence_by_k"]


def coherence_by_k(
    articles: pd.DataFrame,
    ks: Iterable[int],
    method: Literal["nmf", "lda"] = "nmf",
    random_state: int = 0,
    *,
    max_articles: int | None = 5000,
    n_terms: int = 10,
    n_init: int = 5,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """``k, npmi``: mean topic coherence for each candidate ``k`` (higher reads better).

    Each ``k`` is scored as :func:`~helpers.topic_models.fit_topics` would score it: the mean
    NPMI of each topic's ``n_terms`` top terms, over the whole corpus's counts. Two shortcuts
    bound the cost to one topic fit on at most ``max_articles`` articles per ``k``:

    * **One matrix.** The document-term matrix is built once for every ``k`` (and shared with
      ``fit_topics`` through the memory cache).
    * **A sample.** With more than ``max_articles`` articles, the topics are fitted on a
      uniform random sample of that size (drawn with ``random_state``, the same for every
      ``k``); their top terms are still scored on all articles. ``None``: fit on all.

    NMF starts from an SVD of rank ``k`` (NNDSVDa), so the SVD is not shared across ``k``; on
    the sample it is cheap. Every ``k`` is scored (no early stop): the table is for reading.
    Coherence is one aid to choosing ``k``, not a verdict: read the topic terms too.
    ``benchmarks/topic_checks_bench.py`` measures what the sample changes on ANT (results in
    ``benchmarks/results/topic_checks.md``).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    rows = _sample_rows(dtm.counts.shape[0], max_articles, random_state)
    sample = None if len(rows) == dtm.counts.shape[0] else rows
    columns = dtm.counts.tocsc()  # every k's terms are scored on the same columns
    records = []
    for k in ks:
        _, shares, _ = topic_weights(dtm, k, method, random_state, n_init=n_init, rows=sample)
        records.append((k, mean_npmi(columns, top_term_indices(shares, n_terms))))
    return pd.DataFrame(records, columns=["k", "npmi"])


@dataclass(frozen=True)
class ClusterStability:
    """How much a clustering depends on its seed.

    Attributes
    ----------
    mean_ari : float
        Mean adjusted Rand index over all pairs of the seeds that ran (1 = identical
        partitions).
    matrix : DataFrame
        Seed x seed ARI, for the seeds that ran (the first ones of ``seeds``).
    assignments : DataFrame
        ``article_id`` of the articles compared (all, or the sample) plus one column of cluster
        numbers per seed that ran.
    """

    mean_ari: float
    matrix: pd.DataFrame
    assignments: pd.DataFrame


def cluster_stability(
    articles: pd.DataFrame,
    k: int,
    seeds: Iterable[int] = range(5),
    *,
    max_articles: int | None = 5000,
    agreement: float | None = 0.95,
    n_components: int = 100,
    n_init: int = 10,
    title_weight: float = 5.0,
    refine: bool = True,
    restarts: int = 3,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> ClusterStability:
    """Cluster as :func:`~helpers.clusters.cluster_articles` does once per seed; compare.

    Each seed's partition is the consensus of ``restarts`` k-means + refinement runs seeded
    from it, after an LSA seeded with it, as in ``cluster_articles(articles, k, seed)``. Two
    shortcuts bound the cost to at most ``len(seeds)`` SVDs and ``len(seeds) * restarts``
    k-means + refinement runs on at most ``max_articles`` articles, whatever the corpus size:

    * **A sample.** A corpus of more than ``max_articles`` articles is checked on a uniform
      random sample of that size, drawn with the first seed, the same for every seed (the
      document-term matrix and its IDF weights are the whole corpus's, built once). This
      measures how stable the method is on that many articles of this corpus. ``None``: all.
    * **An early stop.** After three seeds, once every pair agrees at an adjusted Rand index
      of at least ``agreement``, the partition clearly does not depend on the seed, and the
      remaining seeds are skipped (``matrix`` names the seeds that ran). ``None``: all run.

    The SVD is not shared across seeds: its seed is the main source of the differences
    between seeds, so sharing it would hide what this check is for.
    ``benchmarks/topic_checks_bench.py`` measures each shortcut on ANT (results in
    ``benchmarks/results/topic_checks.md``).

    Parameters
    ----------
    articles, k
        As for :func:`~helpers.clusters.cluster_articles`, whose options follow.
    seeds : iterable of int, default range(5)
        At least two.
    max_articles : int or None, default 5000
    agreement : float or None, default 0.95
    """
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ValueError("stability needs at least two seeds")
    if max_articles is not None and max_articles < 2 * k:
        raise ValueError(f"max_articles must be at least 2k = {2 * k}, not {max_articles}")
    dtm = vectorize(articles, analyzer, **vectorize_options)
    check_cluster_settings(k, dtm, title_weight, restarts)
    rows = _sample_rows(dtm.counts.shape[0], max_articles, seeds[0])
    counts = dtm.counts[rows].astype(np.float64)  # for the refinements, converted once
    weights = headline_weights(dtm, title_weight)[rows]  # the same for every seed
    labels: list[np.ndarray] = []
    for seed in seeds:
        points = lsa_axes(weights, n_components, seed)
        run_seeds = restart_seeds(seed, restarts)
        labels.append(
            consensus_partition(points, counts, k, run_seeds, n_init=n_init, refine=refine)
        )
        matrix = pairwise_ari(labels)
        if agreement is not None and len(labels) >= 3 and matrix.min() >= agreement:
            break
    ran = seeds[: len(labels)]
    assignments = pd.DataFrame({"article_id": articles["article_id"].to_numpy()[rows]})
    for seed, column in zip(ran, labels, strict=True):
        assignments[seed] = column
    return ClusterStability(
        mean_ari=float(matrix[np.triu_indices(len(ran), k=1)].mean()),
        matrix=pd.DataFrame(matrix, index=ran, columns=ran),
        assignments=assignments,
    )


def _sample_rows(n_rows: int, max_rows: int | None, seed: int) -> np.ndarray:
    """All row numbers, or ``max_rows`` of them drawn uniformly with ``seed``, in order."""
    if max_rows is None or n_rows <= max_rows:
        return np.arange(n_rows)
    return np.sort(np.random.default_rng(seed).choice(n_rows, max_rows, replace=False))

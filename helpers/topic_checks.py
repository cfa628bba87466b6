"""Checks on a topic analysis: coherence for each candidate ``k``, and seed stability.

Coherence is one aid to choosing ``k``; stability says how much a clustering depends on its
seed. Both re-use the document-term matrix of :mod:`helpers.document_terms`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.clusters import cluster_articles, pairwise_ari
from helpers.topic_models import fit_topics

__all__ = ["ClusterStability", "cluster_stability", "coherence_by_k"]


def coherence_by_k(
    articles: pd.DataFrame,
    ks: Iterable[int],
    method: str = "nmf",
    random_state: int = 0,
    **options,
) -> pd.DataFrame:
    """``k, npmi``: mean topic coherence for each candidate ``k`` (higher reads better).

    Coherence is one aid to choosing ``k``, not a verdict: read the topic terms too.
    """
    rows = [
        (k, fit_topics(articles, k, method, random_state, **options).mean_coherence) for k in ks
    ]
    return pd.DataFrame(rows, columns=["k", "npmi"])


@dataclass(frozen=True)
class ClusterStability:
    """How much a clustering depends on its seed.

    Attributes
    ----------
    mean_ari : float
        Mean adjusted Rand index over all pairs of seeds (1 = identical partitions).
    matrix : DataFrame
        Seed x seed ARI.
    assignments : DataFrame
        ``article_id`` plus one column of cluster numbers per seed.
    """

    mean_ari: float
    matrix: pd.DataFrame
    assignments: pd.DataFrame


def cluster_stability(
    articles: pd.DataFrame,
    k: int,
    seeds: Iterable[int] = range(5),
    **options,
) -> ClusterStability:
    """Cluster once per seed (SVD and k-means both re-seeded) and compare the partitions.

    ``**options`` go to :func:`cluster_articles`.
    """
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ValueError("stability needs at least two seeds")
    labels = [cluster_articles(articles, k, seed, **options)["cluster"] for seed in seeds]
    matrix = pairwise_ari(labels)
    pairs = matrix[np.triu_indices(len(seeds), k=1)]
    assignments = pd.DataFrame({"article_id": articles["article_id"].to_numpy()})
    for seed, column in zip(seeds, labels, strict=True):
        assignments[seed] = column.to_numpy()
    return ClusterStability(
        mean_ari=float(pairs.mean()),
        matrix=pd.DataFrame(matrix, index=seeds, columns=seeds),
        assignments=assignments,
    )

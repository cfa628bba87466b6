"""Maps: 2-D coordinates of the articles, where nearby articles share vocabulary.

:func:`article_map` reduces TF-IDF with LSA, then t-SNE, for a scatter plot
(:func:`helpers.plotting.cluster_map` draws it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.decomposition import TruncatedSVD
from sklearn.manifold import TSNE
from sklearn.preprocessing import normalize as l2_normalize

from helpers.analyzer import Analyzer
from helpers.document_terms import single_thread, vectorize

__all__ = ["article_map"]


def article_map(
    articles: pd.DataFrame,
    clusters: pd.DataFrame | None = None,
    random_state: int = 0,
    *,
    max_points: int = 2000,
    n_components: int = 50,
    perplexity: float = 30.0,
    max_iter: int = 500,
    angle: float = 0.8,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """2-D coordinates for a scatter plot where nearby articles share vocabulary.

    LSA (``n_components``) then t-SNE (``init="pca"``, seeded). t-SNE's cost grows fast with
    the number of points, so a corpus larger than ``max_points`` is mapped on a random sample
    of that size (seeded; the rows not drawn are absent from the result). With fewer than five
    articles t-SNE is meaningless and the first two LSA axes are returned instead.

    t-SNE takes ``max_iter`` gradient steps (the first 250 of them with early exaggeration).
    500, half scikit-learn's default, is where the map has settled: on ANT's 2,000-point map
    the 500-step map keeps 92% of each article's ten nearest neighbours of the 1,000-step map
    (1,500 steps keep 96%, so 1,000 still moves too), with the same trustworthiness (0.989),
    while an SVD seeded differently keeps 69%: fewer steps move the map a quarter as much as
    a seed does, at half the cost (``benchmarks/topic_shortcuts_bench.py``, figures in
    ``benchmarks/results/topic_checks.md``).

    The gradient is Barnes-Hut's approximation with ``angle`` 0.8 (scikit-learn's default 0.5;
    its documentation gives 0.2-0.8 as the useful range): a coarser summary of far-away points,
    at 0.7 of the CPU time. On the same ANT map it keeps 93% of each article's ten nearest
    neighbours of the 0.5 map, with the same final KL divergence (1.047 against 1.044) and
    trustworthiness (0.989), where an SVD seeded differently keeps 70%.

    Returns
    -------
    DataFrame
        ``article_id, x, y`` plus ``cluster`` (from ``clusters``) and ``outlet`` (when present).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    rows = np.arange(len(dtm.article_ids))
    if len(rows) > max_points:
        rows = np.sort(np.random.default_rng(random_state).choice(rows, max_points, replace=False))
    if len(rows) < 3 or dtm.terms.size < 3:
        raise ValueError(
            f"a map needs at least 3 articles and 3 terms, got {len(rows)} and {dtm.terms.size}"
        )
    reduced = TruncatedSVD(
        max(2, min(n_components, len(rows) - 1, dtm.terms.size - 1)), random_state=random_state
    )
    with single_thread():
        points = l2_normalize(reduced.fit_transform(dtm.tfidf[rows]))
        if len(rows) >= 5:
            tsne = TSNE(
                2,
                perplexity=min(perplexity, (len(rows) - 1) / 3),
                init="pca",
                max_iter=max_iter,
                angle=angle,
                random_state=random_state,
            )
            points = tsne.fit_transform(points)
    result = pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy()[rows],
            "x": points[:, 0],
            "y": points[:, 1],
        }
    )
    if clusters is not None:
        result = result.merge(clusters[["article_id", "cluster"]], on="article_id", how="left")
    if "outlet" in articles.columns:
        result["outlet"] = articles["outlet"].to_numpy()[rows]
    return result

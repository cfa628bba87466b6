"""What the articles are about: document-term matrices, topics, clusters, maps and prevalence.

One import for notebooks: every name here is defined in the module that does its job.

* :mod:`helpers.document_terms`: :func:`vectorize` counts the analyzer's terms (title and
  body) and weights them by sublinear TF-IDF, cached in memory and on disk.
* :mod:`helpers.topic_models`: :func:`fit_topics` (NMF on TF-IDF or LDA on counts, each topic
  scored by NPMI coherence) and :func:`topic_prevalence` (each topic's share per outlet or
  period).
* :mod:`helpers.clusters`: :func:`cluster_articles` (headline-weighted LSA, spherical k-means,
  naive Bayes refinement, consensus of a few runs) and :func:`describe_clusters`.
* :mod:`helpers.topic_checks`: :func:`coherence_by_k` and :func:`cluster_stability`.
* :mod:`helpers.article_maps`: :func:`article_map`, 2-D coordinates for a scatter plot.

Nothing here plots: :mod:`helpers.plotting` draws these frames.
"""

from __future__ import annotations

from helpers.article_maps import article_map
from helpers.clusters import cluster_articles, describe_clusters
from helpers.document_terms import (
    DocumentTerms,
    article_texts,
    clear_cache,
    single_thread,
    vectorize,
)
from helpers.topic_checks import ClusterStability, cluster_stability, coherence_by_k
from helpers.topic_models import (
    MISSING_GROUP,
    NMF_MAX_ITER,
    PERIODS,
    TopicModel,
    fit_topics,
    npmi_coherence,
    topic_prevalence,
)

__all__ = [
    "MISSING_GROUP",
    "NMF_MAX_ITER",
    "PERIODS",
    "ClusterStability",
    "DocumentTerms",
    "TopicModel",
    "article_map",
    "article_texts",
    "clear_cache",
    "cluster_articles",
    "cluster_stability",
    "coherence_by_k",
    "describe_clusters",
    "fit_topics",
    "npmi_coherence",
    "single_thread",
    "topic_prevalence",
    "vectorize",
]

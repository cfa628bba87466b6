"""Tests for helpers.topic_checks: coherence for each k and seed stability.

The corpus (``topic_corpus``) was written for these tests.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics import adjusted_rand_score
from topic_corpus import make_articles

from helpers import clusters, topics


@pytest.fixture
def articles() -> pd.DataFrame:
    return make_articles()[0]


def test_coherence_is_higher_for_the_true_number_of_topics(articles):
    table = topics.coherence_by_k(articles, [2, 3])
    assert list(table["k"]) == [2, 3]
    # Two topics must merge two subjects whose words never meet: NPMI drops.
    assert table.set_index("k")["npmi"][3] > table.set_index("k")["npmi"][2]


def test_cluster_stability_is_perfect_on_separate_subjects(articles):
    stability = topics.cluster_stability(articles, 3, seeds=range(3))
    assert stability.mean_ari == pytest.approx(1.0)
    assert stability.matrix.shape == (3, 3)
    with pytest.raises(ValueError, match="two seeds"):
        topics.cluster_stability(articles, 3, seeds=[0])


def test_cluster_stability_averages_pairwise_ari():
    # k=5 on three subjects splits them arbitrarily, so seeds disagree; the summary must be
    # the mean of the three off-diagonal ARIs of a symmetric matrix with a unit diagonal.
    articles, _ = make_articles()
    stability = topics.cluster_stability(articles, 5, seeds=[0, 1, 2])
    m = stability.matrix.to_numpy()
    assert stability.mean_ari == pytest.approx((m[0, 1] + m[0, 2] + m[1, 2]) / 3)
    assert np.allclose(np.diag(m), 1.0) and np.allclose(m, m.T)


def test_coherence_by_k_scores_each_k_as_fit_topics_does(articles):
    table = topics.coherence_by_k(articles, [2, 3, 4], max_articles=None, n_terms=6)
    expected = [topics.fit_topics(articles, k, n_terms=6).mean_coherence for k in (2, 3, 4)]
    assert table["npmi"].tolist() == pytest.approx(expected)
    # A "sample" as large as the corpus is the corpus.
    same = topics.coherence_by_k(articles, [2, 3, 4], max_articles=len(articles), n_terms=6)
    pd.testing.assert_frame_equal(same, table)


def test_coherence_by_k_on_a_sample_still_prefers_the_true_k(articles):
    table = topics.coherence_by_k(articles, [2, 3], max_articles=9).set_index("k")["npmi"]
    assert table[3] > table[2]
    with pytest.raises(ValueError, match="sample of 9"):
        topics.coherence_by_k(articles, [10], max_articles=9, min_df=1)


def test_stability_stops_once_every_pair_of_seeds_agrees(articles):
    # Three separate subjects: every seed finds them, so after three seeds the answer is clear.
    early = topics.cluster_stability(articles, 3, seeds=range(6))
    assert list(early.matrix.index) == [0, 1, 2] and early.mean_ari == pytest.approx(1.0)
    assert list(early.assignments.columns) == ["article_id", 0, 1, 2]
    every = topics.cluster_stability(articles, 3, seeds=range(6), agreement=None)
    assert list(every.matrix.index) == list(range(6))


def test_stability_checks_a_sample_the_same_for_every_seed(articles):
    stability = topics.cluster_stability(articles, 3, seeds=[4, 5], max_articles=8)
    sample = stability.assignments["article_id"]
    assert len(sample) == 8 and sample.is_unique and set(sample) <= set(articles["article_id"])
    # The sample follows the article order and depends on the first seed only.
    assert list(sample) == sorted(sample)
    again = topics.cluster_stability(articles, 3, seeds=[4, 6], max_articles=8)
    assert list(again.assignments["article_id"]) == list(sample)
    with pytest.raises(ValueError, match="max_articles"):
        topics.cluster_stability(articles, 3, max_articles=5)


class CountingKMeans(KMeans):
    """scikit-learn's KMeans, recording the number of rows of every fit (a spy, not a mock)."""

    fits: list[int] = []

    def fit(self, X, y=None, sample_weight=None):
        CountingKMeans.fits.append(X.shape[0])
        return super().fit(X, y, sample_weight)


class CountingSVD(TruncatedSVD):
    """scikit-learn's TruncatedSVD, recording the number of rows of every fit."""

    fits: list[int] = []

    def fit_transform(self, X, y=None):
        CountingSVD.fits.append(X.shape[0])
        return super().fit_transform(X, y)


def test_stability_costs_one_svd_and_restarts_runs_per_seed_on_the_sample(articles, monkeypatch):
    monkeypatch.setattr(clusters, "KMeans", CountingKMeans)
    monkeypatch.setattr(clusters, "TruncatedSVD", CountingSVD)
    CountingKMeans.fits, CountingSVD.fits = [], []
    topics.cluster_stability(
        articles, 5, seeds=[0, 1, 2, 3], restarts=2, max_articles=10, agreement=None
    )
    assert CountingSVD.fits == [10] * 4 and CountingKMeans.fits == [10] * 8


class CountingTfidf(TfidfTransformer):
    """scikit-learn's TfidfTransformer, recording the number of rows of every fit."""

    fits: list[int] = []

    def fit(self, X, y=None):
        CountingTfidf.fits.append(X.shape[0])
        return super().fit(X, y)


def test_stability_weights_the_headlines_once_for_every_seed(articles, monkeypatch):
    # The headline-weighted TF-IDF depends on no seed: one fit on the whole corpus (its IDF),
    # whatever the number of seeds; cluster_articles fits it once too.
    monkeypatch.setattr(clusters, "TfidfTransformer", CountingTfidf)
    CountingTfidf.fits = []
    topics.cluster_stability(articles, 5, seeds=[0, 1, 2, 3], max_articles=10, agreement=None)
    assert CountingTfidf.fits == [len(articles)]


def test_each_seed_of_the_check_is_that_seed_of_cluster_articles(articles):
    # On a corpus below the sample size, the check's partition for a seed is exactly what
    # cluster_articles gives with that seed (up to cluster numbering: ARI 1).
    stability = topics.cluster_stability(articles, 5, seeds=[3, 8], agreement=None)
    for seed in (3, 8):
        alone = topics.cluster_articles(articles, 5, seed)["cluster"]
        assert adjusted_rand_score(alone, stability.assignments[seed]) == 1.0

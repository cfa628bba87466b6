"""Tests for helpers.topic_checks: coherence for each k and seed stability.

The corpus (``topic_corpus``) was written for these tests.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from topic_corpus import make_articles

from helpers import topics


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

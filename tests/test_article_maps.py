"""Tests for helpers.article_maps: 2-D coordinates that keep subjects apart.

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


# --------------------------------------------------------------------------- map


def test_article_map_places_subjects_apart(articles):
    clusters = topics.cluster_articles(articles, 3)
    points = topics.article_map(articles, clusters)
    assert list(points.columns) == ["article_id", "x", "y", "cluster", "outlet"]
    assert len(points) == 12
    xy = points[["x", "y"]].to_numpy()
    _, truth = make_articles()
    within = np.mean(
        [
            np.linalg.norm(xy[i] - xy[j])
            for i in range(12)
            for j in range(12)
            if i < j and truth[i] == truth[j]
        ]
    )
    between = np.mean(
        [
            np.linalg.norm(xy[i] - xy[j])
            for i in range(12)
            for j in range(12)
            if truth[i] != truth[j]
        ]
    )
    assert within < between


def test_article_map_samples_large_corpora(articles):
    points = topics.article_map(articles, max_points=6)
    assert len(points) == 6 and set(points["article_id"]) <= set(articles["article_id"])
    with pytest.raises(ValueError, match="at least 3"):
        topics.article_map(articles.head(2), min_df=1)

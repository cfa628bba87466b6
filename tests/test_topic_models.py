"""Tests for helpers.topic_models: NPMI by hand, NMF/LDA topics, prevalence by hand.

The corpus (``topic_corpus``) was written for these tests.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from sklearn.metrics import adjusted_rand_score
from topic_corpus import corpus_words, make_articles

from helpers import topic_models, topics
from helpers.arabic import normalize


@pytest.fixture
def articles() -> pd.DataFrame:
    return make_articles()[0]


# --------------------------------------------------------------------------- topics


def test_npmi_matches_hand_computation():
    # Four documents; a in docs 0,1; b in docs 0,1,2; c in doc 3.
    counts = sparse.csr_matrix(np.array([[1, 2, 0], [1, 1, 0], [0, 1, 0], [0, 0, 3]]))
    # P(a)=1/2, P(b)=3/4, P(a,b)=1/2: log((1/2)/(3/8)) / -log(1/2) = log(4/3) / log(2).
    npmi_ab = math.log(4 / 3) / math.log(2)
    assert topics.npmi_coherence(counts, [0, 1]) == pytest.approx(npmi_ab)
    assert npmi_ab == pytest.approx(0.41504, abs=1e-5)
    # a-c and b-c never co-occur: -1 each; mean over the three pairs.
    assert topics.npmi_coherence(counts, [0, 1, 2]) == pytest.approx((npmi_ab - 2) / 3)
    # Callers that score many topics hand over the columns once (CSC): the same scores.
    assert topics.npmi_coherence(counts.tocsc(), [0, 1]) == pytest.approx(npmi_ab)
    assert topic_models.mean_npmi(counts, [[0, 1], [0, 1, 2], [2]]) == pytest.approx(
        (npmi_ab + (npmi_ab - 2) / 3) / 2
    )


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_fit_topics_recovers_the_three_subjects(articles, method):
    _, truth = make_articles()
    model = topics.fit_topics(articles, 3, method)
    dominant = model.dominant()
    assert list(dominant["article_id"]) == list(articles["article_id"])
    assert adjusted_rand_score(truth, dominant["topic"]) == 1.0
    weights = model.doc_topics.groupby("article_id")["weight"].sum()
    assert np.allclose(weights, 1.0)
    assert set(model.doc_topics.columns) >= {"article_id", "topic", "label", "weight", "outlet"}


def test_topic_terms_are_words_of_the_corpus(articles):
    model = topics.fit_topics(articles, 3, "nmf", n_terms=8)
    words = corpus_words(articles)
    shown = model.terms["term"].tolist()
    assert all(normalize(term) in words for term in shown), set(map(normalize, shown)) - words
    # Light stems such as مبارا or عقوب are not shown; the words they stand for are.
    assert "مبارا" not in shown and "مباراة" in shown
    assert set(model.terms.columns) == {"topic", "label", "rank", "term", "weight", "stem"}
    assert model.terms.groupby("topic")["rank"].apply(list).map(lambda r: r == sorted(r)).all()
    assert model.labels[0] == "، ".join(model.terms.query("topic == 0")["term"].head(3))


def test_fit_topics_is_deterministic(articles):
    first = topics.fit_topics(articles, 3, "nmf", random_state=7)
    topics.clear_cache()
    second = topics.fit_topics(articles, 3, "nmf", random_state=7)
    pd.testing.assert_frame_equal(first.terms, second.terms)
    pd.testing.assert_frame_equal(first.doc_topics, second.doc_topics)


def test_nmf_that_stops_at_its_iteration_cap_says_so_without_warning(articles, monkeypatch):
    assert topics.fit_topics(articles, 3, "nmf").converged
    monkeypatch.setattr("helpers.topic_models.NMF_MAX_ITER", 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a ConvergenceWarning would fail the test
        assert not topics.fit_topics(articles, 3, "nmf").converged


def test_fit_topics_rejects_impossible_requests(articles):
    with pytest.raises(ValueError, match="k=20"):
        topics.fit_topics(articles, 20)
    with pytest.raises(ValueError, match="method"):
        topics.fit_topics(articles, 2, "kmeans")
    with pytest.raises(ValueError, match="positive"):
        topics.fit_topics(articles, 0)


# --------------------------------------------------------------------------- prevalence


def test_prevalence_matches_hand_computation():
    doc_topics = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c", "c"],
            "topic": [0, 1, 0, 1, 0, 1],
            "weight": [0.8, 0.2, 0.4, 0.6, 0.0, 1.0],
        }
    )
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "X", None]})
    table = topics.topic_prevalence(doc_topics, articles, by="outlet")
    share = table.set_index(["group", "topic"])["share"]
    # Outlet X: topic 0 = (0.8 + 0.4) / 2 = 0.6, topic 1 = (0.2 + 0.6) / 2 = 0.4.
    assert share["X", 0] == pytest.approx(0.6) and share["X", 1] == pytest.approx(0.4)
    # The article without an outlet is kept, in its own group.
    assert share[topics.MISSING_GROUP, 1] == pytest.approx(1.0)
    assert np.allclose(table.groupby("group")["share"].sum(), 1.0)
    # Each row says how many articles its group's shares rest on: X has a and b, (missing) c.
    assert table.set_index(["group", "topic"])["articles"].to_dict() == {
        ("X", 0): 2,
        ("X", 1): 2,
        (topics.MISSING_GROUP, 0): 1,
        (topics.MISSING_GROUP, 1): 1,
    }


def test_prevalence_by_month_sums_to_one(articles):
    model = topics.fit_topics(articles, 3)
    table = topics.topic_prevalence(model.doc_topics, by="month")
    assert sorted(table["group"].unique()) == ["2022-01", "2022-02"]
    assert np.allclose(table.groupby("group")["share"].sum(), 1.0)
    assert "label" in table.columns


def test_prevalence_of_hard_clusters_counts_articles(articles):
    clusters = topics.cluster_articles(articles, 3)
    table = topics.topic_prevalence(clusters, by="outlet")
    # Each outlet has 6 articles, 2 per subject: every cluster holds 2/6 of each outlet.
    assert np.allclose(table["share"], 2 / 6)
    with pytest.raises(ValueError, match="region"):
        topics.topic_prevalence(clusters, articles, by="region")


def test_topics_read_from_the_disk_cache_equal_the_fitted_ones(articles, tmp_path):
    # the comparison page fits the topics page's topics again: it reads them from the cache
    fitted = topics.fit_topics(articles, 3, "nmf", n_terms=6)
    stored = topics.fit_topics(articles, 3, "nmf", n_terms=6, cache_dir=tmp_path)
    entries = sorted(p.name for p in tmp_path.glob("topic-weights-*"))
    assert len(entries) == 1
    read = topics.fit_topics(articles, 3, "nmf", n_terms=6, cache_dir=tmp_path)
    for model in (stored, read):
        pd.testing.assert_frame_equal(model.terms, fitted.terms)
        pd.testing.assert_frame_equal(model.doc_topics, fitted.doc_topics)
        pd.testing.assert_frame_equal(model.coherence, fitted.coherence)
    assert sorted(p.name for p in tmp_path.glob("topic-weights-*")) == entries  # a hit
    # another k, seed or method is another entry
    topics.fit_topics(articles, 2, "nmf", cache_dir=tmp_path)
    topics.fit_topics(articles, 3, "nmf", random_state=1, cache_dir=tmp_path)
    topics.fit_topics(articles, 3, "lda", n_init=1, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("topic-weights-*"))) == 4

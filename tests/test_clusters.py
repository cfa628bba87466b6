"""Tests for helpers.clusters: partitions, the naive Bayes refinement by hand, descriptions.

The corpus (``topic_corpus``) was written for these tests; one test reads ANT when present.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from topic_corpus import SUBJECTS, corpus_words, make_articles

from helpers import clusters, topics
from helpers.arabic import normalize


@pytest.fixture
def articles() -> pd.DataFrame:
    return make_articles()[0]


# --------------------------------------------------------------------------- clusters


@pytest.mark.parametrize("n_subjects", [2, 3])
def test_cluster_articles_recovers_obvious_subjects(n_subjects):
    articles, truth = make_articles(SUBJECTS[:n_subjects])
    clusters = topics.cluster_articles(articles, n_subjects)
    assert list(clusters.columns) == ["article_id", "cluster", "distance", "confidence", "outlet"]
    assert adjusted_rand_score(truth, clusters["cluster"]) == 1.0
    assert clusters["confidence"].between(0, 1).all() and (clusters["distance"] >= 0).all()


def test_cluster_articles_works_on_ids_and_bodies_only(articles):
    bare = articles[["article_id", "body"]]
    _, truth = make_articles()
    clusters = topics.cluster_articles(bare, 3, random_state=3)
    assert normalized_mutual_info_score(truth, clusters["cluster"]) == 1.0
    again = topics.cluster_articles(bare, 3, random_state=3)
    pd.testing.assert_frame_equal(clusters, again)


def test_refinement_moves_a_misfiled_article():
    # Words a, b. Articles 0-2 use only a, 3-5 only b; article 2 starts in cluster 1.
    counts = sparse.csr_matrix([[3, 0]] * 3 + [[0, 3]] * 3)
    start = np.array([0, 0, 1, 1, 1, 1])
    # Complement NB (alpha 0.3) scores a class by -sum x_i log(share of word i outside it).
    # Outside cluster 0 (articles 2-5): a 3, b 9 -> shares 3.3/12.9, 9.3/12.9.
    # Outside cluster 1 (articles 0-1): a 6, b 0 -> shares 6.3/6.6, 0.3/6.6.
    # Article 2 (a x3): cluster 0 scores -3 log(3.3/12.9) = 4.09, cluster 1 -3 log(6.3/6.6) = 0.14.
    # Articles 3-5 (b x3): cluster 0 -3 log(9.3/12.9) = 0.98, cluster 1 -3 log(0.3/6.6) = 9.27.
    assert -3 * math.log(3.3 / 12.9) == pytest.approx(4.09, abs=0.01)
    assert -3 * math.log(0.3 / 6.6) == pytest.approx(9.27, abs=0.01)
    assert clusters._refine(start, counts).tolist() == [0, 0, 0, 1, 1, 1]


def test_refinement_never_empties_a_cluster():
    # Identical articles: both complements have the same word shares, every article ties and
    # goes to cluster 0, which would empty cluster 1; the starting partition is kept.
    counts = sparse.csr_matrix([[1, 1]] * 3)
    assert clusters._refine(np.array([0, 0, 1]), counts).tolist() == [0, 0, 1]


def test_elkan_k_means_gives_the_partition_of_plain_k_means(articles):
    # consensus_partition runs Elkan's algorithm for speed: the same starts and iterations.
    dtm = topics.vectorize(articles)
    points = clusters.lsa_points(dtm)
    elkan = clusters.consensus_partition(points, dtm.counts, 3, [0], refine=False)
    plain = KMeans(3, n_init=10, random_state=0, algorithm="lloyd").fit(points).labels_
    assert elkan.tolist() == plain.tolist()


def test_single_precision_lsa_keeps_the_geometry_and_the_partition(articles, monkeypatch):
    # The SVD runs in float32 for speed; the points come back as float64 unit rows whose
    # cosine similarities are those of the double-precision LSA to about 1e-5, and the
    # clusters are the same groups of articles (their numbers are arbitrary names: which group
    # is called 0 may differ between library versions).
    dtm = topics.vectorize(articles)
    single = clusters.lsa_points(dtm)
    single_clusters = topics.cluster_articles(articles, 3)
    monkeypatch.setattr(clusters, "LSA_DTYPE", np.float64)
    double = clusters.lsa_points(dtm)
    assert single.dtype == np.float64 and single.shape == double.shape
    assert np.allclose(np.linalg.norm(single, axis=1), 1.0)
    assert np.abs(single @ single.T - double @ double.T).max() < 1e-4
    double_clusters = topics.cluster_articles(articles, 3)
    assert _groups(single_clusters) == _groups(double_clusters)


def _groups(clustered):
    """The partition of a cluster table: the sets of article ids that share a cluster."""
    return {frozenset(ids) for ids in clustered.groupby("cluster")["article_id"].agg(list)}


def test_the_central_partition_is_the_one_the_others_agree_with():
    first = np.array([0, 0, 1, 1, 2, 2])
    relabelled = np.array([1, 1, 0, 0, 2, 2])  # the same partition: ARI 1 with the first
    odd = np.array([0, 1, 0, 1, 0, 1])  # ARI with the others below 0
    assert adjusted_rand_score(first, odd) < 0
    assert clusters._central_partition([odd, first, relabelled]) is first


@pytest.mark.parametrize(("option", "value"), [("title_weight", 0.5), ("restarts", 0)])
def test_cluster_articles_rejects_bad_settings(articles, option, value):
    with pytest.raises(ValueError, match=option):
        topics.cluster_articles(articles, 3, **{option: value})


def test_describe_clusters(articles):
    articles = articles.assign(title=[f"عنوان {i}" for i in range(len(articles))])
    clusters = topics.cluster_articles(articles, 3)
    table = topics.describe_clusters(articles, clusters, n_terms=5, n_examples=2)
    assert table["size"].tolist() == [4, 4, 4] and table["share"].sum() == pytest.approx(1.0)
    sport = table[table["top_terms"].map(lambda ts: "مباراة" in ts or "منتخب" in ts)]
    assert len(sport) == 1
    assert all(len(e) == 2 and e[0].startswith("عنوان") for e in table["examples"])
    words = corpus_words(articles)
    assert all(normalize(t) in words for ts in table["top_terms"] for t in ts)


# --------------------------------------------------------------------------- real data


def test_sport_and_economy_separate_on_ant(shared_data):
    path = shared_data / "ant_corpus_v2.1_multisource" / "ant_v2.1_multisource.csv.gz"
    frame = pd.read_csv(path, usecols=["docno", "cat", "text"]).dropna()
    sample = (
        frame[frame["cat"].isin(["sport", "economy"])]
        .drop_duplicates("text")
        .groupby("cat")
        .sample(100, random_state=0)
        .rename(columns={"docno": "article_id", "text": "body"})
    )
    clusters = topics.cluster_articles(sample, 2)
    assert normalized_mutual_info_score(sample["cat"], clusters["cluster"]) > 0.7


def test_assignment_table_by_hand() -> None:
    from helpers.clusters import assignment_table

    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"]})
    distances = np.array([[1.0, 3.0], [2.0, 2.0], [4.0, 1.0]])
    table = assignment_table(articles, np.array([0, 0, 1]), distances, names=np.array([1, 0]))
    assert table["cluster"].tolist() == [1, 1, 0]  # renamed; distances read by the labels given
    assert table["distance"].tolist() == [1.0, 2.0, 1.0]
    # 1 - own / second nearest: 1 - 1/3, on the border (2 = 2), 1 - 1/4
    assert np.allclose(table["confidence"], [2 / 3, 0.0, 0.75])
    assert table["outlet"].tolist() == ["X", "Y", "X"]

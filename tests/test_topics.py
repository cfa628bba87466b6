"""Tests for helpers.topics: vectorising, topics, clusters, prevalence, maps, stability.

The small corpora below were written for these tests: three subjects (football, oil and
markets, phones and apps) that share no content words, so the right partition is known.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from helpers import cache, topics
from helpers.arabic import Analyzer, normalize, strip_clitics, tokenize

SPORT = [
    "فاز المنتخب الوطني في مباراة كرة القدم بهدفين وسجل اللاعب الهدف الثاني في الدقيقة الأخيرة.",
    "خسر الفريق المباراة أمام المنتخب وغاب اللاعب المصاب عن البطولة، وقال المدرب إن الهزيمة مؤلمة.",
    "تأهل المنتخب إلى نهائي البطولة بعد مباراة صعبة، وسجل اللاعبون ثلاثة أهداف في الشوط الثاني.",
    "أعلن المدرب تشكيلة الفريق للمباراة المقبلة في البطولة، وعاد اللاعب إلى المنتخب بعد الإصابة.",
]
ECONOMY = [
    "ارتفعت أسعار النفط في الأسواق العالمية وتراجع الدولار بعد فرض العقوبات على صادرات الخام.",
    "انخفضت أسعار الذهب في الأسواق وصعد الدولار، وقال محللون إن العقوبات ترفع أسعار النفط.",
    "قال البنك المركزي إن التضخم ارتفع مع أسعار النفط، وإن الأسواق تنتظر قرار الفائدة والدولار.",
    "تراجعت صادرات النفط بسبب العقوبات، وهبطت الأسواق المالية وارتفع سعر الدولار أمام العملات.",
]
TECHNOLOGY = [
    "أطلقت الشركة هاتفا ذكيا جديدا بتطبيقات تعمل بالذكاء الاصطناعي ومعالج أسرع للمستخدمين.",
    "كشف التطبيق الجديد عن ميزة للذكاء الاصطناعي تحسن صور الهاتف، وقال المستخدمون إنها مفيدة.",
    "يعمل المعالج الجديد في الهاتف على تشغيل تطبيقات الذكاء الاصطناعي دون اتصال بالإنترنت.",
    "حدثت الشركة تطبيقات الهاتف وأضافت للمستخدمين أدوات ذكاء اصطناعي لكتابة الرسائل والصور.",
]
SUBJECTS = [SPORT, ECONOMY, TECHNOLOGY]


def make_articles(subjects: list[list[str]] = SUBJECTS) -> tuple[pd.DataFrame, np.ndarray]:
    """A hand-built frame (ids, bodies, two outlets, dates) and the true subject of each row."""
    bodies = [body for subject in subjects for body in subject]
    truth = np.repeat(np.arange(len(subjects)), [len(s) for s in subjects])
    n = len(bodies)
    articles = pd.DataFrame(
        {
            "article_id": [f"art{i:02d}" for i in range(n)],
            "body": bodies,
            "outlet": ["الأولى" if i % 2 else "الثانية" for i in range(n)],
            "date": pd.to_datetime(
                ["2022-01-15" if i < n // 2 else "2022-02-10" for i in range(n)]
            ),
        }
    )
    return articles, truth


@pytest.fixture
def articles() -> pd.DataFrame:
    return make_articles()[0]


def corpus_words(frame: pd.DataFrame) -> set[str]:
    """Every word of the bodies, normalised and clitic-stripped."""
    return {strip_clitics(normalize(t)) for body in frame["body"] for t in tokenize(body)}


# --------------------------------------------------------------------------- vectorize


def test_vectorize_counts_clitic_forms_together_and_displays_a_word(articles):
    dtm = topics.vectorize(articles)
    terms = list(dtm.terms)
    # العقوبات (x3) and the light stem: one column, counted in the three articles using it.
    sanctions = terms.index("عقوب")
    assert dtm.counts[:, sanctions].toarray().ravel().tolist() == [0] * 4 + [1, 1, 0, 1] + [0] * 4
    assert dtm.shown("عقوب") == "عقوبات"
    # The display keeps the hamza that normalisation folds: أسعار (x4) -> shown with it.
    assert dtm.shown("اسعار") == "أسعار"
    assert dtm.tfidf.shape == dtm.counts.shape == (12, len(terms))


def test_vectorize_prunes_by_document_frequency(articles):
    dtm = topics.vectorize(articles, min_df=2, max_df=0.5)
    df = np.asarray((dtm.counts > 0).sum(axis=0)).ravel()
    assert df.min() >= 2 and df.max() <= 6
    everything = topics.vectorize(articles, min_df=1, max_df=1.0)
    assert everything.terms.size > dtm.terms.size


def test_vectorize_is_cached_in_memory_and_on_disk(articles, tmp_path):
    topics.clear_cache()
    first = topics.vectorize(articles, cache_dir=tmp_path)
    assert topics.vectorize(articles, cache_dir=tmp_path) is first
    assert len(list(tmp_path.glob("*.pkl"))) == 1
    topics.clear_cache()
    from_disk = topics.vectorize(articles, cache_dir=tmp_path)
    assert from_disk is not first
    assert (from_disk.tfidf != first.tfidf).nnz == 0
    assert list(from_disk.terms) == list(first.terms)
    # A different body is a different corpus: a different key.
    changed = articles.assign(body=articles["body"].str.replace("النفط", "الغاز"))
    assert topics.vectorize(changed).key != first.key


class FourLetterAnalyzer(Analyzer):
    """The project's analyzer with its terms cut to four letters: same settings, other terms."""

    def __call__(self, text: str) -> list[str]:
        return [term[:4] for term in super().__call__(text)]


def test_a_changed_analyzer_never_reuses_an_old_matrix(articles, tmp_path):
    topics.clear_cache()
    plain = topics.vectorize(articles, Analyzer(stem="light"), cache_dir=tmp_path)
    topics.clear_cache()  # only the disk cache is left to mix them up
    cut = topics.vectorize(articles, FourLetterAnalyzer(stem="light"), cache_dir=tmp_path)
    assert cut.key != plain.key
    assert max(len(term) for term in cut.terms) == 4 < max(len(term) for term in plain.terms)


def test_a_corrupt_disk_entry_is_rebuilt(articles, tmp_path):
    topics.clear_cache()
    first = topics.vectorize(articles, cache_dir=tmp_path)
    [entry] = tmp_path.glob("*.pkl")
    entry.write_bytes(entry.read_bytes()[:100])  # a run killed while writing, say
    topics.clear_cache()
    with pytest.warns(RuntimeWarning, match="could not be read"):
        again = topics.vectorize(articles, cache_dir=tmp_path)
    assert list(again.terms) == list(first.terms) and (again.tfidf != first.tfidf).nnz == 0
    topics.clear_cache()
    assert list(topics.vectorize(articles, cache_dir=tmp_path).terms) == list(first.terms)


def test_the_caches_are_bounded(articles, tmp_path, monkeypatch):
    topics.clear_cache()
    first = topics.vectorize(articles, cache_dir=tmp_path)
    [entry] = tmp_path.glob("*.pkl")
    # Room on disk for one matrix of this size, not two: the older one goes.
    monkeypatch.setenv(cache.SIZE_VARIABLE, str(1.5 * entry.stat().st_size / 1024 / 1024))
    for word in ("الغاز", "الفحم", "القمح"):
        topics.vectorize(
            articles.assign(body=articles["body"].str.replace("النفط", word)), cache_dir=tmp_path
        )
    assert len(list(tmp_path.glob("*.pkl"))) == 1 and not entry.exists()
    # In memory, the last two corpora only.
    assert len(topics._memory_cache) == 2 and first.key not in topics._memory_cache


def test_cache_dir_true_is_the_user_cache_folder(articles, tmp_path, monkeypatch):
    monkeypatch.delenv(cache.FOLDER_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    topics.clear_cache()
    topics.vectorize(articles, cache_dir=True)
    assert len(list((tmp_path / "arabic-news-notebooks").glob("document-terms-*.pkl"))) == 1


def test_vectorize_keeps_the_title_counts_apart(articles):
    titled = articles.assign(title=["مباراة المنتخب"] + [""] * (len(articles) - 1))
    dtm = topics.vectorize(titled, min_df=1)
    terms = list(dtm.terms)
    match, team = terms.index("مبارا"), terms.index("منتخب")
    # Only the first article has a title: one مباراة and one منتخب, both also in its body.
    assert dtm.title_counts.sum() == 2
    assert dtm.title_counts[0, match] == dtm.title_counts[0, team] == 1
    assert dtm.counts[0, match] == 2 and dtm.counts[0, team] == 2
    assert (dtm.counts - dtm.title_counts).min() >= 0
    untitled = topics.vectorize(titled, min_df=1, include_title=False)
    assert untitled.title_counts.nnz == 0 and untitled.counts[0, match] == 1


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"article_id": ["a"]}), "body"),
        (pd.DataFrame({"article_id": [], "body": []}), "empty"),
        (pd.DataFrame({"article_id": ["a", "a"], "body": ["نص", "نص"]}), "unique"),
    ],
)
def test_vectorize_rejects_bad_frames(frame, message):
    with pytest.raises(ValueError, match=message):
        topics.vectorize(frame)


def test_vectorize_explains_when_no_term_survives():
    tiny = pd.DataFrame({"article_id": ["a", "b"], "body": ["روسيا", "أوكرانيا"]})
    with pytest.raises(ValueError, match="min_df"):
        topics.vectorize(tiny, min_df=2)


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


def test_coherence_is_higher_for_the_true_number_of_topics(articles):
    table = topics.coherence_by_k(articles, [2, 3])
    assert list(table["k"]) == [2, 3]
    # Two topics must merge two subjects whose words never meet: NPMI drops.
    assert table.set_index("k")["npmi"][3] > table.set_index("k")["npmi"][2]


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
    assert topics._refine(start, counts).tolist() == [0, 0, 0, 1, 1, 1]


def test_refinement_never_empties_a_cluster():
    # Identical articles: both complements have the same word shares, every article ties and
    # goes to cluster 0, which would empty cluster 1; the starting partition is kept.
    counts = sparse.csr_matrix([[1, 1]] * 3)
    assert topics._refine(np.array([0, 0, 1]), counts).tolist() == [0, 0, 1]


def test_the_central_partition_is_the_one_the_others_agree_with():
    first = np.array([0, 0, 1, 1, 2, 2])
    relabelled = np.array([1, 1, 0, 0, 2, 2])  # the same partition: ARI 1 with the first
    odd = np.array([0, 1, 0, 1, 0, 1])  # ARI with the others below 0
    assert adjusted_rand_score(first, odd) < 0
    assert topics._central_partition([odd, first, relabelled]) is first


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

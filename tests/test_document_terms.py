"""Tests for helpers.document_terms: counting, display forms, pruning and the caches.

The corpus (``topic_corpus``) was written for these tests.
"""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import CountVectorizer
from topic_corpus import make_articles

from helpers import cache, document_terms, topics
from helpers.analyzer import Analyzer


@pytest.fixture
def articles() -> pd.DataFrame:
    return make_articles()[0]


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


def _sanctions() -> pd.DataFrame:
    """Written for these tests. Light stems: عقوب 3 articles, جديد 2, اسعار 2, روسيا 1."""
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "body": [
                "العقوبات الجديدة وبالعقوبات أسعار",
                "عقوباتٍ على روسيا اسعار",
                "العقوبة الجديدة",
            ],
        }
    )


def test_display_forms_by_hand():
    articles = _sanctions()  # روسيا is pruned by min_df=2
    dtm = topics.vectorize(articles, min_df=2, max_df=1.0)
    assert list(dtm.terms) == ["اسعار", "جديد", "عقوب"]
    # عقوبات 3 times (clitics and the tanwin dropped) against عقوبة once; جديدة twice;
    # أسعار and اسعار once each: a tie, the alphabetically first (U+0623 before U+0627) wins.
    # روسيا was pruned, so it has no display form.
    assert dtm.display == {"عقوب": "عقوبات", "جديد": "جديدة", "اسعار": "أسعار"}


def test_display_forms_are_worked_out_for_the_terms_shown():
    articles = _sanctions()  # those of test_display_forms_by_hand, asked for term by term
    topics.clear_cache()
    dtm = topics.vectorize(articles, min_df=2, max_df=1.0)
    assert dtm.shown("عقوب") == "عقوبات"
    assert dtm.shown("روسيا") == "روسيا"  # pruned: no form, the term itself
    assert dtm.display.get("روسيا") is None and "روسيا" not in dtm.display
    # Only the term shown was worked out; the others wait until they are read.
    assert set(dtm.display._forms) == {"عقوب"}
    # A copy through the disk cache's pickle reads the same forms, the rest worked out there.
    copied = pickle.loads(pickle.dumps(dtm))
    assert dict(copied.display) == {"عقوب": "عقوبات", "جديد": "جديدة", "اسعار": "أسعار"}
    assert len(dtm.display) == 3 and sorted(dtm.display) == ["اسعار", "جديد", "عقوب"]


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


def test_a_frame_is_read_for_its_key_once_and_an_edit_is_seen(articles, monkeypatch):
    # The key's digest of the texts is remembered for a frame's Arrow data, which no edit
    # changes in place: the same frame again is not read again; an edited cell, a copy with
    # new text and a frame of Python objects (mutable) are.
    topics.clear_cache()
    hashed, real = [], document_terms.content_key

    def counting(*parts, stream=()):
        items = list(stream)
        if items:
            hashed.append(len(items))
        return real(*parts, stream=items)

    monkeypatch.setattr(document_terms, "content_key", counting)
    frame = articles.copy()
    assert frame["body"].dtype == "str"
    first = topics.vectorize(frame, min_df=1)
    assert topics.vectorize(frame, min_df=1) is first
    assert topics.vectorize(frame, min_df=2).terms.size < first.terms.size  # other settings
    assert hashed == [3 * len(frame)]  # ids, titles and bodies, read once
    frame.loc[0, "body"] = frame.loc[0, "body"] + " الكوبالت"
    edited = topics.vectorize(frame, min_df=1)
    assert "كوبالت" in edited.terms and "كوبالت" not in first.terms
    assert len(hashed) == 2
    mutable = frame.astype({"body": object})
    assert topics.vectorize(mutable, min_df=1).key == edited.key  # the same texts, the same key
    assert topics.vectorize(mutable, min_df=1).key == edited.key
    assert len(hashed) == 4  # read on every call


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
    assert len(document_terms._memory_cache) == 2 and first.key not in document_terms._memory_cache


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
    stopwords_only = pd.DataFrame({"article_id": ["a", "b"], "body": ["في من", "على إلى"]})
    with pytest.raises(ValueError, match="empty vocabulary"):
        topics.vectorize(stopwords_only, min_df=1)


@pytest.mark.parametrize(
    "options",
    [
        {"min_df": 1, "max_df": 1.0},
        {"min_df": 2, "max_df": 0.5},
        {"min_df": 1, "max_df": 3},
        {"min_df": 1, "max_df": 1.0, "max_features": 7},
    ],
)
def test_counts_are_those_of_scikit_learns_count_vectorizer(articles, options):
    # vectorize counts tokens first, then maps them to terms: the same matrix as the plain
    # CountVectorizer over the analyzer's terms, array for array.
    topics.clear_cache()
    dtm = topics.vectorize(articles, **options)
    analyzer = Analyzer(stem="light")
    plain = CountVectorizer(analyzer=analyzer, **options)
    counts = plain.fit_transform(document_terms.article_texts(articles)[1]).tocsr()
    assert dtm.terms.tolist() == plain.get_feature_names_out().tolist()
    for part in ("indptr", "indices", "data"):
        assert getattr(dtm.counts, part).tolist() == getattr(counts, part).tolist()


def test_ngram_terms_are_counted_and_shown_word_by_word(articles):
    dtm = topics.vectorize(articles, Analyzer(stem="light", ngram_range=(1, 2)), min_df=2)
    assert "عقوب" in dtm.terms.tolist()
    bigrams = [term for term in dtm.terms if " " in term]
    assert bigrams and all(dtm.shown(term).count(" ") == 1 for term in bigrams)
    assert dtm.shown("عقوب") == "عقوبات"


def test_article_texts_are_what_vectorize_reads(articles):
    titled = articles.assign(title=["مباراة المنتخب"] + [None] * (len(articles) - 1))
    titles, texts = document_terms.article_texts(titled)
    assert titles[:2] == ["مباراة المنتخب", ""]
    assert texts[0] == "مباراة المنتخب\n" + titled["body"].iloc[0]
    assert texts[1] == titled["body"].iloc[1]
    assert document_terms.article_texts(titled, include_title=False)[1][0] == titled["body"].iloc[0]

"""Tests of helpers.frequency: counts, keyness by group, collocations, KWIC, mentions over time.

Every statistic is checked against arithmetic written out here, on tables small enough to
count by hand.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer

import helpers.frequency
from helpers.actors import find_mentions
from helpers.analyzer import Analyzer
from helpers.arabic import DIACRITICS, normalize
from helpers.concordance import _written_pattern, term_lines
from helpers.frequency import (
    collocations,
    keyness,
    keyness_against_rest,
    keyness_by_group,
    kwic,
    mentions_over_time,
    ngrams,
    term_counts,
    top_terms,
)


@pytest.fixture
def seed(seed_path: Path) -> pd.DataFrame:
    """The seed article read as is (no loader, no cleaning), so offsets index the file text."""
    return pd.DataFrame({"article_id": ["seed"], "body": [seed_path.read_text(encoding="utf-8")]})


@pytest.fixture
def tiny() -> pd.DataFrame:
    """Three articles, two outlets. Analysed terms (clitics stripped, على is a stopword):
    a1 (A): روسيا روسيا عقوبات; a2 (A): عقوبات روسيا; a3 (B): اوكرانيا عقوبات."""
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "outlet": ["A", "A", "B"],
            "body": ["روسيا وروسيا بالعقوبات", "العقوبات على روسيا", "أوكرانيا والعقوبات"],
        }
    )


# ------------------------------------------------------------------------------- term counts
def test_term_counts_tidy_by_outlet(tiny: pd.DataFrame) -> None:
    counts = term_counts(tiny, by="outlet")
    assert list(counts.columns) == ["outlet", "term", "count", "per_10k", "doc_freq"]
    got = {(r.outlet, r.term): (r.count, r.doc_freq) for r in counts.itertuples()}
    assert got == {
        ("A", "روسيا"): (3, 2),
        ("A", "عقوبات"): (2, 2),
        ("B", "اوكرانيا"): (1, 1),
        ("B", "عقوبات"): (1, 1),
    }
    # A has 5 analysed terms, B has 2: per_10k = count / tokens * 10,000.
    assert counts.attrs["tokens"] == {"A": 5, "B": 2}
    assert counts.attrs["articles"] == {"A": 2, "B": 1}
    per = counts.set_index(["outlet", "term"])["per_10k"]
    assert per["A", "روسيا"] == pytest.approx(3 / 5 * 10_000)
    assert per["B", "عقوبات"] == pytest.approx(1 / 2 * 10_000)
    # Sorted by group, then count descending.
    assert counts["term"].tolist()[:2] == ["روسيا", "عقوبات"]


def test_name_spellings_and_multiword_names_count_as_one_term() -> None:
    # a1 (A): بي بي سي | ترامب | ترامب (written ترمب) ; a2 (A): الامم المتحدة | ترامب
    # a3 (B): وبي بي سي (a clitic on its first word) | سفير ; the words بي, سي, امم, متحدة and
    # ترمب are no terms of their own: A has 6 analysed terms (عن and أن are stopwords), B 2.
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "outlet": ["A", "A", "B"],
            "body": ["نقلت بي بي سي عن ترامب أن ترمب", "الأمم المتحدة وترامب", "وبي بي سي سفير"],
        }
    )
    counts = term_counts(articles, by="outlet")
    got = {(r.outlet, r.term): (r.count, r.doc_freq) for r in counts.itertuples()}
    assert got == {
        ("A", "بي بي سي"): (1, 1),
        ("A", "ترامب"): (3, 2),
        ("A", "الامم المتحدة"): (1, 1),
        ("A", "نقلت"): (1, 1),
        ("B", "بي بي سي"): (1, 1),
        ("B", "سفير"): (1, 1),
    }
    assert counts.attrs["tokens"] == {"A": 6, "B": 2}
    per = counts.set_index(["outlet", "term"])["per_10k"]
    assert per["A", "ترامب"] == pytest.approx(3 / 6 * 10_000)
    # one term in every view of it: the lines of ترامب include the one written ترمب
    lines = term_lines(["قال ترمب أمس", "قال ترامب"], {"ترامب": [0, 1]}, 1)
    assert lines["match"].tolist() == ["ترمب", "ترامب"]
    # the words alone, without the names table, are what a reader would not want counted
    plain = term_counts(articles, by="outlet", analyzer=Analyzer(names=False))
    assert {"بي", "سي", "ترمب", "امم"} <= set(plain["term"])


def test_term_counts_min_count_keeps_group_totals(tiny: pd.DataFrame) -> None:
    counts = term_counts(tiny, by="outlet", min_count=3)  # corpus totals: روسيا 3, عقوبات 3
    assert set(counts["term"]) == {"روسيا", "عقوبات"}
    per = counts.set_index(["outlet", "term"])["per_10k"]
    assert per["B", "عقوبات"] == pytest.approx(1 / 2 * 10_000)  # still out of B's 2 terms


def test_term_counts_wide_and_single_group(tiny: pd.DataFrame) -> None:
    wide = term_counts(tiny, by="outlet", wide=True)
    assert wide.loc["عقوبات"].tolist() == [2, 1]
    assert wide.loc["اوكرانيا"].tolist() == [0, 1]
    assert list(wide.columns) == ["A", "B"]
    single = term_counts(tiny)
    assert set(single["group"]) == {"all"}
    assert single.set_index("term").loc["عقوبات", "doc_freq"] == 3


def test_document_counts_are_scikit_learns(tiny: pd.DataFrame, seed: pd.DataFrame) -> None:
    bodies = [*tiny["body"], *seed["body"], "", "في من على", "روسيا وروسيا الروسية"]
    analyzer = Analyzer()
    vectorizer = CountVectorizer(analyzer=analyzer)
    expected = vectorizer.fit_transform(bodies)
    counts, terms = helpers.frequency._document_counts(bodies, analyzer)
    assert terms.tolist() == vectorizer.get_feature_names_out().tolist()
    assert terms.tolist() == sorted(terms.tolist())
    assert counts.dtype == np.int64 and counts.has_canonical_format
    np.testing.assert_array_equal(counts.toarray(), expected.toarray())
    row = counts.getrow(len(bodies) - 1)  # روسيا twice (the conjunction stripped), الروسية once
    assert dict(zip(terms[row.indices], row.data, strict=True)) == {"روسيا": 2, "روسية": 1}
    empty, none = helpers.frequency._document_counts(["", "في"], analyzer)
    assert empty.shape == (2, 0) and none.size == 0


def test_term_counts_missing_group_label_is_its_own_group(tiny: pd.DataFrame) -> None:
    tiny.loc[2, "outlet"] = None
    counts = term_counts(tiny, by="outlet")
    assert counts.attrs["articles"]["A"] == 2
    assert sum(counts.attrs["articles"].values()) == 3  # the unlabelled article is not lost


def test_term_counts_by_series_and_ngrams(tiny: pd.DataFrame) -> None:
    counts = term_counts(tiny, by=pd.Series(["x", "y", "y"], name="half"))
    assert counts.attrs["tokens"] == {"x": 3, "y": 4}
    bigrams = ngrams(tiny, 2, min_count=1)
    assert dict(zip(bigrams["term"], bigrams["count"], strict=True)) == {
        "روسيا روسيا": 1,
        "روسيا عقوبات": 1,
        "عقوبات روسيا": 1,
        "اوكرانيا عقوبات": 1,
    }


def test_term_counts_rejects_frames_without_body() -> None:
    with pytest.raises(ValueError, match="body"):
        term_counts(pd.DataFrame({"article_id": [1], "text": ["روسيا"]}))
    with pytest.raises(ValueError, match="no analysed term in any of the 2 articles"):
        term_counts(pd.DataFrame({"article_id": [1, 2], "body": ["في من", None]}))
    with pytest.raises(ValueError, match="no column 'outlet'"):
        term_counts(pd.DataFrame({"article_id": [1], "body": ["روسيا"]}), by="outlet")


# ------------------------------------------------------------------- term counts on disk
def _entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("term-counts-*"))


def test_term_counts_from_disk_equal_one_count(tiny: pd.DataFrame, tmp_path: Path) -> None:
    direct = term_counts(tiny, by="outlet")
    stored = term_counts(tiny, by="outlet", cache_dir=tmp_path)
    assert len(_entries(tmp_path)) == 2  # one entry per outlet
    pd.testing.assert_frame_equal(stored, direct)
    assert (
        stored.attrs == direct.attrs == {"tokens": {"A": 5, "B": 2}, "articles": {"A": 2, "B": 1}}
    )
    wide = term_counts(tiny, by="outlet", wide=True, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(wide, term_counts(tiny, by="outlet", wide=True))
    # the union of the outlets' terms, sorted as one CountVectorizer sorts them
    assert wide.index.tolist() == ["اوكرانيا", "روسيا", "عقوبات"]
    # min_count is applied to the sum: عقوبات 2 + 1, روسيا 3 + 0 stay, اوكرانيا 1 goes
    filtered = term_counts(tiny, by="outlet", min_count=3, cache_dir=tmp_path)
    assert sorted(set(filtered["term"])) == ["روسيا", "عقوبات"]
    pd.testing.assert_frame_equal(filtered, term_counts(tiny, by="outlet", min_count=3))
    assert len(_entries(tmp_path)) == 2  # read, not written again


def test_term_counts_read_one_outlets_entry(
    tiny: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    term_counts(tiny, by="outlet", cache_dir=tmp_path)
    calls = []
    counted = helpers.frequency._counted
    monkeypatch.setattr(
        helpers.frequency, "_counted", lambda *a: calls.append(len(a[0])) or counted(*a)
    )
    only_a = tiny[tiny["outlet"] == "A"].reset_index(drop=True)
    counts = term_counts(only_a, by="outlet", cache_dir=tmp_path)
    assert calls == []  # A's entry is read
    assert dict(zip(counts["term"], counts["count"], strict=True)) == {"روسيا": 3, "عقوبات": 2}
    changed = tiny.assign(body=tiny["body"].where(tiny["outlet"] == "A", "روسيا"))
    counts = term_counts(changed, by="outlet", cache_dir=tmp_path)
    assert calls == [1]  # B's text changed: B is counted again, A read
    assert counts.attrs["tokens"] == {"A": 5, "B": 1}


@pytest.mark.parametrize(
    "change",
    ["labels", "analyzer", "ngrams", "code"],
)
def test_term_counts_on_disk_miss_when_what_decides_them_changes(
    change: str, tiny: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    term_counts(tiny, by="outlet", cache_dir=tmp_path)
    by, analyzer, ngram_range = "outlet", None, None
    if change == "labels":  # the same articles grouped otherwise within each outlet
        by = pd.Series(["x", "y", "y"], name="half")
    elif change == "analyzer":  # على is kept: a1..a3 have 3 + 3 + 2 terms
        analyzer = Analyzer(stopwords=False)
    elif change == "ngrams":
        ngram_range = (2, 2)
    else:
        version = helpers.frequency.code_version
        monkeypatch.setattr(helpers.frequency, "code_version", lambda *m: version(*m) + "0")
    got = term_counts(tiny, by, analyzer, ngram_range, cache_dir=tmp_path)
    assert len(_entries(tmp_path)) == 4  # two new entries
    want = term_counts(tiny, by, analyzer, ngram_range)
    pd.testing.assert_frame_equal(got, want)
    if change == "analyzer":
        assert got.attrs["tokens"] == {"A": 6, "B": 2}


def test_term_counts_on_disk_with_an_outlet_without_terms_and_no_outlet(tmp_path: Path) -> None:
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["A", "B", None],
            "body": ["روسيا وأوكرانيا", "في من", "روسيا"],
        }
    )
    stored = term_counts(articles, by="outlet", cache_dir=tmp_path)
    pd.testing.assert_frame_equal(stored, term_counts(articles, by="outlet"))
    # B has no analysed term, the article without an outlet is a group of its own, last
    assert list(stored.attrs["tokens"].values()) == [2, 0, 1]
    assert list(stored.attrs["articles"].values()) == [1, 1, 1]
    nothing = pd.DataFrame({"article_id": ["b", "d"], "outlet": "B", "body": ["في من", "من"]})
    with pytest.raises(ValueError, match="no analysed term in any of the 2 articles"):
        term_counts(nothing, by="outlet", cache_dir=tmp_path)


def test_top_terms_per_group(tiny: pd.DataFrame) -> None:
    top = top_terms(term_counts(tiny, by="outlet"), n=1)
    # B's two terms tie at 1: the tie goes to the first in alphabetical order (ا before ع).
    assert list(zip(top["outlet"], top["term"], strict=True)) == [("A", "روسيا"), ("B", "اوكرانيا")]


# ---------------------------------------------------------------------------------- keyness
def test_keyness_by_group_matches_pairwise_keyness(tiny: pd.DataFrame) -> None:
    by_group = keyness_by_group(tiny, by="outlet", min_count=1)
    assert set(by_group["outlet"]) == {"A", "B"}
    wide = term_counts(tiny, by="outlet", wide=True)
    expected = keyness(wide["A"], wide["B"])  # with two groups, "the rest" of A is B
    got = by_group[by_group["outlet"] == "A"].set_index("term").loc[expected.index]
    for column in ("g2", "log_ratio", "p", "p_adj", "log_odds_z"):
        np.testing.assert_allclose(got[column], expected[column])
    b_rows = by_group[by_group["outlet"] == "B"].set_index("term")
    np.testing.assert_allclose(b_rows.loc[expected.index, "g2"], -expected["g2"])
    with pytest.raises(ValueError, match="two groups"):
        keyness_by_group(tiny.assign(outlet="A"), by="outlet", min_count=1)


def test_keyness_against_rest_uses_unfiltered_group_sizes(tiny: pd.DataFrame) -> None:
    # min_count=3 drops اوكرانيا, but B's size stays 2 terms: عقوبات is 1 of 2 in B and
    # 2 of 5 in A, so G2 = 2 (1 ln(1 / E1) + 2 ln(2 / E2)), E1 = 2 * 3 / 7, E2 = 5 * 3 / 7.
    table = keyness_against_rest(term_counts(tiny, by="outlet", min_count=3))
    row = table[(table["outlet"] == "B") & (table["term"] == "عقوبات")].iloc[0]
    expected = 2 * (1 * math.log(1 / (6 / 7)) + 2 * math.log(2 / (15 / 7)))
    assert row["g2"] == pytest.approx(expected)  # 1/2 > 2/5: positive for B
    assert row["reference_count"] == 2
    with pytest.raises(ValueError, match="tidy frame"):
        keyness_against_rest(term_counts(tiny, by="outlet", wide=True))


# ----------------------------------------------------------------------------- collocations
@pytest.fixture
def sky() -> pd.DataFrame:
    """Nine analysed terms: شمس جنيف قمر نهر | قمر جنيف شمس | نهر قمر (بجنيف is جنيف)."""
    return pd.DataFrame(
        {"article_id": [1, 2, 3], "body": ["شمس جنيف قمر نهر", "قمر بجنيف شمس", "نهر قمر"]}
    )


def test_collocations_measures_by_hand(sky: pd.DataFrame) -> None:
    table = collocations(sky, "جنيف", window=1, min_count=1).set_index("collocate")
    # Window 1: شمس and قمر each sit next to جنيف twice; نهر never does.
    assert table["cooccurrences"].to_dict() == {"شمس": 2, "قمر": 2}
    assert table["node_count"].tolist() == [2, 2]
    assert table.loc["قمر", "collocate_count"] == 3
    n = 9  # analysed terms in the corpus
    # شمس: f_nc 2, f_n 2, f_c 2 -> logDice 14 + log2(4 / 4) = 14; PMI log2(2 * 9 / 4)
    assert table.loc["شمس", "logdice"] == pytest.approx(14.0)
    assert table.loc["شمس", "pmi"] == pytest.approx(math.log2(2 * n / (2 * 2)))
    assert table.loc["شمس", "t"] == pytest.approx((2 - 2 * 2 / n) / math.sqrt(2))
    # قمر: f_c 3 -> logDice 14 + log2(4 / 5); PMI log2(18 / 6) = log2(3)
    assert table.loc["قمر", "logdice"] == pytest.approx(14 + math.log2(4 / 5))
    assert table.loc["قمر", "pmi"] == pytest.approx(math.log2(3))
    assert table.index.tolist() == ["شمس", "قمر"]  # sorted by logDice


def test_collocations_window_measure_and_min_count(sky: pd.DataFrame) -> None:
    # Window 2 adds نهر two terms right of the first جنيف.
    wide = collocations(sky, "جنيف", window=2, min_count=1, measure="pmi").set_index("collocate")
    assert wide["cooccurrences"].to_dict() == {"شمس": 2, "قمر": 2, "نهر": 1}
    assert wide.loc["نهر", "pmi"] == pytest.approx(math.log2(1 * 9 / (2 * 2)))
    # Sorted by PMI: شمس log2(4.5) > قمر log2(3) > نهر log2(2.25).
    assert wide.index.tolist() == ["شمس", "قمر", "نهر"]
    assert collocations(sky, "جنيف", window=2, min_count=2)["collocate"].tolist() == ["شمس", "قمر"]
    with pytest.raises(ValueError, match="measure"):
        collocations(sky, "جنيف", measure="dice")


def test_collocations_read_a_name_as_one_term_as_the_counts_do() -> None:
    # a1: جنيف قمر | الولايات المتحدة | نهر ; a2: الولايات المتحدة | جنيف. Six analysed terms,
    # the name one of them (as in term_counts), never ولايات or متحدة on their own.
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "outlet": ["A", "B"],
            "body": ["جنيف قمر الولايات المتحدة نهر", "الولايات المتحدة جنيف"],
        }
    )
    table = collocations(articles, "جنيف", window=2, min_count=1).set_index("collocate")
    # Window 2: a1 gives قمر and the name, a2 the name: f_nc 2 and 1, f_n 2, N 6.
    us = "الولايات المتحدة"
    assert table["cooccurrences"].to_dict() == {us: 2, "قمر": 1}
    assert table["collocate_count"].to_dict() == {us: 2, "قمر": 1}
    assert table.loc[us, "logdice"] == pytest.approx(14 + math.log2(2 * 2 / (2 + 2)))
    assert table.loc[us, "pmi"] == pytest.approx(math.log2(2 * 6 / (2 * 2)))
    assert table.loc[us, "t"] == pytest.approx((2 - 2 * 2 / 6) / math.sqrt(2))
    # so the page's summed term counts are the totals: handed over, the same table
    every = term_counts(articles, by="outlet")
    totals = every.groupby("term")["count"].sum()
    assert totals[us] == 2 and totals.sum() == 6
    handed = collocations(articles, "جنيف", window=2, min_count=1, totals=totals)
    pd.testing.assert_frame_equal(handed, table.reset_index())
    # and read, not counted again: told قمر 3 and نهر 5 (12 terms in all), by hand
    told = {**totals, "قمر": 3, "نهر": 5}
    told = collocations(articles, "جنيف", window=2, min_count=1, totals=told)
    told = told.set_index("collocate")
    assert told.loc["قمر", "collocate_count"] == 3
    assert told.loc["قمر", "pmi"] == pytest.approx(math.log2(1 * 12 / (2 * 3)))


def test_collocates_of_an_actor_leave_out_a_name_holding_its_mention() -> None:
    # روسيا is Russia's mention and the first word of the name روسيا البيضاء (scanning for
    # Russia alone): the name shares its token, so it is the node, not a collocate.
    frame = pd.DataFrame({"article_id": [1], "body": ["قمر روسيا البيضاء نهر"]})
    mentions = find_mentions(frame, actors=["russia"], sentences=False)
    assert mentions["surface"].tolist() == ["روسيا"]
    table = collocations(frame, "russia", window=1, min_count=1, mentions=mentions)
    assert table["collocate"].tolist() == ["قمر", "نهر"]


def test_kwic_matches_a_name_as_one_term_and_marks_all_its_words() -> None:
    frame = pd.DataFrame(
        {
            "article_id": [1, 2],
            "body": ["قال قمر إن وللولايات  المتحدة مصالح", "في جنيف. المتحدة"],
        }
    )
    lines = kwic(frame, "الولايات المتحدة", width=1)
    assert lines["match"].tolist() == ["وللولايات  المتحدة"]  # both words, as written
    assert (lines["start"].iloc[0], lines["end"].iloc[0]) == (11, 29)
    assert lines[["left", "right"]].iloc[0].tolist() == ["إن", "مصالح"]
    # a word of the name alone is only where it stands outside a name
    assert kwic(frame, "متحدة", width=1)[["article_id", "match"]].values.tolist() == [
        [2, "المتحدة"]
    ]


def test_collocations_node_is_never_its_own_collocate() -> None:
    frame = pd.DataFrame({"article_id": [1], "body": ["جنيف جنيف قمر"]})
    table = collocations(frame, "جنيف", window=1, min_count=1)
    assert table["collocate"].tolist() == ["قمر"]
    assert table["node_count"].tolist() == [2]


def test_collocations_of_an_actor_use_its_mentions(seed: pd.DataFrame) -> None:
    table = collocations(seed, "russia", window=3, min_count=2)
    assert "روسيا" not in set(table["collocate"])  # mentions are the node, not collocates
    assert table["node_count"].iloc[0] == len(kwic(seed, "russia"))


# ------------------------------------------------------------------------------------- kwic
def test_kwic_spans_on_the_seed(seed: pd.DataFrame) -> None:
    body = seed["body"].iloc[0]
    lines = kwic(seed, "جنيف", width=3)
    # Every occurrence of the letters جنيف in the seed is a word جنيف, once with ب attached.
    raw = [m.start() for m in re.finditer("جنيف", body)]
    assert len(raw) == 5
    assert lines["match"].tolist() == ["جنيف", "جنيف", "بجنيف", "جنيف", "جنيف"]
    assert lines["end"].tolist() == [s + 4 for s in raw]
    assert lines["start"].tolist() == [s - (body[s - 1] == "ب") for s in raw]
    for row in lines.itertuples():
        assert body[row.start : row.end] == row.match
    third = lines.iloc[2]
    assert (third.left, third.right) == ("المحادثات الأمريكية الروسية", "في 10 كانون")
    second = lines.iloc[1]
    assert (second.left, second.right) == ("ثلاثة تنسيقات، في", "بين روسيا والولايات")
    assert set(lines["article_id"]) == {"seed"}


def test_kwic_actor_id_and_alias(seed: pd.DataFrame) -> None:
    kremlin = kwic(seed, "الكرملين", width=2)
    assert kremlin["match"].tolist() == ["الكرملين", "الكرملين"]
    assert kremlin["right"].tolist() == ["عن ارتياحه", "دميتري بيسكوف"]
    russia = kwic(seed, "russia", width=2)
    matches = set(russia["match"])
    assert {"وبوتين", "بوتن", "موسكو", "الكرملين", "روسيا"} <= matches
    assert len(russia) > len(kwic(seed, "روسيا"))  # the id covers every alias


def test_kwic_finds_a_protected_word_under_a_suffix_with_light_stems() -> None:
    # light stemming reads وزارته as وزارة, which is not written in the text: the reading
    # must still be found (the article used to be skipped before it was read)
    body = "قال متحدث باسم وزارته إن الأمر لم يحسم، وإن الوزارة ستصدر بيانا."
    articles = pd.DataFrame({"article_id": ["a"], "body": [body]})
    lines = kwic(articles, "وزارة", width=1, analyzer=Analyzer(stem="light"))
    assert lines["match"].tolist() == ["وزارته", "الوزارة"]
    assert lines["left"].tolist() == ["باسم", "وإن"]


def test_kwic_with_no_occurrence_is_an_empty_table(sky: pd.DataFrame) -> None:
    lines = kwic(sky, "بحر")
    assert lines.empty
    assert list(lines.columns) == ["article_id", "left", "match", "right", "start", "end"]


def test_kwic_rejects_a_query_with_no_term(seed: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no analysed term"):
        kwic(seed, "في")


def test_term_lines_read_each_text_once_for_all_terms() -> None:
    texts = ["زار الوزير جنيف أمس", "في جنيف وموسكو", "قال الوزير إن موسكو ترفض"]
    lines = term_lines(texts, {"جنيف": [0, 1], "موسكو": [1, 2], "وزير": [0], "في": [1]}, 1)
    assert lines[["term", "text", "left", "match", "right"]].values.tolist() == [
        ["جنيف", 0, "الوزير", "جنيف", "أمس"],
        ["جنيف", 1, "في", "جنيف", "وموسكو"],
        ["موسكو", 1, "جنيف", "وموسكو", ""],
        ["موسكو", 2, "إن", "موسكو", "ترفض"],
        ["وزير", 0, "زار", "الوزير", "جنيف"],
    ]  # في is a stopword: no term, no line (kwic refuses it)
    for term, positions in (("جنيف", [0, 1]), ("موسكو", [1, 2])):
        pool = pd.DataFrame({"article_id": positions, "body": [texts[i] for i in positions]})
        one = kwic(pool, term, 1, actor_aliases=False).drop_duplicates("article_id")
        mine = lines[lines["term"] == term]
        assert (
            one[["left", "match", "right", "start", "end"]].values.tolist()
            == mine[["left", "match", "right", "start", "end"]].values.tolist()
        )


def test_term_lines_keep_the_first_occurrence_and_skip_texts_without_it() -> None:
    texts = ["روسيا ثم روسيا", "الروسي"]
    lines = term_lines(texts, {"روسيا": [0, 1]}, 1)
    assert lines[["text", "left", "right", "start"]].values.tolist() == [[0, "", "ثم", 0]]


# ------------------------------------------------------------------------ mentions over time
_WRITTEN = st.text(
    alphabet=st.sampled_from(
        list("جنيفابتىيیةهأإآٱؤئو") + list(DIACRITICS) + list("\u0640\u200c\u200f\u00a0 ،٣3")
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_WRITTEN, st.sampled_from(["جنيف", "يف", "ابت", "ة", "ي", "ا", "نه", "3", ", "]))
def test_written_pattern_finds_exactly_what_normalising_finds(text: str, core: str) -> None:
    found = _written_pattern(core, ()).search(text) is not None
    assert found == (core in normalize(text))


def test_written_pattern_reads_through_marks_and_variants() -> None:
    geneva = _written_pattern("جنيف", ())
    assert geneva.search("في جِنِيـــف") and geneva.search("بجنىف")  # marks, tatweel; ى is ي
    assert not geneva.search("جني ف") and not geneva.search("جنيڤ")  # a space; another letter
    alef = _written_pattern("اوكراني", (("alef", False),))  # alef variants kept apart
    assert alef.search("اوكرانيا") and not alef.search("أوكرانيا")


def test_mentions_over_time_weekly_with_zeros_and_undated() -> None:
    articles = pd.DataFrame(
        {
            "article_id": [1, 2, 3, 4],
            "date": pd.to_datetime(["2022-01-03", "2022-01-04", "2022-01-18", None]),
            "body": ["روسيا وموسكو", "قال بايدن", "في روسيا", "لروسيا"],
        }
    )
    frame = mentions_over_time(articles, ["russia", "usa"], freq="W")
    # Weeks (Monday-Sunday): 3-9 Jan, 10-16 Jan (no article), 17-23 Jan.
    table = frame.set_index(["period", "actor"])
    week = pd.Timestamp
    assert table.loc[(week("2022-01-03"), "russia"), "count"] == 2  # روسيا + موسكو
    assert table.loc[(week("2022-01-03"), "russia"), "articles"] == 1
    assert table.loc[(week("2022-01-03"), "usa"), "count"] == 1
    assert table.loc[(week("2022-01-10"), "russia"), "count"] == 0
    assert table.loc[(week("2022-01-17"), "russia"), "count"] == 1
    assert table.xs("russia", level="actor")["period_articles"].tolist() == [2, 0, 1]
    assert len(frame) == 3 * 2
    assert frame.set_index("actor")["name"].to_dict() == {
        "russia": "روسيا",
        "usa": "الولايات المتحدة",
    }
    assert frame.attrs["undated_mentions"] == {"russia": 1}
    assert frame.attrs["undated_articles"] == 1


def test_one_scan_of_mentions_serves_the_time_line_and_the_collocates(seed: pd.DataFrame) -> None:
    dated = seed.assign(date=pd.Timestamp("2021-06-16"))
    actors = ["russia", "usa", "ukraine", "nato"]
    mentions = find_mentions(dated, actors=actors)
    read = mentions_over_time(dated, actors, freq="M", mentions=mentions)
    pd.testing.assert_frame_equal(read, mentions_over_time(dated, actors, freq="M"))
    assert read.set_index("actor")["count"].to_dict() == {  # test_actors: the seed's counts
        "russia": 41,
        "usa": 26,
        "ukraine": 17,
        "nato": 5,
    }
    table = collocations(seed, "russia", window=3, min_count=2, mentions=mentions)
    pd.testing.assert_frame_equal(table, collocations(seed, "russia", window=3, min_count=2))
    assert table["node_count"].iloc[0] == 41
    # the rows handed in are the ones counted: without its 15 adjectives, 26 of Russia
    names = mentions[mentions["kind"] != "adjective"]
    fewer = mentions_over_time(dated, actors, freq="M", mentions=names)
    assert fewer.set_index("actor").loc["russia", "count"] == 41 - 15


def test_mentions_over_time_needs_dates() -> None:
    with pytest.raises(ValueError, match="date"):
        mentions_over_time(pd.DataFrame({"article_id": [1], "body": ["روسيا"]}))


# -------------------------------------------------------------------------------- real data
def test_term_counts_on_an_ant_sample(shared_data: Path) -> None:
    path = shared_data / "ant_corpus_v2.1_multisource" / "ant_v2.1_multisource.csv.gz"
    sample = pd.read_csv(path, nrows=300, usecols=["docno", "src", "text"]).rename(
        columns={"docno": "article_id", "src": "outlet", "text": "body"}
    )
    counts = term_counts(sample, by="article_id")
    totals = counts.groupby("article_id")["count"].sum()
    assert totals.to_dict() == {k: v for k, v in counts.attrs["tokens"].items() if v}
    assert (counts["doc_freq"] == 1).all()  # one article per group
    table = keyness_by_group(sample.assign(outlet=np.arange(300) % 2), by="outlet")
    assert table["p_adj"].between(0, 1).all()
    assert (table["p_adj"] >= table["p"] - 1e-12).all()

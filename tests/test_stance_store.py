"""Tests for helpers.stance_store: stored stance rows equal computed ones; changes miss.

The bundled corpus (several outlets, articles naming Russia, the United States, Ukraine...)
is scored directly and through a disk cache in a temporary folder.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.selection import load_articles
from helpers.stance import stance_sentences
from helpers.stance_lexicon import default_lexicon

TARGETS = ["russia", "usa", "ukraine", "nato", "eu"]


@pytest.fixture(scope="module")
def articles(bundled_corpus) -> pd.DataFrame:
    return load_articles(bundled_corpus)


@pytest.fixture(scope="module")
def computed(articles) -> pd.DataFrame:
    return stance_sentences(articles, TARGETS)


def _entries(folder, kind="stance-rows") -> list[str]:
    return sorted(path.name for path in folder.glob(f"{kind}-*"))


def test_rows_stored_and_read_equal_the_computed_rows(articles, computed, tmp_path):
    assert articles["outlet"].nunique() >= 3 and len(computed) > 10  # outlets interleave
    stored = stance_sentences(articles, TARGETS, cache_dir=tmp_path)
    assert len(_entries(tmp_path)) == articles["outlet"].nunique()  # one entry per outlet
    read = stance_sentences(articles, TARGETS, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(stored, computed)
    pd.testing.assert_frame_equal(read, computed)


def test_two_outlets_and_fewer_targets_are_read_from_the_entries_of_all(articles, tmp_path):
    stance_sentences(articles, TARGETS, cache_dir=tmp_path)
    written = _entries(tmp_path)
    sides = articles["outlet"].value_counts().index[:2]
    pair = articles[articles["outlet"].isin(sides)]
    read = stance_sentences(pair, ["usa", "russia"], keep=["outlet"], cache_dir=tmp_path)
    assert _entries(tmp_path) == written  # nothing computed again
    pd.testing.assert_frame_equal(read, stance_sentences(pair, ["usa", "russia"], keep=["outlet"]))
    assert set(read["target"]) == {"usa", "russia"} and set(read["outlet"]) == set(sides)


def test_more_targets_or_changed_text_miss(articles, computed, tmp_path):
    stance_sentences(articles, ["russia"], cache_dir=tmp_path)
    first = _entries(tmp_path)
    # asked for more targets than stored: computed and stored again, the same rows
    again = stance_sentences(articles, TARGETS, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(again, computed)
    assert len(_entries(tmp_path)) == 2 * len(first)
    # one article's text changed: only its outlet's entry misses, and its rows change
    changed = articles.copy()
    row = computed["article_id"].iloc[0]
    position = changed.index[changed["article_id"] == row][0]
    changed.loc[position, "body"] = "أدانت روسيا الهجوم. " + changed.loc[position, "body"]
    before = set(_entries(tmp_path))
    result = stance_sentences(changed, TARGETS, cache_dir=tmp_path)
    assert len(set(_entries(tmp_path)) - before) == 1
    pd.testing.assert_frame_equal(result, stance_sentences(changed, TARGETS))
    assert not result.equals(computed)


def test_a_lexicon_of_the_caller_is_never_stored(articles, tmp_path):
    stance_sentences(articles, TARGETS, lexicon=default_lexicon(), cache_dir=tmp_path)
    assert _entries(tmp_path) == []


def test_the_articles_key_hashes_ids_and_bodies_in_order_a_missing_body_as_empty():
    from helpers.cache import content_key
    from helpers.stance_store import articles_key, data_digest

    group = pd.DataFrame(
        {"article_id": [7, 8], "body": pd.array(["نص أول", None], dtype="string[pyarrow]")}
    )
    by_hand = content_key("v1", data_digest(), 2, stream=["7", "نص أول", "8", ""])
    assert articles_key(group, "v1") == by_hand
    labelled = content_key("v1", data_digest(), 2, stream=["7", "نص أول", "'a'", "8", "", "'b'"])
    assert articles_key(group, "v1", ["'a'", "'b'"]) == labelled
    assert articles_key(group.iloc[::-1], "v1") != by_hand

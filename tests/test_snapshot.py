"""The one load per run: a snapshot stands in for load_corpus for its own corpus and settings."""

from __future__ import annotations

import pandas as pd

import helpers.snapshot as snapshot
from helpers.corpus import load_corpus
from helpers.snapshot import open_corpus, write_snapshot


def test_a_snapshot_round_trips_the_corpus_exactly(tmp_path, bundled_corpus):
    corpus = load_corpus(bundled_corpus)
    path = write_snapshot(corpus, tmp_path / "corpus.snapshot", bundled_corpus)
    again = open_corpus(str(bundled_corpus), str(path))
    pd.testing.assert_frame_equal(again.articles, corpus.articles)
    pd.testing.assert_frame_equal(again.report.table, corpus.report.table)
    assert again.report.dates_missing == corpus.report.dates_missing
    assert not list(tmp_path.glob("*.partial"))


def test_the_snapshot_is_read_not_the_corpus_when_the_key_matches(tmp_path, bundled_corpus):
    """A doctored snapshot (two articles) proves which one open_corpus returned."""
    corpus = load_corpus(bundled_corpus)
    corpus.articles = corpus.articles.head(2)
    path = write_snapshot(corpus, tmp_path / "s", bundled_corpus)
    relative = bundled_corpus.parent / "tests" / ".." / "corpus"  # same folder, other spelling
    assert len(open_corpus(relative, path).articles) == 2
    # another corpus, other load settings, or no snapshot: a fresh load
    assert len(open_corpus(bundled_corpus, path, dedupe=False).articles) == 16
    assert len(open_corpus(bundled_corpus / "000_0105cacf119186dc.txt", path).articles) == 1
    assert len(open_corpus(bundled_corpus, None).articles) == 16
    assert len(open_corpus(bundled_corpus, tmp_path / "gone").articles) == 16


def test_the_key_is_the_resolved_corpus_and_the_sorted_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert snapshot.snapshot_key("c", {"dedupe": False, "clean": True}) == {
        "format": 1,
        "corpus": str(tmp_path / "c"),
        "settings": {"clean": True, "dedupe": False},
    }


def test_a_kept_kernel_reads_the_snapshot_once_and_each_page_gets_its_own_copy(
    tmp_path, bundled_corpus, monkeypatch
):
    corpus = load_corpus(bundled_corpus)
    path = write_snapshot(corpus, tmp_path / "corpus.snapshot", bundled_corpus)
    reads = []
    unpickle = snapshot.pickle.load
    monkeypatch.setattr(snapshot.pickle, "load", lambda file: reads.append(1) or unpickle(file))
    first = open_corpus(bundled_corpus, path)
    first.articles.loc[0, "body"] = "edited by the first page"  # in place, as a page may
    del first.articles["title"]
    second = open_corpus(bundled_corpus, path)
    assert len(reads) == 1  # the second page's copy was not unpickled again
    pd.testing.assert_frame_equal(second.articles, corpus.articles)  # the edits stayed behind
    pd.testing.assert_frame_equal(second.report.table, corpus.report.table)
    # Another run writes another snapshot (here: two articles): it is read anew.
    corpus.articles = corpus.articles.head(2)
    write_snapshot(corpus, tmp_path / "corpus.snapshot", bundled_corpus)
    assert len(open_corpus(bundled_corpus, path).articles) == 2
    assert len(reads) == 2

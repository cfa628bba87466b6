"""Which path: a notebook's analyses in memory or on a Dask cluster give the same frames.

The cluster is ``local:2`` (two single-threaded worker processes) started the way a notebook
starts it, through :func:`helpers.analysis.connect_scheduler`, and closed after the module.
"""

from __future__ import annotations

import os
import socket
import time

import pandas as pd
import pytest
from corpus_shapes import undated

import helpers.analysis as analysis_module
from helpers import scale
from helpers.analysis import (
    NO_OUTLET,
    SchedulerUnreachable,
    close_scheduler,
    connect_scheduler,
    open_analysis,
)
from helpers.arabic import tokenize
from helpers.progress import PROGRESS_ENV
from helpers.selection import load_articles
from helpers.settings import fit_settings


@pytest.fixture(scope="module")
def cluster():
    client = connect_scheduler("local:2")
    yield client
    close_scheduler("local:2")


@pytest.fixture(scope="module")
def both(cluster, bundled_corpus):
    """The bundled corpus as (in-memory analysis, analysis on the cluster)."""
    return open_analysis(bundled_corpus), open_analysis(bundled_corpus, scheduler="local:2")


@pytest.mark.parametrize("text", ["local:2", "local:16", "tcp://10.0.0.5:8786", "tcp://dask:1"])
def test_scheduler_strings_that_name_a_scheduler(text):
    assert scale.check_scheduler(f" {text} ") == text


@pytest.mark.parametrize(
    "text",
    ["local", "local:0", "local:two", "tcp://host", "tcp://host:99999", "http://host:8786",
     "10.0.0.5:8786", ""],
)  # fmt: skip
def test_other_scheduler_strings_are_refused_with_the_accepted_forms(text):
    with pytest.raises(ValueError, match="expected local:N .* or tcp://HOST:PORT"):
        scale.check_scheduler(text)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_address_where_nothing_answers_is_refused_at_once():
    address = f"tcp://127.0.0.1:{free_port()}"
    began = time.perf_counter()
    with pytest.raises(SchedulerUnreachable, match=f"no Dask scheduler answers at {address}"):
        connect_scheduler(address, timeout=20)
    assert time.perf_counter() - began < 10  # a closed port refuses: no waiting out the timeout


def test_a_notebook_cell_run_twice_gets_the_same_client(cluster):
    assert connect_scheduler("local:2") is cluster


def test_both_paths_select_the_same_articles(both, bundled_corpus):
    memory, distributed = both
    assert not memory.distributed and distributed.distributed
    pd.testing.assert_frame_equal(distributed.articles, memory.articles)
    pd.testing.assert_frame_equal(memory.articles, load_articles(bundled_corpus))
    pd.testing.assert_frame_equal(distributed.report.table, memory.report.table)
    assert repr(memory) == "16 articles to analyse, in memory"
    # the count is the scheduler's live one: on a loaded machine a worker process may still be
    # (re)starting, so the cluster is let to reach its two workers first
    distributed.client.wait_for_workers(2, timeout=120)
    assert repr(distributed).startswith("16 articles to analyse, on the Dask cluster at tcp://")
    assert repr(distributed).endswith("(2 workers)")


def test_both_paths_give_the_same_analyses(both):
    memory, distributed = both
    pd.testing.assert_frame_equal(
        distributed.term_counts("outlet", min_count=2), memory.term_counts("outlet", min_count=2)
    )
    pd.testing.assert_frame_equal(distributed.find_mentions(), memory.find_mentions())
    sentences = memory.stance_sentences(["russia", "usa"])
    assert len(sentences) > 20
    pd.testing.assert_frame_equal(distributed.stance_sentences(["russia", "usa"]), sentences)
    pd.testing.assert_frame_equal(
        distributed.cluster_articles(3, min_df=1), memory.cluster_articles(3, min_df=1)
    )


def test_the_overview_counts_articles_without_bringing_their_text_back(cluster, bundled_corpus):
    memory = open_analysis(bundled_corpus)
    distributed = open_analysis(bundled_corpus, scheduler="local:2")
    assert repr(distributed).startswith("16 articles to analyse, on the Dask cluster at tcp://")
    overview = distributed.overview(words=True)
    assert "articles" not in vars(distributed)  # the bodies were never gathered
    assert list(overview.columns) == [
        "article_id",
        "outlet",
        "date",
        "title",
        "has_arabic",
        "words",
    ]
    pd.testing.assert_frame_equal(overview, memory.overview(words=True))
    articles = memory.articles
    seed = overview.set_index("article_id").loc["000_0105cacf119186dc"]
    assert (seed["words"], seed["has_arabic"]) == (611, True)  # as the corpus page counts it
    assert overview["words"].tolist() == articles["body"].map(tokenize).map(len).tolist()
    assert "words" not in distributed.overview()
    from_overview, from_articles = fit_settings(overview), fit_settings(articles)
    assert from_overview._repr_markdown_() == from_articles._repr_markdown_()
    assert from_overview.arabic_articles == from_articles.arabic_articles == 16
    english = articles.assign(body=articles["body"].where(articles.index >= 3, "no Arabic here"))
    assert fit_settings(english).arabic_articles == 13
    assert analysis_module._overview(english, words=False)["has_arabic"].sum() == 13


def test_articles_without_an_outlet_name_are_one_group_on_both_paths(cluster, tmp_path):
    corpus = undated(tmp_path)  # eight records; the first two name no outlet
    memory = open_analysis(corpus)
    distributed = open_analysis(corpus, scheduler="local:2")
    unnamed = memory.articles[memory.articles["outlet"] == NO_OUTLET]
    assert len(unnamed) == 2 and memory.articles["outlet"].notna().all()
    counts = memory.term_counts("outlet")
    pd.testing.assert_frame_equal(distributed.term_counts("outlet"), counts)
    alone = open_analysis(corpus).where("outlet", [NO_OUTLET]).term_counts()
    assert counts.loc[counts["outlet"] == NO_OUTLET, "count"].sum() == alone["count"].sum() > 0
    sentences = distributed.stance_sentences(["russia", "usa"])
    assert set(sentences.loc[sentences["article_id"].isin(unnamed["article_id"]), "outlet"]) == {
        NO_OUTLET
    }


def test_a_selection_is_the_same_rows_on_both_paths(both):
    memory, distributed = both
    pair = ["صوت الشرق", "منبر التحليل"]
    kept = memory.where("outlet", pair).articles
    assert sorted(kept.outlet.unique()) == sorted(pair) and len(kept) == 8
    pd.testing.assert_frame_equal(distributed.where("outlet", pair).articles, kept)
    pd.testing.assert_frame_equal(
        distributed.where("outlet", pair).term_counts("outlet", wide=True),
        memory.where("outlet", pair).term_counts("outlet", wide=True),
    )


@pytest.mark.parametrize("scheduler", [None, "local:2"])
def test_an_outlet_not_in_the_corpus_is_named_with_those_that_are(
    cluster, bundled_corpus, scheduler
):
    with pytest.raises(ValueError, match=r"outlets \['BBC'\] are not in the corpus; it has \["):
        open_analysis(bundled_corpus, scheduler=scheduler, outlets=["BBC"])
    one = open_analysis(bundled_corpus, scheduler=scheduler, outlets="منبر التحليل")
    assert one.articles.outlet.unique().tolist() == ["منبر التحليل"]


def test_the_runners_store_is_reopened_not_reloaded(cluster, bundled_corpus, tmp_path):
    store = tmp_path / "store"
    scale.load_corpus(bundled_corpus, cluster, store=store)
    reopened = open_analysis(bundled_corpus, store, "local:2")
    assert reopened.corpus.store == store.resolve()
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(
        "31-ديسمبر-2021\n\nعنوان\n\nصوت الشرق\n\nنص قصير", encoding="utf-8"
    )
    loaded = open_analysis(other, store, "local:2")  # a store of another corpus is not used
    assert loaded.corpus.store != store.resolve()
    assert loaded.articles.article_id.tolist() == ["a"]


def test_local_workers_draw_no_progress_bars_into_the_terminal(cluster):
    """The workers of local:N write to the runner's terminal: their bars are off."""
    states = cluster.run(lambda: os.environ.get(PROGRESS_ENV))
    assert list(states.values()) == ["off", "off"]

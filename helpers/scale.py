"""Past one machine: the same analyses on a Dask cluster, with the same answers.

A newsroom archive of millions of articles does not fit one process's memory. This module runs
the in-memory analyses of :mod:`helpers.corpus`, :mod:`helpers.frequency`,
:mod:`helpers.actors`, :mod:`helpers.stance` and :mod:`helpers.topics` on the partitions of a
``dask.dataframe.DataFrame``, on a ``distributed`` cluster: a ``LocalCluster`` on a laptop, or
a scheduler at ``tcp://HOST:PORT``. It never re-implements an analysis: every partition goes
through the in-memory function, and only the reductions that cross partitions live here.

* :func:`connect` gives a client; :func:`load_corpus` reads files in parallel into a
  :class:`DistributedCorpus` whose ``articles`` has exactly the columns (and, computed, the rows
  and values) of :class:`helpers.corpus.Corpus` ``.articles`` and whose ``report`` is the same,
  complete :class:`~helpers.corpus.LoadReport` (:mod:`helpers.scale_corpus`). The cleaned
  partitions are written once to a store folder and read lazily by every analysis, so a
  worker holds only the partitions it works on; :func:`open_store` reopens a store.
* :func:`term_counts` and :func:`keyness_by_group`: counts per partition, summed by a tree
  reduction on the workers; the small result is the pandas frame :mod:`helpers.frequency` gives.
* :func:`find_mentions`, :func:`stance_sentences`, :func:`summarise_stance`: per partition, so
  they return dask frames whose computed rows equal the in-memory ones (an article and its
  sentences never straddle partitions). :func:`compare_outlets` gathers the four small columns
  it needs and bootstraps them on the client, so its intervals are the in-memory ones.
* :func:`cluster_articles`: the in-memory method on a sample, then assignment in parallel (its
  docstring says what differs; :mod:`helpers.scale_topics`).
* :func:`gather` computes a dask frame of analysis rows into the pandas frame the in-memory
  function would have returned.

Importing this module sets ``dataframe.convert-string`` to False: text stays in ``object``
columns, as in the in-memory frames, so both paths give equal frames.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
from distributed import Client

import helpers.actors as actors
import helpers.frequency as frequency
import helpers.stance as stance
from helpers.analyzer import Analyzer
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.scale_corpus import (
    MANIFEST,
    PARTITION_BYTES,
    PARTITION_ROWS,
    DistributedCorpus,
    check_scheduler,
    client_or_default,
    connect,
    load_corpus,
    open_store,
)
from helpers.scale_topics import SAMPLE_SIZE, cluster_articles

__all__ = [
    "MANIFEST",
    "PARTITION_BYTES",
    "PARTITION_ROWS",
    "SAMPLE_SIZE",
    "DistributedCorpus",
    "check_scheduler",
    "cluster_articles",
    "compare_outlets",
    "connect",
    "find_mentions",
    "gather",
    "keyness_by_group",
    "load_corpus",
    "open_store",
    "stance_sentences",
    "summarise_stance",
    "term_counts",
]


# ----------------------------------------------------------------------------------- frequency
@dataclass
class _Counts:
    """Term counts of some partitions: tidy (group, term, count, doc_freq) and group totals."""

    rows: pd.DataFrame
    tokens: pd.Series
    articles: pd.Series


def _partition_counts(part: pd.DataFrame, by: str | None, analyzer, ngram_range) -> _Counts:
    group = frequency._groups(part, by)[0]
    try:
        counts = frequency.term_counts(part, by, analyzer, ngram_range)
    except ValueError:  # no analysed term in this partition: its articles still count
        labels = part[by] if by else pd.Series("all", index=part.index)
        sizes = labels.value_counts(dropna=False)
        empty = pd.DataFrame({group: [], "term": [], "count": [], "doc_freq": []})
        return _Counts(empty, sizes * 0, sizes)
    rows = counts[[group, "term", "count", "doc_freq"]]
    return _Counts(rows, pd.Series(counts.attrs["tokens"]), pd.Series(counts.attrs["articles"]))


def _sum_counts(*parts: _Counts) -> _Counts:
    rows = pd.concat([p.rows for p in parts], ignore_index=True)
    keys = list(rows.columns[:2])
    summed = rows.groupby(keys, dropna=False, sort=False)[["count", "doc_freq"]].sum()
    add = lambda series: pd.concat(series).groupby(level=0, dropna=False).sum()  # noqa: E731
    return _Counts(
        summed.reset_index(),
        add([p.tokens for p in parts]),
        add([p.articles for p in parts]),
    )


def _tree_reduce(parts: list, combine, split_every: int = 8):
    """One delayed result from many, combining ``split_every`` at a time on the workers."""
    while len(parts) > 1:
        parts = [
            dask.delayed(combine)(*parts[i : i + split_every])
            for i in range(0, len(parts), split_every)
        ]
    return parts[0]


def term_counts(
    articles: dd.DataFrame,
    by: str | None = None,
    analyzer: Analyzer | None = None,
    ngram_range: tuple[int, int] | None = None,
    min_count: int = 1,
    *,
    wide: bool = False,
    client: Client | None = None,
) -> pd.DataFrame:
    """:func:`helpers.frequency.term_counts` of a dask frame: the same pandas result.

    Each partition is counted by the in-memory function (``min_count=1``); the partial counts
    and the groups' term and article totals are summed by a tree reduction on the workers, and
    ``min_count`` is applied to the corpus totals. ``by`` is a column name (add a derived column
    with ``articles.assign(...)`` to group by month, say).
    """
    require_columns(articles._meta, ANALYSIS_COLUMNS)
    parts = [
        dask.delayed(_partition_counts)(part, by, analyzer, ngram_range)
        for part in articles.to_delayed()
    ]
    total: _Counts = client_or_default(client).compute(_tree_reduce(parts, _sum_counts), sync=True)
    group = frequency._groups(articles._meta, by)[0]
    codes, labels = pd.factorize(total.tokens.index.to_numpy(), sort=True, use_na_sentinel=False)
    labels = pd.Index(labels)
    tokens = total.tokens.reindex(labels).to_numpy(dtype=np.int64)
    sizes = total.articles.reindex(labels).to_numpy(dtype=np.int64)
    rows = total.rows.astype({"count": np.int64, "doc_freq": np.int64})
    overall = rows.groupby("term")["count"].transform("sum")
    rows = rows[overall >= min_count]
    if wide:
        frame = rows.pivot_table(
            index="term", columns=group, values="count", fill_value=0, dropna=False
        ).reindex(columns=labels, fill_value=0)
        frame = frame.rename_axis(index="term", columns=group).astype(np.int64)
    else:
        per_group = dict(zip(labels, tokens, strict=True))
        frame = rows.assign(per_10k=rows["count"] / rows[group].map(per_group) * frequency.PER)[
            [group, "term", "count", "per_10k", "doc_freq"]
        ]
        frame = frame.sort_values(
            [group, "count", "term"], ascending=[True, False, True], kind="stable"
        ).reset_index(drop=True)
    frame.attrs["tokens"] = dict(zip(labels, tokens.tolist(), strict=True))
    frame.attrs["articles"] = dict(zip(labels, sizes.tolist(), strict=True))
    return frame


def keyness_by_group(
    articles: dd.DataFrame,
    by: str = "outlet",
    analyzer: Analyzer | None = None,
    min_count: int = 5,
    *,
    alpha0: float | None = None,
    correction: str | None = "bh",
    client: Client | None = None,
) -> pd.DataFrame:
    """:func:`helpers.frequency.keyness_by_group` of a dask frame: distributed counts, then
    :func:`helpers.frequency.keyness_against_rest` on the small summed table."""
    counts = term_counts(articles, by, analyzer, min_count=min_count, client=client)
    return frequency.keyness_against_rest(counts, alpha0=alpha0, correction=correction)


# ------------------------------------------------------------------------- mentions and stance
def _per_partition(articles: dd.DataFrame, function, *args, **kwargs) -> dd.DataFrame:
    """``function`` applied to every partition; its output on the empty frame is the meta."""
    meta = function(articles._meta, *args, **kwargs)
    return articles.map_partitions(function, *args, meta=meta, **kwargs)


def find_mentions(
    articles: dd.DataFrame,
    gazetteer: actors.Gazetteer | None = None,
    actor_ids: Sequence[str] | None = None,
    *,
    keep: Sequence[str] = ("outlet", "date"),
    sentences: bool = True,
) -> dd.DataFrame:
    """:func:`helpers.actors.find_mentions` on every partition (a dask frame of mentions)."""
    gazetteer = gazetteer or actors.load_gazetteer()
    options = {"keep": tuple(keep), "progress": False, "sentences": sentences}
    return _per_partition(articles, actors.find_mentions, gazetteer, actor_ids, **options)


def stance_sentences(
    articles: dd.DataFrame,
    targets: Sequence[str] | None = None,
    *,
    engine: str | Any = "lexicon",
    lexicon=None,
    gazetteer: actors.Gazetteer | None = None,
    keep: Sequence[str] = ("outlet", "date"),
) -> dd.DataFrame:
    """:func:`helpers.stance.stance_sentences` on every partition (a dask frame of sentences).

    Article ids must be unique across the corpus (:func:`load_corpus` makes them so)."""
    return _per_partition(
        articles,
        stance.stance_sentences,
        targets,
        engine=engine,
        lexicon=lexicon,
        gazetteer=gazetteer or actors.load_gazetteer(),
        keep=tuple(keep),
        progress=False,
    )


def _summarise_partition(sentences: pd.DataFrame, voice: str, engine: str) -> pd.DataFrame:
    sentences.attrs["engine"] = engine  # attrs do not survive every dask step
    return stance.summarise_stance(sentences, voice)


def summarise_stance(
    sentences: dd.DataFrame, voice: str = "all", engine: str = "lexicon"
) -> dd.DataFrame:
    """:func:`helpers.stance.summarise_stance` on every partition of :func:`stance_sentences`.

    An article's sentences are all in its partition, so the scores equal the in-memory ones.
    ``engine`` is ``"lexicon"`` or ``"classifier"`` (the engine that scored the sentences).
    """
    return _per_partition(sentences, _summarise_partition, voice, engine)


def compare_outlets(
    scores: dd.DataFrame, by: str = "outlet", *, client: Client | None = None, **options
) -> pd.DataFrame:
    """:func:`helpers.stance.compare_outlets` of a dask frame of scores.

    The bootstrap draws from one random stream over all cells in order, so it runs on the client
    over the four columns it reads (``by, target, score, stance``; 10 million article x target
    scores take about 400 MB): the intervals are those of the in-memory path.
    """
    columns = [c for c in (by, "target", "score", "stance") if c in scores.columns]
    small = client_or_default(client).compute(scores[columns], sync=True).reset_index(drop=True)
    return stance.compare_outlets(small, by, **options)


def gather(frame: dd.DataFrame, client: Client | None = None) -> pd.DataFrame:
    """A dask frame of per-partition analysis rows as the one pandas frame the in-memory
    function returns: rows in order, index from 0, and text columns typed as pandas types them
    when it builds the frame from all rows at once (a partition whose ``speaker`` is always
    None would otherwise keep the whole column ``object``)."""
    result = client_or_default(client).compute(frame, sync=True).reset_index(drop=True)
    text = [column for column in result.columns if result[column].dtype == object]
    result[text] = result[text].infer_objects()
    return result

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
  complete :class:`~helpers.corpus.LoadReport`.
* :func:`term_counts` and :func:`keyness_by_group`: counts per partition, summed by a tree
  reduction on the workers; the small result is the pandas frame :mod:`helpers.frequency` gives.
* :func:`find_mentions`, :func:`stance_sentences`, :func:`summarise_stance`: per partition, so
  they return dask frames whose computed rows equal the in-memory ones (an article and its
  sentences never straddle partitions). :func:`compare_outlets` gathers the four small columns
  it needs and bootstraps them on the client, so its intervals are the in-memory ones.
* :func:`cluster_articles`: the in-memory method on a sample, then assignment in parallel (its
  docstring says what differs).

Importing this module sets ``dataframe.convert-string`` to False: text stays in ``object``
columns, as in the in-memory frames, so both paths give equal frames.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
from distributed import Client, LocalCluster, get_client
from scipy.spatial.distance import cdist
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import normalize as l2_normalize

from helpers import actors, frequency, stance, topics
from helpers.arabic import Analyzer
from helpers.cleaning import clean_bodies, clean_title, find_duplicates
from helpers.corpus import (
    ARTICLE_COLUMNS,
    NOT_ARTICLES,
    REPORT_COLUMNS,
    LoadReport,
    _assemble,
    _discover,
    _duplicate_rows,
    _parse_dates,
    _read_one,
    _unique_ids,
)
from helpers.readers import COLUMN_ALIASES

__all__ = [
    "DistributedCorpus",
    "cluster_articles",
    "compare_outlets",
    "connect",
    "find_mentions",
    "keyness_by_group",
    "load_corpus",
    "stance_sentences",
    "summarise_stance",
    "term_counts",
]

dask.config.set({"dataframe.convert-string": False})

PARTITION_BYTES = 4 * 2**20
"""Default input bytes read by one task (one partition): files are grouped in discovery order
until they reach this size. One file is never split: cut a big export into several files to
read it in parallel."""

SAMPLE_SIZE = 20_000
"""Default number of articles :func:`cluster_articles` fits its model on."""

_ORDER_SHIFT = 32  # _order = partition << 32 | row: a global row order that survives shuffles


# --------------------------------------------------------------------------------- the cluster
def connect(address: str | None = None, n_workers: int | None = None, **cluster_options) -> Client:
    """A ``distributed.Client``: a new ``LocalCluster``, or the scheduler at ``address``.

    Parameters
    ----------
    address : str, optional
        ``"tcp://HOST:PORT"`` of a running scheduler, or ``"local:N"`` for a local cluster of
        ``N`` worker processes. Default: a local cluster.
    n_workers : int, optional
        Worker processes of a local cluster (default: one per core). Each worker runs one
        thread: the analyses are pure-Python text loops that a thread pool cannot speed up.
    **cluster_options
        Passed to ``LocalCluster`` (``memory_limit="4GB"``, ``dashboard_address``...).

    >>> client = connect("local:2")  # doctest: +SKIP
    """
    if address and not address.startswith("local"):
        return Client(address)
    if address and ":" in address:
        n_workers = int(address.split(":", 1)[1])
    options = {"threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    cluster = LocalCluster(n_workers=n_workers, **{**options, **cluster_options})
    return Client(cluster)


def _client(client: Client | None) -> Client:
    if client is not None:
        return client
    try:
        return get_client()
    except ValueError as error:
        raise ValueError("no Dask client: call helpers.scale.connect() first") from error


# ------------------------------------------------------------------------------------- loading
@dataclass
class DistributedCorpus:
    """Articles as a dask DataFrame (columns of :data:`~helpers.corpus.ARTICLE_COLUMNS` + extras,
    held in the workers' memory) and the complete :class:`~helpers.corpus.LoadReport`."""

    articles: dd.DataFrame
    report: LoadReport

    def analysis_view(self) -> dd.DataFrame:
        """The articles without marked duplicates (the first copy of each stays)."""
        return self.articles[self.articles.duplicate_of.isna()]

    def __repr__(self) -> str:
        return f"DistributedCorpus({self.articles.npartitions} partitions)\n{self.report}"


def load_corpus(
    path: str | Path | Sequence[str | Path],
    client: Client | None = None,
    *,
    mapping: dict[str, str] | None = None,
    clean: bool = True,
    dedupe: bool = True,
    encoding: str | None = None,
    ignore: Sequence[str] = NOT_ARTICLES,
    similarity: float = 0.8,
    duplicates_within: str | None = "outlet",
    partition_bytes: int = PARTITION_BYTES,
) -> DistributedCorpus:
    """Read a folder, a file, a glob or a list of them on the cluster.

    The parameters are those of :func:`helpers.corpus.load_corpus`, and so are the results:
    computed, ``articles`` equals ``helpers.corpus.load_corpus(path).articles`` row for row.

    How: the client lists the files; each task reads about ``partition_bytes`` of them, parses
    dates and cleans bodies (one partition). Only article ids travel back to the client, to
    rename repeated ids in file order. Duplicates are looked for per ``duplicates_within``
    group (default each outlet) after a shuffle that brings a group's articles to one worker,
    so exact and near copies are found across partitions exactly as in memory (with
    ``duplicates_within=None`` the whole corpus is one group: one worker holds every body).
    The articles stay in the workers' memory (persisted; workers spill to disk when full).
    """
    client = _client(client)
    for key in mapping or {}:
        if key not in COLUMN_ALIASES:
            raise ValueError(f"mapping key {key!r} is not one of {', '.join(COLUMN_ALIASES)}")
    files, skipped = _discover(path, tuple(ignore))
    chunks = _chunks(files, partition_bytes)
    read = [
        dask.delayed(_read_partition, nout=3)(number, chunk, mapping, encoding, clean)
        for number, chunk in enumerate(chunks or [[]])
    ]
    parts, reports, missing = (list(x) for x in zip(*read, strict=True))
    parts = client.persist(parts)
    heads = [dask.delayed(_index_of)(part) for part in parts]
    reports, missing, heads = client.compute([reports, missing, heads], sync=True)
    ids = pd.concat([ids for ids, _ in heads], ignore_index=True)
    meta = pd.concat([empty for _, empty in heads], sort=False).iloc[:0]
    meta = meta.astype({"date": "datetime64[ns]"})
    given = ids.article_id.copy()
    ids, renamed = _unique_ids(ids)
    changed = ids.article_id != given
    renames = dict(zip(ids._order[changed], ids.article_id[changed], strict=True))
    articles = dd.from_delayed(parts, meta=meta.assign(_order=np.int64(0)), verify_meta=False)
    articles = articles.map_partitions(_set_ids, renames)
    found = pd.DataFrame(columns=["article_id", "duplicate_of", "kind", "similarity", "_order"])
    if dedupe and len(ids):
        found = _duplicates(articles, duplicates_within, similarity, client)
    extras = [c for c in meta.columns if c not in ARTICLE_COLUMNS and c != "_record"]
    columns = list(ARTICLE_COLUMNS) + extras
    final_meta = meta.assign(duplicate_of=pd.Series(dtype=object)).drop(columns="_record")
    final_meta = final_meta[columns]
    originals = dict(zip(found.article_id, found.duplicate_of, strict=True))
    articles = client.persist(articles.map_partitions(_finish, originals, final_meta))
    # built as the in-memory loader builds it, so that pandas gives its columns the same types
    files_report = pd.DataFrame(skipped + [row for rows in reports for row in rows])
    files_report = files_report.reindex(columns=list(REPORT_COLUMNS))
    duplicates = _duplicate_rows(ids, found.drop(columns="_order"))
    report = pd.concat(
        [df for df in (files_report, renamed, duplicates) if len(df)] or [files_report],
        ignore_index=True,
    )
    report = report.astype({"articles": "Int64", "dates_unparsed": "Int64"})
    return DistributedCorpus(articles, LoadReport(report, int(sum(missing))))


def _chunks(files: list[Path], partition_bytes: int) -> list[list[Path]]:
    """Consecutive files grouped until each group holds ``partition_bytes`` (the last less)."""
    chunks: list[list[Path]] = [[]]
    size = 0
    for file in files:
        chunks[-1].append(file)
        size += file.stat().st_size
        if size >= partition_bytes:
            chunks.append([])
            size = 0
    return [chunk for chunk in chunks if chunk]


def _read_partition(number: int, files: list[Path], mapping, encoding, clean: bool):
    """Read, date and clean some files: (articles with ``_record``/``_order``, report, missing)."""
    frames, rows = [], []
    for file in files:
        frame, file_rows = _read_one(file, mapping, encoding)
        rows.extend(file_rows)
        if frame is not None:
            frames.append(frame)
    articles = _assemble(frames)
    report = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
    articles, report, missing = _parse_dates(articles, report)
    articles["date"] = articles["date"].astype("datetime64[ns]")
    articles["article_id"] = articles.article_id.astype(str)
    if clean:
        bodies, _ = clean_bodies(articles.raw_body)
        articles["body"] = pd.Series(bodies, index=articles.index, dtype=object)
        articles["title"] = articles.title.map(clean_title)
    else:
        articles["body"] = articles.raw_body
    articles["_order"] = (np.int64(number) << _ORDER_SHIFT) + np.arange(len(articles))
    return articles.reset_index(drop=True), report.to_dict("records"), missing


def _index_of(part: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What the client needs of a partition: ids with their order and source, and the dtypes."""
    ids = part[["article_id", "source_path", "_record", "_order"]]
    return ids, part.drop(columns="_order").iloc[:0]


def _set_ids(part: pd.DataFrame, renames: dict[int, str]) -> pd.DataFrame:
    """Article ids made unique across the corpus (the renaming the client decided)."""
    if not renames:
        return part
    new = part["_order"].map(renames)
    return part.assign(article_id=new.where(new.notna(), part.article_id))


def _duplicates(
    articles: dd.DataFrame, within: str | None, threshold: float, client: Client
) -> pd.DataFrame:
    """Exact and near duplicates per ``within`` group, found after a shuffle by group."""
    keyed = articles.map_partitions(_group_key, within)
    meta = pd.DataFrame(
        {
            "article_id": pd.Series(dtype=object),
            "duplicate_of": pd.Series(dtype=object),
            "kind": pd.Series(dtype=object),
            "similarity": pd.Series(dtype=float),
            "_order": pd.Series(dtype=np.int64),
        }
    )
    found = keyed.groupby("_group").apply(_duplicates_in_group, threshold, meta=meta)
    found = client.compute(found, sync=True)
    return found.sort_values("_order").reset_index(drop=True)


def _group_key(part: pd.DataFrame, within: str | None) -> pd.DataFrame:
    """Id, body and order of each article, with its group as text (missing: one group)."""
    keyed = part[["article_id", "body", "_order"]]
    if within is None or within not in part.columns:
        return keyed.assign(_group="")
    group = part[within]
    return keyed.assign(_group=("=" + group.astype(str)).where(group.notna(), ""))


def _duplicates_in_group(group: pd.DataFrame, threshold: float) -> pd.DataFrame:
    group = group.sort_values("_order")
    found = find_duplicates(group, threshold=threshold, within=None)
    order = dict(zip(group.article_id, group._order, strict=True))
    return found.assign(_order=found.article_id.map(order).astype(np.int64))


def _finish(part: pd.DataFrame, originals: dict[str, str], meta: pd.DataFrame) -> pd.DataFrame:
    """The partition as ``Corpus.articles`` has it: ``duplicate_of`` set, columns in order."""
    original = [originals.get(i) for i in part.article_id]
    part = part.assign(duplicate_of=pd.Series(original, index=part.index, dtype=object))
    return part.reindex(columns=meta.columns).astype(meta.dtypes.to_dict())


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
    frequency._require(articles)
    parts = [
        dask.delayed(_partition_counts)(part, by, analyzer, ngram_range)
        for part in articles.to_delayed()
    ]
    total: _Counts = _client(client).compute(_tree_reduce(parts, _sum_counts), sync=True)
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
        frame = rows.assign(
            per_10k=rows["count"] / rows[group].map(per_group) * frequency.PER
        )[[group, "term", "count", "per_10k", "doc_freq"]]
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
) -> dd.DataFrame:
    """:func:`helpers.actors.find_mentions` on every partition (a dask frame of mentions)."""
    gazetteer = gazetteer or actors.load_gazetteer()
    return _per_partition(
        articles, actors.find_mentions, gazetteer, actor_ids, keep=tuple(keep), progress=False
    )


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
    small = _client(client).compute(scores[columns], sync=True).reset_index(drop=True)
    return stance.compare_outlets(small, by, **options)


# ---------------------------------------------------------------------------------- clustering
@dataclass
class _ClusterModel:
    """What assigns an article to a cluster, fitted on the sample."""

    counter: CountVectorizer
    idf: TfidfTransformer
    svd: TruncatedSVD | None
    classifier: ComplementNB | None
    centres: np.ndarray
    title_weight: float
    include_title: bool

    def points_and_counts(self, part: pd.DataFrame):
        titles = topics._titles(part, self.include_title)
        counts = self.counter.transform(topics._texts(part, titles)).tocsr()
        weighted = counts + (self.title_weight - 1) * self.counter.transform(titles)
        weights = self.idf.transform(weighted)
        if self.svd is None:
            return l2_normalize(weights.toarray()), counts
        return l2_normalize(self.svd.transform(weights)[:, 1:]), counts

    def assign(self, part: pd.DataFrame) -> pd.DataFrame:
        points, counts = self.points_and_counts(part)
        distances = cdist(points, self.centres)
        if self.classifier is not None:
            labels = self.classifier.predict(counts)
        else:
            labels = distances.argmin(axis=1)
        k = len(self.centres)
        own = distances[np.arange(len(points)), labels]
        others = np.where(np.arange(k)[None, :] == labels[:, None], np.inf, distances)
        second = others.min(axis=1) if k > 1 else np.full(len(points), np.inf)
        confidence = 1 - np.divide(own, second, out=np.zeros(len(points)), where=second > 0)
        result = pd.DataFrame(
            {
                "article_id": part["article_id"].to_numpy(),
                "cluster": labels.astype(np.int64),
                "distance": own,
                "confidence": np.clip(confidence, 0.0, 1.0),
            }
        )
        if "outlet" in part.columns:
            result["outlet"] = part["outlet"].to_numpy()
        return result


def _fit_cluster_model(
    sample: pd.DataFrame, labels: np.ndarray, options: dict, random_state: int
) -> _ClusterModel:
    analyzer = options.get("analyzer") or Analyzer(stem="light")
    include_title = options.get("include_title", True)
    title_weight = options.get("title_weight", 5.0)
    dtm = topics.vectorize(sample, analyzer, **_vectorize_options(options))
    counter = CountVectorizer(analyzer=analyzer, vocabulary=list(dtm.terms))
    idf = TfidfTransformer(sublinear_tf=dtm.sublinear_tf)
    idf.fit(dtm.counts + (title_weight - 1) * dtm.title_counts)
    model = _ClusterModel(counter, idf, None, None, np.empty(0), title_weight, include_title)
    n_axes = min(options.get("n_components", 100) + 1, len(sample) - 1, len(dtm.terms) - 1)
    if n_axes > 1:
        model.svd = TruncatedSVD(n_axes, random_state=random_state)
        model.svd.fit(idf.transform(dtm.counts + (title_weight - 1) * dtm.title_counts))
    points, counts = model.points_and_counts(sample)
    k = labels.max() + 1
    model.centres = np.stack([points[labels == c].mean(axis=0) for c in range(k)])
    if options.get("refine", True) and k > 1:
        model.classifier = ComplementNB(alpha=0.3).fit(counts, labels)
    return model


_VECTORIZE = ("min_df", "max_df", "max_features", "sublinear_tf", "include_title")


def _vectorize_options(options: dict) -> dict:
    return {key: value for key, value in options.items() if key in _VECTORIZE}


def cluster_articles(
    articles: dd.DataFrame,
    k: int,
    random_state: int = 0,
    *,
    sample_size: int = SAMPLE_SIZE,
    client: Client | None = None,
    **options,
) -> dd.DataFrame:
    """:func:`helpers.topics.cluster_articles` fitted on a sample, assigned in parallel.

    1. A random sample of ``sample_size`` articles (seeded by ``random_state``) is clustered
       on the client by the in-memory method (``options`` are its keyword arguments).
    2. Fitted on the sample: the vocabulary (``min_df``/``max_df`` over the sample), the IDF
       weights, the LSA axes and, with ``refine`` (default), the complement naive Bayes model of
       the clusters, which is how the in-memory method's refinement assigns articles too.
    3. Every article, sample included, is assigned on the workers: naive Bayes on its word
       counts (nearest centre without ``refine``); ``distance`` and ``confidence`` are measured
       to the sample clusters' centres in the sample's LSA space.

    What differs from the in-memory method: words absent from the sample are not counted, the
    LSA axes and the clusters come from the sample, and the naive Bayes model is not refitted on
    the whole corpus. With ``sample_size`` at least the corpus size, the in-memory method runs
    on the whole corpus and the result is the same. On ANT (31,525 articles, k=6) a 3,000
    article sample gives an adjusted Rand index of about 0.7 against the in-memory clusters
    (``tests/test_scale.py`` measures it on an ANT sample; ``benchmarks/scale_bench.py`` on ANT).

    Returns
    -------
    dask DataFrame
        ``article_id, cluster, distance, confidence`` (+ ``outlet``), as the in-memory method.
    """
    client = _client(client)
    size = int(client.compute(articles.shape[0], sync=True))
    if size <= sample_size:
        whole = client.compute(articles, sync=True).reset_index(drop=True)
        result = topics.cluster_articles(whole, k, random_state, **options)
        return dd.from_pandas(result, npartitions=articles.npartitions)
    sample = articles.sample(frac=min(1.0, 1.1 * sample_size / size), random_state=random_state)
    sample = client.compute(sample, sync=True).head(sample_size).reset_index(drop=True)
    fitted = topics.cluster_articles(sample, k, random_state, **options)
    model = client.scatter(
        _fit_cluster_model(sample, fitted["cluster"].to_numpy(), options, random_state),
        broadcast=True,
    )
    meta = fitted.iloc[:0]
    return articles.map_partitions(_assign_clusters, model, meta=meta)


def _assign_clusters(part: pd.DataFrame, model: _ClusterModel) -> pd.DataFrame:
    return model.assign(part)

"""Topic models: NMF and LDA topics as tidy tables, their coherence, and their prevalence.

:func:`fit_topics` fits NMF (on TF-IDF) or LDA (on counts) over the document-term matrix of
:mod:`helpers.document_terms` and scores each topic by NPMI coherence on the corpus;
:func:`topic_prevalence` gives each topic's share per outlet or per period. Nothing here plots:
:mod:`helpers.plotting` draws these frames.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.exceptions import ConvergenceWarning

from helpers.analyzer import Analyzer
from helpers.cache import code_version, content_key, disk_cache
from helpers.dates import PERIODS
from helpers.document_terms import (
    DocumentTerms,
    check_k,
    labels_from_terms,
    single_thread,
    vectorize,
)

__all__ = [
    "MISSING_GROUP",
    "NMF_MAX_ITER",
    "PERIODS",
    "TopicModel",
    "fit_topics",
    "mean_npmi",
    "npmi_coherence",
    "top_term_indices",
    "topic_prevalence",
    "topic_weights",
]

NMF_MAX_ITER = 500
"""Iterations NMF may take; a fit that needs more is kept and marked ``converged=False``."""

MISSING_GROUP = "(missing)"
"""Group label for articles whose outlet/date is missing; they are counted, not dropped."""


@dataclass(frozen=True)
class TopicModel:
    """A fitted topic model as tidy tables.

    Attributes
    ----------
    method : str
        ``"nmf"`` or ``"lda"``.
    terms : DataFrame
        ``topic, label, rank, term, weight, stem``: the top terms of each topic (readable
        words; ``stem`` is the analyzer's term), weights summing to 1 over the whole topic.
    doc_topics : DataFrame
        ``article_id, topic, label, weight`` (+ ``outlet``, ``date`` when the input had them):
        each article's mixture, weights summing to 1 per article (0 for an article with no
        kept term).
    coherence : DataFrame
        ``topic, label, npmi``: mean NPMI of the top terms' pairs over the corpus.
    converged : bool
        False when NMF stopped at :data:`NMF_MAX_ITER` iterations before reaching its
        tolerance: the topics are then a slightly rougher factorisation (said, not warned).
    """

    method: str
    terms: pd.DataFrame
    doc_topics: pd.DataFrame
    coherence: pd.DataFrame
    converged: bool = True

    @property
    def labels(self) -> dict[int, str]:
        """Topic number -> readable label."""
        return dict(zip(self.coherence["topic"], self.coherence["label"], strict=True))

    @property
    def mean_coherence(self) -> float:
        """Mean NPMI over topics (higher: top terms co-occur more; -1 to 1)."""
        return float(self.coherence["npmi"].mean())

    def dominant(self) -> pd.DataFrame:
        """``article_id, topic, label, weight``: each article's heaviest topic."""
        order = self.doc_topics.sort_values(["article_id", "weight", "topic"])
        best = order.groupby("article_id", sort=False).tail(1)
        return (
            best.set_index("article_id").loc[self.doc_topics["article_id"].unique()].reset_index()
        )


def npmi_coherence(counts: sparse.spmatrix, term_indices: Sequence[int]) -> float:
    """Mean normalised PMI over pairs of terms, with documents as co-occurrence windows.

    ``NPMI(a, b) = log(P(a, b) / (P(a) P(b))) / -log P(a, b)``, with ``P`` the share of
    documents containing the term(s). A pair never seen together scores -1, a pair always
    together +1, independent terms 0.

    Parameters
    ----------
    counts : sparse matrix
        Documents x terms (any non-zero counts as presence). The terms' columns are read from
        its column-major (CSC) form: a CSC matrix is read as it is, any other format is
        converted first, which on a large corpus costs more than the scoring itself (ANT: 30 ms
        against 1 ms), so a caller scoring many term lists converts once (``counts.tocsc()``).
    term_indices : sequence of int
        Columns of the terms to score (e.g. a topic's top terms); at least two.
    """
    if len(term_indices) < 2:
        raise ValueError("NPMI needs at least two terms")
    present = (sparse.csc_matrix(counts)[:, list(term_indices)] > 0).astype(np.float64)
    n_docs = counts.shape[0]
    p_single = np.asarray(present.sum(axis=0)).ravel() / n_docs
    p_joint = (present.T @ present).toarray() / n_docs
    scores = []
    for i, j in combinations(range(len(term_indices)), 2):
        pij = p_joint[i, j]
        if pij == 0:
            scores.append(-1.0)
        elif pij == 1:
            scores.append(1.0)
        else:
            scores.append(np.log(pij / (p_single[i] * p_single[j])) / -np.log(pij))
    return float(np.mean(scores))


def _best_lda(
    counts: sparse.csr_matrix, k: int, random_state: int, n_init: int
) -> tuple[LatentDirichletAllocation, np.ndarray]:
    """Fit LDA from ``n_init`` seeded starts; keep the one with the highest log-likelihood."""
    seeds = np.random.RandomState(random_state).randint(2**31 - 1, size=max(1, n_init))
    best = None
    for seed in seeds:
        model = LatentDirichletAllocation(
            k, random_state=int(seed), learning_method="batch", max_iter=50
        )
        weights = model.fit_transform(counts)
        score = model.score(counts)
        if best is None or score > best[0]:
            best = (score, model, weights)
    return best[1], best[2]


def topic_weights(
    dtm: DocumentTerms,
    k: int,
    method: Literal["nmf", "lda"] = "nmf",
    random_state: int = 0,
    *,
    n_init: int = 5,
    rows: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, bool]:
    """Fit ``k`` topics to ``dtm`` (or to its ``rows``); topics ordered by prevalence.

    Returns the article x topic weights (as the solver gives them), the topic x term
    shares (each topic's term weights divided by their sum), and whether the solver
    converged (LDA always counts as converged). See :func:`fit_topics`.
    """
    if method not in ("nmf", "lda"):
        raise ValueError(f"unknown topic method {method!r}; use 'nmf' or 'lda'")
    check_k(k, dtm, "topics")
    if rows is not None and k > len(rows):
        raise ValueError(f"k={k} topics cannot be fitted on a sample of {len(rows)} article(s)")
    with single_thread():
        if method == "nmf":
            tfidf = dtm.tfidf if rows is None else dtm.tfidf[rows]
            model = NMF(k, init="nndsvda", random_state=random_state, max_iter=NMF_MAX_ITER)
            # Not converging is recorded in TopicModel.converged, not printed; with k as large
            # as the articles, the loss is the square root of a rounding error below zero.
            with warnings.catch_warnings(), np.errstate(invalid="ignore"):
                warnings.simplefilter("ignore", ConvergenceWarning)
                weights = model.fit_transform(tfidf)
            converged = model.n_iter_ < NMF_MAX_ITER
        else:
            counts = dtm.counts if rows is None else dtm.counts[rows]
            model, weights = _best_lda(counts, k, random_state, n_init)
            converged = True
    order = np.argsort(-weights.sum(axis=0), kind="stable")
    components = model.components_[order]
    shares = components / components.sum(axis=1, keepdims=True)
    return weights[:, order], shares, converged


def top_term_indices(topic_terms: np.ndarray, n_terms: int) -> list[list[int]]:
    """Each topic's ``n_terms`` heaviest term columns, heaviest first, leaving out weight 0."""
    ranked = np.argsort(-topic_terms, axis=1, kind="stable")[:, :n_terms]
    return [[j for j in row if topic_terms[topic, j] > 0] for topic, row in enumerate(ranked)]


def mean_npmi(counts: sparse.spmatrix, top: list[list[int]]) -> float:
    """Mean over topics of :func:`npmi_coherence` (topics with fewer than two terms left out).

    ``counts`` is read in column-major form, converted once here for all topics.
    """
    columns = counts.tocsc()
    scores = [npmi_coherence(columns, row) for row in top if len(row) > 1]
    return float(np.mean(scores)) if scores else float("nan")


def fit_topics(
    articles: pd.DataFrame,
    k: int,
    method: Literal["nmf", "lda"] = "nmf",
    random_state: int = 0,
    *,
    n_terms: int = 10,
    n_init: int = 5,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> TopicModel:
    """Fit ``k`` topics and return them as tidy tables.

    NMF factorises the TF-IDF matrix (crisp, readable topics on news); LDA models raw counts
    (a probabilistic mixture). Topics are numbered from 0 by prevalence (the sum of article
    weights), largest first, so the numbering does not depend on the solver's order.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``; ``outlet`` and ``date`` are copied to
        ``doc_topics`` when present.
    k : int
        Number of topics; at most the number of articles and of terms.
    method : {"nmf", "lda"}
    random_state : int, default 0
        Seed of the solver; the same seed gives the same tables.
    n_terms : int, default 10
        Top terms kept per topic (and scored for coherence); terms of weight 0 are left out.
    n_init : int, default 5
        LDA only: starts from different seeds (drawn from ``random_state``), keeping the fit
        with the highest log-likelihood, since one start often lands in a poor local optimum.
        NMF starts from the deterministic NNDSVDa factorisation and needs no restarts.
    analyzer : Analyzer, optional
        See :func:`vectorize`.
    **vectorize_options
        Passed to :func:`vectorize` (``min_df``, ``max_df``, ``cache_dir``...).

    Returns
    -------
    TopicModel
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    disk = disk_cache(vectorize_options.get("cache_dir"))

    def fitted() -> tuple[np.ndarray, np.ndarray, bool]:
        return topic_weights(dtm, k, method, random_state, n_init=n_init)

    if disk is None:
        weights, topic_terms, converged = fitted()
    else:  # the topics page and the comparison page fit the same topics: the second reads them
        version = code_version(sys.modules[__name__])
        key = content_key(version, dtm.key, k, method, random_state, n_init, NMF_MAX_ITER)
        weights, topic_terms, converged = disk.get_or_build("topic-weights", key, fitted)
    totals = weights.sum(axis=1, keepdims=True)
    mixture = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    top = top_term_indices(topic_terms, n_terms)
    labels = labels_from_terms([[dtm.shown(dtm.terms[j]) for j in row] for row in top])
    terms = pd.DataFrame(
        [
            (
                topic,
                labels[topic],
                rank,
                dtm.shown(dtm.terms[j]),
                topic_terms[topic, j],
                dtm.terms[j],
            )
            for topic, row in enumerate(top)
            for rank, j in enumerate(row, start=1)
        ],
        columns=["topic", "label", "rank", "term", "weight", "stem"],
    )
    columns = dtm.counts.tocsc()  # converted once for every topic's score
    coherence = pd.DataFrame(
        {
            "topic": range(k),
            "label": labels,
            "npmi": [npmi_coherence(columns, row) if len(row) > 1 else np.nan for row in top],
        }
    )
    doc_topics = pd.DataFrame(
        {
            "article_id": np.repeat(articles["article_id"].to_numpy(), k),
            "topic": np.tile(np.arange(k), len(articles)),
            "label": np.tile(np.asarray(labels, dtype=object), len(articles)),
            "weight": mixture.ravel(),
        }
    )
    extra = [c for c in ("outlet", "date") if c in articles.columns]
    if extra:
        doc_topics = doc_topics.merge(articles[["article_id", *extra]], on="article_id")
    return TopicModel(method, terms, doc_topics, coherence, converged)


def topic_prevalence(
    doc_topics: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    by: str = "outlet",
) -> pd.DataFrame:
    """Each topic's share of the articles in each group.

    The share of topic *t* in group *g* is the sum of *t*'s weights over *g*'s articles divided
    by the sum of all weights there, so shares sum to 1 per group (articles with no kept term
    weigh nothing). Articles whose group value is missing form the group ``"(missing)"``.

    Parameters
    ----------
    doc_topics : DataFrame
        ``article_id, topic, weight`` (+ ``label``), e.g. ``TopicModel.doc_topics``; a frame of
        hard assignments (``article_id, topic`` from a clustering, or ``cluster``) works too,
        each article weighing 1.
    articles : DataFrame, optional
        Where to find the grouping column when ``doc_topics`` lacks it.
    by : str, default "outlet"
        A column name, or one of ``"day", "week", "month", "quarter", "year"`` to group the
        ``date`` column by period (groups named ``2022-01`` for a month, by their Monday
        ``2022-01-10`` for a week).

    Returns
    -------
    DataFrame
        ``group, topic, label, share, articles`` (``label`` when the input had one;
        ``articles`` counts the articles of the group, what its shares rest on).
    """
    frame = doc_topics.rename(columns={"cluster": "topic"})
    if "weight" not in frame.columns:
        frame = frame.assign(weight=1.0)
    column = "date" if by in PERIODS else by
    if column not in frame.columns:
        if articles is None or column not in articles.columns:
            raise ValueError(f"no {column!r} column to group by in doc_topics or articles")
        frame = frame.merge(articles[["article_id", column]], on="article_id", how="left")
    values = frame[column]
    if by in PERIODS:
        dates = pd.to_datetime(values, utc=True, errors="coerce").dt.tz_localize(None)
        periods = dates.dt.to_period(PERIODS[by])
        names = (
            periods.dt.start_time.dt.strftime("%Y-%m-%d") if by == "week" else periods.astype(str)
        )
        group = names.where(dates.notna(), MISSING_GROUP)
    else:
        group = values.astype(object).where(values.notna(), MISSING_GROUP).astype(str)
    frame = frame.assign(group=group)
    keys = ["group", "topic", "label"] if "label" in frame.columns else ["group", "topic"]
    table = frame.groupby(keys, sort=True)["weight"].sum().reset_index()
    totals = table.groupby("group")["weight"].transform("sum")
    table["share"] = np.divide(
        table["weight"], totals, out=np.full(len(table), np.nan), where=totals.to_numpy() > 0
    )
    table["articles"] = table["group"].map(frame.groupby("group")["article_id"].nunique())
    return table.drop(columns="weight")

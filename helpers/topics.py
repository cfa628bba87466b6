"""What the articles are about: document-term matrices, topics, clusters, maps and prevalence.

Every function takes any DataFrame with at least ``article_id`` and ``body`` (``Corpus.articles``
or a hand-built frame); a ``title`` column, when present, is read with the body, and ``outlet``
or ``date`` columns enable grouping. Words are counted by the project's
:class:`~helpers.arabic.Analyzer` (light stems by default, so ``العقوبات``, ``عقوبة`` and
``وبالعقوبات`` count together), and every term shown to a reader is replaced by its most
frequent clitic-free spelling in the corpus (the stem ``عقوب`` is shown as ``عقوبات``), so
tables show words, not stems.

The pipeline, with the choices that matter:

* :func:`vectorize` builds the counts and sublinear TF-IDF once per corpus and settings and keeps
  them in memory (and, when asked, on disk), so re-running a notebook is fast and gives the same
  tables.
* :func:`fit_topics` fits NMF (on TF-IDF) or LDA (on counts) and scores each topic by NPMI
  coherence on the corpus; :func:`coherence_by_k` compares several ``k``.
* :func:`cluster_articles` counts headline words several times, reduces TF-IDF with LSA
  (truncated SVD, without its first axis), L2-normalises the rows (so Euclidean k-means behaves
  as cosine, i.e. spherical, k-means), keeps the best of many k-means starts, refines the
  partition on the word counts with complement naive Bayes, and of a few such runs keeps the
  one the others agree with; :func:`cluster_stability` measures how much the partition depends
  on the seed.
* :func:`article_map` projects articles to 2-D (LSA, then t-SNE) for a scatter plot, and
  :func:`topic_prevalence` gives each topic's share per outlet or per period.

Nothing here plots: :mod:`helpers.plotting` draws these frames.
"""

from __future__ import annotations

import hashlib
import pickle
import warnings
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.spatial.distance import cdist
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF, LatentDirichletAllocation, TruncatedSVD
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.manifold import TSNE
from sklearn.metrics import adjusted_rand_score
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import normalize as l2_normalize
from threadpoolctl import threadpool_limits

from helpers.arabic import Analyzer, normalize, tokenize
from helpers.checks import ANALYSIS_COLUMNS, require_columns

__all__ = [
    "ClusterStability",
    "DocumentTerms",
    "TopicModel",
    "article_map",
    "clear_cache",
    "cluster_articles",
    "cluster_stability",
    "coherence_by_k",
    "describe_clusters",
    "fit_topics",
    "npmi_coherence",
    "single_thread",
    "topic_prevalence",
    "vectorize",
]

NMF_MAX_ITER = 500
"""Iterations NMF may take; a fit that needs more is kept and marked ``converged=False``."""
PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
"""Names accepted by :func:`topic_prevalence` for grouping by ``date``, with the pandas period."""

MISSING_GROUP = "(missing)"
"""Group label for articles whose outlet/date is missing; they are counted, not dropped."""

_MARKS_ONLY = {
    "alef": False,
    "alef_maqsura": False,
    "teh_marbuta": False,
    "hamza": False,
    "digits": False,
    "punctuation": False,
}
"""Normalisation that only drops marks (diacritics, tatweel, invisibles): for display spellings."""


def single_thread() -> threadpool_limits:
    """Context in which BLAS and OpenMP (SVD, k-means, NMF, t-SNE) use one thread.

    The fits here are small enough that threads gain little, while on shared cores they
    thrash: on this project's 2-core machine under load, LSA + k-means of 2,000 articles took
    8 s with default threads and 0.9 s with one, and a 12-point t-SNE 25 s instead of 1 s.
    One thread also gives the same numbers on every machine.
    """
    return threadpool_limits(limits=1)


_MEMORY_CACHE_SIZE = 8
_CACHE_FORMAT = 2
"""Part of every cache key: raise it when :class:`DocumentTerms` changes shape."""
_memory_cache: OrderedDict[str, DocumentTerms] = OrderedDict()


# --------------------------------------------------------------------------- vectorising


@dataclass(frozen=True)
class DocumentTerms:
    """A document-term matrix over the project's analyzer, with what is needed to read it.

    Attributes
    ----------
    article_ids : numpy.ndarray
        One id per row, in the order of the input frame.
    terms : numpy.ndarray
        One term (analyzer output, e.g. a light stem) per column.
    counts : scipy.sparse.csr_matrix
        Raw term counts of title and body (LDA, coherence and cluster refinement use them).
    title_counts : scipy.sparse.csr_matrix
        The part of ``counts`` that comes from the titles (all zero without titles), so that
        clustering can weight headlines (see :func:`cluster_articles`).
    tfidf : scipy.sparse.csr_matrix
        TF-IDF weights, rows L2-normalised (NMF, clustering and maps use them).
    sublinear_tf : bool
        Whether ``tfidf`` uses ``1 + log(tf)`` (so re-weightings can do the same).
    display : dict
        Term -> the word a reader sees: the most frequent clitic-free spelling in the corpus
        that the analyzer turns into this term.
    key : str
        The cache key (corpus fingerprint + settings).
    """

    article_ids: np.ndarray
    terms: np.ndarray
    counts: sparse.csr_matrix
    title_counts: sparse.csr_matrix
    tfidf: sparse.csr_matrix
    sublinear_tf: bool
    display: dict[str, str] = field(repr=False)
    key: str = ""

    def shown(self, term: str) -> str:
        """The readable form of ``term`` (each word of an n-gram is mapped on its own)."""
        return " ".join(self.display.get(word, word) for word in term.split(" "))


def clear_cache() -> None:
    """Forget the document-term matrices kept in memory (the disk cache is left alone)."""
    _memory_cache.clear()


def _check_articles(articles: pd.DataFrame) -> None:
    require_columns(articles, ANALYSIS_COLUMNS)
    if articles.empty:
        raise ValueError("articles is empty: there is nothing to analyse")
    if articles["article_id"].duplicated().any():
        dup = articles.loc[articles["article_id"].duplicated(), "article_id"].iloc[0]
        raise ValueError(f"article_id must be unique; {dup!r} occurs more than once")


def _titles(articles: pd.DataFrame, include_title: bool) -> list[str]:
    """Each article's title, or empty strings when titles are not read or absent."""
    if include_title and "title" in articles.columns:
        return articles["title"].fillna("").astype(str).tolist()
    return [""] * len(articles)


def _texts(articles: pd.DataFrame, titles: list[str]) -> list[str]:
    """The text read for each article: its title (if any), a line break, then the body."""
    body = articles["body"].fillna("").astype(str).tolist()
    return [f"{title}\n{text}" if title else text for title, text in zip(titles, body, strict=True)]


def _analyzer_settings(analyzer: Analyzer) -> tuple:
    return (
        analyzer.stem,
        analyzer.ngram_range,
        analyzer.min_length,
        analyzer.keep_numbers,
        sorted(analyzer.normalize_options.items()),
        sorted(analyzer.protected),
        sorted(analyzer.stopwords),
    )


def _cache_key(ids: Sequence[str], texts: Sequence[str], settings: tuple) -> str:
    digest = hashlib.sha256(repr(settings).encode())
    for article_id, text in zip(ids, texts, strict=True):
        digest.update(str(article_id).encode())
        digest.update(b"\x00")
        digest.update(text.encode())
        digest.update(b"\x01")
    return digest.hexdigest()[:32]


def _display_forms(texts: Iterable[str], analyzer: Analyzer) -> dict[str, str]:
    """Map each unigram term to its most frequent clitic-free spelling in ``texts``.

    The spelling keeps what the analyzer folds (hamza on alef, final ``ى``) but drops
    diacritics, tatweel and the stripped clitics: ``عقوب`` -> ``عقوبات``, ``اسعار`` -> ``أسعار``.
    Ties go to the alphabetically first word, so the mapping is deterministic.
    """
    tokens: Counter[str] = Counter()
    for text in texts:
        tokens.update(tokenize(text))
    unstemmed = Analyzer(
        stem="clitics",
        stopwords=False,
        min_length=1,
        keep_numbers=True,
        normalize_options=analyzer.normalize_options,
        protected=analyzer.protected,
    )
    surfaces: dict[str, Counter[str]] = {}
    for token, n in tokens.items():
        term, bare = analyzer.term(token), unstemmed.term(token)
        if term is None or bare is None:
            continue
        # Folding maps letters one to one, so the clitic-free word ends both spellings.
        plain = normalize(token, **_MARKS_ONLY)
        folded = normalize(plain, **analyzer.normalize_options)
        aligned = len(folded) == len(plain) and folded.endswith(bare)
        surface = plain[len(plain) - len(bare) :] if aligned else bare
        surfaces.setdefault(term, Counter())[surface] += n
    return {
        term: min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
        for term, forms in surfaces.items()
    }


def vectorize(
    articles: pd.DataFrame,
    analyzer: Analyzer | None = None,
    *,
    min_df: int | float = 2,
    max_df: int | float = 0.5,
    max_features: int | None = None,
    sublinear_tf: bool = True,
    include_title: bool = True,
    cache_dir: str | Path | None = None,
) -> DocumentTerms:
    """Count the analyzer's terms in every article and weight them by TF-IDF.

    Results are cached by a fingerprint of the corpus (ids and texts) and all settings: in
    memory for the session (the last few corpora), and on disk under ``cache_dir`` when given
    (one pickle per key; delete the folder to clear it). The same input always gives the same
    matrix, cached or not.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique) and ``body``; ``title`` is read too when present.
    analyzer : Analyzer, optional
        Defaults to ``Analyzer(stem="light")``: light stems merge plural, feminine and
        possessive forms, which sharpens topics on short news texts.
    min_df, max_df : int or float
        Drop terms in fewer than ``min_df`` articles (rare names, typos) or in more than
        ``max_df`` (a share when float) of them (words every article uses).
    max_features : int, optional
        Keep only the most frequent terms.
    sublinear_tf : bool, default True
        Use ``1 + log(tf)``, so a word repeated in one long article does not dominate it.
    include_title : bool, default True
        Read the ``title`` column before the body when the frame has one.
    cache_dir : path, optional
        Folder for the on-disk cache (e.g. ``".cache/topics"``, which git ignores).

    Returns
    -------
    DocumentTerms

    Raises
    ------
    ValueError
        When the frame lacks columns, has duplicate ids, or no term survives the pruning.
    """
    _check_articles(articles)
    analyzer = analyzer or Analyzer(stem="light")
    ids = articles["article_id"].astype(str).tolist()
    titles = _titles(articles, include_title)
    texts = _texts(articles, titles)
    settings = (
        _CACHE_FORMAT,
        _analyzer_settings(analyzer),
        min_df,
        max_df,
        max_features,
        sublinear_tf,
    )
    key = _cache_key(ids, texts, settings)
    if key in _memory_cache:
        _memory_cache.move_to_end(key)
        return _memory_cache[key]
    path = Path(cache_dir) / f"dtm-{key}.pkl" if cache_dir is not None else None
    if path is not None and path.is_file():
        with path.open("rb") as handle:
            result = pickle.load(handle)
    else:
        result = _build_document_terms(
            ids, titles, texts, analyzer, min_df, max_df, max_features, sublinear_tf, key
        )
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
    _memory_cache[key] = result
    if len(_memory_cache) > _MEMORY_CACHE_SIZE:
        _memory_cache.popitem(last=False)
    return result


def _build_document_terms(
    ids: list[str],
    titles: list[str],
    texts: list[str],
    analyzer: Analyzer,
    min_df: int | float,
    max_df: int | float,
    max_features: int | None,
    sublinear_tf: bool,
    key: str,
) -> DocumentTerms:
    counter = CountVectorizer(
        analyzer=analyzer, min_df=min_df, max_df=max_df, max_features=max_features
    )
    try:
        counts = counter.fit_transform(texts).tocsr()
    except ValueError as error:  # sklearn: empty vocabulary, or max_df below min_df
        raise ValueError(
            f"no terms left for {len(texts)} article(s) with min_df={min_df}, max_df={max_df}: "
            f"{error}. Lower min_df or raise max_df (a small corpus needs min_df=1)."
        ) from error
    title_counts = CountVectorizer(analyzer=analyzer, vocabulary=counter.vocabulary_)
    tfidf = TfidfTransformer(sublinear_tf=sublinear_tf).fit_transform(counts).tocsr()
    terms = counter.get_feature_names_out()
    display = _display_forms(texts, analyzer)
    used = {word for term in terms for word in term.split(" ")}
    return DocumentTerms(
        article_ids=np.asarray(ids, dtype=object),
        terms=terms,
        counts=counts,
        title_counts=title_counts.transform(titles).tocsr(),
        tfidf=tfidf,
        sublinear_tf=sublinear_tf,
        display={word: form for word, form in display.items() if word in used},
        key=key,
    )


# --------------------------------------------------------------------------- topics


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


def _check_k(k: int, dtm: DocumentTerms, what: str) -> None:
    n_docs, n_terms = dtm.tfidf.shape
    if not isinstance(k, int | np.integer) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    if k > n_docs or k > n_terms:
        raise ValueError(
            f"k={k} {what} cannot be fitted on {n_docs} article(s) with {n_terms} term(s); "
            f"choose k <= {min(n_docs, n_terms)}"
        )


def _labels_from_terms(top_words: list[list[str]], n_words: int = 3) -> list[str]:
    """One readable label per group, its first words joined by an Arabic comma; unique."""
    labels: list[str] = []
    for words in top_words:
        label = "، ".join(words[:n_words]) or "—"
        while label in labels:
            label = f"{label} ·"
        labels.append(label)
    return labels


def npmi_coherence(counts: sparse.spmatrix, term_indices: Sequence[int]) -> float:
    """Mean normalised PMI over pairs of terms, with documents as co-occurrence windows.

    ``NPMI(a, b) = log(P(a, b) / (P(a) P(b))) / -log P(a, b)``, with ``P`` the share of
    documents containing the term(s). A pair never seen together scores -1, a pair always
    together +1, independent terms 0.

    Parameters
    ----------
    counts : sparse matrix
        Documents x terms (any non-zero counts as presence).
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


def fit_topics(
    articles: pd.DataFrame,
    k: int,
    method: str = "nmf",
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
    if method not in ("nmf", "lda"):
        raise ValueError(f"unknown topic method {method!r}; use 'nmf' or 'lda'")
    dtm = vectorize(articles, analyzer, **vectorize_options)
    _check_k(k, dtm, "topics")
    with single_thread():
        if method == "nmf":
            model = NMF(k, init="nndsvda", random_state=random_state, max_iter=NMF_MAX_ITER)
            # Not converging is recorded in TopicModel.converged, not printed; with k as large
            # as the articles, the loss is the square root of a rounding error below zero.
            with warnings.catch_warnings(), np.errstate(invalid="ignore"):
                warnings.simplefilter("ignore", ConvergenceWarning)
                weights = model.fit_transform(dtm.tfidf)
            converged = model.n_iter_ < NMF_MAX_ITER
        else:
            model, weights = _best_lda(dtm.counts, k, random_state, n_init)
            converged = True
    components = model.components_
    order = np.argsort(-weights.sum(axis=0), kind="stable")
    weights, components = weights[:, order], components[order]
    totals = weights.sum(axis=1, keepdims=True)
    mixture = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    topic_terms = components / components.sum(axis=1, keepdims=True)

    ranked = np.argsort(-topic_terms, axis=1, kind="stable")[:, :n_terms]
    top = [[j for j in row if topic_terms[topic, j] > 0] for topic, row in enumerate(ranked)]
    labels = _labels_from_terms([[dtm.shown(dtm.terms[j]) for j in row] for row in top])
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
    coherence = pd.DataFrame(
        {
            "topic": range(k),
            "label": labels,
            "npmi": [npmi_coherence(dtm.counts, row) if len(row) > 1 else np.nan for row in top],
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


def coherence_by_k(
    articles: pd.DataFrame,
    ks: Iterable[int],
    method: str = "nmf",
    random_state: int = 0,
    **options,
) -> pd.DataFrame:
    """``k, npmi``: mean topic coherence for each candidate ``k`` (higher reads better).

    Coherence is one aid to choosing ``k``, not a verdict: read the topic terms too.
    """
    rows = [
        (k, fit_topics(articles, k, method, random_state, **options).mean_coherence) for k in ks
    ]
    return pd.DataFrame(rows, columns=["k", "npmi"])


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


# --------------------------------------------------------------------------- clusters


def _lsa(weights: sparse.spmatrix, n_components: int, random_state: int) -> np.ndarray:
    """Rows of a TF-IDF matrix on ``n_components`` SVD axes after the first, L2-normalised.

    On TF-IDF rows, which are all non-negative, the first SVD axis points at the average
    article: it measures how ordinary an article's vocabulary is, not what it is about, so it
    is computed and left out. Unit rows give k-means a cosine geometry.
    """
    n_docs, n_terms = weights.shape
    n_axes = min(n_components + 1, n_docs - 1, n_terms - 1)
    if n_axes <= 1:
        return l2_normalize(weights.toarray())
    svd = TruncatedSVD(n_axes, random_state=random_state)
    return l2_normalize(svd.fit_transform(weights)[:, 1:])


def _headline_weighted(dtm: DocumentTerms, title_weight: float) -> sparse.csr_matrix:
    """TF-IDF (rows L2-normalised) of the counts, each title word counted ``title_weight`` times."""
    if title_weight == 1:
        return dtm.tfidf
    counts = dtm.counts + (title_weight - 1) * dtm.title_counts
    return TfidfTransformer(sublinear_tf=dtm.sublinear_tf).fit_transform(counts).tocsr()


def _refine(labels: np.ndarray, counts: sparse.spmatrix, max_rounds: int = 30) -> np.ndarray:
    """Reassign articles by complement naive Bayes on word counts until the partition settles.

    Each round fits :class:`~sklearn.naive_bayes.ComplementNB` (``alpha=0.3``) to the current
    clusters and moves every article to the cluster whose vocabulary explains its words best:
    a hard EM on the counts, in which words that the LSA axes blurred (names, rare technical
    terms) get their say. It stops when fewer than 0.1% of the articles move, after
    ``max_rounds``, or before a round that would empty a cluster.
    """
    k = labels.max() + 1
    for _ in range(max_rounds):
        moved = ComplementNB(alpha=0.3).fit(counts, labels).predict(counts)
        if len(np.unique(moved)) < k:
            break
        changed = np.mean(moved != labels)
        labels = moved
        if changed < 0.001:
            break
    return labels


def _pairwise_ari(partitions: Sequence[Sequence[int]]) -> np.ndarray:
    """Adjusted Rand index between every pair of partitions (1 on the diagonal)."""
    matrix = np.ones((len(partitions), len(partitions)))
    for i, j in combinations(range(len(partitions)), 2):
        matrix[i, j] = matrix[j, i] = adjusted_rand_score(partitions[i], partitions[j])
    return matrix


def _central_partition(partitions: list[np.ndarray]) -> np.ndarray:
    """The partition with the highest mean adjusted Rand index to the others (a medoid)."""
    return partitions[int(np.argmax(_pairwise_ari(partitions).sum(axis=1)))]


def cluster_articles(
    articles: pd.DataFrame,
    k: int,
    random_state: int = 0,
    *,
    n_components: int = 100,
    n_init: int = 10,
    title_weight: float = 5.0,
    refine: bool = True,
    restarts: int = 3,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """Partition the articles into ``k`` clusters of similar vocabulary.

    1. Counts of title and body (see :func:`vectorize`), with each title word counted
       ``title_weight`` times: a headline states the subject the body elaborates.
    2. Sublinear TF-IDF -> LSA with ``n_components`` axes, leaving out the first (the "average
       article" axis) -> rows scaled to unit length -> k-means, best of ``n_init`` starts. On
       unit vectors k-means groups by cosine similarity (spherical k-means), which suits texts
       of different lengths.
    3. With ``refine``, complement naive Bayes on the raw counts reassigns articles until the
       partition settles (a hard EM on words).
    4. Steps 2 (k-means) and 3 run ``restarts`` times from different seeds, and the partition
       that agrees best with the others (highest mean adjusted Rand index) is kept: the
       refinement can carry an unlucky start to a different split, and the consensus choice
       avoids it without looking at any label.

    Clusters are numbered from 0 by size, largest first. What each step is worth on ANT is
    measured by ``benchmarks/topics_eval.py`` (figures in ``benchmarks/results/topics.md``).

    Returns
    -------
    DataFrame
        ``article_id, cluster, distance, confidence`` (+ ``outlet`` when present):
        ``distance`` is the Euclidean distance to the cluster centre (mean of its members) in
        the normalised LSA space (0 = prototypical); ``confidence`` is ``1 - d1 / d2`` with
        ``d1``, ``d2`` the distances to the nearest and second nearest centres (0 = on the
        border, negative values are clipped to 0 for articles the refinement moved).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    _check_k(k, dtm, "clusters")
    if title_weight < 1:
        raise ValueError(f"title_weight must be at least 1, not {title_weight}")
    if restarts < 1:
        raise ValueError(f"restarts must be at least 1, not {restarts}")
    seeds = [random_state] + np.random.default_rng(random_state).integers(
        2**31, size=restarts - 1
    ).tolist()
    partitions = []
    with single_thread():
        weights = _headline_weighted(dtm, title_weight)
        points = _lsa(weights, n_components, random_state)
        for seed in seeds:
            labels = KMeans(k, n_init=n_init, random_state=seed).fit(points).labels_
            partitions.append(_refine(labels, dtm.counts) if refine and k > 1 else labels)
    labels = _central_partition(partitions)
    centres = np.stack([points[labels == c].mean(axis=0) for c in range(k)])
    distances = cdist(points, centres)
    sizes = np.bincount(labels, minlength=k)
    rename = np.empty(k, dtype=int)
    rename[np.argsort(-sizes, kind="stable")] = np.arange(k)
    own = distances[np.arange(len(points)), labels]
    others = np.where(np.arange(k)[None, :] == labels[:, None], np.inf, distances)
    second = others.min(axis=1) if k > 1 else np.full(len(points), np.inf)
    confidence = 1 - np.divide(own, second, out=np.zeros(len(points)), where=second > 0)
    result = pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "cluster": rename[labels],
            "distance": own,
            "confidence": np.clip(confidence, 0.0, 1.0),
        }
    )
    if "outlet" in articles.columns:
        result["outlet"] = articles["outlet"].to_numpy()
    return result


def describe_clusters(
    articles: pd.DataFrame,
    clusters: pd.DataFrame,
    *,
    n_terms: int = 10,
    n_examples: int = 3,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """One row per cluster: its size, label, top terms and most representative articles.

    Top terms are those with the highest mean TF-IDF in the cluster (readable forms); the
    representative articles are the ones nearest the cluster centre (smallest ``distance``).

    Parameters
    ----------
    articles : DataFrame
        The frame that was clustered (same ids).
    clusters : DataFrame
        Output of :func:`cluster_articles`.
    n_terms, n_examples : int
    analyzer, **vectorize_options
        The same vectorising settings as the clustering, so the terms match.

    Returns
    -------
    DataFrame
        ``cluster, label, size, share, top_terms, examples`` with ``top_terms`` a list of
        words and ``examples`` a list of article ids (or titles, when ``articles`` has them).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    ids = pd.Index(dtm.article_ids)
    rows = ids.get_indexer(clusters["article_id"].astype(str))
    if (rows < 0).any():
        raise ValueError("clusters holds article ids that are not in articles")
    names = articles.set_index(articles["article_id"].astype(str))
    show = names["title"] if "title" in names.columns else names["article_id"]
    records = []
    for cluster, members in clusters.assign(row=rows).groupby("cluster", sort=True):
        centre = np.asarray(dtm.tfidf[members["row"].to_numpy()].mean(axis=0)).ravel()
        top = [dtm.shown(dtm.terms[j]) for j in np.argsort(-centre, kind="stable")[:n_terms]]
        nearest = members.sort_values(["distance", "article_id"]).head(n_examples)
        examples = show.loc[nearest["article_id"].astype(str)].fillna("").tolist()
        records.append((cluster, top, len(members), examples))
    labels = _labels_from_terms([top for _, top, _, _ in records])
    table = pd.DataFrame(records, columns=["cluster", "top_terms", "size", "examples"])
    table.insert(1, "label", labels)
    table.insert(3, "share", table["size"] / table["size"].sum())
    return table[["cluster", "label", "size", "share", "top_terms", "examples"]]


@dataclass(frozen=True)
class ClusterStability:
    """How much a clustering depends on its seed.

    Attributes
    ----------
    mean_ari : float
        Mean adjusted Rand index over all pairs of seeds (1 = identical partitions).
    matrix : DataFrame
        Seed x seed ARI.
    assignments : DataFrame
        ``article_id`` plus one column of cluster numbers per seed.
    """

    mean_ari: float
    matrix: pd.DataFrame
    assignments: pd.DataFrame


def cluster_stability(
    articles: pd.DataFrame,
    k: int,
    seeds: Iterable[int] = range(5),
    **options,
) -> ClusterStability:
    """Cluster once per seed (SVD and k-means both re-seeded) and compare the partitions.

    ``**options`` go to :func:`cluster_articles`.
    """
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ValueError("stability needs at least two seeds")
    labels = [cluster_articles(articles, k, seed, **options)["cluster"] for seed in seeds]
    matrix = _pairwise_ari(labels)
    pairs = matrix[np.triu_indices(len(seeds), k=1)]
    assignments = pd.DataFrame({"article_id": articles["article_id"].to_numpy()})
    for seed, column in zip(seeds, labels, strict=True):
        assignments[seed] = column.to_numpy()
    return ClusterStability(
        mean_ari=float(pairs.mean()),
        matrix=pd.DataFrame(matrix, index=seeds, columns=seeds),
        assignments=assignments,
    )


# --------------------------------------------------------------------------- maps


def article_map(
    articles: pd.DataFrame,
    clusters: pd.DataFrame | None = None,
    random_state: int = 0,
    *,
    max_points: int = 2000,
    n_components: int = 50,
    perplexity: float = 30.0,
    analyzer: Analyzer | None = None,
    **vectorize_options,
) -> pd.DataFrame:
    """2-D coordinates for a scatter plot where nearby articles share vocabulary.

    LSA (``n_components``) then t-SNE (``init="pca"``, seeded). t-SNE's cost grows fast with
    the number of points, so a corpus larger than ``max_points`` is mapped on a random sample
    of that size (seeded; the rows not drawn are absent from the result). With fewer than five
    articles t-SNE is meaningless and the first two LSA axes are returned instead.

    Returns
    -------
    DataFrame
        ``article_id, x, y`` plus ``cluster`` (from ``clusters``) and ``outlet`` (when present).
    """
    dtm = vectorize(articles, analyzer, **vectorize_options)
    rows = np.arange(len(dtm.article_ids))
    if len(rows) > max_points:
        rows = np.sort(np.random.default_rng(random_state).choice(rows, max_points, replace=False))
    if len(rows) < 3 or dtm.terms.size < 3:
        raise ValueError(
            f"a map needs at least 3 articles and 3 terms, got {len(rows)} and {dtm.terms.size}"
        )
    reduced = TruncatedSVD(
        max(2, min(n_components, len(rows) - 1, dtm.terms.size - 1)), random_state=random_state
    )
    with single_thread():
        points = l2_normalize(reduced.fit_transform(dtm.tfidf[rows]))
        if len(rows) >= 5:
            tsne = TSNE(
                2,
                perplexity=min(perplexity, (len(rows) - 1) / 3),
                init="pca",
                random_state=random_state,
            )
            points = tsne.fit_transform(points)
    result = pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy()[rows],
            "x": points[:, 0],
            "y": points[:, 1],
        }
    )
    if clusters is not None:
        result = result.merge(clusters[["article_id", "cluster"]], on="article_id", how="left")
    if "outlet" in articles.columns:
        result["outlet"] = articles["outlet"].to_numpy()[rows]
    return result

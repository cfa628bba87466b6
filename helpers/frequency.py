"""What the articles say most, and what each outlet says more than the others.

Counts, keyness, collocations, n-grams, keyword in context and actor mentions over time. Every
count goes through one :class:`helpers.analyzer.Analyzer`, so ``وبوتين``, ``لروسيا`` and
``بالعقوبات`` count toward ``بوتين``, ``روسيا`` and ``عقوبات`` here as in the stance and topic
analyses. Counting gives what a scikit-learn ``CountVectorizer`` with our analyzer gives, with
each term's column found in C (:func:`_document_counts`), and groups are summed with one sparse
product: ANT (31,525 articles) is counted in seconds.

The keyness statistics (Dunning's G2, Hardie's log ratio, weighted log-odds) live in
:mod:`helpers.keyness`, keyword in context and collocations in :mod:`helpers.concordance` and
the right-to-left concordance view in :mod:`helpers.kwic_view`; all are re-exported here, so
``from helpers.frequency import keyness, kwic, kwic_html`` keeps working. Counts can be kept
on disk per outlet (``cache_dir``, :mod:`helpers.count_store`), so a later page reads them.
"""

from __future__ import annotations

import copy
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.actors import Gazetteer, load_gazetteer, mention_rows
from helpers.analyzer import Analyzer
from helpers.cache import code_version, disk_cache
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.concordance import MANY, Measure, collocations, kwic
from helpers.count_store import GroupCounts, stored_counts
from helpers.keyness import PER, Correction, keyness, keyness_against_rest
from helpers.kwic_view import KwicView, kwic_html
from helpers.progress import progress_bar

__all__ = [
    "PER",
    "KwicView",
    "Measure",
    "collocations",
    "frequent",
    "keyness",
    "keyness_against_rest",
    "keyness_by_group",
    "kwic",
    "kwic_html",
    "mentions_over_time",
    "ngrams",
    "term_counts",
    "top_terms",
]


# ------------------------------------------------------------------------------------ counting
def _with_ngrams(analyzer: Analyzer | None, ngram_range: tuple[int, int] | None) -> Analyzer:
    """The analyzer to count with: the default one, or a copy with another n-gram range."""
    analyzer = analyzer or Analyzer()
    if ngram_range is None or tuple(ngram_range) == tuple(analyzer.ngram_range):
        return analyzer
    changed = copy.copy(analyzer)  # shares the stem cache, which n-grams do not affect
    changed.ngram_range = tuple(ngram_range)
    return changed


def _groups(articles: pd.DataFrame, by: str | pd.Series | None) -> tuple[str, np.ndarray, pd.Index]:
    """Column name, group code of each article and the group labels (sorted, missing last)."""
    if by is None:
        return "group", np.zeros(len(articles), dtype=np.int64), pd.Index(["all"])
    if isinstance(by, str):
        if by not in articles.columns:
            raise ValueError(f"no column {by!r} to group by; the frame has {list(articles)}")
        name, values = by, articles[by]
    else:
        values = pd.Series(by)
        if len(values) != len(articles):
            raise ValueError(f"`by` has {len(values)} values for {len(articles)} articles")
        name = values.name if isinstance(values.name, str) else "group"
    codes, labels = pd.factorize(values.to_numpy(), sort=True, use_na_sentinel=False)
    return name, codes.astype(np.int64), pd.Index(labels)


def _document_counts(
    bodies: Iterable[str], analyzer: Analyzer
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Article x term counts of ``bodies`` and the terms, sorted: what scikit-learn's
    ``CountVectorizer(analyzer=analyzer)`` gives (``fit_transform``, ``get_feature_names_out``).

    scikit-learn counts an article's terms in a Python loop, one step per term (about 8
    million on ANT), and then prunes (none here). Here each article's terms are mapped to
    their columns by one C-level ``map`` over a ``defaultdict`` (a new term takes the next
    column), the columns are renumbered in the terms' sorted order and SciPy sums the
    repeats: the same counts (int64, sorted indices) in about half the time.
    """
    columns: defaultdict[str, int] = defaultdict()
    columns.default_factory = columns.__len__
    found = array("q")  # the column of every term of every article, in text order
    ends = [0]
    for body in bodies:
        found.extend(map(columns.__getitem__, analyzer(body)))
        ends.append(len(found))
    seen = list(columns)  # column i is the term seen i-th
    order = np.array(sorted(range(len(seen)), key=seen.__getitem__), dtype=np.int64)  # str order
    sorted_column = np.empty(len(seen), dtype=np.int64)
    sorted_column[order] = np.arange(len(seen))
    counts = sparse.csr_matrix(
        (np.ones(len(found), dtype=np.int64), sorted_column[np.frombuffer(found, np.int64)],
         np.asarray(ends, dtype=np.int64)),
        shape=(len(ends) - 1, len(seen)),
    )  # fmt: skip
    counts.sum_duplicates()  # an article's repeats of a term: one count; indices sorted
    terms = np.empty(len(seen), dtype=object)
    terms[:] = [seen[column] for column in order]
    return counts, terms


def _counted(
    articles: pd.DataFrame, codes: np.ndarray, labels: pd.Index, analyzer: Analyzer, name: str
) -> GroupCounts:
    """Every term of ``articles`` summed per group (``codes`` index ``labels``); no filter."""
    bodies = articles["body"].fillna("").astype(str).tolist()
    bodies = progress_bar(bodies, total=len(bodies), desc="counting terms", at_least=MANY)
    documents, terms = _document_counts(bodies, analyzer)
    # indicator[g, i] = 1 when article i is in group g; one product sums all groups.
    indicator = sparse.csr_matrix(
        (np.ones(len(codes), dtype=np.int64), (codes, np.arange(len(codes)))),
        shape=(len(labels), len(codes)),
    )
    present = documents.copy()
    present.data[:] = 1
    counts = (indicator @ documents).tocsr().sorted_indices()  # sorted: fast lookups later
    doc_freq = (indicator @ present).tocsr().sorted_indices()
    tokens = np.asarray(counts.sum(axis=1)).ravel()
    articles_per_group = np.bincount(codes, minlength=len(labels))
    return GroupCounts(name, labels, terms, counts, doc_freq, tokens, articles_per_group)


def _count_groups(
    articles: pd.DataFrame,
    by: str | pd.Series | None,
    analyzer: Analyzer | None,
    ngram_range: tuple[int, int] | None,
    min_count: int,
    cache_dir: str | Path | bool | None = None,
) -> GroupCounts:
    require_columns(articles, ANALYSIS_COLUMNS)
    name, codes, labels = _groups(articles, by)
    analyzer = _with_ngrams(analyzer, ngram_range)

    def count(part: pd.DataFrame, part_codes: np.ndarray, part_labels: pd.Index) -> GroupCounts:
        return _counted(part, part_codes, part_labels, analyzer, name)

    disk = disk_cache(cache_dir)
    if disk is None:
        grouped = count(articles, codes, labels)
    else:
        version = code_version(sys.modules[__name__], sys.modules[type(analyzer).__module__])
        grouped = stored_counts(articles, name, codes, labels, count, disk,
                                (version, analyzer.settings()))  # fmt: skip
    if grouped.terms.size == 0:
        raise ValueError(f"no analysed term in any of the {len(articles)} articles")
    return grouped.keep(min_count)


def term_counts(
    articles: pd.DataFrame,
    by: str | pd.Series | None = None,
    analyzer: Analyzer | None = None,
    ngram_range: tuple[int, int] | None = None,
    min_count: int = 1,
    *,
    wide: bool = False,
    cache_dir: str | Path | bool | None = None,
) -> pd.DataFrame:
    """Count every term in every group of articles.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body`` (a missing body counts as an empty article).
    by : str or Series, optional
        A column to group by (``"outlet"``, ``"article_id"``...) or values aligned with the
        rows, e.g. ``articles["date"].dt.to_period("M")``. Default: one group, ``"all"``.
        Missing labels form a group of their own (listed last), so no article is lost.
    analyzer : Analyzer, optional
        How text becomes terms; default ``Analyzer()`` (clitics stripped, stopwords out).
    ngram_range : (int, int), optional
        Count n-grams of analysed terms instead; default the analyzer's own range.
    min_count : int, default 1
        Keep terms whose count over the whole corpus (all groups) is at least this.
    wide : bool, default False
        Return a dense terms x groups matrix of counts instead of the tidy frame; meant for
        a handful of groups (outlets, months), not one group per article.
    cache_dir : path or bool, optional
        Keep the counts on disk, one entry per outlet (:mod:`helpers.count_store`), so a
        later page that counts the same outlets reads them: ``True`` the user cache folder, a
        path that folder, None (default) no disk. The result is the same either way.

    Returns
    -------
    DataFrame
        Tidy, one row per (group, term) with a non-zero count, sorted by group then count:
        ``<by>`` (or ``group``), ``term``, ``count``, ``per_10k`` (count per 10,000 analysed
        terms of the group) and ``doc_freq`` (articles of the group containing the term).
        The denominator of ``per_10k`` is the number of *analysed terms* of the group, that
        is tokens left after stopword, number and short-word removal (n-grams of the chosen
        range when ``ngram_range`` is set), counted before the ``min_count`` filter.
        ``attrs["tokens"]`` and ``attrs["articles"]`` map each group to those totals.
    """
    grouped = _count_groups(articles, by, analyzer, ngram_range, min_count, cache_dir)
    if wide:
        frame = pd.DataFrame(
            grouped.counts.T.toarray(),
            index=pd.Index(grouped.terms, name="term"),
            columns=pd.Index(grouped.labels, name=grouped.name),
        )
    else:
        rows, cols = grouped.counts.nonzero()
        counts = np.asarray(grouped.counts[rows, cols]).ravel()
        frame = pd.DataFrame(
            {
                grouped.name: grouped.labels.take(rows),
                "term": grouped.terms[cols],
                "count": counts,
                "per_10k": counts / grouped.tokens[rows] * PER,
                "doc_freq": np.asarray(grouped.doc_freq[rows, cols]).ravel(),
            }
        )
        frame = frame.sort_values(
            [grouped.name, "count", "term"], ascending=[True, False, True], kind="stable"
        ).reset_index(drop=True)
    frame.attrs["tokens"] = dict(zip(grouped.labels, grouped.tokens.tolist(), strict=True))
    frame.attrs["articles"] = dict(zip(grouped.labels, grouped.articles.tolist(), strict=True))
    return frame


def frequent(counts: pd.DataFrame, min_count: int) -> pd.DataFrame:
    """The rows of a tidy :func:`term_counts` frame whose term is counted at least ``min_count``
    times over all groups: ``term_counts(..., min_count=min_count)`` from one count of every
    term, for a page that also needs the rest (the collocates' totals)."""
    kept = counts.groupby("term")["count"].transform("sum") >= min_count
    return counts[kept].reset_index(drop=True)


def top_terms(counts: pd.DataFrame, n: int = 15, value: str = "count") -> pd.DataFrame:
    """The ``n`` highest rows by ``value`` in each group of a tidy :func:`term_counts` frame."""
    group = counts.columns[0]
    ranked = counts.sort_values([group, value, "term"], ascending=[True, False, True])
    return ranked.groupby(group, sort=False).head(n).reset_index(drop=True)


def ngrams(
    articles: pd.DataFrame,
    n: int = 2,
    by: str | pd.Series | None = None,
    analyzer: Analyzer | None = None,
    min_count: int = 2,
) -> pd.DataFrame:
    """Counts of n-grams of exactly ``n`` analysed terms (see :func:`term_counts`).

    The n-grams join consecutive *analysed* terms, so stopwords in between are skipped:
    ``الأزمة في أوكرانيا`` gives ``ازمة اوكرانيا`` (terms are normalised).
    """
    return term_counts(articles, by, analyzer, (n, n), min_count)


def keyness_by_group(
    articles: pd.DataFrame,
    by: str | pd.Series = "outlet",
    analyzer: Analyzer | None = None,
    min_count: int = 5,
    *,
    alpha0: float | None = None,
    correction: Correction = "bh",
) -> pd.DataFrame:
    """Keyness of every group (each outlet, say) against all the other articles pooled.

    :func:`term_counts` then :func:`keyness_against_rest`; see them for the parameters and
    the output. ``min_count`` (default 5) keeps terms seen at least that often in the whole
    corpus: rarer words cannot reach significance and would only lengthen the list the
    multiple-comparison correction runs over.
    """
    counts = term_counts(articles, by, analyzer, min_count=min_count)
    return keyness_against_rest(counts, alpha0=alpha0, correction=correction)


# ---------------------------------------------------------------------------- actors over time
def mentions_over_time(
    articles: pd.DataFrame,
    actors: Sequence[str] | None = None,
    freq: str = "W",
    *,
    gazetteer: Gazetteer | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How often each actor is mentioned in each period.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``body`` and ``date`` (datetime; NaT when unknown).
    actors : sequence of str, optional
        Actor ids; default every actor of the gazetteer.
    freq : str, default "W"
        A pandas period frequency: ``"D"``, ``"W"`` (weeks ending Sunday), ``"M"``, ``"Q"``...
    gazetteer : Gazetteer, optional
        Default the bundled one (:func:`helpers.actors.load_gazetteer`).
    mentions : DataFrame, optional
        :func:`helpers.actors.find_mentions` of these articles, read instead of scanning them
        again when it covers the actors (:func:`helpers.actors.mention_rows` says when).

    Returns
    -------
    DataFrame
        Tidy, one row per (period, actor) over every period from the first to the last dated
        article, zeros included: ``period`` (start of the period, a Timestamp), ``actor``,
        ``name`` (its display name in the gazetteer), ``count`` (mentions), ``articles``
        (articles mentioning the actor) and ``period_articles`` (all dated articles of the
        period, the denominator for shares).
        Mentions in undated articles cannot be placed in time: they are not in the rows but
        in ``attrs["undated_mentions"]`` (actor -> mentions) and ``attrs["undated_articles"]``
        (articles without a date, all of them).
    """
    require_columns(articles, [*ANALYSIS_COLUMNS, "date"])
    gazetteer = gazetteer or load_gazetteer()
    wanted = list(actors) if actors is not None else gazetteer.ids
    dates = pd.to_datetime(articles["date"])
    if dates.dt.tz is not None:
        dates = dates.dt.tz_convert(None)
    periods = dates.dt.to_period(freq)
    mentions = mention_rows(articles, gazetteer, wanted, mentions)
    mentions["period"] = periods.iloc[mentions["article_id"].to_numpy(dtype=int)].array
    undated = mentions[mentions["period"].isna()]
    dated = mentions.dropna(subset=["period"])
    if dates.notna().any():
        span = pd.period_range(periods.min(), periods.max(), freq=periods.dt.freq)
    else:
        span = pd.PeriodIndex([], freq=freq)
    grid = pd.MultiIndex.from_product([span, wanted], names=["period", "actor"])
    per_period = dated.groupby(["period", "actor"])["article_id"]
    frame = pd.DataFrame(
        {
            "count": per_period.size().reindex(grid, fill_value=0),
            "articles": per_period.nunique().reindex(grid, fill_value=0),
        }
    ).reset_index()
    frame.insert(2, "name", frame["actor"].map(gazetteer.display_names))
    frame["period_articles"] = frame["period"].map(periods.value_counts()).fillna(0).astype(int)
    frame["period"] = frame["period"].dt.start_time
    frame.attrs["undated_mentions"] = undated["actor"].value_counts().to_dict()
    frame.attrs["undated_articles"] = int(dates.isna().sum())
    return frame

"""What the articles say most, and what each outlet says more than the others.

Counts, keyness, collocations, n-grams, keyword in context and actor mentions over time. Every
count goes through one :class:`helpers.analyzer.Analyzer`, so ``وبوتين``, ``لروسيا`` and
``بالعقوبات`` count toward ``بوتين``, ``روسيا`` and ``عقوبات`` here as in the stance and topic
analyses. Counting is a scikit-learn ``CountVectorizer`` with our analyzer, and groups are
summed with one sparse product: ANT (31,525 articles) is counted in seconds.

The keyness statistics (Dunning's G2, Hardie's log ratio, weighted log-odds) live in
:mod:`helpers.keyness` and the right-to-left concordance view in :mod:`helpers.kwic_view`; both
are re-exported here, so ``from helpers.frequency import keyness, kwic_html`` keeps working.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from helpers.actors import Gazetteer, find_mentions, load_gazetteer
from helpers.analyzer import Analyzer
from helpers.arabic import fold, normalize, token_spans, tokenize
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.keyness import PER, Correction, keyness, keyness_against_rest
from helpers.kwic_view import KwicView, kwic_html
from helpers.progress import progress_bar

__all__ = [
    "PER",
    "KwicView",
    "collocations",
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

_PROGRESS_FROM = 5000  # articles; below this a progress bar is noise
Measure = Literal["logdice", "pmi", "t"]
"""Association measures of :func:`collocations`."""
_MEASURES: tuple[Measure, ...] = get_args(Measure)


# ------------------------------------------------------------------------------------ counting
def _bodies(articles: pd.DataFrame) -> list[str]:
    """Article bodies as text; a missing body counts as an empty article."""
    return articles["body"].fillna("").astype(str).tolist()


def _progress(items: Iterable, total: int, what: str) -> Iterable:
    """``items`` with a progress bar when there are enough of them to merit one."""
    if total < _PROGRESS_FROM:
        return items
    return progress_bar(items, total=total, desc=what)


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


@dataclass(frozen=True)
class _GroupCounts:
    """Term counts summed per group: the shared core of the counting functions."""

    name: str  # column holding the group label
    labels: pd.Index
    terms: np.ndarray
    counts: sparse.csr_matrix  # groups x terms
    doc_freq: sparse.csr_matrix  # groups x terms: articles of the group containing the term
    tokens: np.ndarray  # analysed terms per group, before any min_count filter
    articles: np.ndarray  # articles per group


def _count_groups(
    articles: pd.DataFrame,
    by: str | pd.Series | None,
    analyzer: Analyzer | None,
    ngram_range: tuple[int, int] | None,
    min_count: int,
) -> _GroupCounts:
    require_columns(articles, ANALYSIS_COLUMNS)
    name, codes, labels = _groups(articles, by)
    vectorizer = CountVectorizer(analyzer=_with_ngrams(analyzer, ngram_range))
    bodies = _progress(_bodies(articles), len(articles), "counting terms")
    try:
        documents = vectorizer.fit_transform(bodies).tocsr()
    except ValueError as error:  # scikit-learn refuses an empty vocabulary
        raise ValueError(f"no analysed term in any of the {len(articles)} articles") from error
    terms = vectorizer.get_feature_names_out()
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
    keep = np.flatnonzero(np.asarray(counts.sum(axis=0)).ravel() >= min_count)
    return _GroupCounts(
        name=name,
        labels=labels,
        terms=terms[keep],
        counts=counts[:, keep],
        doc_freq=doc_freq[:, keep],
        tokens=tokens,
        articles=np.bincount(codes, minlength=len(labels)),
    )


def term_counts(
    articles: pd.DataFrame,
    by: str | pd.Series | None = None,
    analyzer: Analyzer | None = None,
    ngram_range: tuple[int, int] | None = None,
    min_count: int = 1,
    *,
    wide: bool = False,
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
    grouped = _count_groups(articles, by, analyzer, ngram_range, min_count)
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


# --------------------------------------------------------------------- occurrences in context
@dataclass(frozen=True)
class _Article:
    """One article's tokens: raw spans, and the analysed terms with the token each came from."""

    body: str
    starts: np.ndarray  # of every raw token
    ends: np.ndarray
    terms: list[str]  # analysed terms, in text order
    term_tokens: np.ndarray  # index of the raw token behind each analysed term


def _read(body: str, analyzer: Analyzer, cache: dict[str, str | None]) -> _Article:
    """Tokenise ``body`` and analyse each token (a raw token yields at most one term)."""
    spans = token_spans(body)
    terms: list[str] = []
    term_tokens: list[int] = []
    for i, (token, _, _) in enumerate(spans):
        term = cache.get(token, "")
        if term == "":
            found = analyzer.terms(token)
            term = cache[token] = found[0] if len(found) == 1 else None
        if term is not None:
            terms.append(term)
            term_tokens.append(i)
    starts, ends = (np.fromiter((span[k] for span in spans), np.int64, len(spans)) for k in (1, 2))
    return _Article(body, starts, ends, terms, np.asarray(term_tokens, dtype=np.int64))


def _term_totals(bodies: Iterable[str], analyzer: Analyzer) -> Counter[str]:
    """Analysed terms counted as :func:`_read` reads them, each distinct token analysed once."""
    tokens: Counter[str] = Counter()
    for body in bodies:
        tokens.update(tokenize(body))
    totals: Counter[str] = Counter()
    for token, n in tokens.items():
        if len(found := analyzer.terms(token)) == 1:
            totals[found[0]] += n
    return totals


def _actor_query(query: str, gazetteer: Gazetteer) -> tuple[str, frozenset[str] | None] | None:
    """``(actor, aliases)`` when ``query`` is an actor id (aliases None: all) or an alias."""
    if query in gazetteer.ids:
        return query, None
    table = gazetteer.actors
    hits = table[table["alias"].map(fold) == fold(query.strip())]
    if hits.empty:
        return None
    return hits["actor"].iloc[0], frozenset(hits["alias"])


@dataclass(frozen=True)
class _Occurrence:
    """A match of the query: article row, and first/last raw token index it covers."""

    row: int
    first: int
    last: int


def _occurrences(
    articles: pd.DataFrame,
    query: str,
    analyzer: Analyzer | None,
    gazetteer: Gazetteer | None,
    actor_aliases: bool,
) -> Iterator[tuple[int, _Article, list[_Occurrence]]]:
    """Read the articles and yield ``(row, article, occurrences of query)``.

    With ``actor_aliases``, an actor id matches every :func:`helpers.actors.find_mentions` span
    of that actor, and a gazetteer alias the spans of that alias. Otherwise the query is read
    by the analyzer and matches every run of consecutive analysed terms equal to its terms.
    Articles that cannot hold a match are skipped unread (no mention of the actor; a body
    whose normalised text lacks the written core of a query term, :func:`_written_core`).
    """
    require_columns(articles, ANALYSIS_COLUMNS)
    analyzer = analyzer or Analyzer()
    gazetteer = gazetteer or load_gazetteer()
    actor = _actor_query(query, gazetteer) if actor_aliases else None
    spans: dict[int, list[tuple[int, int]]] = {}
    if actor is not None:
        numbered = pd.DataFrame({"article_id": np.arange(len(articles)), "body": articles["body"]})
        mentions = find_mentions(numbered, gazetteer, [actor[0]], keep=())
        if actor[1] is not None:
            mentions = mentions[mentions["alias"].isin(actor[1])]
        for row, start, end in mentions[["article_id", "start", "end"]].itertuples(index=False):
            spans.setdefault(row, []).append((start, end))
        wanted: list[str] = []
    else:
        wanted = analyzer.terms(query)
        if not wanted:
            raise ValueError(
                f"query {query!r} has no analysed term (a stopword or too short?) and is not "
                "an actor id or alias"
            )
    cores = [_written_core(w) for w in wanted]
    cache: dict[str, str | None] = {}
    bodies = _bodies(articles)
    for row, body in enumerate(_progress(bodies, len(bodies), f"reading for {query}")):
        if (
            row not in spans
            if actor is not None
            else not all(c in normalize(body, **analyzer.normalize_options) for c in cores)
        ):
            continue
        article = _read(body, analyzer, cache)
        if actor is not None:
            found = [
                _Occurrence(
                    row,
                    int(np.searchsorted(article.ends, s, side="right")),
                    int(np.searchsorted(article.starts, e, side="left")) - 1,
                )
                for s, e in spans.get(row, [])
            ]
        else:
            found = _term_runs(row, article, wanted)
        yield row, article, found


def _written_core(term: str) -> str:
    """The part of an analysed term that any token analysed to it contains as written.

    Clitic stripping and stemming only cut letters off, except that a protected word ending in
    ``ة`` is written with ``ت`` before a suffix (``وزارته`` -> ``وزارة``): without its last letter
    the term is a substring of every such token.
    """
    return term[:-1] if term.endswith("ة") else term


def _term_runs(row: int, article: _Article, wanted: list[str]) -> list[_Occurrence]:
    """Occurrences of the term sequence ``wanted`` among the article's analysed terms."""
    n = len(wanted)
    terms = article.terms
    return [
        _Occurrence(row, int(article.term_tokens[i]), int(article.term_tokens[i + n - 1]))
        for i in range(len(terms) - n + 1)
        if terms[i] == wanted[0] and terms[i : i + n] == wanted
    ]


def kwic(
    articles: pd.DataFrame,
    query: str,
    width: int = 5,
    *,
    analyzer: Analyzer | None = None,
    gazetteer: Gazetteer | None = None,
    actor_aliases: bool = True,
) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``query`` with the words around it.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``.
    query : str
        A word or phrase, matched through clitics and spelling variants: it matches the raw
        tokens whose analysed terms (normalised, clitics stripped) equal the query's, so
        ``جنيف`` finds ``بجنيف``. An actor id (``"russia"``) matches every mention of the actor
        (:func:`helpers.actors.find_mentions`: ``روسيا``, ``موسكو``, ``بوتين``...); a gazetteer
        alias (``الكرملين``) matches the mentions of that alias, read as the gazetteer reads it.
    width : int, default 5
        Raw tokens of context on each side (stopwords included).
    analyzer, gazetteer
        Defaults: ``Analyzer()`` and the bundled gazetteer.
    actor_aliases : bool, default True
        ``False`` matches an alias as a plain word.

    Returns
    -------
    DataFrame
        ``article_id, left, match, right, start, end``, in corpus and text order.
        ``match = body[start:end]`` covers whole tokens (``بجنيف``); ``left`` is the original
        text of the ``width`` tokens *before* the match in reading order (on its right on an
        Arabic page) and ``right`` those after it, white space folded to single spaces and
        punctuation kept. Display it right-to-left with :func:`kwic_html`.
    """
    require_columns(articles, ANALYSIS_COLUMNS)
    ids = articles["article_id"].tolist()
    rows = []
    found = _occurrences(articles, query, analyzer, gazetteer, actor_aliases)
    for row, article, occurrences in found:
        for occurrence in occurrences:
            rows.append((ids[row], *_context(article, occurrence, width)))
    return pd.DataFrame(rows, columns=["article_id", "left", "match", "right", "start", "end"])


def _context(article: _Article, occurrence: _Occurrence, width: int) -> tuple:
    """``left, match, right, start, end`` of one occurrence (see :func:`kwic`)."""
    body, starts, ends = article.body, article.starts, article.ends
    start, end = int(starts[occurrence.first]), int(ends[occurrence.last])
    before = max(occurrence.first - width, 0)
    after = min(occurrence.last + width, len(starts) - 1)
    left = body[starts[before] : start] if occurrence.first > 0 and width > 0 else ""
    right = body[end : ends[after]] if after > occurrence.last else ""
    return " ".join(left.split()), body[start:end], " ".join(right.split()), start, end


def collocations(
    articles: pd.DataFrame,
    term: str,
    window: int = 5,
    measure: Measure = "logdice",
    min_count: int = 3,
    *,
    analyzer: Analyzer | None = None,
    gazetteer: Gazetteer | None = None,
    actor_aliases: bool = True,
) -> pd.DataFrame:
    """Words that keep company with ``term`` within ``window`` analysed terms on either side.

    ``term`` is matched as in :func:`kwic` (a word through clitics, or an actor id/alias
    through all its mentions). The window counts *analysed* terms, so stopwords neither count
    as collocates nor use up the window; tokens of the node itself are never its collocates.

    With ``f_nc`` the co-occurrences of node and collocate within the windows, ``f_n`` the node's
    occurrences, ``f_c`` the collocate's count in the corpus and ``N`` the corpus size (analysed
    terms of all articles):

    * ``pmi = log2(f_nc * N / (f_n * f_c))`` (pointwise mutual information, Church & Hanks);
    * ``logdice = 14 + log2(2 * f_nc / (f_n + f_c))`` (Rychly 2008; at most 14, comparable
      across corpora);
    * ``t = (f_nc - f_n * f_c / N) / sqrt(f_nc)`` (t-score: favours frequent pairs).

    Parameters
    ----------
    measure : {"logdice", "pmi", "t"}, default "logdice"
        The measure to sort by; all three are returned.
    min_count : int, default 3
        Keep collocates co-occurring at least this often (PMI overrates rare pairs).

    Returns
    -------
    DataFrame
        ``collocate, cooccurrences, collocate_count, node_count, logdice, pmi, t``, best first.
    """
    if measure not in _MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {_MEASURES}")
    analyzer = analyzer or Analyzer()
    together, nodes = Counter[str](), 0
    for _, article, occurrences in _occurrences(articles, term, analyzer, gazetteer, actor_aliases):
        nodes += len(occurrences)
        together.update(_window_terms(article, occurrences, window))
    corpus = _term_totals(_bodies(articles), analyzer)
    size = sum(corpus.values())
    frame = pd.DataFrame(
        {"collocate": list(together), "cooccurrences": list(together.values())},
        columns=["collocate", "cooccurrences"],
    )
    frame = frame[frame["cooccurrences"] >= min_count]
    f_nc = frame["cooccurrences"].to_numpy(dtype=float)
    f_c = frame["collocate"].map(corpus).to_numpy(dtype=float)
    frame = frame.assign(
        collocate_count=f_c.astype(np.int64),
        node_count=nodes,
        logdice=14 + np.log2(2 * f_nc / (nodes + f_c)),
        pmi=np.log2(f_nc * size / (nodes * f_c)),
        t=(f_nc - nodes * f_c / size) / np.sqrt(f_nc),
    )
    return frame.sort_values([measure, "collocate"], ascending=[False, True]).reset_index(drop=True)


def _window_terms(article: _Article, occurrences: list[_Occurrence], window: int) -> list[str]:
    """Analysed terms within ``window`` terms of each occurrence, outside every occurrence."""
    positions = article.term_tokens
    inside = np.zeros(len(positions), dtype=bool)
    bounds = []
    for occurrence in occurrences:
        first = int(np.searchsorted(positions, occurrence.first, side="left"))
        after = int(np.searchsorted(positions, occurrence.last, side="right"))
        inside[first:after] = True
        bounds.append((first, after))
    picked = []
    for first, after in bounds:
        for i in (*range(max(first - window, 0), first), *range(after, after + window)):
            if i < len(positions) and not inside[i]:
                picked.append(article.terms[i])
    return picked


# ---------------------------------------------------------------------------- actors over time
def mentions_over_time(
    articles: pd.DataFrame,
    actors: Sequence[str] | None = None,
    freq: str = "W",
    *,
    gazetteer: Gazetteer | None = None,
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
    numbered = pd.DataFrame({"article_id": np.arange(len(articles)), "body": articles["body"]})
    mentions = find_mentions(numbered, gazetteer, wanted, keep=())
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

"""Words in their context: keyword in context (KWIC) lines and collocations.

Both read articles as the counts do (:meth:`helpers.analyzer.Analyzer.term_spans`): each
analysed term keeps the raw tokens it comes from, so a match of ``جنيف`` is the written token
``بجنيف`` with the words around it, as written, and a multiword name (``الولايات المتحدة``) is
one term spanning its words, never ``متحدة`` alone: a collocate's count is its count in the
term tables (:func:`collocations` takes them as ``totals``). An actor id matches every mention
:func:`helpers.actors.find_mentions` finds. Articles that cannot hold a match are skipped
unread. :func:`term_lines` reads many short texts once for many terms (the term explorer's
lines). :mod:`helpers.frequency` re-exports :func:`kwic` and :func:`collocations`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

import numpy as np
import pandas as pd

from helpers.actors import Gazetteer, load_gazetteer, mention_rows
from helpers.analyzer import Analyzer
from helpers.arabic import TOKEN_SPLIT, _normalizer_for, fold, normalize, tokenize
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.progress import progress_bar

__all__ = ["MANY", "Measure", "collocations", "kwic", "term_lines"]

MANY = 5000
"""Articles from which a pass over them shows a progress bar; below, a bar is noise."""
Measure = Literal["logdice", "pmi", "t"]
"""Association measures of :func:`collocations`."""
_MEASURES: tuple[Measure, ...] = get_args(Measure)


def _bodies(articles: pd.DataFrame) -> list[str]:
    """Article bodies as text; a missing body counts as an empty article."""
    return articles["body"].fillna("").astype(str).tolist()


@dataclass(frozen=True)
class _Article:
    """One article's tokens: raw spans, and the analysed terms with the tokens each came from."""

    body: str
    starts: np.ndarray  # of every raw token
    ends: np.ndarray
    terms: list[str]  # analysed terms, in text order
    term_tokens: np.ndarray  # index of the first raw token behind each analysed term
    term_lasts: np.ndarray  # and of the last (a multiword name spans several)


def _read(body: str, analyzer: Analyzer) -> _Article:
    """Tokenise ``body`` and read its terms as the counts do (a name is one term)."""
    parts = TOKEN_SPLIT.split(body)  # [gap, token, gap, ..., token, gap]
    offsets = np.cumsum([0, *map(len, parts)])
    n = len(parts) // 2
    terms, firsts, lasts = analyzer.term_spans(parts[1::2])
    return _Article(
        body,
        offsets[1 : 2 * n : 2],
        offsets[2 : 2 * n + 1 : 2],
        terms,
        np.asarray(firsts, dtype=np.int64),
        np.asarray(lasts, dtype=np.int64),
    )


def _term_totals(bodies: Iterable[str], analyzer: Analyzer) -> Counter[str]:
    """Analysed terms counted as :func:`_read` reads them: the unigram term counts."""
    totals: Counter[str] = Counter()
    for body in bodies:
        totals.update(analyzer.term_spans(tokenize(body))[0])
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
    mentions: pd.DataFrame | None = None,
) -> Iterator[tuple[int, _Article, list[_Occurrence]]]:
    """Read the articles and yield ``(row, article, occurrences of query)``.

    With ``actor_aliases``, an actor id matches every :func:`helpers.actors.find_mentions` span
    of that actor, and a gazetteer alias the spans of that alias (read from ``mentions`` when
    they cover the actor: :func:`helpers.actors.mention_rows`). Otherwise the query is read
    by the analyzer as the articles are (a name one term) and matches every run of consecutive
    analysed terms equal to its terms.
    Articles that cannot hold a match are skipped unread (no mention of the actor; a body
    whose normalised text lacks the written core of a query term, :func:`_written_core`).
    """
    require_columns(articles, ANALYSIS_COLUMNS)
    analyzer = analyzer or Analyzer()
    gazetteer = gazetteer or load_gazetteer()
    actor = _actor_query(query, gazetteer) if actor_aliases else None
    spans: dict[int, list[tuple[int, int]]] = {}
    if actor is not None:
        found = mention_rows(articles, gazetteer, [actor[0]], mentions)
        if actor[1] is not None:
            found = found[found["alias"].isin(actor[1])]
        for row, start, end in found[["article_id", "start", "end"]].itertuples(index=False):
            spans.setdefault(row, []).append((start, end))
        wanted: list[str] = []
    else:
        wanted = analyzer.term_spans(tokenize(query))[0]
        if not wanted:
            raise ValueError(
                f"query {query!r} has no analysed term (a stopword or too short?) and is not "
                "an actor id or alias"
            )
    holds = _raw_test(_written_cores(wanted, analyzer), analyzer)
    bodies = _bodies(articles)
    reading = progress_bar(bodies, total=len(bodies), desc=f"reading for {query}", at_least=MANY)
    for row, body in enumerate(reading):
        if row not in spans if actor is not None else not holds(body):
            continue
        article = _read(body, analyzer)
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


Cores = list[tuple[tuple[str, ...], ...]]
"""Per term, its written forms, each as the written cores of its words (:func:`_written_cores`)."""


def _written_cores(wanted: list[str], analyzer: Analyzer) -> Cores:
    """For each term, the written cores of its spellings (``ترامب``, ``ترمب``), or of the
    words of each form of a multiword name (``الامم المتحدة``: ``امم``, ``متحد``): a text holds
    the term only if it holds all the cores of one of them."""
    return [
        tuple(tuple(map(_written_core, form)) for form in analyzer.name_forms(term))
        or tuple((_written_core(spelled),) for spelled in analyzer.spellings(term))
        for term in wanted
    ]


def _holds(text: str, cores: Cores) -> bool:
    """Whether normalised ``text`` holds every term's cores of one of its forms
    (:func:`_written_cores`)."""
    return all(any(all(core in text for core in form) for form in forms) for forms in cores)


def _raw_test(cores: Cores, analyzer: Analyzer) -> Callable[[str], bool]:
    """:func:`_holds` of a raw text's normalised form, without normalising it: each core is
    looked for with :func:`_written_pattern` (for long texts read once per query; for many
    terms over short texts, compiling a pattern per core costs more than normalising)."""
    options = tuple(sorted(analyzer.normalize_options.items()))
    found = [
        tuple(tuple(_written_pattern(core, options).search for core in form) for form in forms)
        for forms in cores
    ]
    return lambda text: all(
        any(all(search(text) for search in form) for form in forms) for forms in found
    )


@lru_cache(maxsize=256)
def _written_pattern(core: str, options: tuple[tuple[str, bool], ...]) -> re.Pattern[str]:
    """The pattern that finds ``core`` in raw text: it finds a match in ``text`` exactly when
    ``core in normalize(text, **dict(options))``, without normalising the text.

    Normalising deletes a character or replaces it with one, so a raw span normalises to
    ``core`` when its kept characters map one by one to the core's and the others are deleted:
    each letter of the core becomes the class of the characters normalised to it, with any
    deleted characters allowed between. Searching every body of ANT for one core this way
    takes a thirtieth of the time of normalising them (0.03 against 0.8 CPU s).
    """
    table = _normalizer_for(**dict(options)).table  # character -> replacement, "" when deleted
    deleted = re.escape("".join(c for c, replacement in table.items() if not replacement))
    classes = []
    for letter in core:
        written = "".join(c for c, replacement in table.items() if replacement == letter)
        written += "" if letter in table else letter
        classes.append(f"[{re.escape(written)}]" if written else "(?!)")
    return re.compile(f"[{deleted}]*".join(classes))


def _term_runs(row: int, article: _Article, wanted: list[str]) -> list[_Occurrence]:
    """Occurrences of the term sequence ``wanted`` among the article's analysed terms."""
    n = len(wanted)
    terms = article.terms
    return [
        _Occurrence(row, int(article.term_tokens[i]), int(article.term_lasts[i + n - 1]))
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
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``query`` with the words around it.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``.
    query : str
        A word or phrase, matched through clitics and spelling variants: it matches the raw
        tokens whose analysed terms (normalised, clitics stripped) equal the query's, so
        ``جنيف`` finds ``بجنيف``. A multiword name is one term, as in the counts: the query
        ``الولايات المتحدة`` matches the name with all its words, and ``المتحدة`` alone matches
        only outside a name. An actor id (``"russia"``) matches every mention of the actor
        (:func:`helpers.actors.find_mentions`: ``روسيا``, ``موسكو``, ``بوتين``...); a gazetteer
        alias (``الكرملين``) matches the mentions of that alias, read as the gazetteer reads it.
    width : int, default 5
        Raw tokens of context on each side (stopwords included).
    analyzer, gazetteer
        Defaults: ``Analyzer()`` and the bundled gazetteer.
    actor_aliases : bool, default True
        ``False`` matches an alias as a plain word.
    mentions : DataFrame, optional
        :func:`helpers.actors.find_mentions` of these articles, read for an actor query
        instead of scanning the articles again when it covers the actor
        (:func:`helpers.actors.mention_rows` says when).

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
    found = _occurrences(articles, query, analyzer, gazetteer, actor_aliases, mentions)
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


def term_lines(
    texts: Sequence[str],
    holders: Mapping[str, Sequence[int]],
    width: int = 5,
    *,
    analyzer: Analyzer | None = None,
) -> pd.DataFrame:
    """The first occurrence of each term in each text listed for it, with its context.

    The same lines as :func:`kwic` of each term (``actor_aliases=False``) over its texts, first
    line of each text kept, but every text is read once for all the terms that list it (the
    term explorer's contexts: 1,500 terms over the same few thousand sentences).

    Parameters
    ----------
    texts : sequence of str
        Short texts (sentences).
    holders : mapping of str to sequence of int
        Each term and the positions in ``texts`` to look in, ascending. A term the analyzer
        reads as no term is skipped (:func:`kwic` refuses it).
    width : int, default 5
        Raw tokens of context on each side.

    Returns
    -------
    DataFrame
        ``term, text, left, match, right, start, end`` (``text`` the position in ``texts``),
        terms in the order of ``holders`` and texts in the order listed; a text where the term
        does not occur as one analysed term (it came from a longer token, or is a word of a
        multiword name) has no line.

    >>> term_lines(["زار الوزير جنيف أمس", "في جنيف"], {"جنيف": [0, 1]}, 1)["left"].tolist()
    ['الوزير', 'في']
    """
    analyzer = analyzer or Analyzer()
    normalised: dict[int, str] = {}
    read: dict[int, _Article] = {}
    rows = []
    for term, positions in holders.items():
        wanted = analyzer.term_spans(tokenize(term))[0]
        cores = _written_cores(wanted, analyzer)
        for position in positions if wanted else ():
            if position not in normalised:
                normalised[position] = normalize(texts[position], **analyzer.normalize_options)
            if not _holds(normalised[position], cores):
                continue
            if position not in read:
                read[position] = _read(texts[position], analyzer)
            found = _term_runs(position, read[position], wanted)
            if found:
                rows.append((term, position, *_context(read[position], found[0], width)))
    columns = ["term", "text", "left", "match", "right", "start", "end"]
    return pd.DataFrame(rows, columns=columns)


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
    mentions: pd.DataFrame | None = None,
    totals: Mapping[str, int] | pd.Series | None = None,
) -> pd.DataFrame:
    """Words that keep company with ``term`` within ``window`` analysed terms on either side.

    ``term`` is matched as in :func:`kwic` (a word through clitics, or an actor id/alias
    through all its mentions, read from ``mentions`` as there). The window counts *analysed*
    terms, so stopwords neither count as collocates nor use up the window; a multiword name is
    one term (``الولايات المتحدة``, as in :func:`helpers.frequency.term_counts`); tokens of the
    node itself, and a name holding them, are never its collocates.

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
    totals : mapping or Series, optional
        Every analysed term's count in ``articles`` (``f_c``, and ``N`` their sum) when the
        caller has them: the counts of a :func:`helpers.frequency.term_counts` frame of the
        same articles with the same analyzer (unigrams, ``min_count=1``) summed over its groups
        (``counts.groupby("term")["count"].sum()``) are exactly these. Default: counted here,
        one more pass over every article.

    Returns
    -------
    DataFrame
        ``collocate, cooccurrences, collocate_count, node_count, logdice, pmi, t``, best first.
    """
    if measure not in _MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {_MEASURES}")
    analyzer = analyzer or Analyzer()
    together, nodes = Counter[str](), 0
    read = _occurrences(articles, term, analyzer, gazetteer, actor_aliases, mentions)
    for _, article, occurrences in read:
        nodes += len(occurrences)
        together.update(_window_terms(article, occurrences, window))
    if totals is None:
        corpus = _term_totals(_bodies(articles), analyzer)
    elif isinstance(totals, pd.Series):  # dict(series) looks each term up through pandas
        corpus = dict(zip(totals.index, totals.to_numpy(), strict=True))
    else:
        corpus = dict(totals)
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
    """Analysed terms within ``window`` terms of each occurrence, outside every occurrence (a
    term sharing a token with one is inside)."""
    positions = article.term_tokens
    inside = np.zeros(len(positions), dtype=bool)
    bounds = []
    for occurrence in occurrences:
        first = int(np.searchsorted(article.term_lasts, occurrence.first, side="left"))
        after = int(np.searchsorted(positions, occurrence.last, side="right"))
        inside[first:after] = True
        bounds.append((first, after))
    picked = []
    for first, after in bounds:
        for i in (*range(max(first - window, 0), first), *range(after, after + window)):
            if i < len(positions) and not inside[i]:
                picked.append(article.terms[i])
    return picked

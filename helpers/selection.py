"""Which articles a notebook analyses: the corpus without duplicates, some outlets, two sides.

Every notebook starts the same way (load the corpus, drop the marked duplicates, keep the
outlets the reader asked for), and the comparison notebook then picks the two groups it sets
side by side and says what each holds. All of it is here, so a notebook says what it wants in
one call, and a wrong name (an outlet that is not in the corpus, a side that does not exist)
stops with a message that lists the names there are, instead of an empty analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd

from helpers.arabic import word_count
from helpers.checks import require_columns
from helpers.snapshot import open_corpus

__all__ = ["check_outlets", "choose_sides", "describe_sides", "load_articles"]


def load_articles(
    path: str | Path | Iterable[str | Path],
    outlets: Sequence[str] | None = None,
    *,
    corpus_snapshot: str | Path | None = None,
    **options,
) -> pd.DataFrame:
    """The articles to analyse: ``load_corpus(path, **options).analysis_view()``, some outlets.

    Parameters
    ----------
    path
        A folder, a file or a glob (made absolute, so ``source_path`` is), or a list of those.
    outlets
        Outlet names to keep; None keeps all.
    corpus_snapshot
        The runner's snapshot of this corpus (a notebook's ``corpus_snapshot`` parameter):
        read instead of loading again when it matches (see :func:`helpers.snapshot.open_corpus`).
    **options
        Passed to :func:`helpers.corpus.load_corpus`.

    Raises
    ------
    ValueError
        When an outlet of ``outlets`` is not in the corpus (the message lists those that are).

    >>> articles = load_articles("../corpus", outlets=["arab-wire"])  # doctest: +SKIP
    """
    if isinstance(path, str | Path):
        path = Path(path).resolve()
    articles = open_corpus(path, corpus_snapshot, **options).analysis_view()
    if outlets is None:
        return articles
    outlets = check_outlets(outlets, articles["outlet"].dropna().unique())
    return articles[articles["outlet"].isin(outlets)].reset_index(drop=True)


def check_outlets(outlets: Sequence[str] | str, present: Iterable[str]) -> list[str]:
    """``outlets`` as a list (one name may be given alone), each checked against ``present``.

    Raises
    ------
    ValueError
        When an outlet is not among ``present`` (the message lists those that are).
    """
    outlets = [outlets] if isinstance(outlets, str) else list(outlets)
    present = sorted(present)
    unknown = [name for name in outlets if name not in present]
    if unknown:
        raise ValueError(f"outlets {unknown} are not in the corpus; it has {present}")
    return outlets


def choose_sides(
    articles: pd.DataFrame, by: str, side_a: object = None, side_b: object = None
) -> tuple[object, object]:
    """The two groups of ``by`` to compare: the ones asked for, else the two largest.

    A side left as None is the group with the most articles not already chosen (ties broken by
    name, so the choice is the same on every run).

    Raises
    ------
    ValueError
        When ``by`` has fewer than two groups, a side is not one of them, or both sides are the
        same group.
    """
    require_columns(articles, [by])
    sizes = articles[by].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    groups = list(sizes.index)
    if len(groups) < 2:
        raise ValueError(f"a comparison needs two groups of {by!r}; the articles have {groups}")
    for side in (side_a, side_b):
        if side is not None and side not in groups:
            raise ValueError(f"{side!r} is not a group of {by!r}; choose among {groups}")
    if side_a is not None and side_a == side_b:
        raise ValueError(f"both sides are {side_a!r}; choose two different groups of {by!r}")
    if side_a is None:
        side_a = next(g for g in groups if g != side_b)
    if side_b is None:
        side_b = next(g for g in groups if g != side_a)
    return side_a, side_b


def describe_sides(
    articles: pd.DataFrame,
    by: str,
    sides: Sequence[object],
    in_window: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """What each side of a comparison holds: articles, words and the dates they span.

    Parameters
    ----------
    in_window : callable, optional
        The rows of a frame dated inside the corpus's time window
        (``fit_settings(...).window.select``): the dates a side spans are read inside it, as
        the time charts of the other pages read them, so a few stray dates years away do not
        stretch a side's span. The articles and words count every article.

    Returns
    -------
    DataFrame
        One row per side, in the order of ``sides``: ``<by>, articles, words, first_date,
        last_date``. ``words`` counts the tokens of the bodies (:func:`helpers.arabic.tokenize`:
        every word, stopwords included); the dates are days (a span from one day to another,
        not from a time of day), NaT for a side without dated articles.
    """
    read = list(dict.fromkeys([by, "body", "date"]))
    require_columns(articles, read)
    kept = articles.loc[articles[by].isin(sides), read]  # not every column (ANT: 0.4 CPU s)
    words = kept["body"].fillna("").astype(str).map(word_count)
    dated = kept if in_window is None else in_window(kept)
    days = dated["date"].dt.normalize()  # the days of publication, not their times
    table = (
        kept.assign(words=words)
        .groupby(by)
        .agg(articles=("body", "size"), words=("words", "sum"))
        .join(days.groupby(dated[by]).agg(first_date="min", last_date="max"))
    )
    return table.reindex(list(sides)).rename_axis(by).reset_index()

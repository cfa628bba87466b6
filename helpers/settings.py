"""Settings that fit the corpus, and what a corpus can show: one home for both.

A report's pages must agree: the number of topics, the time period and ``min_df`` are chosen
here, from the corpus itself (its size and the span of its dates), so the topics page and the
comparison page fit the same ``k`` and every time chart uses the same period. A notebook
parameter left at ``None`` takes the fitted value; a value given (``-p k 8``) wins everywhere.

The same object says what the corpus cannot show and why (one outlet: nothing to compare
outlets with; no dates: no time line; no Arabic text: no actor or stance), so a notebook prints
a short note in place of a section instead of failing:

>>> fitted = fit_settings(articles)             # doctest: +SKIP
>>> if fitted.can_show("outlets"):              # doctest: +SKIP
...     keyness_against_rest(counts)

Dates far outside the bulk of the corpus (ANT carries a few articles dated 2012-2014 in a 2018
corpus) would stretch every time axis over empty years: :class:`TimeWindow` keeps the dense
range, and the notebooks report the outlying articles instead of plotting them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from helpers.arabic import is_arabic_text
from helpers.dates import PERIODS as PERIOD_FREQ

__all__ = [
    "NEEDS",
    "PERIOD_FREQ",
    "CorpusSettings",
    "TimeWindow",
    "fit_settings",
    "period_name",
    "show_note",
    "time_window",
]

PERIOD_NAMES_AR = {
    "day": "يوم",
    "week": "أسبوع",
    "month": "شهر",
    "quarter": "ربع سنة",
    "year": "سنة",
}

# (most articles, value): the first row whose bound exceeds the corpus size gives the value.
K_BY_SIZE = ((8, 2), (16, 3), (100, 4), (1000, 5), (float("inf"), 6))
MIN_DF_BY_SIZE = ((10, 1), (1000, 2), (float("inf"), 5))
# (longest span in days, period): a time chart gets a few dozen bars at most.
PERIOD_BY_SPAN = ((31, "day"), (190, "week"), (3 * 366, "month"), (12 * 366, "quarter"))

FENCE = 3.0
"""Outlying dates lie further than this many interquartile ranges outside the quartiles."""
MAX_OUTLYING_SHARE = 0.05
"""More outlying articles than this share (and than one) are a part of the corpus: all kept."""

NEEDS = {
    "outlets": "two outlets to compare",
    "dates": "dated articles",
    "arabic": "Arabic text",
    "topics": "at least three articles",
}
"""What a section may need, in the words of the note that says it is missing."""


@dataclass(frozen=True)
class TimeWindow:
    """The dense range of the corpus's dates, and the dated articles outside it.

    ``start``/``end`` bound the time charts (``None`` when no article is dated). An article is
    *outlying* when its date lies further from the middle half of the dates (between the
    quartiles) than :data:`FENCE` times that range, and at least a month (Tukey's fences, wide
    open); and only when such articles are at most :data:`MAX_OUTLYING_SHARE` of the dated
    ones: a few stray dates years away are set aside, a corpus in two distant parts is not.
    """

    start: pd.Timestamp | None
    end: pd.Timestamp | None
    dated: int
    undated: int
    outlying: pd.Series = field(repr=False)

    def select(self, articles: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``articles`` dated inside the window (undated and outlying rows go)."""
        if self.start is None:
            return articles.iloc[0:0]
        dates = _naive(articles["date"])
        return articles[dates.between(self.start, self.end)]

    def periods(self, frame: pd.DataFrame, freq: str, column: str = "period") -> pd.DataFrame:
        """Rows of a per-period table whose period (start date, or a pandas period) overlaps
        the window: the time line of a tidy table, without the stray dates' empty periods."""
        if self.start is None:
            return frame.iloc[0:0]
        values = frame[column]
        starts = values.dt.start_time if isinstance(values.dtype, pd.PeriodDtype) else values
        first = self.start.to_period(freq).start_time
        return frame[(starts >= first) & (starts <= self.end)]

    def note(self) -> None:
        """Display :meth:`describe` as a note when the time charts leave anything out."""
        if self.describe():
            show_note(self.describe())

    def describe(self) -> str:
        """One sentence on what the time charts leave out, empty when they show every article."""
        parts = []
        if len(self.outlying):
            first, last = self.outlying.min(), self.outlying.max()
            span = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"
            parts.append(
                f"{len(self.outlying):,} article(s) dated far outside "
                f"{self.start:%Y-%m-%d} to {self.end:%Y-%m-%d} ({span}) are left off the "
                "time charts and date spans, so that a few stray dates do not stretch them over "
                "empty periods"
            )
        if self.undated:
            parts.append(f"{self.undated:,} article(s) without a date cannot be placed in time")
        return "; ".join(parts) + "." if parts else ""


@dataclass(frozen=True)
class CorpusSettings:
    """The settings one report uses on every page, and the shape of the corpus behind them."""

    articles: int
    outlets: int
    arabic_articles: int
    k: int
    min_df: int
    period: str
    window: TimeWindow

    @property
    def period_ar(self) -> str:
        """The period's Arabic name, for chart titles (``أسبوع`` for ``"week"``)."""
        return PERIOD_NAMES_AR[self.period]

    def has(self, need: str) -> bool:
        """True when the corpus has ``need`` (see :meth:`cannot_show`); says nothing."""
        return self.cannot_show(need) is None

    @property
    def freq(self) -> str:
        """The pandas frequency of :attr:`period` (``"W"`` for ``"week"``)."""
        return PERIOD_FREQ[self.period]

    def cannot_show(self, need: str) -> str | None:
        """Why this corpus lacks ``need`` (a key of :data:`NEEDS`), or ``None`` when it has it."""
        if need not in NEEDS:
            raise ValueError(f"unknown need {need!r}; choose among {sorted(NEEDS)}")
        if need == "outlets" and self.outlets < 2:
            found = "no outlet name" if self.outlets == 0 else "a single outlet"
            return f"the corpus has {found}, and this section compares outlets with each other"
        if need == "dates" and self.window.start is None:
            return "no article carries a readable date, so nothing can be placed in time"
        if need == "arabic" and self.arabic_articles == 0:
            return (
                f"none of the {self.articles:,} articles contains Arabic text; the actor "
                "gazetteer and the stance lexicon are Arabic, so they find nothing to read"
            )
        if need == "topics" and self.articles < 3:
            return f"{self.articles} article(s) are too few to find topics or clusters in"
        return None

    def can_show(self, *needs: str, section: str | None = None) -> bool:
        """True when the corpus has every one of ``needs``; else display a note saying why not.

        The note is a short Markdown line in the notebook (and so in the report page), in place
        of the section's figures and tables: ``section`` names what is not shown.
        """
        reasons = [reason for need in needs if (reason := self.cannot_show(need))]
        if reasons:
            show_note(f"{section or 'This section'} is not shown: {'; '.join(reasons)}.")
        return not reasons

    def _repr_markdown_(self) -> str:
        """The settings line of a page; without dates it names no period (none is used)."""
        shape = f"{self.articles:,} articles, {self.outlets} outlet(s)"
        if self.window.start is None:
            return (
                f"*Settings for this corpus ({shape}, no dates): `k = {self.k}` topics, "
                f"`min_df = {self.min_df}`; no time period, since no article carries a date.*"
            )
        return (
            f"*Settings for this corpus ({shape}, dated {self.window.start:%Y-%m-%d} to "
            f"{self.window.end:%Y-%m-%d}): `k = {self.k}` topics, `period = {self.period!r}`, "
            f"`min_df = {self.min_df}`.*"
        )


def fit_settings(
    articles: pd.DataFrame,
    *,
    k: int | None = None,
    period: str | None = None,
    min_df: int | None = None,
) -> CorpusSettings:
    """The settings for ``articles``: each one given is kept, each ``None`` is fitted.

    Parameters
    ----------
    articles
        The analysed articles (``article_id``, ``body``; ``outlet`` and ``date`` when known),
        or their overview (:meth:`helpers.analysis.Analysis.overview`: ``has_arabic`` in
        place of the body).
    k
        Topics and clusters; fitted from the number of articles (2 below 8 articles, 4 for
        the bundled 16, 6 from a thousand on) and never more than the articles.
    period
        ``"day"``... ``"year"`` or a pandas frequency (``"W"``, ``"M"``); fitted from the span
        of the dense date range so a time chart has a few dozen bars at most.
    min_df
        Articles a term must occur in to be kept: 1 below 10 articles, 5 from a thousand on.
    """
    size = len(articles)
    window = time_window(articles["date"] if "date" in articles else pd.Series([], dtype=object))
    if period is None:
        span = (window.end - window.start).days if window.start is not None else 0
        period = next((name for days, name in PERIOD_BY_SPAN if span <= days), "year")
    if k is None:
        k = min(_by_size(K_BY_SIZE, size), max(size, 1))
    if min_df is None:
        min_df = _by_size(MIN_DF_BY_SIZE, size)
    outlets = articles["outlet"].nunique() if "outlet" in articles else 0
    if "has_arabic" in articles:  # an overview of the articles (helpers.analysis), no bodies
        arabic = int(articles["has_arabic"].sum())
    else:
        arabic = int(articles["body"].fillna("").astype(str).map(is_arabic_text).sum())
    return CorpusSettings(
        size, int(outlets), arabic, int(k), int(min_df), period_name(period), window
    )


def period_name(period: str) -> str:
    """``"week"`` for ``"week"`` or ``"W"``: the notebooks accept either spelling."""
    if period in PERIOD_FREQ:
        return period
    names = {freq: name for name, freq in PERIOD_FREQ.items()}
    freq = period.upper().removesuffix("S").removesuffix("E")  # "MS", "ME", "YE" -> "M", "Y"
    if freq.startswith("W"):
        freq = "W"
    if freq not in names:
        raise ValueError(f"unknown period {period!r}; use one of {list(PERIOD_FREQ)}")
    return names[freq]


def time_window(dates: pd.Series) -> TimeWindow:
    """The dense range of ``dates`` and the dates outside it (see :class:`TimeWindow`)."""
    dates = _naive(dates)
    known = dates.dropna()
    undated = int(dates.isna().sum())
    if known.empty:
        return TimeWindow(None, None, 0, undated, pd.Series([], dtype="datetime64[ns]"))
    low, high = known.quantile(0.25), known.quantile(0.75)
    reach = max(pd.Timedelta(days=31), FENCE * (high - low))
    inside = known.between(low - reach, high + reach)
    if (~inside).sum() > max(1, MAX_OUTLYING_SHARE * len(known)):  # a part of the corpus
        inside[:] = True
    start, end = known[inside].min(), known[inside].max()
    return TimeWindow(start, end, len(known), undated, known[~inside].sort_values())


def show_note(text: str) -> None:
    """Display ``text`` as a short note in the notebook (a quoted Markdown line)."""
    from IPython.display import Markdown, display

    display(Markdown(f"> **Note.** {text}"))


def _by_size(table: tuple[tuple[float, int], ...], size: int) -> int:
    return next(value for bound, value in table if size < bound)


def _naive(dates: pd.Series) -> pd.Series:
    """Dates as timezone-free timestamps (NaT for anything unreadable)."""
    dates = pd.to_datetime(dates, errors="coerce", utc=True)
    return dates.dt.tz_localize(None)

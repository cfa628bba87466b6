"""The project's charts: bars, heatmaps, intervals, timelines, topic maps, read from the right.

Every chart takes a tidy frame (column names are parameters), returns a matplotlib ``Figure``
built outside pyplot, lays itself out right to left (bars grow leftward from labels on the
right, panels fill from the top-right corner, legends read from the right) and puts every
string through :func:`helpers.shaping.ar`, so notebooks pass logical Arabic and never think
about the renderer. The text layer (``ar``, ``use_arabic``, the text modes, ``save_figure``)
lives in :mod:`helpers.shaping` and is re-exported here, so ``from helpers.plotting import
use_arabic, ar`` keeps working. Charts never compute statistics: they draw what the analyses
return.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from helpers.checks import require_columns
from helpers.colours import DIVERGING, colour_map, colour_of, ink_on, signed
from helpers.fonts import font_path
from helpers.rtl_layout import (
    LEGEND_LEFT,
    MAX_FIGURE_INCHES,
    MAX_TIME_LABELS,
    RTL_LEGEND,
    _finish,
    _maybe_ar,
    _ranked_bars,
    _rtl_grid,
    _single_axes,
    _wide,
    _with_counts,
)
from helpers.shaping import (
    EXPORT_RC,
    TEXT_MODES,
    TextMode,
    ar,
    ar_labels,
    forced_text_mode,
    matplotlib_text_mode,
    pillow_text_mode,
    save_figure,
    set_text_mode,
    text_mode,
    use_arabic,
)
from helpers.topic_charts import cluster_map, prevalence_chart, topic_terms_chart

__all__ = [
    "EXPORT_RC",
    "LEGEND_LEFT",
    "MAX_FIGURE_INCHES",
    "RTL_LEGEND",
    "TEXT_MODES",
    "TextMode",
    "ar",
    "ar_labels",
    "cluster_map",
    "count_bars",
    "distribution_chart",
    "forced_text_mode",
    "keyness_chart",
    "matplotlib_text_mode",
    "mentions_timeline",
    "period_bars",
    "pillow_text_mode",
    "prevalence_chart",
    "save_figure",
    "set_text_mode",
    "stance_heatmap",
    "stance_intervals",
    "text_mode",
    "top_terms_chart",
    "topic_terms_chart",
    "use_arabic",
    "word_cloud_image",
]


# ------------------------------------------------------------------------------------ charts
def count_bars(
    counts: pd.DataFrame,
    *,
    label: str = "label",
    value: str = "count",
    title: str | None = None,
    xlabel: str | None = None,
    color: str = "#3b6ea8",
    ax: Axes | None = None,
) -> Figure:
    """One horizontal bar per row (e.g. articles per outlet), its value written at its end.

    Parameters
    ----------
    counts
        One row per bar with a ``label`` and a ``value`` column, drawn in the frame's order,
        first row on top (sort it first to rank the bars).
    title, xlabel
        Logical text for the title and the value axis.
    """
    require_columns(counts, [label, value], what="counts")
    ax = _single_axes(ax, (7, 0.4 * len(counts) + 1.4))
    _ranked_bars(ax, counts[label].tolist(), counts[value].tolist(), color)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.bar_label(ax.containers[0], fmt="{:,.0f}", padding=3)
    ax.margins(x=0.08)
    if xlabel is not None:
        ax.set_xlabel(ar(xlabel))
    _finish(ax, title)
    return ax.figure


def distribution_chart(
    values: pd.DataFrame,
    *,
    by: str = "outlet",
    value: str = "value",
    title: str | None = None,
    xlabel: str | None = None,
    color: str = "#3b6ea8",
    seed: int = 0,
    ax: Axes | None = None,
) -> Figure:
    """Every row as a dot on one line per group (e.g. article lengths per outlet).

    Parameters
    ----------
    values
        One row per item (article) with a ``by`` column (the group, first group on top) and a
        numeric ``value`` column.
    seed
        Dots are spread a little across their line (a fixed pseudo-random jitter), so equal
        values stay visible; the same seed draws the same figure.

    Notes
    -----
    Every item is drawn, nothing is summarised (the notebooks show medians and quantiles in a
    table); dots are more transparent the more items a group has. The values run left to
    right like a number line; the group names sit on the right, where reading starts.
    """
    require_columns(values, [by, value], what="values")
    groups = list(pd.unique(values[by]))
    ax = _single_axes(ax, (8, 0.55 * len(groups) + 1.4))
    jitter = np.random.default_rng(seed)
    positions = np.arange(len(groups))[::-1]
    for position, group in zip(positions, groups, strict=True):
        points = values.loc[values[by] == group, value].to_numpy(dtype=float)
        alpha = float(np.clip(60 / max(len(points), 1), 0.08, 0.8))
        spread = position + jitter.uniform(-0.2, 0.2, len(points))
        ax.scatter(points, spread, s=22, alpha=alpha, color=color, linewidths=0)
    ax.set_yticks(positions, labels=[ar(group) for group in groups])
    ax.yaxis.tick_right()
    ax.spines[["left", "top"]].set_visible(False)
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    if xlabel is not None:
        ax.set_xlabel(ar(xlabel))
    _finish(ax, title)
    return ax.figure


def period_bars(
    counts: pd.DataFrame,
    *,
    period: str = "period",
    by: str = "outlet",
    count: str = "count",
    title: str | None = None,
    ylabel: str | None = None,
    legend_title: str | None = None,
    colours: Mapping[str, str] | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Counts per period stacked by group (e.g. articles per month and outlet), oldest left.

    Parameters
    ----------
    counts
        One row per (``period``, ``by``) with a ``count``. ``period`` holds pandas periods,
        datetimes or labels; with periods, every period between the first and the last gets
        a bar (an empty one when nothing was counted), so gaps in time show as gaps.
    colours
        Each group's colour (:func:`helpers.colours.colour_map` of all the corpus's groups,
        so an outlet has its colour of the other pages); default that map of the groups here.

    Notes
    -----
    Time runs left to right, as on the time axes of Arabic newspapers and of
    :func:`mentions_timeline`; the count axis and the title are on the right.
    """
    wide = _wide(counts, period, by, count).fillna(0).sort_index()
    wide = wide[pd.unique(counts[by])]
    if isinstance(wide.index, pd.PeriodIndex) and len(wide):
        wide = wide.reindex(pd.period_range(wide.index.min(), wide.index.max()), fill_value=0)
    if isinstance(wide.index, pd.DatetimeIndex):
        wide.index = wide.index.strftime("%Y-%m-%d")
    ax = _single_axes(ax, (max(6.0, 0.5 * len(wide) + 3.5), 4))
    positions = np.arange(len(wide))
    bottom = np.zeros(len(wide))
    colours = colour_map(wide.columns) if colours is None else colours
    for name, column in wide.items():
        colour = colour_of(colours, name)
        ax.bar(positions, column.to_numpy(), bottom=bottom, label=ar(name), color=colour)
        bottom += column.to_numpy()
    slanted = {"rotation": 45, "ha": "right", "rotation_mode": "anchor"} if len(wide) > 8 else {}
    every = -(-len(wide) // MAX_TIME_LABELS)
    ax.set_xticks(
        positions[::every],
        labels=[ar(label) for label in wide.index.astype(str)[::every]],
        **slanted,
    )
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.spines[["left", "top"]].set_visible(False)
    if ylabel is not None:
        ax.set_ylabel(ar(ylabel))
    ax.legend(title=_maybe_ar(legend_title), **LEGEND_LEFT, **RTL_LEGEND)
    _finish(ax, title)
    return ax.figure


def top_terms_chart(
    counts: pd.DataFrame,
    *,
    by: str = "group",
    term: str = "term",
    value: str = "count",
    n: int = 10,
    ncols: int = 3,
    title: str | None = None,
    xlabel: str | None = None,
    color: str = "#3b6ea8",
) -> Figure:
    """Top ``n`` terms of each group as small multiples of horizontal bars.

    Parameters
    ----------
    counts
        Tidy term counts: one row per (``by``, ``term``) with a ``value`` column
        (``count``, ``per_10k``...).
    by, term, value
        Column names.
    n, ncols
        Terms per panel and panels per row (the first group is top right).
    title, xlabel
        Logical text for the figure title and the value axes.
    """
    require_columns(counts, [by, term, value], what="counts")
    groups = list(pd.unique(counts[by]))
    fig, panels = _rtl_grid(len(groups), ncols, (3.4, 0.35 * n + 1.2))
    for group, ax in zip(groups, panels, strict=True):
        top = counts[counts[by] == group].nlargest(n, value)
        _ranked_bars(ax, top[term].tolist(), top[value].tolist(), color)
        ax.set_title(ar(group), loc="right")
        if xlabel is not None:
            ax.set_xlabel(ar(xlabel))
    _finish(fig, title)
    return fig


SCORE_NAMES = {"g2": "G²", "log_ratio": "log₂ ratio", "log_odds_z": "log-odds z"}
"""How a value axis names a keyness score column: the statistic, not the column."""


def keyness_chart(
    keyness: pd.DataFrame,
    *,
    score: str = "g2",
    term: str | None = None,
    n: int = 10,
    groups: tuple[str, str] = ("الهدف", "المرجع"),
    title: str | None = None,
    xlabel: str | None = None,
    colors: tuple[str, str] = ("#b2432f", "#3b6ea8"),
    ax: Axes | None = None,
) -> Figure:
    """Diverging bars of the ``n`` most over- and ``n`` most under-represented terms.

    Parameters
    ----------
    keyness
        One row per term, indexed by term (or with a ``term`` column), with a signed ``score``
        (positive: typical of the target corpus).
    groups
        Names of the target and reference corpora, shown in the legend.
    xlabel
        Logical text for the value axis (default: the ``score`` column's name as a reader
        writes it: ``G²`` for ``g2``).
    ax
        Draw into this axes instead of a new figure.

    Notes
    -----
    Each term is written beside the zero line, on the side opposite its bar, so the bar and
    its label read together whichever side the bar grows to.
    """
    table = keyness if term is None else keyness.set_index(term)
    require_columns(table, [score], what="table")
    ranked = table[score].sort_values(ascending=False)
    shown = pd.concat([ranked[ranked > 0].head(n), ranked[ranked < 0].tail(n)])
    ax = _single_axes(ax, (6.5, 0.32 * len(shown) + 1.4))
    positions = np.arange(len(shown))[::-1]
    ax.barh(positions, shown.to_numpy(), color=[colors[v < 0] for v in shown])
    gap = 0.01 * float(np.abs(shown).max()) if len(shown) else 0.0
    for pos, (word, value) in zip(positions, shown.items(), strict=True):
        side = -1 if value > 0 else 1
        ha = "right" if value > 0 else "left"
        ax.text(side * gap, pos, ar(word), ha=ha, va="center")
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.set_yticks([])
    ax.spines[["left", "right", "top"]].set_visible(False)
    ax.set_xlabel(ar(SCORE_NAMES.get(score, score) if xlabel is None else xlabel))
    handles = [
        Patch(color=color, label=ar(name)) for color, name in zip(colors, groups, strict=True)
    ]
    ax.legend(handles=handles, loc="lower right", frameon=False, **RTL_LEGEND)
    _finish(ax, title)
    return ax.figure


def stance_heatmap(
    scores: pd.DataFrame,
    *,
    row: str = "outlet",
    col: str = "target",
    value: str = "mean",
    count: str | None = "n",
    fmt: str | None = None,
    title: str | None = None,
    colorbar_label: str | None = "متوسط الموقف",
    cmap: str = DIVERGING,
    limit: float | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Outlet x actor heatmap with the value (and the count, when given) written in each cell.

    Parameters
    ----------
    scores
        Tidy (one row per ``row`` x ``col`` with ``value`` and optionally ``count``) or already
        wide (outlets as index, actors as columns).
    fmt
        Format of the cell values; default :func:`helpers.colours.signed` (``+0.41``,
        ``-0.09``, and ``0.00`` rather than ``-0.00``).
    limit
        The colour scale runs from ``-limit`` to ``+limit``: pass the measure's own range
        (``1.0`` for stance scores) so that a mean of -0.16 looks pale, not deep red. Default:
        the largest absolute value shown.

    Notes
    -----
    The colour scale is centred on zero, symmetric, so neutral is white. The first actor is
    the rightmost column and the outlet names sit on the right, in reading order.
    """
    tidy = {row, col, value} <= set(scores.columns)
    values = _wide(scores, row, col, value) if tidy else scores
    counts = _wide(scores, row, col, count) if tidy and count in scores.columns else None
    values = values.iloc[:, ::-1]
    ax = _single_axes(ax, (1.1 * values.shape[1] + 2.5, 0.55 * values.shape[0] + 1.5))
    if limit is None:
        limit = float(np.nanmax(np.abs(values.to_numpy(dtype=float)))) or 1.0
    image = ax.imshow(values.to_numpy(dtype=float), cmap=cmap, vmin=-limit, vmax=limit)
    for (i, j), cell in np.ndenumerate(values.to_numpy(dtype=float)):
        if np.isnan(cell):
            continue
        text = signed(cell) if fmt is None else fmt.format(cell)
        if counts is not None:
            text += f"\n(n={counts.loc[values.index[i], values.columns[j]]:,.0f})"
        ax.text(j, i, text, ha="center", va="center", color=ink_on(cell, limit), fontsize=9)
    ax.set_xticks(range(values.shape[1]), labels=[ar(c) for c in values.columns])
    ax.set_yticks(range(values.shape[0]), labels=[ar(r) for r in values.index])
    ax.yaxis.tick_right()
    ax.tick_params(length=0)
    colorbar = ax.figure.colorbar(image, ax=ax, location="left", shrink=0.8)
    if colorbar_label is not None:
        colorbar.set_label(ar(colorbar_label))
    _finish(ax, title)
    _two_line_columns(ax, values.columns)
    return ax.figure


def _two_line_columns(ax: Axes, columns: pd.Index) -> None:
    """The column names in two lines when two side by side would run into each other: square
    cells are narrower than a long name when the rows outnumber the columns (six holders over
    three actors: ``الولايات المتحدة`` beside ``الاتحاد الأوروبي``)."""
    ax.figure.draw_without_rendering()  # the constrained layout sizes the cells
    boxes = [label.get_window_extent() for label in ax.get_xticklabels()]
    if all(left.x1 < right.x0 for left, right in pairwise(boxes)):
        return
    halves = [ar(c, wrap=(len(str(c)) + 1) // 2) for c in columns]
    ax.set_xticks(range(len(columns)), labels=halves)


def stance_intervals(
    intervals: pd.DataFrame,
    *,
    outlet: str = "outlet",
    target: str = "target",
    mean: str = "mean",
    low: str = "low",
    high: str = "high",
    count: str | None = "n",
    ncols: int = 3,
    title: str | None = None,
    xlabel: str | None = "الموقف (فاصل ثقة 95٪)",
) -> Figure:
    """Mean stance per outlet with its interval, one panel per actor (first actor top right).

    Parameters
    ----------
    intervals
        One row per (``outlet``, ``target``) with ``mean``, ``low``, ``high`` (e.g. a bootstrap
        95% interval) and optionally the number of articles ``count``, shown beside the name.
    """
    require_columns(intervals, [outlet, target, mean, low, high], what="intervals")
    targets = list(pd.unique(intervals[target]))
    outlets = list(pd.unique(intervals[outlet]))
    fig, panels = _rtl_grid(len(targets), ncols, (3.9, 0.4 * len(outlets) + 1.4))
    lowest = float(intervals[low].min())
    highest = float(intervals[high].max())
    for name, ax in zip(targets, panels, strict=True):
        rows = intervals[intervals[target] == name].set_index(outlet).reindex(outlets)
        positions = np.arange(len(outlets))[::-1]
        errors = np.vstack([rows[mean] - rows[low], rows[high] - rows[mean]])
        ax.errorbar(rows[mean], positions, xerr=errors, fmt="o", color="#3b6ea8", capsize=3)
        ax.axvline(0, color="0.5", linewidth=0.8, linestyle="--")
        ax.set_yticks(positions, labels=[ar(label) for label in _with_counts(rows, count)])
        ax.yaxis.tick_right()
        ax.set_xlim(min(lowest, 0) - 0.05, max(highest, 0) + 0.05)
        ax.set_title(ar(name), loc="right")
        if xlabel is not None:
            ax.set_xlabel(ar(xlabel))
    _finish(fig, title)
    return fig


def mentions_timeline(
    mentions: pd.DataFrame,
    *,
    date: str = "date",
    actor: str = "actor",
    count: str = "count",
    title: str | None = None,
    ylabel: str | None = "عدد الإشارات",
    legend_title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Mentions of each actor over time, one line per actor.

    Parameters
    ----------
    mentions
        One row per (``date``, ``actor``) with ``count``; ``date`` may be datetimes, pandas
        periods or labels. Missing (date, actor) pairs are drawn as zero mentions.
    """
    wide = _wide(mentions, date, actor, count).fillna(0).sort_index()
    wide = wide[pd.unique(mentions[actor])]
    if isinstance(wide.index, pd.PeriodIndex):
        wide.index = wide.index.to_timestamp()
    ax = _single_axes(ax, (8, 4))
    for name, series in wide.items():
        ax.plot(series.index, series.to_numpy(), marker="o", markersize=3, label=ar(name))
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    if ylabel is not None:
        ax.set_ylabel(ar(ylabel))
    ax.legend(title=_maybe_ar(legend_title), **LEGEND_LEFT, **RTL_LEGEND)
    ax.figure.autofmt_xdate()
    _finish(ax, title)
    return ax.figure


def word_cloud_image(
    frequencies: Mapping[str, float] | pd.Series,
    *,
    width: int = 900,
    height: int = 450,
    max_words: int = 100,
    background: str = "white",
    colormap: str = "viridis",
    seed: int = 0,
    mode: TextMode | None = None,
):
    """A word cloud (``PIL.Image``) of term frequencies, drawn with the Arabic font.

    Parameters
    ----------
    frequencies
        Term -> frequency. Frequencies are given, not text: wordcloud's own tokenizer would
        split Arabic words at every diacritic.
    mode
        Text mode for Pillow; default :func:`pillow_text_mode` (logical when Pillow has raqm).

    Notes
    -----
    Words are laid out horizontally only: rotated Arabic is hard to read.
    """
    from wordcloud import WordCloud

    mode = mode or pillow_text_mode()
    prepared = {ar(word, mode=mode): float(f) for word, f in dict(frequencies).items() if f > 0}
    if not prepared:
        raise ValueError("word cloud needs at least one term with a positive frequency")
    cloud = WordCloud(
        font_path=str(font_path()), width=width, height=height, max_words=max_words,
        background_color=background, colormap=colormap, prefer_horizontal=1.0, random_state=seed,
    )  # fmt: skip
    return cloud.generate_from_frequencies(prepared).to_image()

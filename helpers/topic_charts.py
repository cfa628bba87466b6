"""Charts of topic models and clusters: top terms per topic, the 2-D map, prevalence by group.

Drawn right to left like every chart of :mod:`helpers.plotting`, which re-exports them; they take
the frames :mod:`helpers.topics` returns and compute nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from helpers.checks import require_columns
from helpers.colours import colour_map, colour_of, group_colours
from helpers.rtl_layout import (
    LEGEND_LEFT,
    RTL_LEGEND,
    _finish,
    _maybe_ar,
    _ranked_bars,
    _rtl_bars,
    _rtl_grid,
    _single_axes,
    _wide,
    _with_counts,
)
from helpers.shaping import ar

__all__ = ["cluster_map", "prevalence_chart", "topic_terms_chart"]


def topic_terms_chart(
    topic_terms: pd.DataFrame,
    *,
    topic: str = "topic",
    label: str = "label",
    term: str = "term",
    weight: str = "weight",
    rank: str = "rank",
    n: int = 8,
    ncols: int = 3,
    title: str | None = None,
    xlabel: str | None = None,
    color: str = "#6a8f3b",
) -> Figure:
    """The top ``n`` terms of every topic, one panel per topic titled with its label.

    Parameters
    ----------
    topic_terms
        One row per (``topic``, ``term``) with ``weight`` and ``rank`` (1 = strongest); the
        ``label`` column (e.g. the topic's top terms joined) titles each panel.
    xlabel
        Logical text for the weight axes.
    """
    require_columns(topic_terms, [topic, term, weight, rank], what="topic_terms")
    topics = list(pd.unique(topic_terms[topic]))
    fig, panels = _rtl_grid(len(topics), ncols, (3.2, 0.32 * n + 1.2))
    for key, ax in zip(topics, panels, strict=True):
        rows = topic_terms[topic_terms[topic] == key].nsmallest(n, rank)
        _ranked_bars(ax, rows[term].tolist(), rows[weight].tolist(), color)
        heading = rows[label].iloc[0] if label in rows.columns else key
        ax.set_title(ar(heading, wrap=28), loc="right", fontsize=10)
        if xlabel is not None:
            ax.set_xlabel(ar(xlabel))
    _finish(fig, title)
    return fig


def cluster_map(
    points: pd.DataFrame,
    *,
    x: str = "x",
    y: str = "y",
    hue: str = "cluster",
    label: str | None = "label",
    centers: pd.DataFrame | None = None,
    center_text: str = "label",
    max_labels: int = 30,
    title: str | None = None,
    legend_title: str | None = None,
    colours: Mapping[str, str] | None = None,
    ax: Axes | None = None,
) -> Figure:
    """2-D map of documents (e.g. a projection), coloured by cluster or outlet, with Arabic notes.

    Parameters
    ----------
    points
        One row per document with coordinates ``x``, ``y``, a ``hue`` column and optionally a
        ``label`` column: the first ``max_labels`` non-empty labels are written by their point.
    centers
        Optional frame with ``x``, ``y`` and ``center_text`` columns: one bold label per cluster
        at the given position (computed by the analysis, not here).
    colours
        Each ``hue`` value's colour: for outlets, :func:`helpers.colours.colour_map` of all
        the corpus's outlets (their colours on the other pages); default that map of the values
        here, which the interactive map uses too.
    """
    require_columns(points, [x, y, hue], what="points")
    ax = _single_axes(ax, (8, 6))
    size = float(np.clip(4000 / max(len(points), 1), 6, 40))  # big dots for a few articles
    colours = colour_map(points[hue]) if colours is None else colours
    for key, group in points.groupby(hue, sort=True):
        colour = colour_of(colours, key)
        ax.scatter(group[x], group[y], s=size, alpha=0.8, label=ar(key), color=colour)
    if label is not None and label in points.columns:
        for _, point in points[points[label].notna()].head(max_labels).iterrows():
            ax.annotate(
                ar(point[label]), (point[x], point[y]), xytext=(4, 4),
                textcoords="offset points", fontsize=8, ha="left",
            )  # fmt: skip
    if centers is not None:
        require_columns(centers, [x, y, center_text], what="centers")
        for _, center in centers.iterrows():
            ax.text(
                center[x], center[y], ar(center[center_text], wrap=20), ha="center",
                va="center", fontsize=11, weight="bold",
                bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"},
            )  # fmt: skip
    ax.legend(
        title=_maybe_ar(legend_title), loc="upper left", bbox_to_anchor=(1.02, 1.0),
        frameon=False, **RTL_LEGEND,
    )  # fmt: skip
    ax.set_xticks([])
    ax.set_yticks([])
    _finish(ax, title)
    return ax.figure


def prevalence_chart(
    shares: pd.DataFrame,
    *,
    by: str = "outlet",
    topic: str = "label",
    share: str = "share",
    count: str | None = "articles",
    title: str | None = None,
    xlabel: str | None = "الحصة",
    legend_title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Topic shares of each outlet (or period) as stacked horizontal bars, read from the right.

    Parameters
    ----------
    shares
        One row per (``by``, ``topic``) with the ``share`` of that topic (a fraction: the axis
        is labelled in percent).
    count
        Column with the number of articles behind each bar, written beside its name
        (``2018-03 (412)``) so a full bar resting on one article reads as such; ignored when
        the frame has no such column.
    """
    wide = _wide(shares, by, topic, share).fillna(0)
    wide = wide.reindex(index=pd.unique(shares[by]), columns=pd.unique(shares[topic]))
    if count is not None and count in shares.columns:
        wide.index = _with_counts(shares.groupby(by, sort=False)[[count]].first(), count)
    ax = _single_axes(ax, (8, 0.5 * len(wide) + 2.2))
    positions = np.arange(len(wide))[::-1]
    left = np.zeros(len(wide))
    colors = group_colours(wide.shape[1])
    for color, (name, column) in zip(colors, wide.items(), strict=True):
        ax.barh(positions, column.to_numpy(), left=left, label=ar(name), color=color)
        left += column.to_numpy()
    ax.set_yticks(positions, labels=[ar(i) for i in wide.index])
    _rtl_bars(ax)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    if xlabel is not None:
        ax.set_xlabel(ar(xlabel))
    ax.legend(title=_maybe_ar(legend_title), **LEGEND_LEFT, **RTL_LEGEND)
    _finish(ax, title)
    return ax.figure

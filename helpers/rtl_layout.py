"""Right-to-left layout of a matplotlib chart: the bits every chart helper shares.

A chart read from the right starts there: titles sit on the right, horizontal bars grow leftward
from labels on the right, panels fill from the top-right corner and legends put the colour key
after its label, beside the plot on the left where the reading ends. Figures are built outside
pyplot, so one returned to a notebook is shown once and never leaks. These are the internals of
:mod:`helpers.plotting` and :mod:`helpers.topic_charts` (underscored: not for notebooks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, ScalarFormatter

from helpers.checks import require_columns
from helpers.shaping import ar

__all__ = ["LEGEND_LEFT", "MAX_FIGURE_INCHES", "MAX_TIME_LABELS", "RTL_LEGEND"]

# Legends read from the right: the colour key follows its label (there is no rcParam for this).
RTL_LEGEND = {"markerfirst": False, "alignment": "right"}
# Beside the plot on the left, where a chart read from the right ends; never over the data.
LEGEND_LEFT = {"loc": "upper right", "bbox_to_anchor": (-0.02, 1.0), "frameon": False}
# Largest side of a chart helper's figure, in inches: every figure fits a page (<= 2,000 px).
MAX_FIGURE_INCHES = 19.0
# Most tick labels a time axis writes; beyond it every n-th period is labelled.
MAX_TIME_LABELS = 24


def _maybe_ar(text: str | None) -> str | None:
    return None if text is None else ar(text)


def _figure(figsize: tuple[float, float]) -> Figure:
    """A figure outside pyplot: returned to a notebook it is shown once, and never leaks.

    Neither side exceeds :data:`MAX_FIGURE_INCHES`: a chart with many bars packs them closer
    rather than growing past a page (at the default 100 dpi, 1,900 px).
    """
    width, height = (min(side, MAX_FIGURE_INCHES) for side in figsize)
    return Figure(figsize=(width, height), layout="constrained")


def _single_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    return _figure(figsize).add_subplot() if ax is None else ax


def _finish(target: Axes | Figure, title: str | None) -> None:
    """The last step of every chart helper: its title, and thousands grouped on its axes."""
    if title is not None and isinstance(target, Axes):
        target.set_title(ar(title), loc="right")
    elif title is not None:
        target.suptitle(ar(title), ha="right", x=0.98, fontsize="x-large")
    figure = target.figure if isinstance(target, Axes) else target
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ScalarFormatter:  # not labels, dates, logs
                axis.set_major_formatter(ThousandsFormatter())


class ThousandsFormatter(ScalarFormatter):
    """matplotlib's number ticks with thousands grouped: ``−3,000``, ``12,500``, ``0.25``.

    The text a reader meets in the tables and notes (``29,948 articles``) is grouped; axis
    ticks of ``4000`` beside it read as another kind of number.
    """

    def __call__(self, x: float, pos: int | None = None) -> str:
        return _GROUPABLE.sub(lambda m: f"{int(m.group()):,}", super().__call__(x, pos))


_GROUPABLE = re.compile(r"(?<![\d.])\d{4,}")  # the whole part of a number, not its decimals


def _rtl_bars(ax: Axes) -> None:
    """Bars start at the right and grow leftward, labels on the right: read from the right."""
    ax.invert_xaxis()
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.spines[["left", "top"]].set_visible(False)


def _rtl_grid(count: int, ncols: int, panel_size: tuple[float, float]) -> tuple[Figure, list[Axes]]:
    """``count`` panels filled from the top-right corner, right to left, like a page of Arabic."""
    ncols = max(1, min(ncols, count))
    nrows = -(-count // ncols)
    fig = _figure((panel_size[0] * ncols, panel_size[1] * nrows))
    grid = fig.subplots(nrows, ncols, squeeze=False)
    panels = [grid[i // ncols, ncols - 1 - i % ncols] for i in range(count)]
    for unused in grid.flat:
        if not any(unused is panel for panel in panels):
            unused.set_visible(False)
    return fig, panels


def _ranked_bars(ax: Axes, labels: Sequence[object], values: Sequence[float], color: str) -> None:
    """Horizontal bars, first label on top, RTL orientation; few value ticks, so none collide."""
    positions = np.arange(len(labels))[::-1]
    ax.barh(positions, values, color=color)
    ax.set_yticks(positions, labels=[ar(label) for label in labels])
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    _rtl_bars(ax)


def _wide(frame: pd.DataFrame, index: str, columns: str, values: str) -> pd.DataFrame:
    """Pivot a tidy frame (one row per cell; duplicates are an error, nothing is averaged)."""
    require_columns(frame, [index, columns, values], what="frame")
    return frame.pivot(index=index, columns=columns, values=values)


def _with_counts(rows: pd.DataFrame, count: str | None) -> list[str]:
    """Row names, each followed by its count in brackets when a count is known."""
    if count is None or count not in rows.columns:
        return [str(name) for name in rows.index]
    return [str(name) if pd.isna(k) else f"{name} ({k:,.0f})" for name, k in rows[count].items()]

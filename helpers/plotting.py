"""Arabic-correct figures: the text transform every renderer needs, and the project's charts.

Callers always pass *logical* Arabic (the order it is typed and stored in). What a renderer needs
differs:

- matplotlib >= 3.11 shapes and orders Arabic itself (libraqm), so it gets the logical text;
  pre-shaped, visually ordered text would come out reversed.
- matplotlib <= 3.10 draws one glyph per character, left to right, so it needs the text
  reshaped to presentation forms (joined letters) and put in visual order (bidi), line by
  line, after wrapping on the logical text.
- Pillow (word clouds) lays Arabic out itself when it has raqm; without raqm it needs the
  reshaped, visual text like old matplotlib.

:func:`ar` makes that choice (the *text mode*: ``"logical"`` or ``"visual"``), and every chart
helper here puts each string through it, so notebooks never think about it. Figures are saved
with text as glyph outlines (SVG) or embedded TrueType (PDF), so PNG, SVG and PDF all show the
layout matplotlib made.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

import arabic_reshaper
import matplotlib as mpl
import numpy as np
import pandas as pd
from bidi.algorithm import get_display
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter
from packaging.version import Version

from helpers.fonts import ARABIC_FAMILY, font_families, font_path

TextMode = Literal["logical", "visual"]
LabelledT = TypeVar("LabelledT", pd.Series, pd.DataFrame)
TEXT_MODES: tuple[TextMode, ...] = ("logical", "visual")

# Text saved to files keeps the layout matplotlib made: outlines in SVG (with "none" the viewer
# would lay the text out again and reverse pre-shaped text), TrueType in PDF/PS (matplotlib
# <= 3.10 writes invalid Type 3 glyph names for some font files).
EXPORT_RC = {"svg.fonttype": "path", "pdf.fonttype": 42, "ps.fonttype": 42}

# Legends read from the right: the colour key follows its label (there is no rcParam for this).
RTL_LEGEND = {"markerfirst": False, "alignment": "right"}
# Beside the plot on the left, where a chart read from the right ends; never over the data.
LEGEND_LEFT = {"loc": "upper right", "bbox_to_anchor": (-0.02, 1.0), "frameon": False}

# Largest side of a chart helper's figure, in inches: every figure fits a page (<= 2,000 px).
MAX_FIGURE_INCHES = 19.0
# Most tick labels a time axis writes; beyond it every n-th period is labelled.
MAX_TIME_LABELS = 24

_forced_mode: TextMode | None = None
_reshaper_family = ARABIC_FAMILY


# --------------------------------------------------------------------------- text transform
def matplotlib_text_mode() -> TextMode:
    """The mode the installed matplotlib needs: ``"logical"`` from 3.11 on (libraqm layout)."""
    return "logical" if Version(mpl.__version__).release >= (3, 11) else "visual"


def pillow_text_mode() -> TextMode:
    """The mode Pillow needs: ``"logical"`` when it was built with (and can load) raqm."""
    from PIL import features

    return "logical" if features.check("raqm") else "visual"


def text_mode() -> TextMode:
    """The mode :func:`ar` uses by default: the forced one if any, else matplotlib's."""
    return _forced_mode or matplotlib_text_mode()


def set_text_mode(mode: TextMode | None) -> None:
    """Force the mode for unusual backends (e.g. a raqm-enabled cairo backend on matplotlib 3.10).

    ``None`` returns to detecting it from the installed matplotlib.
    """
    global _forced_mode
    if mode is not None and mode not in TEXT_MODES:
        raise ValueError(f"text mode must be one of {TEXT_MODES} or None, not {mode!r}")
    _forced_mode = mode


@contextmanager
def forced_text_mode(mode: TextMode | None) -> Iterator[None]:
    """Use ``mode`` for everything drawn in the ``with`` block, then restore the previous one."""
    previous = _forced_mode
    set_text_mode(mode)
    try:
        yield
    finally:
        set_text_mode(previous)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _is_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def _already_visual(text: str) -> bool:
    """True for text that is already reshaped: presentation forms and no plain Arabic letters."""
    return any(map(_is_presentation_form, text)) and not any(map(_is_arabic_letter, text))


@cache
def _reshaper(family: str) -> arabic_reshaper.ArabicReshaper:
    """A reshaper that only emits ligatures ``family`` has glyphs for (DejaVu lacks U+FDF2).

    Isolated letters are still emitted as presentation forms (the font-derived configuration
    would keep them as plain letters when *any* letter, e.g. a Persian one, lacks its isolated
    form): shaped text must contain no plain letter, so that :func:`ar` can recognise it.
    """
    config = arabic_reshaper.config_for_true_type_font(str(font_path(family=family)))
    config["use_unshaped_instead_of_isolated"] = False
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _visual_line(line: str) -> str:
    # The pure-Python bidi keeps mirrored brackets right; the Rust `bidi.get_display` does not.
    return get_display(_reshaper(_reshaper_family).reshape(line))


def ar(text: object, wrap: int | None = None, *, mode: TextMode | None = None) -> str:
    """The string to hand to the renderer for logical text ``text``.

    Parameters
    ----------
    text
        Logical text (anything else is turned into ``str`` first, so tick values may be numbers).
    wrap
        Wrap each line at this many characters. Wrapping happens on the logical text, before
        any reordering, so lines keep their reading order.
    mode
        ``"logical"`` returns the (wrapped) text unchanged, ``"visual"`` reshapes it and orders
        it for display, line by line. Default: :func:`text_mode`, i.e. what the installed
        matplotlib needs unless :func:`set_text_mode` forced another mode.

    Returns
    -------
    str
        Text without any right-to-left letter is returned as is (after wrapping), and so is
        text that is already reshaped, so a second application changes nothing.

    Notes
    -----
    In visual mode diacritics are dropped: without mark positioning they would be drawn on
    the wrong letters.
    """
    text = str(text)
    if wrap is not None:
        text = "\n".join(
            "\n".join(textwrap.wrap(line, wrap, break_long_words=False)) or line
            for line in text.split("\n")
        )
    mode = mode or text_mode()
    if mode not in TEXT_MODES:
        raise ValueError(f"text mode must be one of {TEXT_MODES}, not {mode!r}")
    if mode == "logical" or not any(map(_is_rtl, text)) or _already_visual(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


def ar_labels(data: LabelledT) -> LabelledT:
    """A copy of ``data`` whose index, columns and their names went through :func:`ar`.

    pandas hands index and column labels to matplotlib unchanged, so this is what makes
    ``ar_labels(frame).plot.barh()`` read correctly on every matplotlib.
    """
    out = data.copy()
    out.index = out.index.map(ar).rename(None if out.index.name is None else ar(out.index.name))
    if isinstance(out, pd.DataFrame):
        name = out.columns.name
        out.columns = out.columns.map(ar).rename(None if name is None else ar(name))
    return out


def _maybe_ar(text: str | None) -> str | None:
    return None if text is None else ar(text)


def use_arabic(family: str = ARABIC_FAMILY, *, mode: TextMode | None = None) -> TextMode:
    """Set matplotlib up for Arabic figures; call once at the top of a notebook.

    Registers ``family`` (IBM Plex Sans Arabic by default) with DejaVu Sans as glyph fallback,
    puts titles on the right (the reading start), uses constrained layout and tight bounding
    boxes on save (long Arabic tick labels are not cut), and the export settings of
    :data:`EXPORT_RC`.

    Parameters
    ----------
    family
        A font family installed with fontpkg.
    mode
        Force the text mode (see :func:`set_text_mode`); ``None`` detects it.

    Returns
    -------
    TextMode
        The mode :func:`ar` will use.
    """
    global _reshaper_family
    # Load the configured backend now (pyplot loads it lazily). In Jupyter that is the inline
    # backend, whose loading teaches IPython to show a returned Figure as an image; without it
    # the figures built by the chart helpers would print as ``<Figure ...>``.
    import matplotlib.pyplot as plt

    plt.switch_backend(mpl.get_backend())

    mpl.rcParams.update(
        {
            "font.family": font_families(family),
            "axes.titlelocation": "right",
            "figure.constrained_layout.use": True,
            "savefig.bbox": "tight",
            **EXPORT_RC,
        }
    )
    _reshaper_family = family
    set_text_mode(mode)
    return text_mode()


def save_figure(
    fig: Figure, path: str | Path, formats: Sequence[str] = ("png", "svg", "pdf"), dpi: int = 200
) -> list[Path]:
    """Write ``fig`` once per format next to ``path`` (its suffix is replaced); returns the files.

    The export settings of :data:`EXPORT_RC` apply whatever the rcParams say, so the files show
    the same layout as the screen.
    """
    written = []
    with mpl.rc_context(EXPORT_RC):
        for fmt in formats:
            target = Path(path).with_suffix(f".{fmt}")
            fig.savefig(target, format=fmt, dpi=dpi, bbox_inches="tight")
            written.append(target)
    return written


# ------------------------------------------------------------------------------ layout bits
def _figure(figsize: tuple[float, float]) -> Figure:
    """A figure outside pyplot: returned to a notebook it is shown once, and never leaks.

    Neither side exceeds :data:`MAX_FIGURE_INCHES`: a chart with many bars packs them closer
    rather than growing past a page (at the default 100 dpi, 1,900 px).
    """
    width, height = (min(side, MAX_FIGURE_INCHES) for side in figsize)
    return Figure(figsize=(width, height), layout="constrained")


def _single_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    return _figure(figsize).add_subplot() if ax is None else ax


def _title(target: Axes | Figure, title: str | None) -> None:
    if title is None:
        return
    if isinstance(target, Axes):
        target.set_title(ar(title), loc="right")
    else:
        target.suptitle(ar(title), ha="right", x=0.98, fontsize="x-large")


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


def _group_colors(count: int) -> list[tuple[float, float, float]]:
    """``count`` colours that tell groups apart: tab10 (no two alike) up to ten, then tab20."""
    palette = mpl.colormaps["tab10" if count <= 10 else "tab20"].colors
    return [palette[k % len(palette)] for k in range(count)]


def _require(frame: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(f"missing column(s) {missing}; the frame has {list(frame.columns)}")


def _wide(frame: pd.DataFrame, index: str, columns: str, values: str) -> pd.DataFrame:
    """Pivot a tidy frame (one row per cell; duplicates are an error, nothing is averaged)."""
    _require(frame, index, columns, values)
    return frame.pivot(index=index, columns=columns, values=values)


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
    _require(counts, label, value)
    ax = _single_axes(ax, (7, 0.4 * len(counts) + 1.4))
    _ranked_bars(ax, counts[label].tolist(), counts[value].tolist(), color)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.bar_label(ax.containers[0], fmt="{:,.0f}", padding=3)
    ax.margins(x=0.08)
    if xlabel is not None:
        ax.set_xlabel(ar(xlabel))
    _title(ax, title)
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
    _require(values, by, value)
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
    _title(ax, title)
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
    ax: Axes | None = None,
) -> Figure:
    """Counts per period stacked by group (e.g. articles per month and outlet), oldest left.

    Parameters
    ----------
    counts
        One row per (``period``, ``by``) with a ``count``. ``period`` holds pandas periods,
        datetimes or labels; with periods, every period between the first and the last gets
        a bar (an empty one when nothing was counted), so gaps in time show as gaps.

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
    for color, (name, column) in zip(_group_colors(wide.shape[1]), wide.items(), strict=True):
        ax.bar(positions, column.to_numpy(), bottom=bottom, label=ar(name), color=color)
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
    _title(ax, title)
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
    _require(counts, by, term, value)
    groups = list(pd.unique(counts[by]))
    fig, panels = _rtl_grid(len(groups), ncols, (3.4, 0.35 * n + 1.2))
    for group, ax in zip(groups, panels, strict=True):
        top = counts[counts[by] == group].nlargest(n, value)
        _ranked_bars(ax, top[term].tolist(), top[value].tolist(), color)
        ax.set_title(ar(group), loc="right")
        if xlabel is not None:
            ax.set_xlabel(ar(xlabel))
    _title(fig, title)
    return fig


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
        Logical text for the value axis (default: the ``score`` column's name).
    ax
        Draw into this axes instead of a new figure.

    Notes
    -----
    Each term is written beside the zero line, on the side opposite its bar, so the bar and
    its label read together whichever side the bar grows to.
    """
    table = keyness if term is None else keyness.set_index(term)
    _require(table, score)
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
    ax.set_xlabel(ar(score if xlabel is None else xlabel))
    handles = [
        Patch(color=color, label=ar(name)) for color, name in zip(colors, groups, strict=True)
    ]
    ax.legend(handles=handles, loc="lower right", frameon=False, **RTL_LEGEND)
    _title(ax, title)
    return ax.figure


def stance_heatmap(
    scores: pd.DataFrame,
    *,
    row: str = "outlet",
    col: str = "target",
    value: str = "mean",
    count: str | None = "n",
    fmt: str = "{:+.2f}",
    title: str | None = None,
    colorbar_label: str | None = "متوسط الموقف",
    cmap: str = "RdBu",
    ax: Axes | None = None,
) -> Figure:
    """Outlet x actor heatmap with the value (and the count, when given) written in each cell.

    Parameters
    ----------
    scores
        Tidy (one row per ``row`` x ``col`` with ``value`` and optionally ``count``) or already
        wide (outlets as index, actors as columns).
    fmt
        Format of the cell values.

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
    limit = float(np.nanmax(np.abs(values.to_numpy(dtype=float)))) or 1.0
    image = ax.imshow(values.to_numpy(dtype=float), cmap=cmap, vmin=-limit, vmax=limit)
    for (i, j), cell in np.ndenumerate(values.to_numpy(dtype=float)):
        if np.isnan(cell):
            continue
        text = fmt.format(cell)
        if counts is not None:
            text += f"\n(n={counts.loc[values.index[i], values.columns[j]]:.0f})"
        ink = "white" if abs(cell) > 0.6 * limit else "black"
        ax.text(j, i, text, ha="center", va="center", color=ink, fontsize=9)
    ax.set_xticks(range(values.shape[1]), labels=[ar(c) for c in values.columns])
    ax.set_yticks(range(values.shape[0]), labels=[ar(r) for r in values.index])
    ax.yaxis.tick_right()
    ax.tick_params(length=0)
    colorbar = ax.figure.colorbar(image, ax=ax, location="left", shrink=0.8)
    if colorbar_label is not None:
        colorbar.set_label(ar(colorbar_label))
    _title(ax, title)
    return ax.figure


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
    _require(intervals, outlet, target, mean, low, high)
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
    _title(fig, title)
    return fig


def _with_counts(rows: pd.DataFrame, count: str | None) -> list[str]:
    """Row names, each followed by its count in brackets when a count is known."""
    if count is None or count not in rows.columns:
        return [str(name) for name in rows.index]
    return [str(name) if pd.isna(k) else f"{name} ({k:.0f})" for name, k in rows[count].items()]


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
    _title(ax, title)
    return ax.figure


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
    _require(topic_terms, topic, term, weight, rank)
    topics = list(pd.unique(topic_terms[topic]))
    fig, panels = _rtl_grid(len(topics), ncols, (3.2, 0.32 * n + 1.2))
    for key, ax in zip(topics, panels, strict=True):
        rows = topic_terms[topic_terms[topic] == key].nsmallest(n, rank)
        _ranked_bars(ax, rows[term].tolist(), rows[weight].tolist(), color)
        heading = rows[label].iloc[0] if label in rows.columns else key
        ax.set_title(ar(heading, wrap=28), loc="right", fontsize=10)
        if xlabel is not None:
            ax.set_xlabel(ar(xlabel))
    _title(fig, title)
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
    """
    _require(points, x, y, hue)
    ax = _single_axes(ax, (8, 6))
    size = float(np.clip(4000 / max(len(points), 1), 6, 40))  # big dots for a few articles
    for key, group in points.groupby(hue, sort=False):
        ax.scatter(group[x], group[y], s=size, alpha=0.8, label=ar(key))
    if label is not None and label in points.columns:
        for _, point in points[points[label].notna()].head(max_labels).iterrows():
            ax.annotate(
                ar(point[label]), (point[x], point[y]), xytext=(4, 4),
                textcoords="offset points", fontsize=8, ha="left",
            )  # fmt: skip
    if centers is not None:
        _require(centers, x, y, center_text)
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
    _title(ax, title)
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
    colors = _group_colors(wide.shape[1])
    for color, (name, column) in zip(colors, wide.items(), strict=True):
        ax.barh(positions, column.to_numpy(), left=left, label=ar(name), color=color)
        left += column.to_numpy()
    ax.set_yticks(positions, labels=[ar(i) for i in wide.index])
    _rtl_bars(ax)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    if xlabel is not None:
        ax.set_xlabel(ar(xlabel))
    ax.legend(title=_maybe_ar(legend_title), **LEGEND_LEFT, **RTL_LEGEND)
    _title(ax, title)
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


def word_cloud(
    frequencies: Mapping[str, float] | pd.Series,
    *,
    title: str | None = None,
    ax: Axes | None = None,
    **options,
) -> Figure:
    """:func:`word_cloud_image` shown in a matplotlib figure (``options`` go to it)."""
    image = word_cloud_image(frequencies, **options)
    ax = _single_axes(ax, (image.width / 100, image.height / 100 + 0.4))
    ax.imshow(image, interpolation="bilinear")
    ax.set_axis_off()
    _title(ax, title)
    return ax.figure

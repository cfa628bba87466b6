"""The colour scales that the static figures and the interactive views share, and how their
cells are labelled.

The same holds for groups: the topics page draws its article map twice (static, then
interactive), and a cluster must keep its colour from one to the other; an outlet is drawn on
the corpus page (articles over time) and on the topics page (the map by outlet), and must keep
its colour from page to page. So every chart of groups takes its colours from
:func:`colour_map`: :func:`group_colours` given to the sorted names of all the groups (the
corpus's outlets, :func:`outlet_colours` on a page that keeps only some), whatever order a
chart draws them in and whichever of them it shows.

A reader sees the stance grid twice on the stance page: as a matplotlib heatmap and, below it,
as the interactive Bokeh grid. Both must paint one mean the same: the same colour map over the
same fixed, symmetric range (the measure's own, -1 to +1), continuous in both, so a mean of
-0.09 is pale in each and not light red in one of them. Bokeh takes a list of colours, so the
matplotlib map is sampled into one (:func:`hex_palette`) instead of using a stepped palette.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import matplotlib as mpl
import numpy as np

if TYPE_CHECKING:  # the charts never load the data layer (pyarrow, dask) to draw
    from helpers.analysis import Analysis

__all__ = [
    "DIVERGING",
    "STANCE_LIMIT",
    "colour_map",
    "colour_of",
    "group_colours",
    "hex_palette",
    "ink_on",
    "outlet_colours",
    "signed",
]

DIVERGING = "RdBu"
"""Matplotlib colour map of signed measures: red below zero, white at zero, blue above."""

STANCE_LIMIT = 1.0
"""Stance scores run from -1 to +1: the colour scales span exactly that range."""


def hex_palette(name: str = DIVERGING, steps: int = 256) -> tuple[str, ...]:
    """``steps`` colours sampled evenly along matplotlib's colour map ``name``, as ``#rrggbb``.

    With 256 steps (the resolution of matplotlib's own maps) a Bokeh colour mapper paints the
    same colour as matplotlib for every value, to the rounding of one step.

    >>> hex_palette(steps=3)
    ('#67001f', '#f6f7f7', '#053061')
    """
    colours = mpl.colormaps[name](np.linspace(0.0, 1.0, steps))
    return tuple(mpl.colors.to_hex(colour) for colour in colours)


def group_colours(count: int) -> list[str]:
    """``count`` colours that tell groups apart, as ``#rrggbb``: tab10 (no two alike) up to
    ten groups, then tab20 (repeating past twenty).

    >>> group_colours(2)
    ['#1f77b4', '#ff7f0e']
    """
    palette = mpl.colormaps["tab10" if count <= 10 else "tab20"].colors
    return [mpl.colors.to_hex(palette[k % len(palette)]) for k in range(count)]


def colour_map(names: Iterable[object]) -> dict[str, str]:
    """One colour per distinct name (as text), by its place among the sorted names: the same
    names give the same colours on every page, in every order a chart draws them.

    >>> colour_map(["skynews", "BBC", "skynews"])
    {'BBC': '#1f77b4', 'skynews': '#ff7f0e'}
    """
    ordered = sorted({str(name) for name in names})
    return dict(zip(ordered, group_colours(len(ordered)), strict=True))


def outlet_colours(analysis: Analysis) -> dict[str, str]:
    """:func:`colour_map` of every outlet of the corpus ``analysis`` reads, also when it keeps
    only some (a page run with ``outlets``): an outlet's colour comes from the whole corpus, so
    it is the one the corpus page gives it.

    >>> outlet_colours(open_analysis("corpus", outlets=["BBC"]))  # doctest: +SKIP
    {'BBC': '#1f77b4', 'CNN': '#ff7f0e', ...}
    """
    whole = dataclasses.replace(analysis, selection={})
    return colour_map(whole.overview()["outlet"])


def colour_of(colours: Mapping[str, str], group: object) -> str:
    """The colour ``colours`` (a :func:`colour_map`) gives ``group``, by its text; a clear
    error for a group the map lacks (colours for other groups than those drawn).

    >>> colour_of({"BBC": "#1f77b4"}, "BBC")
    '#1f77b4'
    """
    if str(group) not in colours:
        raise ValueError(f"no colour for {group!r} among the colours given: {sorted(colours)}")
    return colours[str(group)]


def ink_on(value: float, limit: float = STANCE_LIMIT) -> str:
    """The colour of text written on the cell of ``value`` of a diverging scale ``±limit``:
    white on the dark ends (beyond 60% of the range), black elsewhere.

    >>> ink_on(-0.9), ink_on(0.3)
    ('white', 'black')
    """
    return "white" if abs(value) > 0.6 * limit else "black"


def signed(value: float, decimals: int = 2) -> str:
    """``value`` with its sign, as a cell of a diverging scale writes it: ``+0.41``, ``-0.09``,
    and ``0.00`` for a value that rounds to zero (``-0.00`` reads as a negative nothing).

    >>> signed(0.413), signed(-0.0949), signed(-0.004)
    ('+0.41', '-0.09', '0.00')
    """
    text = f"{value:+.{decimals}f}"
    return text[1:] if float(text) == 0 else text

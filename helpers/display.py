"""Arabic tables in notebooks and reports: right-to-left HTML, and the same table saved as CSV.

pandas renders a DataFrame left-to-right: the first column sits on the left and Arabic text in a
cell is laid out in a left-to-right paragraph, so a cell that ends with a Latin word or a number
shows its parts in the wrong order. :func:`show_table` renders the table with ``dir="rtl"``: the
first column sits on the right and cells are right-aligned.

Inside a cell, every run of one direction is *isolated* (``<span dir="rtl">``/``dir="ltr"``,
the markup form of the Unicode isolates), so mixed text reads as written: a stance hit
``دعم -> ukraine (+1.00, object after ل)`` keeps its Arabic word first and its Latin
explanation whole, with its brackets; a number keeps its sign on the left (``-0.41``, never
``0.41-``); an id such as ``011_arab-wire_osce`` keeps its left-to-right order; and a path keeps
its folders in order even when they have Arabic names (each segment is isolated). A bracketed
part belongs to the run it opens in. The direction lives in ``dir`` attributes, not in a style
sheet, so it survives where styles are dropped: a saved notebook opened untrusted in
JupyterLab shows the same order as the report page.

Numbers are shown with one number of decimals per column, chosen from the column's largest
value (four significant digits for it), so a column reads aligned; whole numbers stored as
floats lose their ``.0``; a column that reaches 10,000 groups its thousands (``2,693,175``).
List cells become text: words joined by the Arabic comma, phrases (titles, stance hits) one
per line.

The notebooks' ``tables_dir`` parameter (set by ``python -m helpers run``) says where key tables
go as CSV; ``show_table(..., name=..., tables_dir=tables_dir)`` writes the full table there
(every row and column, full precision) and shows at most ``max_rows`` rows.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "ArabicTable",
    "show_table",
]

_TABLE_TAG = re.compile(r"<table\b[^>]*>")
# Only looks: the caption is as wide as its text (up to 50em), not squeezed to a narrow
# table's width, and cells align right. Directions are inline (see the module docstring).
_STYLE = (
    "<style>.arabic-table th, .arabic-table td, .arabic-table caption, .arabic-table p "
    "{ text-align: right; }"
    " .arabic-table caption { width: max-content; max-width: 50em; }"
    "</style>"
)
_OPENING = {"(": ")", "[": "]", "{": "}", "«": "»"}
_CLOSING = set(_OPENING.values())
# A path: no spaces, at least one separator, or an explicit start (/, ./, ../, ~/, C:\).
_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\.{0,2}/|~/|[^\s]*[\\/][^\s]*$)")


class ArabicTable:
    """A DataFrame that Jupyter displays as a right-to-left table (see :func:`show_table`)."""

    def __init__(
        self,
        frame: pd.DataFrame,
        caption: str | None,
        *,
        index: bool,
        max_rows: int,
        decimals: int | None = None,
        empty: str = "(no rows)",
    ) -> None:
        self.frame = frame
        self.caption = caption
        self.index = index
        self.max_rows = max_rows
        self.decimals = decimals
        self.empty = empty

    def _repr_html_(self) -> str:
        shown = self.frame.rename_axis(columns=None)
        rows = _rows_shown(len(shown), self.max_rows)
        labels = np.full(len(shown), "", dtype=object)
        labels[rows] = [isolated(_text(label)) for label in shown.index[rows]]
        cells = pd.DataFrame(
            {
                k: _column_html(values, rows, self.decimals)
                for k, (_, values) in enumerate(shown.items())
            },
            index=pd.Index(labels),
        )
        cells.columns = [isolated(_text(column)) for column in shown.columns]
        cells.index.names = [None if n is None else isolated(str(n)) for n in shown.index.names]
        table = cells.to_html(
            index=self.index, max_rows=self.max_rows, border=0, escape=False, na_rep=""
        )
        opening = _TABLE_TAG.search(table).group(0)
        caption = f"<caption>{isolated(self.caption)}</caption>" if self.caption else ""
        table = table.replace(opening, f'{opening[:-1]} dir="rtl">{caption}', 1)
        empty = f"<p>{isolated(self.empty)}</p>" if self.frame.empty else ""
        return f'<div dir="rtl" class="arabic-table">{_STYLE}{table}{empty}</div>'

    def __repr__(self) -> str:
        text = self.frame.to_string(index=self.index, max_rows=self.max_rows)
        return f"{self.caption}\n{text}" if self.caption else text


def show_table(
    frame: pd.DataFrame | pd.Series,
    caption: str | None = None,
    *,
    name: str | None = None,
    tables_dir: str | Path | None = None,
    columns: Sequence[str] | None = None,
    index: bool = False,
    max_rows: int = 30,
    decimals: int | None = None,
    empty: str = "(no rows)",
) -> ArabicTable:
    """Display ``frame`` as a right-to-left table; save it as ``<tables_dir>/<name>.csv`` if asked.

    Parameters
    ----------
    frame
        The table (a Series becomes a one-column table). A name on the columns axis (left by
        ``pivot`` or ``unstack``) is not shown: it would add an empty header cell.
    caption
        A line above the table saying what it is.
    name
        File stem of the CSV copy; needed when ``tables_dir`` is set.
    tables_dir
        Folder for the CSV copy (created if missing); ``None`` writes nothing.
    columns
        The columns shown, in this order (default: all). The CSV keeps every column, so a
        table can show the few a reader needs and still save the rest.
    index
        Show and save the index (for tables whose index is a label, e.g. an outlet).
    max_rows
        Rows shown (first and last halves); the CSV always holds every row.
    decimals
        Decimals of every float column, for a table whose columns share one unit (rates per
        10,000 words side by side: ``106.6`` beside ``86.10`` reads as two kinds of number).
        Default: each column its own, from its largest value.
    empty
        What the page says under the headers when the table has no rows: a sentence that
        reads as a finding (``"Every article has a date."``) rather than a blank.

    Returns
    -------
    ArabicTable
        Displayed by Jupyter when it is the cell's last expression.
    """
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    if tables_dir is not None:
        if not name:
            raise ValueError("show_table: a `name` is needed to save the table in tables_dir")
        folder = Path(tables_dir)
        folder.mkdir(parents=True, exist_ok=True)
        frame.to_csv(folder / f"{name}.csv", index=index, encoding="utf-8")
    if columns is not None:
        frame = frame[list(columns)]
    return ArabicTable(
        frame, caption, index=index, max_rows=max_rows, decimals=decimals, empty=empty
    )


def isolated(text: str) -> str:
    """``text`` as HTML whose every run of one direction is isolated (escaped, ready to embed).

    Runs are split where the direction changes outside brackets; the neutral characters between
    two runs (`` -> ``, ``، ``) stay outside both, so they follow the surrounding direction. A
    path (no spaces, ``/`` or ``\\`` separators) is laid out left to right with each segment
    isolated, so Arabic folder names do not swap places.

    >>> isolated("دعم -> ukraine (+1.00, object after ل)")
    '<span dir="rtl">دعم</span> -&gt; <span dir="ltr">ukraine (+1.00, object after ل)</span>'
    """
    if not text:
        return ""
    if _PATH.match(text) and any(_direction(char) for char in text):
        parts = re.split(r"([\\/])", text)
        return (
            '<span dir="ltr">'
            + "".join(
                html.escape(part) if part in ("/", "\\") else isolated(part) for part in parts
            )
            + "</span>"
        )
    return "".join(
        html.escape(run)
        if direction is None
        else f'<span dir="{direction}">{html.escape(run)}</span>'
        for direction, run in _runs(text)
    )


def _runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into (direction, run) pieces; direction ``None`` for the neutral gaps.

    A run starts at a strong character, a digit (read left to right) or a bracketed part, and
    ends at the last such unit before a strong character of the other direction; the neutral
    characters in between (spaces, arrows, commas) form a gap that belongs to neither, while
    those before the first run or after the last belong to it (``10%``). A bracketed part (up
    to its closing bracket) is one unit: it joins the run it opens in.
    """
    runs: list[tuple[str | None, str]] = []
    direction: str | None = None
    start = end = 0  # the current run is text[start:end]
    for first, last, found in _units(text):
        if found is None:
            continue
        if direction is None or (found in ("rtl", "ltr") and found != direction):
            if direction is not None:
                runs.append((direction, text[start:end]))
            runs.append((None, text[end:first]))
            direction = "ltr" if found == "weak" else found
            start = first
        end = last
    runs.append((direction, text[start:end]))
    runs.append((None, text[end:]))
    runs = [(d, run) for d, run in runs if run]
    # what comes before the first run or after the last belongs to it ("10%", "'quoted'")
    if len(runs) > 1 and runs[0][0] is None:
        runs[:2] = [(runs[1][0], runs[0][1] + runs[1][1])]
    if len(runs) > 1 and runs[-1][0] is None:
        runs[-2:] = [(runs[-2][0], runs[-2][1] + runs[-1][1])]
    return runs


def _units(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, kind) of each character, a bracketed part counting as one unit.

    ``kind`` is ``"rtl"`` or ``"ltr"`` (strong), ``"weak"`` (digits and the sign before one; a
    bracketed part with no strong character) or ``None`` (neutral); a bracketed part takes its
    first strong direction.
    """
    units = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in _OPENING:
            closing = _matching(text, position)
            inside = [_direction(c) for c in text[position:closing]]
            kind = next((d for d in inside if d), "weak")
            units.append((position, closing, kind))
            position = closing
            continue
        signed = char in "+-\u2212" and text[position + 1 : position + 2].isdigit()
        kind = _direction(char) or ("weak" if char.isdigit() or signed else None)
        units.append((position, position + 1, kind))
        position += 1
    return units


def _matching(text: str, opening: int) -> int:
    """End (exclusive) of the bracketed part opening at ``opening``; the text's end if unclosed."""
    depth = 0
    for position in range(opening, len(text)):
        if text[position] in _OPENING:
            depth += 1
        elif text[position] in _CLOSING:
            depth -= 1
            if depth == 0:
                return position + 1
    return len(text)


def _direction(char: str) -> str | None:
    """``"rtl"``, ``"ltr"`` or ``None`` (neutral or weak) for one character."""
    kind = unicodedata.bidirectional(char)
    return "rtl" if kind in ("R", "AL") else "ltr" if kind == "L" else None


def _is_float(values: pd.Series) -> bool:
    return pd.api.types.is_float_dtype(values)


def _text(value: object) -> str:
    """A non-float cell as text: blank when missing (None, NaN, pandas' ``<NA>`` and NaT),
    whole floats in object columns as ints."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _column_format(values: pd.Series, decimals: int | None = None) -> Callable[[float], str]:
    """A formatter giving every number of a float column the same number of decimals.

    ``decimals`` when given; else whole numbers get none, and otherwise the largest magnitude
    keeps four significant digits (``230.9`` and ``92.4``; ``0.5000`` and ``0.2917``), at most
    four decimals. A non-zero value too small for them (a p-value of ``3e-06``) is written
    with two significant digits instead of rounding to zero.
    """
    if decimals is None:
        decimals = _fitted_decimals(values)
    smallest = 0.5 * 10.0**-decimals
    grouping = "," if _grouped(values) else ""

    def formatted(value: float) -> str:
        if pd.isna(value):
            return ""
        if value != 0 and abs(value) < smallest:
            return f"{value:.2g}"
        return f"{value:{grouping}.{decimals}f}"

    return formatted


def _grouped(values: pd.Series) -> bool:
    """True for a number column that reaches 10,000: its thousands are grouped (``2,693,175``
    words, as the notes write them); smaller columns (years, k, counts in the hundreds) are not,
    so a column never mixes ``4382`` and ``13,487``."""
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
        return False
    magnitudes = _magnitudes(values)
    return bool(magnitudes.size) and float(magnitudes.max()) >= 10_000


def _fitted_decimals(values: pd.Series) -> int:
    """Decimals that give the largest magnitude four significant digits (none for whole numbers)."""
    magnitudes = _magnitudes(values)
    if not magnitudes.size or (magnitudes == np.round(magnitudes)).all():
        return 0
    largest = float(magnitudes.max())
    return min(4, max(0, 3 - math.floor(math.log10(largest))))


def _magnitudes(values: pd.Series) -> np.ndarray:
    """The sizes of a number column's finite values: what its format is fitted to (a missing or
    infinite value is written as itself and sizes nothing)."""
    numbers = values.to_numpy(dtype=float)
    return np.abs(numbers[np.isfinite(numbers)])


def _days_only(values: pd.Series) -> bool:
    """True when every date of ``values`` is at midnight: a day, not a time of day."""
    known = values.dropna()
    return bool((known == known.dt.normalize()).all())


def _rows_shown(n_rows: int, max_rows: int | None) -> np.ndarray:
    """Positions of the rows ``DataFrame.to_html(max_rows=...)`` can show: all, or both ends.

    A generous superset of pandas' first and last halves: only these rows are written as
    HTML, so a table of 50,000 rows costs what its 30 shown rows cost (the rest stay blank
    and are never displayed; the CSV copy holds them all).
    """
    if max_rows is None or n_rows <= max_rows:
        return np.arange(n_rows)
    end = max_rows // 2 + 1
    return np.unique(np.r_[np.arange(min(end, n_rows)), np.arange(max(n_rows - end, 0), n_rows)])


def _column_html(values: pd.Series, rows: np.ndarray, decimals: int | None) -> np.ndarray:
    """The column as HTML cells at ``rows`` (formatted as the whole column), blank elsewhere."""
    cells = np.full(len(values), "", dtype=object)
    cells[rows] = values.iloc[rows].map(_cell_html(values, decimals)).to_numpy()
    return cells


def _cell_html(values: pd.Series, decimals: int | None = None) -> Callable[[object], str]:
    """How to write each cell of the column ``values`` as isolated HTML.

    Floats share the column's number of decimals (:func:`_column_format`); dates all at
    midnight (publication days, period starts) show the day alone, not ``00:00:00``. A list cell
    (Python's ``['a', 'b']`` is not for readers) becomes text: words joined with the Arabic
    comma, phrases (titles, stance hits) one per line, each isolated on its own, so a long
    left-to-right item never wraps into the next one.
    """
    if _is_float(values):
        number = _column_format(values, decimals)
        return lambda value: isolated(number(value))
    if _grouped(values):
        return lambda value: isolated("" if pd.isna(value) else f"{value:,}")
    if pd.api.types.is_datetime64_any_dtype(values) and _days_only(values):
        return lambda value: isolated("" if pd.isna(value) else f"{value:%Y-%m-%d}")

    def cell(value: object) -> str:
        if not isinstance(value, list | tuple | np.ndarray):
            return isolated(_text(value))
        items = [str(item) for item in value]
        if any(" " in item for item in items):
            return "<br>".join(isolated(item) for item in items)
        return isolated("، ".join(items))

    return cell

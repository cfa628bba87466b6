"""Arabic tables in notebooks and reports: right-to-left HTML, and the same table saved as CSV.

pandas renders a DataFrame left-to-right: the first column sits on the left and Arabic text in a
cell is laid out in a left-to-right paragraph, so a cell that ends with a Latin word or a number
shows its parts in the wrong order. :func:`show_table` renders the table with ``dir="rtl"``: the
first column sits on the right and cells are right-aligned. Each cell takes its own base
direction from its first strong character (``unicode-bidi: plaintext``): an Arabic title reads
right to left, while a file path or an id such as ``011_arab-wire_osce`` keeps its left-to-right
order instead of having its leading ``/`` or digits moved to the far end. The HTML carries its
own style (no CSS from outside), so it reads the same in JupyterLab and in the report pages.

Numbers are shown with one number of decimals per column, chosen from the column's largest
value (four significant digits for it), so a column reads aligned; whole numbers stored as
floats lose their ``.0``. List cells (top terms, example titles) are joined into text.

The notebooks' ``tables_dir`` parameter (set by ``python -m helpers run``) says where key tables
go as CSV; ``show_table(..., name=..., tables_dir=tables_dir)`` writes the full table there
(every row and column, full precision) and shows at most ``max_rows`` rows.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "ArabicTable",
    "show_table",
]

_TABLE_TAG = re.compile(r"<table\b[^>]*>")
# The caption is as wide as its text (up to 50em), not squeezed to a narrow table's width.
_STYLE = (
    "<style>.arabic-table th, .arabic-table td, .arabic-table caption, .arabic-table p "
    "{ unicode-bidi: plaintext; text-align: right; }"
    " .arabic-table caption { width: max-content; max-width: 50em; }"
    "</style>"
)


class ArabicTable:
    """A DataFrame that Jupyter displays as a right-to-left table (see :func:`show_table`)."""

    def __init__(
        self, frame: pd.DataFrame, caption: str | None, *, index: bool, max_rows: int
    ) -> None:
        self.frame = frame
        self.caption = caption
        self.index = index
        self.max_rows = max_rows

    def _repr_html_(self) -> str:
        shown = _readable_cells(self.frame.rename_axis(columns=None))
        table = shown.to_html(
            index=self.index,
            max_rows=self.max_rows,
            border=0,
            formatters={
                column: _column_format(shown[column])
                for column in shown.columns
                if pd.api.types.is_float_dtype(shown[column])
            },
            float_format=_format_float,
            na_rep="",
        )
        opening = _TABLE_TAG.search(table).group(0)
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        table = table.replace(opening, f'{opening[:-1]} dir="rtl">{caption}', 1)
        empty = "<p>(no rows)</p>" if self.frame.empty else ""
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
    return ArabicTable(frame, caption, index=index, max_rows=max_rows)


def _format_float(value: float) -> str:
    """Four significant digits: enough to read a table, the CSV keeps full precision."""
    return f"{value:.4g}"


def _column_format(values: pd.Series) -> Callable[[float], str]:
    """A formatter giving every number of a float column the same number of decimals.

    Whole numbers get none; otherwise the largest magnitude keeps four significant digits
    (``230.9`` and ``92.4``; ``0.5000`` and ``0.2917``), at most four decimals. A non-zero
    value too small for them (a p-value of ``3e-06``) is written with two significant digits
    instead of rounding to zero.
    """
    finite = values[np.isfinite(values.to_numpy(dtype=float))]
    largest = float(finite.abs().max()) if len(finite) else 0.0
    if not len(finite) or (finite == finite.round()).all() or largest == 0:
        decimals = 0
    else:
        decimals = min(4, max(0, 3 - math.floor(math.log10(largest))))
    smallest = 0.5 * 10.0**-decimals

    def formatted(value: float) -> str:
        if pd.isna(value):
            return ""
        if value != 0 and abs(value) < smallest:
            return f"{value:.2g}"
        return f"{value:.{decimals}f}"

    return formatted


def _readable_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with list cells joined into text (Python's ``['a', 'b']`` is not for readers).

    Words are joined with the Arabic comma; items that are phrases (titles) with the Arabic
    semicolon, so a comma inside a title does not read as a separator.
    """

    def joined(cell: object) -> object:
        if not isinstance(cell, list | tuple | np.ndarray):
            return cell
        items = [str(item) for item in cell]
        return ("؛ " if any(" " in item for item in items) else "، ").join(items)

    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]):
            out[column] = out[column].map(joined)
    return out

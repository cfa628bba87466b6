"""Arabic tables in notebooks and reports: right-to-left HTML, and the same table saved as CSV.

pandas renders a DataFrame left-to-right: the first column sits on the left and Arabic text in a
cell is laid out in a left-to-right paragraph, so a cell that ends with a Latin word or a number
shows its parts in the wrong order. :func:`show_table` renders the table with ``dir="rtl"``: the
first column sits on the right and cells are right-aligned. Each cell takes its own base
direction from its first strong character (``unicode-bidi: plaintext``): an Arabic title reads
right to left, while a file path or an id such as ``011_arab-wire_osce`` keeps its left-to-right
order instead of having its leading ``/`` or digits moved to the far end. The HTML carries its
own style (no CSS from outside), so it reads the same in JupyterLab and in the report pages.

The notebooks' ``tables_dir`` parameter (set by ``python -m helpers run``) says where key tables
go as CSV; ``show_table(..., name=..., tables_dir=tables_dir)`` writes the full table there and
shows at most ``max_rows`` rows.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

_TABLE_TAG = re.compile(r"<table\b[^>]*>")
_STYLE = (
    "<style>.arabic-table th, .arabic-table td, .arabic-table caption "
    "{ unicode-bidi: plaintext; text-align: right; }</style>"
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
        table = self.frame.rename_axis(columns=None).to_html(
            index=self.index,
            max_rows=self.max_rows,
            border=0,
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
    return ArabicTable(frame, caption, index=index, max_rows=max_rows)


def _format_float(value: float) -> str:
    """Four significant digits: enough to read a table, the CSV keeps full precision."""
    return f"{value:.4g}"

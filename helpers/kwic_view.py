"""How a keyword-in-context frame shows in Jupyter: a right-to-left concordance.

:func:`helpers.frequency.kwic` computes the lines; this module only renders them (and
:mod:`helpers.frequency` re-exports :func:`kwic_html` and :class:`KwicView`), so the analysis
module holds no HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

__all__ = ["KwicView", "kwic_html"]


@dataclass(frozen=True)
class KwicView:
    """A :func:`kwic` frame that Jupyter shows as a right-to-left concordance.

    The preceding context sits to the right of the match and the following context to its
    left, each cell aligned toward the match, so every line reads as Arabic text.
    """

    frame: pd.DataFrame
    max_rows: int = 50

    def _repr_html_(self) -> str:
        cell = '<td style="text-align:{}; white-space:nowrap">{}</td>'
        lines = [
            "<tr>"
            + cell.format("left", html.escape(r.left))
            + cell.format("center", f"<b>{html.escape(r.match)}</b>")
            + cell.format("right", html.escape(r.right))
            + '<td style="color:gray; unicode-bidi:plaintext">'
            + f"{html.escape(str(r.article_id))}</td></tr>"
            for r in self.frame.head(self.max_rows).itertuples(index=False)
        ]
        more = len(self.frame) - self.max_rows
        note = (  # English in the right-to-left block: its own direction keeps its word order
            f'<p dir="ltr" style="text-align:right">and {more:,} more lines, not shown (the '
            f"frame holds all {len(self.frame):,})</p>"
            if more > 0
            else ""
        )
        return f'<div dir="rtl"><table dir="rtl">{"".join(lines)}</table>{note}</div>'

    def __repr__(self) -> str:
        return self.frame.head(self.max_rows).to_string(index=False)


def kwic_html(frame: pd.DataFrame, max_rows: int = 50) -> KwicView:
    """Wrap a :func:`kwic` frame so that JupyterLab displays it right-to-left."""
    return KwicView(frame, max_rows)

"""Input checks shared by every analysis and chart: one error type, one message style.

A helper that needs columns says which ones with :func:`require_columns`; a caller who passes a
frame without them gets a :class:`MissingColumnsError` (a ``ValueError``) naming the missing
columns, what the helper needs and what the frame has, whichever helper raised it.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

__all__ = ["ANALYSIS_COLUMNS", "MissingColumnsError", "require_columns"]

ANALYSIS_COLUMNS = ("article_id", "body")
"""What every analysis reads from an articles frame (DESIGN.md: any frame with these works)."""


class MissingColumnsError(ValueError):
    """A frame handed to a helper lacks columns the helper needs."""


def require_columns(frame: pd.DataFrame, columns: Iterable[str], *, what: str = "articles") -> None:
    """Raise :class:`MissingColumnsError` unless ``frame`` has every one of ``columns``.

    Parameters
    ----------
    frame : DataFrame
        The caller's input.
    columns : iterable of str
        The columns the helper reads (in the order the message should list them).
    what : str, default "articles"
        What the frame is, in the caller's words (``"scores"``, ``"sentences"``...).

    Raises
    ------
    MissingColumnsError
        Naming the missing columns, the needed ones and the frame's own.
    TypeError
        When ``frame`` is not a DataFrame.

    >>> require_columns(pd.DataFrame(columns=["article_id"]), ["article_id", "body"])
    Traceback (most recent call last):
    ...
    helpers.checks.MissingColumnsError: articles lack the column(s) ['body']; need \
['article_id', 'body'], the frame has ['article_id']
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, not {type(frame).__name__}")
    needed = list(dict.fromkeys(columns))
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        have = list(frame.columns)
        raise MissingColumnsError(
            f"{what} lack the column(s) {missing}; need {needed}, the frame has {have}"
        )

"""Column names: the file's names for article fields -> ours (``text`` -> ``raw_body``...).

Names are recognised through :data:`COLUMN_ALIASES` (case-insensitive, first match wins);
an explicit ``mapping={"body": "story", "outlet": "paper"}`` (our name -> the file's column)
overrides them. Unmapped columns keep their names; one that would clash with ours gets
``_input`` appended.
"""

from __future__ import annotations

import functools

import pandas as pd

from helpers.encodings import FileProblem

__all__ = [
    "COLUMN_ALIASES",
    "READ_COLUMNS",
    "column_names",
    "standardise_columns",
    "standardise_dicts",
]

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "body": ("body", "text", "content", "article", "full_text", "fulltext", "story"),
    "article_id": ("article_id", "docno", "id", "doc_id", "docid", "uid"),
    "outlet": ("outlet", "src", "source", "site", "publisher", "newspaper", "media"),
    "date": ("date", "time", "published", "published_at", "pubdate", "datetime", "timestamp"),
    "title": ("title", "headline", "heading"),
    "byline": ("byline", "author", "authors", "writer"),
    "url": ("url", "link", "href"),
    "category": ("category", "cat", "section"),
}
"""Our column name -> names it is recognised under in input files (lower case, by priority)."""

READ_COLUMNS = ("article_id", "outlet", "date", "title", "byline", "raw_body", "url")
RESERVED = (*READ_COLUMNS, "body", "source_path", "duplicate_of", "folder", "_record")


def column_names(
    columns: list[str] | tuple[str, ...],
    mapping: dict[str, str] | None,
    *,
    keep_id: bool = True,
    require_body: bool = True,
) -> dict[str, str]:
    """The file's column -> our name, for every column (see :func:`standardise_columns`).

    Remembered per set of columns: a folder of one-article files asks the same question
    thousands of times. The answer is shared; do not change it.
    """
    return _column_names(
        tuple(columns), tuple((mapping or {}).items()), keep_id=keep_id, require_body=require_body
    )


@functools.lru_cache(maxsize=256)
def _column_names(
    columns: tuple[str, ...],
    mapping_items: tuple[tuple[str, str], ...],
    *,
    keep_id: bool,
    require_body: bool,
) -> dict[str, str]:
    mapping = dict(mapping_items)
    chosen: dict[str, str] = {}
    for ours, theirs in (mapping or {}).items():
        if ours not in COLUMN_ALIASES:
            raise ValueError(f"mapping key {ours!r} is not one of {', '.join(COLUMN_ALIASES)}")
        if theirs not in columns:
            raise FileProblem(
                "error",
                f"mapping names column {theirs!r} for {ours}, but the columns are: "
                f"{', '.join(columns)}",
            )
        chosen[ours] = theirs
    lower = {c.strip().lower(): c for c in reversed(columns)}
    for ours, aliases in COLUMN_ALIASES.items():
        if (
            ours in chosen
            or (ours == "article_id" and not keep_id)
            or (ours == "body" and not require_body)
        ):
            continue
        for alias in aliases:
            column = lower.get(alias)
            if column is not None and column not in chosen.values():
                chosen[ours] = column
                break
    if require_body and "body" not in chosen:
        raise FileProblem(
            "error",
            f"no text column: looked for {', '.join(COLUMN_ALIASES['body'])}; the columns are: "
            f"{', '.join(columns) or '(none)'}; name it with mapping={{'body': '<column>'}}",
        )
    renames = {theirs: ("raw_body" if ours == "body" else ours) for ours, theirs in chosen.items()}
    return {c: renames.get(c, f"{c}_input" if c in RESERVED else c) for c in columns}


def standardise_columns(
    frame: pd.DataFrame,
    mapping: dict[str, str] | None,
    *,
    keep_id: bool = True,
    require_body: bool = True,
) -> pd.DataFrame:
    """Rename the file's columns to ours; raise :class:`FileProblem` without a text column.

    ``mapping`` (our name -> the file's column) wins over :data:`COLUMN_ALIASES`. The text
    column becomes ``raw_body``. Extra columns keep their names (``_input`` is appended to
    one that would clash with ours). With ``keep_id=False`` an id column stays an extra one;
    with ``require_body=False`` (front matter) no text column is looked for.
    """
    columns = [str(c) for c in frame.columns]
    names = column_names(columns, mapping, keep_id=keep_id, require_body=require_body)
    return frame.set_axis([names[c] for c in columns], axis=1)


def standardise_dicts(records: list[dict], mapping: dict[str, str] | None) -> list[dict]:
    """:func:`standardise_columns` for records held as dicts (keys: the union of all)."""
    columns = list(dict.fromkeys(str(k) for record in records for k in record))
    names = column_names(columns, mapping)
    if all(names[c] == c for c in columns):
        return records
    return [{names[str(k)]: v for k, v in record.items()} for record in records]

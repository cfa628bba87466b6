"""File readers: bytes on disk -> article records, one function per format.

:func:`read_file` returns a :class:`ReadResult`. Its ``records`` are plain dicts for the
formats read one record at a time (plain text, TREC, JSON Lines, JSON) and a DataFrame for
the column formats (CSV, TSV, Parquet); either way they use our column names (``article_id,
outlet, date, title, byline, raw_body, url`` plus any extra metadata) and carry ``_record``
(1-based record number in the file, ``None`` for one-article files). Building plain dicts
keeps a one-article file cheap: :mod:`helpers.corpus` makes one frame for all of them.
``date`` is still the text found in the file; :mod:`helpers.corpus` parses all dates at once.

A file that cannot be read raises :class:`FileProblem` with a reason a person understands;
records that cannot be read are listed in ``ReadResult.rejected`` while the rest load. A file
that breaks off (a truncated gzip stream, a last JSON line or ``<DOC>`` cut short, a Parquet
row group that does not decode) keeps every complete record before the damage and says where
it broke in ``ReadResult.damage``.

Formats
-------
* plain text / Markdown (``.txt .md .markdown``): one article (see :mod:`helpers.plain_text`
  for the header layouts recognised). A ``.txt`` file that starts with ``<DOC>`` is TREC.
* TREC ``<DOC>`` files as the ANT corpus ships them (``.trec .sgml .xml``, or ``.txt``):
  one record per ``<DOC>``, tags such as ``DOCNO SRC CAT TIME TITLE AUTHOR URL TEXT``.
* JSON Lines (``.jsonl .ndjson``), JSON arrays (``.json``), CSV (``.csv``), TSV (``.tsv .tab``),
  Parquet (``.parquet .pq``): one article per record. Any of them may be gzipped (``.gz``).

Column names are recognised through :data:`COLUMN_ALIASES` (case-insensitive, first match
wins, e.g. ``text``/``content``/``article`` -> body, ``src``/``source`` -> outlet, ``cat`` ->
category, ``time``/``published`` -> date, ``docno``/``id`` -> article_id). An explicit
``mapping={"body": "story", "outlet": "paper"}`` (our name -> the file's column) overrides.
Unmapped columns are kept under their own names. Encodings: see :mod:`helpers.encodings`.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.columns import (
    COLUMN_ALIASES,
    READ_COLUMNS,
    column_names,
    standardise_columns,
    standardise_dicts,
)
from helpers.encodings import BOMS, SNIFF_BYTES, FileProblem, decode, gunzip
from helpers.plain_text import front_matter, layout

__all__ = [
    "COLUMN_ALIASES",
    "READ_COLUMNS",
    "SUPPORTED_SUFFIXES",
    "FileProblem",
    "ReadResult",
    "read_file",
    "standardise_columns",
]

_TEXT = (".txt", ".md", ".markdown")
_TREC = (".trec", ".sgml", ".xml")
_RECORDS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".pq": "parquet",
}
SUPPORTED_SUFFIXES = (*_TEXT, *_TREC, *_RECORDS)
"""File name endings read (each also with ``.gz`` appended, except Parquet)."""

_CSV_CHUNK_ROWS = 4096

Records = list[dict] | pd.DataFrame
"""A reader's articles: plain dicts (record formats read line by line) or a frame (tables)."""


@dataclass
class ReadResult:
    """What a reader found in one file."""

    records: Records
    encoding: str | None
    notes: list[str] = field(default_factory=list)
    rejected: list[tuple[int | None, str, str]] = field(default_factory=list)
    """``(record number, status, reason)`` for each record that did not load."""
    damage: str | None = None
    """Where the file breaks off (its complete records before that point loaded)."""


def file_kind(path: Path) -> tuple[str | None, bool]:
    """``(format, gzipped)`` of a path from its name; format None when unsupported."""
    suffixes = [s.lower() for s in path.suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    suffix = suffixes[-2] if gzipped and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
    if suffix in _TEXT:
        return "text", gzipped
    if suffix in _TREC:
        return "trec", gzipped
    return _RECORDS.get(suffix), gzipped


def file_stem(path: Path | str) -> str:
    """The name without format and compression suffixes (``ant.csv.gz`` -> ``ant``)."""
    name = str(path)
    for _ in range(2):
        stem, dot, suffix = name.rpartition(".")
        if (
            dot
            and stem
            and "/" not in suffix
            and f".{suffix.lower()}" in (*SUPPORTED_SUFFIXES, ".gz")
        ):
            name = stem
    return name


def read_file(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    stem: str | None = None,
) -> ReadResult:
    """Read one file into article records (see the module docstring for formats).

    ``stem`` is the id a one-article file takes and the prefix of generated record ids
    (``<stem>:<record number>``); by default the file name without its suffixes.
    """
    kind, gzipped = file_kind(path)
    if kind is None:
        supported = " ".join(SUPPORTED_SUFFIXES)
        raise FileProblem(
            "skipped",
            f"unsupported file type {''.join(path.suffixes) or '(none)'!r}: "
            f"reads {supported} (and .gz)",
        )
    stem = stem or file_stem(path.name)
    raw = path.read_bytes()
    damage = None
    if gzipped and kind in ("csv", "tsv") and encoding is None:
        streamed = _stream_table(raw, mapping=mapping, stem=stem, kind=kind)
        if streamed is not None:
            return streamed
    if gzipped and raw:
        raw, damage = gunzip(raw)
    if not raw:
        raise FileProblem("skipped", "empty file (0 bytes)")
    if kind == "parquet":
        result = _read_parquet(raw, mapping, stem)
    elif kind in ("csv", "tsv"):
        if damage:
            raw = _complete_rows(raw)
        result = _read_table(raw, encoding, mapping=mapping, stem=stem, kind=kind)
    else:
        text, used, notes = decode(raw, encoding)
        del raw
        if text.isspace():
            raise FileProblem("skipped", "file holds only white space")
        if kind == "text" and _STARTS_WITH_DOC.match(text):
            kind = "trec"
        reader = {
            "text": _read_text,
            "trec": _read_trec,
            "jsonl": _read_json_lines,
            "json": _read_json_array,
        }[kind]
        result = reader(text, mapping=mapping, stem=stem)
        result.encoding = used
        result.notes = notes + result.notes
    if damage:
        result.damage = "; ".join(filter(None, (damage, result.damage)))
    return result


NO_TEXT = "no text (field missing, null or not a string)"


def _finish_dicts(records: list[dict], numbers: list[int], stem: str) -> ReadResult:
    """Shared tail of the dict readers: record numbers, ids, records without text.

    A missing text (absent field, null) is an error for that record; a blank one a skip.
    """
    kept: list[dict] = []
    rejected: list[tuple[int | None, str, str]] = []
    for record, number in zip(records, numbers, strict=True):
        text = record.get("raw_body")
        if not isinstance(text, str):
            rejected.append((number, "error", NO_TEXT))
            continue
        if not text or text.isspace():
            rejected.append((number, "skipped", "empty text"))
            continue
        given = record.get("article_id")
        given = str(given).strip() if given is not None else ""
        record["article_id"] = given or f"{stem}:{number}"
        record["_record"] = number
        kept.append(record)
    return ReadResult(kept, None, rejected=rejected)


def _finish_frame(frame: pd.DataFrame, stem: str) -> ReadResult:
    """:func:`_finish_dicts` for a table, column by column (``_record`` already set)."""
    frame = frame.reset_index(drop=True)
    fallback = stem + ":" + frame["_record"].astype(str)
    if "article_id" in frame:
        ids = frame["article_id"].astype(object)
        ids = ids.where(ids.isna(), ids.astype(str).str.strip())
        frame["article_id"] = ids.where(ids.notna() & (ids != ""), fallback).astype(object)
    else:
        frame["article_id"] = fallback.astype(object)
    text = frame["raw_body"]
    if isinstance(text.dtype, pd.StringDtype):  # checked in Arrow, no Python string made
        is_text = text.notna()
        blank = is_text & ((text.str.len() == 0) | text.str.isspace()).fillna(False).astype(bool)
    else:
        is_text = text.map(lambda v: isinstance(v, str)).astype(bool)
        blank = is_text & text.map(lambda v: isinstance(v, str) and (not v or v.isspace()))
    rejected = [(int(r), "error", NO_TEXT) for r in frame.loc[~is_text, "_record"]]
    rejected += [(int(r), "skipped", "empty text") for r in frame.loc[blank, "_record"]]
    rejected.sort()
    keep = is_text & ~blank
    records = frame if keep.all() else frame.loc[keep].reset_index(drop=True)
    return ReadResult(records, None, rejected=rejected)


def _byte_offset(text: str, position: int) -> int:
    """The UTF-8 byte offset of a character position (for damage notes)."""
    return len(text[:position].encode("utf-8", errors="replace"))


# --------------------------------------------------------------------------- tables


def _complete_rows(raw: bytes) -> bytes:
    """The CSV/TSV bytes up to the end of the last complete row of a stream cut short.

    A line break ends a row only outside quotes, that is after an even number of ``"``.
    """
    end = raw.rfind(b"\n") + 1
    quotes = raw.count(b'"', 0, end)
    while end > 0 and quotes % 2:
        previous = raw.rfind(b"\n", 0, end - 1) + 1
        quotes -= raw.count(b'"', previous, end)
        end = previous
    return raw[:end]


def _stream_table(raw: bytes, **options) -> ReadResult | None:
    """A gzipped UTF-8 table parsed as it is decompressed, without the whole text in memory.

    None when that does not work (damaged stream, another encoding, nothing to parse): the
    careful path in :func:`read_file` then finds out what is wrong and keeps what it can.
    """
    try:
        result = _read_delimited(gzip.GzipFile(fileobj=io.BytesIO(raw)), "utf-8", False, **options)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, FileProblem):
        return None
    result.encoding = "utf-8"
    return result


def _read_table(raw: bytes, encoding: str | None, **options) -> ReadResult:
    """CSV/TSV: pandas decodes the bytes itself (much faster than via a str) when they are
    plain UTF-8; anything else goes through :func:`decode` first to choose the encoding."""
    if encoding is None and not raw.startswith(tuple(bom for bom, _ in BOMS)):
        if raw.isspace():
            raise FileProblem("skipped", "file holds only white space")
        if b"\x00" not in raw[:SNIFF_BYTES]:
            try:
                result = _read_delimited(raw, "utf-8", False, **options)
                result.encoding = "utf-8"
                return result
            except UnicodeDecodeError:
                pass
    text, used, notes = decode(raw, encoding)
    if text.isspace():
        raise FileProblem("skipped", "file holds only white space")
    del text
    result = _read_delimited(raw, used, bool(notes), **options)
    result.encoding, result.notes = used, notes
    return result


def _read_delimited(
    source: bytes | io.IOBase, encoding: str, replace: bool, *, mapping, stem: str, kind: str
) -> ReadResult:
    """CSV/TSV with a header row; malformed lines are reported, the rest load.

    Text columns arrive in pandas' Arrow-backed string dtype: no Python object per value.
    Rows are checked and converted a chunk at a time, so the whole file is never held as
    Python objects nor filtered as a whole (either would peak at twice its memory).
    """
    parts: list[pd.DataFrame] = []
    rejected: list[tuple[int | None, str, str]] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with pd.read_csv(
                io.BytesIO(source) if isinstance(source, bytes) else source,
                sep="\t" if kind == "tsv" else ",",
                dtype=object,
                encoding=encoding,
                encoding_errors="replace" if replace else "strict",
                on_bad_lines="warn",
                keep_default_na=False,
                chunksize=_CSV_CHUNK_ROWS,
            ) as chunks:
                first = 1
                for chunk in chunks:
                    chunk = standardise_columns(chunk, mapping)
                    chunk = chunk.replace({c: {"": None} for c in chunk if c != "raw_body"})
                    chunk["_record"] = range(first, first + len(chunk))
                    first += len(chunk)
                    part = _finish_frame(chunk, stem)
                    texts = [c for c in part.records if c != "_record"]
                    parts.append(part.records.astype(dict.fromkeys(texts, "str")))
                    rejected += part.rejected
        except UnicodeDecodeError:
            raise
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
            raise FileProblem("error", f"not readable as {kind.upper()}: {exc}") from exc
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    del parts
    for warning in caught:
        for line in str(warning.message).splitlines():
            match = re.search(r"Skipping line (\d+): (.*)", line)
            if match:
                rejected.append((int(match[1]), "error", f"malformed line {match[1]}: {match[2]}"))
    return ReadResult(frame, None, rejected=rejected)


def _read_parquet(raw: bytes, mapping, stem: str) -> ReadResult:
    """Parquet, one row group at a time: a group that does not decode is reported and the
    others load (record numbers are row numbers in the whole file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(io.BytesIO(raw))
    except Exception as exc:  # pyarrow raises several unrelated types for bad files
        raise FileProblem("error", f"not a readable Parquet file ({exc})") from exc
    tables, numbers, rejected, damaged = [], [], [], []
    first_row = 1
    for group in range(parquet.num_row_groups):
        meta = parquet.metadata.row_group(group)
        rows = range(first_row, first_row + meta.num_rows)
        first_row += meta.num_rows
        try:
            tables.append(parquet.read_row_group(group))
            numbers.append(rows)
        except Exception as exc:  # a damaged page surfaces as OSError, ArrowInvalid...
            offset = meta.column(0).file_offset if meta.num_columns else "?"
            where = f"row group {group + 1} (rows {rows.start}-{rows.stop - 1}, from byte {offset})"
            rejected.append((rows.start, "error", f"{where} does not decode ({exc})"))
            damaged.append(where)
    if not tables:
        raise FileProblem(
            "error", f"not a readable Parquet file (no row group decodes: {rejected[0][2]})"
        )
    frame = standardise_columns(pa.concat_tables(tables).to_pandas(), mapping)
    frame["_record"] = [n for group_rows in numbers for n in group_rows]
    result = _finish_frame(frame, stem)
    result.encoding = "parquet"
    result.rejected = sorted(rejected + result.rejected)
    if damaged:
        result.damage = "damaged " + ", ".join(damaged)
    return result


# --------------------------------------------------------------------------- records as dicts


def _read_json_lines(text: str, *, mapping, stem: str) -> ReadResult:
    """One JSON object per line; record numbers are line numbers."""
    records: list[dict] = []
    numbers: list[int] = []
    rejected: list[tuple[int | None, str, str]] = []
    damage = None
    lines = text.splitlines()
    cut_short = not text.endswith(("\n", "\r"))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if cut_short and number == len(lines):
                start = text.rfind("\n") + 1
                damage = (
                    f"the file ends inside line {number} (from byte {_byte_offset(text, start)})"
                )
                why = f"line {number}: cut short by the end of the file"
            else:
                why = (
                    f"line {number}: invalid JSON ({exc.msg}, column {exc.colno}); truncated line?"
                )
            rejected.append((number, "error", why))
            continue
        if not isinstance(value, dict):
            rejected.append(
                (number, "error", f"line {number}: a JSON {type(value).__name__}, not an object")
            )
            continue
        records.append(value)
        numbers.append(number)
    if not records:
        raise FileProblem(
            "error", "no JSON object could be read" + (f" ({rejected[0][2]})" if rejected else "")
        )
    result = _finish_dicts(standardise_dicts(records, mapping), numbers, stem)
    result.rejected = sorted(rejected + result.rejected)
    result.damage = damage
    return result


def _read_json_array(text: str, *, mapping, stem: str) -> ReadResult:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{"):
            return _read_json_lines(text, mapping=mapping, stem=stem)
        raise FileProblem(
            "error", f"invalid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        ) from exc
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FileProblem("error", "JSON file is not a list of objects (one per article)")
    return _finish_dicts(standardise_dicts(value, mapping), list(range(1, len(value) + 1)), stem)


_DOC_START = re.compile(r"<DOC>", re.IGNORECASE)
_STARTS_WITH_DOC = re.compile(r"\s*<DOC>", re.IGNORECASE)
_DOC_END = re.compile(r"</DOC>", re.IGNORECASE)
_TAG = re.compile(r"<([A-Za-z][\w-]*)>(.*?)</\1>", re.DOTALL)


def _read_trec(text: str, *, mapping, stem: str) -> ReadResult:
    """Read ``<DOC>`` records; a document without ``</DOC>`` is reported, the rest load.

    A document runs from ``<DOC>`` to its ``</DOC>``, or to the next ``<DOC>`` when it has
    none. A file that ends inside its last ``<DOC>`` is damaged there (cut short).
    """
    records: list[dict] = []
    numbers: list[int] = []
    rejected: list[tuple[int | None, str, str]] = []
    damage = None
    starts = [match.start() for match in _DOC_START.finditer(text)]
    for number, (start, stop) in enumerate(
        zip(starts, [*starts[1:], len(text)], strict=True), start=1
    ):
        end = _DOC_END.search(text, start, stop)
        if end is None:
            if stop == len(text):
                offset = _byte_offset(text, start)
                damage = f"the file ends inside <DOC> number {number} (from byte {offset})"
            rejected.append((number, "error", f"<DOC> number {number} has no closing </DOC>"))
            continue
        tags = _TAG.findall(text, start + len("<DOC>"), end.start())
        records.append({tag.lower(): value.strip() for tag, value in tags})
        numbers.append(number)
    if not records:
        raise FileProblem("error", "no complete <DOC>...</DOC> record found")
    result = _finish_dicts(standardise_dicts(records, mapping), numbers, stem)
    if len(records) == 1 and not rejected and result.records:
        only = result.records[0]
        if only["article_id"] == f"{stem}:1":
            only["article_id"] = stem
        only["_record"] = None
    result.rejected = sorted(rejected + result.rejected)
    result.damage = damage
    return result


def _read_text(text: str, *, mapping, stem: str) -> ReadResult:
    """One article in a plain-text layout, with or without YAML front matter."""
    values, text = front_matter(text)
    meta: dict[str, object] = {}
    if values:
        names = column_names(
            list(values),
            {k: v for k, v in (mapping or {}).items() if v in values},
            keep_id=False,
            require_body=False,
        )
        meta = {names[k]: v for k, v in values.items()}
    found = layout(text, expected_title=meta.get("title"))
    record = {**found, **{k: v for k, v in meta.items() if v is not None}}
    if not str(record.get("raw_body") or "").strip():
        raise FileProblem("skipped", "no article text after the header lines")
    record["article_id"] = stem
    record["_record"] = None
    return ReadResult([record], None)

"""File readers: bytes on disk -> article records, one function per format.

Each reader returns a :class:`ReadResult` whose ``records`` frame uses our column names
(``article_id, outlet, date, title, byline, raw_body, url`` plus any extra metadata) and a
``_record`` column (1-based record number in the file, ``None`` for one-article files).
``date`` is still the text found in the file; :mod:`helpers.corpus` parses all dates at once.
A file that cannot be read raises :class:`FileProblem` with a reason a person understands;
records that cannot be read are listed in ``ReadResult.rejected`` while the rest load.

Formats
-------
* plain text / Markdown (``.txt .md .markdown``): one article. Optional YAML front matter
  between ``---`` lines; then, as in ``corpus/``, optional header blocks (a date line, a title
  or caption line, a byline ``Outlet – Author``) separated by blank lines, then paragraphs.
  A ``.txt`` file that starts with ``<DOC>`` is read as TREC.
* TREC ``<DOC>`` files as the ANT corpus ships them (``.trec .sgml .xml``, or ``.txt``):
  one record per ``<DOC>``, tags such as ``DOCNO SRC CAT TIME TITLE AUTHOR URL TEXT``.
* JSON Lines (``.jsonl .ndjson``), JSON arrays (``.json``), CSV (``.csv``), TSV (``.tsv .tab``),
  Parquet (``.parquet .pq``): one article per record. Any of them may be gzipped (``.gz``).

Column names are recognised through :data:`COLUMN_ALIASES` (case-insensitive, first match
wins, e.g. ``text``/``content``/``article`` -> body, ``src``/``source`` -> outlet, ``cat`` ->
category, ``time``/``published`` -> date, ``docno``/``id`` -> article_id). An explicit
``mapping={"body": "story", "outlet": "paper"}`` (our name -> the file's column) overrides.
Unmapped columns are kept under their own names.

Encodings: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, Windows-1256. Without a BOM,
UTF-8 is tried first; a few invalid bytes in otherwise valid UTF-8 are replaced by U+FFFD
and their byte offsets reported; text that is mostly invalid UTF-8 but reads as Arabic in
Windows-1256 is decoded as such. NUL bytes or many control bytes mean binary data: an error.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import warnings
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import yaml

from helpers.dates import parse_date

__all__ = [
    "COLUMN_ALIASES",
    "SUPPORTED_SUFFIXES",
    "FileProblem",
    "ReadResult",
    "decode",
    "read_file",
    "standardise_columns",
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
RESERVED = (*READ_COLUMNS, "body", "source_path", "duplicate_of", "_record")

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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAX_REPORTED_OFFSETS = 5
_SNIFF_BYTES = 1 << 20  # binary data shows in the first megabyte
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b\x1b")


class FileProblem(Exception):
    """A whole file could not be read; ``status`` is ``"error"`` or ``"skipped"``."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class ReadResult:
    """What a reader found in one file."""

    records: pd.DataFrame
    encoding: str | None
    notes: list[str] = field(default_factory=list)
    rejected: list[tuple[int | None, str, str]] = field(default_factory=list)
    """``(record number, status, reason)`` for each record that did not load."""


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


def file_stem(path: Path) -> str:
    """The name without format and compression suffixes (``ant.csv.gz`` -> ``ant``)."""
    name = path.name
    for _ in range(2):
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and f".{suffix.lower()}" in (*SUPPORTED_SUFFIXES, ".gz"):
            name = stem
    return name


def read_file(
    path: Path, *, mapping: dict[str, str] | None = None, encoding: str | None = None
) -> ReadResult:
    """Read one file into article records (see the module docstring for formats)."""
    kind, gzipped = file_kind(path)
    if kind is None:
        supported = " ".join(SUPPORTED_SUFFIXES)
        raise FileProblem(
            "skipped",
            f"unsupported file type {''.join(path.suffixes) or '(none)'!r}: "
            f"reads {supported} (and .gz)",
        )
    raw = path.read_bytes()
    if gzipped:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise FileProblem("error", f"not a valid gzip file ({exc})") from exc
    if not raw:
        raise FileProblem("skipped", "empty file (0 bytes)")
    if kind == "parquet":
        return _read_parquet(raw, mapping, file_stem(path))
    if kind in ("csv", "tsv"):
        return _read_table(raw, encoding, mapping=mapping, stem=file_stem(path), kind=kind)
    text, used, notes = decode(raw, encoding)
    if not text.strip():
        raise FileProblem("skipped", "file holds only white space")
    if kind == "text" and text.lstrip()[:5].upper() == "<DOC>":
        kind = "trec"
    reader = {
        "text": _read_text,
        "trec": _read_trec,
        "jsonl": _read_json_lines,
        "json": _read_json_array,
    }[kind]
    result = reader(text, mapping=mapping, stem=file_stem(path), kind=kind)
    result.encoding = used
    result.notes = notes + result.notes
    return result


# --------------------------------------------------------------------------- decoding


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Decode file bytes; return ``(text, encoding used, notes about undecodable bytes)``.

    Raises :class:`FileProblem` for binary data or text in none of the supported encodings.
    """
    if encoding is None:
        for bom, name in _BOMS:
            if raw.startswith(bom):
                encoding = name
                break
    if encoding is not None:
        return _decode_reporting(raw, encoding)
    sample = raw[:_SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in raw or controls > 0.05 * len(sample):
        hint = " (UTF-16 text needs a byte-order mark)" if b"\x00" in sample else ""
        raise FileProblem(
            "error",
            f"binary data, not text: {controls} control bytes in the first {len(sample)}{hint}",
        )
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    offsets = _utf8_error_offsets(raw)
    high_bytes = sum(1 for b in raw if b >= 0x80)
    if len(offsets) < _MAX_REPORTED_OFFSETS * 4 and len(offsets) <= max(1, 0.01 * high_bytes):
        return _decode_reporting(raw, "utf-8")
    text = raw.decode("cp1256", errors="replace")
    non_ascii = [c for c in text if ord(c) >= 0x80]
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    if arabic >= 0.6 * len(non_ascii) and "\ufffd" not in text:
        return text, "cp1256", []
    raise FileProblem(
        "error",
        f"undecodable text: {len(offsets)}+ invalid UTF-8 bytes (first at byte "
        f"{offsets[0]}) and not Arabic in Windows-1256; give encoding=... if you know it",
    )


def _utf8_error_offsets(raw: bytes, limit: int = 20) -> list[int]:
    offsets: list[int] = []
    position = 0
    while len(offsets) < limit:
        try:
            raw[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offsets.append(position + exc.start)
            position += exc.end
    return offsets


def _decode_reporting(raw: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """Decode with ``encoding``; invalid bytes become U+FFFD and are reported, not dropped."""
    try:
        return raw.decode(encoding), encoding, []
    except UnicodeDecodeError:
        pass
    except LookupError as exc:
        raise FileProblem("error", f"unknown encoding {encoding!r}") from exc
    text = raw.decode(encoding, errors="replace")
    count = text.count("\ufffd")
    where = ""
    if encoding.startswith("utf-8"):
        offsets = _utf8_error_offsets(raw, _MAX_REPORTED_OFFSETS)
        where = f" at byte {', '.join(map(str, offsets))}" + ("..." if count > len(offsets) else "")
    note = f"{count} undecodable byte(s) as {encoding}{where}, kept as U+FFFD"
    return text, encoding, [note]


# --------------------------------------------------------------------------- columns


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
    frame = frame.set_axis(columns, axis=1)
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
    for column in columns:
        if column not in renames and column in RESERVED:
            renames[column] = f"{column}_input"
    return frame.rename(columns=renames)


def _finish_records(frame: pd.DataFrame, stem: str) -> ReadResult:
    """Shared tail of the record readers: record numbers, ids, records without text.

    ``frame`` has our column names already. A missing text (absent field, null) is an
    error for that record; an empty or blank text is a skip.
    """
    frame = frame.reset_index(drop=True)
    frame["_record"] = pd.RangeIndex(1, len(frame) + 1)
    fallback = stem + ":" + frame["_record"].astype(str)
    if "article_id" in frame:
        ids = frame["article_id"]
        ids = ids.where(ids.isna(), ids.astype(str).str.strip())
        frame["article_id"] = ids.where(ids.notna() & (ids != ""), fallback)
    else:
        frame["article_id"] = fallback
    kinds = pd.Series(
        [2 if not isinstance(v, str) else int(not v or v.isspace()) for v in frame["raw_body"]],
        index=frame.index,
    )
    is_text, blank = kinds < 2, kinds == 1
    rejected = [
        (int(r), "error", "no text (field missing, null or not a string)")
        for r in frame.loc[~is_text, "_record"]
    ]
    rejected += [(int(r), "skipped", "empty text") for r in frame.loc[blank, "_record"]]
    rejected.sort()
    return ReadResult(frame.loc[kinds == 0].reset_index(drop=True), None, rejected=rejected)


# --------------------------------------------------------------------------- formats


def _read_table(raw: bytes, encoding: str | None, **options) -> ReadResult:
    """CSV/TSV: pandas decodes the bytes itself (much faster than via a str) when they are
    plain UTF-8; anything else goes through :func:`decode` first to choose the encoding."""
    if encoding is None and not raw.startswith(tuple(bom for bom, _ in _BOMS)):
        if not raw.strip():
            raise FileProblem("skipped", "file holds only white space")
        if b"\x00" not in raw[:_SNIFF_BYTES]:
            try:
                result = _read_delimited(raw, "utf-8", False, **options)
                result.encoding = "utf-8"
                return result
            except UnicodeDecodeError:
                pass
    text, used, notes = decode(raw, encoding)
    if not text.strip():
        raise FileProblem("skipped", "file holds only white space")
    del text
    result = _read_delimited(raw, used, bool(notes), **options)
    result.encoding, result.notes = used, notes
    return result


def _read_delimited(
    raw: bytes, encoding: str, replace: bool, *, mapping, stem: str, kind: str
) -> ReadResult:
    """CSV/TSV with a header row; malformed lines are reported, the rest load."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                io.BytesIO(raw),
                sep="\t" if kind == "tsv" else ",",
                dtype=object,
                encoding=encoding,
                encoding_errors="replace" if replace else "strict",
                on_bad_lines="warn",
                keep_default_na=False,
            )
        except UnicodeDecodeError:
            raise
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
            raise FileProblem("error", f"not readable as {kind.upper()}: {exc}") from exc
    frame = standardise_columns(frame, mapping)
    others = frame.columns != "raw_body"
    frame.loc[:, others] = frame.loc[:, others].replace("", None)
    result = _finish_records(frame, stem)
    for warning in caught:
        for line in str(warning.message).splitlines():
            match = re.search(r"Skipping line (\d+): (.*)", line)
            if match:
                result.rejected.append(
                    (int(match[1]), "error", f"malformed line {match[1]}: {match[2]}")
                )
    return result


def _read_json_lines(text: str, *, mapping, stem: str, kind: str) -> ReadResult:
    records: list[dict] = []
    numbers: list[int] = []
    rejected: list[tuple[int | None, str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            rejected.append(
                (
                    number,
                    "error",
                    f"line {number}: invalid JSON ({exc.msg}, column {exc.colno}); truncated line?",
                )
            )
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
    frame = standardise_columns(pd.DataFrame.from_records(records), mapping)
    result = _finish_records(frame, stem)
    # record numbers are line numbers, so ids and reasons point at the right line
    line_of = dict(enumerate(numbers, start=1))
    result.records["_record"] = result.records["_record"].map(line_of)
    if "article_id" in result.records:
        generated = result.records["article_id"].str.fullmatch(re.escape(stem) + r":\d+")
        result.records.loc[generated, "article_id"] = (
            stem + ":" + result.records.loc[generated, "_record"].astype(str)
        )
    result.rejected = rejected + [(line_of[r], s, why) for r, s, why in result.rejected]
    return result


def _read_json_array(text: str, *, mapping, stem: str, kind: str) -> ReadResult:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{"):
            return _read_json_lines(text, mapping=mapping, stem=stem, kind=kind)
        raise FileProblem(
            "error", f"invalid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        ) from exc
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FileProblem("error", "JSON file is not a list of objects (one per article)")
    return _finish_records(standardise_columns(pd.DataFrame.from_records(value), mapping), stem)


def _read_parquet(raw: bytes, mapping, stem: str) -> ReadResult:
    try:
        frame = pd.read_parquet(io.BytesIO(raw))
    except Exception as exc:  # pyarrow raises several unrelated types for bad files
        raise FileProblem("error", f"not a readable Parquet file ({exc})") from exc
    result = _finish_records(standardise_columns(frame, mapping), stem)
    result.encoding = "parquet"
    return result


_DOC = re.compile(r"<DOC>(.*?)(?:</DOC>|(?=<DOC>)|\Z)", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<([A-Za-z][\w-]*)>(.*?)</\1>", re.DOTALL)


def _read_trec(text: str, *, mapping, stem: str, kind: str) -> ReadResult:
    """Read ``<DOC>`` records; a document without ``</DOC>`` is reported, the rest load."""
    records: list[dict] = []
    rejected: list[tuple[int | None, str, str]] = []
    for number, match in enumerate(_DOC.finditer(text), start=1):
        if not match.group(0).upper().endswith("</DOC>"):
            rejected.append((number, "error", f"<DOC> number {number} has no closing </DOC>"))
            continue
        records.append({tag.lower(): value.strip() for tag, value in _TAG.findall(match[1])})
    if not records:
        raise FileProblem("error", "no complete <DOC>...</DOC> record found")
    frame = standardise_columns(pd.DataFrame.from_records(records), mapping)
    result = _finish_records(frame, stem)
    if len(records) == 1 and not rejected and result.records["article_id"].iat[0] == f"{stem}:1":
        result.records["article_id"] = stem
    result.rejected = rejected + result.rejected
    return result


# --------------------------------------------------------------------------- plain text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_BLOCK = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+")
_BYLINE = re.compile(
    r"^(?P<outlet>[^\n–—\-|.،,:]{2,50}?)\s+[–—\-|]\s+(?P<author>[^\n–—\-|.،,:]{2,60})$"
)
_AUTHOR_ONLY = re.compile(r"^(?:بقلم|كتب|كتبت|By)\s*[:：]?\s*(?P<author>[^\n.،,]{2,60})$")
_DIGIT = re.compile(r"\d")
_MAX_HEADER_WORDS = 25
_MAX_BYLINE_SIDE_WORDS = 5


def _read_text(text: str, *, mapping, stem: str, kind: str) -> ReadResult:
    """One article in the ``corpus/`` layout, with or without YAML front matter."""
    meta: dict[str, object] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            header = yaml.safe_load(front[1])
        except yaml.YAMLError as exc:
            raise FileProblem("error", f"front matter is not valid YAML ({exc})") from exc
        if header is not None and not isinstance(header, dict):
            raise FileProblem("error", "front matter is not a set of 'key: value' lines")
        meta = _front_matter_columns(header or {}, mapping)
        text = text[front.end() :]
    found = _layout(text, expected_title=meta.get("title"))
    record = {**found, **{k: v for k, v in meta.items() if v is not None}}
    if not str(record.get("raw_body") or "").strip():
        raise FileProblem("skipped", "no article text after the header lines")
    record["article_id"] = stem
    record["_record"] = None
    return ReadResult(pd.DataFrame([record]), None)


def _front_matter_columns(header: dict, mapping: dict[str, str] | None) -> dict[str, object]:
    """Front-matter keys under our column names; dates as ISO text, others unchanged."""
    values = {
        str(k): (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in header.items()
    }
    mapping = {k: v for k, v in (mapping or {}).items() if v in values}
    frame = standardise_columns(pd.DataFrame([values]), mapping, keep_id=False, require_body=False)
    return frame.iloc[0].to_dict()


def _layout(text: str, expected_title: object = None) -> dict[str, object]:
    """Split the header blocks (date, title/caption, byline) from the body paragraphs.

    Header blocks are single lines separated by blank lines: an optional date line (one
    that parses, or a short line with digits right before a title and byline), then an
    optional title line, then an optional byline. With a title from front matter, a first
    line is only taken as the title when it repeats it.
    """
    blocks = [(m.start(), m.group().strip()) for m in _BLOCK.finditer(text)]
    found: dict[str, object] = {}
    i = 0

    def single_line(k: int) -> bool:
        return k < len(blocks) - 1 and "\n" not in blocks[k][1]

    def byline_at(k: int) -> dict[str, str] | None:
        return _byline(blocks[k][1]) if single_line(k) else None

    if single_line(0) and len(blocks[0][1]) <= 60:
        first = blocks[0][1]
        parsed = not pd.isna(parse_date(first))
        followed = byline_at(1) or byline_at(2)
        if parsed or (_DIGIT.search(first) and len(first) <= 40 and followed):
            found["date"] = first
            i = 1
    byline = byline_at(i)
    if byline is None and single_line(i) and _title_like(blocks[i][1], expected_title):
        byline = byline_at(i + 1)
        if byline is not None or "date" in found or expected_title is not None:
            found["title"] = blocks[i][1]
            i += 1
        elif len(blocks) - i > 2:
            found["title"] = blocks[i][1]
            i += 1
    if byline is not None:
        found.update(byline)
        i += 1
    found["raw_body"] = text[blocks[i][0] :] if i < len(blocks) else ""
    return found


def _title_like(line: str, expected: object) -> bool:
    if isinstance(expected, str):
        return " ".join(line.split()) == " ".join(expected.split())
    return len(line.split()) <= _MAX_HEADER_WORDS and not line.rstrip().endswith(".")


def _byline(line: str) -> dict[str, str] | None:
    """``{"outlet", "byline"}`` from ``Outlet – Author``, ``{"byline"}`` from ``بقلم X``."""
    line = " ".join(line.split())
    match = _BYLINE.match(line)
    if match:
        outlet, author = match["outlet"].strip(), match["author"].strip()
        if max(len(outlet.split()), len(author.split())) <= _MAX_BYLINE_SIDE_WORDS:
            return {"outlet": outlet, "byline": author}
    match = _AUTHOR_ONLY.match(line)
    if match and len(match["author"].split()) <= _MAX_BYLINE_SIDE_WORDS:
        return {"byline": match["author"].strip()}
    return None

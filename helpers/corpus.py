"""The data layer: load articles from a folder, a file or a glob into a :class:`Corpus`.

``load_corpus(path)`` reads every supported file (formats and column names: see
:mod:`helpers.readers`), parses the dates (:mod:`helpers.dates`), cleans the bodies and marks
duplicates (:mod:`helpers.cleaning`). Nothing is dropped silently: every input file, every
record that did not load and every duplicate is a row of ``Corpus.report.table``.

Files that are not articles
---------------------------
A corpus folder may hold documentation and annotations next to the articles (``corpus/``
holds ``README.md`` and ``labels.csv``). When a folder or a glob is loaded, files whose name
matches one of :data:`NOT_ARTICLES` (``README*``, ``LICENSE*``, ``labels.csv``, ``*.toml``,
hidden files) are *skipped* and reported with the pattern that matched; pass ``ignore=()`` to
read them anyway. A file named explicitly is always read: ``load_corpus("corpus/labels.csv")``
reports an error (no text column) instead of silently skipping it.

Article ids
-----------
One-article files (plain text, Markdown, a single ``<DOC>``) take the file stem; records take
their id column (``article_id``, ``docno``, ``id``...) or ``<file stem>:<record number>``
(1-based; the line number for JSON Lines). An id already used by an earlier article gets
``~2``, ``~3``... appended, and the renaming is reported.
"""

from __future__ import annotations

import fnmatch
import glob
import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.cleaning import clean_bodies, clean_title, find_duplicates
from helpers.dates import parse_dates
from helpers.progress import progress_bar
from helpers.readers import COLUMN_ALIASES, FileProblem, ReadResult, read_file

__all__ = ["ARTICLE_COLUMNS", "NOT_ARTICLES", "Corpus", "LoadReport", "load_corpus"]

ARTICLE_COLUMNS = (
    "article_id",
    "outlet",
    "date",
    "title",
    "byline",
    "body",
    "raw_body",
    "url",
    "source_path",
    "duplicate_of",
)
"""The columns every ``Corpus.articles`` has, in order; extra metadata columns follow."""

NOT_ARTICLES = ("README*", "readme*", "LICENSE*", "labels.csv", "*.toml", ".*")
"""File-name patterns skipped (and reported) when a folder or a glob is loaded."""

REPORT_COLUMNS = (
    "source_path",
    "record",
    "article_id",
    "status",
    "reason",
    "encoding",
    "articles",
    "dates_unparsed",
)
_PROGRESS_FROM = 200  # files; fewer load too fast to need a progress bar


@dataclass
class LoadReport:
    """What happened to every input: one row per file and per record that did not load.

    ``table`` columns: ``source_path``; ``record`` (record number in the file, empty for a
    file row); ``article_id`` (for record rows); ``status`` (``loaded``, ``skipped``,
    ``error``, ``duplicate``); ``reason`` (why, in words); ``encoding`` (file rows);
    ``articles`` (articles loaded from the file); ``dates_unparsed`` (dates present in the
    file but not understood, left ``NaT``).
    """

    table: pd.DataFrame
    dates_missing: int = 0

    def summary(self) -> dict[str, object]:
        """Counts: files and records by status, articles, dates unparsed/missing, encodings."""
        files = self.table[self.table.record.isna() & self.table.article_id.isna()]
        records = self.table[~self.table.index.isin(files.index)]
        return {
            "files": files.status.value_counts().to_dict(),
            "records": records.status.value_counts().to_dict(),
            "articles": int(files.articles.fillna(0).sum()),
            "dates_unparsed": int(files.dates_unparsed.fillna(0).sum()),
            "dates_missing": self.dates_missing,
            "encodings": files.encoding.dropna().value_counts().to_dict(),
        }

    def problems(self) -> pd.DataFrame:
        """Rows that are not plain successes: skips, errors, duplicates and noted loads."""
        noted = (self.table.status != "loaded") | (self.table.reason.fillna("") != "")
        return self.table[noted]

    def _lines(self) -> list[str]:
        s = self.summary()

        def counts(d: dict) -> str:
            return ", ".join(f"{v} {k}" for k, v in d.items()) or "none"

        return [
            f"{s['articles']} articles loaded",
            f"files: {counts(s['files'])}",
            f"records not loaded or marked: {counts(s['records'])}",
            f"dates: {s['dates_unparsed']} not understood (NaT), {s['dates_missing']} missing",
            f"encodings: {counts(s['encodings'])}",
        ]

    def __str__(self) -> str:
        lines = ["LoadReport", *(f"  {line}" for line in self._lines())]
        problems = self.problems()
        if len(problems):
            lines.append(f"  {len(problems)} row(s) to look at:")
            for row in problems.head(20).itertuples():
                where = row.source_path + (f" #{row.record}" if pd.notna(row.record) else "")
                lines.append(f"    [{row.status}] {where}: {row.reason}")
            if len(problems) > 20:
                lines.append(f"    ... {len(problems) - 20} more in report.table")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self._lines())
        problems = self.problems()
        table = ""
        if len(problems):
            shown = problems.head(50)[["source_path", "record", "status", "reason"]]
            more = f"<p>{len(problems) - 50} more rows in <code>report.table</code></p>"
            table = shown.to_html(index=False, na_rep="") + (more if len(problems) > 50 else "")
        return f"<div><strong>LoadReport</strong><ul>{items}</ul>{table}</div>"


@dataclass
class Corpus:
    """Articles (one row each, columns :data:`ARTICLE_COLUMNS` + extras) and their report."""

    articles: pd.DataFrame
    report: LoadReport

    def analysis_view(self) -> pd.DataFrame:
        """The articles without marked duplicates (the first copy of each stays)."""
        return self.articles[self.articles.duplicate_of.isna()].reset_index(drop=True)

    def __repr__(self) -> str:
        duplicates = int(self.articles.duplicate_of.notna().sum())
        return (
            f"Corpus({len(self.articles)} articles, {duplicates} marked duplicate)\n{self.report}"
        )


def load_corpus(
    path: str | Path | Iterable[str | Path],
    *,
    mapping: dict[str, str] | None = None,
    clean: bool = True,
    dedupe: bool = True,
    progress: bool | None = None,
    encoding: str | None = None,
    ignore: Iterable[str] = NOT_ARTICLES,
    similarity: float = 0.8,
    duplicates_within: str | None = "outlet",
) -> Corpus:
    """Load articles from a folder (recursively), a file, a glob or a list of those.

    Parameters
    ----------
    path : str, Path or iterable of them
        A folder, a file, or a glob pattern (``"exports/*.csv.gz"``, ``"data/**/*.txt"``).
    mapping : dict, optional
        Our column name -> the input's column name, for tables and front matter whose
        columns are not recognised (``{"body": "story_text", "outlet": "paper"}``). Keys are
        ``body, article_id, outlet, date, title, byline, url, category``.
    clean : bool, default True
        Fill ``body`` with the cleaned text (:func:`helpers.cleaning.clean_body`) and strip
        photo credits from titles; ``False`` copies ``raw_body``.
    dedupe : bool, default True
        Mark exact and near duplicates in ``duplicate_of`` (see
        :func:`helpers.cleaning.find_duplicates`) and report them.
    progress : bool, optional
        Show a progress bar over files; by default only from 200 files on.
    encoding : str, optional
        Force one encoding for every text file instead of detecting it.
    ignore : iterable of str
        File-name patterns skipped in folders and globs; see :data:`NOT_ARTICLES`.
    similarity : float, default 0.8
        Jaccard similarity of word 5-gram sets from which two articles are near duplicates.
    duplicates_within : str or None, default "outlet"
        Only articles sharing this column's value can be duplicates; ``None`` for all.

    Returns
    -------
    Corpus
        ``articles`` and ``report``; :meth:`Corpus.analysis_view` leaves duplicates out.

    Raises
    ------
    FileNotFoundError
        When ``path`` names nothing that exists (a glob matching no file).
    ValueError
        When ``mapping`` uses a key that is not one of our columns.
    """
    for key in mapping or {}:
        if key not in COLUMN_ALIASES:
            raise ValueError(f"mapping key {key!r} is not one of {', '.join(COLUMN_ALIASES)}")
    files, report_rows = _discover(path, tuple(ignore))
    frames: list[pd.DataFrame] = []
    for file in _maybe_progress(files, progress):
        frame, rows = _read_one(file, mapping, encoding)
        report_rows.extend(rows)
        if frame is not None:
            frames.append(frame)
    articles = _assemble(frames)
    report = pd.DataFrame(report_rows, columns=list(REPORT_COLUMNS))
    articles, report, dates_missing = _parse_dates(articles, report)
    articles, renamed = _unique_ids(articles)
    if clean:
        bodies, comparisons = clean_bodies(articles.raw_body)
        articles["body"] = pd.Series(bodies, index=articles.index, dtype=object)
        articles["title"] = articles.title.map(clean_title)
    else:
        articles["body"] = articles.raw_body
        comparisons = None
    found = pd.DataFrame(columns=["article_id", "duplicate_of", "kind", "similarity"])
    if dedupe and len(articles):
        found = find_duplicates(
            articles,
            threshold=similarity,
            within=duplicates_within,
            comparison_texts=comparisons,
        )
    originals = dict(zip(found.article_id, found.duplicate_of, strict=True))
    articles["duplicate_of"] = pd.Series(
        [originals.get(i) for i in articles.article_id], index=articles.index, dtype=object
    )
    articles["date"] = articles["date"].astype("datetime64[ns]")
    report = pd.concat(
        [df for df in (report, renamed, _duplicate_rows(articles, found)) if len(df)] or [report],
        ignore_index=True,
    )
    extras = [c for c in articles.columns if c not in ARTICLE_COLUMNS and c != "_record"]
    return Corpus(
        articles[list(ARTICLE_COLUMNS) + extras].reset_index(drop=True),
        LoadReport(
            report.astype({"record": "Int64", "articles": "Int64", "dates_unparsed": "Int64"}),
            dates_missing,
        ),
    )


def _discover(path, ignore: tuple[str, ...]) -> tuple[list[Path], list[dict]]:
    """Files to read, and report rows for the ones skipped by name."""
    if isinstance(path, str | Path):
        path = [path]
    files: list[Path] = []
    skipped: list[dict] = []
    for item in path:
        item_path = Path(item).expanduser()
        if item_path.is_file():
            files.append(item_path)
            continue
        if item_path.is_dir():
            found = _files_under(item_path)
        else:
            matches = sorted(glob.glob(str(item_path), recursive=True))
            if not matches:
                raise FileNotFoundError(f"no file or folder matches {str(item)!r}")
            found = []
            for match in map(Path, matches):
                found += _files_under(match) if match.is_dir() else [(match, Path(match.name))]
        for file, relative in found:
            pattern = next((p for p in ignore if _matches(relative, p)), None)
            if pattern is None:
                files.append(file)
            else:
                skipped.append(
                    _file_row(file, "skipped", f"not an article file (name matches {pattern!r})")
                )
    return files, skipped


def _files_under(folder: Path) -> list[tuple[Path, Path]]:
    """Every file below ``folder``, with its path relative to ``folder``."""
    return sorted((p, p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _matches(relative: Path, pattern: str) -> bool:
    """Whether a file, given by its path below the folder being loaded, matches ``pattern``.

    Only the part below the loaded folder counts, so loading ``../corpus`` or a folder inside
    a hidden directory works, while hidden folders *inside* it (``.git``,
    ``.ipynb_checkpoints``) hide everything they hold.
    """
    if fnmatch.fnmatchcase(relative.name, pattern):
        return True
    return pattern == ".*" and any(part.startswith(".") for part in relative.parts[:-1])


def _maybe_progress(files: list[Path], progress: bool | None) -> Iterable[Path]:
    if progress or (progress is None and len(files) >= _PROGRESS_FROM):
        return progress_bar(files, total=len(files), desc="reading files", unit="file")
    return files


def _file_row(file: Path, status: str, reason: str, **values: object) -> dict:
    return {"source_path": str(file), "status": status, "reason": reason, **values}


def _read_one(file: Path, mapping, encoding) -> tuple[pd.DataFrame | None, list[dict]]:
    """Read one file; return its records (with ``source_path``) and its report rows."""
    try:
        result: ReadResult = read_file(file, mapping=mapping, encoding=encoding)
    except FileProblem as problem:
        return None, [_file_row(file, problem.status, problem.reason, articles=0)]
    except OSError as exc:
        return None, [
            _file_row(file, "error", f"cannot read the file ({exc.strerror})", articles=0)
        ]
    records = result.records
    rows = [
        _file_row(file, status, reason, record=record, encoding=result.encoding)
        for record, status, reason in result.rejected
    ]
    notes = list(result.notes)
    if len(records):
        status = "loaded"
    else:
        status = "skipped"
        notes.append(f"no article with text ({len(result.rejected)} record(s) not loaded)")
    file_row = _file_row(
        file, status, "; ".join(notes), encoding=result.encoding, articles=len(records)
    )
    records = records.assign(source_path=str(file))
    return (records if len(records) else None), [file_row, *rows]


def _assemble(frames: list[pd.DataFrame]) -> pd.DataFrame:
    columns = [
        "article_id",
        "outlet",
        "date",
        "title",
        "byline",
        "raw_body",
        "url",
        "source_path",
        "_record",
    ]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    articles = pd.concat(frames, ignore_index=True, sort=False) if len(frames) > 1 else frames[0]
    for column in columns:
        if column not in articles:
            articles[column] = None
    return articles


def _parse_dates(
    articles: pd.DataFrame, report: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Parse ``date``; count per file the dates given but not understood."""
    raw = articles["date"]
    parsed = parse_dates(raw)
    given = raw.notna() & (raw.astype(str).str.strip() != "")
    unparsed = given & parsed.isna()
    articles["date"] = parsed
    counts = articles.loc[unparsed].groupby("source_path").size()
    examples = raw[unparsed].groupby(articles.source_path[unparsed]).first()
    file_rows = report.record.isna() & report.status.isin(["loaded"])
    report.loc[file_rows, "dates_unparsed"] = (
        report.loc[file_rows, "source_path"].map(counts).fillna(0).astype(int)
    )
    for source, count in counts.items():
        row = file_rows & (report.source_path == source)
        note = f"{count} date(s) not understood, e.g. {str(examples[source])[:40]!r}"
        reason = report.loc[row, "reason"].fillna("")
        report.loc[row, "reason"] = reason.where(reason == "", reason + "; ") + note
    return articles, report, int((~given).sum())


def _unique_ids(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every article a distinct id (``~2``, ``~3``... on repeats) and report renames."""
    ids = articles.article_id.astype(str)
    repeat = ids.groupby(ids).cumcount()
    rows = []
    if repeat.any():
        taken = set(ids)
        first_source = articles.source_path.groupby(ids).first()
        new_ids = ids.copy()
        for index in repeat.index[repeat > 0]:
            n = repeat[index] + 1
            while f"{ids[index]}~{n}" in taken:
                n += 1
            new_ids[index] = f"{ids[index]}~{n}"
            taken.add(new_ids[index])
            rows.append(
                {
                    "source_path": articles.source_path[index],
                    "record": articles["_record"][index],
                    "article_id": new_ids[index],
                    "status": "loaded",
                    "reason": f"article id {ids[index]!r} already used (first in "
                    f"{first_source[ids[index]]}); renamed {new_ids[index]!r}",
                }
            )
        ids = new_ids
    articles["article_id"] = ids
    return articles, pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


def _duplicate_rows(articles: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    if not len(found):
        return pd.DataFrame(columns=list(REPORT_COLUMNS))
    where = articles.set_index("article_id").loc[found.article_id, ["source_path", "_record"]]
    reason = [
        f"same text as {original!r}"
        if kind == "exact"
        else f"near duplicate of {original!r} (Jaccard {sim:.2f} on word 5-grams)"
        for original, kind, sim in zip(
            found.duplicate_of, found.kind, found.similarity, strict=True
        )
    ]
    return pd.DataFrame(
        {
            "source_path": where.source_path.to_numpy(),
            "record": where["_record"].to_numpy(),
            "article_id": found.article_id.to_numpy(),
            "status": "duplicate",
            "reason": reason,
        }
    ).reindex(columns=list(REPORT_COLUMNS))

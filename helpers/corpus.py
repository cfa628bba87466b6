"""The data layer: load articles from a folder, a file or a glob into a :class:`Corpus`.

``load_corpus(path)`` finds the files (:mod:`helpers.discovery`), reads each with
:func:`read_source` (formats and column names: see :mod:`helpers.readers`), makes one frame
of all records (:func:`articles_frame`), parses the dates (:mod:`helpers.dates`), cleans the
bodies and marks duplicates (:mod:`helpers.cleaning`). Nothing is dropped silently: every
path met, every record that did not load and every duplicate is a row of
``Corpus.report.table``; a file that breaks off keeps its complete records and is ``partial``.

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
One-article files (plain text, Markdown, a single ``<DOC>`` without ``DOCNO``) take their path
below the loaded folder without suffix (``jazeera/economy/12``; the file stem for a file
directly in it or named alone); records take their id column (``article_id``, ``docno``,
``id``...) or ``<that path>:<record number>`` (1-based; the line number for JSON Lines). An id
already used by an earlier article gets ``~2``, ``~3``... appended, and the renaming is
reported.

Folders
-------
Files in subfolders of a loaded folder carry ``folder`` (the folder parts below it); a tree
``<outlet>/<section>/<file>`` whose inner folders are news sections (:data:`NEWS_SECTIONS`)
also fills ``outlet`` and ``category``, and ``folders=("outlet", "category")`` names the
levels of any other tree.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from helpers.cleaning import Fingerprints, clean_bodies, clean_title, find_duplicates
from helpers.dates import parse_dates
from helpers.discovery import Source, discover, file_row
from helpers.progress import progress_bar
from helpers.readers import (
    COLUMN_ALIASES,
    READ_COLUMNS,
    FileProblem,
    Records,
    file_stem,
    read_file,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "NEWS_SECTIONS",
    "NOT_ARTICLES",
    "Corpus",
    "LoadReport",
    "SourceRead",
    "articles_frame",
    "load_corpus",
    "read_source",
]

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

NEWS_SECTIONS = frozenset(
    """politics economy business finance sport sports culture arts technology tech science
    health world international internationalnews middleeast region local national opinion
    society entertainment lifestyle variety news
    سياسة اقتصاد رياضة ثقافة فن فنون تكنولوجيا علوم صحة دولي عربي محلي منوعات رأي مجتمع""".split()
)
"""Folder names recognised as news sections (lower case) in ``<outlet>/<category>/`` trees."""

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

REPORT_ROWS = 10
"""Rows of problems a load report shows in a notebook; ``report.table`` holds them all."""

_PROGRESS_FROM = 200  # files; fewer load too fast to need a progress bar
_CLEAN_BATCH = 2048  # bodies cleaned between conversions to Arrow strings

# Arrow's bundled allocator (mimalloc) keeps freed blocks for reuse rather than returning
# them; a load allocates and frees a corpus' worth of text in stages (chunks of a table,
# batches of cleaned bodies), so the process would hold the sum of the stages. The system
# allocator returns what is freed: ANT's peak falls by some 80 MB.
pa.set_memory_pool(pa.system_memory_pool())


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
            return ", ".join(f"{v:,} {k}" for k, v in d.items()) or "none"

        return [
            f"{s['articles']:,} articles loaded",
            f"files: {counts(s['files'])}",
            f"records not loaded or marked: {counts(s['records'])}",
            f"dates: {s['dates_unparsed']:,} not understood (NaT), {s['dates_missing']:,} missing",
            f"encodings: {counts(s['encodings'])}",
        ]

    def __str__(self) -> str:
        lines = ["LoadReport", *(f"  {line}" for line in self._lines())]
        problems = self.problems()
        if len(problems):
            lines.append(f"  {len(problems):,} row(s) to look at:")
            for row in problems.head(20).itertuples():
                where = row.source_path + (f" #{row.record:.0f}" if pd.notna(row.record) else "")
                lines.append(f"    [{row.status}] {where}: {row.reason}")
            if len(problems) > 20:
                lines.append(f"    ... {len(problems) - 20:,} more in report.table")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self._lines())
        problems = self.problems()
        table = ""
        if len(problems):
            # a glance: the inventory page lists every row again in its own table
            shown = problems.head(REPORT_ROWS)[["source_path", "record", "status", "reason"]]
            shown = shown.astype(object).where(shown.notna(), "")  # no "<NA>" for a file's record
            more = f"<p>{len(problems) - REPORT_ROWS:,} more rows in <code>report.table</code></p>"
            table = shown.to_html(index=False) + (more if len(problems) > REPORT_ROWS else "")
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
    folders: Sequence[str] | None = None,
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
    folders : sequence of str, optional
        Column names for the folder levels below a loaded folder, outermost first
        (``("outlet", "category")`` for ``raw_data/jazeera/economy/12.txt``); they fill
        values a file does not carry itself. By default the ``<outlet>/<category>/<file>``
        layout is recognised when the inner folders are news sections (:data:`NEWS_SECTIONS`);
        ``()`` keeps only the ``folder`` column.

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
    sources, report_rows = discover(path, tuple(ignore))
    reads = []
    for source in _maybe_progress(sources, progress):
        read = read_source(source, mapping=mapping, encoding=encoding)
        report_rows.extend(read.rows)
        reads.append(read)
    articles = _with_folder_columns(articles_frame(reads), folders)
    del reads
    report = pd.DataFrame(report_rows, columns=list(REPORT_COLUMNS))
    articles, report, dates_missing = _parse_dates(articles, report)
    articles, renamed = _unique_ids(articles)
    if clean:
        articles["body"], fingerprints = _clean_in_batches(articles.raw_body, dedupe)
        articles["title"] = articles.title.map(clean_title)
    else:
        articles["body"] = articles.raw_body
        fingerprints = None
    found = pd.DataFrame(columns=["article_id", "duplicate_of", "kind", "similarity"])
    if dedupe and len(articles):
        found = find_duplicates(
            articles,
            threshold=similarity,
            within=duplicates_within,
            fingerprints=fingerprints,
        )
        del fingerprints
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


def _clean_in_batches(
    raw_bodies: pd.Series, fingerprint: bool
) -> tuple[pd.Series, Fingerprints | None]:
    """Cleaned bodies (:func:`helpers.cleaning.clean_bodies`) made Arrow strings a batch at a
    time, and the duplicate-search :class:`~helpers.cleaning.Fingerprints` of each batch's
    comparison texts: neither the corpus nor its comparison texts are held as Python strings."""
    bodies, parts = [], []
    for first in range(0, len(raw_bodies), _CLEAN_BATCH):
        cleaned, compared = clean_bodies(raw_bodies.iloc[first : first + _CLEAN_BATCH].tolist())
        bodies.append(pa.array(cleaned, pa.large_string()))
        if fingerprint:
            parts.append(Fingerprints.of(compared))
    body = pd.Series(
        pa.chunked_array(bodies, pa.large_string()), index=raw_bodies.index, dtype="str"
    )
    return body, (Fingerprints.joined(parts) if fingerprint else None)


@dataclass
class SourceRead:
    """One file read: its article records and its report rows (see :func:`read_source`)."""

    records: Records
    rows: list[dict]


def read_source(
    source: Source | str | Path,
    *,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
) -> SourceRead:
    """Read one file into article records plus the report rows that account for it.

    The unit of work of a load, safe to map over files in parallel (:mod:`helpers.scale`):
    it never raises for a bad file. Whatever goes wrong inside a reader, including an
    unexpected exception, becomes an ``error`` row naming the file. Records carry
    ``source_path`` and, for a file in a subfolder of the loaded folder, ``folder`` (the
    folder parts below it, ``"jazeera/economy"``). Their ids default to the path below the
    loaded folder without suffix (``jazeera/economy/12``), so files with one name in two
    folders keep distinct ids. :func:`articles_frame` makes one frame of many reads.

    ``source`` is what :func:`helpers.discovery.discover` found, or a bare path to one file
    (checked the same way: a FIFO or a dangling link is reported, never opened).
    """
    if not isinstance(source, Source):  # a bare path has not been through discovery
        try:
            sources, rows = discover(source, ())
        except FileNotFoundError:
            sources, rows = [], [file_row(source, "error", "no such file")]
        if not sources:
            return SourceRead([], [{**row, "articles": 0} for row in rows])
        source = sources[0]
    file = source.path
    try:
        result = read_file(
            file, mapping=mapping, encoding=encoding, stem=file_stem(source.relative.as_posix())
        )
    except FileProblem as problem:
        return SourceRead([], [file_row(file, problem.status, problem.reason, articles=0)])
    except OSError as exc:
        reason = f"cannot read the file ({exc.strerror or exc})"
        return SourceRead([], [file_row(file, "error", reason, articles=0)])
    except Exception as exc:  # noqa: BLE001 - one bad file must not abort the load
        reason = f"the reader failed ({type(exc).__name__}: {exc})"
        return SourceRead([], [file_row(file, "error", reason, articles=0)])
    records = result.records
    rows = [
        file_row(file, status, reason, record=record, encoding=result.encoding)
        for record, status, reason in result.rejected
    ]
    count = len(records)
    notes = list(result.notes)
    if result.damage:
        status = "partial"
        notes.insert(0, f"{result.damage}; kept the {count} complete record(s) before it")
    elif count:
        status = "loaded"
    else:
        status = "skipped"
        notes.append(f"no article with text ({len(result.rejected)} record(s) not loaded)")
    file_row_ = file_row(file, status, "; ".join(notes), encoding=result.encoding, articles=count)
    folder = source.relative.parent.as_posix()
    extra = {"source_path": str(file), **({"folder": folder} if folder != "." else {})}
    if isinstance(records, pd.DataFrame):
        records = records.assign(**extra)
    else:
        for record in records:
            record.update(extra)
    return SourceRead(records, [file_row_, *rows])


def articles_frame(reads: Iterable[SourceRead]) -> pd.DataFrame:
    """One frame of the records of many reads, made once; text in Arrow-backed strings.

    Dict records (one-article files, JSON, TREC) become frames in as few steps as the order
    of the files allows (one for a folder of text files); table records are concatenated
    between them. Every column read from files by :func:`read_source`
    exists, missing values included. Each read's ``records`` are emptied as they are taken:
    the frame holds the text now, and keeping both would hold the corpus twice.
    """
    dicts: list[dict] = []
    frames: list[pd.DataFrame] = []
    for read in reads:
        if isinstance(read.records, pd.DataFrame):
            if dicts:  # keep the files' order: the dicts read so far come first
                frames.append(pd.DataFrame.from_records(dicts))
                dicts = []
            frames.append(read.records)
        else:
            dicts.extend(read.records)
        read.records = []
    if dicts:
        frames.append(pd.DataFrame.from_records(dicts))
    del dicts
    columns = [*READ_COLUMNS, "source_path", "_record"]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    articles = pd.concat(frames, ignore_index=True, sort=False) if len(frames) > 1 else frames[0]
    for column in columns:
        if column not in articles:
            articles[column] = None
    return _compact_text(articles)


def _compact_text(articles: pd.DataFrame) -> pd.DataFrame:
    """Hold every all-text column in Arrow-backed strings (UTF-8 buffers, no object per value).

    Arabic text costs about two bytes a letter in UTF-8 against two to four in Python
    objects plus some 50 bytes of header per value; the bodies dominate a corpus' memory.
    """
    for column in articles.columns:
        values = articles[column]
        if column == "_record" or values.dtype != object:
            continue
        present = values.dropna()
        if len(present) and present.map(type).eq(str).all():
            articles[column] = values.astype("str")
    return articles


def _with_folder_columns(articles: pd.DataFrame, folders: Sequence[str] | None) -> pd.DataFrame:
    """Fill metadata columns from the folder parts below the loaded folder.

    ``folders`` names the folder levels (``("outlet", "category")``); by default the
    recognised layout ``<outlet>/<category>/<file>`` (every article two folders deep and the
    inner folder names news sections such as ``economy`` or ``sport``) names them. A value
    the file itself carries wins; the folder only fills what is missing.
    """
    if "folder" not in articles:
        return articles
    parts = articles["folder"].fillna("").str.split("/")
    if folders is None:
        folders = _recognised_layout(parts[articles["folder"].notna()])
    for level, name in enumerate(folders):
        if not name:
            continue
        values = parts.map(lambda p, i=level: p[i] if len(p) > i and p[i] else None)
        values = values.astype("str")
        articles[name] = articles[name].fillna(values) if name in articles else values
    return articles


def _recognised_layout(parts: pd.Series) -> tuple[str, ...]:
    """``("outlet", "category")`` for the ``<outlet>/<category>/<file>`` layout, else ``()``.

    ``parts`` are the folder parts of the articles in subfolders (files directly in the loaded
    folder, such as a feed beside the tree, do not count against the layout).
    """
    if not len(parts) or not parts.map(len).eq(2).all():
        return ()
    sections = {p[1].strip().lower() for p in parts}
    known = sum(name in NEWS_SECTIONS for name in sections)
    return ("outlet", "category") if known * 2 >= len(sections) else ()


def _maybe_progress(files: list[Source], progress: bool | None) -> Iterable[Source]:
    if progress or (progress is None and len(files) >= _PROGRESS_FROM):
        return progress_bar(files, total=len(files), desc="reading files", unit="file")
    return files


def _parse_dates(
    articles: pd.DataFrame, report: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Parse ``date``; count per file the dates given but not understood."""
    raw = articles["date"]
    parsed = parse_dates(raw)
    given = raw.notna() & (raw.astype(str).str.strip() != "")
    unparsed = given & parsed.isna()
    articles["date"] = parsed
    sources = articles.source_path[unparsed]  # one column: a row selection copies them all
    counts = sources.value_counts(sort=False)
    examples = raw[unparsed].groupby(sources).first()
    file_rows = report.record.isna() & report.status.isin(["loaded", "partial"])
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

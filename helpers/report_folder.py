"""The report folder: one run at a time, built aside, moved into place only when complete.

The folder belongs to the user. A run

- takes a lock on it (a second run into the same folder is refused with a clear message);
- refuses a folder holding files that no run of the collection wrote, unless told to go
  ahead, and then leaves them untouched;
- builds its pages and tables in a private build folder inside it, and moves them into place
  only when every notebook is done (an interrupted run leaves the folder as it was);
- replaces only what it writes: pages of notebooks it did not run stay, with the run that
  made them, and a notebook's tables from an earlier run go only when it runs again;
- records every page it placed in a manifest (``.helpers-run.json``) and writes
  ``index.html`` from it, so the index always describes exactly the pages beside it.
"""

from __future__ import annotations

import fcntl
import html
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from helpers.display import isolated

__all__ = ["PageRecord", "ReportFolder", "ReportFolderError", "index_page"]

LOCK_NAME = ".helpers-run.lock"
MANIFEST_NAME = ".helpers-run.json"
BUILD_PREFIX = ".helpers-build-"
INDEX_NAME = "index.html"
_MANIFEST_FORMAT = 1


class ReportFolderError(RuntimeError):
    """The folder cannot take this run (in use, or holding files that are not ours)."""


@dataclass(frozen=True)
class PageRecord:
    """One notebook's entry in the index: its page and tables (relative paths) and its run.

    ``run`` identifies the run (its start time); ``settings`` are the command-line parameters
    this notebook declares.
    """

    notebook: str
    title: str
    status: str
    ok: bool
    seconds: float
    corpus: str
    run: str
    settings: dict = field(default_factory=dict)
    page: str | None = None
    tables: list[str] = field(default_factory=list)
    cpu_seconds: float | None = None  # the CPU time of its kernel during the page

    @property
    def files(self) -> list[str]:
        """The files this entry stands for, relative to the report folder."""
        return ([self.page] if self.page else []) + list(self.tables)


class ReportFolder:
    """The output folder of one run (a context manager holding its lock and build folder).

    >>> with ReportFolder(Path("reports")) as folder:  # doctest: +SKIP
    ...     ...  # write pages and tables under folder.build
    ...     folder.commit(records)
    """

    def __init__(self, path: Path, *, allow_other_files: bool = False) -> None:
        self.path = Path(path).expanduser().resolve()
        self.allow_other_files = allow_other_files
        self.build: Path = self.path / BUILD_PREFIX
        self._lock: int | None = None
        self._created = False
        self._committed = False
        self._others: list[Path] = []

    def __enter__(self) -> ReportFolder:
        self._created = not self.path.exists()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:  # a file of that name, no permission, a read-only disk...
            raise ReportFolderError(
                f"cannot write the report into {self.path}: {error.strerror}"
            ) from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._lock, 64, 0).decode(errors="replace").strip() or "?"
            self._release()
            raise ReportFolderError(
                f"{self.path} is in use by another run (process {holder}); wait for it to "
                "finish or choose another --out"
            ) from None
        try:
            os.ftruncate(self._lock, 0)
            os.pwrite(self._lock, str(os.getpid()).encode(), 0)
            for stale in self.path.glob(BUILD_PREFIX + "*"):  # a killed run's; we hold the lock
                shutil.rmtree(stale, ignore_errors=True)
            self._refuse_other_files()
            self.build = Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=self.path))
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        shutil.rmtree(self.build, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock is None:
            return
        if not self._committed and not (self.path / MANIFEST_NAME).exists():
            (self.path / LOCK_NAME).unlink(missing_ok=True)  # no run ever wrote here: no trace
            if self._created and not any(self.path.iterdir()):
                self.path.rmdir()
        os.close(self._lock)  # closing drops the flock
        self._lock = None

    def records(self) -> list[PageRecord]:
        """The entries of the manifest whose files are all still in the folder."""
        manifest = self.path / MANIFEST_NAME
        if not manifest.is_file():
            return []
        try:
            stored = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
            records = [PageRecord(**entry) for entry in stored]
        except (ValueError, KeyError, TypeError):
            return []
        return [r for r in records if all((self.path / f).is_file() for f in r.files)]

    def other_files(self) -> list[Path]:
        """Files in the folder that no run wrote (the manifest does not know them)."""
        ours = {f for record in self.records() for f in record.files} | {LOCK_NAME}
        if (self.path / MANIFEST_NAME).is_file():
            ours |= {MANIFEST_NAME, INDEX_NAME}
        found = []
        for path in sorted(self.path.rglob("*")):
            relative = path.relative_to(self.path)
            if relative.parts[0].startswith(BUILD_PREFIX) or path.is_dir():
                continue
            if relative.as_posix() not in ours:
                found.append(relative)
        return found

    def _refuse_other_files(self) -> None:
        others = self._others = self.other_files()
        if others and not self.allow_other_files:
            shown = ", ".join(p.as_posix() for p in others[:3])
            more = f" and {len(others) - 3} more" if len(others) > 3 else ""
            raise ReportFolderError(
                f"{self.path} holds {len(others)} file(s) that no run of this collection "
                f"wrote ({shown}{more}); choose an empty or new folder, or pass "
                "--allow-other-files to write beside them (they are left untouched)"
            )

    def commit(self, records: Iterable[PageRecord]) -> Path:
        """Move this run's pages and tables from the build folder into place; write the index.

        ``records`` name files relative to the build folder (and, once moved, to the report
        folder). Earlier entries for the same notebooks are replaced, and their files that
        this run did not write again are removed; every other file stays, and a run that would
        overwrite one is refused. Signals wait until the folder is consistent again.
        """
        records = list(records)
        writes = {name for record in records for name in record.files} | {INDEX_NAME}
        clashes = sorted(p.as_posix() for p in self._others if p.as_posix() in writes)
        if clashes:
            raise ReportFolderError(
                f"the report would replace file(s) in {self.path} that no run wrote "
                f"({', '.join(clashes)}); move them away or choose another --out"
            )
        with _signals_deferred():
            earlier = {r.notebook: r for r in self.records()}
            for record in records:
                for name in record.files:
                    target = self.path / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(self.build / name, target)
                previous = earlier.pop(record.notebook, None)
                for name in set(previous.files if previous else []) - set(record.files):
                    (self.path / name).unlink(missing_ok=True)
                    _remove_empty_parents(self.path / name, self.path)
            kept = sorted([*earlier.values(), *records], key=lambda r: r.notebook)
            _write_atomic(
                self.path / MANIFEST_NAME,
                json.dumps(
                    {"format": _MANIFEST_FORMAT, "pages": [asdict(r) for r in kept]},
                    ensure_ascii=False,
                    indent=1,
                ),
            )
            index = self.path / INDEX_NAME
            _write_atomic(index, index_page(kept))
            self._committed = True
        return index


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _remove_empty_parents(path: Path, top: Path) -> None:
    """Remove the folders above ``path`` that are left empty, up to (not including) ``top``."""
    for parent in path.parents:
        if parent == top or any(parent.iterdir()):
            return
        parent.rmdir()


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done (they are delivered right after)."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def index_page(records: list[PageRecord]) -> str:
    """The index: one row per page with its status, time and CSV tables, and the run behind it.

    When the pages come from runs on different corpora or settings (a subset re-run), each row
    names its own, and a note above the table says so.
    """
    runs = {r.run for r in records}
    rows = [_index_row(record, show_run=len(runs) > 1) for record in records]
    if len(runs) == 1:
        corpus_code = f"<code>{isolated(records[0].corpus)}</code>"
        settings = {name: v for r in records for name, v in r.settings.items()}
        header = f"<p>Corpus: {corpus_code}{_settings(settings)}</p>"
    elif runs:
        header = (
            '<p class="mixed">These pages come from different runs: each row names the '
            "corpus, settings and time of its own.</p>"
        )
    else:
        header = "<p>No pages yet.</p>"
    run_heads = "<th>Corpus and settings</th>" if len(runs) > 1 else ""
    return INDEX_PAGE.format(header=header, run_heads=run_heads, rows="\n".join(rows))


def _settings(settings: dict, lead: str = "; ") -> str:
    """The command-line parameters behind a page, as ``lead`` + ``settings: k = 6, ...``."""
    if not settings:
        return ""
    given = ", ".join(f"{name} = {value!r}" for name, value in settings.items())
    return f'{lead}settings: <code dir="auto">{html.escape(given)}</code>'


def _status_class(record: PageRecord) -> str:
    if not record.ok:
        return "failed"
    return "ok" if record.page else "skipped"


def _index_row(record: PageRecord, *, show_run: bool) -> str:
    title = html.escape(record.title)
    name = (
        f'<a href="{html.escape(record.page)}" dir="auto">{title}</a>'
        if record.page
        else f'<span dir="auto">{title}</span>'
    )
    tables = " ".join(
        f'<a href="{html.escape(table)}">{html.escape(Path(table).name)}</a>'
        for table in record.tables
    )
    run = (
        f"<td><code>{isolated(record.corpus)}</code>"
        f"{_settings(record.settings, lead='<br>')}"
        f"<br>run {html.escape(record.run.replace('T', ' '))}</td>"
        if show_run
        else ""
    )
    return (
        "<tr>"
        f"<td>{name}</td>"
        f"<td>{html.escape(record.notebook)}</td>"
        f'<td class="{_status_class(record)}">{html.escape(record.status)}</td>'
        f"<td>{record.seconds:.1f}</td>"
        f"<td>{tables or '&mdash;'}</td>"
        f"{run}"
        "</tr>"
    )


INDEX_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Arabic news notebooks: report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.4rem 0.6rem; text-align: left; }}
td.failed, p.mixed {{ color: #b00020; font-weight: bold; }}
td.skipped {{ color: #6b5900; }}
code {{ background: #f4f4f4; padding: 0 0.2rem; }}
</style>
</head>
<body>
<h1>Arabic news notebooks: report</h1>
{header}
<table>
<thead><tr><th>Notebook</th><th>File</th><th>Status</th><th>Seconds</th>
<th>Key tables (CSV)</th>{run_heads}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""

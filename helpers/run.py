"""Execute the notebook collection on a corpus and write the HTML report.

Every notebook in ``notebooks/`` named ``NN_*.ipynb`` starts with a code cell tagged
``parameters``. The runner copies each notebook, inserts a cell tagged ``injected-parameters``
right after that cell (the papermill convention) which sets ``corpus_path``,
``corpus_snapshot``, ``tables_dir`` and any parameter given on the command line, executes it
with :mod:`nbclient` in a fresh kernel whose working folder is the notebook's own, and exports
it to one self-contained HTML page. An ``index.html`` links the pages and the key tables the
notebooks wrote as CSV.

One run, in order: load the corpus once and check it (:mod:`helpers.preflight`); snapshot it
for the notebooks (:mod:`helpers.snapshot`); run each notebook into a private build folder;
move the finished report into place (:mod:`helpers.report_folder`). Progress goes to the
terminal (:mod:`helpers.run_progress`), never into a page.

Report pages hide the code: the story is told by the markdown cells and the outputs, and the
code is a few calls into ``helpers`` that a reader finds in the notebook itself.

A failing cell does not stop the collection: the failed notebook is still exported (its page
shows the traceback) and the remaining notebooks run; the result names every notebook and cell
that failed, and ``python -m helpers run`` exits non-zero.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import math
import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_event_loop, run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter
from nbformat import NotebookNode

from helpers.analysis import SchedulerUnreachable, close_scheduler, connect_scheduler
from helpers.corpus import Corpus, load_corpus
from helpers.notebook_parameters import (
    INJECTED_TAG,
    NOTEBOOKS_DIR,
    declared_parameters,
    discover_notebooks,
    inject_parameters,
    notebook_title,
    notebook_weight,
    parameters_cell_index,
    parse_parameter_value,
    tagged_cell,
)
from helpers.page_sections import shown_sections
from helpers.preflight import check_corpus, notebook_needs
from helpers.progress import PROGRESS_ENV
from helpers.report_folder import PageRecord, ReportFolder, ReportFolderError
from helpers.run_pool import KERNELS, run_side_by_side
from helpers.run_progress import Progress, TerminalProgress, strip_progress_bars
from helpers.snapshot import write_snapshot

if TYPE_CHECKING:
    import helpers.scale as scale

__all__ = [
    "NOTEBOOKS_DIR",
    "CellFailure",
    "NotebookResult",
    "RunInterrupted",
    "RunRefused",
    "RunResult",
    "cell_timeout",
    "declared_parameters",
    "discover_notebooks",
    "execute_notebook",
    "export_html",
    "inject_parameters",
    "notebook_title",
    "parameters_cell_index",
    "parse_parameter_value",
    "run_collection",
    "run_notebook",
]

KERNEL_NAME = "python3"
NOTEBOOK_ENV = "HELPERS_NOTEBOOK"
"""Environment variable naming the notebook a kernel of the runner executes."""
TEMPLATE_DIR = Path(__file__).resolve().parent / "data"
TEMPLATE_FILE = "report.html.j2"


@dataclass(frozen=True)
class CellFailure:
    """Where and why a notebook stopped.

    ``cell_number`` counts the cells of the notebook file from 1, markdown cells included, so it
    matches what a reader counts in JupyterLab (the injected cell is not counted).
    """

    cell_number: int
    first_line: str
    ename: str
    evalue: str

    def __str__(self) -> str:
        return f"cell {self.cell_number} ({self.first_line!r}): {self.ename}: {self.evalue}"


@dataclass(frozen=True)
class NotebookResult:
    """One executed notebook: its page, the CSV tables it wrote, and how it ended."""

    notebook: Path
    title: str
    html: Path
    tables: list[Path]
    seconds: float
    failure: CellFailure | None = None

    @property
    def ok(self) -> bool:
        """True when every cell ran without error."""
        return self.failure is None

    def describe_failure(self) -> str:
        """One line naming the notebook and the failed cell (empty when the notebook ran)."""
        return "" if self.ok else f"{self.notebook.name} failed at {self.failure}"


@dataclass(frozen=True)
class RunResult:
    """The whole collection: one result per executed notebook, in run order, the index page,
    and the notebooks the corpus could not feed (stem -> reason)."""

    corpus: Path
    index: Path
    notebooks: list[NotebookResult] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def failures(self) -> list[NotebookResult]:
        """The notebooks that stopped at a failing cell."""
        return [result for result in self.notebooks if not result.ok]


def execute_notebook(
    nb: NotebookNode,
    cwd: Path,
    *,
    timeout: int | None = 600,
    progress: Progress | None = None,
    name: str = "",
) -> CellFailure | None:
    """Run every cell of ``nb`` in place (outputs stored in it) in a fresh kernel in ``cwd``.

    Parameters
    ----------
    nb
        A notebook with its parameters already injected (see :func:`inject_parameters`).
    cwd
        The kernel's working folder; the notebook's own folder, so relative defaults resolve.
    timeout
        Seconds one cell may run before it counts as failed; None for no limit.
    progress
        Told when each cell starts.
    name
        The notebook's name, in the kernel's environment as ``HELPERS_NOTEBOOK`` (so a process
        list, or ``benchmarks/report_bench.py``, tells which kernel runs which page).

    Returns
    -------
    CellFailure or None
        The first failing cell, numbered as in the notebook file before injection.
    """
    injected_at = tagged_cell(nb, INJECTED_TAG)
    # The kernel talks over local sockets in a private folder instead of TCP ports: nothing
    # listens on the network, and ipykernel has no unencrypted-TCP warning to print. Its
    # connection file lives there too, so whatever ends the run, removing the folder leaves
    # nothing behind.
    with tempfile.TemporaryDirectory(prefix="helpers-kernel-") as sockets:
        kernel = AsyncKernelManager(
            kernel_name=KERNEL_NAME,
            transport="ipc",
            ip=str(Path(sockets) / "kernel"),
            connection_file=str(Path(sockets) / "kernel.json"),
        )
        client = NotebookClient(
            nb, km=kernel, timeout=timeout, resources={"metadata": {"path": str(cwd)}}
        )
        dropped: list[asyncio.Task] = []
        try:
            # Progress bars belong to this terminal, not to the pages (see helpers.progress).
            with (
                KERNELS.running(kernel),
                client.setup_kernel(env={**os.environ, PROGRESS_ENV: "off", NOTEBOOK_ENV: name}),
            ):
                try:
                    for index, cell in enumerate(nb.cells):
                        KERNELS.check()  # a run of notebooks side by side is being stopped
                        if progress is not None:
                            progress.cell(
                                _file_number(index, injected_at),
                                len(nb.cells) - (injected_at is not None),
                                _first_line(cell),
                            )
                        try:
                            client.execute_cell(cell, index)
                        except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
                            KERNELS.check()  # its kernel was stopped: no failure, a stop
                            return _failure(nb, index, injected_at, error)
                except BaseException:
                    dropped += _drop_pending_tasks()
                    raise
        except BaseException:
            dropped += _drop_pending_tasks()
            raise
        finally:  # a kernel manager we pass in is ours to stop, not the client's
            if kernel.has_kernel:
                run_sync(kernel.shutdown_kernel)(now=True)
            for task in dropped:  # their errors are the interruption's, already on its way
                if task.done() and not task.cancelled():
                    task.exception()
    return None


def _drop_pending_tasks() -> list[asyncio.Task]:
    """Cancel what an interrupted cell left in the event loop the kernel client runs on.

    A signal stops a cell while nbclient still has tasks queued, one of which waits for the
    cell's reply with no time limit; the loop runs again to stop the kernel, and would start
    that wait first and never return. Returns the cancelled tasks.
    """
    tasks = list(asyncio.all_tasks(ensure_event_loop()))
    for task in tasks:
        task.cancel()
    return tasks


def _file_number(index: int, injected_at: int | None) -> int:
    """The number (from 1) in the notebook file of executed cell ``index``."""
    return index + 1 if injected_at is None or index < injected_at else index


def _first_line(cell: NotebookNode) -> str:
    """The first non-blank line of a cell, stripped: how a reader recognises it."""
    return next((line.strip() for line in cell.source.splitlines() if line.strip()), "")


def _failure(
    nb: NotebookNode, index: int, injected_at: int | None, error: Exception
) -> CellFailure:
    """Describe the error of executed cell ``index`` in terms of the original notebook's cells."""
    number = _file_number(index, injected_at)
    first_line = _first_line(nb.cells[index])
    ename = getattr(error, "ename", None) or type(error).__name__
    evalue = getattr(error, "evalue", None) or str(error).strip().splitlines()[-1]
    return CellFailure(number, first_line, ename, evalue)


def export_html(nb: NotebookNode, destination: Path, title: str) -> Path:
    """Write ``nb`` as one self-contained HTML page (figures inline, no code, no CDN scripts)."""
    exporter = HTMLExporter(
        template_name="lab",
        extra_template_paths=[str(TEMPLATE_DIR)],
        template_file=TEMPLATE_FILE,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(page, encoding="utf-8")
    return destination


def cell_timeout(articles: int) -> int:
    """Seconds one cell may run on a corpus of ``articles``: grows with the corpus.

    Ten minutes, plus 0.06 s per article: on ANT (31,525 articles) 41 minutes per cell, six
    times its slowest cell on a busy machine (the topic stability check, 413 s), and the limit
    grows with the corpus as the work does, so no corpus fails by its size alone while a cell
    that hangs is still stopped.
    """
    return BASE_TIMEOUT + math.ceil(SECONDS_PER_ARTICLE * articles)


BASE_TIMEOUT = 600
SECONDS_PER_ARTICLE = 0.06


def run_notebook(
    path: Path,
    build: Path,
    parameters: Mapping[str, Any],
    *,
    timeout: int | None = 600,
    progress: Progress | None = None,
) -> NotebookResult:
    """Execute one notebook with ``parameters`` and export it to ``build/<stem>.html``.

    The notebook gets ``tables_dir = build/tables/<stem>`` on top of ``parameters``; the CSV
    files it leaves there are the key tables listed in the index.
    """
    nb = nbformat.read(path, as_version=4)
    title = notebook_title(nb, default=path.stem)
    tables_dir = build / "tables" / path.stem
    tables_dir.mkdir(parents=True, exist_ok=True)
    executed = inject_parameters(nb, {**parameters, "tables_dir": str(tables_dir)})
    started = time.perf_counter()
    failure = execute_notebook(
        executed, path.parent, timeout=timeout, progress=progress, name=path.stem
    )
    seconds = time.perf_counter() - started
    shown = shown_sections(strip_progress_bars(executed))  # no heading over nothing
    page = export_html(shown, build / f"{path.stem}.html", title)
    tables = sorted(tables_dir.glob("*.csv"))
    return NotebookResult(path, title, page, tables, seconds, failure)


class RunRefused(ValueError):
    """The run cannot start: the corpus holds nothing to analyse, or the folder is not free."""


class RunInterrupted(KeyboardInterrupt):
    """A signal stopped the run; the report folder is as it was before the run."""

    def __init__(self, out: Path, finished: list[str], where: str) -> None:
        super().__init__(out, finished, where)
        self.out = out
        self.finished = finished
        self.where = where

    def __str__(self) -> str:
        done = ", ".join(self.finished) or "no notebook"
        return (
            f"interrupted {self.where} ({done} had finished); {self.out} is unchanged: a report "
            "is moved there only when its run completes"
        )


RUNNER_PARAMETERS = ("corpus_path", "corpus_snapshot", "tables_dir", "scheduler")
"""Parameters the runner sets itself; ``-p`` may not set them (``--corpus`` is the one source)."""


def run_collection(
    corpus: Path | str,
    out: Path | str,
    *,
    parameters: Mapping[str, Any] | None = None,
    notebooks: Iterable[Path] | None = None,
    timeout: int | None | str = "auto",
    progress: Progress | bool = True,
    allow_other_files: bool = False,
    scheduler: str | None = None,
    jobs: int = 1,
) -> RunResult:
    """Execute every notebook on ``corpus`` and write the HTML pages, CSV tables and index.

    The corpus is loaded once: the runner checks it (no articles stops the run; notebooks that
    need Arabic text or enough articles for topics are skipped with the reason) and hands every
    notebook the same loaded corpus as a snapshot (:mod:`helpers.snapshot`). Pages are built
    aside and moved into ``out`` when all are done (:class:`~helpers.report_folder.ReportFolder`).

    Parameters
    ----------
    corpus
        What ``load_corpus`` reads (a folder, a file or a glob); passed to every notebook as
        ``corpus_path``, made absolute since the notebooks run in their own folder.
    out
        Folder for ``index.html``, one ``<notebook>.html`` per notebook and ``tables/``.
    parameters
        Further notebook parameters (e.g. ``{"k": 6}``), injected into every notebook.
    notebooks
        The notebooks to run; default every ``NN_*.ipynb`` in ``notebooks/``.
    timeout
        Seconds one cell may run; ``"auto"`` grows with the corpus (:func:`cell_timeout`),
        None waits for ever.
    progress
        A :class:`~helpers.run_progress.Progress`, or True for the terminal, False for none.
    allow_other_files
        Write into ``out`` even when it holds files no run wrote (they are left alone).
    scheduler
        None: the notebooks analyse the corpus in memory. ``"local:N"`` or
        ``"tcp://HOST:PORT"``: the corpus is loaded once on that Dask cluster into a store of
        Parquet partitions (the snapshot), and every notebook gets the cluster's address as its
        ``scheduler`` parameter (:mod:`helpers.analysis`).
    jobs
        Notebooks run at once after the load (:mod:`helpers.run_pool`): 2 takes about half
        the time on two cores, and holds two kernels in memory.

    Raises
    ------
    ValueError
        A notebook has no ``parameters`` cell, a parameter is declared by no notebook (most
        likely a typo) or is one the runner sets, or ``scheduler`` names no scheduler;
        :class:`RunRefused` when the corpus has no articles, ``out`` is in use or holds other
        files, or no scheduler answers at ``scheduler``.
    RunInterrupted
        On SIGINT (Ctrl-C) and, when the command line installed its handler, SIGTERM.
    """
    corpus_path = str(Path(corpus).expanduser().resolve())
    if Path(corpus_path).is_dir() and Path(out).expanduser().resolve().is_relative_to(corpus_path):
        raise RunRefused(
            f"the report folder {out} is inside the corpus folder {corpus_path}: its tables "
            "would be read as articles by the next run; choose an --out outside it"
        )
    paths = list(notebooks) if notebooks is not None else discover_notebooks()
    extra = dict(parameters or {})
    _check_parameters(paths, extra)
    if not isinstance(progress, Progress):
        progress = TerminalProgress() if progress else Progress()
    folder = ReportFolder(Path(out), allow_other_files=allow_other_files)
    try:
        client = connect_scheduler(scheduler) if scheduler else None
    except SchedulerUnreachable as error:
        raise RunRefused(str(error)) from None
    run = _Run(corpus_path, extra)
    finished: list[str] = []
    where, index = "while loading the corpus", None
    try:
        with folder:
            progress.stage(f"loading {corpus_path}" + (f" on {scheduler}" if client else ""))
            loaded = _load_once(corpus_path, folder.build, client)
            check = check_corpus(loaded, corpus_path, *_notebook_needs(paths, extra))
            if check.stop:
                raise RunRefused(check.stop)
            if client is None:
                progress.stage("writing the corpus snapshot for the notebooks")
                snapshot = write_snapshot(loaded, folder.build / "corpus.snapshot", corpus_path)
                runner_set = {"corpus_path": corpus_path, "corpus_snapshot": str(snapshot)}
            else:  # the loader's store of partitions is the notebooks' snapshot
                runner_set = {"corpus_path": corpus_path, "corpus_snapshot": str(loaded.store),
                              "scheduler": client.scheduler.address}  # fmt: skip
            del loaded
            seconds = cell_timeout(check.articles) if timeout == "auto" else timeout

            def step(position: int, path: Path) -> tuple[PageRecord, NotebookResult | None]:
                progress.notebook(position, len(paths), path.stem)
                if path.stem in check.skipped:
                    progress.finished(f"{path.stem}: skipped: {check.skipped[path.stem]}")
                    return _skipped_record(path, check.skipped[path.stem], run), None
                result = run_notebook(
                    path, folder.build, {**runner_set, **extra}, timeout=seconds, progress=progress
                )
                progress.finished(
                    f"{path.stem}: ran in {result.seconds:.0f} s"
                    if result.ok
                    else result.describe_failure()
                )
                return _record(result, folder.build, run), result

            steps = [
                (path.stem, functools.partial(step, position, path))
                for position, path in enumerate(paths, start=1)
            ]
            running: list[str] = []
            try:
                weights = [notebook_weight(nbformat.read(p, as_version=4)) for p in paths]
                outcomes = run_side_by_side(steps, jobs, running, finished, weights)
            except KeyboardInterrupt:
                where = f"during {', '.join(sorted(running))}"
                raise
            records = [record for record, _ in outcomes]
            results = [result for _, result in outcomes if result is not None]
            where = "before the report was moved into place"
            progress.stage("moving the report into place")
            index = folder.commit(records)
    except ReportFolderError as error:
        raise RunRefused(str(error)) from None
    except KeyboardInterrupt:
        if index is None:  # a signal held during the commit arrives after it: the run is done
            raise RunInterrupted(folder.path, finished, where) from None
    finally:
        progress.close()
        if client is not None:
            close_scheduler(scheduler)
    placed = [_placed(result, folder.build, folder.path) for result in results]
    skipped = {stem: reason for stem, reason in check.skipped.items() if stem in finished}
    return RunResult(Path(corpus_path), index, placed, skipped)


def _load_once(corpus_path: str, build: Path, client) -> Corpus | scale.DistributedCorpus:
    """The run's one load: in memory, or on the cluster of ``client`` into a store in
    ``build`` that the notebooks reopen."""
    if client is None:
        return load_corpus(corpus_path)
    import helpers.scale as scale  # Dask only for a run on a cluster

    return scale.load_corpus(corpus_path, client, store=build / "corpus.store")


@dataclass(frozen=True)
class _Run:
    """What every index entry of one run shares: its corpus, start time and parameters."""

    corpus: str
    parameters: Mapping[str, Any]
    started: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    def settings_of(self, notebook: Path) -> dict[str, Any]:
        """The given parameters that ``notebook`` declares (the ones that shaped its page)."""
        declared = declared_parameters(nbformat.read(notebook, as_version=4))
        return {name: value for name, value in self.parameters.items() if name in declared}


def _notebook_needs(
    paths: list[Path], parameters: Mapping[str, Any]
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Each notebook's declared needs, and the ``k`` topics it will fit."""
    needs, topics = {}, {}
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        needs[path.stem] = notebook_needs(nb.metadata)
        k = parameters.get("k", declared_parameters(nb).get("k"))
        if isinstance(k, int):  # else left open (None: fitted), and FEWEST_TOPICS applies
            topics[path.stem] = k
    return needs, topics


def _record(result: NotebookResult, build: Path, run: _Run) -> PageRecord:
    """The index entry of an executed notebook (paths relative to the build folder)."""
    return PageRecord(
        notebook=result.notebook.name,
        title=result.title,
        status="ran" if result.ok else f"FAILED at {result.failure}",
        ok=result.ok,
        seconds=round(result.seconds, 1),
        corpus=run.corpus,
        run=run.started,
        settings=run.settings_of(result.notebook),
        page=result.html.relative_to(build).as_posix(),
        tables=[table.relative_to(build).as_posix() for table in result.tables],
    )


def _skipped_record(path: Path, reason: str, run: _Run) -> PageRecord:
    """The index entry of a notebook the corpus cannot feed: no page, the reason instead."""
    title = notebook_title(nbformat.read(path, as_version=4), default=path.stem)
    return PageRecord(
        notebook=path.name,
        title=title,
        status=f"skipped: {reason}",
        ok=True,
        seconds=0.0,
        corpus=run.corpus,
        run=run.started,
        settings=run.settings_of(path),
    )


def _placed(result: NotebookResult, build: Path, out: Path) -> NotebookResult:
    """``result`` with its page and tables where the commit moved them."""
    return dataclasses.replace(
        result,
        html=out / result.html.relative_to(build),
        tables=[out / table.relative_to(build) for table in result.tables],
    )


def _check_parameters(paths: list[Path], parameters: Mapping[str, Any]) -> None:
    """Refuse a parameter no notebook declares or the runner sets, and notebooks without one."""
    owned = sorted(set(parameters) & set(RUNNER_PARAMETERS))
    if owned:
        raise ValueError(
            f"parameter(s) {', '.join(owned)} are set by the runner: give the corpus with "
            "--corpus (the report then names the corpus it analysed), the folder with --out "
            "and a Dask cluster with --scheduler"
        )
    declared: set[str] = set()
    for path in paths:
        try:
            declared |= declared_parameters(nbformat.read(path, as_version=4)).keys()
        except ValueError as error:
            raise ValueError(f"{path.name}: {error}") from error
    unknown = sorted(set(parameters) - declared)
    if unknown:
        raise ValueError(
            f"parameter(s) {', '.join(unknown)} declared by no notebook "
            f"(declared: {', '.join(sorted(declared - set(RUNNER_PARAMETERS)))})"
        )

"""Execute the notebook collection on a corpus and write the HTML report.

Every notebook in ``notebooks/`` named ``NN_*.ipynb`` starts with a code cell tagged
``parameters``. The runner copies each notebook, inserts a cell tagged ``injected-parameters``
right after that cell (the papermill convention) which sets ``corpus_path``,
``corpus_snapshot``, ``tables_dir`` and any parameter given on the command line, executes it
with :mod:`nbclient` in a kernel whose working folder is the notebook's own (each worker keeps
one kernel for its pages, reset to a fresh kernel's state between them), and exports it to one
self-contained HTML page. An ``index.html`` links the pages and the key tables the
notebooks wrote as CSV.

One run, in order: load the corpus once and check it (:mod:`helpers.preflight`); snapshot it
for the notebooks (:mod:`helpers.snapshot`); run each notebook into a private build folder;
move the finished report into place (:mod:`helpers.report_folder`). The load runs in a thread
of its own while the first notebooks' kernels start and import what they need
(:mod:`helpers.notebook_kernel`); their first cells wait for it. Progress goes to the
terminal (:mod:`helpers.run_progress`), never into a page.

Report pages hide the code: the story is told by the markdown cells and the outputs, and the
code is a few calls into ``helpers`` that a reader finds in the notebook itself.

A failing cell does not stop the collection: the failed notebook is still exported (its page
shows the traceback) and the remaining notebooks run; the result names every notebook and cell
that failed, and ``python -m helpers run`` exits non-zero.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, wait
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import nbformat
from nbformat import NotebookNode

from helpers.analysis import SchedulerUnreachable, close_scheduler, connect_scheduler
from helpers.corpus import Corpus, load_corpus
from helpers.notebook_kernel import CellFailure, PageKernel, execute_notebook
from helpers.notebook_parameters import (
    NOTEBOOKS_DIR,
    declared_parameters,
    discover_notebooks,
    inject_parameters,
    notebook_title,
    notebook_weight,
    parameters_cell_index,
    parse_parameter_value,
)
from helpers.page_sections import shown_sections
from helpers.preflight import CorpusCheck, check_corpus, notebook_needs
from helpers.report_folder import PageRecord, ReportFolder, ReportFolderError
from helpers.run_pool import KERNELS, WorkAside, run_side_by_side
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

T = TypeVar("T")

TEMPLATE_DIR = Path(__file__).resolve().parent / "data"
TEMPLATE_FILE = "report.html.j2"


@dataclass(frozen=True)
class NotebookResult:
    """One executed notebook: its page, the CSV tables it wrote, and how it ended."""

    notebook: Path
    title: str
    html: Path
    tables: list[Path]
    seconds: float
    failure: CellFailure | None = None
    cpu_seconds: float | None = None  # its kernel's, the kernel's start or reset included

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


def export_html(nb: NotebookNode, destination: Path, title: str) -> Path:
    """Write ``nb`` as one self-contained HTML page (figures inline, no code, no CDN scripts)."""
    from nbconvert import HTMLExporter  # imported when the first page is done, not before the load

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
    ready: Callable[[], int | None] | None = None,
    kernel: PageKernel | None = None,
    export: Callable[[Callable[[], Path]], object] | None = None,
) -> NotebookResult:
    """Execute one notebook with ``parameters`` and export it to ``build/<stem>.html``.

    The notebook gets ``tables_dir = build/tables/<stem>`` on top of ``parameters``; the CSV
    files it leaves there are the key tables listed in the index. ``ready`` is
    :func:`~helpers.notebook_kernel.execute_notebook`'s: its kernel starts before what the
    cells read is ready, and the notebook's time is counted from its answer. ``kernel``: the
    worker's kept kernel (None: one of its own). ``export``, when given, is handed the work
    that writes the page, instead of it being done before this returns (the runner does it
    aside while the kernel runs its next page).
    """
    nb = nbformat.read(path, as_version=4)
    title = notebook_title(nb, default=path.stem)
    tables_dir = build / "tables" / path.stem
    tables_dir.mkdir(parents=True, exist_ok=True)
    executed = inject_parameters(nb, {**parameters, "tables_dir": str(tables_dir)})
    started = time.perf_counter()

    def started_when_ready() -> int | None:
        nonlocal started
        seconds = ready() if ready is not None else timeout
        started = time.perf_counter()
        return seconds

    with nullcontext(kernel) if kernel is not None else PageKernel() as used:
        failure = execute_notebook(
            executed, path.parent, timeout=timeout, progress=progress, name=path.stem,
            ready=started_when_ready, kernel=used,
        )  # fmt: skip
    seconds = time.perf_counter() - started
    page = build / f"{path.stem}.html"

    def exported() -> Path:
        shown = shown_sections(strip_progress_bars(executed))  # no heading over nothing
        return export_html(shown, page, title)

    if export is None:
        exported()
    else:
        export(exported)
    tables = sorted(tables_dir.glob("*.csv"))
    return NotebookResult(path, title, page, tables, seconds, failure, used.page_cpu)


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
    where, index, loading = "while loading the corpus", None, None
    abandoned = threading.Event()  # the run ends before its load: no snapshot to write
    try:
        with folder, WorkAside("page-export") as exports:  # none writing once the folder goes
            runner_set = _runner_set(corpus_path, folder.build, client)
            progress.stage(f"loading {corpus_path}" + (f" on {scheduler}" if client else ""))
            loading = _start_loading(
                functools.partial(
                    _load_and_check, corpus_path, folder.build, client, paths, extra, timeout,
                    progress, abandoned,
                )
            )  # fmt: skip

            def step(
                position: int, path: Path, kernel: PageKernel
            ) -> tuple[PageRecord, NotebookResult | None]:
                def ready() -> int | None:  # the kernel has started: wait for the corpus
                    opened = _wait_for_load(loading)
                    progress.notebook(position, len(paths), path.stem)
                    if path.stem in opened.check.skipped:
                        raise _Skipped(opened.check.skipped[path.stem])
                    return opened.timeout

                try:
                    result = run_notebook(
                        path, folder.build, {**runner_set, **extra}, progress=progress,
                        ready=ready, kernel=kernel,
                        export=exports.submit,
                    )  # fmt: skip
                except _Skipped as skip:
                    progress.finished(f"{path.stem}: skipped: {skip.reason}")
                    return _skipped_record(path, skip.reason, run), None
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
                outcomes = run_side_by_side(
                    steps, jobs, running, finished, weights, worker=PageKernel
                )
                check = _wait_for_load(loading).check  # also with no notebook: a corpus to refuse
            except KeyboardInterrupt:
                if loading.done():
                    where = f"during {', '.join(sorted(running))}"
                raise
            exports.finish()  # every page written (an export's error fails the run)
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
        abandoned.set()
        if loading is not None and client is not None:
            wait([loading])  # a load on a cluster writes its store into the build folder
        if client is not None:
            close_scheduler(scheduler)
    placed = [_placed(result, folder.build, folder.path) for result in results]
    skipped = {stem: reason for stem, reason in check.skipped.items() if stem in finished}
    return RunResult(Path(corpus_path), index, placed, skipped)


class _Skipped(Exception):
    """A notebook the corpus cannot feed (:mod:`helpers.preflight`): its kernel is stopped."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _Opened:
    """What the load decided: what the corpus rules out, and the cell timeout it sets."""

    check: CorpusCheck
    timeout: int | None


def _start_loading(work: Callable[[], _Opened]) -> Future[_Opened]:
    """The run's one load, begun in a thread of its own while the first notebooks' kernels start.

    A kernel's start and imports do not need the corpus (:mod:`helpers.notebook_kernel`): they
    run on the core the load leaves free, and each notebook's first cell waits for the future
    (:func:`_wait_for_load`). The thread is a daemon: on a signal the main thread stops the
    kernels, the waiting workers see the stop and unwind, and the load runs on to its end in
    the background (writing nothing) without holding up the exit.
    """
    return _in_thread("corpus-load", work)


def _in_thread(name: str, work: Callable[..., T], *args: Any) -> Future[T]:
    """``work(*args)`` begun in a daemon thread called ``name``; its result or error (handed
    to whoever waits for it, every notebook for the load) in the future."""
    done: Future[T] = Future()

    def run() -> None:
        try:
            done.set_result(work(*args))
        except BaseException as error:
            done.set_exception(error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return done


def _wait_for_load(loaded: Future[_Opened]) -> _Opened:
    """The load's answer (its error is raised here, in each notebook that waits), checking
    every 0.1 s whether a run of notebooks side by side is being stopped."""
    while True:
        try:
            return loaded.result(timeout=0.1)
        except TimeoutError:
            KERNELS.check()


def _runner_set(corpus_path: str, build: Path, client) -> dict[str, str]:
    """The parameters the runner gives every notebook: the corpus, where its one load will be
    (known before the load ends) and, on a cluster, the scheduler's address."""
    if client is None:
        return {"corpus_path": corpus_path, "corpus_snapshot": str(build / SNAPSHOT)}
    # the loader's store of partitions is the notebooks' snapshot
    return {"corpus_path": corpus_path, "corpus_snapshot": str(build / STORE),
            "scheduler": client.scheduler.address}  # fmt: skip


SNAPSHOT, STORE = "corpus.snapshot", "corpus.store"


def _load_and_check(
    corpus_path: str,
    build: Path,
    client,
    paths: list[Path],
    parameters: Mapping[str, Any],
    timeout: int | None | str,
    progress: Progress,
    abandoned: threading.Event,
) -> _Opened:
    """Load the corpus once, check it (a corpus with no articles is refused) and write the
    snapshot the notebooks read (on a cluster the loader's store is the snapshot), unless
    the run was ``abandoned`` meanwhile (its build folder is gone).

    The snapshot is written in a thread of its own while this one checks the corpus: the
    write is mostly the file system's (200 MB on ANT, about 0.7 s, without the interpreter
    lock) and the check mostly Python (about 0.8 s), so the notebooks wait for the longer of
    the two, not for both. A refused corpus's snapshot dies with the build folder.
    """
    loaded = _load_once(corpus_path, build, client)
    writing: Future[Path] | None = None
    if client is None and not abandoned.is_set():
        progress.stage("checking the corpus and writing its snapshot for the notebooks")
        writing = _in_thread("snapshot", write_snapshot, loaded, build / SNAPSHOT, corpus_path)
    try:
        check = check_corpus(loaded, corpus_path, *_notebook_needs(paths, parameters))
    finally:
        if writing is not None:
            wait([writing])  # a failed check or a refusal is told before the write's error
    if check.stop:
        raise RunRefused(check.stop)
    if writing is not None:
        writing.result()  # its error, if any, is the load's
    del loaded
    return _Opened(check, cell_timeout(check.articles) if timeout == "auto" else timeout)


def _load_once(corpus_path: str, build: Path, client) -> Corpus | scale.DistributedCorpus:
    """The run's one load: in memory, or on the cluster of ``client`` into a store in
    ``build`` that the notebooks reopen."""
    if client is None:
        return load_corpus(corpus_path)
    import helpers.scale as scale  # Dask only for a run on a cluster

    return scale.load_corpus(corpus_path, client, store=build / STORE)


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
        cpu_seconds=None if result.cpu_seconds is None else round(result.cpu_seconds, 2),
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

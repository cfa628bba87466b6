"""One notebook in one kernel: start it, let it import what it will need, run the cells, stop it.

The runner's load of the corpus takes one core for several seconds (ANT: about 7 s) before any
notebook can read it. A kernel's own start is independent of the corpus: the process, IPython,
and the libraries the notebook imports (pandas, matplotlib, scikit-learn, the helpers: two to
three CPU seconds each on ANT's machine). So :func:`execute_notebook` starts the kernel and
sends it the notebook's imports at once (:func:`warm_up_code`, silent, no execution count),
then asks ``ready`` whether to go on: the runner answers when its load is done, and the
kernels' start-up has run on the other core meanwhile.

The kernel talks over local sockets in a private folder, which it leaves behind on no exit
(:func:`execute_notebook`); a run of notebooks side by side stops every kernel through
:data:`helpers.run_pool.KERNELS`.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_event_loop, run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbformat import NotebookNode

from helpers.notebook_parameters import INJECTED_TAG, imported_modules, tagged_cell
from helpers.page_sections import first_line
from helpers.progress import PROGRESS_ENV
from helpers.run_pool import KERNELS
from helpers.run_progress import Progress

__all__ = [
    "KERNEL_NAME",
    "NOTEBOOK_ENV",
    "CellFailure",
    "execute_notebook",
    "warm_up_code",
]

KERNEL_NAME = "python3"
NOTEBOOK_ENV = "HELPERS_NOTEBOOK"
"""Environment variable naming the notebook a kernel of the runner executes."""


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


def warm_up_code(nb: NotebookNode) -> str:
    """Code that imports the modules ``nb``'s import statements name, and nothing else.

    Run before the notebook's cells, it binds no name in the notebook's namespace and prints
    nothing: a module that fails to import is left for the notebook's own cell to report.
    Empty when the notebook imports nothing.
    """
    modules = imported_modules(nb)
    if not modules:
        return ""
    return (
        "def _helpers_warm_up(names):\n"
        "    import importlib\n"
        "    for name in names:\n"
        "        try:\n"
        "            importlib.import_module(name)\n"
        "        except Exception:\n"
        "            pass\n"
        f"_helpers_warm_up({modules!r})\n"
        "del _helpers_warm_up\n"
    )


def execute_notebook(
    nb: NotebookNode,
    cwd: Path,
    *,
    timeout: int | None = 600,
    progress: Progress | None = None,
    name: str = "",
    ready: Callable[[], int | None] | None = None,
) -> CellFailure | None:
    """Run every cell of ``nb`` in place (outputs stored in it) in a fresh kernel in ``cwd``.

    Parameters
    ----------
    nb
        A notebook with its parameters already injected (see
        :func:`helpers.notebook_parameters.inject_parameters`).
    cwd
        The kernel's working folder; the notebook's own folder, so relative defaults resolve.
    timeout
        Seconds one cell may run before it counts as failed; None for no limit.
    progress
        Told when each cell starts.
    name
        The notebook's name, in the kernel's environment as ``HELPERS_NOTEBOOK`` (so a process
        list, or ``benchmarks/report_bench.py``, tells which kernel runs which page).
    ready
        Called once the kernel has started and been sent the notebook's imports, before the
        first cell: it waits for what the cells read (the runner's load) and returns the cell
        timeout to use, which replaces ``timeout``. An exception it raises stops the kernel and
        propagates (a notebook the corpus cannot feed is never run).

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
                    if warm_up := warm_up_code(nb):  # runs while ``ready`` waits
                        client.kc.execute(warm_up, silent=True, store_history=False)
                    if ready is not None:
                        client.timeout = ready()
                    for index, cell in enumerate(nb.cells):
                        KERNELS.check()  # a run of notebooks side by side is being stopped
                        if progress is not None:
                            progress.cell(
                                _file_number(index, injected_at),
                                len(nb.cells) - (injected_at is not None),
                                first_line(cell),
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


def _failure(
    nb: NotebookNode, index: int, injected_at: int | None, error: Exception
) -> CellFailure:
    """Describe the error of executed cell ``index`` in terms of the original notebook's cells."""
    number = _file_number(index, injected_at)
    ename = getattr(error, "ename", None) or type(error).__name__
    evalue = getattr(error, "evalue", None) or str(error).strip().splitlines()[-1]
    return CellFailure(number, first_line(nb.cells[index]), ename, evalue)

"""Notebooks in kernels: start one, let it import what it will need, run the cells, keep it.

The runner's load of the corpus takes one core for several seconds (ANT: about 7 s) before any
notebook can read it. A kernel's own start is independent of the corpus: the process, IPython,
and the libraries the notebook imports (pandas, matplotlib, scikit-learn, the helpers: two to
three CPU seconds each on ANT's machine). So :func:`execute_notebook` starts the kernel and
sends it the notebook's imports at once (:func:`warm_up_code`, silent, no execution count),
then asks ``ready`` whether to go on: the runner answers when its load is done, and the
kernels' start-up has run on the other core meanwhile.

A worker of the runner runs its later pages in the same kernel (:class:`PageKernel`), reset
between pages by :mod:`helpers.kernel_state`: a page after the first starts no process and
imports nothing already imported. A page that fails, a cell that times out, a kernel that
dies or cannot be reset: that kernel is stopped, and the next page starts a fresh one.

The kernel talks over local sockets in a private folder, which it leaves behind on no exit;
a run of notebooks side by side stops every kernel through :data:`helpers.run_pool.KERNELS`.
"""

from __future__ import annotations

import asyncio
import os
import queue
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_event_loop, run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbformat import NotebookNode

from helpers import kernel_state
from helpers.kernel_state import NOTEBOOK_ENV
from helpers.notebook_parameters import INJECTED_TAG, imported_modules, tagged_cell
from helpers.page_sections import first_line
from helpers.progress import PROGRESS_ENV
from helpers.run_pool import KERNELS
from helpers.run_progress import Progress

__all__ = [
    "KERNEL_NAME",
    "NOTEBOOK_ENV",
    "CellFailure",
    "PageKernel",
    "execute_notebook",
    "warm_up_code",
]

KERNEL_NAME = "python3"


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


class PageKernel:
    """One kernel that runs the pages of one worker one after another, reset between them.

    The first page starts it (:func:`execute_notebook`); each later page finds it reset by
    :func:`helpers.kernel_state.next_page` (namespace, figures, rcParams, options, warnings
    filters, environment, working folder) and its modules already imported. A page that fails
    or times out, a kernel that died or whose reset fails: the kernel is stopped, and the next
    page starts a fresh one. The kernel is known to :data:`~helpers.run_pool.KERNELS` for its
    whole life, so a stop of the run reaches it between pages too. Use it as a context
    manager: the kernel is stopped on leaving.
    """

    def __init__(self) -> None:
        self.manager: AsyncKernelManager | None = None
        self.client: Any = None  # the manager's client, kept from page to page
        self.page_cpu: float | None = None
        """CPU seconds of the kernel process during the last page (its start and reset included);
        None when it could not be read (a page that timed out, a kernel that died)."""
        self._stack = ExitStack()
        self._cpu = 0.0  # the process's CPU seconds when the last page ended

    def __enter__(self) -> PageKernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _notebook_client(self, nb: NotebookNode, cwd: Path, timeout: int | None) -> NotebookClient:
        """A client for ``nb`` on this kernel (which it starts when none is running)."""
        if self.manager is None:
            # The kernel talks over local sockets in a private folder instead of TCP ports:
            # nothing listens on the network, and ipykernel has no unencrypted-TCP warning to
            # print. Its connection file lives there too, so whatever ends the run, removing
            # the folder leaves nothing behind.
            sockets = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix=_PREFIX)))
            self.manager = AsyncKernelManager(
                kernel_name=KERNEL_NAME,
                transport="ipc",
                ip=str(sockets / "kernel"),
                connection_file=str(sockets / "kernel.json"),
            )
            self._stack.enter_context(KERNELS.running(self.manager))
        client = NotebookClient(
            nb, km=self.manager, timeout=timeout, resources={"metadata": {"path": str(cwd)}}
        )
        client.kc = self.client  # None: setup_kernel starts the kernel and its client
        return client

    def _reset(self, cwd: Path, name: str) -> bool:
        """Ready the running kernel for page ``name`` in ``cwd``; False when there is none or
        its reset failed (then it is stopped, and the page starts a fresh one)."""
        if self.client is None:
            return False
        code = f"__import__({STATE_MODULE!r}, fromlist=['_']).next_page({str(cwd)!r}, {name!r})"
        try:
            _ask(self.client, code, RESET_SECONDS)
        except (RuntimeError, TimeoutError):
            self.stop()
            return False
        return True

    def _page_done(self, started_cpu: float, keep: bool) -> None:
        """Note the page's CPU time; stop the kernel unless ``keep`` (and it answered)."""
        self.page_cpu = None
        try:
            self._cpu = float(_ask(self.client, "", RESET_SECONDS, CPU_EXPRESSION))
            self.page_cpu = self._cpu - started_cpu
        except (RuntimeError, TimeoutError, ValueError):
            keep = False
        if not keep:
            self.stop()

    def run(
        self,
        nb: NotebookNode,
        cwd: Path,
        *,
        timeout: int | None,
        progress: Progress | None,
        name: str,
        ready: Callable[[], int | None] | None,
    ) -> CellFailure | None:
        """:func:`execute_notebook` in this kernel (reset first, or started for this page)."""
        injected_at = tagged_cell(nb, INJECTED_TAG)
        self.page_cpu = None
        kept = self._reset(cwd, name)
        KERNELS.check()  # a stop during the reset starts no fresh kernel
        started_cpu = self._cpu if kept else 0.0
        client = self._notebook_client(nb, cwd, timeout)
        failure: CellFailure | None = None
        dropped: list[asyncio.Task] = []
        try:
            # Progress bars belong to this terminal, not to the pages (see helpers.progress).
            with client.setup_kernel(
                env={**os.environ, PROGRESS_ENV: "off", NOTEBOOK_ENV: name}, cleanup_kc=False
            ):
                self.client = client.kc
                try:
                    if not kept:  # a fresh kernel: note its state for the resets to come
                        client.kc.execute(REMEMBER, silent=True, store_history=False)
                    if warm_up := warm_up_code(nb):  # runs while ``ready`` waits
                        client.kc.execute(warm_up, silent=True, store_history=False)
                    client.kc.execute(FREEZE, silent=True, store_history=False)
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
                            failure = _failure(nb, index, injected_at, error)
                            if not isinstance(error, CellExecutionError):
                                self.stop()  # still busy, or gone: nothing to ask it
                            break
                except BaseException:
                    dropped += _drop_pending_tasks()
                    raise
        except BaseException:
            dropped += _drop_pending_tasks()
            self.stop()
            raise
        finally:
            for task in dropped:  # their errors are the interruption's, already on its way
                if task.done() and not task.cancelled():
                    task.exception()
        if self.client is not None:
            self._page_done(started_cpu, keep=failure is None)
        return failure

    def stop(self) -> None:
        """Stop the kernel process (if any) and remove its sockets."""
        try:
            if self.manager is not None and self.manager.has_kernel:
                run_sync(self.manager.shutdown_kernel)(now=True)
            if self.client is not None:
                self.client.stop_channels()
        finally:
            self.manager = self.client = None
            self._cpu = 0.0
            self._stack.close()


_PREFIX = "helpers-kernel-"
STATE_MODULE = kernel_state.__name__  # imported in the kernel, by name
REMEMBER = f"__import__({STATE_MODULE!r}, fromlist=['_']).remember()"
FREEZE = "__import__('gc').freeze()"
"""Sent after the imports: the modules live as long as the kernel, and the cyclic garbage
collector need not scan them again in each full collection of the page (nor of the reset)."""
CPU_EXPRESSION = "sum(__import__('os').times()[:4])"
"""The kernel's CPU seconds so far (its threads and the child processes it waited for)."""
RESET_SECONDS = 60


def _ask(client: Any, code: str, seconds: float, expression: str | None = None) -> str:
    """Run ``code`` silently in the kernel and wait for its reply; the value of ``expression``
    as text. Raises ``RuntimeError`` when the code fails, ``TimeoutError`` after ``seconds``,
    ``KeyboardInterrupt`` when the run is being stopped (looked for every 0.1 s)."""
    expressions = {"value": expression} if expression else {}
    msg_id = client.execute(code, silent=True, store_history=False, user_expressions=expressions)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        KERNELS.check()
        try:
            reply = run_sync(client.get_shell_msg)(timeout=0.1)
        except queue.Empty:
            continue
        if reply["parent_header"].get("msg_id") != msg_id:
            continue  # the reply to an earlier silent request (a warm-up)
        content = reply["content"]
        if content["status"] != "ok":
            raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")
        value = content.get("user_expressions", {}).get("value", {})
        if value.get("status", "ok") != "ok":
            raise RuntimeError(f"{value.get('ename')}: {value.get('evalue')}")
        return value.get("data", {}).get("text/plain", "")
    raise TimeoutError(f"the kernel did not answer within {seconds} s")


def execute_notebook(
    nb: NotebookNode,
    cwd: Path,
    *,
    timeout: int | None = 600,
    progress: Progress | None = None,
    name: str = "",
    ready: Callable[[], int | None] | None = None,
    kernel: PageKernel | None = None,
) -> CellFailure | None:
    """Run every cell of ``nb`` in place (outputs stored in it) in ``kernel``, working in ``cwd``.

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
        The notebook's name, in the kernel's ``os.environ`` as ``HELPERS_NOTEBOOK`` (a fresh
        kernel starts with it; a kept kernel's reset sets it for the next page).
    ready
        Called once the kernel has started and been sent the notebook's imports, before the
        first cell: it waits for what the cells read (the runner's load) and returns the cell
        timeout to use, which replaces ``timeout``. An exception it raises stops the kernel and
        propagates (a notebook the corpus cannot feed is never run).
    kernel
        The worker's kept kernel, reset for this page (:class:`PageKernel`); None runs the
        notebook in a kernel of its own, stopped at the end. Its ``page_cpu`` is set to the
        page's CPU seconds.

    Returns
    -------
    CellFailure or None
        The first failing cell, numbered as in the notebook file before injection.
    """
    if kernel is not None:
        return kernel.run(nb, cwd, timeout=timeout, progress=progress, name=name, ready=ready)
    with PageKernel() as own:
        return own.run(nb, cwd, timeout=timeout, progress=progress, name=name, ready=ready)


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

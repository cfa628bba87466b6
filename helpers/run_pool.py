"""Notebooks of a run side by side: worker threads, each driving its own kernel, and one stop.

After the one load, the notebooks of a run are independent (each reads the snapshot and writes
its own page), so on a machine with two cores two kernels can run at once: the run takes
about half the time, and the kernels' memory adds up (``benchmarks/report_bench.py`` measures
both). The runner's threads only wait on their kernels; the work is in the kernel processes.
Each worker keeps what its ``worker`` context gives it (the runner's: one kernel) for all the
notebooks it runs, one after another.

A signal reaches the runner's main thread. :func:`run_side_by_side` then stops every kernel
still running (:data:`KERNELS`), lets each worker clean up as a sequential run does (its cell
loop sees the stop and unwinds), starts no further notebook and re-raises.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, TypeVar

__all__ = ["KERNELS", "KernelRegistry", "WorkAside", "run_side_by_side"]

T = TypeVar("T")
W = TypeVar("W")


class KernelRegistry:
    """The kernels of the running notebooks, and whether the run is being stopped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._managers: set[Any] = set()
        self.stopping = threading.Event()

    @contextmanager
    def running(self, manager: Any) -> Iterator[None]:
        """Know ``manager`` (a ``KernelManager``) for as long as its notebook runs."""
        with self._lock:
            self._managers.add(manager)
        try:
            yield
        finally:
            with self._lock:
                self._managers.discard(manager)

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` in a worker when the run is being stopped."""
        if self.stopping.is_set():
            raise KeyboardInterrupt

    def stop_all(self) -> None:
        """Mark the run as stopping and kill every known kernel process (its worker unwinds)."""
        self.stopping.set()
        with self._lock:
            managers = list(self._managers)
        for manager in managers:
            process = getattr(getattr(manager, "provisioner", None), "process", None)
            if process is not None:
                try:
                    process.kill()
                except OSError:  # already gone
                    pass


KERNELS = KernelRegistry()
"""The one registry: ``helpers.notebook_kernel.PageKernel`` registers each kernel it starts."""


class WorkAside:
    """Work done in one thread beside the workers: the runner exports a page there (0.3-0.6 s
    on ANT) while its kernel already runs the next page, instead of the kernel waiting.
    Leaving it as a context starts no work not yet started and waits for the work running."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._futures: list[Future] = []

    def submit(self, work: Callable[[], object]) -> None:
        """Start ``work`` once the work submitted before it is done."""
        self._futures.append(self._pool.submit(work))

    def finish(self) -> None:
        """Wait for all the work; raise the first error of it (in order of submission)."""
        self._pool.shutdown(wait=True)
        for future in self._futures:
            future.result()

    def __enter__(self) -> WorkAside:
        return self

    def __exit__(self, *exc: object) -> None:
        """Start no work not yet started, and wait for the work running."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def run_side_by_side(
    steps: Sequence[tuple[str, Callable[[W], T]]],
    jobs: int,
    running: list[str],
    finished: list[str],
    weights: Sequence[float] | None = None,
    worker: Callable[[], AbstractContextManager[W]] = nullcontext,
) -> list[T]:
    """Run ``steps`` (name, work) with at most ``jobs`` at once; their results in step order.

    ``running`` and ``finished`` are kept up to date with step names as steps start and end,
    so an interrupted run can say where it was. Each of the ``jobs`` workers enters one
    ``worker()`` context for its whole life and hands what it gives to every step it runs
    (the runner's: a kernel kept from page to page). With one job the steps run one after the
    other in the calling thread, as they always did. With more, the heaviest steps start first
    (``weights``, one per step: the expected time; ties keep step order) and each worker takes
    the next step when it frees: the longest ones then run beside the others instead of
    starting last, and the jobs end closer together. An exception of a step, or a signal in
    the calling thread, stops the kernels of the others (:meth:`KernelRegistry.stop_all`),
    starts no further step, waits for the workers to clean up and is raised.
    """
    KERNELS.stopping.clear()
    lock = threading.Lock()

    def started(name: str, work: Callable[[W], T], given: W) -> T:
        KERNELS.check()
        with lock:
            running.append(name)
        result = work(given)
        with lock:
            running.remove(name)
            finished.append(name)
        return result

    if jobs <= 1:
        with worker() as given:
            return [started(name, work, given) for name, work in steps]
    weights = weights or [0.0] * len(steps)
    order = deque(sorted(range(len(steps)), key=lambda step: -weights[step]))  # a stable sort
    futures: list[Future] = [Future() for _ in steps]

    def work_through() -> None:
        with worker() as given:
            while True:
                with lock:
                    if not order:
                        return
                    step = order.popleft()
                if not futures[step].set_running_or_notify_cancel():
                    continue  # the run is being stopped
                try:
                    futures[step].set_result(started(*steps[step], given))
                except BaseException as error:  # the calling thread raises it
                    futures[step].set_exception(error)
                    return

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="notebook")
    workers = [pool.submit(work_through) for _ in range(min(jobs, len(steps)))]
    try:
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                future.result()  # a step's error stops the run here
    except BaseException:
        KERNELS.stop_all()
        for future in futures:
            future.cancel()  # those not started yet
        pool.shutdown(wait=True)
        raise
    pool.shutdown(wait=True)
    for done in workers:
        done.result()  # a worker context's own error (its steps all ended)
    return [future.result() for future in futures]

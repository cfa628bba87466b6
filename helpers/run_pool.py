"""Notebooks of a run side by side: worker threads, each driving its own kernel, and one stop.

After the one load, the notebooks of a run are independent (each reads the snapshot and writes
its own page), so on a machine with two cores two kernels can run at once: the run takes
about half the time, and the kernels' memory adds up (``benchmarks/report_bench.py`` measures
both). The runner's threads only wait on their kernels; the work is in the kernel processes.

A signal reaches the runner's main thread. :func:`run_side_by_side` then stops every kernel
still running (:data:`KERNELS`), lets each worker clean up as a sequential run does (its cell
loop sees the stop and unwinds), starts no further notebook and re-raises.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["KERNELS", "KernelRegistry", "run_side_by_side"]

T = TypeVar("T")


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
"""The one registry: ``helpers.run.execute_notebook`` registers each kernel it starts."""


def run_side_by_side(
    steps: Sequence[tuple[str, Callable[[], T]]],
    jobs: int,
    running: list[str],
    finished: list[str],
    weights: Sequence[float] | None = None,
) -> list[T]:
    """Run ``steps`` (name, work) with at most ``jobs`` at once; their results in step order.

    ``running`` and ``finished`` are kept up to date with step names as steps start and end,
    so an interrupted run can say where it was. With one job the steps run one after the
    other in the calling thread, as they always did. With more, the heaviest steps start first
    (``weights``, one per step: the expected time; ties keep step order): the longest ones then
    run beside the others instead of starting last, and the jobs end closer together. An
    exception of a step, or a signal in the calling thread, stops the kernels of the others
    (:meth:`KernelRegistry.stop_all`), waits for their workers to clean up and is raised.
    """
    KERNELS.stopping.clear()
    lock = threading.Lock()

    def started(name: str, work: Callable[[], T]) -> T:
        KERNELS.check()
        with lock:
            running.append(name)
        result = work()
        with lock:
            running.remove(name)
            finished.append(name)
        return result

    if jobs <= 1:
        return [started(name, work) for name, work in steps]
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="notebook")
    weights = weights or [0.0] * len(steps)
    order = sorted(range(len(steps)), key=lambda step: -weights[step])  # a stable sort
    submitted = {step: pool.submit(started, *steps[step]) for step in order}
    futures: list[Future] = [submitted[step] for step in range(len(steps))]
    try:
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                future.result()  # a step's error stops the run here
    except BaseException:
        KERNELS.stop_all()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return [future.result() for future in futures]

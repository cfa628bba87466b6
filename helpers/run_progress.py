"""Progress of a run, in the terminal of ``python -m helpers run`` and nowhere else.

The runner reports each step here: the corpus load, each notebook, each cell. On a terminal one
status line is redrawn every second (notebook, cell, what the cell starts with, how long it
has run); in a log file (stderr not a terminal) a line is printed when a notebook starts and
ends and when a cell took long. Saved pages never see any of it, nor the progress bars a
notebook's own code may draw (:func:`strip_progress_bars`).
"""

from __future__ import annotations

import re
import sys
import threading
import time
from typing import TextIO

from nbformat import NotebookNode

__all__ = ["LONG_CELL", "Progress", "TerminalProgress", "strip_progress_bars"]

LONG_CELL = 10.0
"""Seconds from which a finished cell gets its own line in a log."""


class Progress:
    """The silent reporter (``--quiet``); :class:`TerminalProgress` shows the same steps."""

    def stage(self, text: str) -> None:
        """A step outside the notebooks (loading the corpus, writing the report)."""

    def notebook(self, position: int, count: int, name: str) -> None:
        """Notebook ``position`` (from 1) of ``count`` starts."""

    def cell(self, number: int, count: int, first_line: str) -> None:
        """Cell ``number`` (from 1, as in the notebook file) of ``count`` starts."""

    def finished(self, line: str) -> None:
        """A notebook ended (ran, failed or was skipped), told in one line."""

    def close(self) -> None:
        """The run is over: leave the terminal clean."""


class TerminalProgress(Progress):
    """Progress on ``stream`` (stderr): a redrawn line on a terminal, plain lines in a log."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._label = ""
        self._cell = ""
        self._cell_label = ""
        self._since = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        if self.live:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def stage(self, text: str) -> None:
        self._end_cell()
        self._set(text, "")
        if not self.live:
            self._print(text)

    def notebook(self, position: int, count: int, name: str) -> None:
        self._end_cell()
        self._set(f"[{position}/{count}] {name}", "")
        if not self.live:
            self._print(f"[{position}/{count}] {name}: started")

    def cell(self, number: int, count: int, first_line: str) -> None:
        self._end_cell()
        first_line = first_line if len(first_line) <= 50 else first_line[:49] + "…"
        self._set(self._label, f"cell {number}/{count} {first_line}".rstrip())

    def finished(self, line: str) -> None:
        self._end_cell()
        self._set(self._label, "")
        self._print(line)

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        self._clear()

    def _set(self, label: str, cell: str) -> None:
        with self._lock:
            self._label, self._cell, self._since = label, cell, time.monotonic()

    def _end_cell(self) -> None:
        """In a log, name the cell that just ended when it took long."""
        took = time.monotonic() - self._since
        if not self.live and self._cell and took >= LONG_CELL:
            self._print(f"{self._label}: {self._cell} took {took:.0f} s")

    def _print(self, line: str) -> None:
        with self._lock:
            if self.live:
                self.stream.write("\r\033[K")
            self.stream.write(line + "\n")
            self.stream.flush()

    def _clear(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            with self._lock:
                took = time.monotonic() - self._since
                status = " ".join(filter(None, [self._label, self._cell, f"{took:.0f} s"]))
                self.stream.write("\r\033[K" + status[:150])
                self.stream.flush()


def strip_progress_bars(nb: NotebookNode) -> NotebookNode:
    """Drop progress-bar lines (tqdm) and their warnings from the stderr outputs of ``nb``.

    Progress belongs in the terminal; in a saved page a bar is hundreds of stale lines. Other
    stderr text stays, and an output left empty goes.
    """
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                lines = re.split(r"(?=\r)|(?<=\n)", output.get("text", ""))
                text = "".join(line for line in lines if not _PROGRESS_LINE.search(line))
                if not text.strip():
                    continue
                output["text"] = text
            kept.append(output)
        cell["outputs"] = kept
    return nb


_PROGRESS_LINE = re.compile(r"\d+%\|.*\|\s*\d+/|\|\s*\d+/\d+ \[|TqdmWarning|IProgress not found")

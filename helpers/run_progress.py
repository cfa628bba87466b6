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
from dataclasses import dataclass, field
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


@dataclass
class _Line:
    """What one thread of the run is doing: its notebook (or stage), its cell, since when."""

    label: str
    cell: str = ""
    stage: bool = False  # a step outside the notebooks: gives way when a notebook starts
    since: float = field(default_factory=lambda: time.monotonic())

    def status(self, width: int) -> str:
        took = f"{time.monotonic() - self.since:.0f} s"
        text = " ".join(filter(None, [self.label, self.cell]))
        room = max(width - len(took) - 1, 0)
        return (text if len(text) <= room else text[: max(room - 1, 0)] + "…") + " " + took


class TerminalProgress(Progress):
    """Progress on ``stream`` (stderr): a redrawn line on a terminal, plain lines in a log.

    With ``--jobs 2`` two notebooks report from two threads at once: each thread has its own
    line (its notebook, its cell, since when), so a cell is always told with the notebook it
    belongs to; the redrawn line shows every running notebook, side by side.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._lines: dict[int, _Line] = {}  # by thread: what each running notebook is doing
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        if self.live:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def stage(self, text: str) -> None:
        self._end_cell()
        self._set(_Line(text, stage=True))
        if not self.live:
            self._print(text)

    def notebook(self, position: int, count: int, name: str) -> None:
        self._end_cell()
        with self._lock:  # the stage before the notebooks is over
            self._lines = {key: line for key, line in self._lines.items() if not line.stage}
        self._set(_Line(f"[{position}/{count}] {name}"))
        if not self.live:
            self._print(f"[{position}/{count}] {name}: started")

    def cell(self, number: int, count: int, first_line: str) -> None:
        self._end_cell()
        first_line = first_line if len(first_line) <= 50 else first_line[:49] + "…"
        self._set(_Line(self._mine().label, f"cell {number}/{count} {first_line}".rstrip()))

    def finished(self, line: str) -> None:
        self._end_cell()
        with self._lock:
            self._lines.pop(threading.get_ident(), None)
        self._print(line)

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        self._clear()

    def status(self, width: int = 150) -> str:
        """The redrawn line: every running notebook's cell and its time, within ``width``."""
        with self._lock:
            lines = list(self._lines.values())
        if not lines:
            return ""
        share = (width - 3 * (len(lines) - 1)) // len(lines)
        return " | ".join(line.status(share) for line in lines)

    def _mine(self) -> _Line:
        with self._lock:
            return self._lines.get(threading.get_ident(), _Line(""))

    def _set(self, line: _Line) -> None:
        with self._lock:
            self._lines[threading.get_ident()] = line

    def _end_cell(self) -> None:
        """In a log, name the cell that just ended (this thread's) when it took long."""
        line = self._mine()
        took = time.monotonic() - line.since
        if not self.live and line.cell and took >= LONG_CELL:
            self._print(f"{line.label}: {line.cell} took {took:.0f} s")

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
            status = self.status()
            with self._lock:
                self.stream.write("\r\033[K" + status)
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

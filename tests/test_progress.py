"""Progress in the terminal: what a log file (stderr not a terminal) receives."""

from __future__ import annotations

import io

import helpers.progress as progress_module
from helpers.progress import TerminalProgress


def test_a_log_gets_one_line_per_step_and_per_long_cell(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: now[0])
    log = io.StringIO()
    progress = TerminalProgress(log)
    assert not progress.live
    progress.stage("loading corpus")
    progress.notebook(1, 2, "02_stance")
    progress.cell(0, 3, "# Parameters")
    now[0] = 3.0  # a short cell: no line
    progress.cell(1, 3, "sentences = stance_sentences(articles, targets, engine=engine)  # long")
    now[0] = 40.0
    progress.cell(2, 3, "show_table(scores)")
    now[0] = 41.0
    progress.finished("02_stance: ran in 41 s")
    progress.close()
    assert log.getvalue().splitlines() == [
        "loading corpus",
        "[1/2] 02_stance: started",
        "[1/2] 02_stance: cell 2/3 sentences = stance_sentences(articles, targets, e… took 37 s",
        "02_stance: ran in 41 s",
    ]

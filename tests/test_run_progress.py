"""Progress in the terminal (what a log file receives), and never in a saved page."""

from __future__ import annotations

import io
import threading

import nbformat

import helpers.run_progress as progress_module
from helpers.run_progress import TerminalProgress, strip_progress_bars


def test_a_log_gets_one_line_per_step_and_per_long_cell(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: now[0])
    log = io.StringIO()
    progress = TerminalProgress(log)
    assert not progress.live
    progress.stage("loading corpus")
    progress.notebook(1, 2, "02_stance")
    progress.cell(1, 3, "# Parameters")
    now[0] = 3.0  # a short cell: no line
    progress.cell(2, 3, "sentences = stance_sentences(articles, targets, engine=engine)  # long")
    now[0] = 40.0
    progress.cell(3, 3, "show_table(scores)")
    now[0] = 41.0
    progress.finished("02_stance: ran in 41 s")
    progress.close()
    assert log.getvalue().splitlines() == [
        "loading corpus",
        "[1/2] 02_stance: started",
        "[1/2] 02_stance: cell 2/3 sentences = stance_sentences(articles, targets, e… took 37 s",
        "02_stance: ran in 41 s",
    ]


def test_progress_bars_never_reach_a_page():
    bar = (
        "\rstance:  40%|████      | 2/5 [00:01<00:01,  1.9it/s]"
        "\rstance: 100%|██████████| 5/5 [00:02<00:00,  2.0it/s]\n"
    )
    warning = "TqdmWarning: IProgress not found. Please update jupyter and ipywidgets.\n"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "x",
            outputs=[
                nbformat.v4.new_output("stream", name="stderr", text=bar + warning),
                nbformat.v4.new_output("stream", name="stderr", text=bar + "UserWarning: k\n"),
                nbformat.v4.new_output("stream", name="stdout", text="50%| kept on stdout\n"),
            ],
        )
    ]
    outputs = strip_progress_bars(nb).cells[0].outputs
    assert [(o.name, o.text) for o in outputs] == [
        ("stderr", "UserWarning: k\n"),
        ("stdout", "50%| kept on stdout\n"),
    ]


def test_the_redrawn_line_shows_each_running_notebook_with_its_own_cell():
    progress = TerminalProgress(io.StringIO())
    progress.stage("writing the corpus snapshot for the notebooks")
    ready = threading.Barrier(2)

    def run(position: int, name: str, cell: str) -> None:
        progress.notebook(position, 5, name)
        ready.wait()  # both notebooks have started before either names its cell
        progress.cell(11, 19, cell)

    threads = [
        threading.Thread(target=run, args=(2, "01_frequency", 'section="The collocates"')),
        threading.Thread(target=run, args=(3, "02_stance", "sentences = stance_sentences()")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    shown = sorted(progress.status(width=150).split(" | "))
    assert shown == [
        '[2/5] 01_frequency cell 11/19 section="The collocates" 0 s',
        "[3/5] 02_stance cell 11/19 sentences = stance_sentences() 0 s",
    ]  # the snapshot stage is over once the notebooks start
    progress.close()

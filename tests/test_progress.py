"""Where progress bars go: a terminal gets text, a kernel a widget or nothing, a report nothing."""

from __future__ import annotations

import fcntl
import io
import os
import select
import struct
import termios
from contextlib import redirect_stderr

import pytest

from helpers.progress import PROGRESS_ENV, progress_bar, progress_target


@pytest.mark.parametrize("chosen", ["off", "widget", "text"])
def test_the_environment_variable_decides(monkeypatch, chosen):
    monkeypatch.setenv(PROGRESS_ENV, chosen)
    assert progress_target() == chosen


def test_outside_a_kernel_a_text_bar_goes_to_a_terminal(monkeypatch):
    monkeypatch.delenv(PROGRESS_ENV, raising=False)
    main, terminal = os.openpty()  # a real terminal: what a researcher's shell gives,
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # 80 x 24
    with open(terminal, "w", encoding="utf-8") as stderr, redirect_stderr(stderr):
        assert progress_target() == "text"
        assert list(progress_bar(range(3), total=3, desc="counting terms")) == [0, 1, 2]
        stderr.flush()
        written = select.select([main], [], [], 5)[0]  # what reached the terminal, if anything
        shown = os.read(main, 4096).decode("utf-8") if written else ""
    os.close(main)
    assert "counting terms:   0%" in shown  # then erased: leave=False


def test_outside_a_kernel_a_log_file_gets_no_bar(monkeypatch, tmp_path):
    monkeypatch.delenv(PROGRESS_ENV, raising=False)
    items = [1, 2, 3]
    with (tmp_path / "run.log").open("w") as log, redirect_stderr(log):
        assert progress_target() == "off"
        assert progress_bar(items, total=3, desc="reading files") is items
    assert (tmp_path / "run.log").read_text() == ""


def test_off_hands_the_items_back_untouched(monkeypatch):
    monkeypatch.setenv(PROGRESS_ENV, "off")
    items = [1, 2, 3]
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        assert progress_bar(items, total=3, desc="x") is items
    assert stderr.getvalue() == ""

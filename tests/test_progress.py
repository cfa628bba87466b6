"""Where progress bars go: a terminal gets text, a kernel a widget or nothing, a report nothing."""

from __future__ import annotations

import io
from contextlib import redirect_stderr

import pytest

from helpers.progress import PROGRESS_ENV, progress_bar, progress_target


@pytest.mark.parametrize("chosen", ["off", "widget", "text"])
def test_the_environment_variable_decides(monkeypatch, chosen):
    monkeypatch.setenv(PROGRESS_ENV, chosen)
    assert progress_target() == chosen


def test_outside_a_kernel_a_text_bar_goes_to_stderr(monkeypatch):
    monkeypatch.delenv(PROGRESS_ENV, raising=False)
    assert progress_target() == "text"
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        assert list(progress_bar(range(3), total=3, desc="counting terms")) == [0, 1, 2]
    assert "counting terms:   0%" in stderr.getvalue()  # then erased: leave=False


def test_off_hands_the_items_back_untouched(monkeypatch):
    monkeypatch.setenv(PROGRESS_ENV, "off")
    items = [1, 2, 3]
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        assert progress_bar(items, total=3, desc="x") is items
    assert stderr.getvalue() == ""

"""Render an HTML fragment in headless Chromium (Debian's) and read back what a script measured.

The page's script writes its findings into ``document.title``; Chromium dumps the DOM and the
title is returned. Tests use it to check what a reader sees laid out (right to left, words in
reading order), not only what the markup says.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian chromium not installed"
)


def probe(folder: Path, body: str, script: str) -> str:
    """Render ``body`` in a page of ``folder``; what ``script`` set as the title."""
    page = folder / "probe.html"
    page.write_text(
        f'<!DOCTYPE html><meta charset="utf-8"><body>{body}<script>{script}</script></body>',
        encoding="utf-8",
    )
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
            ],
            capture_output=True, text=True, timeout=60, check=True,
        ).stdout  # fmt: skip
    return re.search(r"<title>(.*)</title>", dom).group(1)

"""House style is checked, not hoped for: ruff lint and format over the code and notebooks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKED = ["helpers", "tests", "benchmarks", "notebooks"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(repo_root: Path, command: list[str]) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the dev extra)")
    run = subprocess.run([ruff, *command, *CHECKED], cwd=repo_root, capture_output=True, text=True)
    assert run.returncode == 0, (
        f"ruff {' '.join(command)} found problems:\n{run.stdout}{run.stderr}"
    )

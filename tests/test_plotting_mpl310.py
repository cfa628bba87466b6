"""Prove the reshape + bidi path: re-run the plotting tests under matplotlib 3.10.

matplotlib >= 3.11 lays out Arabic itself, so the main environment only exercises the
logical-text path of ``helpers.plotting.ar``. Older matplotlib needs reshaping and bidi
reordering, and a mistake there is invisible on 3.11. This test builds (once) a small second
environment with matplotlib 3.10 (``scripts/setup_mpl310.sh``, into ``.venv310/``) and runs
``tests/test_plotting.py`` there; the OCR checks inside decide pass or fail.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _mpl310_python(repo_root: Path) -> Path:
    """The 3.10 environment's interpreter, building the environment when it is missing."""
    python = repo_root / ".venv310" / "bin" / "python"
    if not python.exists():
        build = subprocess.run(
            ["bash", str(repo_root / "scripts" / "setup_mpl310.sh")],
            capture_output=True,
            text=True,
            env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin:/usr/local/bin"},
        )
        if build.returncode != 0:
            pytest.skip(f"could not build the matplotlib 3.10 environment: {build.stderr[-500:]}")
    return python


def test_plotting_tests_pass_on_matplotlib_310(repo_root: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed: the OCR plotting tests cannot run")
    python = _mpl310_python(repo_root)
    version = subprocess.run(
        [str(python), "-c", "import matplotlib; print(matplotlib.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert version.startswith("3.10"), f".venv310 has matplotlib {version}, not 3.10"

    run = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "-q",
            "-o",
            "addopts=-ra",
            "-p",
            "no:cacheprovider",
            "tests/test_plotting.py",
        ],
        cwd=repo_root,
        capture_output=True,
        text=True,
    )
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-500:]
    assert run.returncode == 0, (
        f"plotting tests failed on matplotlib {version}:\n{run.stdout[-3000:]}"
    )
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", summary)) else 0
    assert passed >= 20, f"too few plotting tests ran on matplotlib {version}: {summary}"

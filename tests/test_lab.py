"""Saving from JupyterLab keeps the collection's notebooks clean (helpers.lab).

The hook is checked on its own, then through a real Jupyter server started the way the README
starts JupyterLab (``.venv/bin/jupyter``, which reads the config ``scripts/setup.sh`` installs):
a notebook saved with outputs into ``notebooks/`` lands on disk without them, one saved
elsewhere keeps them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from helpers.lab import clear_outputs, strip_outputs
from helpers.run import NOTEBOOKS_DIR

REPO = NOTEBOOKS_DIR.parent


def _run_notebook() -> nbformat.NotebookNode:
    """A notebook as JupyterLab saves it after "run all": outputs, counts, widget state."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(1)", execution_count=3)
    cell.outputs = [nbformat.v4.new_output("stream", text="1\n")]
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), cell]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return nb


def test_clear_outputs_leaves_only_the_source():
    nb = clear_outputs(_run_notebook())
    code = nb.cells[1]
    assert (code.outputs, code.execution_count, code.source) == ([], None, "print(1)")
    assert "execution" not in code.metadata and "widgets" not in nb.metadata
    assert nb.cells[0].source == "# Title"


@pytest.mark.parametrize(
    ("path", "stripped"),
    [("notebooks/02_stance.ipynb", True), ("workspace/02_stance.ipynb", False)],
)
def test_hook_strips_only_the_collections_notebooks(path, stripped):
    model = {"type": "notebook", "content": _run_notebook()}
    strip_outputs(model, path, contents_manager=SimpleNamespace(root_dir=str(REPO)))
    assert (model["content"].cells[1].outputs == []) is stripped


def test_hook_ignores_files_that_are_not_notebooks():
    model = {"type": "file", "content": "print(1)\n"}
    strip_outputs(model, "notebooks/x.py", contents_manager=SimpleNamespace(root_dir=str(REPO)))
    assert model["content"] == "print(1)\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _save(port: int, token: str, path: str, nb: nbformat.NotebookNode) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/contents/{path}",
        data=json.dumps({"type": "notebook", "content": nb}).encode(),
        method="PUT",
        headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=30).read()


def test_a_jupyter_server_of_the_environment_strips_on_save():
    jupyter = Path(sys.executable).parent / "jupyter"
    installed = Path(sys.prefix, "etc", "jupyter", "jupyter_server_config.json")
    if not jupyter.exists() or not installed.exists():
        pytest.skip("the environment was not set up by scripts/setup.sh")
    port, token = _free_port(), uuid.uuid4().hex
    name = f"zz_save_probe_{token[:8]}.ipynb"  # not NN_*: no other test picks it up
    link = REPO / f"lab_probe_{token[:8]}"  # a folder outside notebooks/, inside the root
    server = subprocess.Popen(
        [str(jupyter), "server", "--no-browser", f"--port={port}", f"--ServerApp.root_dir={REPO}",
         f"--IdentityProvider.token={token}", *(["--allow-root"] if os.getuid() == 0 else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        link.mkdir(exist_ok=True)
        for _ in range(120):
            try:
                _save(port, token, f"notebooks/{name}", _run_notebook())
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        _save(port, token, f"{link.name}/{name}", _run_notebook())
        inside = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
        kept = nbformat.read(link / name, as_version=4)
    finally:
        server.terminate()
        server.wait(timeout=30)
        (NOTEBOOKS_DIR / name).unlink(missing_ok=True)
        shutil.rmtree(link, ignore_errors=True)
    assert inside.cells[1].outputs == [] and inside.cells[1].execution_count is None
    assert kept.cells[1].outputs and kept.cells[1].execution_count == 3

"""JupyterLab and the collection: saving a notebook of ``notebooks/`` never commits its outputs.

The collection's notebooks are committed without outputs (``tests/test_notebooks_clean.py``),
yet exploring means running them and saving. :func:`strip_outputs` is a Jupyter server
*pre-save hook*: when JupyterLab saves a notebook that lives in the project's ``notebooks/``
folder, the file on disk gets no outputs and no execution counts (what the open tab shows is
unchanged until it is reopened). Notebooks anywhere else, such as the ``workspace/`` copies
``scripts/lab.sh`` makes, keep their outputs.

``scripts/setup.sh`` installs the hook for the project's environment by copying
``scripts/jupyter_server_config.json`` into ``.venv/etc/jupyter/`` (a config folder every
``.venv/bin/jupyter`` reads).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers.run import NOTEBOOKS_DIR

__all__ = ["clear_outputs", "strip_outputs"]


def strip_outputs(model: dict[str, Any], path: str, contents_manager: Any = None, **_: Any) -> None:
    """Pre-save hook: clear outputs of a notebook saved into the project's ``notebooks/``.

    Parameters
    ----------
    model
        The contents model being saved; changed in place.
    path
        The file's path relative to the server's root folder.
    contents_manager
        The server's contents manager, whose ``root_dir`` locates ``path`` on disk.
    """
    if model.get("type") != "notebook" or contents_manager is None:
        return
    target = (Path(contents_manager.root_dir).expanduser() / path).resolve()
    if target.parent == NOTEBOOKS_DIR.resolve():
        clear_outputs(model["content"])


def clear_outputs(nb: dict[str, Any]) -> dict[str, Any]:
    """``nb`` (a notebook as a dict, changed in place) without outputs, counts or widget state."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            cell.get("metadata", {}).pop("execution", None)
    nb.get("metadata", {}).pop("widgets", None)
    return nb

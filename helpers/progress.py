"""Progress bars for long loops, shown where a reader can use them and nowhere else.

A progress bar is for the person waiting, never for the page: text bars written into a
notebook's output stay there as hundreds of stderr lines once it is saved or exported. So:

- in a terminal, a text bar on stderr; a script whose stderr goes to a log file gets none
  (a bar there is a line of ``\r`` updates and padding, not progress anyone watches);
- in a Jupyter kernel (JupyterLab), one self-updating widget line when ipywidgets is installed,
  and nothing otherwise (never tqdm's text fallback and its ``IProgress not found`` warning);
- in a kernel run by ``python -m helpers run`` (which sets ``HELPERS_PROGRESS=off``), nothing:
  the runner shows the progress of notebooks and cells in its own terminal.

The environment variable :data:`PROGRESS_ENV` overrides the choice: ``off``, ``widget`` or
``text``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TypeVar

ItemT = TypeVar("ItemT")

__all__ = ["PROGRESS_ENV", "progress_bar", "progress_target"]

PROGRESS_ENV = "HELPERS_PROGRESS"
"""Where progress goes: ``off``, ``widget`` or ``text``; unset chooses by where the code runs."""


def progress_target() -> str:
    """``"off"``, ``"widget"`` or ``"text"``: where a progress bar would be shown now."""
    chosen = os.environ.get(PROGRESS_ENV, "").strip().lower()
    if chosen in ("off", "widget", "text"):
        return chosen
    if not _in_kernel():
        return "text" if sys.stderr is not None and sys.stderr.isatty() else "off"
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return "off"
    return "widget"


def progress_bar(
    items: Iterable[ItemT],
    *,
    total: int | None = None,
    desc: str,
    unit: str = "article",
    at_least: int = 0,
) -> Iterable[ItemT]:
    """``items`` with a progress bar where one helps (see the module docstring), else as is.

    ``at_least``: fewer items than this (``total``) get no bar, which would only be noise.
    """
    target = progress_target()
    if target == "off" or (total is not None and total < at_least):
        return items
    if target == "widget":
        from tqdm.notebook import tqdm

        return tqdm(items, total=total, desc=desc, unit=unit, leave=False)
    from tqdm.std import tqdm

    # the stderr judged a terminal above (tqdm's own default is the one at its import)
    return tqdm(items, total=total, desc=desc, unit=unit, leave=False, file=sys.stderr)


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (where stderr text becomes part of the saved notebook)."""
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ipython = shell.get_ipython()
    return ipython is not None and hasattr(ipython, "kernel")

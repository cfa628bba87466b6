"""The collection's notebooks and their parameters: find them, read and inject parameters.

Every notebook named ``NN_*.ipynb`` starts with a code cell tagged ``parameters``; the runner
inserts a cell tagged ``injected-parameters`` right after it (the papermill convention). These
functions read and write those cells; running the notebooks is :mod:`helpers.run`'s job.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

__all__ = [
    "INJECTED_TAG",
    "NOTEBOOKS_DIR",
    "NOTEBOOK_PATTERN",
    "PARAMETERS_TAG",
    "declared_parameters",
    "discover_notebooks",
    "imported_modules",
    "inject_parameters",
    "notebook_title",
    "notebook_weight",
    "parameters_cell_index",
    "parse_parameter_value",
    "tagged_cell",
]

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"


def discover_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The collection's notebooks (``NN_*.ipynb``) in ``folder``, in their numbered order."""
    return sorted(Path(folder).glob(NOTEBOOK_PATTERN))


def notebook_title(nb: NotebookNode, default: str) -> str:
    """The first markdown heading of the notebook (its title in the report), else ``default``."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return default


def notebook_weight(nb: NotebookNode) -> float:
    """The time the notebook declares it takes, relative to the others (``"helpers":
    {"weight": 46}`` in its metadata; 0 when it declares none): with ``--jobs`` the heaviest
    start first (:func:`helpers.run_pool.run_side_by_side`). A page that reads what others
    write to the cache declares less than its time, to start after them (04_compare)."""
    return float(nb.metadata.get("helpers", {}).get("weight", 0))


def parameters_cell_index(nb: NotebookNode) -> int:
    """Position of the cell tagged ``parameters``.

    Raises
    ------
    ValueError
        When no code cell carries the tag: the notebook cannot be run on another corpus.
    """
    index = tagged_cell(nb, PARAMETERS_TAG)
    if index is None:
        raise ValueError(f"no code cell tagged {PARAMETERS_TAG!r}")
    return index


def tagged_cell(nb: NotebookNode, tag: str) -> int | None:
    """Position of the first code cell carrying ``tag``, if any."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and tag in cell.metadata.get("tags", []):
            return index
    return None


def declared_parameters(nb: NotebookNode) -> dict[str, Any]:
    """Names set in the ``parameters`` cell, with their defaults (``...`` when not a literal)."""
    tree = ast.parse(nb.cells[parameters_cell_index(nb)].source)
    declared: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    try:
                        declared[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        declared[target.id] = ...
    return declared


def imported_modules(nb: NotebookNode) -> list[str]:
    """The modules that ``nb``'s code cells import at their top level, in order, once each.

    ``from helpers.plotting import ar`` names ``helpers.plotting``; relative imports and imports
    inside a block (an ``if``, a function) are left out, and so are cells that are not plain
    Python (IPython magics).
    """
    modules: dict[str, None] = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                modules.update(dict.fromkeys(alias.name for alias in node.names))
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules[node.module] = None
    return list(modules)


def inject_parameters(nb: NotebookNode, parameters: Mapping[str, Any]) -> NotebookNode:
    """A copy of ``nb`` with a cell after the ``parameters`` cell assigning ``parameters``.

    Values are written with ``repr``, so they must be Python literals (str, numbers, None,
    lists, dicts...). The original notebook is left untouched.

    Raises
    ------
    ValueError
        When ``nb`` has no ``parameters`` cell, or a value's ``repr`` is not a literal (a
        ``Path``, ``nan``...), which would fail in the kernel instead.
    """
    for name, value in parameters.items():
        try:
            ast.literal_eval(repr(value))
        except (ValueError, SyntaxError):
            raise ValueError(f"parameter {name}: {value!r} is not a Python literal") from None
    injected = copy.deepcopy(nb)
    lines = ["# Parameters injected by `python -m helpers run`"]
    lines += [f"{name} = {value!r}" for name, value in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": [INJECTED_TAG]})
    if injected.nbformat_minor >= 5:  # cell ids exist from nbformat 4.5 on
        cell.id = INJECTED_TAG
    else:
        del cell["id"]
    injected.cells.insert(parameters_cell_index(nb) + 1, cell)
    return injected


def parse_parameter_value(text: str) -> Any:
    """A command-line parameter value: a Python literal when it parses as one, else the string.

    ``"12"`` -> 12, ``"None"`` -> None, ``"['روسيا', 'الناتو']"`` -> a list, ``"BBC"`` -> "BBC".
    """
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text

"""The notebooks are committed clean: no outputs, a parameters cell first, no function definitions.

Outputs in git make diffs unreadable and can leak data from whatever corpus the author ran on;
the ``parameters`` cell is what ``python -m helpers run`` overrides; code lives in ``helpers``.
The checker is tested on a deliberately dirty notebook, so a pass means something.
"""

from __future__ import annotations

import ast

import nbformat
import pytest

from helpers.run import NOTEBOOKS_DIR, declared_parameters, discover_notebooks

NOTEBOOKS = discover_notebooks(NOTEBOOKS_DIR)
REQUIRED_PARAMETERS = {"corpus_path": "../corpus", "tables_dir": None}


def _python_source(source: str) -> str:
    """Cell source without IPython magics and shell escapes, which are not Python syntax."""
    return "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )


def notebook_problems(nb: nbformat.NotebookNode) -> list[str]:
    """Every way ``nb`` breaks the house rules for committed notebooks (empty when clean)."""
    problems = []
    first = nb.cells[0] if nb.cells else None
    if (
        first is None
        or first.cell_type != "code"
        or "parameters" not in first.metadata.get("tags", [])
    ):
        problems.append("first cell is not a code cell tagged 'parameters'")
    else:
        declared = declared_parameters(nb)
        for name, default in REQUIRED_PARAMETERS.items():
            if declared.get(name, ...) != default:
                problems.append(f"parameters cell must set {name} = {default!r}")
    markdown = [cell for cell in nb.cells if cell.cell_type == "markdown"]
    if not markdown or not markdown[0].source.startswith("# "):
        problems.append("first markdown cell must start with a '# ' title")
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            problems.append(f"cell {number} has outputs")
        if cell.get("execution_count") is not None:
            problems.append(f"cell {number} has an execution count")
        tree = ast.parse(_python_source(cell.source))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                problems.append(f"cell {number} defines {type(node).__name__} (move it to helpers)")
    return problems


def test_collection_has_the_corpus_and_compare_notebooks():
    names = [path.name for path in NOTEBOOKS]
    assert "00_corpus.ipynb" in names
    assert "04_compare.ipynb" in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_notebook_is_committed_clean(path):
    assert notebook_problems(nbformat.read(path, as_version=4)) == []


def test_checker_reports_each_problem_of_a_dirty_notebook():
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("x = 1\ndef helper():\n    return x", execution_count=3)
    code.outputs = [nbformat.v4.new_output("stream", text="1\n")]
    nb.cells = [
        nbformat.v4.new_markdown_cell("Some text, no title"),
        code,
        nbformat.v4.new_code_cell("%matplotlib inline\nclass Thing:\n    pass"),
    ]
    assert notebook_problems(nb) == [
        "first cell is not a code cell tagged 'parameters'",
        "first markdown cell must start with a '# ' title",
        "cell 2 has outputs",
        "cell 2 has an execution count",
        "cell 2 defines FunctionDef (move it to helpers)",
        "cell 3 defines ClassDef (move it to helpers)",
    ]


def test_checker_requires_the_runner_parameters():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell('corpus_path = "data"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_markdown_cell("# Title"),
    ]
    assert notebook_problems(nb) == [
        "parameters cell must set corpus_path = '../corpus'",
        "parameters cell must set tables_dir = None",
    ]

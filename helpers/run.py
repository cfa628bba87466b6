"""Execute the notebook collection on a corpus and write the HTML report.

Every notebook in ``notebooks/`` named ``NN_*.ipynb`` starts with a code cell tagged
``parameters``. The runner copies each notebook, inserts a cell tagged ``injected-parameters``
right after that cell (the papermill convention) which sets ``corpus_path``, ``tables_dir`` and
any parameter given on the command line, executes it with :mod:`nbclient` in a fresh kernel
whose working folder is the notebook's own, and exports it to one self-contained HTML page.
An ``index.html`` links the pages and the key tables the notebooks wrote as CSV.

Report pages hide the code: the story is told by the markdown cells and the outputs, and the
code is a few calls into ``helpers`` that a reader finds in the notebook itself.

A failing cell does not stop the collection: the failed notebook is still exported (its page
shows the traceback) and the remaining notebooks run; the result names every notebook and cell
that failed, and ``python -m helpers run`` exits non-zero.
"""

from __future__ import annotations

import ast
import copy
import html
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter
from nbformat import NotebookNode
from tqdm.auto import tqdm

from helpers.progress import PROGRESS_ENV

__all__ = [
    "CellFailure",
    "NotebookResult",
    "RunResult",
    "declared_parameters",
    "discover_notebooks",
    "execute_notebook",
    "export_html",
    "inject_parameters",
    "notebook_title",
    "parameters_cell_index",
    "parse_parameter_value",
    "run_collection",
    "run_notebook",
    "write_index",
]

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
KERNEL_NAME = "python3"
TEMPLATE_DIR = Path(__file__).resolve().parent / "data"
TEMPLATE_FILE = "report.html.j2"


@dataclass(frozen=True)
class CellFailure:
    """Where and why a notebook stopped.

    ``cell_number`` counts the cells of the notebook file from 1, markdown cells included, so it
    matches what a reader counts in JupyterLab (the injected cell is not counted).
    """

    cell_number: int
    first_line: str
    ename: str
    evalue: str

    def __str__(self) -> str:
        return f"cell {self.cell_number} ({self.first_line!r}): {self.ename}: {self.evalue}"


@dataclass(frozen=True)
class NotebookResult:
    """One executed notebook: its page, the CSV tables it wrote, and how it ended."""

    notebook: Path
    title: str
    html: Path
    tables: list[Path]
    seconds: float
    failure: CellFailure | None = None

    @property
    def ok(self) -> bool:
        """True when every cell ran without error."""
        return self.failure is None

    def describe_failure(self) -> str:
        """One line naming the notebook and the failed cell (empty when the notebook ran)."""
        return "" if self.ok else f"{self.notebook.name} failed at {self.failure}"


@dataclass(frozen=True)
class RunResult:
    """The whole collection: one result per notebook, in run order, and the index page."""

    corpus: Path
    index: Path
    notebooks: list[NotebookResult] = field(default_factory=list)

    @property
    def failures(self) -> list[NotebookResult]:
        """The notebooks that stopped at a failing cell."""
        return [result for result in self.notebooks if not result.ok]


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


def parameters_cell_index(nb: NotebookNode) -> int:
    """Position of the cell tagged ``parameters``.

    Raises
    ------
    ValueError
        When no code cell carries the tag: the notebook cannot be run on another corpus.
    """
    index = _tagged_cell(nb, PARAMETERS_TAG)
    if index is None:
        raise ValueError(f"no code cell tagged {PARAMETERS_TAG!r}")
    return index


def _tagged_cell(nb: NotebookNode, tag: str) -> int | None:
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


def execute_notebook(
    nb: NotebookNode,
    cwd: Path,
    *,
    timeout: int = 600,
    on_cell: Callable[[int, int], None] | None = None,
) -> CellFailure | None:
    """Run every cell of ``nb`` in place (outputs stored in it) in a fresh kernel in ``cwd``.

    Parameters
    ----------
    nb
        A notebook with its parameters already injected (see :func:`inject_parameters`).
    cwd
        The kernel's working folder; the notebook's own folder, so relative defaults resolve.
    timeout
        Seconds one cell may run before it counts as failed.
    on_cell
        Called with (cell index, cell count) before each cell, e.g. to move a progress bar.

    Returns
    -------
    CellFailure or None
        The first failing cell, numbered as in the notebook file before injection.
    """
    injected_at = _tagged_cell(nb, INJECTED_TAG)
    # The kernel talks over local sockets in a private folder instead of TCP ports: nothing
    # listens on the network, and ipykernel has no unencrypted-TCP warning to print.
    with tempfile.TemporaryDirectory(prefix="helpers-kernel-") as sockets:
        kernel = KernelManager(
            kernel_name=KERNEL_NAME, transport="ipc", ip=str(Path(sockets) / "kernel")
        )
        client = NotebookClient(
            nb, km=kernel, timeout=timeout, resources={"metadata": {"path": str(cwd)}}
        )
        try:
            # Progress bars belong to this terminal, not to the pages (see helpers.progress).
            with client.setup_kernel(env={**os.environ, PROGRESS_ENV: "off"}):
                for index, cell in enumerate(nb.cells):
                    if on_cell is not None:
                        on_cell(index, len(nb.cells))
                    try:
                        client.execute_cell(cell, index)
                    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
                        return _failure(nb, index, injected_at, error)
        finally:  # a kernel manager we pass in is ours to stop, not the client's
            if kernel.has_kernel:
                kernel.shutdown_kernel(now=True)
    return None


def _failure(
    nb: NotebookNode, index: int, injected_at: int | None, error: Exception
) -> CellFailure:
    """Describe the error of executed cell ``index`` in terms of the original notebook's cells."""
    number = index + 1 if injected_at is None or index < injected_at else index
    first_line = next((line for line in nb.cells[index].source.splitlines() if line.strip()), "")
    ename = getattr(error, "ename", None) or type(error).__name__
    evalue = getattr(error, "evalue", None) or str(error).strip().splitlines()[-1]
    return CellFailure(number, first_line.strip(), ename, evalue)


def export_html(nb: NotebookNode, destination: Path, title: str) -> Path:
    """Write ``nb`` as one self-contained HTML page (figures inline, no code, no CDN scripts)."""
    exporter = HTMLExporter(
        template_name="lab",
        extra_template_paths=[str(TEMPLATE_DIR)],
        template_file=TEMPLATE_FILE,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    page, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(page, encoding="utf-8")
    return destination


def run_notebook(
    path: Path,
    out: Path,
    parameters: Mapping[str, Any],
    *,
    timeout: int = 600,
    on_cell: Callable[[int, int], None] | None = None,
) -> NotebookResult:
    """Execute one notebook with ``parameters`` and export it to ``out/<stem>.html``.

    The notebook gets ``tables_dir = out/tables/<stem>`` (emptied of old CSVs first) on top of
    ``parameters``; the CSV files it leaves there are the key tables listed in the index.
    """
    nb = nbformat.read(path, as_version=4)
    title = notebook_title(nb, default=path.stem)
    tables_dir = out / "tables" / path.stem
    tables_dir.mkdir(parents=True, exist_ok=True)
    for stale in tables_dir.glob("*.csv"):
        stale.unlink()
    executed = inject_parameters(nb, {**parameters, "tables_dir": str(tables_dir)})
    started = time.perf_counter()
    failure = execute_notebook(executed, path.parent, timeout=timeout, on_cell=on_cell)
    seconds = time.perf_counter() - started
    page = export_html(executed, out / f"{path.stem}.html", title)
    tables = sorted(tables_dir.glob("*.csv"))
    return NotebookResult(path, title, page, tables, seconds, failure)


def run_collection(
    corpus: Path | str,
    out: Path | str,
    *,
    parameters: Mapping[str, Any] | None = None,
    notebooks: Iterable[Path] | None = None,
    timeout: int = 600,
    progress: bool = True,
) -> RunResult:
    """Execute every notebook on ``corpus`` and write the HTML pages, CSV tables and index.

    Parameters
    ----------
    corpus
        What ``load_corpus`` reads (a folder, a file or a glob); passed to every notebook as
        ``corpus_path``, made absolute since the notebooks run in their own folder.
    out
        Folder for ``index.html``, one ``<notebook>.html`` per notebook and ``tables/``.
    parameters
        Further notebook parameters (e.g. ``{"outlet_a": "BBC"}``), injected into every notebook.
    notebooks
        The notebooks to run; default every ``NN_*.ipynb`` in ``notebooks/``.
    timeout
        Seconds one cell may run.
    progress
        Show a progress bar over notebooks, with the current cell.

    Raises
    ------
    ValueError
        When a notebook has no ``parameters`` cell, or a parameter in ``parameters`` is declared
        by none of the notebooks (most likely a typo, which would otherwise be ignored).
    """
    corpus_path = str(Path(corpus).expanduser().resolve())
    paths = list(notebooks) if notebooks is not None else discover_notebooks()
    extra = dict(parameters or {})
    _check_parameters(paths, extra)
    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    bar = tqdm(paths, desc="notebooks", unit="nb", disable=not progress)

    def show_cell(index: int, count: int) -> None:
        bar.set_postfix_str(f"cell {index + 1}/{count}")

    results = []
    for path in bar:
        bar.set_description(path.stem)
        result = run_notebook(
            path, out, {"corpus_path": corpus_path, **extra}, timeout=timeout, on_cell=show_cell
        )
        results.append(result)
        if not result.ok:
            bar.write(result.describe_failure())
    bar.close()
    index = write_index(out, results, corpus_path)
    return RunResult(Path(corpus_path), index, results)


def _check_parameters(paths: list[Path], parameters: Mapping[str, Any]) -> None:
    """Refuse a parameter no notebook declares, and notebooks without a parameters cell."""
    declared: set[str] = set()
    for path in paths:
        try:
            declared |= declared_parameters(nbformat.read(path, as_version=4)).keys()
        except ValueError as error:
            raise ValueError(f"{path.name}: {error}") from error
    unknown = sorted(set(parameters) - declared)
    if unknown:
        raise ValueError(
            f"parameter(s) {', '.join(unknown)} declared by no notebook "
            f"(declared: {', '.join(sorted(declared))})"
        )


def write_index(out: Path, results: list[NotebookResult], corpus: str) -> Path:
    """Write ``out/index.html``: one entry per notebook with its status, page and CSV tables."""
    rows = []
    for result in results:
        status = "ran" if result.ok else f"FAILED at {result.failure}"
        tables = " ".join(
            f'<a href="{html.escape(table.relative_to(out).as_posix())}">'
            f"{html.escape(table.name)}</a>"
            for table in result.tables
        )
        rows.append(
            "<tr>"
            f'<td><a href="{html.escape(result.html.relative_to(out).as_posix())}" dir="auto">'
            f"{html.escape(result.title)}</a></td>"
            f"<td>{html.escape(result.notebook.name)}</td>"
            f'<td class="{"ok" if result.ok else "failed"}">{html.escape(status)}</td>'
            f"<td>{result.seconds:.1f}</td>"
            f"<td>{tables or '&mdash;'}</td>"
            "</tr>"
        )
    page = INDEX_PAGE.format(corpus=html.escape(str(corpus)), rows="\n".join(rows))
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


INDEX_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Arabic news notebooks: report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.4rem 0.6rem; text-align: left; }}
td.failed {{ color: #b00020; font-weight: bold; }}
code {{ background: #f4f4f4; padding: 0 0.2rem; }}
</style>
</head>
<body>
<h1>Arabic news notebooks: report</h1>
<p>Corpus: <code dir="auto">{corpus}</code></p>
<table>
<thead><tr><th>Notebook</th><th>File</th><th>Status</th><th>Seconds</th>
<th>Key tables (CSV)</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""

"""The runner: parameter injection, failure reporting, and the report of the whole collection.

Small throw-away notebooks exercise injection and failures (a kernel starts in ~2 s); one test
module fixture runs the real collection on the bundled corpus once (the slowest test of the
suite) and the report checks share it.
"""

from __future__ import annotations

import html
import re

import nbformat
import pandas as pd
import psutil
import pytest

from helpers.__main__ import main
from helpers.run import (
    declared_parameters,
    discover_notebooks,
    inject_parameters,
    notebook_title,
    parameters_cell_index,
    parse_parameter_value,
    run_collection,
)


def _notebook(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def _parameters(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source, metadata={"tags": ["parameters"]})


TINY = _notebook(
    nbformat.v4.new_markdown_cell("# Tiny notebook\n\nA title before the parameters."),
    _parameters('corpus_path = "../corpus"\ntables_dir = None\nk = 3'),
    nbformat.v4.new_markdown_cell("## What the kernel saw"),
    nbformat.v4.new_code_cell(
        "import os\nfrom pathlib import Path\nimport pandas as pd\n"
        "from helpers.display import show_table\n"
        "seen = pd.DataFrame({'name': ['corpus_path', 'k', 'cwd'],"
        " 'value': [corpus_path, str(k), os.getcwd()]})\n"
        "show_table(seen, caption='ما رآه النواة', name='seen', tables_dir=tables_dir)"
    ),
)


def _write(nb: nbformat.NotebookNode, folder, name: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    nbformat.write(nb, path)
    return path


# --- pure functions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("0.5", 0.5),
        ("None", None),
        ("BBC", "BBC"),
        ("الترا صوت", "الترا صوت"),
        ("['russia', 'nato']", ["russia", "nato"]),
        ("'12'", "12"),
    ],
)
def test_parameter_values_are_literals_when_they_parse(text, value):
    assert parse_parameter_value(text) == value


def test_injected_cell_follows_the_parameters_cell_and_leaves_the_original_alone():
    injected = inject_parameters(TINY, {"corpus_path": "/data/ant.csv", "k": 8})
    assert len(injected.cells) == len(TINY.cells) + 1
    cell = injected.cells[2]
    assert cell.metadata["tags"] == ["injected-parameters"]
    assert cell.source.splitlines()[1:] == ["corpus_path = '/data/ant.csv'", "k = 8"]
    assert [c.source for c in TINY.cells] == [
        c.source for i, c in enumerate(injected.cells) if i != 2
    ]
    nbformat.validate(injected)


def test_declared_parameters_and_title():
    assert parameters_cell_index(TINY) == 1
    assert declared_parameters(TINY) == {"corpus_path": "../corpus", "tables_dir": None, "k": 3}
    assert notebook_title(TINY, default="x") == "Tiny notebook"
    assert notebook_title(_notebook(), default="x") == "x"


def test_notebook_without_parameters_cell_is_refused():
    with pytest.raises(ValueError, match="parameters"):
        inject_parameters(_notebook(nbformat.v4.new_code_cell("x = 1")), {"k": 1})


def test_discovery_keeps_numbered_notebooks_in_order(tmp_path):
    for name in ["10_b.ipynb", "02_a.ipynb", "scratch.ipynb", "3_c.ipynb"]:
        _write(TINY, tmp_path, name)
    assert [p.name for p in discover_notebooks(tmp_path)] == ["02_a.ipynb", "10_b.ipynb"]


# --- executing small notebooks ------------------------------------------------------------


def test_parameters_reach_the_kernel_which_runs_in_the_notebook_folder(tmp_path, bundled_corpus):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_tiny.ipynb")
    result = run_collection(
        bundled_corpus,
        tmp_path / "out",
        parameters={"k": 8},
        notebooks=discover_notebooks(folder),
        progress=False,
    )
    assert result.failures == []
    seen = pd.read_csv(tmp_path / "out" / "tables" / "01_tiny" / "seen.csv")
    assert dict(zip(seen["name"], seen["value"], strict=True)) == {
        "corpus_path": str(bundled_corpus.resolve()),
        "k": "8",
        "cwd": str(folder.resolve()),
    }
    page = (tmp_path / "out" / "01_tiny.html").read_text(encoding="utf-8")
    assert "ما رآه النواة" in page
    assert "show_table(" not in page  # report pages hide the code
    # Each notebook's kernel is stopped when its notebook is done, not left to the exit.
    kernels = [
        p for p in psutil.Process().children(recursive=True) if "ipykernel" in " ".join(p.cmdline())
    ]
    assert kernels == []


def test_failing_cell_is_named_and_its_page_still_written(tmp_path, bundled_corpus, capsys):
    broken = _notebook(
        *TINY.cells,
        nbformat.v4.new_markdown_cell("## Breaks"),
        nbformat.v4.new_code_cell("# the sixth cell\nraise LookupError('no such outlet: X')"),
    )
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_fine.ipynb")
    _write(broken, folder, "02_broken.ipynb")
    status = main(
        ["run", "--corpus", str(bundled_corpus), "--out", str(tmp_path / "out"),
         "--notebooks", str(folder), "--quiet"]
    )  # fmt: skip
    assert status == 1
    errors = capsys.readouterr().err
    assert (
        "error: 02_broken.ipynb failed at cell 6 ('# the sixth cell'): "
        "LookupError: no such outlet: X"
    ) in errors
    assert "01_fine" not in errors
    assert "without encryption" not in errors  # kernels talk over local sockets, not TCP
    page = (tmp_path / "out" / "02_broken.html").read_text(encoding="utf-8")
    assert "no such outlet: X" in page  # the traceback is in the failed page
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "FAILED at cell 6" in index
    assert '<a href="01_fine.html"' in index and '<a href="02_broken.html"' in index


def test_value_that_is_no_literal_is_refused_before_running():
    with pytest.raises(ValueError, match="parameter k: nan is not a Python literal"):
        inject_parameters(TINY, {"k": float("nan")})


def test_bad_parameter_value_fails_where_it_is_used(tmp_path, bundled_corpus):
    folder = tmp_path / "nbs"
    _write(_notebook(*TINY.cells, nbformat.v4.new_code_cell("k + 1")), folder, "01_tiny.ipynb")
    result = run_collection(
        bundled_corpus, tmp_path / "out", parameters={"k": "eight"},
        notebooks=discover_notebooks(folder), progress=False,
    )  # fmt: skip
    assert str(result.failures[0].failure) == (
        "cell 5 ('k + 1'): TypeError: can only concatenate str (not \"int\") to str"
    )


def test_unknown_parameter_and_missing_corpus_are_usage_errors(tmp_path, bundled_corpus, capsys):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_tiny.ipynb")
    common = ["--out", str(tmp_path / "out"), "--notebooks", str(folder), "--quiet"]
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--corpus", str(bundled_corpus), "-p", "outlet_z", "BBC", *common])
    assert exit_info.value.code == 2
    assert "outlet_z declared by no notebook" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--corpus", str(tmp_path / "nowhere"), *common])
    assert exit_info.value.code == 2
    assert "no such file, folder or matching glob" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --- the real collection on the bundled corpus ----------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory, bundled_corpus):
    """The main job on the bundled corpus, run once for the checks below."""
    out = tmp_path_factory.mktemp("report")
    return run_collection(bundled_corpus, out, progress=False)


def _headings(path) -> list[str]:
    """The ``#`` and ``##`` headings of a notebook's markdown cells, in order."""
    nb = nbformat.read(path, as_version=4)
    return [
        line.lstrip("#").strip()
        for cell in nb.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if re.match(r"#{1,2} ", line)
    ]


def test_every_notebook_runs_on_the_bundled_corpus(report):
    assert [r.notebook.name for r in report.notebooks] == [p.name for p in discover_notebooks()]
    assert [r.describe_failure() for r in report.failures] == []


def test_pages_carry_their_sections_in_order_and_no_code(report):
    for result in report.notebooks:
        page = result.html.read_text(encoding="utf-8")
        assert f"<title>{html.escape(result.title)}</title>" in page
        text = html.unescape(re.sub(r"<[^>]+>", "", page))  # headings may hold <code> etc.
        cursor = 0
        for heading in (re.sub(r"[`*]", "", h) for h in _headings(result.notebook)):
            found = text.find(heading, cursor)  # present, and in the notebook's order
            assert found >= 0, (result.notebook.name, heading)
            cursor = found + len(heading)
        assert "load_corpus(corpus_path)" not in page
        assert "Traceback" not in page


def test_corpus_and_compare_pages_have_their_expected_sections(report):
    pages = {r.notebook.stem: r.html.read_text(encoding="utf-8") for r in report.notebooks}
    for heading in [
        "The load report",
        "Articles per outlet",
        "Articles over time",
        "Article lengths",
    ]:
        assert f">{heading}<" in pages["00_corpus"]
    for heading in ["Shared vocabulary", "Distinctive vocabulary", "Stance toward each actor"]:
        assert f">{heading}<" in pages["04_compare"]


def test_pages_are_self_contained(report):
    for result in report.notebooks:
        page = result.html.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=", page), result.notebook.name
        assert not re.search(r"<link[^>]+href=", page), result.notebook.name
        sources = re.findall(r'<img[^>]+src="([^"]{0,30})', page)
        assert all(s.startswith("data:image/") for s in sources), result.notebook.name
    figures = report.notebooks[0].html.read_text(encoding="utf-8").count("data:image/png;base64,")
    assert figures >= 1  # the articles-over-time chart of 00_corpus


def test_index_links_pages_and_tables(report):
    index = report.index.read_text(encoding="utf-8")
    for result in report.notebooks:
        assert f'<a href="{result.html.name}" dir="auto">{html.escape(result.title)}</a>' in index
        for table in result.tables:
            assert f'<a href="tables/{result.notebook.stem}/{table.name}">' in index
            assert table.is_file()
    assert "FAILED" not in index


def test_outlet_table_matches_the_bundled_corpus(report):
    """Counted by hand from corpus/README.md: files 001-015 by outlet slug, plus the seed."""
    outlets = pd.read_csv(report.index.parent / "tables" / "00_corpus" / "outlets.csv")
    assert dict(zip(outlets["outlet"], outlets["articles"], strict=True)) == {
        "صوت الشرق": 4,  # 004, 008, 013, 014
        "وكالة الأنباء العربية المستقلة": 4,  # 002, 007, 009, 011
        "منبر التحليل": 4,  # 003, 005, 012, 015
        "المرصد الأطلسي": 3,  # 001, 006, 010
        "الترا صوت": 1,  # the seed
    }


def test_second_run_gives_identical_tables(report, tmp_path, bundled_corpus):
    """Rerun the cheap notebooks (the corpus inventory and the comparison) into a new folder."""
    cheap = [r.notebook for r in report.notebooks if r.notebook.stem in {"00_corpus", "04_compare"}]
    again = run_collection(bundled_corpus, tmp_path, notebooks=cheap, progress=False)
    assert again.failures == []
    for result in again.notebooks:
        before = report.index.parent / "tables" / result.notebook.stem
        assert [t.name for t in result.tables] == sorted(p.name for p in before.glob("*.csv"))
        for table in result.tables:
            assert table.read_bytes() == (before / table.name).read_bytes(), table.name

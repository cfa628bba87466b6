"""The runner: parameter injection, failure reporting, and the report of the whole collection.

Small throw-away notebooks exercise injection and failures (a kernel starts in ~2 s); one test
module fixture runs the real collection on the bundled corpus once (the slowest test of the
suite) and the report checks share it.
"""

from __future__ import annotations

import html
import io
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time

import nbformat
import pandas as pd
import psutil
import pytest

import helpers.run as run_module
import helpers.run_progress as run_progress
from helpers.__main__ import EXAMPLES, build_parser, main, resolve_notebooks
from helpers.notebook_kernel import warm_up_code
from helpers.notebook_parameters import imported_modules, notebook_weight
from helpers.run import (
    NOTEBOOKS_DIR,
    _check_parameters,
    cell_timeout,
    declared_parameters,
    discover_notebooks,
    inject_parameters,
    notebook_title,
    parameters_cell_index,
    parse_parameter_value,
    run_collection,
)
from helpers.run_pool import WorkAside, run_side_by_side


def _notebook(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def _parameters(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source, metadata={"tags": ["parameters"]})


TINY = _notebook(
    nbformat.v4.new_markdown_cell("# Tiny notebook\n\nA title before the parameters."),
    _parameters('corpus_path = "../corpus"\ncorpus_snapshot = None\ntables_dir = None\nk = 3'),
    nbformat.v4.new_markdown_cell("## What the kernel saw"),
    nbformat.v4.new_code_cell(
        "import os\nfrom pathlib import Path\nimport pandas as pd\n"
        "from helpers.display import show_table\n"
        "import helpers.snapshot as snapshot\n"
        "loads = []  # load_corpus calls in this kernel: none when the runner's snapshot serves\n"
        "snapshot.load_corpus = lambda *args, **kwargs: loads.append(args)\n"
        "articles = len(snapshot.open_corpus(corpus_path, corpus_snapshot).articles)\n"
        "seen = pd.DataFrame({'name': ['corpus_path', 'k', 'cwd', 'articles', 'loads'],"
        " 'value': [corpus_path, str(k), os.getcwd(), str(articles), str(len(loads))]})\n"
        "show_table(seen, caption='ما رآه النواة', name='seen', tables_dir=tables_dir)"
    ),
)

WAIT = _notebook(
    nbformat.v4.new_markdown_cell("# Waits\n\nTells its kernel's pid, then waits for a file."),
    _parameters('corpus_path = "../corpus"\ntables_dir = None\nmarker = None\nrelease = None'),
    nbformat.v4.new_code_cell(
        "import os, time\nfrom pathlib import Path\n"
        "Path(marker).write_text(str(os.getpid()))\n"
        "deadline = time.monotonic() + 120\n"
        "while not Path(release).exists() and time.monotonic() < deadline:\n"
        "    time.sleep(0.1)"
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
    assert declared_parameters(TINY) == {
        "corpus_path": "../corpus",
        "corpus_snapshot": None,
        "tables_dir": None,
        "k": 3,
    }
    assert notebook_title(TINY, default="x") == "Tiny notebook"
    assert notebook_title(_notebook(), default="x") == "x"


def test_the_modules_a_notebook_imports_are_read_from_its_top_level_imports():
    nb = _notebook(
        nbformat.v4.new_markdown_cell("import not_code"),
        nbformat.v4.new_code_cell("import os, json as j\nfrom helpers.display import show_table"),
        nbformat.v4.new_code_cell("%matplotlib inline\nimport magic_cell"),  # not Python
        nbformat.v4.new_code_cell("if True:\n    import nested\nfrom . import relative\nimport os"),
        nbformat.v4.new_code_cell("from pathlib import Path\nx = 1"),
    )
    assert imported_modules(nb) == ["os", "json", "helpers.display", "pathlib"]
    assert warm_up_code(_notebook(nbformat.v4.new_code_cell("x = 1"))) == ""
    namespace: dict = {}
    exec(warm_up_code(nb), namespace)  # imports, binds nothing, swallows a missing module
    assert set(namespace) == {"__builtins__"}
    missing = _notebook(nbformat.v4.new_code_cell("import no_such_module_here\nimport os"))
    exec(warm_up_code(missing), {})


def test_kernels_start_and_import_their_modules_while_the_corpus_loads(
    tmp_path, bundled_corpus, monkeypatch
):
    # The notebook imports a module that leaves a mark when it is imported, and the runner's
    # load waits for that mark: only a kernel that imported the notebook's modules during the
    # load lets it end in time. The notebook's own cells still see a fresh namespace.
    modules, mark = tmp_path / "modules", tmp_path / "imported"
    modules.mkdir()
    (modules / "leaves_a_mark.py").write_text(
        f"from pathlib import Path\nPath({str(mark)!r}).touch()\n", encoding="utf-8"
    )
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(modules), os.environ.get("PYTHONPATH", "")])
    )
    load, marked_during_load = run_module.load_corpus, []

    def load_after_the_mark(path):
        deadline = time.monotonic() + 60
        while not mark.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        marked_during_load.append(mark.exists())
        return load(path)

    monkeypatch.setattr(run_module, "load_corpus", load_after_the_mark)
    nb = _notebook(
        *TINY.cells,
        nbformat.v4.new_code_cell(
            "import sys\n"
            "early = pd.DataFrame({'imported': ['leaves_a_mark' in sys.modules],"
            " 'bound': ['leaves_a_mark' in dir()],"
            " 'count': [len(In) - 1]})\n"
            "show_table(early, name='early', tables_dir=tables_dir)"
        ),
        nbformat.v4.new_code_cell("import leaves_a_mark"),
    )
    result = run_collection(
        bundled_corpus, tmp_path / "out", notebooks=[_write(nb, tmp_path / "nbs", "01_m.ipynb")],
        progress=False,
    )  # fmt: skip
    assert result.failures == []
    assert marked_during_load == [True]
    early = pd.read_csv(tmp_path / "out" / "tables" / "01_m" / "early.csv")
    # imported before its cell, bound to no name; this is the fourth cell executed (after the
    # parameters, the runner's and TINY's): the warm-up took no execution count
    assert early.to_dict("records") == [{"imported": True, "bound": False, "count": 4}]


def test_notebook_without_parameters_cell_is_refused():
    with pytest.raises(ValueError, match="parameters"):
        inject_parameters(_notebook(nbformat.v4.new_code_cell("x = 1")), {"k": 1})


def test_discovery_keeps_numbered_notebooks_in_order(tmp_path):
    for name in ["10_b.ipynb", "02_a.ipynb", "scratch.ipynb", "3_c.ipynb"]:
        _write(TINY, tmp_path, name)
    assert [p.name for p in discover_notebooks(tmp_path)] == ["02_a.ipynb", "10_b.ipynb"]


# --- executing small notebooks ------------------------------------------------------------


def test_parameters_reach_the_kernel_which_runs_in_the_notebook_folder(
    tmp_path, bundled_corpus, monkeypatch
):
    runner_loads = []
    load = run_module.load_corpus
    monkeypatch.setattr(
        run_module, "load_corpus", lambda path: runner_loads.append(path) or load(path)
    )
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
        "articles": "16",
        "loads": "0",  # the kernel read the runner's snapshot instead of loading
    }
    assert runner_loads == [str(bundled_corpus.resolve())]  # one load for the whole run
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


LEAVES = _notebook(
    nbformat.v4.new_markdown_cell("# Leaves things behind"),
    _parameters('corpus_path = "../corpus"\ntables_dir = None'),
    nbformat.v4.new_code_cell(
        "import os, sys, warnings\nimport matplotlib as mpl\nimport matplotlib.pyplot as plt\n"
        "import bokeh\nimport pandas as pd\nfrom helpers.display import show_table\n"
        "left_behind = 'a name only this page defines'\n"
        "pd.set_option('display.max_rows', 3)\nwarnings.simplefilter('ignore')\n"
        "mpl.rcParams['lines.linewidth'] = 9\nplt.figure()\n"
        "os.environ['LEFT_BEHIND'] = 'yes'\nsys.path.append('/left/behind')\nos.chdir('/')\n"
        "show_table(pd.DataFrame({'pid': [os.getpid()]}), name='kernel', tables_dir=tables_dir)"
    ),
)

READS = _notebook(
    nbformat.v4.new_markdown_cell("# Reads what a page before it left"),
    _parameters('corpus_path = "../corpus"\ntables_dir = None'),
    nbformat.v4.new_code_cell(
        "import os, sys, warnings\nimport matplotlib as mpl\nimport matplotlib.pyplot as plt\n"
        "import bokeh\nimport pandas as pd\nfrom helpers.display import show_table\n"
        "state = {\n"
        "    'names from before': 'left_behind' in dir(),\n"
        "    'max_rows': pd.get_option('display.max_rows'),\n"
        "    'every warning ignored': ('ignore', None, Warning, None, 0) in warnings.filters,\n"
        "    'filters bokeh added': sum(f[2].__module__.startswith('bokeh') for f in"
        " warnings.filters),\n"
        "    'line width': mpl.rcParams['lines.linewidth'],\n"
        "    'open figures': len(plt.get_fignums()),\n"
        "    'LEFT_BEHIND': os.environ.get('LEFT_BEHIND'),\n"
        "    'HELPERS_NOTEBOOK': os.environ.get('HELPERS_NOTEBOOK'),\n"
        "    '/left/behind in sys.path': '/left/behind' in sys.path,\n"
        "    'cwd': os.getcwd(),\n"
        "    'cells run': len(In) - 1,\n"
        "}\n"
        "show_table(pd.DataFrame({'name': list(state), 'value': list(map(str, state.values()))}),"
        " name='state', tables_dir=tables_dir)\n"
        "show_table(pd.DataFrame({'pid': [os.getpid()]}), name='kernel', tables_dir=tables_dir)"
    ),
    nbformat.v4.new_code_cell("left_behind  # the fifth cell: defined by another page only"),
)


def test_a_kept_kernel_shows_each_page_what_a_fresh_one_would(tmp_path, bundled_corpus):
    # One worker runs both pages in one kernel; the second page sees none of what the first
    # left (names, options, filters, rcParams, figures, environment, folder), exactly as when
    # it runs alone in a fresh kernel, and a name only the first page defined is a NameError.
    folder = tmp_path / "nbs"
    leaves, reads = (
        _write(LEAVES, folder, "01_leaves.ipynb"),
        _write(READS, folder, "02_reads.ipynb"),
    )
    after = run_collection(
        bundled_corpus, tmp_path / "after", notebooks=[leaves, reads], progress=False
    )
    alone = run_collection(bundled_corpus, tmp_path / "alone", notebooks=[reads], progress=False)
    for result in (after, alone):
        assert [page.describe_failure() for page in result.failures] == [
            "02_reads.ipynb failed at cell 4 ('left_behind  # the fifth cell: defined by "
            "another page only'): NameError: name 'left_behind' is not defined"
        ]
    tables = tmp_path / "after" / "tables"
    kernels = [
        pd.read_csv(tables / stem / "kernel.csv")["pid"][0] for stem in ("01_leaves", "02_reads")
    ]
    assert kernels[0] == kernels[1]  # the second page ran in the first page's kernel
    state = pd.read_csv(tables / "02_reads" / "state.csv", keep_default_na=False)
    fresh = pd.read_csv(
        tmp_path / "alone" / "tables" / "02_reads" / "state.csv", keep_default_na=False
    )
    pd.testing.assert_frame_equal(state, fresh)
    assert dict(zip(state["name"], state["value"], strict=True)) == {
        "names from before": "False",
        "max_rows": "60",
        "every warning ignored": "False",
        "filters bokeh added": "2",  # a library's own filters stay: it added them once
        "line width": "1.5",
        "open figures": "0",
        "LEFT_BEHIND": "None",
        "HELPERS_NOTEBOOK": "02_reads",
        "/left/behind in sys.path": "False",
        "cwd": str(folder.resolve()),
        "cells run": "3",
    }
    assert all(page.cpu_seconds > 0 for page in after.notebooks)  # each page's kernel CPU


def test_after_a_failed_page_or_a_dead_kernel_the_next_page_gets_a_fresh_kernel(
    tmp_path, bundled_corpus
):
    tells_its_pid = nbformat.v4.new_code_cell(
        "import os\nimport pandas as pd\n"
        "pd.DataFrame({'pid': [os.getpid()]}).to_csv(f'{tables_dir}/pid.csv', index=False)"
    )
    pages = {
        "01_dies": "os._exit(3)",
        "02_fails": "raise LookupError('this page fails')",
        "03_runs": "1 + 1",
    }
    notebooks = [
        _write(_notebook(_parameters("tables_dir = None"), tells_its_pid,
                         nbformat.v4.new_code_cell(ending)), tmp_path / "nbs", f"{stem}.ipynb")
        for stem, ending in pages.items()
    ]  # fmt: skip
    result = run_collection(bundled_corpus, tmp_path / "out", notebooks=notebooks, progress=False)
    endings = [page.failure.ename if page.failure else "ran" for page in result.notebooks]
    assert endings == ["DeadKernelError", "LookupError", "ran"]
    tables = tmp_path / "out" / "tables"
    pids = {pd.read_csv(tables / stem / "pid.csv")["pid"][0] for stem in pages}
    assert len(pids) == 3  # three kernels: none kept after a death or a failure


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


def test_a_scheduler_that_is_not_one_or_does_not_answer_stops_the_run(
    tmp_path, bundled_corpus, capsys
):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_tiny.ipynb")
    common = ["--corpus", str(bundled_corpus), "--out", str(tmp_path / "out"), "--quiet"]
    with pytest.raises(SystemExit) as exit_info:
        main(["run", *common, "--notebooks", str(folder), "--scheduler", "localhost:8786"])
    assert exit_info.value.code == 2
    assert "scheduler 'localhost:8786': expected local:N" in capsys.readouterr().err
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    assert main(["run", *common, "--notebooks", str(folder), "--scheduler", address]) == 2
    assert capsys.readouterr().err.startswith(f"error: no Dask scheduler answers at {address}")
    assert not (tmp_path / "out").exists()


# --- runs as a user starts them: concurrent, interrupted, odd corpora, the command line ------


def _corpus(tmp_path, name: str, texts: list[str]):
    """A small corpus folder of plain-text articles."""
    folder = tmp_path / name
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    return folder


ARABIC_ARTICLES = [
    "قال وزير الخارجية الروسي إن المحادثات مع واشنطن كانت صريحة ومفيدة.",
    "أعلن حلف الناتو أنه سيعزز وجوده في شرق أوروبا خلال الأسابيع المقبلة.",
]


def _run_in_background(tmp_path, corpus, out, notebooks, *extra, env=None):
    """``python -m helpers run`` in a subprocess (stderr captured), as a user starts it."""
    command = [
        sys.executable, "-m", "helpers", "run", "--corpus", str(corpus), "--out", str(out),
        "--notebooks", *map(str, notebooks), *extra,
    ]  # fmt: skip
    return subprocess.Popen(
        command, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )


def _wait_for(path, process, seconds=120):
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.1)
    time.sleep(0.2)  # the pid is written in full
    return int(path.read_text())


def _files(folder) -> dict:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != ".helpers-run.lock"
    }


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_runs(
    tmp_path, bundled_corpus, capsys
):
    folder = tmp_path / "nbs"
    tiny = _write(TINY, folder, "01_tiny.ipynb")
    wait = _write(WAIT, folder, "02_wait.ipynb")
    other = _corpus(tmp_path, "other", ARABIC_ARTICLES)
    out, marker, release = tmp_path / "out", tmp_path / "marker", tmp_path / "release"
    first = _run_in_background(
        tmp_path, bundled_corpus, out, [tiny, wait], "-p", "marker", str(marker),
        "-p", "release", str(release), "--quiet",
    )  # fmt: skip
    try:
        _wait_for(marker, first)
        status = main(["run", "--corpus", str(other), "--out", str(out), "--notebooks",
                       str(tiny), "--quiet"])  # fmt: skip
        assert status == 2
        assert capsys.readouterr().err == (
            f"error: {out} is in use by another run (process {first.pid}); wait for it to "
            "finish or choose another --out\n"
        )
    finally:
        release.touch()
        assert first.wait(120) == 0, first.stderr.read()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"Corpus: {bundled_corpus.resolve()}" in _visible_text(index)
    seen = pd.read_csv(out / "tables" / "01_tiny" / "seen.csv")
    assert seen.set_index("name")["value"]["corpus_path"] == str(bundled_corpus.resolve())


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_run_leaves_the_folder_as_it_was_and_nothing_behind(
    tmp_path, bundled_corpus, stop
):
    folder = tmp_path / "nbs"
    tiny = _write(TINY, folder, "01_tiny.ipynb")
    wait = _write(WAIT, folder, "02_wait.ipynb")
    out, marker = tmp_path / "out", tmp_path / "marker"
    assert main(["run", "--corpus", str(bundled_corpus), "--out", str(out),
                 "--notebooks", str(tiny), "--quiet"]) == 0  # fmt: skip
    before = _files(out)
    temp, runtime = tmp_path / "temp", tmp_path / "runtime"
    temp.mkdir()
    run = _run_in_background(
        tmp_path, _corpus(tmp_path, "other", ARABIC_ARTICLES), out, [tiny, wait],
        "-p", "marker", str(marker), "-p", "release", str(tmp_path / "never"),
        env={"TMPDIR": str(temp), "JUPYTER_RUNTIME_DIR": str(runtime)},
    )  # fmt: skip
    kernel = _wait_for(marker, run)
    run.send_signal(stop)
    assert run.wait(60) == 128 + stop
    errors = run.stderr.read()
    assert errors.splitlines()[-1] == (
        f"interrupted during 02_wait (01_tiny had finished); {out} is unchanged: a report is "
        "moved there only when its run completes"
    )
    assert "Traceback" not in errors
    assert _files(out) == before  # the earlier report, whole; no half-written page
    assert not list(out.glob(".helpers-build-*"))
    assert list(temp.iterdir()) == []  # no kernel sockets, no connection files
    assert not runtime.exists() or list(runtime.iterdir()) == []
    assert not psutil.pid_exists(kernel) or psutil.Process(kernel).status() == "zombie"


def _relay(mine: str, awaited: str) -> nbformat.NotebookNode:
    """Writes ``<folder>/<mine>`` (its kernel's pid), then waits up to 60 s for ``awaited``."""
    return _notebook(
        nbformat.v4.new_markdown_cell(f"# Relay {mine}"),
        _parameters('corpus_path = "../corpus"\ntables_dir = None\nfolder = None'),
        nbformat.v4.new_code_cell(
            "import os, time\nfrom pathlib import Path\nimport pandas as pd\n"
            "from helpers.display import show_table\n"
            f"Path(folder, {mine!r}).write_text(str(os.getpid()))\n"
            "deadline = time.monotonic() + 60\n"
            f"while not Path(folder, {awaited!r}).exists() and time.monotonic() < deadline:\n"
            "    time.sleep(0.1)\n"
            f"saw = pd.DataFrame({{'saw': [Path(folder, {awaited!r}).exists()]}})\n"
            "show_table(saw, name='saw', tables_dir=tables_dir)"
        ),
    )


def test_two_jobs_run_two_notebooks_at_once(tmp_path, bundled_corpus):
    # each notebook waits for the file the other writes: only side by side do both see it
    folder, signals = tmp_path / "nbs", tmp_path / "signals"
    signals.mkdir()
    first = _write(_relay("a", "b"), folder, "01_a.ipynb")
    second = _write(_relay("b", "a"), folder, "02_b.ipynb")
    result = run_collection(
        bundled_corpus, tmp_path / "out", notebooks=[first, second], progress=False,
        parameters={"folder": str(signals)}, jobs=2,
    )  # fmt: skip
    assert [page.notebook.name for page in result.notebooks] == ["01_a.ipynb", "02_b.ipynb"]
    for stem in ("01_a", "02_b"):
        saw = pd.read_csv(tmp_path / "out" / "tables" / stem / "saw.csv")
        assert saw["saw"].tolist() == [True]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "01_a.html" in index and "02_b.html" in index


def test_with_two_jobs_each_progress_line_names_its_own_notebook(
    tmp_path, bundled_corpus, monkeypatch
):
    # two notebooks run at once (each waits for the other), and every cell gets a log line:
    # a cell of 01_a must be told as 01_a's, whatever 02_b started meanwhile
    monkeypatch.setattr(run_progress, "LONG_CELL", 0.0)
    folder, signals = tmp_path / "nbs", tmp_path / "signals"
    signals.mkdir()
    notebooks = []
    for position, (mine, other) in enumerate([("a", "b"), ("b", "a")], start=1):
        nb = _relay(mine, other)
        nb.cells.append(nbformat.v4.new_code_cell(f"# after the wait, in {mine}\nimport time"))
        notebooks.append(_write(nb, folder, f"0{position}_{mine}.ipynb"))
    log = io.StringIO()
    run_collection(
        bundled_corpus, tmp_path / "out", notebooks=notebooks, jobs=2,
        progress=run_progress.TerminalProgress(log), parameters={"folder": str(signals)},
    )  # fmt: skip
    told = re.findall(r"^\[(\d)/2\] 0\d_(\w): cell (\d)/4 (.*) took \d+ s$", log.getvalue(), re.M)
    # five cells each: the parameters cell and the runner's injected one both count as cell 2
    assert len(told) == len(set(told)) == 10, log.getvalue()
    for name in "ab":
        mine = {(number, text) for _, told_name, number, text in told if told_name == name}
        assert {("1", f"# Relay {name}"), ("4", f"# after the wait, in {name}")} < mine
    assert {(position, name) for position, name, _, _ in told} == {("1", "a"), ("2", "b")}


def test_with_two_jobs_the_heaviest_steps_start_first():
    # the two heaviest steps start together and wait for each other; the others start after
    meeting, started = threading.Barrier(2, timeout=30), []

    def work(name: str, meets: bool):
        def run(given: None) -> str:
            started.append(name)
            if meets:
                meeting.wait()
            return name

        return run

    steps = [
        (name, work(name, name in ("heavy", "middle")))
        for name in ("light", "heavy", "middle", "none")
    ]
    results = run_side_by_side(steps, 2, [], [], weights=[1, 5, 3, 0])
    assert results == ["light", "heavy", "middle", "none"]  # in step order, as the pages are
    assert set(started[:2]) == {"heavy", "middle"} and set(started[2:]) == {"light", "none"}
    started.clear()
    assert run_side_by_side(steps[::3], 1, [], [], weights=[0, 9]) == ["light", "none"]
    assert started == ["light", "none"]  # one job: in step order


def test_notebooks_declare_their_weight():
    nb = _notebook()
    assert notebook_weight(nb) == 0
    nb.metadata["helpers"] = {"needs": ["arabic"], "weight": 44}
    assert notebook_weight(nb) == 44.0
    # the collection's heaviest pages start first: stance, topics, frequency
    weights = {
        p.stem: notebook_weight(nbformat.read(p, as_version=4)) for p in discover_notebooks()
    }
    assert sorted(weights, key=weights.get, reverse=True)[:3] == [
        "02_stance",
        "03_topics",
        "01_frequency",
    ]
    # the comparison page reads the others' counts, stance rows and topics: it starts last
    assert min(weights, key=weights.get) == "04_compare"


def test_an_interrupted_run_of_two_jobs_stops_both_kernels_and_leaves_nothing(
    tmp_path, bundled_corpus
):
    folder, signals = tmp_path / "nbs", tmp_path / "signals"
    signals.mkdir()
    notebooks = [
        _write(_relay("a", "never"), folder, "01_a.ipynb"),
        _write(_relay("b", "never"), folder, "02_b.ipynb"),
        _write(_relay("c", "never"), folder, "03_c.ipynb"),
    ]
    out, temp = tmp_path / "out", tmp_path / "temp"
    temp.mkdir()
    run = _run_in_background(
        tmp_path, bundled_corpus, out, notebooks, "--jobs", "2", "--quiet",
        "-p", "folder", str(signals), env={"TMPDIR": str(temp)},
    )  # fmt: skip
    kernels = [_wait_for(signals / "a", run), _wait_for(signals / "b", run)]
    run.send_signal(signal.SIGTERM)
    assert run.wait(60) == 128 + signal.SIGTERM
    errors = run.stderr.read()
    assert errors.splitlines()[-1] == (
        f"interrupted during 01_a, 02_b (no notebook had finished); {out} is unchanged: a "
        "report is moved there only when its run completes"
    )
    assert "Traceback" not in errors
    assert not (signals / "c").exists()  # the third notebook never started
    assert not out.exists() or not list(out.glob(".helpers-build-*"))
    assert list(temp.iterdir()) == []  # no kernel sockets, no connection files
    for kernel in kernels:
        assert not psutil.pid_exists(kernel) or psutil.Process(kernel).status() == "zombie"


def test_the_users_files_are_refused_then_kept_and_a_subset_rerun_lists_every_page(
    tmp_path, bundled_corpus, capsys
):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_first.ipynb")
    second = _write(TINY, folder, "02_second.ipynb")
    out = tmp_path / "out"
    assert main(["run", "--corpus", str(bundled_corpus), "--out", str(out),
                 "--notebooks", str(folder), "--quiet"]) == 0  # fmt: skip
    mine = out / "tables" / "02_second" / "user_table.csv"
    mine.write_text("my own table\n", encoding="utf-8")
    other = _corpus(tmp_path, "other", ARABIC_ARTICLES)
    rerun = ["run", "--corpus", str(other), "--out", str(out), "--notebooks", str(second),
             "--quiet"]  # fmt: skip
    assert main(rerun) == 2
    assert "tables/02_second/user_table.csv); choose an empty or new folder, or pass " \
        "--allow-other-files" in capsys.readouterr().err  # fmt: skip
    assert main([*rerun, "--allow-other-files"]) == 0
    assert mine.read_text(encoding="utf-8") == "my own table\n"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]+\.html)"', index) == ["01_first.html", "02_second.html"]
    assert "These pages come from different runs" in index
    rows = [_visible_text(row) for row in re.findall(r"<tr><td>.*?</tr>", index)]
    assert str(bundled_corpus.resolve()) in rows[0] and str(other) in rows[1]
    seen = pd.read_csv(out / "tables" / "02_second" / "seen.csv").set_index("name")["value"]
    assert seen["corpus_path"] == str(other)


def test_the_corpus_has_one_source_of_truth(tmp_path, bundled_corpus, capsys):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_tiny.ipynb")
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--corpus", str(bundled_corpus), "--out", str(tmp_path / "out"),
              "--notebooks", str(folder), "-p", "corpus_path", "/elsewhere"])  # fmt: skip
    assert exit_info.value.code == 2
    assert "corpus_path are set by the runner: give the corpus with --corpus" in (
        capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("full_disk", [False, True], ids=["disk", "full-disk"])
def test_an_empty_folder_stops_before_any_notebook_with_one_sentence(
    tmp_path, capsys, monkeypatch, full_disk
):
    """Told in one sentence, even when its snapshot cannot be written (the refusal first)."""
    if full_disk:

        def no_space(*args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(run_module, "write_snapshot", no_space)
    empty = tmp_path / "empty"
    empty.mkdir()
    status = main(["run", "--corpus", str(empty), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 2
    assert capsys.readouterr().err == (
        f"error: no articles to analyse: {empty} holds no files to read\n"
    )
    assert not (tmp_path / "out").exists()


def test_an_english_folder_runs_the_inventory_and_says_why_the_rest_cannot(tmp_path, capsys):
    english = _corpus(
        tmp_path,
        "english",
        [
            "The foreign minister said the talks with Washington were frank and useful.",
            "NATO announced it would strengthen its presence in eastern Europe within weeks.",
        ],
    )
    out = tmp_path / "out"
    notebooks = [str(NOTEBOOKS_DIR / "00_corpus.ipynb"), "02_stance"]
    assert main(["run", "--corpus", str(english), "--out", str(out), "--notebooks",
                 *notebooks, "--quiet"]) == 0  # fmt: skip
    reason = "none of the 2 articles has Arabic text, and this notebook analyses Arabic words"
    assert f"skipped: 02_stance: {reason}" in capsys.readouterr().err
    assert "Traceback" not in (out / "00_corpus.html").read_text(encoding="utf-8")
    assert not (out / "02_stance.html").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'<td class="skipped">skipped: {reason}</td>' in index


def test_report_folders_that_cannot_be_are_refused_with_the_reason(tmp_path, capsys):
    corpus = _corpus(tmp_path, "articles", ARABIC_ARTICLES)
    inside = corpus / "report"
    assert main(["run", "--corpus", str(corpus), "--out", str(inside), "--quiet"]) == 2
    assert capsys.readouterr().err == (
        f"error: the report folder {inside} is inside the corpus folder {corpus}: its tables "
        "would be read as articles by the next run; choose an --out outside it\n"
    )
    assert not inside.exists()
    a_file = tmp_path / "report.html"
    a_file.write_text("mine", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--out", str(a_file), "--quiet"]) == 2
    assert capsys.readouterr().err == (
        f"error: cannot write the report into {a_file}: File exists\n"
    )
    assert a_file.read_text(encoding="utf-8") == "mine"


def test_run_sh_reads_relative_paths_from_the_callers_folder_and_passes_options_on(
    tmp_path, bundled_corpus, repo_root
):
    folder = tmp_path / "nbs"
    _write(TINY, folder, "01_tiny.ipynb")
    work = tmp_path / "somewhere" / "else"
    work.mkdir(parents=True)
    relative_corpus = os.path.relpath(bundled_corpus, work)
    done = subprocess.run(
        ["bash", str(repo_root / "scripts" / "run.sh"), relative_corpus, "out",
         "-p", "k", "6", "--notebooks", str(folder), "--quiet"],
        cwd=work, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = pd.read_csv(work / "out" / "tables" / "01_tiny" / "seen.csv").set_index("name")
    assert seen["value"]["corpus_path"] == str(bundled_corpus.resolve())
    assert seen["value"]["k"] == "6"


def test_notebooks_are_named_by_file_project_path_or_name_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    stance = NOTEBOOKS_DIR / "02_stance.ipynb"
    assert resolve_notebooks(["notebooks/02_stance.ipynb"]) == [stance]
    assert resolve_notebooks(["02_stance", "02", str(stance)]) == [stance]
    assert resolve_notebooks(["04", "00"]) == [
        NOTEBOOKS_DIR / "04_compare.ipynb",
        NOTEBOOKS_DIR / "00_corpus.ipynb",
    ]
    with pytest.raises(ValueError, match="--notebooks 7: no such notebook"):
        resolve_notebooks(["7"])
    (tmp_path / "02_stance.ipynb").write_bytes(stance.read_bytes())
    with pytest.raises(ValueError, match="two notebooks named 02_stance would share a page"):
        resolve_notebooks(["02", "02_stance.ipynb"])


@pytest.mark.parametrize("example", [line for line in EXAMPLES.splitlines()[1:] if line.strip()])
def test_every_example_of_the_help_is_accepted(example):
    args = build_parser().parse_args(shlex.split(example)[3:])
    notebooks = resolve_notebooks(args.notebooks) if args.notebooks else discover_notebooks()
    parameters = {name: parse_parameter_value(value) for name, value in args.parameter}
    _check_parameters(notebooks, parameters)  # raises on a parameter no notebook declares


def test_cell_timeouts_grow_with_the_corpus():
    assert cell_timeout(0) == 600
    assert cell_timeout(31_525) == 600 + 1892  # ANT: 0.06 s per article, rounded up
    assert build_parser().parse_args(["run", "--corpus", "c", "--timeout", "0"]).timeout is None
    assert build_parser().parse_args(["run", "--corpus", "c"]).timeout == "auto"


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


def test_on_a_local_cluster_the_pages_show_the_in_memory_figures(report, tmp_path, bundled_corpus):
    """``--scheduler local:2``: the notebooks take the cluster's path (the inventory page says
    where the analyses ran) and every table of every page is the in-memory run's, byte for
    byte: top terms, keyness, article and outlet stance, clusters, the comparison."""
    out = tmp_path / "cluster"
    status = main(["run", "--corpus", str(bundled_corpus), "--out", str(out),
                   "--scheduler", "local:2", "--quiet"])  # fmt: skip
    assert status == 0
    memory_tables = report.index.parent / "tables"
    compared = 0
    for before in sorted(memory_tables.glob("*/*.csv")):
        after = out / "tables" / before.parent.name / before.name
        assert after.read_bytes() == before.read_bytes(), after
        compared += 1
    assert compared == len(list((out / "tables").glob("*/*.csv"))) >= 20
    top_terms = pd.read_csv(out / "tables" / "01_frequency" / "top_terms.csv")
    stance_rows = pd.read_csv(out / "tables" / "02_stance" / "article_stance.csv")
    assert len(top_terms) > 20 and len(stance_rows) > 10
    inventory = _visible_text((out / "00_corpus.html").read_text(encoding="utf-8"))
    assert re.search(r"16 articles to analyse, on the Dask cluster at tcp://\S+ \(2 workers\)",
                     html.unescape(inventory))  # fmt: skip
    in_memory = _visible_text((report.index.parent / "00_corpus.html").read_text("utf-8"))
    assert "16 articles to analyse, in memory" in html.unescape(in_memory)


def _visible_text(page: str) -> str:
    """What a reader sees of an HTML fragment: its text without the tags."""
    return re.sub(r"<[^>]+>", "", page)


def test_work_aside_runs_in_order_and_raises_the_first_error_when_finished():
    done: list[str] = []
    started = threading.Event()
    release = threading.Event()
    aside = WorkAside("test-aside")

    def slow() -> None:
        started.set()
        release.wait(5)
        done.append("slow")

    def fails(name: str) -> None:
        done.append(name)
        raise ValueError(name)

    aside.submit(slow)
    aside.submit(lambda: fails("first"))
    aside.submit(lambda: fails("second"))
    assert started.wait(5) and done == []  # the submitter did not wait for the work
    release.set()
    with pytest.raises(ValueError, match="first"):
        aside.finish()
    assert done == ["slow", "first", "second"]  # every piece ran, one after the other

    release.clear()
    with WorkAside("test-aside") as stopped:
        stopped.submit(lambda: release.wait(5))
        stopped.submit(lambda: done.append("never"))
        threading.Timer(0.2, release.set).start()
    assert release.is_set()  # leaving waited for the running work, and started none of the rest
    assert done[-1] == "second"

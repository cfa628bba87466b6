"""Command line: ``python -m helpers run --corpus PATH --out DIR [-p NAME VALUE] [--scheduler S]``.

Executes every notebook on the corpus and writes the HTML report (see :mod:`helpers.run`).
Exit status: 0 when every notebook ran (or was skipped with its reason), 1 when a cell failed
(each failure is named on stderr), 2 when the run could not start (usage error, unknown
parameter, missing corpus, a corpus without articles, an output folder in use or holding other
files, a scheduler that does not answer), 130 on Ctrl-C and 143 on SIGTERM (one line says what
had finished).
"""

from __future__ import annotations

import argparse
import glob
import signal
import sys
from pathlib import Path

# Before anything imports nbformat: it imports jsonschema, which imports rfc3987_syntax when it
# is installed (JupyterLab's jupyter-events asks for it) only to check the "iri" format of
# draft-7 schemas, and that module compiles its grammar on import: a CPU second before the
# corpus load can start. nbformat validates notebooks against draft 4, which has no such
# format, so the command tells Python the module is absent and jsonschema skips that checker.
sys.modules.setdefault("rfc3987_syntax", None)

from helpers.run import (  # noqa: E402
    NOTEBOOKS_DIR,
    RunInterrupted,
    RunRefused,
    discover_notebooks,
    parse_parameter_value,
    run_collection,
)

EXAMPLES = """examples:
  python -m helpers run --corpus corpus --out reports
  python -m helpers run --corpus "exports/*.csv.gz" --out my-report -p k 6 -p min_df 5
  python -m helpers run --corpus corpus --notebooks notebooks/02_stance.ipynb -p n_boot 200
  python -m helpers run --corpus corpus --notebooks 04 -p side_a "صوت الشرق" -p k 3
  python -m helpers run --corpus corpus --notebooks 01 02 -p targets "['russia', 'nato']"
  python -m helpers run --corpus archive/ --out report --scheduler local:4
  python -m helpers run --corpus /shared/archive --out /shared/report --scheduler tcp://10.0.0.5:8786
"""


def build_parser() -> argparse.ArgumentParser:
    """The ``helpers`` command and its ``run`` subcommand (add options to :func:`run_options`)."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="execute every notebook on a corpus and write the HTML report",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run_options(run)
    return parser


def run_options(run: argparse.ArgumentParser) -> None:
    """The options of ``run``."""
    run.add_argument("--corpus", required=True, help="folder, file or glob that load_corpus reads")
    run.add_argument("--out", default="reports", help="report folder (default: reports)")
    run.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="notebook parameter; VALUE is read as a Python literal when it is one "
        "(-p k 6, -p side_a BBC, -p targets \"['russia', 'nato']\"); the corpus is "
        "given with --corpus only",
    )
    run.add_argument(
        "--notebooks",
        nargs="+",
        default=None,
        metavar="NOTEBOOK",
        help="notebooks to run: .ipynb files, folders of NN_*.ipynb, or names in notebooks/ "
        "(02_stance, 02); default: every notebook of the collection",
    )
    run.add_argument(
        "--timeout",
        type=_timeout,
        default="auto",
        help="seconds one cell may run; 0 for no limit (default: grows with the corpus)",
    )
    run.add_argument(
        "--allow-other-files",
        action="store_true",
        help="write into an --out folder that holds files no run wrote (they are left alone)",
    )
    run.add_argument(
        "--scheduler",
        type=_scheduler,
        default=None,
        metavar="local:N|tcp://HOST:PORT",
        help="run the analyses on a Dask cluster: local:N starts N worker processes here, "
        "tcp://HOST:PORT uses a running scheduler (its workers must see --corpus and --out); "
        "default: in memory, in each notebook's kernel",
    )
    run.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="notebooks run at once after the load (default 1; 2 halves the time on two "
        "cores and holds two kernels in memory)",
    )
    run.add_argument("--quiet", action="store_true", help="no progress in the terminal")


def _scheduler(text: str) -> str:
    from helpers.scale import check_scheduler  # Dask only when a scheduler is named

    try:
        return check_scheduler(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _timeout(text: str) -> int | str | None:
    if text == "auto":
        return text
    seconds = int(text)
    if seconds < 0:
        raise argparse.ArgumentTypeError("a timeout is 0 (no limit) or a number of seconds")
    return seconds or None


def resolve_notebooks(items: list[str]) -> list[Path]:
    """The notebooks named by ``--notebooks``, in the order given.

    Each item is a notebook file, a folder of ``NN_*.ipynb`` notebooks, a path relative to the
    project (``notebooks/02_stance.ipynb`` from any folder) or the start of a notebook's name
    in the collection (``02_stance``, ``02``).

    Raises
    ------
    ValueError
        When an item names no notebook or more than one by name, or two notebooks share a
        name (they would write the same page).
    """
    found: list[Path] = []
    for item in items:
        path = Path(item).expanduser()
        in_project = NOTEBOOKS_DIR.parent / item
        if path.is_dir():
            found += discover_notebooks(path)
        elif path.suffix == ".ipynb" and path.is_file():
            found.append(path.resolve())
        elif in_project.suffix == ".ipynb" and in_project.is_file():
            found.append(in_project)
        else:
            named = discover_notebooks() if not path.suffix else []
            matches = [p for p in named if p.stem == item or p.stem.startswith(f"{item}_")]
            if len(matches) != 1:
                choices = ", ".join(p.stem for p in discover_notebooks())
                raise ValueError(f"--notebooks {item}: no such notebook (collection: {choices})")
            found += matches
    found = list(dict.fromkeys(found))
    stems = [path.stem for path in found]
    twins = sorted({stem for stem in stems if stems.count(stem) > 1})
    if twins:
        raise ValueError(f"--notebooks: two notebooks named {', '.join(twins)} would share a page")
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not Path(args.corpus).expanduser().exists() and not glob.glob(args.corpus):
        parser.error(f"--corpus {args.corpus}: no such file, folder or matching glob")
    try:
        notebooks = resolve_notebooks(args.notebooks) if args.notebooks else discover_notebooks()
    except ValueError as error:
        parser.error(str(error))
    if not notebooks:
        parser.error("no NN_*.ipynb notebooks found")
    parameters = {name: parse_parameter_value(value) for name, value in args.parameter}
    received: list[int] = []
    previous = {sig: signal.signal(sig, _stop(received)) for sig in _STOPPING}
    try:
        result = run_collection(
            args.corpus,
            args.out,
            parameters=parameters,
            notebooks=notebooks,
            timeout=args.timeout,
            progress=not args.quiet,
            allow_other_files=args.allow_other_files,
            scheduler=args.scheduler,
            jobs=args.jobs,
        )
    except RunRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except RunInterrupted as interrupted:
        print(interrupted, file=sys.stderr)
        return 128 + received[-1] if received else 130
    except ValueError as error:
        parser.error(str(error))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    for stem, reason in result.skipped.items():
        print(f"skipped: {stem}: {reason}", file=sys.stderr)
    for failed in result.failures:
        print(f"error: {failed.describe_failure()}", file=sys.stderr)
    print(f"report: {result.index}", file=sys.stderr)
    return 1 if result.failures else 0


_STOPPING = (signal.SIGINT, signal.SIGTERM)


def _stop(received: list[int]):
    """A handler turning SIGINT and SIGTERM into one KeyboardInterrupt (its number noted in
    ``received``); later signals are ignored so the cleanup that follows can finish."""

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        for sig in _STOPPING:
            signal.signal(sig, signal.SIG_IGN)
        raise KeyboardInterrupt

    return stop


if __name__ == "__main__":
    sys.exit(main())

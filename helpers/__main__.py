"""Command line: ``python -m helpers run --corpus PATH --out DIR [-p NAME VALUE ...]``.

Executes every notebook on the corpus and writes the HTML report (see :mod:`helpers.run`).
Exit status: 0 when every notebook ran, 1 when a cell failed (each failure is named on stderr),
2 for a usage error (unknown parameter, missing corpus, notebook without a parameters cell).
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

from helpers.run import discover_notebooks, parse_parameter_value, run_collection


def build_parser() -> argparse.ArgumentParser:
    """The ``helpers`` command and its ``run`` subcommand."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="execute every notebook on a corpus and write the HTML report"
    )
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
        "(-p k 8, -p outlet_a BBC, -p actors \"['russia', 'nato']\")",
    )
    run.add_argument(
        "--notebooks",
        type=Path,
        default=None,
        help="folder of NN_*.ipynb notebooks to run (default: the project's notebooks/)",
    )
    run.add_argument("--timeout", type=int, default=600, help="seconds one cell may run")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not Path(args.corpus).exists() and not glob.glob(args.corpus):
        parser.error(f"--corpus {args.corpus}: no such file, folder or matching glob")
    notebooks = discover_notebooks(args.notebooks) if args.notebooks else discover_notebooks()
    if not notebooks:
        parser.error("no NN_*.ipynb notebooks found")
    parameters = {name: parse_parameter_value(value) for name, value in args.parameter}
    try:
        result = run_collection(
            args.corpus,
            args.out,
            parameters=parameters,
            notebooks=notebooks,
            timeout=args.timeout,
            progress=not args.quiet,
        )
    except ValueError as error:
        parser.error(str(error))
    for failed in result.failures:
        print(f"error: {failed.describe_failure()}", file=sys.stderr)
    print(f"report: {result.index}", file=sys.stderr)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())

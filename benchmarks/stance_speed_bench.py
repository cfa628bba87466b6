"""The stance page's pass on ANT, this checkout beside a peer commit, in one process.

Notebook 02 reads every sentence of the corpus once (:func:`helpers.stance.stance_sentences`,
five targets). A pure speed edit of the stance engine must give the same rows; whether it is
faster is hard to see on a shared, noisy machine, where two runs a minute apart differ by more
than the edit saves. So both versions run in the same process, in alternating order: the
peer's ``helpers`` package is exported from git (``git archive``) under another name
(``helpers_peer``, its imports renamed), each round runs the pass once with each package on
the same articles, and the medians of the CPU seconds are compared (the first round, which
fills each package's caches, is printed but left out of the medians). The two frames must be
equal (``pandas`` equality): that is the claim, the same answers.

Run: ``python benchmarks/stance_speed_bench.py [--peer main] [--rounds 3] [--sample N]``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from shared_data import ANT_CSV, STANCE_TARGETS
from stance_real import export_helpers

_ROOT = Path(__file__).resolve().parents[1]
_IMPORTS = re.compile(r"\bhelpers\.|\bfrom helpers import\b")


def peer_arguments(description: str, *, sample: bool = False) -> argparse.Namespace | None:
    """The command line of a bench that runs this checkout beside a peer commit on ANT
    (``--ant``, ``--peer``, ``--rounds``, and ``--sample`` when asked), or None when the ANT
    file is absent (said); progress bars off, and this checkout's ``helpers`` importable."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--ant", type=Path, default=ANT_CSV)
    parser.add_argument("--peer", default="main", help="git ref to compare with (default main)")
    parser.add_argument("--rounds", type=int, default=3)
    if sample:
        parser.add_argument("--sample", type=int, default=0, help="articles (0: all)")
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return None
    os.environ.setdefault("HELPERS_PROGRESS", "off")
    sys.path.insert(0, str(_ROOT))
    return args


def peer_package(ref: str, folder: Path) -> str:
    """Export ``helpers/`` at git ``ref`` into ``folder`` as the package ``helpers_peer``."""
    export_helpers(ref, folder)
    package = folder / "helpers_peer"
    (folder / "helpers").rename(package)
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(_IMPORTS.sub(_renamed, text), encoding="utf-8")
    return "helpers_peer"


def _renamed(match: re.Match[str]) -> str:
    return match.group().replace("helpers", "helpers_peer")


def pass_rounds(
    packages: dict[str, str], rounds: int, passes_of: Callable[[str], dict[str, Callable]]
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict]]:
    """Run a page's passes ``rounds`` times with each package (name -> package), the order of
    the packages alternating from round to round; ``passes_of(name)`` gives the package's
    passes (pass name -> a call of the results so far). Returns the CPU seconds of each
    package's passes, round by round, and the last round's results."""
    seconds: dict[str, dict[str, list[float]]] = {name: {} for name in packages}
    results: dict[str, dict] = {}
    for turn in range(rounds):
        order = list(packages) if turn % 2 == 0 else list(reversed(packages))
        for name in order:
            done = results[name] = {}
            for step, call in passes_of(name).items():
                gc.collect()
                start = time.process_time()
                done[step] = call(done)
                seconds[name].setdefault(step, []).append(time.process_time() - start)
        cpu = ", ".join(f"{name} {sum(s[-1] for s in seconds[name].values()):.1f} s"
                        for name in packages)  # fmt: skip
        print(f"round {turn + 1} (all passes): {cpu}; load average {os.getloadavg()[0]:.1f}")
    return seconds, results


def print_passes(
    seconds: dict[str, dict[str, list[float]]], rounds: int, left_out: tuple[str, ...] = ()
) -> None:
    """Print each pass's CPU seconds, peer (the first package) beside this checkout: the first
    round's and the medians of the others (the first fills each package's caches), with their
    ratios, then the page's sum over the passes not ``left_out``."""
    peer, this = seconds.values()
    warm = slice(1, None) if rounds > 1 else slice(None)
    rows = []
    for step, before in peer.items():
        after = this[step]
        medians = (statistics.median(before[warm]), statistics.median(after[warm]))
        rows.append((step, before[0], after[0], after[0] / before[0], *medians,
                     medians[1] / medians[0]))  # fmt: skip
    table = pd.DataFrame(rows, columns=["pass", "peer 1st", "this 1st", "ratio 1st",
                                        "peer median", "this median", "ratio"])  # fmt: skip
    page = table[~table["pass"].isin(left_out)].sum(numeric_only=True)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    but = f" (all but {', '.join(left_out)})" if left_out else ""
    print(
        f"the page's passes{but}, CPU s: 1st round {page['peer 1st']:.1f} -> "
        f"{page['this 1st']:.1f} ({page['this 1st'] / page['peer 1st']:.2f}); medians "
        f"{page['peer median']:.1f} -> {page['this median']:.1f} "
        f"({page['this median'] / page['peer median']:.2f}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    args = peer_arguments(__doc__.splitlines()[0], sample=True)
    if args is None:
        return
    from helpers.corpus import load_corpus

    with tempfile.TemporaryDirectory() as folder:
        sys.path.insert(0, folder)
        engines = {
            args.peer: importlib.import_module(peer_package(args.peer, Path(folder)) + ".stance"),
            "this checkout": importlib.import_module("helpers.stance"),
        }
        articles = load_corpus(args.ant).analysis_view().reset_index(drop=True)
        if args.sample:
            articles = articles.sample(args.sample, random_state=0).reset_index(drop=True)
        print(f"{len(articles):,} articles; load average {os.getloadavg()[0]:.1f}")
        seconds: dict[str, list[float]] = {name: [] for name in engines}
        frames = {}
        for turn in range(args.rounds):
            order = list(engines) if turn % 2 == 0 else list(reversed(engines))
            for name in order:
                gc.collect()
                start = time.process_time()
                frames[name] = engines[name].stance_sentences(
                    articles, STANCE_TARGETS, progress=False
                )
                seconds[name].append(time.process_time() - start)
            cpu = ", ".join(f"{name} {seconds[name][-1]:.1f} s" for name in engines)
            print(f"round {turn + 1}: {cpu}; load average {os.getloadavg()[0]:.1f}")
    peer, this = (frames[name] for name in engines)
    pd.testing.assert_frame_equal(peer, this)
    kept = slice(1, None) if args.rounds > 1 else slice(None)
    before, after = (statistics.median(seconds[name][kept]) for name in engines)
    print(f"{len(this):,} sentence rows, equal to {args.peer}'s")
    print(
        f"stance pass CPU (median): {args.peer} {before:.1f} s, this checkout {after:.1f} s "
        f"({after / before:.2f} of {args.peer}'s)"
    )


if __name__ == "__main__":
    main()

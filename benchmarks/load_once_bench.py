"""One load per run: what the runner's corpus snapshot saves against a load in every notebook.

Before, each notebook of the collection loaded and cleaned the corpus itself (five loads per
run). Now ``python -m helpers run`` loads it once, writes a snapshot, and every notebook reads
the snapshot through ``open_corpus`` (:mod:`helpers.snapshot`). This benchmark measures, in one
session on the same corpus:

- ``load_corpus`` (the peer: what every notebook paid before), median of ``--repeat`` runs;
- writing the snapshot once, and reading it as each notebook does (median);
- the loads a run makes: one by the runner, plus any notebook whose ``open_corpus`` call would
  fall back to ``load_corpus`` (counted by running that call with ``load_corpus`` replaced by a
  counter, exactly as the notebook's kernel would make it).

It prints the load phase of one run before (one load per notebook) and after (one load, one
snapshot write, one read per notebook), the seconds saved and the ratio. Usage::

    python benchmarks/load_once_bench.py [--repeat 3] [--path CORPUS]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from shared_data import ANT_CSV

import helpers.snapshot as snapshot
from helpers.corpus import load_corpus
from helpers.run import discover_notebooks

_OPEN_CALL = re.compile(
    r"open_corpus\(corpus_path, corpus_snapshot\)|corpus_snapshot=corpus_snapshot"
)
"""How a notebook hands the runner's snapshot on: ``open_corpus`` itself, or ``load_articles``."""


def _timed(action, repeat: int) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``action()`` over ``repeat`` calls, and its last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def _loads_in_kernels(corpus_path: str, snapshot_path: Path) -> dict[str, int]:
    """``load_corpus`` calls each notebook's own load cell makes when given the snapshot."""
    calls: list[object] = []
    real = snapshot.load_corpus
    snapshot.load_corpus = lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs)
    loads = {}
    try:
        for path in discover_notebooks():
            source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
            before = len(calls)
            if _OPEN_CALL.search(source):
                snapshot.open_corpus(corpus_path, snapshot_path)
                loads[path.stem] = len(calls) - before
            else:
                loads[path.stem] = 1  # the notebook loads the corpus itself
    finally:
        snapshot.load_corpus = real
    return loads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--path", type=Path, default=ANT_CSV, help="corpus (default: ANT)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each step")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} is absent")
        return 0
    corpus_path = str(args.path.resolve())
    load_wall, load_cpu, corpus = _timed(lambda: load_corpus(corpus_path), args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "corpus.snapshot"
        write_wall, write_cpu, _ = _timed(
            lambda: snapshot.write_snapshot(corpus, target, corpus_path), args.repeat
        )
        read_wall, read_cpu, _ = _timed(
            lambda: snapshot.open_corpus(corpus_path, target), args.repeat
        )
        size = target.stat().st_size
        kernel_loads = _loads_in_kernels(corpus_path, target)
    notebooks = len(kernel_loads)
    loads = 1 + sum(kernel_loads.values())
    before = notebooks * load_wall
    after = loads * load_wall + write_wall + notebooks * read_wall
    before_cpu = notebooks * load_cpu
    after_cpu = loads * load_cpu + write_cpu + notebooks * read_cpu
    print(f"corpus: {corpus_path} ({len(corpus.articles)} articles)")
    print(f"{'step':<34}{'wall s':>9}{'cpu s':>9}   (median of {args.repeat})")
    print(f"{'load_corpus (peer)':<34}{load_wall:>9.2f}{load_cpu:>9.2f}")
    print(f"{'write snapshot (once per run)':<34}{write_wall:>9.2f}{write_cpu:>9.2f}")
    print(f"{'read snapshot (per notebook)':<34}{read_wall:>9.2f}{read_cpu:>9.2f}")
    print(f"snapshot size: {size / 1e6:.0f} MB; read / load = {read_wall / load_wall:.3f}")
    print(f"loads in the notebooks' kernels: {kernel_loads}")
    print(f"loads per run: before {notebooks}, now {loads}")
    for clock, was, now in [("wall", before, after), ("cpu", before_cpu, after_cpu)]:
        print(
            f"load phase of one run ({clock}): before {was:.1f} s ({notebooks} x load), "
            f"now {now:.1f} s ({loads} load + write + {notebooks} reads); "
            f"saved {was - now:.1f} s, ratio {now / was:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The whole report at 1x and 2x ANT: time, CPU and memory per notebook beside one load.

``python -m helpers run`` executes the five notebooks on a corpus, each in its own kernel.
This benchmark runs it as a user would, once on ANT v2.1 (the CSV as distributed) and once on
twice ANT, and prints for each notebook the wall time and CPU time of its kernel and the
kernel's peak memory, beside the time and peak memory of one ``load_corpus`` of the same file
(in a fresh process, measured in the same run). The targets (issue 20): the whole ANT report
within 9x one load, and twice ANT within 2.2x the time of ANT.

Twice ANT is made at run time in a temporary folder and deleted afterwards (never kept): the
original rows plus one distinct copy of each article, whose body joins the first half of its
words to the second half of another article of the same outlet and category (the same
subjects in the same proportions, but no text the duplicate finder would merge), with its own
id and the other article's title.

Each run starts with an empty cache folder (``ARABIC_NEWS_CACHE`` points at a temporary one),
so the timings are those of a first run. Every kernel process is sampled every 0.2 s (the last
fraction of a second of CPU can be missed); the totals come from the operating system's
accounting of the whole process tree, and ``runner`` is what is left once the kernels are taken
out (loading done once for all, page export). Peak memory is a kernel's high-water mark (Linux
``VmHWM``); the total is the largest of any process in the tree.

Per notebook: a runner that keeps one kernel per worker and runs several pages in it records
each page's CPU time (its kernel's own count at the page's start and end, the kernel's start
or reset included) and wall time (from the end of the load) in the report's manifest
(``.helpers-run.json``, ``cpu_seconds`` and ``seconds``), and those are printed; the peak
memory is then per kernel, listed apart. A runner with one kernel per page (no
``cpu_seconds``) is read per kernel process, named by its ``HELPERS_NOTEBOOK``, as before.

With ``--jobs 2`` the runner executes two notebooks at a time after its load
(``python -m helpers run --jobs 2``); the kernels' wall times then overlap, ``runner`` is the
time no kernel ran, and the memory of everything running at once (the sum of the resident
memory of the runner and its kernels, sampled) is printed beside the single largest process.

``--peer DIR`` measures another checkout of the project first at each size, in the same run
(its code, its notebooks, ``--peer-jobs`` notebooks at a time, one by default: a runner that
does not name its kernels, ``HELPERS_NOTEBOOK``, has them named by start order), so a change
is compared with the code before it under the same load: ``git archive main | tar -x -C
/tmp/main`` makes one. The CSV tables of both reports are compared byte for byte (MD5), and
each notebook's CPU time printed beside the peer's.

Beside the ratios to one load, the quiet-machine estimate is printed: on an idle machine wall
time is about CPU time, and ``--jobs 2`` on two cores overlaps the kernels, so the report
takes about the runner's CPU plus the kernels' CPU divided by the jobs.

Run: ``python benchmarks/report_bench.py [--ant PATH] [--sizes 1 2] [--jobs 2] [--peer DIR]
[-p NAME VALUE ...]`` (ANT takes 5-10 minutes on two busy cores; twice ANT about twice that).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import psutil
from shared_data import ANT_CSV

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(path.stem for path in (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SAMPLE_SECONDS = 0.2
ANT_PARAMETERS = [("k", "6"), ("min_df", "5")]
"""Notebook settings that suit ANT (six categories, thousands of articles)."""

LOAD_SCRIPT = """
import resource, sys, time
from helpers.corpus import load_corpus
start, cpu = time.perf_counter(), time.process_time()
corpus = load_corpus(sys.argv[1])
print(time.perf_counter() - start, time.process_time() - cpu, len(corpus.articles),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@dataclass
class Kernel:
    """What the samples saw of one kernel process."""

    first_seen: float
    last_seen: float
    cpu: float = 0.0
    peak_bytes: int = 0
    notebook: str = ""  # HELPERS_NOTEBOOK of its environment (runners that set it)


@dataclass
class Run:
    """One measured command: wall and CPU time, peak memory, and its kernels in start order."""

    wall: float
    cpu: float
    peak_bytes: int
    kernels: list[Kernel] = field(default_factory=list)
    returncode: int = 0
    together_bytes: int = 0
    pages: dict[str, tuple[float, float]] | None = None  # notebook -> wall s, CPU s (manifest)


def doubled_ant(source: Path, destination: Path) -> Path:
    """Write ANT plus one distinct, spliced copy of every article to ``destination``."""
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(0)
    partner = np.arange(len(frame))
    for _, rows in frame.groupby(["src", "cat"]).indices.items():
        partner[rows] = rng.permutation(rows)
    words = frame["text"].str.split()
    other = words.iloc[partner].reset_index(drop=True)
    copy = frame.copy()
    copy["docno"] = frame["docno"] + "-spliced"
    copy["title"] = frame["title"].iloc[partner].to_numpy()
    copy["text"] = [
        " ".join(mine[: len(mine) // 2] + theirs[len(theirs) // 2 :])
        for mine, theirs in zip(words, other, strict=True)
    ]
    path = destination / "ant_twice.csv.gz"
    pd.concat([frame, copy], ignore_index=True).to_csv(path, index=False)
    return path


def _high_water(process: psutil.Process) -> int:
    """The process's peak resident memory so far (Linux), else its current one."""
    try:
        with open(f"/proc/{process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return process.memory_info().rss


def _is_kernel(process: psutil.Process) -> bool:
    return any("ipykernel" in part for part in process.cmdline())


def _sample(parent: psutil.Process, kernels: dict[int, Kernel]) -> int:
    """Record the CPU time and memory high-water mark of every kernel below ``parent``; the
    resident bytes of ``parent`` and everything below it at this moment."""
    try:
        tree = parent.children(recursive=True)
        together = parent.memory_info().rss
    except psutil.Error:
        return 0
    now = time.perf_counter()
    for process in tree:
        try:
            together += process.memory_info().rss
        except psutil.Error:
            continue
    for process in tree:
        try:
            if process.pid not in kernels and not _is_kernel(process):
                continue
            times = process.cpu_times()
            if process.pid not in kernels:
                name = process.environ().get("HELPERS_NOTEBOOK", "")
                kernels[process.pid] = Kernel(now, now, notebook=name)
            seen = kernels[process.pid]
            seen.last_seen = now
            seen.cpu = times.user + times.system + times.children_user + times.children_system
            seen.peak_bytes = max(seen.peak_bytes, _high_water(process))
        except psutil.Error:
            continue
    return together


def measured(command: list[str], env: dict[str, str], log: Path, cwd: Path = REPO) -> Run:
    """Run ``command`` (its output to ``log``), sampling its kernels; account for the tree."""
    start = time.perf_counter()
    with log.open("w") as output:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=output)
    parent = psutil.Process(child.pid)
    kernels: dict[int, Kernel] = {}
    together = 0
    while True:
        # wait4 rather than poll: it returns the tree's CPU and memory accounting as it reaps
        done, status, usage = os.wait4(child.pid, os.WNOHANG)
        if done:
            break
        together = max(together, _sample(parent, kernels))
        time.sleep(SAMPLE_SECONDS)
    child.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        wall=time.perf_counter() - start,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_bytes=usage.ru_maxrss * 1024,
        kernels=sorted(kernels.values(), key=lambda k: k.first_seen),
        returncode=child.returncode,
        together_bytes=together,
    )


def one_load(corpus: Path, env: dict[str, str], cwd: Path = REPO) -> tuple[float, float, int, int]:
    """Seconds, CPU seconds, articles and peak bytes of one ``load_corpus`` in a new process."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT, str(corpus)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu, articles, peak_kb = result.stdout.split()[-4:]
    return float(seconds), float(cpu), int(articles), int(peak_kb) * 1024


def _covered(kernels: list[Kernel]) -> float:
    """Seconds during which at least one kernel ran (their intervals overlap with --jobs 2)."""
    total, end = 0.0, float("-inf")
    for kernel in sorted(kernels, key=lambda k: k.first_seen):
        start = max(kernel.first_seen, end)
        if kernel.last_seen > start:
            total += kernel.last_seen - start
        end = max(end, kernel.last_seen)
    return total


def _labels(kernels: list[Kernel], jobs: int) -> list[str]:
    """Each kernel's notebook: named by the runner, else by start order (one at a time)."""
    if all(kernel.notebook for kernel in kernels):
        return [kernel.notebook for kernel in kernels]
    if jobs == 1 and len(kernels) == len(NOTEBOOKS):
        return NOTEBOOKS
    return [f"kernel {number + 1}" for number in range(len(kernels))]


def page_times(report_dir: Path) -> dict[str, tuple[float, float]] | None:
    """Each page's wall and CPU seconds as the runner recorded them (None: it records no CPU)."""
    manifest = report_dir / ".helpers-run.json"
    if not manifest.is_file():
        return None
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    if not pages or any(page.get("cpu_seconds") is None for page in pages):
        return None
    return {Path(page["notebook"]).stem: (page["seconds"], page["cpu_seconds"]) for page in pages}


def cpu_by_notebook(run: Run, jobs: int) -> dict[str, float]:
    """CPU seconds of each notebook: the runner's record, else its kernel process's."""
    if run.pages is not None:
        return {name: cpu for name, (_, cpu) in run.pages.items()}
    labels = _labels(run.kernels, jobs)
    return {label: kernel.cpu for label, kernel in zip(labels, run.kernels, strict=True)}


def table_digests(tables: Path) -> dict[str, str]:
    """MD5 of each CSV table of a report (``tables/<notebook>/<name>.csv``)."""
    return {
        str(path.relative_to(tables)): hashlib.md5(path.read_bytes()).hexdigest()
        for path in sorted(tables.glob("*/*.csv"))
    }


def report(
    name: str,
    corpus: Path,
    parameters: list[tuple[str, str]],
    jobs: int = 1,
    checkout: Path = REPO,
) -> tuple[Run, dict[str, str]]:
    """Measure one load and the whole collection of ``checkout`` on ``corpus``; print them.

    Returns the run and the digests of the report's CSV tables."""
    with tempfile.TemporaryDirectory(prefix="report-bench-") as scratch:
        env = {**os.environ, "ARABIC_NEWS_CACHE": str(Path(scratch) / "cache")}
        env["PYTHONPATH"] = str(checkout)  # the kernels import that checkout's helpers too
        load, load_cpu, articles, load_peak = one_load(corpus, env, checkout)
        command = [sys.executable, "-m", "helpers", "run", "--quiet"]
        command += ["--jobs", str(jobs)] if jobs != 1 else []
        command += ["--corpus", str(corpus), "--out", str(Path(scratch) / "report")]
        for parameter, value in parameters:
            command += ["-p", parameter, value]
        log = Path(scratch) / "run.log"
        run = measured(command, env, log, checkout)
        if run.returncode:
            print(log.read_text()[-3000:])
        digests = table_digests(Path(scratch) / "report" / "tables")
        run.pages = page_times(Path(scratch) / "report")
    mb = 1024 * 1024
    print(f"\n{name}: {corpus.name}, {articles:,} articles (exit code {run.returncode})")
    print(
        f"  one load_corpus: {load:.1f} s wall, {load_cpu:.1f} s CPU, {load_peak / mb:,.0f} MB peak"
    )
    rows = []
    if run.pages is not None:  # pages sharing kernels: the runner's record of each page
        for label, (wall, cpu) in sorted(run.pages.items(), key=lambda item: -item[1][1]):
            rows.append((label, wall, cpu, np.nan, wall / load))
    else:
        for label, kernel in zip(_labels(run.kernels, jobs), run.kernels, strict=True):
            wall = kernel.last_seen - kernel.first_seen
            rows.append((label, wall, kernel.cpu, kernel.peak_bytes / mb, wall / load))
    kernel_cpu = sum(kernel.cpu for kernel in run.kernels)
    rest = run.wall - _covered(run.kernels)
    rows.append(("runner (the rest)", rest, run.cpu - kernel_cpu, np.nan, np.nan))
    rows.append(("whole report", run.wall, run.cpu, run.peak_bytes / mb, run.wall / load))
    table = pd.DataFrame(rows, columns=["notebook", "wall s", "CPU s", "peak MB", "x one load"])
    print(table.to_string(index=False, float_format=lambda v: f"{v:,.1f}"))
    if run.pages is not None:
        print(
            f"  {len(run.pages)} pages in {len(run.kernels)} kernel(s) (wall s from the end of "
            "the load; the CPU of pages and kernels agree within the samples' "
            f"{sum(cpu for _, cpu in run.pages.values()) - kernel_cpu:+.1f} s); each kernel's "
            f"CPU s / peak MB: "
            + ", ".join(f"{k.cpu:.1f} / {k.peak_bytes / mb:,.0f}" for k in run.kernels)
        )
    print(
        f"  {jobs} notebook(s) at a time; memory of everything at once: "
        f"{run.together_bytes / mb:,.0f} MB (largest process {run.peak_bytes / mb:,.0f} MB)"
    )
    print(f"  load average now: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    verdict = "within" if run.wall <= 9 * load else "over"
    print(f"  whole report = {run.wall / load:.1f}x one load ({verdict} the 9x target)")
    print(f"  in CPU time (steadier on a busy machine): {run.cpu / load_cpu:.1f}x one load")
    quiet = run.cpu - kernel_cpu + kernel_cpu / max(jobs, 1)
    print(
        f"  on a quiet {os.cpu_count()}-core machine, estimated: runner CPU + kernels' CPU / "
        f"{jobs} = {quiet:.0f} s = {quiet / load_cpu:.1f}x one load's CPU (wall = CPU when idle)"
    )
    print(f"  {len(digests)} CSV tables")
    return run, digests


def _per_notebook(peer: Run, peer_jobs: int, run: Run, jobs: int) -> None:
    """CPU seconds of each notebook's kernel, the peer's beside this checkout's."""
    before, after = cpu_by_notebook(peer, peer_jobs), cpu_by_notebook(run, jobs)
    for name in NOTEBOOKS:
        if name in before and name in after:
            old, new = before[name], after[name]
            print(f"    {name}: CPU {old:.1f} s -> {new:.1f} s ({new / old:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT_CSV, help="the ANT v2.1 CSV")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1, 2], choices=[1, 2], help="1x and/or 2x ANT"
    )
    parser.add_argument("--jobs", type=int, default=1, help="notebooks the runner runs at once")
    parser.add_argument("--peer", type=Path, default=None, help="another checkout, measured first")
    parser.add_argument(
        "--peer-jobs",
        type=int,
        default=1,
        help="notebooks at a time for the peer (1: its kernels are named by start order)",
    )
    parser.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=None,
        metavar=("NAME", "VALUE"),
        help=f"notebook parameter (default: {ANT_PARAMETERS})",
    )
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    parameters = [tuple(p) for p in args.parameter] if args.parameter else ANT_PARAMETERS
    print(f"notebook parameters: {parameters}; {os.cpu_count()} CPUs; --jobs {args.jobs}")
    runs = {}
    with tempfile.TemporaryDirectory(prefix="ant-twice-") as folder:
        for size in args.sizes:
            corpus = args.ant if size == 1 else doubled_ant(args.ant, Path(folder))
            if args.peer is not None:
                peer, peer_tables = report(
                    f"{size}x ANT, peer {args.peer}", corpus, parameters, args.peer_jobs, args.peer
                )
            runs[size], tables = report(f"{size}x ANT", corpus, parameters, args.jobs)
            if args.peer is not None:
                print(
                    f"  this checkout / peer: {runs[size].wall / peer.wall:.2f} in wall time, "
                    f"{runs[size].cpu / peer.cpu:.2f} in CPU time"
                )
                changed = sorted(
                    name
                    for name in {*tables, *peer_tables}
                    if tables.get(name) != peer_tables.get(name)
                )
                same = len(tables) - len(set(changed) & set(tables))
                print(f"  CSV tables byte for byte as the peer's: {same} of {len(tables)}")
                for name in changed:
                    print(f"    differs (or only on one side): {name}")
                _per_notebook(peer, args.peer_jobs, runs[size], args.jobs)
    if len(runs) == 2:
        ratio = runs[2].wall / runs[1].wall
        verdict = "within" if ratio <= 2.2 else "over"
        print(f"\n2x ANT / 1x ANT whole report: {ratio:.2f} ({verdict} the 2.2x target)")
        print(f"  in CPU time: {runs[2].cpu / runs[1].cpu:.2f}")


if __name__ == "__main__":
    main()

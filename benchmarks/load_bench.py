"""Loading speed and memory, each beside a peer measured in the same run (issue 15).

Three comparisons, printed side by side:

1. ANT (31,525 articles, one gzipped CSV): ``load_corpus`` (read, dates, cleaning, duplicates)
   beside the floor any loader pays, ``pandas.read_csv`` + ``pandas.to_datetime`` of the dates.
2. 10,000 one-article TREC files generated in a temporary folder (from ANT's texts when the
   shared data is there, else from a few written sentences): ``load_corpus`` beside a plain
   Python loop that reads every file and takes ``<TEXT>`` out with a regex. Goal: within 8x.
3. Peak memory of ``load_corpus`` on 1x, 2x and 4x ANT (copies written to a temporary folder
   at run time and deleted after), and the growth per added article. Goal: 1x <= 500 MB.
   The copies repeat ANT's texts under new ids, so the duplicate finder meets exact copies.

Each measurement runs in a fresh interpreter, so its peak resident memory (``ru_maxrss``) is
its own (imports included); the clock starts after the imports. Wall and CPU seconds are both
printed: the machine is shared, and CPU time is the less noisy (the ratios the goals name are
read on it). Medians over ``--repeat`` runs. Usage::

    python benchmarks/load_bench.py [--repeat 3] [--path .../ant_v2.1_multisource.csv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
from shared_data import ANT_CSV

ANT_ARTICLES = 31_525
ONE_ARTICLE_FILES = 10_000

_HARNESS = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
PATH = sys.argv[1]
{setup}
start = (time.perf_counter(), time.process_time())
{timed}
wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"wall": wall, "cpu": cpu, "peak_mb": peak, "n": n}}))
"""

# name: (imports, not timed; the work, timed)
BODIES = {
    "pandas read_csv + dates": (
        "import pandas as pd",
        """
frame = pd.read_csv(PATH)
dates = pd.to_datetime(frame["time"], utc=True, format="mixed")
n = len(frame)
""",
    ),
    "load_corpus": (
        "from helpers.corpus import load_corpus",
        "n = len(load_corpus(PATH, progress=False).articles)",
    ),
    "load_corpus (no cleaning, no duplicates)": (
        "from helpers.corpus import load_corpus",
        "n = len(load_corpus(PATH, clean=False, dedupe=False, progress=False).articles)",
    ),
    "plain read + regex loop": (
        "import re\nfrom pathlib import Path",
        """
text = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
bodies = [text.search(p.read_text(encoding="utf-8"))[1].strip()
          for p in sorted(Path(PATH).rglob("*.txt"))]
n = len(bodies)
""",
    ),
}


def measure(name: str, path: Path) -> dict:
    """Run one body in a fresh interpreter; return its wall/CPU seconds and peak MB."""
    setup, timed = BODIES[name]
    root = str(Path(__file__).resolve().parents[1])
    code = _HARNESS.format(root=root, setup=setup, timed=timed)
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_of(name: str, path: Path, repeat: int) -> dict:
    runs = [measure(name, path) for _ in range(repeat)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def show(rows: list[tuple[str, dict]]) -> None:
    for name, m in rows:
        print(
            f"  {name:42s} {m['n']:>7,} articles  wall {m['wall']:7.2f} s  "
            f"CPU {m['cpu']:7.2f} s  peak {m['peak_mb']:6.0f} MB"
        )
    peer_name, peer = rows[-1]
    for name, ours in rows[:-1]:
        print(
            f"  ratio {name} / {peer_name}: wall {ours['wall'] / peer['wall']:.1f}x, "
            f"CPU {ours['cpu'] / peer['cpu']:.1f}x, peak {ours['peak_mb'] / peer['peak_mb']:.1f}x"
        )


def write_trec_folder(folder: Path, ant: Path | None) -> None:
    """``ONE_ARTICLE_FILES`` one-``<DOC>`` files in ``outlet/category/`` folders."""
    if ant is not None:
        frame = pd.read_csv(ant, nrows=ONE_ARTICLE_FILES, keep_default_na=False)
        rows = frame[["docno", "src", "cat", "time", "title", "text"]].itertuples(index=False)
    else:
        sentence = "قال المتحدث إن المحادثات بين الوفدين ستستمر الأسبوع المقبل في جنيف. "
        rows = (
            (f"doc-{i}", f"outlet{i % 5}", "politics", "2022-01-10", f"عنوان {i}", sentence * 40)
            for i in range(ONE_ARTICLE_FILES)
        )
    for docno, src, cat, time, title, text in rows:
        target = folder / src / cat / f"{docno}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<SRC>{src}</SRC>\n<CAT>{cat}</CAT>\n"
            f"<TIME>{time}</TIME>\n<TITLE>{title}</TITLE>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n",
            encoding="utf-8",
        )


def write_copies(ant: Path, copies: int, target: Path) -> None:
    """ANT repeated ``copies`` times under new ids, as one gzipped CSV."""
    frame = pd.read_csv(ant, keep_default_na=False)
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=1) as out:
        for copy in range(copies):
            frame.assign(docno=frame.docno + f"#{copy}").to_csv(out, index=False, header=copy == 0)


def show_side_by_side(path: Path, repeat: int, peer: str) -> None:
    """Our loader, with and without cleaning, beside ``peer`` on the same input."""
    names = ("load_corpus", "load_corpus (no cleaning, no duplicates)", peer)
    show([(name, median_of(name, path, repeat)) for name in names])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--path", type=Path, default=ANT_CSV)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ant = args.path if args.path.exists() else None
    if ant is None:
        print(f"skipped: {args.path} is absent (ANT comparisons 1 and 3 need it)")

    if ant is not None:
        print(f"1. ANT CSV ({ant.name}), medians of {args.repeat}:")
        show_side_by_side(ant, args.repeat, "pandas read_csv + dates")

    with tempfile.TemporaryDirectory(prefix="load_bench_") as temp:
        folder = Path(temp) / "trec"
        write_trec_folder(folder, ant)
        print(f"\n2. {ONE_ARTICLE_FILES:,} one-article TREC files, medians of {args.repeat}:")
        show_side_by_side(folder, args.repeat, "plain read + regex loop")

    if ant is None:
        return
    print("\n3. load_corpus peak memory by corpus size (one run each):")
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="load_bench_") as temp:
        for copies in (1, 2, 4):
            path = ant
            if copies > 1:
                path = Path(temp) / f"ant_x{copies}.csv.gz"
                write_copies(ant, copies, path)
            result = measure("load_corpus", path)
            peaks[copies] = result["peak_mb"]
            print(
                f"  {copies}x ANT {result['n']:>7,} articles  wall {result['wall']:7.2f} s  "
                f"peak {result['peak_mb']:6.0f} MB"
            )
            if copies > 1:
                path.unlink()
    growth = (peaks[4] - peaks[1]) * 1024 / (3 * ANT_ARTICLES)
    print(f"  growth: {growth:.1f} KB per added article (1x -> 4x); goal: 1x <= 500 MB")


if __name__ == "__main__":
    main()

"""The runner's start: what ``python -m helpers run`` pays before its corpus load can begin.

The command imports the runner (nbformat, nbconvert, the kernel client, pandas, the helpers)
before it starts the load; the other core is idle meanwhile, so this time is on the report's
critical path in wall time as well as in CPU. This benchmark imports the command's module
(``helpers.__main__``, exactly what ``python -m helpers`` runs before parsing its arguments) in
a fresh process per checkout and round, this checkout and a peer alternating (the order
swapped each round), and prints each round's CPU seconds (user + system of the child) and wall
seconds, then the medians and this checkout's median divided by the peer's.

Run: ``python benchmarks/runner_start_bench.py --peer DIR [--rounds 7]``; ``git archive main |
tar -x -C /tmp/main`` makes a peer.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

IMPORT = "import sys; sys.path.insert(0, sys.argv[1]); import helpers.__main__"


def start(tree: Path) -> tuple[float, float]:
    """CPU and wall seconds of a fresh process that imports ``tree``'s command module."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", IMPORT, str(tree)], check=True, cwd=tree)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=7, help="peer/mine pairs, order swapped")
    args = parser.parse_args()
    start(REPO)  # warm the file cache for both sides
    start(args.peer)
    seconds: dict[str, list[tuple[float, float]]] = {"peer": [], "mine": []}
    for round_ in range(args.rounds):
        order = [("peer", args.peer), ("mine", REPO)]
        for name, tree in order if round_ % 2 == 0 else order[::-1]:
            cpu, wall = start(tree)
            seconds[name].append((cpu, wall))
            print(f"round {round_ + 1} {name}: {cpu:.2f} CPU s, {wall:.2f} s wall", flush=True)
    medians = {
        name: [statistics.median(value[i] for value in values) for i in (0, 1)]
        for name, values in seconds.items()
    }
    print(f"\n{args.rounds} rounds, medians:")
    for i, what in enumerate(("CPU s", "wall s")):
        peer, mine = medians["peer"][i], medians["mine"][i]
        print(f"  {what}: peer {peer:.2f}, this {mine:.2f}, ratio {mine / peer:.2f}")


if __name__ == "__main__":
    main()

"""Class offsets of the stance classifier: coordinate ascent against the full grid it replaced.

Both search additive class offsets (first class fixed at 0, steps of 0.1 in [-1, 1]) for the best
macro-F1 of out-of-fold SVM scores on a training set. The full grid scores 21 ** (classes - 1)
offset vectors; coordinate ascent scores 21 per class and round. For each stance set (three
classes) the script prints the offsets and macro-F1 each finds, how many offset vectors each
scored and the median time of ``--repeats`` runs, then the same for synthetic scores with more
classes (where the full grid is skipped beyond four: 21 ** 4 = 194,481 vectors).

Run: ``python benchmarks/stance_offsets.py [--repeats 5]`` (the stance sets need
``../shared/data``; the synthetic part runs without it).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

import numpy as np
from shared_data import SHARED_DATA
from sklearn.metrics import f1_score
from stance_eval import load_arabicstancex, load_mawqif

from helpers import stance_model
from helpers.stance_model import OFFSET_GRID, StanceClassifier


def full_grid(scores: np.ndarray, y: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """The former search: every combination of grid values, first class at 0."""
    best, best_offsets = -1.0, np.zeros(len(classes))
    for combination in itertools.product(OFFSET_GRID, repeat=len(classes) - 1):
        offsets = np.array([0.0, *combination])
        f1 = f1_score(y, classes[(scores + offsets).argmax(axis=1)], average="macro")
        if f1 > best + 1e-9:
            best, best_offsets = f1, offsets
    return best_offsets


def measure(name: str, scores: np.ndarray, y: np.ndarray, repeats: int, grid: bool) -> None:
    classes = np.array(sorted(set(y)))
    searches = {"coordinate ascent": stance_model._best_offsets}
    if grid:
        searches["full grid"] = full_grid
    medians = {}
    for label, search in searches.items():
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            offsets = search(scores, y, classes)
            times.append(time.perf_counter() - started)
        medians[label] = statistics.median(times)
        f1 = f1_score(y, classes[(scores + offsets).argmax(axis=1)], average="macro")
        print(
            f"  {name:<28} {label:<18} offsets {np.round(offsets, 2)} macro-F1 {f1:.4f} "
            f"median {medians[label]:.2f} s",
            flush=True,
        )
    if grid:
        ratio = medians["full grid"] / medians["coordinate ascent"]
        print(f"  {name:<28} full grid / coordinate ascent time: {ratio:.1f}x")


def out_of_fold_scores(X, labels) -> tuple[np.ndarray, np.ndarray]:
    """The scores StanceClassifier tunes its offsets on (same folds, same features)."""
    captured = {}

    def capture(scores, y, classes):
        captured.update(scores=scores, y=y)
        return np.zeros(len(classes))

    original = stance_model._best_offsets
    stance_model._best_offsets = capture
    try:
        StanceClassifier().fit(X, labels)
    finally:
        stance_model._best_offsets = original
    return captured["scores"], captured["y"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if SHARED_DATA.is_dir():
        sets = (("Mawqif", load_mawqif()), ("ArabicStanceX", load_arabicstancex()))
        for name, (train, _) in sets:
            scores, y = out_of_fold_scores(train[["text", "target"]], train["stance"])
            measure(f"{name} ({len(y)} tweets)", scores, y, args.repeats, grid=True)
    else:
        print(f"skipped the stance sets: {SHARED_DATA} is absent")
    rng = np.random.default_rng(0)
    for count in (3, 4, 6, 8):
        classes = np.array([f"c{i}" for i in range(count)])
        y = rng.choice(classes, 3000, p=np.linspace(1, 3, count) / np.linspace(1, 3, count).sum())
        scores = rng.normal(size=(3000, count)) + 0.8 * (y[:, None] == classes)
        measure(f"synthetic, {count} classes", scores, y, args.repeats, grid=count <= 4)


if __name__ == "__main__":
    main()

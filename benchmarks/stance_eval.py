"""Stance classifier quality on the real stance sets, beside the majority baseline.

For each data set (Mawqif, ArabicStanceX), with its own train/test split:

1. choose the StanceClassifier parameters by 5-fold cross-validation on the training set only
   (character n-grams with C in 0.1, 0.3, 1 without offsets; then, for the best C, word n-grams
   of the Analyzer, per-target feature copies and class-offset tuning, each added in turn and
   kept only if it raises the CV score);
2. fit the chosen model on the whole training set (timed) and score the test set once;
3. print macro-F1 and per-class F1 beside the majority-class baseline.

The figures measured, and what else was compared and not kept: ``benchmarks/results/stance.md``.

Run: ``python benchmarks/stance_eval.py [--quick]`` (needs ``../shared/data``; ``--quick`` skips
the grid and uses the defaults). Numbers are noisy in time only; F1 is deterministic.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
from shared_data import SHARED_DATA
from sklearn.metrics import f1_score
from sklearn.model_selection import cross_validate

from helpers.stance_model import StanceClassifier, stance_folds

SHARED = SHARED_DATA


def load_mawqif() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mawqif train and test (UTF-8 with BOM; the label ``None`` is a string)."""
    read = {"encoding": "utf-8-sig", "keep_default_na": False}
    folder = SHARED / "mawqif"
    train = pd.read_csv(folder / "Mawqif_AllTargets_Train.csv", **read)
    test = pd.read_csv(folder / "Mawqif_AllTargets_Test.csv", **read)
    return train[["text", "target", "stance"]], test[["text", "target", "stance"]]


def load_arabicstancex() -> tuple[pd.DataFrame, pd.DataFrame]:
    """ArabicStanceX train and test from the flat CSV; the topic is the target."""
    flat = pd.read_csv(
        SHARED / "arabicstancex" / "ArabicStanceX_all_flat.csv", keep_default_na=False
    )
    flat = flat.rename(columns={"topic": "target"})[["text", "target", "stance", "split"]]
    return flat[flat["split"] == "train"], flat[flat["split"] == "test"]


def report(name: str, truth: np.ndarray, predicted: np.ndarray, labels: list[str]) -> str:
    per_class = f1_score(truth, predicted, average=None, labels=labels)
    classes = "  ".join(f"{c} {f:.3f}" for c, f in zip(labels, per_class, strict=True))
    return f"  {name:<34} macro-F1 {f1_score(truth, predicted, average='macro'):.3f}   {classes}"


def _cv(X: pd.DataFrame, labels: pd.Series, params: dict) -> float:
    """Mean 5-fold macro-F1 on the training set (folds stratified by target x label), printed."""
    folds = stance_folds(X, labels)
    result = cross_validate(StanceClassifier(**params), X, labels, cv=folds, scoring="f1_macro")
    score = result["test_score"].mean()
    print(f"  CV on train {params}: macro-F1 {score:.3f}", flush=True)
    return score


def evaluate(name: str, train: pd.DataFrame, test: pd.DataFrame, quick: bool) -> None:
    print(f"\n{name}: train {len(train)}, test {len(test)}")
    X, labels = train[["text", "target"]], train["stance"]
    chosen: dict = {}
    if not quick:
        candidates = [{"C": c, "tune_offsets": False} for c in (0.1, 0.3, 1.0)]
        scored = [(_cv(X, labels, params), params) for params in candidates]
        best_cv, chosen = max(scored, key=lambda pair: pair[0])
        extras = ({"word_ngrams": (1, 2)}, {"target_interaction": True}, {"tune_offsets": True})
        for extra in extras:
            params = {**chosen, **extra}
            cv = _cv(X, labels, params)
            if cv > best_cv:
                best_cv, chosen = cv, params
    started = time.perf_counter()
    model = StanceClassifier(**chosen).fit(X, labels)
    seconds = time.perf_counter() - started
    print(f"  chosen {model!r}; fit on the whole train set in {seconds:.1f} s")
    classes = sorted(set(labels))
    truth = test["stance"].to_numpy()
    majority = labels.value_counts().idxmax()
    print(report(f"majority ({majority})", truth, np.full(len(truth), majority), classes))
    predicted = model.predict(test[["text", "target"]])
    print(report("StanceClassifier (test, once)", truth, predicted, classes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the CV grid")
    args = parser.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"skipped: {SHARED} is absent")
    evaluate("Mawqif", *load_mawqif(), quick=args.quick)
    evaluate("ArabicStanceX", *load_arabicstancex(), quick=args.quick)


if __name__ == "__main__":
    main()

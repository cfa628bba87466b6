"""The trainable stance engine: a scikit-learn pipeline over the project's Analyzer.

Features are TF-IDF weights (sublinear term frequency) of

* character n-grams inside word boundaries of the normalised text, which catch clitics,
  spelling variants and dialect forms that a word model misses;
* optionally, word n-grams from :class:`helpers.arabic.Analyzer` (clitics stripped), the same
  terms every other analysis sees. They are off by default: on the Mawqif tweets adding them
  lowered the cross-validated macro-F1 (0.599 against 0.607 for characters alone, 5 folds of
  the training set), and on ArabicStanceX too (0.703 against 0.710, with per-target copies);
* the target, as an indicator per target (and, with ``target_interaction=True``, a copy of
  every feature per target, so a word can weigh differently for different targets while the
  shared copy still learns from all of them).

A linear support vector machine with balanced class weights scores the classes (it trains in
seconds on hundreds of thousands of sparse features, where a multinomial logistic regression
takes minutes) and ``predict`` takes the best score. ``predict_proba`` gives sigmoid-calibrated
probabilities from internal folds; they follow the class frequencies of the training data, so
their argmax can differ from ``predict`` for a rare class. Optional class offsets, chosen by
cross-validation on the training set, trade precision of the big classes for recall of the rare
``None`` class to maximise macro-F1.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from helpers.arabic import Analyzer, normalize

__all__ = ["StanceClassifier", "cross_validate_stance"]


class StanceClassifier:
    """Target-aware stance classifier (fit on texts, targets and labels).

    Parameters
    ----------
    C : float, default 0.3
        Inverse regularisation strength of the linear SVM.
    char_ngrams : (int, int) or None, default (2, 5)
        Character n-gram range (``char_wb``); None leaves character features out.
    word_ngrams : (int, int) or None, default None
        Word n-gram range of the Analyzer, e.g. ``(1, 2)``; None leaves word features out.
    target_interaction : bool, default False
        Add a per-target copy of every feature (see the module docstring).
    tune_offsets : bool, default True
        Choose additive class offsets by ``offset_folds``-fold cross-validation on the training
        data to maximise macro-F1 (fits ``offset_folds`` extra SVMs on the same features).
    offset_folds : int, default 4
        Folds for choosing the offsets.
    calibration_folds : int, default 3
        Folds of the sigmoid calibration behind ``predict_proba``.
    random_state : int, default 0

    Attributes
    ----------
    classes_ : ndarray
        The labels seen in ``fit``, sorted; ``predict`` returns labels from this vocabulary.
    offsets_ : ndarray
        The class offsets added to the decision scores (zeros unless ``tune_offsets``).
    """

    def __init__(
        self,
        *,
        C: float = 0.3,
        char_ngrams: tuple[int, int] | None = (2, 5),
        word_ngrams: tuple[int, int] | None = None,
        target_interaction: bool = False,
        tune_offsets: bool = True,
        offset_folds: int = 4,
        calibration_folds: int = 3,
        random_state: int = 0,
    ) -> None:
        if char_ngrams is None and word_ngrams is None:
            raise ValueError("need character or word n-grams (or both)")
        self.C = C
        self.char_ngrams = char_ngrams
        self.word_ngrams = word_ngrams
        self.target_interaction = target_interaction
        self.tune_offsets = tune_offsets
        self.offset_folds = offset_folds
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def __repr__(self) -> str:
        return (
            f"StanceClassifier(C={self.C}, char_ngrams={self.char_ngrams}, "
            f"word_ngrams={self.word_ngrams}, target_interaction={self.target_interaction}, "
            f"tune_offsets={self.tune_offsets})"
        )

    def get_params(self) -> dict:
        """Constructor parameters (to build an unfitted copy)."""
        return {
            "C": self.C,
            "char_ngrams": self.char_ngrams,
            "word_ngrams": self.word_ngrams,
            "target_interaction": self.target_interaction,
            "tune_offsets": self.tune_offsets,
            "offset_folds": self.offset_folds,
            "calibration_folds": self.calibration_folds,
            "random_state": self.random_state,
        }

    def fit(
        self, texts: Sequence[str], targets: Sequence[str], labels: Sequence[str]
    ) -> StanceClassifier:
        """Learn from parallel sequences of texts, their targets and stance labels.

        Raises
        ------
        ValueError
            When the lengths differ or fewer than two labels occur.
        """
        texts, targets, labels = _check_lengths(texts, targets, labels)
        if len(set(labels)) < 2:
            raise ValueError(f"need at least two stance labels to learn from, got {set(labels)}")
        self.classes_ = np.array(sorted(set(labels)))
        self.targets_ = sorted(set(targets))
        clean = [normalize(t) for t in texts]
        self._vectorizers = self._make_vectorizers()
        blocks = [v.fit_transform(clean) for v in self._vectorizers]
        features = self._assemble(blocks, targets)
        self._model = CalibratedClassifierCV(
            self._svc(),
            method="sigmoid",
            cv=self.calibration_folds,
            ensemble=False,
        ).fit(features, labels)
        self._svm = self._model.calibrated_classifiers_[0].estimator
        self.offsets_ = np.zeros(len(self.classes_))
        if self.tune_offsets:
            self.offsets_ = self._choose_offsets(features, labels)
        return self

    def _svc(self) -> LinearSVC:
        """The linear SVM, seeded so that refits on the same data agree."""
        return LinearSVC(C=self.C, class_weight="balanced", random_state=self.random_state)

    def decision_function(self, texts: Sequence[str], targets: Sequence[str]) -> np.ndarray:
        """SVM class scores plus the offsets, columns in ``classes_`` order."""
        features = self._features(texts, targets)  # checks that the model is fitted
        scores = self._svm.decision_function(features)
        if scores.ndim == 1:  # two classes: one score, positive for classes_[1]
            scores = np.column_stack([-scores, scores])
        return scores + self.offsets_

    def predict_proba(self, texts: Sequence[str], targets: Sequence[str]) -> np.ndarray:
        """Calibrated class probabilities, columns in ``classes_`` order (rows sum to 1)."""
        return self._model.predict_proba(self._features(texts, targets))

    def predict(self, texts: Sequence[str], targets: Sequence[str]) -> np.ndarray:
        """The best-scoring label for each text, from ``classes_``."""
        scores = self.decision_function(texts, targets)
        return self.classes_[scores.argmax(axis=1)]

    def _features(self, texts: Sequence[str], targets: Sequence[str]) -> sparse.csr_matrix:
        self._check_fitted()
        texts, targets, _ = _check_lengths(texts, targets, None)
        clean = [normalize(t) for t in texts]
        return self._assemble([v.transform(clean) for v in self._vectorizers], targets)

    def _check_fitted(self) -> None:
        if not hasattr(self, "_model"):
            raise ValueError("this StanceClassifier is not fitted yet; call fit() first")

    def _make_vectorizers(self) -> list[TfidfVectorizer]:
        vectorizers = []
        if self.char_ngrams is not None:
            vectorizers.append(
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=2
                )
            )
        if self.word_ngrams is not None:
            analyzer = Analyzer(ngram_range=self.word_ngrams, stopwords=False)
            vectorizers.append(TfidfVectorizer(analyzer=analyzer, sublinear_tf=True))
        return vectorizers

    def _assemble(self, blocks: list[sparse.spmatrix], targets: list[str]) -> sparse.csr_matrix:
        """Stack the feature blocks with the target indicators (and per-target copies)."""
        shared = sparse.hstack(blocks).tocsr()
        codes = np.array([t in self.targets_ for t in targets], dtype=bool)
        columns = [
            self.targets_.index(t) if known else 0 for t, known in zip(targets, codes, strict=True)
        ]
        indicator = sparse.csr_matrix(
            (codes.astype(float), (np.arange(len(targets)), columns)),
            shape=(len(targets), len(self.targets_)),
        )
        parts = [shared, indicator]
        if self.target_interaction:
            for target in self.targets_:
                mask = np.array([t == target for t in targets], dtype=float)
                parts.append(sparse.diags(mask) @ shared)
        return sparse.hstack(parts).tocsr()

    def _choose_offsets(self, features: sparse.csr_matrix, labels: list[str]) -> np.ndarray:
        """Class offsets maximising macro-F1 of out-of-fold SVM scores on the training data.

        The folds reuse the features of the whole training set: the vocabulary and IDF weights
        see every training text (no labels), only the SVM is refitted per fold.
        """
        y = np.asarray(labels)
        scores = np.zeros((len(y), len(self.classes_)))
        folds = StratifiedKFold(self.offset_folds, shuffle=True, random_state=self.random_state)
        for train, test in folds.split(features, y):
            svm = self._svc().fit(features[train], y[train])
            fold_scores = svm.decision_function(features[test])
            if fold_scores.ndim == 1:
                fold_scores = np.column_stack([-fold_scores, fold_scores])
            order = [list(svm.classes_).index(c) for c in self.classes_]
            scores[test] = fold_scores[:, order]
        return _best_offsets(scores, y, self.classes_)


def _best_offsets(scores: np.ndarray, y: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Grid search of additive offsets (first class fixed at 0) for the best macro-F1."""
    grid = np.linspace(-1.0, 1.0, 21)
    best, best_offsets = -1.0, np.zeros(len(classes))
    for combination in itertools.product(grid, repeat=len(classes) - 1):
        offsets = np.array([0.0, *combination])
        f1 = f1_score(y, classes[(scores + offsets).argmax(axis=1)], average="macro")
        if f1 > best + 1e-9:
            best, best_offsets = f1, offsets
    return best_offsets


def _check_lengths(
    texts: Sequence[str], targets: Sequence[str], labels: Sequence[str] | None
) -> tuple[list[str], list[str], list[str] | None]:
    texts = ["" if t is None else str(t) for t in texts]
    targets = [str(t) for t in targets]
    if len(targets) != len(texts) or (labels is not None and len(labels) != len(texts)):
        raise ValueError("texts, targets (and labels) must have the same length")
    return texts, targets, None if labels is None else [str(label) for label in labels]


def cross_validate_stance(
    texts: Sequence[str],
    targets: Sequence[str],
    labels: Sequence[str],
    *,
    folds: int = 5,
    random_state: int = 0,
    **params,
) -> pd.DataFrame:
    """Stratified k-fold macro-F1 (and per-class F1) of a StanceClassifier on training data.

    Folds are stratified by target x label. Use it to choose parameters on the training set
    only; score the test set once, at the end.

    Returns
    -------
    DataFrame
        One row per fold: ``fold, macro_f1`` and ``f1_<label>`` per class.
    """
    texts, targets, labels = _check_lengths(texts, targets, labels)
    y = np.asarray(labels)
    strata = [f"{t}|{label}" for t, label in zip(targets, labels, strict=True)]
    splitter = StratifiedKFold(folds, shuffle=True, random_state=random_state)
    rows = []
    for fold, (train, test) in enumerate(splitter.split(texts, strata)):
        model = StanceClassifier(random_state=random_state, **params).fit(
            [texts[i] for i in train], [targets[i] for i in train], y[train]
        )
        predicted = model.predict([texts[i] for i in test], [targets[i] for i in test])
        per_class = f1_score(y[test], predicted, average=None, labels=model.classes_)
        rows.append(
            {"fold": fold, "macro_f1": f1_score(y[test], predicted, average="macro")}
            | {f"f1_{c}": f for c, f in zip(model.classes_, per_class, strict=True)}
        )
    return pd.DataFrame(rows)

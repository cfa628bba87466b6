"""The trainable stance engine: a scikit-learn pipeline over the project's Analyzer.

Features are TF-IDF weights (sublinear term frequency) of

* character n-grams inside word boundaries of the normalised text, which catch clitics,
  spelling variants and dialect forms that a word model misses;
* optionally, word n-grams from :class:`helpers.analyzer.Analyzer` (clitics stripped), the same
  terms every other analysis sees. They are off by default: on the Mawqif and ArabicStanceX
  tweets adding them lowered the cross-validated macro-F1 (``benchmarks/results/stance.md``);
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

:class:`StanceClassifier` is a scikit-learn estimator: ``X`` is a DataFrame with ``text`` and
``target`` columns (or rows of ``(text, target)`` pairs) and ``y`` the labels, so ``clone``,
``cross_validate``, ``GridSearchCV`` and ``Pipeline`` work as with any classifier.
:func:`stance_folds` gives cross-validation folds stratified by target and label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_consistent_length, check_is_fitted

from helpers.analyzer import Analyzer
from helpers.arabic import normalize
from helpers.checks import require_columns

__all__ = ["OFFSET_GRID", "StanceClassifier", "classifier_scores", "stance_folds"]

# The values one class offset can take: steps of 0.1 in [-1, 1], the span of SVM margins.
OFFSET_GRID = np.round(np.linspace(-1.0, 1.0, 21), 10)
# Rounds of coordinate ascent over the class offsets; it usually settles in two or three.
_OFFSET_ROUNDS = 10


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Target-aware stance classifier: ``fit(X, y)`` with X holding ``text`` and ``target``.

    Parameters
    ----------
    C : float, default 0.3
        Inverse regularisation strength of the linear SVM.
    char_ngrams : (int, int) or None, default (2, 5)
        Character n-gram range (``char_wb``); None leaves character features out.
    word_ngrams : (int, int) or None, default None
        Word n-gram range of the Analyzer, e.g. ``(1, 2)``; None leaves word features out.
        ``fit`` refuses a model with neither.
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
    targets_ : list of str
        The targets seen in ``fit``; an unseen target gets no indicator feature.
    offsets_ : ndarray
        The class offsets added to the decision scores (zeros unless ``tune_offsets``).
    vectorizers_ : list of TfidfVectorizer
        The fitted feature blocks (characters, then words).

    Examples
    --------
    >>> X = pd.DataFrame({"text": texts, "target": targets})  # doctest: +SKIP
    >>> cross_validate(StanceClassifier(), X, labels, cv=stance_folds(X, labels),
    ...                scoring="f1_macro")  # doctest: +SKIP
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
        self.C = C
        self.char_ngrams = char_ngrams
        self.word_ngrams = word_ngrams
        self.target_interaction = target_interaction
        self.tune_offsets = tune_offsets
        self.offset_folds = offset_folds
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def fit(self, X: pd.DataFrame | Sequence, y: Sequence[str]) -> StanceClassifier:
        """Learn from texts and their targets (``X``) and their stance labels (``y``).

        Raises
        ------
        ValueError
            When neither n-gram kind is on, X lacks text or target, the lengths differ or
            fewer than two labels occur.
        """
        if self.char_ngrams is None and self.word_ngrams is None:
            raise ValueError("need character or word n-grams (or both)")
        texts, targets = _texts_and_targets(X)
        check_consistent_length(texts, y)
        labels = np.asarray([str(label) for label in y])
        if len(set(labels)) < 2:
            raise ValueError(f"need at least two stance labels to learn from, got {set(labels)}")
        self.classes_ = np.array(sorted(set(labels)))
        self.targets_ = sorted(set(targets))
        clean = [normalize(t) for t in texts]
        self.vectorizers_ = self._make_vectorizers()
        blocks = [v.fit_transform(clean) for v in self.vectorizers_]
        features = self._assemble(blocks, targets)
        self.calibrated_ = CalibratedClassifierCV(
            self._svc(),
            method="sigmoid",
            cv=self.calibration_folds,
            ensemble=False,
        ).fit(features, labels)
        self.offsets_ = np.zeros(len(self.classes_))
        if self.tune_offsets:
            self.offsets_ = self._choose_offsets(features, labels)
        return self

    def _svc(self) -> LinearSVC:
        """The linear SVM, seeded so that refits on the same data agree."""
        return LinearSVC(C=self.C, class_weight="balanced", random_state=self.random_state)

    def decision_function(self, X: pd.DataFrame | Sequence) -> np.ndarray:
        """SVM class scores plus the offsets, columns in ``classes_`` order."""
        features = self._features(X)  # checks that the model is fitted
        svm = self.calibrated_.calibrated_classifiers_[0].estimator  # fitted on all the data
        return _class_scores(svm, features) + self.offsets_

    def predict_proba(self, X: pd.DataFrame | Sequence) -> np.ndarray:
        """Calibrated class probabilities, columns in ``classes_`` order (rows sum to 1)."""
        return self.calibrated_.predict_proba(self._features(X))

    def predict(self, X: pd.DataFrame | Sequence) -> np.ndarray:
        """The best-scoring label for each text, from ``classes_``."""
        best = self.decision_function(X).argmax(axis=1)  # checks that the model is fitted
        return self.classes_[best]

    def _features(self, X: pd.DataFrame | Sequence) -> sparse.csr_matrix:
        check_is_fitted(self, "calibrated_")
        texts, targets = _texts_and_targets(X)
        clean = [normalize(t) for t in texts]
        return self._assemble([v.transform(clean) for v in self.vectorizers_], targets)

    def _make_vectorizers(self) -> list[TfidfVectorizer]:
        vectorizers = []
        if self.char_ngrams is not None:
            vectorizers.append(
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=2
                )
            )
        if self.word_ngrams is not None:
            analyzer = Analyzer(ngram_range=self.word_ngrams, stopwords=False, names=False)
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

    def _choose_offsets(self, features: sparse.csr_matrix, labels: np.ndarray) -> np.ndarray:
        """Class offsets maximising macro-F1 of out-of-fold SVM scores on the training data.

        The folds reuse the features of the whole training set: the vocabulary and IDF weights
        see every training text (no labels), only the SVM is refitted per fold.
        """
        scores = np.zeros((len(labels), len(self.classes_)))
        folds = StratifiedKFold(self.offset_folds, shuffle=True, random_state=self.random_state)
        for train, test in folds.split(features, labels):
            svm = self._svc().fit(features[train], labels[train])
            order = [list(svm.classes_).index(c) for c in self.classes_]
            scores[test] = _class_scores(svm, features[test])[:, order]
        return _best_offsets(scores, labels, self.classes_)


def _class_scores(svm: LinearSVC, features: sparse.csr_matrix) -> np.ndarray:
    """One decision score per class, also for two classes (where the SVM gives one column)."""
    scores = svm.decision_function(features)
    if scores.ndim == 1:  # two classes: one score, positive for the second class
        scores = np.column_stack([-scores, scores])
    return scores


def _best_offsets(scores: np.ndarray, y: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Additive class offsets (first class fixed at 0) for the best macro-F1.

    Coordinate ascent: starting from no offsets, each class offset in turn takes the grid value
    that maximises macro-F1 with the others held, until a round changes nothing. A round scores
    ``len(OFFSET_GRID)`` offsets per class, so the work grows linearly with the number of
    classes, where the full grid grows as ``21 ** (classes - 1)``. With two classes it is the
    full grid; ties keep the smaller change.
    """

    def macro_f1(offsets: np.ndarray) -> float:
        return f1_score(y, classes[(scores + offsets).argmax(axis=1)], average="macro")

    best_offsets = np.zeros(len(classes))
    best = macro_f1(best_offsets)
    for _ in range(_OFFSET_ROUNDS):
        improved = False
        for column in range(1, len(classes)):
            for value in OFFSET_GRID:
                trial = best_offsets.copy()
                trial[column] = value
                f1 = macro_f1(trial)
                if f1 > best + 1e-9:
                    best, best_offsets, improved = f1, trial, True
        if not improved:
            break
    return best_offsets


def _texts_and_targets(X: pd.DataFrame | Sequence) -> tuple[list[str], list[str]]:
    """The ``text`` and ``target`` of each row of X (a missing text counts as empty)."""
    if isinstance(X, pd.DataFrame):
        require_columns(X, ["text", "target"], what="X")
        texts, targets = X["text"].tolist(), X["target"].tolist()
    else:
        rows = np.asarray(X, dtype=object)
        if rows.ndim != 2 or rows.shape[1] != 2:
            raise ValueError(
                f"X must be a DataFrame with text and target columns or (text, target) rows, "
                f"got an array of shape {rows.shape}"
            )
        texts, targets = rows[:, 0].tolist(), rows[:, 1].tolist()
    texts = ["" if t is None or t != t else str(t) for t in texts]  # t != t: NaN
    return texts, [str(t) for t in targets]


def stance_folds(
    X: pd.DataFrame | Sequence, y: Sequence[str], n_splits: int = 5, random_state: int = 0
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Cross-validation folds stratified by target x label, for ``cv=`` of scikit-learn.

    Stratifying by the label alone can leave a target's rare class out of a test fold; use these
    to choose parameters on the training set only and score the test set once, at the end.
    """
    _, targets = _texts_and_targets(X)
    check_consistent_length(targets, y)
    strata = [f"{t}|{label}" for t, label in zip(targets, y, strict=True)]
    splitter = StratifiedKFold(n_splits, shuffle=True, random_state=random_state)
    return list(splitter.split(np.zeros(len(strata)), strata))


def classifier_scores(frame: pd.DataFrame, model: Any) -> pd.DataFrame:
    """Score each sentence row of :func:`helpers.stance.stance_sentences` with a fitted
    classifier: ``P(favor) - P(against)``; a sentence is evidence when the classifier's label
    for it is not ``none``."""
    classes = [str(c).lower() for c in model.classes_]
    if not {"favor", "against"} <= set(classes):
        raise ValueError(f"the classifier's classes {classes} lack favor/against")
    frame = frame.drop_duplicates(["article_id", "target", "sentence_index"]).copy()
    if frame.empty:
        return frame
    X = pd.DataFrame({"text": frame["sentence"].to_numpy(), "target": frame["target"].to_numpy()})
    proba = model.predict_proba(X)
    favor, against = proba[:, classes.index("favor")], proba[:, classes.index("against")]
    frame["raw"] = favor - against
    frame["score"] = frame["raw"]
    labels = np.char.lower(np.asarray(model.predict(X), dtype=str))
    frame["n_hits"] = (labels != "none").astype(int)
    frame["stance"] = labels
    frame["hits"] = [
        ", ".join(f"{c} {p:.2f}" for c, p in zip(classes, row, strict=True)) for row in proba
    ]
    return frame

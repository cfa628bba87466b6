"""The trainable stance engine: the estimator contract, offsets by hand, feature layouts,
char-only default, real data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from helpers import stance_model
from helpers.checks import MissingColumnsError
from helpers.stance_model import OFFSET_GRID, StanceClassifier, _best_offsets, stance_folds

TOY = [
    ("نؤيد القرار بقوة", "Favor"),
    ("قرار ممتاز نؤيده", "Favor"),
    ("خطوة رائعة ندعمها", "Favor"),
    ("نرفض القرار تماما", "Against"),
    ("قرار سيئ ونرفضه", "Against"),
    ("خطوة فاشلة نرفضها", "Against"),
    ("عقد الاجتماع اليوم", "None"),
    ("وصل الوفد صباحا", "None"),
    ("انتهى اللقاء مساء", "None"),
]


def toy_data(copies: int = 3) -> tuple[list[str], list[str]]:
    texts, labels = zip(*(TOY * copies), strict=True)
    return list(texts), list(labels)


def toy_frame(copies: int = 3, targets: list[str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    texts, labels = toy_data(copies)
    return pd.DataFrame({"text": texts, "target": targets or ["t"] * len(texts)}), labels


def probe(*texts: str, target: str = "t") -> pd.DataFrame:
    return pd.DataFrame({"text": list(texts), "target": [target] * len(texts)})


def test_clone_and_set_params_give_an_unfitted_copy() -> None:
    model = StanceClassifier(C=1.0, char_ngrams=None, word_ngrams=(1, 1))
    assert model.get_params()["C"] == 1.0
    assert model.set_params(C=0.5) is model and model.C == 0.5
    X, y = toy_frame()
    model.fit(X, y)
    copy = clone(model)
    assert copy.get_params() == model.get_params() and copy is not model
    assert not hasattr(copy, "classes_")
    with pytest.raises(NotFittedError, match="not fitted"):
        copy.predict(probe("نؤيد القرار"))
    # parameters are checked when fitting, not when building (so clone and set_params work)
    empty = StanceClassifier(char_ngrams=None, word_ngrams=None)
    with pytest.raises(ValueError, match="character or word"):
        empty.fit(X, y)


def test_cross_validate_with_target_and_label_folds() -> None:
    X, y = toy_frame(4)
    folds = stance_folds(X, y, n_splits=3)
    # 36 rows, 12 per label: every test fold holds 4 of each label
    for _, test in folds:
        assert sorted(pd.Series(y).iloc[test].value_counts()) == [4, 4, 4]
    result = cross_validate(StanceClassifier(C=1.0), X, y, cv=folds, scoring="f1_macro")
    assert len(result["test_score"]) == 3
    # the toy texts repeat across folds, so every fold is predicted right
    assert result["test_score"] == pytest.approx([1.0, 1.0, 1.0])


def test_grid_search_and_pipeline() -> None:
    X, y = toy_frame(4)
    search = GridSearchCV(
        StanceClassifier(tune_offsets=False), {"C": [0.1, 1.0]}, cv=3, scoring="f1_macro"
    ).fit(X, y)
    assert search.best_params_["C"] in (0.1, 1.0)
    assert list(search.predict(probe("نرفض القرار تماما"))) == ["Against"]
    # a step before the classifier that turns the caller's frame into text and target columns
    renamed = X.rename(columns={"text": "sentence", "target": "actor"})
    to_stance_input = FunctionTransformer(
        lambda frame: frame.rename(columns={"sentence": "text", "actor": "target"})
    )
    pipeline = Pipeline([("columns", to_stance_input), ("stance", StanceClassifier(C=1.0))])
    pipeline.fit(renamed, y)
    question = pd.DataFrame({"sentence": ["نؤيد القرار بقوة"], "actor": ["t"]})
    assert list(pipeline.predict(question)) == ["Favor"]
    assert pipeline.score(renamed, y) == 1.0


def test_inputs_as_pairs_and_bad_inputs() -> None:
    X, y = toy_frame()
    pairs = X.to_numpy().tolist()
    by_frame = StanceClassifier(C=1.0).fit(X, y).decision_function(probe("وصل الوفد"))
    by_pairs = StanceClassifier(C=1.0).fit(pairs, y).decision_function([["وصل الوفد", "t"]])
    assert by_pairs == pytest.approx(by_frame)
    with pytest.raises(MissingColumnsError, match="target"):
        StanceClassifier().fit(X[["text"]], y)
    with pytest.raises(ValueError, match="shape"):
        StanceClassifier().fit([["only text"]] * len(y), y)
    with pytest.raises(ValueError, match="inconsistent numbers of samples"):
        StanceClassifier().fit(X, y[:-1])


def test_best_offsets_by_hand() -> None:
    # Two classes; the offset o is added to B's score and B wins where s_B + o > s_A.
    # row 1 (truth B): 0.25 + o > 0.50  needs o > 0.25
    # row 2 (truth A): 0.15 + o < 0.50  needs o < 0.35
    # row 3 (truth B): 0.60 + o > 0.20  needs o > -0.40
    # Only o in (0.25, 0.35) gets all three right; the grid steps by 0.1, so o = 0.3.
    scores = np.array([[0.50, 0.25], [0.50, 0.15], [0.20, 0.60]])
    truth = np.array(["B", "A", "B"])
    classes = np.array(["A", "B"])
    # Without offsets the predictions are A, A, B: F1(A) = 2*1/(2*1+1+0) = 2/3,
    # F1(B) = 2*1/(2*1+0+1) = 2/3, macro 2/3.
    plain = classes[scores.argmax(axis=1)]
    assert f1_score(truth, plain, average="macro") == pytest.approx(2 / 3)
    offsets = _best_offsets(scores, truth, classes)
    assert offsets == pytest.approx([0.0, 0.3])
    assert list(classes[(scores + offsets).argmax(axis=1)]) == list(truth)


def test_best_offsets_three_classes_by_coordinates() -> None:
    # Classes A, B, C; offsets (0, b, c). Scores (A, B, C) and truth:
    # row 1 (truth A): 0.9, 0.0, 0.0
    # row 2 (truth B): 0.5, 0.2, 0.0   right when 0.2 + b > 0.5 and > c
    # row 3 (truth C): 0.5, 0.0, 0.1   right when 0.1 + c > 0.5 and > b
    # No offsets: A, A, A; F1(A) = 2/(2+2) = 0.5, macro 1/6.
    # Round 1, b (c = 0): any b in (0.3, 0.9) gets rows 1-2 right, macro 5/9 either way
    # (row 3 goes to A below b = 0.5, to B above); the first grid value there is 0.4.
    # Then c (b = 0.4): row 3 needs c > 0.4, row 2 needs c < 0.6: c = 0.5, all right.
    # Round 2 changes nothing.
    scores = np.array([[0.9, 0.0, 0.0], [0.5, 0.2, 0.0], [0.5, 0.0, 0.1]])
    truth = np.array(["A", "B", "C"])
    classes = np.array(["A", "B", "C"])
    offsets = _best_offsets(scores, truth, classes)
    assert offsets == pytest.approx([0.0, 0.4, 0.5])
    assert list(classes[(scores + offsets).argmax(axis=1)]) == list(truth)


def test_best_offsets_work_grows_linearly_with_classes(monkeypatch) -> None:
    # Eight classes: a full grid would score 21 ** 7 (1.8 billion) offset vectors. Coordinate
    # ascent scores 21 per class and round; count the scorings (the real F1 still runs).
    calls = []
    real_f1 = stance_model.f1_score

    def counted_f1(*args, **kwargs) -> float:
        calls.append(1)
        assert len(calls) <= 10 * 7 * len(OFFSET_GRID) + 1, "more scorings than 10 rounds"
        return real_f1(*args, **kwargs)

    monkeypatch.setattr(stance_model, "f1_score", counted_f1)
    rng = np.random.default_rng(0)
    classes = np.array(list("ABCDEFGH"))
    truth = rng.choice(classes, 200)
    scores = rng.normal(size=(200, 8)) + 0.5 * (truth[:, None] == classes)
    offsets = _best_offsets(scores, truth, classes)
    tuned = f1_score(truth, classes[(scores + offsets).argmax(axis=1)], average="macro")
    plain = f1_score(truth, classes[scores.argmax(axis=1)], average="macro")
    assert tuned > plain and offsets[0] == 0.0


def test_default_is_character_ngrams_with_offsets() -> None:
    model = StanceClassifier()
    assert model.char_ngrams == (2, 5) and model.word_ngrams is None and model.tune_offsets
    model.fit(*toy_frame())
    assert len(model.vectorizers_) == 1 and model.vectorizers_[0].analyzer == "char_wb"
    assert list(model.predict(probe("نؤيد القرار", "نرفض القرار"))) == ["Favor", "Against"]


def test_feature_layout_counts() -> None:
    # Words only, unigrams: width = vocabulary + one indicator per target, and with per-target
    # copies another vocabulary-wide block per target: V + 2 + 2V for two targets.
    X, labels = toy_frame(2, ["a", "b"] * 9)
    for interaction, factor in ((False, 1), (True, 3)):
        model = StanceClassifier(
            char_ngrams=None, word_ngrams=(1, 1), target_interaction=interaction
        ).fit(X, labels)
        vocabulary = len(model.vectorizers_[0].vocabulary_)
        features = model._features(probe("نؤيد القرار", target="b"))
        assert features.shape == (1, factor * vocabulary + 2)
        # target b's indicator is column V + 1; the copy for target a stays empty
        assert features[0, vocabulary + 1] == 1.0 and features[0, vocabulary] == 0.0
        if interaction:
            shared = features[:, :vocabulary].toarray()
            copy_a = features[:, vocabulary + 2 : 2 * vocabulary + 2].toarray()
            copy_b = features[:, 2 * vocabulary + 2 :].toarray()
            assert not copy_a.any() and np.array_equal(copy_b, shared) and shared.any()


def test_offsets_shift_the_decision_scores() -> None:
    X, labels = toy_frame()
    plain = StanceClassifier(tune_offsets=False).fit(X, labels)
    assert plain.offsets_ == pytest.approx([0.0, 0.0, 0.0])
    tuned = StanceClassifier(offset_folds=3).fit(X, labels)
    assert tuned.offsets_[0] == 0.0 and np.all(np.abs(tuned.offsets_) <= 1.0)
    question = probe("نؤيد القرار", "وصل الوفد")
    difference = tuned.decision_function(question) - plain.decision_function(question)
    assert difference == pytest.approx(np.tile(tuned.offsets_, (2, 1)))


def test_arabicstancex_beats_majority(shared_data) -> None:
    flat = pd.read_csv(
        shared_data / "arabicstancex" / "ArabicStanceX_all_flat.csv", keep_default_na=False
    )
    train = flat[flat["split"] == "train"].sample(3000, random_state=0)
    test = flat[flat["split"] == "test"]
    inputs = ["text", "topic"]
    model = StanceClassifier(target_interaction=True).fit(train[inputs].to_numpy(), train["stance"])
    predicted = model.predict(test[inputs].to_numpy())
    majority = f1_score(test["stance"], np.full(len(test), "Favor"), average="macro")
    # 1,295 of the 2,977 test tweets are Favor: F1(Favor) = 2*1295 / (2977 + 1295) = 0.6063,
    # the other two classes 0, macro 0.6063 / 3 = 0.2021
    assert majority == pytest.approx(0.2021, abs=0.0005)
    # measured 0.663 from these 3,000 training tweets; the floor leaves room for noise
    assert f1_score(test["stance"], predicted, average="macro") >= 0.62

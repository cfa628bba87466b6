"""The trainable stance engine: offsets by hand, feature layouts, char-only default, real data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from helpers.stance_model import StanceClassifier, _best_offsets

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


def test_default_is_character_ngrams_with_offsets() -> None:
    model = StanceClassifier()
    assert model.char_ngrams == (2, 5) and model.word_ngrams is None and model.tune_offsets
    texts, labels = toy_data()
    model.fit(texts, ["t"] * len(texts), labels)
    assert len(model._vectorizers) == 1 and model._vectorizers[0].analyzer == "char_wb"
    assert list(model.predict(["نؤيد القرار", "نرفض القرار"], ["t", "t"])) == ["Favor", "Against"]


def test_feature_layout_counts() -> None:
    # Words only, unigrams: width = vocabulary + one indicator per target, and with per-target
    # copies another vocabulary-wide block per target: V + 2 + 2V for two targets.
    texts, labels = toy_data(2)
    targets = ["a", "b"] * (len(texts) // 2)
    for interaction, factor in ((False, 1), (True, 3)):
        model = StanceClassifier(
            char_ngrams=None, word_ngrams=(1, 1), target_interaction=interaction
        ).fit(texts, targets, labels)
        vocabulary = len(model._vectorizers[0].vocabulary_)
        features = model._features(["نؤيد القرار"], ["b"])
        assert features.shape == (1, factor * vocabulary + 2)
        # target b's indicator is column V + 1; the copy for target a stays empty
        assert features[0, vocabulary + 1] == 1.0 and features[0, vocabulary] == 0.0
        if interaction:
            shared = features[:, :vocabulary].toarray()
            copy_a = features[:, vocabulary + 2 : 2 * vocabulary + 2].toarray()
            copy_b = features[:, 2 * vocabulary + 2 :].toarray()
            assert not copy_a.any() and np.array_equal(copy_b, shared) and shared.any()


def test_offsets_shift_the_decision_scores() -> None:
    texts, labels = toy_data()
    targets = ["t"] * len(texts)
    plain = StanceClassifier(tune_offsets=False).fit(texts, targets, labels)
    assert plain.offsets_ == pytest.approx([0.0, 0.0, 0.0])
    tuned = StanceClassifier(offset_folds=3).fit(texts, targets, labels)
    assert tuned.offsets_[0] == 0.0 and np.all(np.abs(tuned.offsets_) <= 1.0)
    probe = ["نؤيد القرار", "وصل الوفد"]
    difference = tuned.decision_function(probe, targets[:2]) - plain.decision_function(
        probe, targets[:2]
    )
    assert difference == pytest.approx(np.tile(tuned.offsets_, (2, 1)))


def test_needs_some_features() -> None:
    with pytest.raises(ValueError, match="character or word"):
        StanceClassifier(char_ngrams=None, word_ngrams=None)


def test_arabicstancex_beats_majority(shared_data) -> None:
    flat = pd.read_csv(
        shared_data / "arabicstancex" / "ArabicStanceX_all_flat.csv", keep_default_na=False
    )
    train = flat[flat["split"] == "train"].sample(3000, random_state=0)
    test = flat[flat["split"] == "test"]
    model = StanceClassifier(target_interaction=True).fit(
        train["text"], train["topic"], train["stance"]
    )
    predicted = model.predict(test["text"], test["topic"])
    majority = f1_score(test["stance"], np.full(len(test), "Favor"), average="macro")
    # 1,295 of the 2,977 test tweets are Favor: F1(Favor) = 2*1295 / (2977 + 1295) = 0.6063,
    # the other two classes 0, macro 0.6063 / 3 = 0.2021
    assert majority == pytest.approx(0.2021, abs=0.0005)
    # measured 0.663 from these 3,000 training tweets; the floor leaves room for noise
    assert f1_score(test["stance"], predicted, average="macro") >= 0.62

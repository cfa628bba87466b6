"""Tests of helpers.stance_views: who says what about whom, and agreement with hand labels."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance_views import UNKNOWN_HOLDER, label_agreement, voice_means, who_says_what


def sentence_frame(rows: list[tuple]) -> pd.DataFrame:
    """Sentence rows (outlet, article_id, target, holder, score, stance) with the other columns
    of stance_sentences filled in."""
    frame = pd.DataFrame(
        rows, columns=["outlet", "article_id", "target", "holder", "score", "stance"]
    )
    voice = ["outlet" if h == "outlet" else "quoted" for h in frame["holder"]]
    return frame.assign(
        sentence_index=range(len(frame)),
        sentence="s",
        voice=voice,
        speaker=None,
        raw=frame["score"],
        n_hits=(frame["score"] != 0).astype(int),
        hits="",
    )


def test_who_says_what_by_hand() -> None:
    sentences = sentence_frame(
        [
            ("X", "a1", "russia", "outlet", -0.6, "against"),
            ("X", "a2", "russia", "outlet", -0.8, "against"),
            ("X", "a2", "russia", "ترامب", 0.7, "favor"),
            ("X", "a3", "russia", "ترامب", -0.9, "against"),
            ("X", "a3", "usa", "", -0.7, "against"),
            ("X", "a3", "usa", "outlet", 0.0, "none"),  # no stance: not counted
            ("Y", "b1", "russia", "outlet", 0.5, "favor"),
        ]
    )
    table = who_says_what(sentences).set_index(["outlet", "holder", "target"])
    own = table.loc[("X", "outlet", "russia")]
    assert own["mean"] == pytest.approx(-0.7)  # (-0.6 - 0.8) / 2
    assert (own["n"], own["articles"], own["favor"], own["against"]) == (2, 2, 0, 2)
    trump = table.loc[("X", "ترامب", "russia")]
    assert trump["mean"] == pytest.approx(-0.1)  # (0.7 - 0.9) / 2
    assert (trump["n"], trump["articles"], trump["favor"], trump["against"]) == (2, 2, 1, 1)
    assert table.loc[("X", UNKNOWN_HOLDER, "usa"), "n"] == 1
    assert ("X", "outlet", "usa") not in table.index
    assert len(table) == 4
    assert len(who_says_what(sentences, min_sentences=2)) == 2


def test_who_says_what_counts_one_holder_once_in_any_spelling_or_title() -> None:
    """Issue 12 point 3: ترامب, ترمب and the president with his title were three holders, each
    resting on one sentence; London and Britain two."""
    said = {  # (article, target, holder as written): score; below zero is against
        ("a1", "russia", "ترامب"): -0.8,
        ("a2", "russia", "ترمب"): -0.6,
        ("a3", "russia", "الرئيس الأمريكي دونالد ترامب"): 0.5,
        ("a3", "russia", "ترامب"): -1.0,
        ("a4", "iran", "لندن"): -0.7,
        ("a5", "iran", "بريطانيا"): -0.9,
        ("a5", "iran", "outlet"): -0.9,
    }
    sentences = sentence_frame(
        [
            ("X", article, target, holder, score, "favor" if score > 0 else "against")
            for (article, target, holder), score in said.items()
        ]
    )
    table = who_says_what(sentences).set_index(["outlet", "holder", "target"])
    trump = table.loc[("X", "ترامب", "russia")]
    assert (trump["n"], trump["articles"], trump["favor"], trump["against"]) == (4, 3, 1, 3)
    assert trump["mean"] == pytest.approx((-0.8 - 0.6 + 0.5 - 1.0) / 4)
    britain = table.loc[("X", "بريطانيا", "iran")]
    assert (britain["n"], britain["mean"]) == (2, pytest.approx(-0.8))
    assert len(table) == 3  # Trump, Britain and the outlet's own voice


def test_voice_means_count_each_voice_over_its_own_articles() -> None:
    sentences = sentence_frame(
        [
            ("X", "a1", "russia", "outlet", -1.0, "against"),  # P 0, N 1: score -1/2
            ("X", "a1", "russia", "ترامب", 1.0, "favor"),  # quoted: +1/2
            ("X", "a2", "russia", "ترامب", -3.0, "against"),  # quoted only: -3/4
            ("X", "a3", "russia", "outlet", 0.0, "none"),  # names Russia, no evidence
        ]
    )
    table = voice_means(sentences, n_boot=10).set_index(["outlet", "target"])
    row = table.loc[("X", "russia")]
    assert row["mean_own"] == pytest.approx(-0.5)  # a1 alone: a2 and a3 say nothing own
    assert row["n_own"] == 1
    assert row["mean_quoted"] == pytest.approx((0.5 - 0.75) / 2)  # a1 and a2
    assert row["n_quoted"] == 2


def test_voice_means_leave_a_voice_without_evidence_empty() -> None:
    sentences = sentence_frame([("Y", "b1", "usa", "outlet", 0.5, "favor")])
    row = voice_means(sentences, n_boot=10).iloc[0]
    assert row["mean_own"] == pytest.approx(0.5 / 1.5)
    assert pd.isna(row["mean_quoted"]) and pd.isna(row["n_quoted"])


def test_who_says_what_needs_the_holder_column() -> None:
    with pytest.raises(ValueError, match="holder"):
        who_says_what(sentence_frame([]).drop(columns="holder"))


def test_label_agreement_by_hand() -> None:
    sentences = sentence_frame(
        [
            ("X", "a1", "russia", "outlet", -0.8, "against"),  # raw -0.8: score -0.8/1.8
            ("X", "a1", "usa", "ترامب", 0.9, "favor"),  # quoted: not the outlet's voice
            ("X", "a2", "russia", "outlet", 0.0, "none"),
        ]
    )
    labels = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a3"],
            "target": ["russia", "usa", "russia", "eu"],
            "stance": ["against", "favor", "none", "none"],
        }
    )
    table = label_agreement(labels, sentences)
    assert table["agrees"].tolist() == [True, False, True, True]
    assert table["agrees"].mean() == pytest.approx(0.75)
    assert table.loc[0, "score"] == pytest.approx(-0.8 / 1.8)
    assert table.loc[3, ["stance", "score", "n_evidence"]].tolist() == ["none", 0.0, 0]
    everyone = label_agreement(labels, sentences, voice="all")
    assert everyone["agrees"].tolist() == [True, True, True, True]


def test_label_agreement_rejects_labels_without_a_stance() -> None:
    with pytest.raises(ValueError, match="stance"):
        label_agreement(pd.DataFrame({"article_id": [], "target": []}), sentence_frame([]))

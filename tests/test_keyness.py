"""Tests of helpers.keyness: G2, log ratio and weighted log-odds against arithmetic by hand.

Keyness of groups counted from articles (``keyness_by_group``) is tested with the counting, in
``tests/test_frequency.py``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from helpers.keyness import (
    distinctive_terms,
    keyness,
    keyness_between,
    shared_terms,
    signed_g2,
)


def chi2_sf_1df(x: float) -> float:
    """P(chi2 with 1 df > x) = P(|Z| > sqrt(x)) = erfc(sqrt(x / 2))."""
    return math.erfc(math.sqrt(x / 2))


# Target: x 10, y 90 (c = 100 terms); reference: x 5, y 195 (d = 200 terms).
TARGET = pd.Series({"x": 10, "y": 90})
REFERENCE = pd.Series({"x": 5, "y": 195})


def test_keyness_g2_log_ratio_and_p_by_hand() -> None:
    table = keyness(TARGET, REFERENCE)
    # x: E1 = 100 * 15 / 300 = 5, E2 = 200 * 15 / 300 = 10
    #    G2 = 2 (10 ln(10/5) + 5 ln(5/10)) = 2 (10 - 5) ln 2 = 10 ln 2, x is typical of target.
    g2_x = 10 * math.log(2)
    # y: E1 = 100 * 285 / 300 = 95, E2 = 200 * 285 / 300 = 190; 90/100 < 195/200: negative.
    g2_y = 2 * (90 * math.log(90 / 95) + 195 * math.log(195 / 190))
    assert table.loc["x", "g2"] == pytest.approx(g2_x)
    assert table.loc["y", "g2"] == pytest.approx(-g2_y)
    # log ratio x = log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2(4) = 2
    assert table.loc["x", "log_ratio"] == pytest.approx(2.0)
    assert table.loc["y", "log_ratio"] == pytest.approx(math.log2((90 / 100) / (195 / 200)))
    p_x, p_y = chi2_sf_1df(g2_x), chi2_sf_1df(g2_y)
    assert table.loc["x", "p"] == pytest.approx(p_x)
    # Benjamini-Hochberg over m = 2: the larger p stays (p * 2 / 2); the smaller is
    # min(p * 2 / 1, the larger's adjusted value).
    small, large = sorted([p_x, p_y])
    adjusted = {p_x: None, p_y: None}
    adjusted[large] = large
    adjusted[small] = min(small * 2, large)
    assert table.loc["x", "p_adj"] == pytest.approx(adjusted[p_x])
    assert table.loc["y", "p_adj"] == pytest.approx(adjusted[p_y])
    assert table.loc["x", "target_per_10k"] == pytest.approx(1000.0)  # 10 / 100 * 10,000
    assert table.index.tolist() == ["x", "y"]  # most typical of the target first


def test_signed_g2_is_keynesss_g2_term_by_term() -> None:
    a = pd.Series({"حرب": 10.0, "سلام": 0.0, "اتفاق": 4.0, "غاز": 3.0, "نفط": 0.0})
    b = pd.Series({"حرب": 0.0, "سلام": 6.0, "اتفاق": 4.0, "غاز": 1.0, "نفط": 0.0})
    table = keyness(a, b, target_total=100, reference_total=200)
    g2 = signed_g2(a.to_numpy(), b.to_numpy(), 100.0, 200.0)
    # حرب: E1 = 100 * 10 / 300, G2 = 2 * 10 * ln(10 / E1) = 20 ln 3, more in the target
    assert g2[0] == pytest.approx(20 * math.log(3))
    assert g2[4] == 0.0 and "نفط" not in table.index  # counted nowhere: 0, no row in keyness
    kept = ["حرب", "سلام", "اتفاق", "غاز"]
    np.testing.assert_array_equal(g2[:4], table.loc[kept, "g2"].to_numpy())  # bit for bit
    some = signed_g2(a.to_numpy()[[3, 1]], b.to_numpy()[[3, 1]], 100.0, 200.0)
    np.testing.assert_array_equal(some, table.loc[["غاز", "سلام"], "g2"].to_numpy())
    with pytest.raises(ValueError, match="terms in both corpora"):
        signed_g2(a.to_numpy(), b.to_numpy(), 100.0, 0.0)  # a side without terms, as keyness


def test_keyness_log_odds_with_informative_prior_by_hand() -> None:
    table = keyness(TARGET, REFERENCE)
    # Prior = pooled counts (x 15, y 285; sum 300), alpha0 = 0.1 * (100 + 200) = 30,
    # so alpha_x = 30 * 15 / 300 = 1.5.
    delta = math.log((10 + 1.5) / (100 + 30 - 10 - 1.5)) - math.log(
        (5 + 1.5) / (200 + 30 - 5 - 1.5)
    )  # ln(11.5 / 118.5) - ln(6.5 / 223.5)
    z = delta / math.sqrt(1 / 11.5 + 1 / 6.5)
    assert table.loc["x", "log_odds"] == pytest.approx(delta)
    assert table.loc["x", "log_odds_z"] == pytest.approx(z)
    # A given alpha0 = 3: alpha_x = 3 * 15 / 300 = 0.15.
    small = keyness(TARGET, REFERENCE, alpha0=3)
    delta = math.log(10.15 / (100 + 3 - 10.15)) - math.log(5.15 / (200 + 3 - 5.15))
    assert small.loc["x", "log_odds_z"] == pytest.approx(delta / math.sqrt(1 / 10.15 + 1 / 5.15))


def test_keyness_flips_sign_when_target_and_reference_swap() -> None:
    forward = keyness(TARGET, REFERENCE)
    backward = keyness(REFERENCE, TARGET).loc[forward.index]
    for column in ("g2", "log_ratio", "log_odds", "log_odds_z"):
        np.testing.assert_allclose(backward[column], -forward[column])
    np.testing.assert_allclose(backward["p"], forward["p"])


def test_keyness_zero_count_correction_and_totals() -> None:
    # x is absent from the reference: the zero, and only the zero, becomes 0.5.
    # log_ratio = log2((4 / 100) / (0.5 / 200)) = log2(0.04 / 0.0025) = log2(16) = 4
    table = keyness(pd.Series({"x": 4, "y": 96}), pd.Series({"y": 200}))
    assert table.loc["x", "log_ratio"] == pytest.approx(4.0)
    assert table.loc["x", "reference_count"] == 0
    assert table["target_count"].dtype.kind == table["reference_count"].dtype.kind == "i"
    # G2 with b = 0: E1 = 100 * 4 / 300, G2 = 2 * 4 ln(4 / E1) = 8 ln 3
    assert table.loc["x", "g2"] == pytest.approx(8 * math.log(3))
    # Explicit totals: the Series hold only x, the corpora are 100 and 200 terms.
    alone = keyness(
        pd.Series({"x": 10}), pd.Series({"x": 5}), target_total=100, reference_total=200
    )
    assert alone.loc["x", "g2"] == pytest.approx(10 * math.log(2))


def test_keyness_bonferroni_and_bad_options() -> None:
    table = keyness(TARGET, REFERENCE, correction="bonferroni")
    np.testing.assert_allclose(table["p_adj"], np.minimum(table["p"] * 2, 1))
    with pytest.raises(ValueError, match="correction"):
        keyness(TARGET, REFERENCE, correction="holm-ish")
    with pytest.raises(ValueError, match="both corpora"):
        keyness(TARGET, pd.Series({"x": 0}))


# ------------------------------------------------------------------------- two sides compared
def two_sides() -> pd.DataFrame:
    # Side A: 100 analysed terms, B: 200 (the totals include terms filtered out of the table).
    counts = pd.DataFrame(
        {"A": [10, 4, 0, 6], "B": [10, 16, 8, 1]}, index=pd.Index(["x", "y", "z", "w"], name="term")
    )
    counts.attrs["tokens"] = {"A": 100, "B": 200}
    return counts


def test_shared_terms_rank_by_the_lower_rate() -> None:
    # Rates per 10,000: x A 1000, B 500 (lower 500); y A 400, B 800 (lower 400);
    # w A 600, B 50 (lower 50); z is not used by A, so it is not shared.
    shared = shared_terms(two_sides(), "A", "B")
    assert list(shared["term"]) == ["x", "y", "w"]
    assert list(shared.columns) == ["term", "A", "B", "lower_rate"]
    assert shared["lower_rate"].tolist() == pytest.approx([500, 400, 50])
    assert shared.loc[0, "A"] == pytest.approx(1000) and shared.loc[0, "B"] == pytest.approx(500)
    assert list(shared_terms(two_sides(), "A", "B", n=1)["term"]) == ["x"]


def test_keyness_between_uses_the_side_totals() -> None:
    between = keyness_between(two_sides(), "A", "B")
    by_hand = keyness(
        pd.Series({"x": 10, "y": 4, "w": 6}),
        pd.Series({"x": 10, "y": 16, "z": 8, "w": 1}),
        target_total=100,
        reference_total=200,
    )
    pd.testing.assert_frame_equal(between, by_hand)
    # x: 10/100 against 10/200 is typical of A; E1 = 100 * 20 / 300, E2 = 200 * 20 / 300
    e1, e2 = 100 * 20 / 300, 200 * 20 / 300
    g2_x = 2 * (10 * math.log(10 / e1) + 10 * math.log(10 / e2))
    assert between.loc["x", "g2"] == pytest.approx(g2_x)
    with pytest.raises(ValueError, match=r"sides \['C'\] are not columns"):
        keyness_between(two_sides(), "A", "C")
    with pytest.raises(ValueError, match="wide=True"):
        keyness_between(pd.DataFrame({"A": [1], "B": [2]}), "A", "B")


def test_distinctive_terms_take_each_side_strongest_outward() -> None:
    table = pd.DataFrame(
        {"g2": [5.0, 3.0, 1.0, 0.0, -2.0, -4.0, -6.0]}, index=list("abcdefg")
    ).sample(frac=1, random_state=0)
    assert list(distinctive_terms(table, n=2).index) == ["a", "b", "f", "g"]
    assert list(distinctive_terms(table, n=5).index) == ["a", "b", "c", "e", "f", "g"]

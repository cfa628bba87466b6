"""Keyness: how much more (or less) typical a term is of one corpus than of another.

With ``a``/``b`` the counts of a term in the target/reference corpus and ``c``/``d`` the numbers
of analysed terms in them (see :func:`keyness` for the formulas):

* Dunning's log-likelihood ``G2`` (signed here: positive when the term is relatively more
  frequent in the target), with a p-value from the chi-square distribution (1 degree of freedom)
  and a Benjamini-Hochberg (or Bonferroni) correction over all the terms compared;
* Hardie's log ratio, the binary log of the ratio of relative frequencies: an effect size;
* the weighted log-odds ratio with an informative Dirichlet prior and its z-score
  (Monroe, Colaresi & Quinn 2008, "Fightin' words"), which tempers rare words.

The functions take counts (Series, or the frames of :func:`helpers.frequency.term_counts`);
:func:`helpers.frequency.keyness_by_group` counts and compares in one call. For two sides of a
comparison, :func:`shared_terms` gives the common ground, :func:`keyness_between` the keyness
of one against the other and :func:`distinctive_terms` the strongest terms of each.
:mod:`helpers.frequency` re-exports :func:`keyness` and :func:`keyness_against_rest` (their
older home).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from scipy import stats
from scipy.special import xlogy

__all__ = [
    "DEFAULT_PRIOR_SHARE",
    "PER",
    "ZERO_COUNT",
    "Correction",
    "distinctive_terms",
    "keyness",
    "keyness_against_rest",
    "keyness_between",
    "shared_terms",
    "signed_g2",
]

Correction = Literal["bh", "bonferroni"] | None
"""Multiple-comparison correction of the G2 p-values: Benjamini-Hochberg, Bonferroni or none."""

PER = 10_000
"""Relative frequencies are given per this many analysed terms (``per_10k`` columns)."""

ZERO_COUNT = 0.5
"""Count that stands in for a zero in the log ratio only (Hardie 2014), so it stays finite."""

DEFAULT_PRIOR_SHARE = 0.1
"""Default weight of the log-odds prior, as a share of the pooled corpus size (see keyness)."""


def _adjust(p: np.ndarray, correction: Correction) -> np.ndarray:
    if correction == "bh":
        return stats.false_discovery_control(p, method="bh") if len(p) else p
    if correction == "bonferroni":
        return np.minimum(p * len(p), 1.0)
    if correction is None:
        return p
    raise ValueError(f"unknown correction {correction!r}; use 'bh', 'bonferroni' or None")


def _dunning(a: np.ndarray, b: np.ndarray, c: float, d: float) -> tuple[np.ndarray, np.ndarray]:
    """Dunning's G2 of terms counted ``a``/``b`` in corpora of ``c``/``d`` terms (unsigned), and
    the sign of ``a / c - b / d``; a term counted in neither corpus gives NaN."""
    if c <= 0 or d <= 0:
        raise ValueError(f"keyness needs terms in both corpora (target {c:g}, reference {d:g})")
    pooled = a + b
    expected_a = c * pooled / (c + d)
    expected_b = d * pooled / (c + d)
    g2 = 2 * (xlogy(a, a / expected_a) + xlogy(b, b / expected_b))
    g2 = np.maximum(g2, 0.0)  # rounding can leave -1e-15 where a/c == b/d
    return g2, np.sign(a / c - b / d)


def signed_g2(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """The ``g2`` column of :func:`keyness` alone (no p-values, no other statistic), for
    terms counted ``a`` in a target of ``c`` analysed terms and ``b`` in a reference of ``d``;
    0 for a term counted in neither (which :func:`keyness` leaves out). The value of a term
    depends on its own counts only, so any subset of the terms may be asked for.

    >>> signed_g2(np.array([10.0, 0.0]), np.array([0.0, 0.0]), 100.0, 100.0).round(2)
    array([13.86,  0.  ])
    """
    with np.errstate(invalid="ignore"):  # 0 / 0 where a term is in neither corpus
        g2, direction = _dunning(a, b, c, d)
    return np.where(a + b > 0, direction * g2, 0.0)


def _keyness_columns(
    a: np.ndarray,
    b: np.ndarray,
    c: float,
    d: float,
    alpha: np.ndarray,
    correction: Correction,
) -> dict[str, np.ndarray]:
    """Keyness statistics of terms counted ``a`` in the target, ``b`` in the reference.

    ``c``/``d`` are the corpus sizes, ``alpha`` the Dirichlet prior pseudo-counts per term.
    """
    g2, direction = _dunning(a, b, c, d)
    p = stats.chi2.sf(g2, df=1)
    log_ratio = np.log2((np.where(a > 0, a, ZERO_COUNT) / c) / (np.where(b > 0, b, ZERO_COUNT) / d))
    alpha0 = alpha.sum()
    log_odds = np.log((a + alpha) / (c + alpha0 - a - alpha)) - np.log(
        (b + alpha) / (d + alpha0 - b - alpha)
    )
    variance = 1 / (a + alpha) + 1 / (b + alpha)
    return {
        "target_count": a,
        "reference_count": b,
        "target_per_10k": a / c * PER,
        "reference_per_10k": b / d * PER,
        "g2": direction * g2,
        "p": p,
        "p_adj": _adjust(p, correction),
        "log_ratio": log_ratio,
        "log_odds": log_odds,
        "log_odds_z": log_odds / np.sqrt(variance),
    }


def _prior(pooled: np.ndarray, size: float, alpha0: float | None) -> np.ndarray:
    """Informative Dirichlet prior: ``alpha_w = alpha0 * pooled_w / sum(pooled)``."""
    alpha0 = DEFAULT_PRIOR_SHARE * size if alpha0 is None else alpha0
    if pooled.sum() <= 0:
        raise ValueError("no term to compare: every count is zero (is min_count too high?)")
    if alpha0 <= 0:
        raise ValueError(f"alpha0 must be positive, not {alpha0}")
    return alpha0 * pooled / pooled.sum()


def keyness(
    target_counts: pd.Series,
    reference_counts: pd.Series,
    *,
    target_total: float | None = None,
    reference_total: float | None = None,
    prior: pd.Series | None = None,
    alpha0: float | None = None,
    correction: Correction = "bh",
) -> pd.DataFrame:
    """How much more (or less) typical each term is of a target corpus than of a reference.

    Parameters
    ----------
    target_counts, reference_counts : Series
        Counts indexed by term; a term missing from one side counts 0 there.
    target_total, reference_total : float, optional
        Corpus sizes ``c`` and ``d`` in analysed terms; default the sums of the counts, which
        is right only when the Series hold *every* term (no ``min_count`` filter).
    prior : Series, optional
        Background counts for the log-odds prior, indexed by term; default the pooled counts
        ``a + b``. Terms it lacks get a zero prior.
    alpha0 : float, optional
        Total prior pseudo-count ``alpha0``. Default ``0.1 * (c + d)``: the prior weighs a tenth
        of the data, enough to temper words seen a handful of times without capping the
        log-odds of frequent words (with ``alpha0 = c + d`` and equal halves, a word found only
        in the target can never exceed ``log 2``).
    correction : {"bh", "bonferroni", None}, default "bh"
        Multiple-comparison correction of the G2 p-values over all the terms compared:
        Benjamini-Hochberg false discovery rate, Bonferroni family-wise error, or none.

    Returns
    -------
    DataFrame
        Indexed by ``term``, sorted by ``g2`` (most typical of the target first), columns:

        ``target_count, reference_count`` (``a``, ``b``), ``target_per_10k, reference_per_10k``;
        ``g2``: Dunning's log-likelihood with ``E1 = c (a + b) / (c + d)``,
        ``E2 = d (a + b) / (c + d)``, ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` (``0 ln 0 = 0``),
        signed ``+`` when ``a / c > b / d`` (typical of the target) and ``-`` otherwise;
        ``p``: ``P(chi2_1 > |G2|)``; ``p_adj``: ``p`` after ``correction``;
        ``log_ratio``: ``log2((a / c) / (b / d))`` (Hardie 2014), where a zero count, and only a
        zero count, is replaced by 0.5 so the ratio stays finite (on a corpus of a few hundred
        terms, 0.5 can outweigh the other side's rate: read such ratios with the counts);
        ``log_odds``: ``delta = ln((a + alpha_w) / (c + alpha0 - a - alpha_w)) -
        ln((b + alpha_w) / (d + alpha0 - b - alpha_w))`` with ``alpha_w = alpha0 * prior_w /
        sum(prior)`` (Monroe et al. 2008, eq. 16); ``log_odds_z``: ``delta /
        sqrt(1 / (a + alpha_w) + 1 / (b + alpha_w))`` (their eq. 18-22).
        Swapping target and reference flips the sign of ``g2``, ``log_ratio``, ``log_odds`` and
        ``log_odds_z``. Terms counted zero on both sides are left out.
    """
    table = pd.concat(
        [target_counts.rename("a"), reference_counts.rename("b")], axis=1, join="outer"
    ).fillna(0)
    table = table[(table["a"] > 0) | (table["b"] > 0)]
    a = table["a"].to_numpy(dtype=float)
    b = table["b"].to_numpy(dtype=float)
    c = float(a.sum() if target_total is None else target_total)
    d = float(b.sum() if reference_total is None else reference_total)
    background = (
        a + b if prior is None else prior.reindex(table.index, fill_value=0).to_numpy(float)
    )
    columns = _keyness_columns(a, b, c, d, _prior(background, c + d, alpha0), correction)
    frame = pd.DataFrame(columns, index=pd.Index(table.index, name="term"))
    for column in ("target_count", "reference_count"):
        if (frame[column] % 1 == 0).all():  # whole counts read as counts, not as 7.0
            frame[column] = frame[column].astype("int64")
    return frame.sort_values("g2", ascending=False, kind="stable")


def keyness_against_rest(
    counts: pd.DataFrame,
    *,
    alpha0: float | None = None,
    correction: Correction = "bh",
) -> pd.DataFrame:
    """Keyness of every group of a :func:`term_counts` frame against all the other groups.

    For each group, :func:`keyness` with the group as target and the other groups pooled as
    reference. Corpus sizes are the groups' analysed-term totals (``counts.attrs["tokens"]``,
    so a ``min_count`` filter does not shrink them). The log-odds prior is the pooled count
    of the whole corpus, the same for every group. The correction runs over the terms of each
    comparison separately.

    Parameters
    ----------
    counts : DataFrame
        The tidy output of :func:`term_counts` (group column first, with its ``attrs``), for at
        least two groups. Terms it lacks for a group count zero there.
    alpha0, correction
        As for :func:`keyness`; ``alpha0`` defaults to a tenth of the whole corpus size.

    Returns
    -------
    DataFrame
        Tidy: ``<group>, term`` and the columns of :func:`keyness`, sorted by group then ``g2``
        (most typical of the group first). Every term has one row per group.
    """
    group = counts.columns[0]
    tokens = counts.attrs.get("tokens")
    if tokens is None or list(counts.columns[1:3]) != ["term", "count"]:
        raise ValueError("keyness_against_rest needs the tidy frame term_counts returns")
    wide = counts.pivot(index="term", columns=group, values="count").fillna(0)
    if wide.shape[1] < 2:
        raise ValueError(f"keyness against the rest needs at least two groups of {group!r}")
    matrix = wide.to_numpy(dtype=float).T
    pooled = matrix.sum(axis=0)
    sizes = np.array([tokens[label] for label in wide.columns], dtype=float)
    size = float(sum(tokens.values()))
    alpha = _prior(pooled, size, alpha0)
    tables = []
    for label, a, c in zip(wide.columns, matrix, sizes, strict=True):
        columns = _keyness_columns(a, pooled - a, c, size - c, alpha, correction)
        table = pd.DataFrame({group: label, "term": wide.index, **columns})
        tables.append(table.sort_values("g2", ascending=False, kind="stable"))
    return pd.concat(tables, ignore_index=True)


def _two_sides(counts: pd.DataFrame, side_a: object, side_b: object) -> tuple[pd.DataFrame, dict]:
    """The two columns of a wide :func:`term_counts` frame and its group sizes, checked."""
    tokens = counts.attrs.get("tokens")
    if tokens is None:
        raise ValueError("pass the wide frame term_counts(..., wide=True) returns (with attrs)")
    missing = [side for side in (side_a, side_b) if side not in counts.columns]
    if missing:
        raise ValueError(f"sides {missing} are not columns of counts; it has {list(counts)}")
    return counts[[side_a, side_b]], tokens


def shared_terms(counts: pd.DataFrame, side_a: object, side_b: object, n: int = 15) -> pd.DataFrame:
    """Terms both sides use often: the common ground of a comparison.

    Each term's rate per :data:`PER` analysed terms on each side (its count over the side's
    total, ``counts.attrs["tokens"]``); terms used on both sides, ranked by the smaller of the
    two rates (``lower_rate``), so a term ranks high only when it is frequent on *both*.

    Parameters
    ----------
    counts : DataFrame
        ``term_counts(articles, by=..., wide=True)``: terms x groups, with its ``attrs``.
    side_a, side_b
        The two groups (columns of ``counts``).
    n : int
        Terms kept.

    Returns
    -------
    DataFrame
        ``term, <side_a>, <side_b>, lower_rate`` (rates per 10,000), highest ``lower_rate``
        first (ties: the higher rate on side A first).
    """
    pair, tokens = _two_sides(counts, side_a, side_b)
    rates = pair / [tokens[side_a], tokens[side_b]] * PER
    both = rates[(rates > 0).all(axis=1)]
    return (
        both.assign(lower_rate=both.min(axis=1))
        .sort_values(["lower_rate", side_a], ascending=False, kind="stable")
        .head(n)
        .rename_axis("term")
        .reset_index()
        .rename_axis(columns=None)
    )


def keyness_between(
    counts: pd.DataFrame, side_a: object, side_b: object, **options
) -> pd.DataFrame:
    """:func:`keyness` of side A (target) against side B (reference) of a wide count frame.

    The corpus sizes are the sides' analysed-term totals (``counts.attrs["tokens"]``), so a
    ``min_count`` filter does not shrink them; ``options`` go to :func:`keyness`.
    """
    pair, tokens = _two_sides(counts, side_a, side_b)
    return keyness(
        pair[side_a],
        pair[side_b],
        target_total=tokens[side_a],
        reference_total=tokens[side_b],
        **options,
    )


def distinctive_terms(table: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The ``n`` terms most typical of the target, then the ``n`` most typical of the reference.

    ``table`` is a :func:`keyness` result (sorted by ``g2``); the target's terms come first,
    strongest first, then the reference's, its strongest last (the order of a keyness chart).
    """
    ranked = table.sort_values("g2", ascending=False, kind="stable")
    return pd.concat([ranked[ranked["g2"] > 0].head(n), ranked[ranked["g2"] < 0].tail(n)])

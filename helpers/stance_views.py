"""Views of the stance sentences for the report: who says what about whom, and hand labels.

:func:`helpers.stance.stance_sentences` gives one row per article x sentence x target with the
``holder`` of the view (``outlet`` for the outlet's own voice, else the quoted evaluator) and
the sentence's ``stance``. The tables here summarise those rows without reading the text again:

* :func:`who_says_what`: per outlet, each holder x target with the mean sentence score, the
  number of sentences and articles behind it: the voices an outlet gives room to, and what
  they say about whom;
* :func:`voice_means`: per outlet x target, the mean article score in the outlet's own voice
  beside the mean in the speech it quotes, each over the articles with evidence in that voice;
* :func:`label_agreement`: article scores beside hand labels (``labels.csv``), row by row.
"""

from __future__ import annotations

import pandas as pd

from helpers.holders import holder_names
from helpers.stance import compare_outlets, summarise_stance

__all__ = ["UNKNOWN_HOLDER", "label_agreement", "voice_means", "who_says_what"]

UNKNOWN_HOLDER = "(unnamed)"
"""The holder shown for quoted views whose speaker the rules could not name."""


def who_says_what(
    sentences: pd.DataFrame, by: str = "outlet", *, min_sentences: int = 1
) -> pd.DataFrame:
    """Holder x target per group: how each voice an outlet carries evaluates each actor.

    Parameters
    ----------
    sentences : DataFrame
        :func:`helpers.stance.stance_sentences` output with ``by`` (its ``holder`` and
        ``stance`` columns are used).
    by : str, default "outlet"
        The grouping column.
    min_sentences : int, default 1
        Cells resting on fewer polar sentences are left out.

    Returns
    -------
    DataFrame
        ``<by>, holder, target, mean, n, articles, favor, against``, one row per group x holder
        x target with at least one sentence whose stance is favor or against: ``mean`` is the
        mean sentence ``score`` (in -1..+1), ``n`` the sentences, ``articles`` the articles
        they come from, ``favor``/``against`` the sentences of each stance. The outlet's own
        voice is the holder ``outlet``; an unnamed speaker is :data:`UNKNOWN_HOLDER`; the
        phrases that name one holder are counted as one (``ترمب``, ``الرئيس الأمريكي دونالد
        ترامب`` and ``ترامب`` are ``ترامب``: :func:`helpers.holders.holder_names`). Sorted by
        group, then by decreasing ``n``.
    """
    missing = [c for c in (by, "holder", "target", "stance", "score") if c not in sentences]
    if missing:
        raise ValueError(f"sentences lack the column(s) {missing}; pass stance_sentences output")
    polar = sentences[sentences["stance"].isin(["favor", "against"])]
    holders = polar["holder"].replace("", UNKNOWN_HOLDER).fillna(UNKNOWN_HOLDER)
    named = holder_names(holders[~holders.isin(["outlet", UNKNOWN_HOLDER])])
    polar = polar.assign(holder=holders.map(lambda holder: named.get(holder, holder)))
    keys = [by, "holder", "target"]
    grouped = polar.groupby(keys, sort=False)
    table = pd.DataFrame(
        {
            "mean": grouped["score"].mean(),
            "n": grouped.size(),
            "articles": grouped["article_id"].nunique(),
            "favor": grouped["stance"].apply(lambda s: int((s == "favor").sum())),
            "against": grouped["stance"].apply(lambda s: int((s == "against").sum())),
        }
    ).reset_index()
    table = table[table["n"] >= min_sentences]
    order = table.sort_values([by, "n", "holder", "target"], ascending=[True, False, True, True])
    return order.reset_index(drop=True)


def voice_means(sentences: pd.DataFrame, by: str = "outlet", **options) -> pd.DataFrame:
    """The outlet's own voice beside the voices it quotes, per group x target.

    Each voice is scored alone (:func:`helpers.stance.summarise_stance`) and averaged over the
    articles that have evidence in that voice: an article that only quotes others says nothing
    in its own voice, and counting it as 0 would pull the own-voice mean toward neutral (and
    give both voices the same ``n``, the articles that name the actor).

    Parameters
    ----------
    sentences : DataFrame
        :func:`helpers.stance.stance_sentences` output with ``by``.
    by : str, default "outlet"
        The grouping column.
    **options
        Passed to :func:`helpers.stance.compare_outlets` (``n_boot``, ``random_state``...).

    Returns
    -------
    DataFrame
        ``<by>, target, mean_own, n_own, mean_quoted, n_quoted``: the mean article score and
        the number of articles in each voice; a cell with no evidence in a voice is empty there.
    """
    means = []
    for voice, suffix in (("outlet", "own"), ("quoted", "quoted")):
        scores = summarise_stance(sentences, voice=voice)
        compared = compare_outlets(scores[scores["n_evidence"] > 0], by, **options)
        named = {"mean": f"mean_{suffix}", "n": f"n_{suffix}"}
        means.append(compared.rename(columns=named)[[by, "target", *named.values()]])
    table = means[0].merge(means[1], on=[by, "target"], how="outer")
    table[["n_own", "n_quoted"]] = table[["n_own", "n_quoted"]].astype("Int64")
    return table.sort_values([by, "target"]).reset_index(drop=True)


def label_agreement(
    labels: pd.DataFrame, sentences: pd.DataFrame, *, voice: str = "outlet"
) -> pd.DataFrame:
    """Hand labels beside the article stance the engine derives in one voice.

    Parameters
    ----------
    labels : DataFrame
        ``article_id, target, stance`` (the layout of ``corpus/labels.csv``).
    sentences : DataFrame
        :func:`helpers.stance.stance_sentences` output for (at least) the labelled articles.
    voice : {"outlet", "quoted", "all"}, default "outlet"
        The voice whose evidence counts: the bundled labels describe the outlet's own voice.

    Returns
    -------
    DataFrame
        One row per label: ``article_id, target, stance_label, stance, score, n_evidence,
        agrees``. A labelled pair the engine does not score (the article does not name the
        actor) counts as ``none`` with score 0. ``agrees.mean()`` is the agreement.
    """
    missing = [c for c in ("article_id", "target", "stance") if c not in labels.columns]
    if missing:
        raise ValueError(f"labels lack the column(s) {missing}")
    scores = summarise_stance(sentences, voice)[
        ["article_id", "target", "stance", "score", "n_evidence"]
    ]
    merged = labels[["article_id", "target", "stance"]].merge(
        scores, on=["article_id", "target"], how="left", suffixes=("_label", "")
    )
    merged["stance"] = merged["stance"].fillna("none")
    merged["score"] = merged["score"].fillna(0.0)
    merged["n_evidence"] = merged["n_evidence"].fillna(0).astype(int)
    merged["agrees"] = merged["stance"] == merged["stance_label"]
    return merged

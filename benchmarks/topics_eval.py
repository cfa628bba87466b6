"""Cluster quality and speed on the ANT corpus: our pipeline against the plain scikit-learn recipe.

ANT v2.1 (``../shared/data/ant_corpus_v2.1_multisource/``) files each article under one of six
categories. Identical texts filed under different categories are label noise, so every row of
such a group is dropped; of a group with one category, one row is kept; empty texts are dropped.
Both methods then cluster the same articles into k=6 and are scored against the categories
(NMI, ARI) and against the outlets (NMI: a clustering that follows outlets is not finding topics).

* plain: ``TfidfVectorizer()`` defaults on the body + ``KMeans(6, n_init=10)``.
* ours: :func:`helpers.topics.cluster_articles` with its defaults (Analyzer with light stems
  and stopwords; title words counted five times; sublinear TF-IDF; LSA(100) without its first
  axis; unit rows; k-means best of 10; complement naive Bayes refitting on the raw counts until
  the partition settles; three such runs, keeping the one the others agree with), with the
  in-memory cache cleared, so its time covers vectorising and clustering.

No label is used in fitting. Stability: mean pairwise ARI of our clusterings over ``--seeds``
seeds on every article, with no early stop (the vectorising is shared across seeds; the SVD,
k-means and the refinement are re-seeded, as in ``cluster_articles`` with each seed).
``--external`` clusters two labelled tweet sets the defaults were not chosen on (ArabicStanceX
by topic, k=17; Mawqif by target, k=3), with and without the naive Bayes refitting.

How the defaults were chosen, the figures measured and what was tried and not adopted:
``benchmarks/results/topics.md``.

Run: ``python benchmarks/topics_eval.py [--sample N] [--seeds 5] [--external]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV as ANT
from shared_data import SHARED_DATA
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from stance_eval import load_arabicstancex, load_mawqif

from helpers import topics

K = 6
OUR_OPTIONS = {"min_df": 5, "max_df": 0.5}


def load_ant(path: Path = ANT) -> tuple[pd.DataFrame, dict[str, int]]:
    """ANT articles with the evaluation's dedupe rule applied, and the row counts behind it."""
    raw = pd.read_csv(path, usecols=["docno", "src", "cat", "time", "title", "text"])
    counts = {"rows": len(raw)}
    frame = raw[raw["text"].fillna("").str.strip() != ""]
    counts["empty_text"] = len(raw) - len(frame)
    n_categories = frame.groupby("text")["cat"].transform("nunique")
    conflicting = n_categories > 1
    counts["conflicting_duplicate_rows"] = int(conflicting.sum())
    counts["conflicting_groups"] = int(frame.loc[conflicting, "text"].nunique())
    frame = frame[~conflicting]
    kept = frame.drop_duplicates("text")
    counts["same_category_extra_rows"] = len(frame) - len(kept)
    counts["articles"] = len(kept)
    articles = kept.rename(
        columns={
            "docno": "article_id",
            "text": "body",
            "src": "outlet",
            "cat": "category",
            "time": "date",
        }
    ).reset_index(drop=True)
    return articles, counts


def scores(name: str, labels: np.ndarray, articles: pd.DataFrame, seconds: float) -> dict:
    return {
        "method": name,
        "NMI": normalized_mutual_info_score(articles["category"], labels),
        "ARI": adjusted_rand_score(articles["category"], labels),
        "NMI_outlet": normalized_mutual_info_score(articles["outlet"], labels),
        "seconds": seconds,
    }


def plain_recipe(articles: pd.DataFrame, seed: int) -> np.ndarray:
    matrix = TfidfVectorizer().fit_transform(articles["body"])
    return KMeans(K, n_init=10, random_state=seed).fit_predict(matrix)


def ours(articles: pd.DataFrame, seed: int) -> np.ndarray:
    topics.clear_cache()
    return topics.cluster_articles(articles, K, seed, **OUR_OPTIONS)["cluster"].to_numpy()


def timed(function, *args) -> tuple[np.ndarray, float]:
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def tweets_by_subject() -> dict[str, tuple[pd.DataFrame, int]]:
    """The labelled tweet sets as article frames (one row per distinct text), with their k."""
    sets = {
        "ArabicStanceX by topic": (pd.concat(load_arabicstancex()), 17),
        "Mawqif by target": (pd.concat(load_mawqif()), 3),
    }
    frames = {}
    for name, (tweets, k) in sets.items():
        tweets = tweets.drop_duplicates("text").reset_index(drop=True)
        frame = pd.DataFrame(
            {
                "article_id": tweets.index.astype(str),
                "body": tweets["text"],
                "category": tweets["target"],
            }
        )
        frames[name] = (frame, k)
    return frames


def external(seeds: int) -> None:
    """NMI of our clustering with and without the naive Bayes refitting on the tweet sets."""
    if not SHARED_DATA.is_dir():
        print(f"skipped: {SHARED_DATA} is absent")
        return
    for name, (frame, k) in tweets_by_subject().items():
        print(f"\n{name}: {len(frame):,} tweets, k={k}")
        for refine in (False, True):
            nmi = [
                normalized_mutual_info_score(
                    frame["category"],
                    topics.cluster_articles(frame, k, seed, refine=refine, **OUR_OPTIONS)[
                        "cluster"
                    ],
                )
                for seed in range(seeds)
            ]
            values = " ".join(f"{v:.3f}" for v in nmi)
            print(
                f"  refine={refine!s:<5}  NMI mean {np.mean(nmi):.3f}  per seed {values}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, help="evaluate on a random sample of N articles")
    parser.add_argument("--seeds", type=int, default=5, help="seeds for the stability check")
    parser.add_argument(
        "--external", action="store_true", help="only the check on the labelled tweet sets"
    )
    args = parser.parse_args()
    if args.external:
        external(args.seeds)
        return
    if not ANT.is_file():
        print(f"skipped: {ANT} is absent")
        return
    articles, counts = load_ant()
    if args.sample:
        articles = articles.sample(args.sample, random_state=0).reset_index(drop=True)
    print("ANT rows:", ", ".join(f"{k}={v:,}" for k, v in counts.items()))
    print(f"evaluated articles: {len(articles):,}; k={K}; our options: {OUR_OPTIONS}\n")

    rows = []
    for name, method in [
        ("plain TfidfVectorizer + KMeans(n_init=10)", plain_recipe),
        ("ours", ours),
    ]:
        labels, seconds = timed(method, articles, 0)
        rows.append(scores(name, labels, articles, seconds))
        print(f"{name}: {seconds:.1f} s", flush=True)
    topics.clear_cache()
    model, seconds = timed(topics.fit_topics, articles, K, "nmf", 0)
    nmf_labels = model.dominant().set_index("article_id").loc[articles["article_id"], "topic"]
    rows.append(scores("ours NMF-6, dominant topic", nmf_labels.to_numpy(), articles, seconds))
    table = pd.DataFrame(rows)
    plain_seconds = table.loc[0, "seconds"]
    table["speed_vs_plain"] = plain_seconds / table["seconds"]
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))

    stability = topics.cluster_stability(
        articles, K, range(args.seeds), max_articles=None, agreement=None, **OUR_OPTIONS
    )
    per_seed = [
        normalized_mutual_info_score(articles["category"], stability.assignments[seed])
        for seed in range(args.seeds)
    ]
    print(f"\nstability over {args.seeds} seeds: mean pairwise ARI {stability.mean_ari:.3f}")
    print("NMI per seed:", " ".join(f"{v:.3f}" for v in per_seed))
    print(
        f"NMI mean {np.mean(per_seed):.3f}, min {np.min(per_seed):.3f}, max {np.max(per_seed):.3f}"
    )
    best = stability.assignments[0]
    print("\nour clusters (seed 0) x category:")
    print(pd.crosstab(best.to_numpy(), articles["category"].to_numpy()))


if __name__ == "__main__":
    main()

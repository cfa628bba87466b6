"""The own-voice evidence table of notebook 02 on the whole ANT corpus, for reading.

Issue 12 asks that the top evidence sentences per outlet x actor in the outlet's own voice
(``strongest_evidence(sentences, voice="outlet")``) are all in the outlet's own voice: no quote,
no speech act of a named evaluator. This script builds that table on ANT (loaded with
``load_corpus`` as a user would) and prints it with each sentence's hits, so a reader can judge
each row.

A full pass over ANT takes minutes on two shared cores, so the loaded articles and the full
sentence frame are kept in the user cache folder. ``--recheck K`` re-scores with this checkout
only the articles behind the K strongest own-voice rows per cell of the cached full pass: a
change to who holds a sentence moves rows out of the own voice, so the new top rows are among
the old candidates (run a full pass again with ``--full`` after changes to the stance words).

Run: ``python benchmarks/own_voice_evidence.py [--full] [--recheck K] [--n 3]``. What was
read: ``benchmarks/results/stance_real.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from shared_data import ANT_CSV, STANCE_TARGETS

CACHE = Path.home() / ".cache" / "arabic-news-notebooks" / "own_voice"


def ant_articles() -> pd.DataFrame:
    """ANT's analysis view (duplicates dropped), loaded once and kept in the cache."""
    cached = CACHE / "ant_articles.pkl"
    if cached.is_file():
        return pd.read_pickle(cached)
    from helpers.corpus import load_corpus

    articles = load_corpus(ANT_CSV, progress=False).analysis_view()
    CACHE.mkdir(parents=True, exist_ok=True)
    articles.to_pickle(cached)
    return articles


def full_pass(articles: pd.DataFrame, fresh: bool) -> pd.DataFrame:
    """The sentence frame of every article (kept in the cache; ``fresh`` recomputes it)."""
    from helpers.stance import stance_sentences

    cached = CACHE / "ant_sentences.pkl"
    if cached.is_file() and not fresh:
        return pd.read_pickle(cached)
    sentences = stance_sentences(articles, STANCE_TARGETS, progress=False)
    CACHE.mkdir(parents=True, exist_ok=True)
    sentences.to_pickle(cached)
    return sentences


def recheck(articles: pd.DataFrame, sentences: pd.DataFrame, k: int) -> pd.DataFrame:
    """The sentence frame of the articles behind the ``k`` strongest own-voice rows per cell,
    scored by this checkout."""
    from helpers.stance import stance_sentences, strongest_evidence

    top = strongest_evidence(sentences, n=k, voice="outlet")
    again = articles[articles["article_id"].isin(set(top["article_id"]))]
    return stance_sentences(again, STANCE_TARGETS, progress=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="recompute the full pass")
    parser.add_argument("--recheck", type=int, help="re-score the top K candidates per cell")
    parser.add_argument("--n", type=int, default=3, help="rows per outlet x actor")
    args = parser.parse_args()
    if not ANT_CSV.is_file():
        raise SystemExit(f"skipped: no ANT corpus at {ANT_CSV}")
    from helpers.stance import strongest_evidence

    articles = ant_articles()
    sentences = full_pass(articles, args.full)
    if args.recheck:
        sentences = recheck(articles, sentences, args.recheck)
    table = strongest_evidence(sentences, n=args.n, voice="outlet")
    print(f"{len(articles)} ANT articles; own-voice top {args.n} per outlet x actor")
    for row in table.itertuples(index=False):
        print(f"\n{row.outlet} | {row.target} | {row.score:+.2f} | {row.article_id}")
        print(f"  {row.sentence}")
        print(f"  hits: {row.hits}")


if __name__ == "__main__":
    main()

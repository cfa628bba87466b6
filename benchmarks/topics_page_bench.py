"""Notebook 03's calls on ANT, this checkout beside a peer checkout, in the same run.

The topics page (``notebooks/03_topics.ipynb``) opens its articles from the runner's snapshot
(``open_analysis``) and makes seven calls into ``helpers.topics`` on the whole corpus:
``vectorize``, ``coherence_by_k``, ``fit_topics``, ``cluster_articles`` (through the
analysis, as the page calls it), ``describe_clusters``, ``cluster_stability`` and
``article_map``. This benchmark loads ANT v2.1 once and writes it as the runner's snapshot,
then opens it and runs those calls with the page's settings on ANT (``k=6``, ``min_df=5``, five
seeds, 2,000 map points; the matrix kept in memory only) in a fresh process per checkout and
round, the peer and this checkout alternating and the order swapped each round (peer first in
odd rounds). Each step's CPU seconds (``time.process_time``: the fits run on one thread) are
printed per round, with the median over the rounds and this checkout's median divided by the
peer's.

Every output is compared between the two checkouts (terms, display forms, counts and TF-IDF
of the matrix; the coherence table; the topics; the clusters and their description; the
stability matrix and assignments; the map's coordinates): ``same`` means equal to the last
bit, otherwise the largest difference or the adjusted Rand index of the partitions is given.

Run: ``python benchmarks/topics_page_bench.py --peer DIR [--rounds 2] [--ant PATH]``;
``git archive 14a2a8e | tar -x -C /tmp/peer`` makes a peer (main before this work).
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV
from sklearn.metrics import adjusted_rand_score

REPO = Path(__file__).resolve().parents[1]

PAGE_CALLS = r"""
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from helpers.analysis import open_analysis
from helpers.topics import (article_map, cluster_stability, coherence_by_k,
                            describe_clusters, fit_topics, vectorize)
options = {"min_df": 5, "cache_dir": None}
seconds, out = {}, {}
def timed(name, function, *args, **kwargs):
    start = time.process_time()
    result = function(*args, **kwargs)
    seconds[name] = time.process_time() - start
    return result
start = time.process_time()
analysis = open_analysis(sys.argv[4], sys.argv[2])
articles = analysis.articles  # the page's frame: the snapshot's articles without duplicates
seconds["open_analysis"] = time.process_time() - start
dtm = timed("vectorize", vectorize, articles, **options)
out["terms"] = dtm.terms
out["display"] = dtm.display
out["counts"] = dtm.counts
out["tfidf"] = dtm.tfidf
out["coherence_by_k"] = timed("coherence_by_k", coherence_by_k, articles, [2, 3, 4, 5, 6],
                              "nmf", **options)
model = timed("fit_topics", fit_topics, articles, 6, "nmf", n_terms=8, **options)
out["topic_terms"] = model.terms
out["doc_topics"] = model.doc_topics
clusters = timed("cluster_articles", analysis.cluster_articles, 6, **options)
out["clusters"] = clusters
out["describe_clusters"] = timed("describe_clusters", describe_clusters, articles, clusters,
                                 n_terms=8, **options)
stability = timed("cluster_stability", cluster_stability, articles, 6, seeds=range(5),
                  **options)
out["stability_matrix"] = stability.matrix
out["stability_assignments"] = stability.assignments
out["article_map"] = timed("article_map", article_map, articles, clusters, max_points=2000,
                           **options)
pickle.dump((seconds, out), open(sys.argv[3], "wb"))
"""


def run_page(tree: Path, snapshot: Path, out: Path, corpus: Path) -> tuple[dict, dict]:
    """Notebook 03's calls with the code of ``tree``, in a fresh process."""
    subprocess.run(
        [sys.executable, "-c", PAGE_CALLS, str(tree), str(snapshot), str(out), str(corpus)],
        check=True,
        cwd=tree,
    )
    return pickle.loads(out.read_bytes())


def difference(mine, peer) -> str:
    """``same`` when equal to the last bit, else what differs and by how much."""
    if isinstance(mine, Mapping):  # display forms: a dict, or worked out when read
        mine, peer = dict(mine), dict(peer)
        differing = sum(mine.get(key) != value for key, value in peer.items())
        return "same" if mine == peer else f"{differing} of {len(peer)} differ"
    if hasattr(mine, "toarray"):
        if mine.shape != peer.shape:
            return f"shape {mine.shape} vs {peer.shape}"
        gap = abs(mine - peer).max()
        return "same" if gap == 0 else f"max difference {gap:.2e}"
    if isinstance(mine, np.ndarray):
        return "same" if np.array_equal(mine, peer) else "differ"
    try:
        pd.testing.assert_frame_equal(mine, peer, check_exact=True)
        return "same"
    except AssertionError:
        pass
    if "x" in mine.columns and mine["article_id"].equals(peer["article_id"]):
        gap = np.abs(mine[["x", "y"]].to_numpy() - peer[["x", "y"]].to_numpy()).max()
        return f"differ (same articles; coordinates up to {gap:.2f} apart)"
    if "cluster" in mine.columns and len(mine) == len(peer):
        ari = adjusted_rand_score(peer["cluster"], mine["cluster"])
        return f"differ (ARI {ari:.3f} of the partitions)"
    numeric = mine.select_dtypes("number").columns
    try:
        gap = np.nanmax(np.abs(mine[numeric].to_numpy() - peer[numeric].to_numpy()))
        return f"differ (max numeric difference {gap:.2e})"
    except (ValueError, TypeError):
        return "differ"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=2, help="peer/mine pairs, order swapped")
    parser.add_argument("--ant", type=Path, default=ANT_CSV, help="the ANT v2.1 CSV")
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    sys.path.insert(0, str(REPO))
    from helpers.corpus import load_corpus
    from helpers.snapshot import write_snapshot

    with tempfile.TemporaryDirectory() as folder:
        snapshot = write_snapshot(load_corpus(args.ant), Path(folder) / "corpus.snapshot", args.ant)
        times: dict[str, list[dict]] = {"peer": [], "mine": []}
        outputs: dict[str, dict] = {}
        for round_ in range(args.rounds):
            order = [("peer", args.peer), ("mine", REPO)]
            for name, tree in order if round_ % 2 == 0 else order[::-1]:
                seconds, outputs[name] = run_page(
                    tree, snapshot, Path(folder) / f"{name}.pickle", args.ant
                )
                times[name].append(seconds)
                print(
                    f"round {round_ + 1} {name}: "
                    + ", ".join(f"{call} {value:.2f}" for call, value in seconds.items())
                    + f"; total {sum(seconds.values()):.2f} CPU s",
                    flush=True,
                )
    table = pd.DataFrame(
        {
            "peer CPU s (median)": pd.DataFrame(times["peer"]).median(),
            "mine CPU s (median)": pd.DataFrame(times["mine"]).median(),
        }
    )
    table.loc["total"] = table.sum()
    table["ratio"] = table.iloc[:, 1] / table.iloc[:, 0]
    print(f"\n{args.rounds} round(s), medians:")
    print(table.to_string(float_format=lambda v: f"{v:.2f}"))
    print("\noutputs, this checkout against the peer:")
    for name in outputs["mine"]:
        print(f"  {name}: {difference(outputs['mine'][name], outputs['peer'][name])}")


if __name__ == "__main__":
    main()

"""The stance page's one pass on ANT with and without the memo of cue words, in one process.

Notebook 02 reads every sentence of the corpus once (:func:`helpers.stance.stance_sentences`,
five targets). Finding reported speech asks, for every token, which cue word it is written
from (:func:`helpers.speech_parts.cue_stem`: conjunctions, the future س, plural endings and
object pronouns tried in turn), about half a million times on ANT for a few tens of thousands
of distinct tokens; the answer depends on the token and the cue lists only, so it is kept per
cue lists. This benchmark runs the pass twice on the same articles, in alternating order
(``--repeat`` pairs): with the memo, and with every module's ``cue_stem`` replaced by the
function it wraps; it prints the CPU seconds of each (medians) and checks that the two frames
are equal (``pandas`` equality), which is the claim: a pure speed-up, the stance engine's
output unchanged.

Run: ``python benchmarks/stance_pass_bench.py [--repeat 1] [--sample N] [--ant PATH]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_data import ANT_CSV, STANCE_TARGETS

"""Notebook 02's targets."""


def _swap(function) -> list[tuple[object, object]]:
    """Put ``function`` in place of ``cue_stem`` in every project module; what was there."""
    swapped = []
    for name, module in list(sys.modules.items()):
        if name.startswith("helpers.") and hasattr(module, "cue_stem"):
            swapped.append((module, module.cue_stem))
            module.cue_stem = function
    return swapped


def _timed_pass(articles: pd.DataFrame, memo: bool) -> tuple[pd.DataFrame, float]:
    from helpers import speech_parts, stance

    swapped = [] if memo else _swap(speech_parts.cue_stem.__wrapped__)
    try:
        start = time.process_time()
        rows = stance.stance_sentences(articles, STANCE_TARGETS)
        return rows, time.process_time() - start
    finally:
        for module, original in swapped:
            module.cue_stem = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT_CSV)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sample", type=int, default=0, help="articles (0: all)")
    args = parser.parse_args()
    if not args.ant.is_file():
        print(f"skipped: {args.ant} is absent")
        return
    os.environ.setdefault("HELPERS_PROGRESS", "off")
    from helpers import cue_guards, speech_parts
    from helpers.corpus import load_corpus
    from helpers.cues import default_cues

    articles = load_corpus(args.ant).analysis_view().reset_index(drop=True)
    if args.sample:
        articles = articles.sample(args.sample, random_state=0).reset_index(drop=True)
    print(f"{len(articles):,} articles; load average {os.getloadavg()[0]:.1f}")
    seconds: dict[bool, list[float]] = {True: [], False: []}
    frames = {}
    for turn in range(args.repeat):
        for memo in (False, True) if turn % 2 == 0 else (True, False):
            speech_parts.cue_stem.cache_clear()  # each pass starts with an empty memo
            cue_guards.inert_words(default_cues()).clear()  # and knows no word as no cue
            frames[memo], cpu = _timed_pass(articles, memo)
            seconds[memo].append(cpu)
    before, after = np.median(seconds[False]), np.median(seconds[True])
    print(f"stance_sentences without the memo: {before:.1f} CPU s (median of {args.repeat})")
    print(f"stance_sentences with the memo:    {after:.1f} CPU s ({after / before:.2f})")
    try:
        pd.testing.assert_frame_equal(frames[True], frames[False])
        print(f"equal frames: yes ({len(frames[True]):,} rows)")
    except AssertionError as error:
        print(f"equal frames: NO\n{error}")
    print(f"load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

"""Speed of the text core against CAMeL Tools, pyarabic and stemmer peers, in the same run.

Normalises, tokenises and stems the ANT corpus text
(``../shared/data/ant_corpus_v2.1_multisource``) with every pipeline. In each round every
pipeline starts with empty caches and the pipelines take turns on chunks of 500 articles, so
load swings on a shared machine hit all of them alike; the median over rounds of each
pipeline's total time gives MB/s, tokens/s and the ratios to CAMeL Tools and pyarabic. Then
``Analyzer.pipe`` on one and two processes, and :func:`helpers.actors.find_mentions`, on the
same articles.

Run from the repository root::

    python benchmarks/text_core.py               # whole corpus, 3 rounds
    python benchmarks/text_core.py --limit 3000 --rounds 1

A peer that is not installed is skipped with the reason (install the ``bench`` extra).
Every stemming pipeline starts each round with an empty per-word cache.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable

import pandas as pd
from shared_data import ANT_CSV as ANT

from helpers.actors import find_mentions
from helpers.analyzer import Analyzer
from helpers.arabic import normalize, tokenize

Analyse = Callable[[str], list]
Pipeline = Callable[[], Analyse]  # builds a fresh analyser (empty caches) for one round


def regex_floor() -> Analyse:
    """One compiled regex ``findall`` per text: the floor for any Python tokenizer."""
    return re.compile(r"\w+").findall


def ours_normalize_tokenize() -> Analyse:
    """``tokenize(normalize(text))``: whole-text normalisation, then tokens."""
    return lambda text: tokenize(normalize(text))


def ours_normalized_tokens() -> Analyse:
    """The Analyzer with no stemming, no stopwords: normalised tokens via the per-token cache."""
    return Analyzer(stem=None, stopwords=False, min_length=1, keep_numbers=True)


def ours_analyzer() -> Analyse:
    """``Analyzer()``: normalise, tokenise, strip clitics, drop stopwords (notebook default)."""
    return Analyzer()


def ours_analyzer_light() -> Analyse:
    """``Analyzer(stem="light")``: also suffixes and plural/feminine endings."""
    return Analyzer(stem="light")


def sklearn_count_vectorizer() -> Analyse:
    """scikit-learn's default analyzer (lowercase, ``\\b\\w\\w+\\b``), for reference."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer().build_analyzer()


def camel_tools() -> Analyse:
    """CAMeL Tools: unicode, dediac, alef, alef maksura, teh marbuta, simple_word_tokenize."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    def analyse(text: str) -> list[str]:
        text = normalize_unicode(text)
        text = dediac_ar(text)
        text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
        return simple_word_tokenize(text)

    return analyse


def pyarabic() -> Analyse:
    """pyarabic: strip_tashkeel, strip_tatweel, normalize_hamza, tokenize."""
    from pyarabic import araby

    def analyse(text: str) -> list[str]:
        text = araby.normalize_hamza(araby.strip_tatweel(araby.strip_tashkeel(text)))
        return araby.tokenize(text)

    return analyse


def _with_cached_stems(stem: Callable[[str], str]) -> Analyse:
    tokens_of = pyarabic()
    cache: dict[str, str] = {}

    def analyse(text: str) -> list[str]:
        out = []
        for token in tokens_of(text):
            term = cache.get(token)
            if term is None:
                term = cache[token] = stem(token)
            out.append(term)
        return out

    return analyse


def pyarabic_isri() -> Analyse:
    """pyarabic normalise + tokenise, then NLTK's ISRI stemmer with a per-word cache."""
    from nltk.stem.isri import ISRIStemmer

    return _with_cached_stems(ISRIStemmer().stem)


def pyarabic_tashaphyne() -> Analyse:
    """pyarabic normalise + tokenise, then Tashaphyne's light stemmer with a per-word cache."""
    from tashaphyne.stemming import ArabicLightStemmer

    return _with_cached_stems(ArabicLightStemmer().light_stem)


PIPELINES: dict[str, Pipeline] = {
    "regex findall (floor)": regex_floor,
    "ours normalize+tokenize": ours_normalize_tokenize,
    "ours normalised tokens (Analyzer, no stem)": ours_normalized_tokens,
    "ours Analyzer() clitics": ours_analyzer,
    "ours Analyzer(stem='light')": ours_analyzer_light,
    "scikit-learn CountVectorizer": sklearn_count_vectorizer,
    "CAMeL Tools": camel_tools,
    "pyarabic": pyarabic,
    "pyarabic + ISRI (cached)": pyarabic_isri,
    "pyarabic + Tashaphyne (cached)": pyarabic_tashaphyne,
}
_CHUNK = 500  # articles: pipelines take turns on each chunk, so load swings hit all alike


def _available(pipelines: dict[str, Pipeline]) -> dict[str, Pipeline]:
    """The pipelines whose peer imports, reporting each skip with its reason."""
    usable = {}
    for name, pipeline in pipelines.items():
        try:
            pipeline()("تجربة")
        except ImportError as error:
            print(f"skipped {name}: {error}")
            continue
        usable[name] = pipeline
    return usable


def _round(pipelines: dict[str, Pipeline], texts: list[str]) -> dict[str, tuple[float, int]]:
    """One round: fresh analysers, chunks of the corpus in turn -> (seconds, tokens) each."""
    analysers = {name: make() for name, make in pipelines.items()}
    spent = dict.fromkeys(analysers, 0.0)
    tokens = dict.fromkeys(analysers, 0)
    for first in range(0, len(texts), _CHUNK):
        chunk = texts[first : first + _CHUNK]
        for name, analyse in analysers.items():
            start = time.perf_counter()
            tokens[name] += sum(len(analyse(t)) for t in chunk)
            spent[name] += time.perf_counter() - start
    return {name: (spent[name], tokens[name]) for name in analysers}


def _paired(label: str, runs: int, first: Callable[[], object], second: Callable[[], object]):
    """Time two whole-corpus alternatives back to back, ``runs`` times; print the medians."""
    a, b = [], []
    for _ in range(runs):
        for bucket, work in ((a, first), (b, second)):
            start = time.perf_counter()
            work()
            bucket.append(time.perf_counter() - start)
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{label}: median {ma:.2f} s vs {mb:.2f} s -> speed-up {ma / mb:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (median reported)")
    args = parser.parse_args(argv)
    if not ANT.exists():
        print(f"skipped: {ANT} is absent (the shared data is not mounted)")
        return 0
    articles = pd.read_csv(ANT, usecols=["docno", "text"], nrows=args.limit)
    texts = articles["text"].fillna("").astype(str).tolist()
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"ANT corpus: {len(texts):,} articles, {megabytes:.1f} MB UTF-8, {args.rounds} rounds")

    pipelines = _available(PIPELINES)
    times: dict[str, list[float]] = {name: [] for name in pipelines}
    tokens: dict[str, int] = {}
    for round_ in range(args.rounds):
        for name, (seconds, count) in _round(pipelines, texts).items():
            times[name].append(seconds)
            tokens[name] = count
        print(f"round {round_ + 1} done", file=sys.stderr)

    median = {name: statistics.median(ts) for name, ts in times.items()}
    camel = median.get("CAMeL Tools")
    pyar = median.get("pyarabic")
    rows = [
        {
            "pipeline": name,
            "median s": round(seconds, 2),
            "MB/s": round(megabytes / seconds, 1),
            "tokens/s (k)": round(tokens[name] / seconds / 1e3),
            "x CAMeL": round(camel / seconds, 1) if camel else None,
            "x pyarabic": round(pyar / seconds, 1) if pyar else None,
            "runs s": " ".join(f"{t:.2f}" for t in times[name]),
        }
        for name, seconds in median.items()
    ]
    with pd.option_context("display.width", 200, "display.max_columns", 10):
        print(pd.DataFrame(rows).to_string(index=False))

    _paired(
        "Analyzer().pipe: 1 process vs 2 processes (fresh caches)",
        args.rounds,
        lambda: Analyzer().pipe(texts, n_jobs=1),
        lambda: Analyzer().pipe(texts, n_jobs=2),
    )
    frame = articles.rename(columns={"docno": "article_id", "text": "body"})
    spent = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        mentions = find_mentions(frame, progress=False)
        spent.append(time.perf_counter() - start)
    print(
        f"find_mentions: {len(mentions):,} mentions in {len(frame):,} articles, "
        f"median {statistics.median(spent):.2f} s (runs {' '.join(f'{s:.2f}' for s in spent)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

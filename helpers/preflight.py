"""What the runner checks before it runs a notebook: can this corpus answer its question?

A notebook declares what it needs in its own metadata (``"helpers": {"needs": [...]}``):

- ``"arabic"``: articles with Arabic text (the analyses read Arabic words; an English-only
  folder has nothing for them to count);
- ``"topics"``: enough articles with Arabic text to fit its ``k`` topics
  (:data:`ARTICLES_PER_TOPIC` per topic).

Every notebook needs at least one article. :func:`check_corpus` turns the loaded corpus into
one sentence when nothing can run, and otherwise into a reason for each notebook that cannot;
the others run, and the notebooks themselves say what a thin corpus cannot show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from helpers.arabic import is_arabic_text
from helpers.corpus import Corpus

if TYPE_CHECKING:
    import dask.dataframe as dd

    from helpers.scale import DistributedCorpus

__all__ = [
    "ARTICLES_PER_TOPIC",
    "FEWEST_TOPICS",
    "CorpusCheck",
    "check_corpus",
    "notebook_needs",
]

ARTICLES_PER_TOPIC = 2
"""Topics need at least this many articles with Arabic text per topic (``k``)."""

FEWEST_TOPICS = 2
"""The ``k`` assumed when a notebook leaves it open (``k = None``: fitted to the corpus)."""


@dataclass(frozen=True)
class CorpusCheck:
    """The corpus as the notebooks will see it, and what it rules out.

    ``stop`` is one sentence when no notebook can run (else None); ``skipped`` maps a
    notebook's stem to the reason it cannot run on this corpus.
    """

    articles: int
    arabic_articles: int
    stop: str | None = None
    skipped: dict[str, str] = field(default_factory=dict)


def notebook_needs(metadata: Mapping) -> set[str]:
    """The needs a notebook declares in its metadata (``helpers.needs``)."""
    return set(metadata.get("helpers", {}).get("needs", []))


def check_corpus(
    corpus: Corpus | DistributedCorpus,
    corpus_path: str,
    needs: Mapping[str, set[str]],
    topics: Mapping[str, int],
) -> CorpusCheck:
    """Decide which notebooks can run on ``corpus``.

    Parameters
    ----------
    corpus
        The loaded corpus, in memory or on a cluster (counted there); notebooks analyse its
        :meth:`~helpers.corpus.Corpus.analysis_view`.
    corpus_path
        Where it was loaded from, for the messages.
    needs
        Notebook stem -> its declared needs (see :func:`notebook_needs`).
    topics
        Notebook stem -> the number of topics ``k`` it will fit (for ``"topics"`` needs);
        :data:`FEWEST_TOPICS` when absent.
    """
    articles, arabic = _articles_and_arabic(corpus.analysis_view())
    if not articles:
        return CorpusCheck(0, 0, stop=_nothing_loaded(corpus, corpus_path))
    skipped = {}
    for stem, wanted in needs.items():
        if "arabic" in wanted and not arabic:
            skipped[stem] = (
                f"none of the {articles} articles has Arabic text, and this notebook "
                "analyses Arabic words"
            )
        elif "topics" in wanted and arabic < ARTICLES_PER_TOPIC * topics.get(stem, FEWEST_TOPICS):
            k = topics.get(stem, FEWEST_TOPICS)
            skipped[stem] = (
                f"too few articles for topics: {arabic} with Arabic text, and {k} topics "
                f"need at least {ARTICLES_PER_TOPIC * k}"
            )
    return CorpusCheck(articles, arabic, skipped=skipped)


def _articles_and_arabic(view: pd.DataFrame | dd.DataFrame) -> tuple[int, int]:
    """Articles, and articles with Arabic text, counted where they are (a dask frame of a
    :class:`~helpers.scale.DistributedCorpus` on its cluster)."""
    if isinstance(view, pd.DataFrame):  # in memory: no Dask to import
        arabic = view["body"].map(is_arabic_text).astype(bool)  # an empty str column stays str
        return len(view), int(arabic.sum())
    import dask

    arabic = view["body"].map(is_arabic_text, meta=("body", bool))
    articles, arabic = dask.compute(view.shape[0], arabic.astype(bool).sum())  # 0 when empty
    return int(articles), int(arabic)


def _nothing_loaded(corpus: Corpus, corpus_path: str) -> str:
    """One sentence: no articles, and what became of the inputs."""
    table = corpus.report.table
    files = table[table["record"].isna() & table["article_id"].isna()]
    if not len(files):
        return f"no articles to analyse: {corpus_path} holds no files to read"
    reasons = files["reason"].replace("", pd.NA).dropna()
    why = f" (most often: {reasons.value_counts().index[0]})" if len(reasons) else ""
    return (
        f"no articles to analyse: none of the {len(files)} file(s) in {corpus_path} "
        f"gave an article{why}"
    )

"""Term counts kept on disk per outlet, so two pages that count the same outlets count once.

The frequency page counts every outlet; the comparison page counts them all again (its term
explorer) and then the two it compares. Summed counts of a group depend only on its articles'
text, the analyzer and the code, so counts made once can stand in for counts made again:

* the articles are cut into one **part** per outlet (:func:`helpers.stance_store.outlet_groups`);
  each part is counted on its own, grouped as asked (by outlet, by month...), with no
  ``min_count`` filter, and stored under a key of its ids, bodies and group labels in order,
  the analyzer's settings, the counting settings, the code of the counting modules and the
  bundled data files;
* the parts are summed: the terms are the union of the parts' terms, sorted as
  scikit-learn's ``CountVectorizer`` sorts its vocabulary, and counts, document frequencies,
  analysed terms and articles of a group are sums over the parts, so the result equals one
  count of all the articles. ``min_count`` is applied to the sum.

``tests/test_frequency.py`` checks that summed parts equal one count and that changed text,
labels, settings or code miss.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.cache import DiskCache
from helpers.stance_store import articles_key, outlet_groups

__all__ = ["GroupCounts", "stored_counts"]

_KIND = "term-counts"


@dataclass(frozen=True)
class GroupCounts:
    """Term counts summed per group: the shared core of the counting functions."""

    name: str  # column holding the group label
    labels: pd.Index
    terms: np.ndarray
    counts: sparse.csr_matrix  # groups x terms
    doc_freq: sparse.csr_matrix  # groups x terms: articles of the group containing the term
    tokens: np.ndarray  # analysed terms per group, before any min_count filter
    articles: np.ndarray  # articles per group

    def keep(self, min_count: int) -> GroupCounts:
        """The terms counted at least ``min_count`` times over all groups."""
        keep = np.flatnonzero(np.asarray(self.counts.sum(axis=0)).ravel() >= min_count)
        return GroupCounts(
            self.name,
            self.labels,
            self.terms[keep],
            self.counts[:, keep],
            self.doc_freq[:, keep],
            self.tokens,
            self.articles,
        )


Count = Callable[[pd.DataFrame, np.ndarray, pd.Index], GroupCounts]
"""Counts of ``articles`` whose group codes index the labels given (no ``min_count``)."""


def _summed(
    parts: list[tuple[np.ndarray, GroupCounts]], name: str, labels: pd.Index
) -> GroupCounts:
    """One :class:`GroupCounts` of the parts (each with the positions of its groups in
    ``labels``): terms the sorted union, every number a sum."""
    union = sorted(set().union(*(part.terms for _, part in parts)))  # str order, as np.unique
    column_of = {term: column for column, term in enumerate(union)}
    terms = np.empty(len(union), dtype=object)
    terms[:] = union
    counts, doc_freq = [], []
    for rows, part in parts:
        columns = np.fromiter(map(column_of.__getitem__, part.terms), np.int64, len(part.terms))
        for matrix, out in ((part.counts, counts), (part.doc_freq, doc_freq)):
            coo = matrix.tocoo()
            out.append((coo.data, rows[coo.row], columns[coo.col]))
    shape = (len(labels), len(terms))

    def stacked(pieces: list) -> sparse.csr_matrix:
        data, row, col = (np.concatenate(values) for values in zip(*pieces, strict=True))
        matrix = sparse.csr_matrix((data.astype(np.int64), (row, col)), shape=shape)
        return matrix.sorted_indices()

    tokens, articles = np.zeros(len(labels), np.int64), np.zeros(len(labels), np.int64)
    for rows, part in parts:
        np.add.at(tokens, rows, part.tokens)
        np.add.at(articles, rows, part.articles)
    return GroupCounts(name, labels, terms, stacked(counts), stacked(doc_freq), tokens, articles)


def stored_counts(
    articles: pd.DataFrame,
    name: str,
    codes: np.ndarray,
    labels: pd.Index,
    count: Count,
    disk: DiskCache,
    settings: tuple,
) -> GroupCounts:
    """``count(articles, codes, labels)``, one outlet at a time through ``disk``; the same counts.

    Parameters
    ----------
    articles
        ``article_id`` and ``body`` (``outlet`` cuts them into parts).
    name, codes, labels
        The grouping: each article's group code, and the labels the codes index.
    count
        The counting pass (without ``min_count``).
    disk
        The cache.
    settings
        Everything else that decides the counts: analyzer settings, n-gram range, code version.
    """
    parts = []
    for positions in outlet_groups(articles):
        part = articles.iloc[positions]
        used, local = np.unique(codes[positions], return_inverse=True)
        local_labels = labels.take(used)
        key = articles_key(part, settings, [repr(label) for label in labels.take(codes[positions])])
        counted = disk.load(_KIND, key)
        if counted is None:
            counted = count(part, local, local_labels)
            disk.store(_KIND, key, counted)
        parts.append((used, counted))
    if not parts:
        return count(articles, codes, labels)
    return _summed(parts, name, labels)

"""Stance sentences kept on disk per outlet, so two pages that read the same outlets read once.

The stance page scores every outlet; the comparison page scores two of them again, for fewer
actors. A sentence row depends only on its article's text, the project's word lists and code,
and its target (every actor takes part in attaching hits, whatever targets are asked for), so
rows computed once can stand in for rows computed again:

* the articles are cut into **groups**, one per outlet (one group without an ``outlet``
  column); each group is computed and stored on its own, keyed by its ids and bodies in order,
  the targets asked for, the code of the stance modules and the bundled data files;
* a request for fewer targets reads an entry made for more of them and keeps their rows (an
  index entry per group lists the target sets stored for it);
* rows are put back in the order of the articles asked for: a group's rows follow its
  articles' order, so a stable sort on the article's position gives the order a single pass
  over all articles gives.

Only the lexicon engine with the bundled lexicon and gazetteer is stored: a fitted classifier
or a caller's word lists have no key here. ``tests/test_stance.py`` checks that stored rows
equal computed ones and that changed text or targets miss.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

from helpers.cache import DiskCache, code_version, content_key

__all__ = ["articles_key", "data_digest", "outlet_groups", "stored_sentences"]

Compute = Callable[[pd.DataFrame, set[str] | None], pd.DataFrame]
"""Rows of ``articles`` for the wanted targets (None: all), with ``_row`` = article position."""

_ROWS = "stance-rows"
_INDEX = "stance-index"


@cache
def data_digest() -> str:
    """A digest of the bundled word lists, gazetteer and frames (``helpers/data``)."""
    digest = hashlib.sha256()
    for entry in sorted(resources.files("helpers.data").iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith(".py"):
            digest.update(entry.name.encode() + b"\x00" + entry.read_bytes())
    return digest.hexdigest()


def outlet_groups(articles: pd.DataFrame) -> list[np.ndarray]:
    """Row positions of each outlet's articles (missing outlets together), in frame order;
    one group of all rows when there is no ``outlet`` column."""
    if "outlet" not in articles.columns:
        return [np.arange(len(articles))]
    codes, _ = pd.factorize(articles["outlet"], use_na_sentinel=False)
    return [np.flatnonzero(codes == code) for code in range(codes.max() + 1 if len(codes) else 0)]


def articles_key(group: pd.DataFrame, settings: object, labels: list[str] | None = None) -> str:
    """A content key of ``group``'s ids and bodies in order (with each row's group label, when
    given), the bundled data (:func:`data_digest`) and ``settings`` (code version, options):
    what a per-outlet disk entry of stance rows or term counts is stored under."""
    ids = group["article_id"].astype(str).tolist()
    # a list first: Series.map of a lambda over an Arrow string column costs 4x more
    bodies = [body if isinstance(body, str) else "" for body in group["body"].tolist()]
    columns = (ids, bodies) if labels is None else (ids, bodies, labels)
    stream = (item for row in zip(*columns, strict=True) for item in row)
    return content_key(settings, data_digest(), len(ids), stream=stream)


def _covers(stored: tuple[str, ...] | None, wanted: set[str] | None) -> bool:
    if stored is None:
        return True
    return wanted is not None and wanted <= set(stored)


def _targets_key(wanted: set[str] | None) -> tuple[str, ...] | None:
    return None if wanted is None else tuple(sorted(wanted))


def _group_rows(
    group: pd.DataFrame, wanted: set[str] | None, compute: Compute, disk: DiskCache, module: str
) -> pd.DataFrame:
    """The rows of one group: read from an entry covering ``wanted``, else computed, stored."""
    key = articles_key(group, code_version(sys.modules[module]))
    stored_sets: list = disk.load(_INDEX, key) or []
    for targets in stored_sets:
        if not _covers(targets, wanted):
            continue
        rows = disk.load(_ROWS, content_key(key, targets))
        if rows is not None:
            return rows if wanted is None else rows[rows["target"].isin(wanted)]
    rows = compute(group, wanted)
    targets = _targets_key(wanted)
    if disk.store(_ROWS, content_key(key, targets), rows) is not None:
        disk.store(_INDEX, key, [*[s for s in stored_sets if s != targets], targets])
    return rows


def stored_sentences(
    articles: pd.DataFrame,
    wanted: set[str] | None,
    compute: Compute,
    disk: DiskCache,
    engine_module: str,
) -> pd.DataFrame:
    """``compute(articles, wanted)``, one outlet at a time through ``disk``; the same rows.

    Parameters
    ----------
    articles
        ``article_id`` and ``body`` (``outlet`` groups them); ids unique.
    wanted
        The targets (None: every actor).
    compute
        The stance pass: rows with ``_row``, the article's position in the frame it is given.
    disk
        The cache.
    engine_module
        The module whose code (and the project modules it uses) decides the rows.
    """
    parts: list[pd.DataFrame] = []
    for positions in outlet_groups(articles):
        group = articles.iloc[positions]
        rows = _group_rows(group, wanted, compute, disk, engine_module)
        parts.append(rows.assign(_row=positions[rows["_row"].to_numpy(dtype=int)]))
    if not parts:
        return compute(articles, wanted)
    frame = pd.concat(parts, ignore_index=True)
    return frame.sort_values("_row", kind="stable").reset_index(drop=True)

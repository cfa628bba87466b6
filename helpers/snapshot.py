"""One load per run: the corpus the runner loaded, handed to every notebook.

Loading and cleaning a corpus is the slowest shared step of the collection (ANT: about 20 s),
and every notebook needs the same cleaned articles. ``python -m helpers run`` therefore loads
the corpus once, writes it as a snapshot file and passes its path to each notebook as the
``corpus_snapshot`` parameter; :func:`open_corpus` reads the snapshot when it was made from the
same corpus with the same load settings, and otherwise loads the corpus itself. A notebook
opened alone in JupyterLab has ``corpus_snapshot = None`` and simply loads.

A snapshot is a pickle of the :class:`~helpers.corpus.Corpus` (articles and load report, every
dtype kept exactly, whatever extra columns the input carried) with the key it was made under:
the resolved corpus path and the ``load_corpus`` settings. The runner writes it into its own
private build folder and deletes it with that folder, so a snapshot never outlives its run.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from helpers.corpus import Corpus, load_corpus

__all__ = ["open_corpus", "snapshot_key", "write_snapshot"]

_FORMAT = 1


def snapshot_key(corpus_path: str | Path, settings: Mapping[str, Any] | None = None) -> dict:
    """What a snapshot must match to stand in for ``load_corpus(corpus_path, **settings)``."""
    return {
        "format": _FORMAT,
        "corpus": str(Path(corpus_path).expanduser().resolve()),
        "settings": dict(sorted((settings or {}).items())),
    }


def write_snapshot(
    corpus: Corpus,
    destination: Path,
    corpus_path: str | Path,
    settings: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``corpus`` (loaded from ``corpus_path`` with ``settings``) to ``destination``."""
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".partial")
    with partial.open("wb") as file:
        pickle.dump(
            {"key": snapshot_key(corpus_path, settings), "corpus": corpus},
            file,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    partial.replace(destination)  # a reader sees the whole snapshot or none
    return destination


def open_corpus(
    corpus_path: str | Path | Iterable[str | Path],
    corpus_snapshot: str | Path | None = None,
    **settings: Any,
) -> Corpus:
    """The corpus at ``corpus_path``: from the runner's snapshot when it matches, else loaded.

    Parameters
    ----------
    corpus_path
        What :func:`~helpers.corpus.load_corpus` reads (a folder, a file or a glob, or a list
        of those, which is always loaded).
    corpus_snapshot
        The snapshot the runner wrote (its ``corpus_snapshot`` parameter), or None.
    **settings
        Keyword arguments for ``load_corpus``; a snapshot made with other settings is not used.

    >>> corpus = open_corpus("../corpus", corpus_snapshot=None)  # doctest: +SKIP
    """
    if not isinstance(corpus_path, str | Path):
        return load_corpus(corpus_path, **settings)
    if corpus_snapshot is not None and Path(corpus_snapshot).is_file():
        stored = _read_snapshot(Path(corpus_snapshot))
        if stored.get("key") == snapshot_key(corpus_path, settings):
            return stored["corpus"]
    return load_corpus(Path(corpus_path).expanduser().resolve(), **settings)


_kept: dict[tuple, dict] = {}
"""The last snapshot read in this process, by its file's identity: one entry."""


def _read_snapshot(path: Path) -> dict:
    """What the snapshot at ``path`` holds: read once per file, a copy each time.

    A kernel the runner keeps runs several pages, each of which opens the same snapshot;
    unpickling it again takes about 0.6 s on ANT (200 MB), a copy of what was read about a
    millisecond (the text columns are immutable Arrow arrays, shared by the copies). Each
    caller gets a deep copy, so a page that edits its frame in place changes no later page's.
    A file written anew (another run, another corpus) is another file: read again.
    """
    stat = path.stat()
    identity = (str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if identity not in _kept:
        _kept.clear()
        with path.open("rb") as file:
            _kept[identity] = pickle.load(file)
    return copy.deepcopy(_kept[identity])

"""The data layer on a Dask cluster: a client, and a corpus read in parallel into the workers.

:func:`load_corpus` returns a :class:`DistributedCorpus` whose ``articles`` (a dask DataFrame)
has exactly the columns of :class:`helpers.corpus.Corpus` ``.articles`` and, computed, its rows
and values, and whose ``report`` is the same complete :class:`~helpers.corpus.LoadReport`. It
reuses the in-memory loader's steps (one file read -> records + report rows, dates, cleaning,
id renaming, duplicate finding); only their placement on the cluster is new here. Use it
through :mod:`helpers.scale`.
"""

from __future__ import annotations

import atexit
import logging
import pickle
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
from distributed import Client, LocalCluster, get_client

from helpers.cleaning import clean_title, find_duplicates
from helpers.corpus import (
    ARTICLE_COLUMNS,
    NOT_ARTICLES,
    REPORT_COLUMNS,
    LoadReport,
    _clean_in_batches,
    _duplicate_rows,
    _parse_dates,
    _recognised_layout,
    _unique_ids,
    _with_folder_columns,
    articles_frame,
    read_source,
)
from helpers.discovery import Source, discover
from helpers.progress import PROGRESS_ENV
from helpers.readers import COLUMN_ALIASES

__all__ = [
    "MANIFEST",
    "PARTITION_BYTES",
    "PARTITION_ROWS",
    "DistributedCorpus",
    "check_scheduler",
    "connect",
    "load_corpus",
    "open_store",
]

dask.config.set({"dataframe.convert-string": False})

PARTITION_BYTES = 4 * 2**20
"""Default input bytes read by one task: files are grouped in discovery order until they reach
this size. One file is never split for reading (cut a big export into several files to read it
in parallel), but its articles are stored in partitions of at most :data:`PARTITION_ROWS`."""

PARTITION_ROWS = 2000
"""Default articles per stored partition: a one-file export of 30,000 articles is analysed as
15 partitions in parallel, and a task holds at most this many articles."""

_ORDER_SHIFT = 32  # _order = partition << 32 | row: a global row order that survives shuffles


# --------------------------------------------------------------------------------- the cluster
_SCHEDULER = re.compile(r"local:(?P<workers>[1-9]\d*)|tcp://(?P<host>[^\s:/]+):(?P<port>\d{1,5})")
"""What names a scheduler: ``local:N`` or ``tcp://HOST:PORT``."""


def check_scheduler(text: str) -> str:
    """``text`` if it names a scheduler: ``local:N`` (N worker processes) or ``tcp://HOST:PORT``.

    Raises
    ------
    ValueError
        For anything else, with the two accepted forms in the message.
    """
    match = _SCHEDULER.fullmatch(text.strip())
    if match is None or (match["port"] and not 0 < int(match["port"]) < 65536):
        raise ValueError(
            f"scheduler {text!r}: expected local:N (N worker processes on this machine, "
            "e.g. local:2) or tcp://HOST:PORT (a running Dask scheduler, e.g. "
            "tcp://10.0.0.5:8786)"
        )
    return text.strip()


def connect(
    address: str | None = None,
    n_workers: int | None = None,
    *,
    timeout: str = "30s",
    **cluster_options,
) -> Client:
    """A ``distributed.Client``: a new ``LocalCluster``, or the scheduler at ``address``.

    Parameters
    ----------
    address : str, optional
        ``"tcp://HOST:PORT"`` of a running scheduler, or ``"local:N"`` for a local cluster of
        ``N`` worker processes (see :func:`check_scheduler`). Default: a local cluster.
    n_workers : int, optional
        Worker processes of a local cluster (default: one per core). Each worker runs one
        thread: the analyses are pure-Python text loops that a thread pool cannot speed up.
    timeout : str
        How long to wait for a ``tcp://`` scheduler to answer.
    **cluster_options
        Passed to ``LocalCluster`` (``memory_limit="4GB"``, ``dashboard_address``...).

    >>> client = connect("local:2")  # doctest: +SKIP
    """
    if address is not None:
        address = check_scheduler(address)
        match = _SCHEDULER.fullmatch(address)
        if match["host"]:
            return Client(address, timeout=timeout)
        n_workers = int(match["workers"])
    options = {"threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    # the workers share this terminal: progress bars of the partitions would interleave there
    options["env"] = {PROGRESS_ENV: "off"}
    # the scheduler runs in this process: its note on every shuffle (the duplicate search)
    # is no news to a reader of the terminal
    logging.getLogger("distributed.shuffle._scheduler_plugin").setLevel(logging.ERROR)
    cluster = LocalCluster(n_workers=n_workers, **{**options, **cluster_options})
    return Client(cluster)


def client_or_default(client: Client | None) -> Client:
    if client is not None:
        return client
    try:
        return get_client()
    except ValueError as error:
        raise ValueError("no Dask client: call helpers.scale.connect() first") from error


# ------------------------------------------------------------------------------------- loading
@dataclass
class DistributedCorpus:
    """Articles as a dask DataFrame (columns of :data:`~helpers.corpus.ARTICLE_COLUMNS` + extras,
    read lazily from the partition files in ``store``) and the complete
    :class:`~helpers.corpus.LoadReport`; ``loaded`` says what was read with which settings."""

    articles: dd.DataFrame
    report: LoadReport
    store: Path | None = None
    loaded: dict = field(default_factory=dict)

    def analysis_view(self) -> dd.DataFrame:
        """The articles without marked duplicates (the first copy of each stays)."""
        return self.articles[self.articles.duplicate_of.isna()]

    def __repr__(self) -> str:
        return f"DistributedCorpus({self.articles.npartitions} partitions)\n{self.report}"


def load_corpus(
    path: str | Path | Sequence[str | Path],
    client: Client | None = None,
    *,
    mapping: dict[str, str] | None = None,
    clean: bool = True,
    dedupe: bool = True,
    encoding: str | None = None,
    ignore: Sequence[str] = NOT_ARTICLES,
    similarity: float = 0.8,
    duplicates_within: str | None = "outlet",
    folders: Sequence[str] | None = None,
    partition_bytes: int = PARTITION_BYTES,
    partition_rows: int = PARTITION_ROWS,
    store: str | Path | None = None,
) -> DistributedCorpus:
    """Read a folder, a file, a glob or a list of them on the cluster.

    The parameters are those of :func:`helpers.corpus.load_corpus`, and so are the results:
    computed, ``articles`` equals ``helpers.corpus.load_corpus(path).articles`` row for row.

    How: the client lists the files; each task reads about ``partition_bytes`` of them, parses
    dates, cleans bodies and writes the articles to ``store`` in partitions of at most
    ``partition_rows``. Only article ids travel back
    to the client, to rename repeated ids in file order. Duplicates are looked for per
    ``duplicates_within`` group (default each outlet) after a shuffle that brings a group's
    articles to one worker, so exact and near copies are found across partitions exactly as in
    memory (with ``duplicates_within=None`` the whole corpus is one group: one worker holds
    every body). Each partition is then written once more, final (ids renamed, ``duplicate_of``
    set), and ``articles`` reads those files lazily: a worker holds only the partitions it is
    working on, so its memory does not grow with the corpus.

    ``store`` is the folder for those files (one Parquet file per partition, or a pickle when a
    free-form metadata column has no single Parquet type): it must be readable by every worker,
    so on a cluster of several machines a shared folder. Default: a new temporary folder,
    removed when this Python process exits. :func:`open_store` reopens a store.
    """
    client = client_or_default(client)
    for key in mapping or {}:
        if key not in COLUMN_ALIASES:
            raise ValueError(f"mapping key {key!r} is not one of {', '.join(COLUMN_ALIASES)}")
    store = _new_store(store)
    sources, skipped = discover(path, tuple(ignore))
    if folders is None:  # the layout is recognised over the whole corpus, as in memory
        parts = [s.relative.parent.as_posix() for s in sources]
        folders = _recognised_layout(pd.Series([p.split("/") for p in parts if p != "."]))
    chunks = _chunks(sources, partition_bytes)
    read = [
        dask.delayed(_read_partition)(
            number, chunk, mapping, encoding, clean, folders, store / "raw", partition_rows
        )
        for number, chunk in enumerate(chunks or [[]])
    ]
    written, heads, reports, missing = zip(*client.compute(read, sync=True), strict=True)
    read_by = [number for number, files in enumerate(written) for _ in files]  # file -> task
    files = [file for files in written for file in files]
    ids = pd.concat([ids for ids, _, _ in heads], ignore_index=True)
    # column types as the in-memory concatenation of the files that gave articles has them
    meta = _column_types(
        [(empty, blank) for ids, empty, blank in heads if len(ids)] or [heads[0][1:]]
    )
    meta = meta.astype({"date": "datetime64[ns]"})
    given = ids.article_id.copy()
    ids, renamed = _unique_ids(ids)
    changed = ids.article_id != given
    renames = _by_partition(ids._order[changed], ids.article_id[changed], len(written))
    renames = [renames[number] for number in read_by]
    meta = meta.assign(_order=pd.Series(dtype=np.int64))
    columns = list(meta.columns)
    read_back = dd.from_map(_read_conformed, files, renames, args=[columns], meta=meta)
    found = pd.DataFrame(columns=["article_id", "duplicate_of", "kind", "similarity", "_order"])
    if dedupe and len(ids):
        found = _duplicates(read_back, duplicates_within, similarity, client)
    extras = [c for c in meta.columns if c not in (*ARTICLE_COLUMNS, "_record", "_order")]
    final_meta = meta.assign(duplicate_of=pd.Series(dtype=object))[list(ARTICLE_COLUMNS) + extras]
    pairs = pd.Series(list(zip(found.article_id, found.duplicate_of, strict=True)), dtype=object)
    originals = [dict(o.values()) for o in _by_partition(found._order, pairs, len(written))]
    final = [
        dask.delayed(_write_final)(file, renames[at], originals[read_by[at]], meta, final_meta)
        for at, file in enumerate(files)
    ]
    final = client.compute(final, sync=True)
    shutil.rmtree(store / "raw", ignore_errors=True)
    # built as the in-memory loader builds it, so that pandas gives its columns the same types
    files_report = pd.DataFrame(skipped + [row for rows in reports for row in rows])
    files_report = files_report.reindex(columns=list(REPORT_COLUMNS))
    duplicates = _duplicate_rows(ids, found.drop(columns="_order"))
    report = pd.concat(
        [df for df in (files_report, renamed, duplicates) if len(df)] or [files_report],
        ignore_index=True,
    )
    report = report.astype({"record": "Int64", "articles": "Int64", "dates_unparsed": "Int64"})
    report = LoadReport(report, int(sum(missing)))
    manifest = {"files": [f.name for f in final], "meta": final_meta, "report": report}
    manifest["loaded"] = {"path": _described(path), "settings": _settings(locals())}
    with (store / MANIFEST).open("wb") as file:
        pickle.dump(manifest, file, protocol=pickle.HIGHEST_PROTOCOL)
    return open_store(store)


MANIFEST = "corpus.pickle"
"""The file of a store that lists its partitions and holds the column types and load report."""

_LOAD_SETTINGS = ("mapping", "clean", "dedupe", "encoding", "ignore", "similarity",
                  "duplicates_within", "folders")  # fmt: skip


def open_store(store: str | Path) -> DistributedCorpus:
    """The corpus :func:`load_corpus` wrote to ``store``, without reading anything again.

    Raises
    ------
    FileNotFoundError
        When ``store`` holds no complete load (its list of partitions is written last).
    """
    store = Path(store)
    if not (store / MANIFEST).is_file():
        raise FileNotFoundError(f"{store} holds no corpus written by helpers.scale.load_corpus")
    with (store / MANIFEST).open("rb") as file:
        manifest = pickle.load(file)
    meta = manifest["meta"]
    paths = [str(store / name) for name in manifest["files"]]
    articles = dd.from_map(_read_typed, paths, args=[meta], meta=meta, enforce_metadata=False)
    return DistributedCorpus(articles, manifest["report"], store, manifest["loaded"])


def _new_store(store: str | Path | None) -> Path:
    """An empty folder for a load's partitions (a temporary one, removed at exit, by default)."""
    if store is None:
        store = Path(tempfile.mkdtemp(prefix="helpers-scale-"))
        atexit.register(shutil.rmtree, store, ignore_errors=True)
    store = Path(store).expanduser().resolve()
    if store.exists() and any(store.iterdir()):
        raise FileExistsError(f"store {store} is not empty: a load writes into an empty folder")
    (store / "raw").mkdir(parents=True, exist_ok=True)
    return store


def _described(path) -> list[str]:
    paths = [path] if isinstance(path, str | Path) else list(path)
    return [str(Path(p).expanduser().resolve()) for p in paths]


def _settings(arguments: dict) -> dict:
    return {name: arguments[name] for name in _LOAD_SETTINGS}


def _by_partition(order: pd.Series, values: pd.Series, n: int) -> list[dict[int, str]]:
    """``{_order: value}`` split by the partition each ``_order`` belongs to (its high bits),
    so that a task receives only its own partition's entries."""
    split: list[dict[int, str]] = [{} for _ in range(n)]
    for key, value in zip(order.tolist(), values.tolist(), strict=True):
        split[key >> _ORDER_SHIFT][key] = value
    return split


def _write_part(frame: pd.DataFrame, stem: Path) -> Path:
    """Write one partition: Parquet, or a pickle when a column has no single Parquet type
    (free-form metadata mixing numbers and text, say)."""
    try:
        frame.to_parquet(stem.with_suffix(".parquet"), index=False)
        return stem.with_suffix(".parquet")
    except pa.ArrowException:
        stem.with_suffix(".parquet").unlink(missing_ok=True)
        frame.to_pickle(stem.with_suffix(".pkl"))
        return stem.with_suffix(".pkl")


def _read_part(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_pickle(path)


def _read_typed(path: str, meta: pd.DataFrame) -> pd.DataFrame:
    """A final partition, typed as the corpus (a column of no value in one file has no type).

    Parquet may read an ``object`` column of text back as ``str``, with NaN for missing; the
    loader's ``object`` columns (``duplicate_of``) hold None there, so None it is again."""
    part = _read_part(path).reindex(columns=meta.columns).astype(meta.dtypes.to_dict())
    for column in meta.columns[(meta.dtypes == np.dtype(object)).to_numpy()]:
        part[column] = part[column].where(part[column].notna(), None)
    return part


def _chunks(sources: list[Source], partition_bytes: int) -> list[list[Source]]:
    """Consecutive files grouped until each group holds ``partition_bytes`` (the last less)."""
    chunks: list[list[Source]] = [[]]
    size = 0
    for source in sources:
        chunks[-1].append(source)
        size += source.path.stat().st_size
        if size >= partition_bytes:
            chunks.append([])
            size = 0
    return [chunk for chunk in chunks if chunk]


def _read_partition(
    number: int, sources: list[Source], mapping, encoding, clean: bool, folders, folder: Path,
    rows_per_file: int,
):  # fmt: skip
    """Read, date and clean some files, each step the in-memory loader's own, and write the
    articles (with ``_record``/``_order``) into ``folder``, ``rows_per_file`` a file: (the
    files written, what the client needs of the articles (:func:`_index_of`), report rows,
    dates missing)."""
    reads, rows = [], []
    for source in sources:
        read = read_source(source, mapping=mapping, encoding=encoding)
        rows.extend(read.rows)
        reads.append(read)
    articles = _with_folder_columns(articles_frame(reads), folders)
    report = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
    articles, report, missing = _parse_dates(articles, report)
    articles["date"] = articles["date"].astype("datetime64[ns]")
    if clean:
        articles["body"], _ = _clean_in_batches(articles.raw_body, False)
        articles["title"] = articles.title.map(clean_title)
    else:
        articles["body"] = articles.raw_body
    articles["_order"] = (np.int64(number) << _ORDER_SHIFT) + np.arange(len(articles))
    articles = articles.reset_index(drop=True)
    files = [
        _write_part(articles.iloc[start : start + rows_per_file], folder / f"{number:05d}-{at:04d}")
        for at, start in enumerate(range(0, max(len(articles), 1), rows_per_file))
    ]
    return files, _index_of(articles), report.to_dict("records"), missing


def _read_conformed(file: Path, renames: dict[int, str], names: list[str]) -> pd.DataFrame:
    return _conform(_read_part(file), names, renames)


def _write_final(
    file: Path, renames: dict, originals: dict, meta: pd.DataFrame, final_meta: pd.DataFrame
) -> Path:
    """Write the partition as ``Corpus.articles`` has it next to the store's ``raw`` folder."""
    part = _finish(_conform(_read_part(file), list(meta.columns), renames), originals, final_meta)
    return _write_part(part, file.parent.parent / file.stem)


def _index_of(part: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, set[str]]:
    """What the client needs of a partition: ids with their order and source, the column
    types, and the columns with no value at all."""
    ids = part[["article_id", "source_path", "_record", "_order"]]
    return ids, part.drop(columns="_order").iloc[:0], set(part.columns[part.isna().all()])


def _column_types(parts: list[tuple[pd.DataFrame, set[str]]]) -> pd.DataFrame:
    """An empty frame typed as the in-memory loader types the whole corpus: pandas' types for
    the concatenation, except that a column of text in some partitions and of no value at all
    in the others is text (the loader types a column from all its values at once)."""
    meta = pd.concat([empty for empty, _ in parts], sort=False).iloc[:0]
    for column in meta.columns:
        kinds = [isinstance(e[column].dtype, pd.StringDtype) for e, _ in parts if column in e]
        blank = [column in b for e, b in parts if column in e]
        if any(kinds) and all(k or b for k, b in zip(kinds, blank, strict=True)):
            meta[column] = meta[column].astype("str")
    return meta


def _conform(part: pd.DataFrame, columns: list[str], renames: dict[int, str]) -> pd.DataFrame:
    """The partition with the corpus's columns in order (a file may lack an extra column) and
    its article ids made unique across the corpus (the renaming the client decided)."""
    part = part.reindex(columns=columns)
    if not renames:
        return part
    new = part["_order"].map(renames)
    return part.assign(article_id=new.where(new.notna(), part.article_id))


def _duplicates(
    articles: dd.DataFrame, within: str | None, threshold: float, client: Client
) -> pd.DataFrame:
    """Exact and near duplicates per ``within`` group, found after a shuffle by group."""
    keyed = articles.map_partitions(_group_key, within)
    meta = pd.DataFrame(
        {
            "article_id": pd.Series(dtype=object),
            "duplicate_of": pd.Series(dtype=object),
            "kind": pd.Series(dtype=object),
            "similarity": pd.Series(dtype=float),
            "_order": pd.Series(dtype=np.int64),
        }
    )
    found = keyed.groupby("_group").apply(_duplicates_in_group, threshold, meta=meta)
    found = client.compute(found, sync=True)
    return found.sort_values("_order").reset_index(drop=True)


def _group_key(part: pd.DataFrame, within: str | None) -> pd.DataFrame:
    """Id, body and order of each article, with its group as text (missing: one group)."""
    keyed = part[["article_id", "body", "_order"]]
    if within is None or within not in part.columns:
        return keyed.assign(_group="")
    group = part[within]
    return keyed.assign(_group=("=" + group.astype(str)).where(group.notna(), ""))


def _duplicates_in_group(group: pd.DataFrame, threshold: float) -> pd.DataFrame:
    group = group.sort_values("_order")
    found = find_duplicates(group, threshold=threshold, within=None)
    order = dict(zip(group.article_id, group._order, strict=True))
    return found.assign(_order=found.article_id.map(order).astype(np.int64))


def _finish(part: pd.DataFrame, originals: dict[str, str], meta: pd.DataFrame) -> pd.DataFrame:
    """The partition as ``Corpus.articles`` has it: ``duplicate_of`` set, columns in order."""
    original = [originals.get(i) for i in part.article_id]
    part = part.assign(duplicate_of=pd.Series(original, index=part.index, dtype=object))
    return part.reindex(columns=meta.columns).astype(meta.dtypes.to_dict())

"""One call for a notebook's analyses, in memory or on a Dask cluster: the same pandas results.

A notebook opens its articles with :func:`open_analysis` and asks the :class:`Analysis` for the
passes that read every article (term counts, mentions, stance sentences, clusters). Without a
scheduler they are the in-memory functions on the loaded corpus; with one (``"local:N"`` or
``"tcp://HOST:PORT"``) the corpus is a :class:`~helpers.scale.DistributedCorpus` and the passes
run partition by partition on the cluster (:mod:`helpers.scale`); either way the result is the
pandas frame the in-memory function returns, so every cell after it is the same on both paths.

The runner loads the corpus once for all notebooks: in memory it writes a snapshot
(:mod:`helpers.snapshot`); on a cluster the loader's store of Parquet partitions is that
snapshot, and each notebook reopens it (:func:`~helpers.scale.open_store`) without reading the
corpus again. ``Analysis.articles`` (what the text views read: KWIC, collocations, topic
models, maps) is gathered to the notebook's process on first use, also on a cluster.

>>> analysis = open_analysis("../corpus", scheduler="local:2")  # doctest: +SKIP
>>> counts = analysis.term_counts(by="outlet", min_count=3)  # doctest: +SKIP
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from helpers.arabic import is_arabic_text, word_count
from helpers.corpus import Corpus, LoadReport
from helpers.selection import check_outlets
from helpers.snapshot import open_corpus

if TYPE_CHECKING:
    import dask.dataframe as dd
    from distributed import Client

    import helpers.scale as scale

# The passes' modules (Dask, scikit-learn, the stance engine) are imported by the methods
# that use them: a page that only reads its articles starts without them (1-2 CPU s a kernel).

__all__ = [
    "NO_OUTLET",
    "Analysis",
    "SchedulerUnreachable",
    "close_scheduler",
    "connect_scheduler",
    "open_analysis",
]

_CLIENTS: dict[str, Client] = {}

NO_OUTLET = "(no outlet)"
"""The outlet of an article whose input named none: its group in every analysis and table."""


class SchedulerUnreachable(OSError):
    """No Dask scheduler answers at the address given."""


def connect_scheduler(scheduler: str, timeout: float = 10) -> Client:
    """A client of ``scheduler`` (see :func:`helpers.scale.check_scheduler`), one per process.

    ``local:N`` starts a ``LocalCluster`` of N single-threaded worker processes; a
    ``tcp://`` address must answer within ``timeout`` seconds. A notebook cell run twice gets
    the same client, not a second cluster.

    Raises
    ------
    ValueError
        When ``scheduler`` is not a scheduler string.
    SchedulerUnreachable
        When nothing answers at a ``tcp://`` address.
    """
    import helpers.scale as scale

    scheduler = scale.check_scheduler(scheduler)
    client = _CLIENTS.get(scheduler)
    if client is not None and client.status == "running":
        return client
    try:
        if scheduler.startswith("tcp://"):  # a closed port answers at once: no need to wait
            host, port = scheduler.removeprefix("tcp://").rsplit(":", 1)
            socket.create_connection((host, int(port)), timeout=timeout).close()
        client = scale.connect(scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as error:
        raise SchedulerUnreachable(
            f"no Dask scheduler answers at {scheduler} (waited {timeout:g} s: {error}); start "
            "one there (`dask scheduler`, then `dask worker` on each machine) or run on this "
            "machine with local:N"
        ) from None
    _CLIENTS[scheduler] = client
    return client


def close_scheduler(scheduler: str) -> None:
    """Close this process's client of ``scheduler``, and its local cluster if it started one."""
    import helpers.scale as scale

    client = _CLIENTS.pop(scale.check_scheduler(scheduler), None)
    if client is None:
        return
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


@dataclass
class Analysis:
    """The articles a notebook analyses (no duplicates, some outlets) and the passes over them.

    ``corpus`` is a :class:`~helpers.corpus.Corpus` (in memory) or a
    :class:`~helpers.scale.DistributedCorpus` (on the cluster of ``client``); ``selection``
    keeps the rows whose column has one of the values (``{"outlet": [...]}``).
    """

    corpus: Corpus | scale.DistributedCorpus
    client: Client | None = None
    selection: dict[str, list] = field(default_factory=dict)

    @property
    def distributed(self) -> bool:
        return self.client is not None

    def __repr__(self) -> str:
        if not self.distributed:
            return f"{len(self.articles):,} articles to analyse, in memory"
        workers = len(self.client.scheduler_info()["workers"])
        rows = self.client.compute(self.frame().shape[0], sync=True)  # counted where they are
        return (
            f"{rows:,} articles to analyse, on the Dask cluster at "
            f"{self.client.scheduler.address} ({workers} workers)"
        )

    @property
    def report(self) -> LoadReport:
        """The complete load report (every input accounted for)."""
        return self.corpus.report

    def where(self, column: str, values: Sequence) -> Analysis:
        """The same analysis on the articles whose ``column`` is one of ``values``."""
        return Analysis(self.corpus, self.client, {**self.selection, column: list(values)})

    def frame(self) -> pd.DataFrame | dd.DataFrame:
        """The selected articles: a pandas frame in memory, a dask frame on a cluster.

        An article whose input named no outlet is analysed under :data:`NO_OUTLET`, as the
        corpus page counts it: a folder of one outlet's text files is one group, not none.
        """
        view = self.corpus.analysis_view()
        view = view.assign(outlet=view["outlet"].fillna(NO_OUTLET))
        for column, values in self.selection.items():
            view = view[view[column].isin(values)]
        return view if self.distributed else view.reset_index(drop=True)

    @cached_property
    def articles(self) -> pd.DataFrame:
        """The selected articles as one pandas frame (gathered from the cluster on first use)."""
        frame = self.frame()
        if self.distributed:
            import helpers.scale as scale

            return scale.gather(frame, self.client)
        return frame

    def overview(self, words: bool = False) -> pd.DataFrame:
        """The selected articles without their text: what a page needs that only counts them.

        One row per article: ``article_id``, ``outlet``, ``date``, ``title``, whether the body
        holds Arabic text (``has_arabic``, which :func:`helpers.settings.fit_settings` reads in
        place of the body) and, with ``words``, the body's length in tokens. On a cluster it is
        computed partition by partition and only these columns reach the notebook: a page that
        counts articles (the corpus page, the stance page) never gathers the bodies.
        """
        if not self.distributed:
            return _overview(self.articles, words)
        frame = self.frame()
        import helpers.scale as scale

        meta = _overview(frame._meta, words)
        return scale.gather(frame.map_partitions(_overview, words, meta=meta), self.client)

    def term_counts(self, by: str | None = None, min_count: int = 1, **options) -> pd.DataFrame:
        """:func:`helpers.frequency.term_counts` of the selected articles (on a cluster
        ``cache_dir`` is ignored: the counts are summed from the partitions)."""
        if self.distributed:
            import helpers.scale as scale

            options.pop("cache_dir", None)
            return scale.term_counts(
                self.frame(), by, min_count=min_count, client=self.client, **options
            )
        import helpers.frequency as frequency

        return frequency.term_counts(self.frame(), by, min_count=min_count, **options)

    def find_mentions(self, actor_ids: Sequence[str] | None = None, **options) -> pd.DataFrame:
        """:func:`helpers.actors.find_mentions` of the selected articles."""
        if self.distributed:
            import helpers.scale as scale

            return scale.gather(
                scale.find_mentions(self.frame(), None, actor_ids, **options), self.client
            )
        import helpers.actors as actors

        return actors.find_mentions(self.frame(), None, actor_ids, **options)

    def stance_sentences(self, targets: Sequence[str] | None = None, **options) -> pd.DataFrame:
        """:func:`helpers.stance.stance_sentences` of the selected articles (one pass over the
        text; :func:`helpers.stance.summarise_stance` and the views derive from it). On a
        cluster ``cache_dir`` is ignored: the cluster's store already holds the articles."""
        if self.distributed:
            import helpers.scale as scale

            options.pop("cache_dir", None)
            sentences = scale.stance_sentences(self.frame(), targets, **options)
            return scale.gather(sentences, self.client)
        import helpers.stance as stance

        return stance.stance_sentences(self.frame(), targets, **options)

    def cluster_articles(self, k: int, random_state: int = 0, **options) -> pd.DataFrame:
        """:func:`helpers.topics.cluster_articles`; on a cluster fitted on a sample and assigned
        in parallel (:func:`helpers.scale.cluster_articles` says what differs)."""
        if self.distributed:
            import helpers.scale as scale

            clusters = scale.cluster_articles(
                self.frame(), k, random_state, client=self.client, **options
            )
            return scale.gather(clusters, self.client)
        import helpers.topics as topics

        # the page's own frame: the topic calls before this one keyed its matrix on it
        return topics.cluster_articles(self.articles, k, random_state, **options)


OVERVIEW_COLUMNS = ["article_id", "outlet", "date", "title"]
"""The columns of :meth:`Analysis.overview` taken as they are (with ``has_arabic``, ``words``)."""


def _overview(articles: pd.DataFrame, words: bool) -> pd.DataFrame:
    """:meth:`Analysis.overview` of one frame of articles (a partition, or all in memory)."""
    bodies = articles["body"].fillna("").astype(str)
    overview = articles[OVERVIEW_COLUMNS].assign(has_arabic=bodies.map(is_arabic_text).astype(bool))
    return overview.assign(words=bodies.map(word_count).astype(int)) if words else overview


def open_analysis(
    corpus_path: str | Path,
    corpus_snapshot: str | Path | None = None,
    scheduler: str | None = None,
    outlets: Sequence[str] | str | None = None,
) -> Analysis:
    """The articles of ``corpus_path`` to analyse, in memory or on the cluster of ``scheduler``.

    Parameters
    ----------
    corpus_path
        What :func:`helpers.corpus.load_corpus` reads (a folder, a file or a glob).
    corpus_snapshot
        The runner's one load of this corpus (a notebook's ``corpus_snapshot`` parameter): a
        snapshot file in memory, a store folder on a cluster; used when it was made from
        ``corpus_path``, else the corpus is loaded here.
    scheduler
        None for the in-memory path; ``"local:N"`` or ``"tcp://HOST:PORT"`` for a cluster.
    outlets
        Outlet names to keep; None keeps all.

    Raises
    ------
    ValueError
        When an outlet is not in the corpus (the message lists those that are) or
        ``scheduler`` is not a scheduler string; :class:`SchedulerUnreachable` when nothing
        answers at its address.
    """
    corpus_path = Path(corpus_path).expanduser().resolve()
    if scheduler is None:
        analysis = Analysis(open_corpus(corpus_path, corpus_snapshot))
    else:
        client = connect_scheduler(scheduler)
        analysis = Analysis(_cluster_corpus(corpus_path, corpus_snapshot, client), client)
    if outlets is None:
        return analysis
    outlet = analysis.corpus.articles["outlet"].dropna().unique()
    present = outlet.compute() if analysis.distributed else outlet
    return analysis.where("outlet", check_outlets(outlets, present))


def _cluster_corpus(
    corpus_path: Path, corpus_snapshot: str | Path | None, client: Client
) -> scale.DistributedCorpus:
    """The runner's store of ``corpus_path`` when it holds that corpus, else a load of it."""
    import helpers.scale as scale

    store = Path(corpus_snapshot) if corpus_snapshot is not None else None
    if store is not None and (store / scale.MANIFEST).is_file():
        stored = scale.open_store(store)
        if stored.loaded.get("path") == [str(corpus_path)]:
            return stored
    return scale.load_corpus(corpus_path, client)

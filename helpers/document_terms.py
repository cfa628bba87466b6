"""The document-term matrix: what every topic, cluster and map function counts.

Every function of the topic modules takes any DataFrame with at least ``article_id`` and
``body`` (``Corpus.articles`` or a hand-built frame); a ``title`` column, when present, is read
with the body. Words are counted by the project's :class:`~helpers.analyzer.Analyzer` (light
stems by default, so ``العقوبات``, ``عقوبة`` and ``وبالعقوبات`` count together), and every term
shown to a reader is replaced by its most frequent clitic-free spelling in the corpus (the stem
``عقوب`` is shown as ``عقوبات``), so tables show words, not stems.

:func:`vectorize` builds the counts and sublinear TF-IDF once per corpus and settings and keeps
them in memory (and, when asked, in the disk cache of :mod:`helpers.cache`), so re-running a
notebook is fast and gives the same tables. The checks and labels shared by the topic, cluster
and map modules live here too.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from threadpoolctl import threadpool_limits

from helpers.analyzer import Analyzer
from helpers.arabic import normalize, tokenize
from helpers.cache import MemoryCache, code_version, content_key, disk_cache
from helpers.checks import ANALYSIS_COLUMNS, require_columns

__all__ = [
    "DisplayForms",
    "DocumentTerms",
    "article_texts",
    "check_articles",
    "check_k",
    "clear_cache",
    "labels_from_terms",
    "single_thread",
    "topic_analyzer",
    "vectorize",
]

_MARKS_ONLY = {
    "alef": False,
    "alef_maqsura": False,
    "teh_marbuta": False,
    "hamza": False,
    "digits": False,
    "punctuation": False,
}
"""Normalisation that only drops marks (diacritics, tatweel, invisibles): for display spellings."""


def single_thread() -> threadpool_limits:
    """Context in which BLAS and OpenMP (SVD, k-means, NMF, t-SNE) use one thread.

    The fits here are small enough that threads gain little, while on shared cores they
    oversubscribe and slow each other down. One thread also
    gives the same numbers on every machine.
    """
    return threadpool_limits(limits=1)


_MEMORY_CACHE_SIZE = 2
"""Matrices kept in memory: the corpus in use and one other (a few hundred MB at ANT size)."""
_memory_cache = MemoryCache(_MEMORY_CACHE_SIZE)


# --------------------------------------------------------------------------- vectorising


@dataclass(frozen=True)
class DocumentTerms:
    """A document-term matrix over the project's analyzer, with what is needed to read it.

    Attributes
    ----------
    article_ids : numpy.ndarray
        One id per row, in the order of the input frame.
    terms : numpy.ndarray
        One term (analyzer output, e.g. a light stem) per column.
    counts : scipy.sparse.csr_matrix
        Raw term counts of title and body (LDA, coherence and cluster refinement use them).
    title_counts : scipy.sparse.csr_matrix
        The part of ``counts`` that comes from the titles (all zero without titles), so that
        clustering can weight headlines (see :func:`cluster_articles`).
    tfidf : scipy.sparse.csr_matrix
        TF-IDF weights, rows L2-normalised (NMF, clustering and maps use them).
    sublinear_tf : bool
        Whether ``tfidf`` uses ``1 + log(tf)`` (so re-weightings can do the same).
    display : DisplayForms
        Term -> the word a reader sees: the most frequent clitic-free spelling in the corpus
        that the analyzer turns into this term (each worked out when first shown).
    key : str
        The cache key (corpus fingerprint + settings).
    """

    article_ids: np.ndarray
    terms: np.ndarray
    counts: sparse.csr_matrix
    title_counts: sparse.csr_matrix
    tfidf: sparse.csr_matrix
    sublinear_tf: bool
    display: Mapping[str, str] = field(repr=False)
    key: str = ""

    def shown(self, term: str) -> str:
        """The readable form of ``term`` (each word of an n-gram is mapped on its own)."""
        return " ".join(self.display.get(word, word) for word in term.split(" "))


def clear_cache() -> None:
    """Forget the document-term matrices kept in memory (the disk cache is left alone)."""
    _memory_cache.clear()


def check_articles(articles: pd.DataFrame) -> None:
    require_columns(articles, ANALYSIS_COLUMNS)
    if articles.empty:
        raise ValueError("articles is empty: there is nothing to analyse")
    if articles["article_id"].duplicated().any():
        dup = articles.loc[articles["article_id"].duplicated(), "article_id"].iloc[0]
        raise ValueError(f"article_id must be unique; {dup!r} occurs more than once")


def _titles(articles: pd.DataFrame, include_title: bool) -> list[str]:
    """Each article's title, or empty strings when titles are not read or absent."""
    if include_title and "title" in articles.columns:
        return articles["title"].fillna("").astype(str).tolist()
    return [""] * len(articles)


def _texts(titles: list[str], bodies: list[str]) -> list[str]:
    """The text read for each article: its title (if any), a line break, then the body."""
    return [
        f"{title}\n{body}" if title else body for title, body in zip(titles, bodies, strict=True)
    ]


def article_texts(articles: pd.DataFrame, include_title: bool = True) -> tuple[list, list]:
    """Each article's title (empty when not read) and the text :func:`vectorize` reads.

    The text is the title, a line break, then the body; so a matrix built elsewhere (for
    example on partitions of a corpus) counts exactly what :func:`vectorize` counts.
    """
    titles = _titles(articles, include_title)
    return titles, _texts(titles, articles["body"].fillna("").astype(str).tolist())


def _cache_key(digest: str, analyzer: Analyzer, settings: tuple) -> str:
    """The corpus (the digest of its ids, titles and bodies), the settings, and the code that
    builds the matrix."""
    version = code_version(sys.modules[__name__], sys.modules[type(analyzer).__module__])
    return content_key(version, settings, digest)


_digests: list[tuple[tuple, str]] = []
"""(the Arrow data of a frame's key columns, their digest), the newest last."""


def _corpus_digest(articles: pd.DataFrame, include_title: bool) -> str:
    """A digest of the ids, titles (when read) and bodies of ``articles``, in order.

    A page calls :func:`vectorize` (through every topic function) several times on one frame,
    and reading its texts into Python strings and hashing them cost about half a second a
    call on ANT. Columns held as Arrow data (pandas' ``str`` columns) cannot change in place:
    an edit gives the column new data. So the digest is remembered for the very data it was
    computed from (the last :data:`_MEMORY_CACHE_SIZE` frames, whose data is kept alive
    meanwhile), and read again only for other data.
    """
    names = ["article_id", "title", "body"] if include_title else ["article_id", "body"]
    data = tuple(_arrow_data(articles, name) for name in names)
    frozen = all(column is not None for column in data)
    for seen, digest in _digests if frozen else ():
        if all(a is b for a, b in zip(seen, data, strict=True)):
            return digest
    ids = articles["article_id"].astype(str).tolist()
    bodies = articles["body"].fillna("").astype(str).tolist()
    columns = (ids, _titles(articles, include_title), bodies)
    stream = (item for row in zip(*columns, strict=True) for item in row)
    digest = content_key(len(ids), stream=stream)
    if frozen:
        _digests.append((data, digest))
        del _digests[:-_MEMORY_CACHE_SIZE]
    return digest


def _arrow_data(articles: pd.DataFrame, name: str) -> object | None:
    """The immutable Arrow data of column ``name`` ("absent" when the frame has none), or
    None when the column is held in a mutable array (NumPy objects)."""
    if name not in articles.columns:
        return "absent"
    array = articles[name].array
    return array.__arrow_array__() if isinstance(array, pd.arrays.ArrowExtensionArray) else None


class _TokenTally:
    """The analyzer as scikit-learn's ``CountVectorizer`` calls it, tallying on the way the raw
    tokens it splits, so the display forms need no second tokenising pass over the corpus: for
    the analyzers :class:`_TokenFirstCounts` does not take (n-grams, a subclass's own terms)."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.tokens: Counter[str] = Counter()
        # a subclass that changes what a text gives (its own __call__) is called as it is
        self.terms = analyzer.of_tokens if type(analyzer).__call__ is Analyzer.__call__ else None

    def __call__(self, text: str) -> list[str]:
        tokens = tokenize(text)
        self.tokens.update(tokens)
        return self.analyzer(text) if self.terms is None else self.terms(tokens)


class _TokenFirstCounts(CountVectorizer):
    """``CountVectorizer`` for an analyzer of single terms (the project's :class:`Analyzer`,
    unigrams) that counts each article's raw tokens first and maps them to terms after.

    An article's tokens are counted by :class:`collections.Counter` (in C); the Python work
    is then one step per distinct token of an article, not per word, and a token becomes its
    term once for the corpus: one sparse product of the article x token counts with a token x
    term map gives the article x term counts that scikit-learn's loop over every term would
    (the same arrays on ANT, in 0.7 of the time: ``benchmarks/topics_page_bench.py``). Only
    the counting step (``_count_vocab``) is replaced: validation, pruning (``min_df``,
    ``max_df``, ``max_features``) and the sorted vocabulary are scikit-learn's own. Each raw
    token with its term and its total (``token_tallies_``, in order of first appearance) comes
    with it, so the display forms need not ask the analyzer again.
    """

    def _count_vocab(self, raw_documents, fixed_vocab):
        if fixed_vocab:
            return super()._count_vocab(raw_documents, fixed_vocab)
        token_ids: defaultdict[str, int] = defaultdict()
        token_ids.default_factory = token_ids.__len__
        indices: list[int] = []
        values: list[int] = []
        indptr = [0]
        for text in raw_documents:
            counted = Counter(tokenize(text))
            indices.extend(map(token_ids.__getitem__, counted))
            values.extend(counted.values())
            indptr.append(len(indices))
        tokens = list(token_ids)
        by_token = sparse.csr_matrix(  # a dtype given, NumPy reads the lists 3.5x as fast
            (
                np.asarray(values, np.int64),
                np.asarray(indices, np.int64),
                np.asarray(indptr, np.int64),
            ),
            shape=(len(indptr) - 1, len(tokens)),
        )
        vocabulary: defaultdict[str, int] = defaultdict()
        vocabulary.default_factory = vocabulary.__len__
        rows, columns = [], []
        terms = list(map(self.analyzer.term, tokens))
        totals = by_token.sum(axis=0).A1.tolist()
        self.token_tallies_ = list(zip(tokens, terms, totals, strict=True))
        for row, term in enumerate(terms):
            if term is not None:
                rows.append(row)
                columns.append(vocabulary[term])
        if not vocabulary:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        to_terms = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.int64), (rows, columns)),
            shape=(len(tokens), len(vocabulary)),
        )
        counts = (by_token @ to_terms).tocsr()
        counts.sort_indices()
        return dict(vocabulary), counts


class DisplayForms(Mapping[str, str]):
    """Term -> its most frequent clitic-free spelling in the corpus, worked out when asked for.

    A page shows a few hundred of a matrix's terms (top terms of topics and clusters), not
    its tens of thousands (ANT: 26,000): working each spelling out only for a term that is
    shown, once, spares the matrix's build most of the cost of the display forms (about 2 of
    ANT's 7 CPU seconds), and every term shown reads exactly what a table of all of them
    would. Reading them all (iterating, ``len``, ``==``) works them all out.

    ``spellings`` gives each kept term the raw tokens the analyzer turns into it, with their
    counts in the corpus. The spelling keeps what the analyzer folds (hamza on alef, final
    ``ى``) but drops diacritics, tatweel and the stripped clitics: ``عقوب`` -> ``عقوبات``,
    ``اسعار`` -> ``أسعار``. Ties go to the alphabetically first word, so the mapping is
    deterministic. A term none of whose tokens keeps a clitic-free word has no form.
    """

    def __init__(self, spellings: dict[str, list[tuple[str, int]]], analyzer: Analyzer) -> None:
        self._spellings = spellings
        self._fold = analyzer.normalize_options
        self._unstemmed = Analyzer(
            stem="clitics",
            stopwords=False,
            min_length=1,
            keep_numbers=True,
            normalize_options=analyzer.normalize_options,
            protected=analyzer.protected,
            names=analyzer.names,
        )
        self._forms: dict[str, str | None] = {}

    def _form(self, term: str) -> str | None:
        if term not in self._forms:
            surfaces: Counter[str] = Counter()
            for token, n in self._spellings.get(term, ()):
                bare = self._unstemmed.term(token)
                if bare is None:
                    continue
                # Folding maps letters one to one, so the clitic-free word ends both spellings.
                plain = normalize(token, **_MARKS_ONLY)
                folded = normalize(plain, **self._fold)
                aligned = len(folded) == len(plain) and folded.endswith(bare)
                surfaces[plain[len(plain) - len(bare) :] if aligned else bare] += n
            best = min(surfaces.items(), key=lambda item: (-item[1], item[0]), default=None)
            self._forms[term] = None if best is None else best[0]
        return self._forms[term]

    def __getitem__(self, term: str) -> str:
        form = self._form(term) if term in self._spellings else None
        if form is None:
            raise KeyError(term)
        return form

    def __iter__(self) -> Iterator[str]:
        return (term for term in self._spellings if self._form(term) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _display_forms(
    tallies: Iterable[tuple[str, str | None, int]], analyzer: Analyzer, words: set[str]
) -> DisplayForms:
    """The display forms of the terms of ``words`` (the unigrams of the kept vocabulary).

    ``tallies`` gives each raw token of the corpus with its term (``analyzer.term``) and its
    count; only those whose term is one of ``words`` are kept, grouped by term.
    """
    spellings: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for token, term, n in tallies:
        if term in words:
            spellings[term].append((token, n))
    return DisplayForms(dict(spellings), analyzer)


def topic_analyzer() -> Analyzer:
    """The analyzer topic clusters read by default: light stems, and one term per token (no
    names merged), so the matrix's columns are the tokens' own terms."""
    return Analyzer(stem="light", names=False)


def vectorize(
    articles: pd.DataFrame,
    analyzer: Analyzer | None = None,
    *,
    min_df: int | float = 2,
    max_df: int | float = 0.5,
    max_features: int | None = None,
    sublinear_tf: bool = True,
    include_title: bool = True,
    cache_dir: str | Path | bool | None = None,
) -> DocumentTerms:
    """Count the analyzer's terms in every article and weight them by TF-IDF.

    Results are cached by a key of everything that changes them: the corpus (ids and texts),
    all settings, the analyzer's configuration and the code of this module and of the
    analyzer. In memory for the session (the last two), and on disk when ``cache_dir`` asks
    (see :mod:`helpers.cache`: bounded, least recently used out; an unreadable entry is
    rebuilt). The same input always gives the same matrix, cached or not.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique) and ``body``; ``title`` is read too when present.
    analyzer : Analyzer, optional
        Defaults to ``Analyzer(stem="light", names=False)``: light stems merge plural, feminine
        and possessive forms, which sharpens topics on short news texts; tokens are counted one
        by one (:class:`_TokenFirstCounts`), so multiword names stay words.
    min_df, max_df : int or float
        Drop terms in fewer than ``min_df`` articles (rare names, typos) or in more than
        ``max_df`` (a share when float) of them (words every article uses).
    max_features : int, optional
        Keep only the most frequent terms.
    sublinear_tf : bool, default True
        Use ``1 + log(tf)``, so a word repeated in one long article does not dominate it.
    include_title : bool, default True
        Read the ``title`` column before the body when the frame has one.
    cache_dir : path or bool, optional
        ``True``: keep the matrix on disk in the user cache folder
        (:func:`helpers.cache.user_cache_dir`, e.g. ``~/.cache/arabic-news-notebooks``); a
        path: in that folder; ``None`` or ``False`` (default): in memory only.

    Returns
    -------
    DocumentTerms

    Raises
    ------
    ValueError
        When the frame lacks columns, has duplicate ids, or no term survives the pruning.
    """
    check_articles(articles)
    analyzer = analyzer or topic_analyzer()
    settings = (
        analyzer.settings(),
        min_df,
        max_df,
        max_features,
        sublinear_tf,
    )
    key = _cache_key(_corpus_digest(articles, include_title), analyzer, settings)
    kept = _memory_cache.get(key)
    if kept is not None:
        return kept

    def build() -> DocumentTerms:
        ids = articles["article_id"].astype(str).tolist()
        titles = _titles(articles, include_title)
        bodies = articles["body"].fillna("").astype(str).tolist()
        return _build_document_terms(
            ids,
            titles,
            _texts(titles, bodies),
            analyzer,
            min_df,
            max_df,
            max_features,
            sublinear_tf,
            key,
        )

    disk = disk_cache(cache_dir)
    result = build() if disk is None else disk.get_or_build("document-terms", key, build)
    _memory_cache.put(key, result)
    return result


def _build_document_terms(
    ids: list[str],
    titles: list[str],
    texts: list[str],
    analyzer: Analyzer,
    min_df: int | float,
    max_df: int | float,
    max_features: int | None,
    sublinear_tf: bool,
    key: str,
) -> DocumentTerms:
    options = {"min_df": min_df, "max_df": max_df, "max_features": max_features}
    single_terms = (  # an analyzer whose terms are its tokens' own: no n-grams, no names
        analyzer.ngram_range == (1, 1)
        and type(analyzer).__call__ is Analyzer.__call__
        and not analyzer.names
    )
    tally = None if single_terms else _TokenTally(analyzer)  # n-grams, an analyzer of its own
    if tally is None:
        counter = _TokenFirstCounts(analyzer=analyzer, **options)
    else:
        counter = CountVectorizer(analyzer=tally, **options)
    try:
        counts = counter.fit_transform(texts).tocsr()
    except ValueError as error:  # sklearn: empty vocabulary, or max_df below min_df
        raise ValueError(
            f"no terms left for {len(texts)} article(s) with min_df={min_df}, max_df={max_df}: "
            f"{error}. Lower min_df or raise max_df (a small corpus needs min_df=1)."
        ) from error
    title_counts = CountVectorizer(analyzer=analyzer, vocabulary=counter.vocabulary_)
    tfidf = TfidfTransformer(sublinear_tf=sublinear_tf).fit_transform(counts).tocsr()
    terms = counter.get_feature_names_out()
    used = {word for term in terms for word in term.split(" ")}
    return DocumentTerms(
        article_ids=np.asarray(ids, dtype=object),
        terms=terms,
        counts=counts,
        title_counts=title_counts.transform(titles).tocsr(),
        tfidf=tfidf,
        sublinear_tf=sublinear_tf,
        display=_display_forms(
            counter.token_tallies_
            if tally is None
            else ((token, analyzer.term(token), n) for token, n in tally.tokens.items()),
            analyzer,
            used,
        ),
        key=key,
    )


# --------------------------------------------------------------------------- shared checks


def check_k(k: int, dtm: DocumentTerms, what: str) -> None:
    """Raise ``ValueError`` unless ``k`` groups can be fitted on ``dtm`` (``what``: their name)."""
    n_docs, n_terms = dtm.tfidf.shape
    if not isinstance(k, int | np.integer) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    if k > n_docs or k > n_terms:
        raise ValueError(
            f"k={k} {what} cannot be fitted on {n_docs} article(s) with {n_terms} term(s); "
            f"choose k <= {min(n_docs, n_terms)}"
        )


def labels_from_terms(top_words: list[list[str]], n_words: int = 3) -> list[str]:
    """One readable label per group, its first words joined by an Arabic comma; unique."""
    labels: list[str] = []
    for words in top_words:
        label = "، ".join(words[:n_words]) or "—"
        while label in labels:
            label = f"{label} ·"
        labels.append(label)
    return labels

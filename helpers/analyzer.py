"""The one Analyzer: text -> terms, the same way for frequency, stance and topics.

It puts the text layer (:mod:`helpers.arabic`, :mod:`helpers.clitics`) together: tokenise the
raw text, then map each token once through normalisation, clitic stripping, stemming and the
stopword list, keeping the result in a bounded cache, so a long corpus costs little more than
its vocabulary.

A name is one term, as a reader counts it (``names=True``, the default): the spellings of one
name that normalisation does not fold (``ترمب``, ``ترامب``) count as the first spelling listed in
``helpers/data/names.toml``, and a multiword name of the actor gazetteer or of that table
(``الأمم المتحدة``, ``بي بي سي``) is one term instead of words that mean nothing alone.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from itertools import compress, count

from helpers.arabic import (  # the text layer's internals the Analyzer composes
    _TOKEN_RE,
    _gazetteer_names,
    _normalized_list,
    _normalizer_for,
)
from helpers.clitics import (
    CONJUNCTIONS,
    PREPOSITION_CLITICS,
    _check_level,
    _protected_list,
    _protection,
    _stem,
    behind_clitics,
)

__all__ = ["TERM_CACHE_SIZE", "Analyzer"]


# --------------------------------------------------------------------------- analyzer


_ONE_LETTER_CLITICS = CONJUNCTIONS + PREPOSITION_CLITICS  # و ف ب ل ك

TERM_CACHE_SIZE = 1 << 19
"""Most raw tokens an :class:`Analyzer` remembers (about 100 MB; all of ANT holds 232,326)."""


@cache
def _name_table() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """``helpers/data/names.toml``: (one spelling, its other spellings) pairs, and the multiword
    names (the gazetteer's aliases of more than one word, except those the table splits, and the
    table's own phrases), as written."""
    raw = resources.files("helpers.data").joinpath("names.toml").read_text(encoding="utf-8")
    table = tomllib.loads(raw)
    variants = tuple((name, tuple(others)) for name, others in table["variants"].items())
    split = set(table["names"]["split"])
    gazetteer = (alias for alias in _gazetteer_names() if alias not in split)
    phrases = tuple(dict.fromkeys([*gazetteer, *table["names"]["phrases"]]))
    return variants, tuple(p for p in phrases if len(_TOKEN_RE.findall(p)) > 1)


class _TermCache(dict):
    """Raw token -> its term ("" when dropped), computed on first sight, at most ``size`` kept.

    Two generations bound it: the dict itself (hits are a plain dict lookup, as fast as an
    unbounded cache) and the previous one. When the current generation holds ``size // 2``
    tokens (``generation``), it becomes the previous one and a new one starts; a token found
    only in the previous generation moves back. So recently used tokens stay, and a vocabulary
    larger than the bound costs memory for ``size`` tokens only.
    """

    def __init__(self, compute: Callable[[str], str], size: int) -> None:
        super().__init__()
        self.compute = compute
        self.generation = max(size // 2, 1)
        self.previous: dict[str, str] = {}

    def __missing__(self, token: str) -> str:
        term = self.previous.get(token)
        if term is None:
            term = self.compute(token)
        if len(self) >= self.generation:
            self.previous = dict(self)
            self.clear()
        self[token] = term
        return term


class Analyzer:
    """Text -> list of terms, the same way for every analysis.

    Bundles the normalisation flags, the stopword list, the stem level and the n-gram range.
    An instance is a plain callable, so it can be handed to scikit-learn
    (``CountVectorizer(analyzer=Analyzer())``), pickled, and shared by frequency, stance and
    topic code. It tokenises the raw text and maps each token through a cache of its
    normalised, stemmed term, so a long corpus costs little more than its vocabulary.

    Parameters
    ----------
    stem : {None, "clitics", "light"}, default "clitics"
        See :func:`~helpers.clitics.stem`. ``"clitics"`` keeps terms readable, the default for
        the notebooks.
    stopwords : bool or iterable of str, default True
        ``True`` drops :data:`STOPWORDS`; an iterable replaces the list; ``False`` keeps all.
        A token is a stopword also behind clitics (``وفي``, ``بأن``, ``وهذا``).
    ngram_range : (int, int), default (1, 1)
        Term n-grams built from consecutive kept terms, joined with a space.
    min_length : int, default 2
        Shorter terms (after stemming) are dropped.
    keep_numbers : bool, default False
        Whether number tokens are terms (normalised to ASCII digits).
    normalize_options : dict, optional
        Flags passed to :func:`normalize`; stopwords and protected words are normalised the
        same way.
    protected : iterable of str
        Extra words that stemming must not cut, on top of :data:`~helpers.clitics.PROTECTED_WORDS`.
    names : bool, default True
        Count each name as one term: its spelling variants (``helpers/data/names.toml``) as
        one spelling, and a multiword name (the gazetteer's, the table's) as one term written
        as the name, normalised and with its words joined by a space (``الامم المتحدة``).
        :meth:`term` and :meth:`terms` read single tokens: they merge variants, not phrases;
        :meth:`term_spans` reads names as the counts do, for the concordance.

    Notes
    -----
    Latin words are lower-cased. ``Analyzer()`` is the configuration the notebooks use.
    """

    def __init__(
        self,
        *,
        stem: str | None = "clitics",
        stopwords: bool | Iterable[str] = True,
        ngram_range: tuple[int, int] = (1, 1),
        min_length: int = 2,
        keep_numbers: bool = False,
        normalize_options: dict | None = None,
        protected: Iterable[str] = (),
        names: bool = True,
    ) -> None:
        _check_level(stem)
        low, high = ngram_range
        if not 1 <= low <= high:
            raise ValueError(
                f"ngram_range must be (low, high) with 1 <= low <= high: {ngram_range}"
            )
        self.stem = stem
        self.ngram_range = (low, high)
        self.min_length = min_length
        self.keep_numbers = keep_numbers
        self.names = names
        self.normalize_options = dict(normalize_options or {})
        self._norm = _normalizer_for(**self.normalize_options)  # TypeError on an unknown flag
        options = tuple(sorted(self.normalize_options.items()))
        self.protected = _protected_list(options).union(self._norm(w) for w in protected)
        if stopwords is True:
            self.stopwords = _normalized_list("stopwords_ar.txt", options)
        elif stopwords is False:
            self.stopwords = frozenset()
        else:
            self.stopwords = frozenset(self._norm(w) for w in stopwords)
        self._start_caches()

    def _start_caches(self) -> None:
        """Derived state, rebuilt rather than pickled: normaliser, protected forms, stopwords
        behind clitics (``وفي``, ``بأن``, ``للذين``) and the empty term cache."""
        self._norm = _normalizer_for(**self.normalize_options)
        self._forms = _protection(self.protected)
        self._stopword_forms = behind_clitics(self.stopwords)
        self._variants: dict[str, str] = {}
        self._terms = _TermCache(self._analyse, TERM_CACHE_SIZE)
        self._keys = _TermCache(self._name_key, TERM_CACHE_SIZE)
        self._trie: dict = {}  # key of a name's first word -> key of the next ... -> None: term
        self._forms_of: dict[str, list[tuple[str, ...]]] = {}  # name's term -> keys of its forms
        self._starts: set[str] = set()  # tokens seen whose key starts a multiword name
        if self.names:
            self._learn_names()

    def _learn_names(self) -> None:
        """Fill the variant map (term of a spelling -> term of its name), the trie of the
        multiword names (keys of their words -> the name's term) and each name's forms."""
        variants, phrases = _name_table()
        canonical: dict[tuple[str, ...], str] = {}
        for name, others in variants:
            for spelling in (name, *others):
                words = tuple(map(self._name_key, _TOKEN_RE.findall(spelling)))
                canonical[words] = " ".join(map(self._norm, name.split()))
                term, spelled = self._analyse(name), self._analyse(spelling)
                if len(words) == 1 and term and spelled and spelled != term:
                    self._variants[spelled] = term
        written = {
            tuple(map(self._name_key, _TOKEN_RE.findall(p))): " ".join(map(self._norm, p.split()))
            for p in phrases
        }
        written.update((words, name) for words, name in canonical.items() if len(words) > 1)
        for words, term in written.items():
            node = self._trie
            for key in words:
                node = node.setdefault(key, {})
            node[None] = term
            self._forms_of.setdefault(term, []).append(words)
        self._terms.clear()
        self._keys.clear()
        self._starts.clear()

    def settings(self) -> tuple:
        """Everything that decides the terms, for cache keys: class, options, word lists."""
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            self.stem,
            self.ngram_range,
            self.min_length,
            self.keep_numbers,
            sorted(self.normalize_options.items()),
            sorted(self.protected),
            sorted(self.stopwords),
            sorted(self._variants.items()),
            sorted(map(repr, self._forms_of.items())),
        )

    def __getstate__(self) -> dict:
        derived = ("_terms", "_forms", "_norm", "_stopword_forms", "_variants", "_keys",
                   "_starts", "_trie", "_forms_of")  # fmt: skip
        return {k: v for k, v in self.__dict__.items() if k not in derived}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._start_caches()

    def __repr__(self) -> str:
        return (
            f"Analyzer(stem={self.stem!r}, ngram_range={self.ngram_range}, "
            f"stopwords={len(self.stopwords)} words, protected={len(self.protected)} words, "
            f"names={self.names})"
        )

    def _analyse(self, token: str) -> str:
        """The term a raw token counts as, or "" when it is dropped; a name's variant spelling
        counts as the name."""
        word = self._norm(token)  # once: the name test and the term read the same word
        if self._trie and self._may_start_name(word) and self._name_key(token) in self._trie:
            self._starts.add(token)
        term = self._analysed(word)
        return self._variants.get(term, term)

    def _may_start_name(self, word: str) -> bool:
        """Whether the normalised word, without up to four letters of clitics, is a name's first
        word: a cheap look before the clitic stripping of :meth:`_name_key`."""
        first = self._trie  # its keys: the first words of the names
        return (
            word in first or word[1:] in first or word[2:] in first or word[3:] in first
            or word[4:] in first
        )  # fmt: skip

    def _name_key(self, token: str) -> str:
        """What a word of a multiword name is matched by: normalised, clitics off, kept even
        when a stopword (``في`` in ``منظمة الأمن والتعاون في أوروبا``)."""
        word = self._norm(token)
        if not word or not "\u0600" <= word[0] <= "\u06ff":
            return word.lower()
        key = _stem(word, "clitics", self._forms)
        if key not in self._trie and key[0] in _ONE_LETTER_CLITICS and key[1:] in self._trie:
            return key[1:]  # a clitic the stemmer leaves on a short word (وبي بي سي)
        return key

    def _analysed(self, word: str) -> str:
        """The term of a normalised token (see :meth:`_analyse`), before the variant map."""
        if not word[0].isalpha():
            return word if self.keep_numbers else ""
        if not "\u0600" <= word[0] <= "\u06ff":
            word = word.lower()
            return word if len(word) >= self.min_length and word not in self.stopwords else ""
        if word in self._stopword_forms:
            return ""
        term = _stem(word, self.stem, self._forms)
        if len(term) < self.min_length or term in self.stopwords:
            return ""
        return term

    def term(self, token: str) -> str | None:
        """The term one raw token counts as (``None`` when dropped); cached."""
        return self._terms[token] or None

    def terms(self, text: str) -> list[str]:
        """Unigram terms of ``text``: normalised, clitic-stripped or stemmed, stopwords out."""
        return list(filter(None, map(self._terms.__getitem__, _TOKEN_RE.findall(text))))

    def __call__(self, text: str) -> list[str]:
        return self.of_tokens(_TOKEN_RE.findall(text))

    def of_tokens(self, tokens: list[str]) -> list[str]:
        """What ``self(text)`` gives for the text whose tokens these are (``tokenize(text)``):
        for a caller that reads the tokens for something else too, so the text is split once."""
        words = list(filter(None, self._named(tokens)))
        low, high = self.ngram_range
        if high == 1:
            return words
        grams = words if low == 1 else []
        for n in range(max(low, 2), high + 1):
            grams.extend(map(" ".join, zip(*(words[i:] for i in range(n)), strict=False)))
        return grams

    def spellings(self, term: str) -> tuple[str, ...]:
        """``term`` and the terms of the spellings that count as it (``ترامب``: ``ترامب``,
        ``ترمب``): what a text holding the term may hold instead, as analysed."""
        return (term, *(spelled for spelled, name in self._variants.items() if name == term))

    def term_spans(self, tokens: list[str]) -> tuple[list[str], list[int], list[int]]:
        """The unigram terms of the text whose tokens these are, as the counts read them (a
        multiword name one term), each with the index of its first and of its last token.

        >>> Analyzer().term_spans(["زار", "الأمم", "المتحدة"])
        (['زار', 'الامم المتحدة'], [0, 1], [0, 2])
        """
        after: dict[int, int] = {}
        words = self._named(tokens, after)
        firsts = list(compress(count(), words))
        lasts = [after[i] - 1 for i in firsts] if after else firsts
        return list(filter(None, words)), firsts, lasts

    def name_forms(self, term: str) -> list[tuple[str, ...]]:
        """The keys of the words of every form that reads as the multiword name ``term`` (none
        for any other term): a text holding the name holds all the words of one form."""
        return self._forms_of.get(term, [])

    def _named(self, tokens: list[str], after: dict[int, int] | None = None) -> list[str]:
        """The term of each token ("" when dropped), a multiword name's term on its first word
        and "" on the others (longest name first, names do not overlap). ``after``, when given,
        maps the first token of each term to the token after its last."""
        words = list(map(self._terms.__getitem__, tokens))  # finds the tokens that start names
        if after is not None:
            kept = list(compress(count(), words))
            after.update(zip(kept, map((1).__add__, kept), strict=True))
        if not self._starts or self._starts.isdisjoint(tokens):
            return words
        keys, n = self._keys, len(tokens)
        free = 0  # the first token not inside a name already read
        for i in compress(count(), map(self._starts.__contains__, tokens)):  # in C: a name's start
            if i < free:
                continue
            node, j, term = self._trie[keys[tokens[i]]], i + 1, None
            while j < n and (node := node.get(keys[tokens[j]])) is not None:  # the longest name
                j += 1
                if None in node:
                    free, term = j, node[None]
            if term is not None:
                words[i:free] = [term] + [""] * (free - i - 1)
                if after is not None:
                    after[i] = free
                    for k in range(i + 1, free):
                        after.pop(k, None)
        return words

    def pipe(self, texts: Iterable[str], n_jobs: int = 1) -> list[list[str]]:
        """Analyse many texts, optionally on several processes.

        Parameters
        ----------
        texts : iterable of str
        n_jobs : int, default 1
            Worker processes (at most the number of cores). Measured on the whole ANT corpus
            (31k articles, 2 busy cores) two processes took 0.71x the speed of one: each worker
            rebuilds the term cache and every term list travels back by pickling, which costs
            more than the analysis itself. Try it on an idle many-core machine only.

        Returns
        -------
        list of list of str
            ``[self(text) for text in texts]``, in order.
        """
        texts = list(texts)
        n_jobs = max(1, min(n_jobs, os.cpu_count() or 1, len(texts)))
        if n_jobs == 1:
            return list(map(self, texts))
        size = -(-len(texts) // (n_jobs * 4))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        with ProcessPoolExecutor(n_jobs, initializer=_start_worker, initargs=(self,)) as pool:
            return [terms for part in pool.map(_analyse_in_worker, chunks) for terms in part]


_worker_analyzer: Analyzer | None = None


def _start_worker(analyzer: Analyzer) -> None:
    """Give a worker process its own copy of the analyzer (and so its own term cache)."""
    global _worker_analyzer
    _worker_analyzer = analyzer


def _analyse_in_worker(texts: list[str]) -> list[list[str]]:
    return list(map(_worker_analyzer, texts))

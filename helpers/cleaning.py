"""Boilerplate removal and duplicate detection for news article bodies.

News pages carry text that is not the article: ``اقرأ/ي أيضًا`` links followed by the title of a
related article, photo credits such as ``(Getty)``, HTML left over from scraping, zero-width
characters, and pull quotes, a sentence of the article repeated in large type (often with
no-break spaces where the original had spaces). Counting words over such bodies counts the
lead paragraph twice and the related titles once each, so it is cleaned away here.

What counts as a paragraph: every non-empty line. The sources we read (the plain-text layout
of ``corpus/``, ANT's ``<TEXT>``, CSV/JSON exports) put one paragraph per line, sometimes with
blank lines between; a cleaned body joins its paragraphs with one blank line.

What is removed, and nothing else:

* a read-also line (``اقرأ/ي أيضًا``, ``اقرأ أيضا``, ``إقرأ أيضاً``, ``شاهد أيضا``...). If the
  line holds only the marker, the related titles on the following lines go with it: up to
  :data:`MAX_RELATED_TITLES` short lines (at most :data:`MAX_TITLE_WORDS` words) that do not
  end a sentence with ``.`` or ``!``;
* photo credits in parentheses at the end of a line, where captions carry them (``(Getty)``,
  ``(AFP)``, ``(رويترز)``, ``(تصوير: ...)``), and lines that are only a credit; an agency in
  parentheses inside a line is a dateline or an attribution (``موسكو (رويترز) -``) and stays;
* HTML tags, comments, scripts and entities (block tags become line breaks), zero-width and
  bidi control characters; no-break spaces become spaces;
* a pull quote: a paragraph of at least :data:`MIN_REPEAT_WORDS` words whose comparison text
  (see :func:`comparison_text`) occurs, on word boundaries (a leading ``و``/``ف`` allowed),
  inside a different paragraph, or equals another paragraph up to edge punctuation (the
  fullest copy stays, the first of equals).

Duplicates across articles are found by :func:`find_duplicates` and marked, never dropped:
exact duplicates share a comparison text (compared by digest); near duplicates have a
Jaccard similarity of their word 5-gram sets of at least ``threshold``. Candidates come from
MinHash signatures with locality-sensitive hashing (numpy); every candidate pair is then
checked with its exact Jaccard similarity, so a reported similarity is never an estimate.
The search keeps per article only :class:`Fingerprints` (a digest and a signature), made a
batch at a time, so it never holds a second copy of the corpus' text.
"""

from __future__ import annotations

import hashlib
import html
import re
import zlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain

import numpy as np
import pandas as pd

from helpers.arabic import DIACRITICS, INVISIBLE, normalize
from helpers.clitics import CONJUNCTIONS

__all__ = [
    "MAX_RELATED_TITLES",
    "MAX_TITLE_WORDS",
    "MIN_REPEAT_WORDS",
    "Fingerprints",
    "clean_bodies",
    "clean_body",
    "clean_title",
    "comparison_text",
    "find_duplicates",
]

MIN_REPEAT_WORDS = 5
"""Shorter paragraphs are never treated as pull quotes (a short line can recur by chance)."""

MAX_RELATED_TITLES = 3
"""At most this many related-article titles are removed after a bare read-also marker."""

MAX_TITLE_WORDS = 20
"""A line longer than this is prose, not a related-article title."""

_MARKS = re.escape(DIACRITICS)
_READ_ALSO = re.compile(
    rf"^[\s\-–—•●▪*>]*(?:[اإأ]ق[{_MARKS}]*ر[{_MARKS}]*[أاءئ]?[{_MARKS}]*(?:\s*/\s*ي|ي)?"
    rf"|طالع(?:\s*/\s*ي|ي)?|شاهد(?:\s*/\s*ي|ي)?)"
    rf"\s+(?:[أا]ي[{_MARKS}]*ض[{_MARKS}]*ا?[{_MARKS}]*|المزيد)(?![\u0621-\u064a])\s*[:：\-–—]?\s*"
)
_AGENCIES = (
    "Getty Images",
    "Getty",
    "AFP",
    "Reuters",
    "AP",
    "EPA",
    "Anadolu",
    "Shutterstock",
    "iStock",
    "Xinhua",
    "فرانس برس",
    "فرانس پرس",
    "أ ف ب",
    "أ.ف.ب",
    "رويترز",
    "الأناضول",
    "غيتي",
    "جيتي",
    "أسوشيتد برس",
    "شينخوا",
)
_AGENCY = "|".join(re.escape(a).replace(r"\ ", r"\s*") for a in _AGENCIES)
_CREDIT_BODY = (
    rf"(?:(?:{_AGENCY})(?:\s*[/|،,+\-]\s*[^()\n]{{1,40}}?)?"
    r"|(?:الصورة|صورة|تصوير|المصدر|Photo|Image)\s*[:：]\s*[^()\n]{1,60}?)"
)
_PHOTO_CREDIT = re.compile(rf"\s*\(\s*{_CREDIT_BODY}\s*\)\s*$", re.IGNORECASE)
_CREDIT_ONLY = re.compile(rf"^\s*(?:{_AGENCY})\s*$", re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/tr|/blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SENTENCE_END = re.compile(r"[.!]\s*[\"'»”)]*$")
_QUOTE_EDGES = " .,;:!?\"'()[]{}«»“”‘’-–—…،؛؟"


def comparison_text(text: str) -> str:
    """``text`` as compared for repeats and duplicates.

    :func:`helpers.arabic.normalize` with its defaults (diacritics, tatweel, alef forms,
    invisible characters and no-break spaces folded), then runs of white space collapsed to
    one space in each line; line breaks are kept, so lines stay aligned with the input.
    """
    return _collapse_spaces(normalize(text))


def _collapse_spaces(text: str) -> str:
    if "  " not in text and "\t" not in text and " \n" not in text and "\n " not in text:
        if not text[:1].isspace() and not text[-1:].isspace():
            return text  # the common case: already one space between words
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def clean_title(text: object) -> str | None:
    """A title or caption without markup, invisible characters or a trailing photo credit."""
    if not isinstance(text, str):
        return None
    line = " ".join(_strip_markup(text).split())
    return _PHOTO_CREDIT.sub("", line).strip() or None


def clean_body(text: object) -> str:
    """The article text without boilerplate, paragraphs separated by one blank line.

    See the module docstring for exactly what is removed. Non-strings give ``""``.
    """
    body, _ = _clean_with_comparison(text)
    return body


def clean_bodies(texts: Iterable[object]) -> tuple[list[str], list[str]]:
    """Clean many bodies; also return each cleaned body's :func:`comparison_text`.

    The comparison texts are what :func:`find_duplicates` compares, so passing them on
    saves normalising the corpus twice.
    """
    bodies: list[str] = []
    comparisons: list[str] = []
    for text in texts:
        body, comparison = _clean_with_comparison(text)
        bodies.append(body)
        comparisons.append(comparison)
    return bodies, comparisons


def _clean_with_comparison(text: object) -> tuple[str, str]:
    if not isinstance(text, str):
        return "", ""
    lines = (" ".join(line.split()) for line in _strip_markup(text).splitlines())
    paragraphs = _drop_boilerplate(line for line in lines if line)
    if not paragraphs:
        return "", ""
    keys = comparison_text("\n".join(paragraphs)).split("\n")
    kept = _drop_repeats(keys)
    return "\n\n".join(paragraphs[i] for i in kept), "\n".join(keys[i] for i in kept)


def _strip_markup(text: str) -> str:
    """Remove HTML (block tags become line breaks), entities and invisible characters."""
    if "<" in text:
        text = _TAG.sub("", _BLOCK_TAG.sub("\n", _SCRIPT.sub("", text)))
    if "&" in text:
        text = html.unescape(text)
    return _INVISIBLE.sub("", text)


def _drop_boilerplate(lines: Iterable[str]) -> list[str]:
    """Drop read-also lines (with the titles after a bare marker) and photo credits."""
    kept: list[str] = []
    titles_to_drop = 0
    for line in lines:
        marker = _READ_ALSO.match(line)
        if marker:
            bare = len(line[marker.end() :].split()) < 2
            titles_to_drop = MAX_RELATED_TITLES if bare else 0
            continue
        if titles_to_drop and _looks_like_title(line):
            titles_to_drop -= 1
            continue
        titles_to_drop = 0
        if line.endswith(")"):
            line = _PHOTO_CREDIT.sub("", line)
        if line and not _CREDIT_ONLY.match(line):
            kept.append(line)
    return kept


def _looks_like_title(line: str) -> bool:
    return len(line.split()) <= MAX_TITLE_WORDS and not _SENTENCE_END.search(line)


def _drop_repeats(keys: list[str]) -> list[int]:
    """Indices of the paragraphs to keep: pull quotes and repeated paragraphs go.

    ``keys`` are the paragraphs' comparison texts. A pull quote may lose its final full
    stop, gain quotation marks, or leave out the conjunction its sentence starts with in the
    body (``في مؤشر`` quoting ``وفي مؤشر``); all of these still count as a repeat. Two
    paragraphs that differ only in such edges are copies: the fullest (longest) one stays,
    the first of equals.
    """
    cores = [key.strip(_QUOTE_EDGES) for key in keys]
    keeper: dict[str, int] = {}
    for i, core in enumerate(cores):
        if core not in keeper or len(keys[i]) > len(keys[keeper[core]]):
            keeper[core] = i
    everything = "\n".join(keys)
    starts: list[int] = []
    kept: list[int] = []
    for i, core in enumerate(cores):
        repeat = False
        if core.count(" ") + 1 >= MIN_REPEAT_WORDS:
            repeat = keeper[core] != i
            at = everything.find(core)
            if not repeat and everything.find(core, at + 1) != -1:  # not only its own line
                starts = starts or list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
                repeat = _inside_other(core, everything, starts, cores)
        if not repeat:
            kept.append(i)
    return kept


def _inside_other(core: str, everything: str, starts: list[int], cores: list[str]) -> bool:
    """Whether ``core`` occurs on word boundaries in a line whose core is a different text."""
    at = everything.find(core)
    while at != -1:
        line = bisect_right(starts, at) - 1
        if cores[line] != core and _word_bounded(everything, at, at + len(core)):
            return True
        at = everything.find(core, at + 1)
    return False


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else "\n"
    if before in CONJUNCTIONS:  # a conjunction glued to the quoted sentence's first word
        before = text[start - 2] if start > 1 else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in " \n" and not after.isalnum()


def find_duplicates(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.8,
    shingle_size: int = 5,
    within: str | None = "outlet",
    comparison_texts: Iterable[str] | None = None,
    fingerprints: Fingerprints | None = None,
) -> pd.DataFrame:
    """Find exact and near duplicates; the first article of each group is the one kept.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``; row order decides which copy is first.
    threshold : float, default 0.8
        Minimum Jaccard similarity of word ``shingle_size``-gram sets for a near duplicate.
    shingle_size : int, default 5
        Words per shingle. Articles shorter than this are only compared exactly.
    within : str or None, default "outlet"
        Only compare articles with the same value in this column (missing values form one
        group). By default a story republished by two outlets stays in both: each outlet's
        choice to run it is what an outlet comparison measures. ``None`` compares everything.
    comparison_texts : iterable of str, optional
        :func:`comparison_text` of each body, as returned by :func:`clean_bodies`; by
        default computed from ``body`` a batch at a time.
    fingerprints : Fingerprints, optional
        :class:`Fingerprints` of the comparison texts, made while cleaning (as
        :func:`helpers.corpus.load_corpus` does): the search then needs no comparison text
        except those of candidate pairs, recomputed from ``body``. It holds per article a
        digest and a 64-value signature, never a second copy of the corpus' text.

    Returns
    -------
    DataFrame
        One row per duplicate: ``article_id``, ``duplicate_of`` (a kept article's id),
        ``kind`` (``"exact"`` or ``"near"``) and ``similarity`` (exact Jaccard, 1.0 for exact).
    """
    texts = None if comparison_texts is None else _texts_series(comparison_texts)
    if fingerprints is None:
        source = texts if texts is not None else articles.body.reset_index(drop=True)
        prepare = None if texts is not None else _comparison_or_empty
        fingerprints = Fingerprints.of_batches(_batches(source, prepare), shingle_size)
    groups = _group_codes(articles, within)
    duplicate_of = np.full(len(articles), -1, dtype=np.int64)
    similarity = np.zeros(len(articles))

    first_with: dict[tuple[int, bytes], int] = {}
    for i, (group, digest) in enumerate(zip(groups.tolist(), fingerprints.digests, strict=True)):
        if digest:
            original = first_with.setdefault((group, digest), i)
            if original != i:
                duplicate_of[i] = original
    del first_with
    exact = duplicate_of >= 0
    similarity[exact] = 1.0

    def text_at(i: int) -> str:
        if texts is not None:
            return texts.iat[i]
        return _comparison_or_empty(articles.body.iat[i])

    candidates = np.flatnonzero(~exact)
    shingles = _Shingles(fingerprints.signature[candidates], fingerprints.n_shingles[candidates])
    for a, b in shingles.candidate_pairs(groups[candidates]):
        first_i, later = int(candidates[a]), int(candidates[b])
        if duplicate_of[first_i] != -1 or duplicate_of[later] != -1:
            continue
        jaccard = _jaccard(text_at(first_i), text_at(later), shingle_size)
        if jaccard >= threshold:
            duplicate_of[later] = first_i
            similarity[later] = jaccard
    # an exact copy of an article that turned out to be a near duplicate follows it
    chained = np.flatnonzero(exact)
    chained = chained[duplicate_of[duplicate_of[chained]] >= 0]
    similarity[chained] = similarity[duplicate_of[chained]]
    exact[chained] = False
    duplicate_of[chained] = duplicate_of[duplicate_of[chained]]

    found = np.flatnonzero(duplicate_of >= 0)
    ids = articles.article_id.to_numpy()
    return pd.DataFrame(
        {
            "article_id": ids[found],
            "duplicate_of": ids[duplicate_of[found]],
            "kind": np.where(exact[found], "exact", "near"),
            "similarity": similarity[found].round(3),
        }
    )


def _texts_series(texts: Iterable[str]) -> pd.Series:
    """Texts as a Series that can be read twice and by position."""
    if isinstance(texts, pd.Series):
        return texts.reset_index(drop=True)
    return pd.Series(list(texts), dtype=object)


def _comparison_or_empty(body: object) -> str:
    return comparison_text(body) if isinstance(body, str) else ""


def _batches(texts: pd.Series, prepare=None, size: int = 2048) -> Iterable[list[str]]:
    """``texts`` as lists of Python strings, ``size`` at a time (iterating an Arrow-backed
    Series directly would make every Python string at once)."""
    for first in range(0, len(texts), size):
        batch = texts.iloc[first : first + size].tolist()
        yield [prepare(t) for t in batch] if prepare else batch


def _jaccard(first: str, second: str, size: int) -> float:
    """Exact Jaccard similarity of two texts' word ``size``-gram sets."""
    hashes, starts = _Shingles.hash_texts([first, second], size)
    a, b = np.unique(hashes[: starts[1]]), np.unique(hashes[starts[1] :])
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


@dataclass
class Fingerprints:
    """What the duplicate search needs of each comparison text, without the text itself.

    ``digests``: a 16-byte BLAKE2 digest per text (``b""`` for an empty one), equal for
    exact copies; ``signature``: a MinHash signature of the text's word shingles per row;
    ``n_shingles``: how many shingles each text has. Made a batch at a time
    (:meth:`of_batches`), so a corpus is fingerprinted without holding its texts twice.
    """

    digests: list[bytes]
    signature: np.ndarray
    n_shingles: np.ndarray

    @classmethod
    def of(cls, texts: list[str], shingle_size: int = 5) -> Fingerprints:
        """Fingerprints of one batch of comparison texts."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        digests = [
            hashlib.blake2b(t.encode(), digest_size=16).digest() if t else b"" for t in texts
        ]
        hashes, starts = _Shingles.hash_texts(texts, shingle_size)
        return cls(digests, _Shingles.signatures(hashes, starts), np.diff(starts))

    @classmethod
    def of_batches(cls, batches: Iterable[list[str]], shingle_size: int = 5) -> Fingerprints:
        """Fingerprints of many batches, in order."""
        return cls.joined([cls.of(batch, shingle_size) for batch in batches])

    @classmethod
    def joined(cls, parts: list[Fingerprints]) -> Fingerprints:
        """One set of fingerprints from consecutive parts."""
        return cls(
            [d for part in parts for d in part.digests],
            np.concatenate(
                [np.empty((0, _Shingles.BINS), np.uint64)] + [p.signature for p in parts]
            ),
            np.concatenate([np.empty(0, np.int64)] + [p.n_shingles for p in parts]),
        )


def _group_codes(articles: pd.DataFrame, within: str | None) -> np.ndarray:
    if within is None or within not in articles:
        return np.zeros(len(articles), dtype=np.int64)
    codes, _ = pd.factorize(articles[within], use_na_sentinel=False)
    return codes.astype(np.int64)


_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads any uint64 input over all 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    return x ^ (x >> np.uint64(31))


class _Shingles:
    """MinHash/LSH candidate search over the word-shingle signatures of many documents."""

    BINS = 64  # signature length (one-permutation MinHash: bins of the hash space)
    ROWS = 4  # signature entries per LSH band: 16 bands, a pair at J=0.8 meets with p>0.999

    def __init__(self, signature: np.ndarray, n_shingles: np.ndarray) -> None:
        self.signature = signature
        self.n_shingles = n_shingles

    @staticmethod
    def hash_texts(texts: Iterable[object], size: int) -> tuple[np.ndarray, np.ndarray]:
        """Hash every run of ``size`` consecutive words of each text (words: split on spaces).

        Returns the hashes of all texts concatenated in text order and ``starts``, where
        ``starts[d]:starts[d + 1]`` is text ``d``'s slice.
        """
        lengths: list[int] = []

        def words(text: object) -> list[str]:
            split = text.split() if isinstance(text, str) else []
            lengths.append(len(split))
            return split

        # CRC-32 of each word: C speed and the same in every process (Python's str hash is
        # salted per process, which would make the candidate search vary between runs).
        # (A numpy polynomial hash over code points measured no faster on this machine.)
        every_word = map(str.encode, chain.from_iterable(map(words, texts)))
        flat = _mix(np.fromiter(map(zlib.crc32, every_word), dtype=np.uint32).astype(np.uint64))
        n_words = np.array(lengths, dtype=np.int64)
        n_shingles = np.maximum(n_words - size + 1, 0)
        runs = max(len(flat) - size + 1, 0)
        combined = np.zeros(runs, dtype=np.uint64)
        for j in range(size):
            combined = combined * _GOLDEN + flat[j : j + runs]
        # keep the shingles that start and end inside one text
        first_word = np.cumsum(n_words) - n_words
        starts = np.repeat(first_word, n_shingles)
        starts += np.arange(len(starts)) - np.repeat(np.cumsum(n_shingles) - n_shingles, n_shingles)
        return _mix(combined[starts]), np.concatenate([[0], np.cumsum(n_shingles)])

    @classmethod
    def signatures(cls, hashes: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """One-permutation MinHash: per document, the smallest hash in each of BINS bins."""
        n_docs = len(starts) - 1
        empty = np.iinfo(np.uint64).max
        signature = np.full(n_docs * cls.BINS, empty, dtype=np.uint64)
        doc = np.repeat(np.arange(n_docs), np.diff(starts))
        cell = doc * cls.BINS + (hashes % np.uint64(cls.BINS)).astype(np.int64)
        np.minimum.at(signature, cell, hashes // np.uint64(cls.BINS))
        signature = signature.reshape(n_docs, cls.BINS)
        # Densify: an empty bin borrows the nearest filled bin to its right (circularly), so
        # two documents with the same shingles still agree everywhere.
        sparse = np.flatnonzero((signature == empty).any(axis=1))
        original = signature[sparse]
        dense = original.copy()
        for shift in range(1, cls.BINS):
            todo = dense == empty
            if not todo.any():
                break
            borrowed = np.roll(original, -shift, axis=1)
            usable = todo & (borrowed != empty)
            dense[usable] = _mix(borrowed[usable] + np.uint64(shift))
        signature[sparse] = dense
        return signature

    def candidate_pairs(self, groups: np.ndarray) -> list[tuple[int, int]]:
        """Pairs ``(first, later)`` that share an LSH band within a group, ordered by later."""
        has_shingles = self.n_shingles > 0
        if has_shingles.sum() < 2:
            return []
        signature = self.signature
        pairs = []
        for band in range(self.BINS // self.ROWS):
            key = groups.astype(np.uint64) * _GOLDEN
            for column in range(band * self.ROWS, (band + 1) * self.ROWS):
                key = _mix(key ^ signature[:, column])
            key = key[has_shingles]
            docs = np.flatnonzero(has_shingles)
            order = np.argsort(key, kind="stable")
            key, docs = key[order], docs[order]
            same = np.flatnonzero(key[1:] == key[:-1]) + 1
            if len(same):
                run_start = np.maximum.accumulate(
                    np.where(np.r_[True, key[1:] != key[:-1]], np.arange(len(key)), 0)
                )
                pairs.append(np.stack([docs[run_start[same]], docs[same]], axis=1))
        if not pairs:
            return []
        unique_pairs = np.unique(np.sort(np.concatenate(pairs), axis=1), axis=0)
        unique_pairs = unique_pairs[np.lexsort((unique_pairs[:, 0], unique_pairs[:, 1]))]
        return [(int(a), int(b)) for a, b in unique_pairs]

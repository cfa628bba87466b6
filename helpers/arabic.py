"""The text layer: normalise, tokenise, split sentences, strip clitics, stem, drop stopwords.

Every analysis (frequency, stance, topics) sees words through one :class:`Analyzer`, so the
choices made here decide whether counts are right. Three Arabic facts shape the code:

* diacritics (U+064B-U+0652, U+0670) are marks, not word characters, so a token never ends at
  one (scikit-learn's default ``token_pattern`` splits ``اتصالًا`` into pieces);
* clitics are written attached (``وبوتين``, ``لروسيا``, ``بالعقوبات``) and must be stripped before
  counting, while names that merely *start* with a clitic letter (``لبنان``, ``بريطانيا``) stay whole;
* spelling varies inside one text (``أوكرانيا``/``اوكرانيا``, ``الأمريكي``/``الأميركي``), which the
  normaliser folds together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

__all__ = [
    "DIACRITICS",
    "STOPWORDS",
    "PROTECTED_WORDS",
    "Analyzer",
    "normalize",
    "sentence_spans",
    "sentences",
    "stem",
    "strip_clitics",
    "token_spans",
    "tokenize",
]

DIACRITICS = "".join(map(chr, range(0x064B, 0x0653))) + "\u0670"
"""Harakat, tanwin, shadda and sukun (U+064B-U+0652) and the dagger alef (U+0670)."""

_EXTRA_MARKS = "".join(map(chr, range(0x0653, 0x0660))) + "".join(map(chr, range(0x0610, 0x061B)))
_TATWEEL = "\u0640"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"


@lru_cache(maxsize=64)
def _table(
    diacritics: bool,
    tatweel: bool,
    alef: bool,
    alef_maqsura: bool,
    teh_marbuta: bool,
    hamza: bool,
    digits: bool,
    punctuation: bool,
) -> dict[int, str | None]:
    """Build (once per flag combination) the ``str.translate`` table behind :func:`normalize`."""
    table: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
    table.update({0x00A0: " ", 0x202F: " ", 0x2009: " "})
    if diacritics:
        table.update({ord(c): None for c in DIACRITICS + _EXTRA_MARKS})
    if tatweel:
        table[ord(_TATWEEL)] = None
    if alef:
        table.update({ord(c): "ا" for c in "أإآٱ"})
    if alef_maqsura:
        table[ord("ى")] = "ي"
    if teh_marbuta:
        table[ord("ة")] = "ه"
    if hamza:
        table.update({ord("ؤ"): "و", ord("ئ"): "ي"})
    if digits:
        for i, (a, p) in enumerate(zip(_ARABIC_INDIC, _PERSIAN, strict=True)):
            table[ord(a)] = table[ord(p)] = str(i)
        table[ord("٫")] = "."
        table[ord("٬")] = ","
    if punctuation:
        table.update({ord("،"): ",", ord("؛"): ";", ord("؟"): "?", ord("٪"): "%"})
        table.update({ord("«"): '"', ord("»"): '"'})
    return table


def normalize(
    text: str,
    *,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    alef_maqsura: bool = True,
    teh_marbuta: bool = False,
    hamza: bool = False,
    digits: bool = True,
    punctuation: bool = True,
) -> str:
    """Fold spelling variants so that one word is written one way.

    Always removes invisible formatting characters (zero-width spaces and joiners, bidi marks,
    BOM) and turns no-break and thin spaces into plain spaces. The rest is chosen by flags.
    The result is idempotent: ``normalize(normalize(s)) == normalize(s)`` for the same flags.

    Parameters
    ----------
    text : str
        Any text.
    diacritics : bool, default True
        Drop harakat, tanwin, shadda, sukun, dagger alef and Quranic marks.
    tatweel : bool, default True
        Drop the elongation stroke (``كـــتاب`` -> ``كتاب``).
    alef : bool, default True
        ``أ إ آ ٱ`` -> ``ا``; news text writes hamza on alef inconsistently.
    alef_maqsura : bool, default True
        ``ى`` -> ``ي``; Egyptian print often writes final ya without dots.
    teh_marbuta : bool, default False
        ``ة`` -> ``ه``. Off by default because it merges real words (``قوة``/``قوه``), on for
        matching noisy web text.
    hamza : bool, default False
        Hamza carriers ``ؤ`` -> ``و``, ``ئ`` -> ``ي``; aggressive, useful for spelling-noisy input.
    digits : bool, default True
        Arabic-Indic and Persian digits (and the Arabic decimal/thousands marks) -> ASCII.
    punctuation : bool, default True
        Arabic comma, semicolon, question mark, percent sign and guillemets -> ASCII.

    Returns
    -------
    str
        The normalised text, same number of lines.
    """
    table = _table(diacritics, tatweel, alef, alef_maqsura, teh_marbuta, hamza, digits, punctuation)
    return text.translate(table)


_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_MARKS = "\u064b-\u065f\u0670\u0610-\u061a\u0640\u06d6-\u06ed\u200c\u200d"
_TOKEN_RE = re.compile(
    rf"[{_LETTERS}][{_LETTERS}{_MARKS}]*"  # Arabic word: letters with their marks inside
    r"|\d+(?:[.,٫٬]\d+)*"  # numbers, any script, with decimal/thousands separators
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*"  # Latin words
)


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` with their character offsets.

    A token is an Arabic word (letters with any diacritics, shadda or tatweel inside it), a
    number in Western, Arabic-Indic or Persian digits (``3.5`` is one token), or a Latin word.
    Punctuation is never a token. No normalisation is applied, so offsets index ``text``.
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` (see :func:`token_spans`); ``اتصالًا`` stays one token."""
    return _TOKEN_RE.findall(text)


# A sentence ends at . ! ? ؟ ؛ (and … ) or a line break; a dot between digits (3.5) or after a
# single-letter initial (J. Biden, د. أحمد) does not end one.
_SENTENCE_END_RE = re.compile(
    r"(?<!\d)(?<![\s(][A-Za-z\u0621-\u064a])[.!?؟؛…]+[\"'»”)\]]*(?=\s|$)|\n+"
    r"|(?<=\d)[.!?؟؛…]+[\"'»”)\]]*(?=\s|$)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each sentence in ``text``, whitespace trimmed.

    Splits after ``. ! ? ؟ ؛`` followed by white space or the end, and at line breaks; never
    inside a decimal number (``3.5``) or after a one-letter initial.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _append_trimmed(text, start, end, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` shrunk to exclude surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _read_word_list(name: str) -> frozenset[str]:
    """Read a packaged word list (one entry per line, ``#`` comments), normalised."""
    raw = resources.files("helpers.data").joinpath(name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(normalize(w) for w in words if w)


STOPWORDS: frozenset[str] = _read_word_list("stopwords_ar.txt")
"""Function words of news Arabic (``helpers/data/stopwords_ar.txt``), normalised, clitic-free."""

PROTECTED_WORDS: frozenset[str] = _read_word_list("protected_words.txt")
"""Words whose first or last letters look like clitics but are not (``لبنان``, ``بريطانيا``).

Extend it per analysis with ``Analyzer(protected=[...])`` or ``stem(word, protected=...)``;
to extend it for everyone, add a line to ``helpers/data/protected_words.txt``.
"""

_ARTICLE_PREFIXES = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_SINGLE_PROCLITICS = "وفبلكس"
_SUFFIXES = ("كما", "هما", "تما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك")
_LIGHT_SUFFIXES = ("ات", "ون", "ين", "ان", "ية", "ية", "ه", "ة", "ي")
_MIN_STEM = 2


def strip_clitics(word: str, protected: Iterable[str] = ()) -> str:
    """Remove attached proclitics and the article from a normalised word.

    Strips the conjunctions و ف, the prepositions ب ل ك, the future marker س, the article ال
    and the fused ``لل``; protected words (and what remains after a conjunction, if protected)
    are kept whole, so ``ولبنان`` -> ``لبنان`` but ``لبنان`` -> ``لبنان``. A single-letter clitic is
    only stripped when at least three letters remain, so short words survive.
    """
    keep = PROTECTED_WORDS.union(protected) if protected else PROTECTED_WORDS
    return _strip_clitics(word, keep)


def _strip_clitics(word: str, keep: frozenset[str]) -> str:
    if word in keep or len(word) < 3:
        return word
    for prefix in _ARTICLE_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _MIN_STEM:
            # "لل" is ل + ال with the alef dropped: لللاعب is rare; ll+word is the article.
            return rest
    # One or two single-letter proclitics (و/ف then ب/ل/ك/س): وبوتين, لروسيا, وسيقول.
    for _ in range(2):
        if word in keep or word[0] not in _SINGLE_PROCLITICS:
            break
        rest = word[1:]
        if rest in keep or len(rest) >= 4:
            word = rest
            if rest.startswith("ال") and len(rest) >= 4:
                word = rest[2:]
                break
        else:
            break
    return word


def _strip_suffix(word: str, suffixes: tuple[str, ...], min_stem: int) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return word[: -len(suffix)]
    return word


def stem(word: str, level: str | None = "clitics", protected: Iterable[str] = ()) -> str:
    """Reduce a normalised word to the form counted in analyses.

    Parameters
    ----------
    word : str
        A normalised token (see :func:`normalize`).
    level : {None, "clitics", "light"}
        ``None`` keeps the word; ``"clitics"`` removes proclitics and the article (readable
        words: ``بالعقوبات`` -> ``عقوبات``); ``"light"`` also removes object/possessive
        suffixes and plural, dual and feminine endings (``عقوبات`` -> ``عقوب``), merging more
        forms at some cost in readability.
    protected : iterable of str
        Extra words to keep whole, on top of :data:`PROTECTED_WORDS`.
    """
    if level is None:
        return word
    keep = PROTECTED_WORDS.union(protected) if protected else PROTECTED_WORDS
    base = _strip_clitics(word, keep)
    if level == "clitics" or base in keep:
        return base
    if level != "light":
        raise ValueError(f"unknown stem level {level!r}; use None, 'clitics' or 'light'")
    base = _strip_suffix(base, _SUFFIXES, 3)
    return _strip_suffix(base, _LIGHT_SUFFIXES, 3)


class Analyzer:
    """Text -> list of terms, the same way for every analysis.

    Bundles the normalisation flags, the stopword list, the stem level and the n-gram range.
    An instance is a plain callable, so it can be handed to scikit-learn
    (``CountVectorizer(analyzer=Analyzer())``), pickled, and shared by frequency, stance and
    topic code. The stem of each distinct token is cached, so a long corpus costs little more
    than its vocabulary.

    Parameters
    ----------
    stem : {None, "clitics", "light"}, default "clitics"
        See :func:`stem`. ``"clitics"`` keeps terms readable, the default for the notebooks.
    stopwords : bool or iterable of str, default True
        ``True`` drops :data:`STOPWORDS`; an iterable replaces the list; ``False`` keeps all.
    ngram_range : (int, int), default (1, 1)
        Term n-grams built from consecutive kept words, joined with a space.
    min_length : int, default 2
        Shorter terms (after stemming) are dropped; numbers are kept when ``keep_numbers``.
    keep_numbers : bool, default False
        Whether digit tokens are terms.
    normalize_options : dict, optional
        Flags passed to :func:`normalize`.
    protected : iterable of str
        Extra words that stemming must not cut.
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
    ) -> None:
        if stem not in (None, "clitics", "light"):
            raise ValueError(f"unknown stem level {stem!r}; use None, 'clitics' or 'light'")
        self.stem = stem
        self.ngram_range = tuple(ngram_range)
        self.min_length = min_length
        self.keep_numbers = keep_numbers
        self.normalize_options = dict(normalize_options or {})
        self.protected = frozenset(normalize(w, **self.normalize_options) for w in protected)
        if stopwords is True:
            self.stopwords = STOPWORDS
        elif stopwords is False:
            self.stopwords = frozenset()
        else:
            self.stopwords = frozenset(normalize(w, **self.normalize_options) for w in stopwords)
        self._cache: dict[str, str | None] = {}

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_cache"] = {}
        return state

    def __repr__(self) -> str:
        return (
            f"Analyzer(stem={self.stem!r}, ngram_range={self.ngram_range}, "
            f"stopwords={len(self.stopwords)} words)"
        )

    def _term(self, token: str) -> str | None:
        """The term a (normalised) token counts as, or None when it is dropped."""
        term = self._cache.get(token, "")
        if term != "":
            return term
        if token in self.stopwords:
            term = None
        elif token[0].isdigit():
            term = token if self.keep_numbers else None
        else:
            term = stem(token, self.stem, self.protected)
            if len(term) < self.min_length or term in self.stopwords:
                term = None
        self._cache[token] = term
        return term

    def terms(self, text: str) -> list[str]:
        """Unigram terms of ``text``: normalised, clitic-stripped or stemmed, stopwords out."""
        norm = normalize(text, **self.normalize_options)
        term = self._term
        return [t for t in map(term, _TOKEN_RE.findall(norm)) if t is not None]

    def __call__(self, text: str) -> list[str]:
        words = self.terms(text)
        low, high = self.ngram_range
        if (low, high) == (1, 1):
            return words
        grams = words if low == 1 else []
        for n in range(max(low, 2), high + 1):
            grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        return grams

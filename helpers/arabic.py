"""The text layer: normalise, tokenise, split sentences, read the packaged word lists.

Every analysis (frequency, stance, topics) sees words through one :class:`Analyzer`, so the
choices made here decide whether counts are right. Three Arabic facts shape the code:

* diacritics (U+064B-U+0652, U+0670) are marks, not word characters, so a token never ends at
  one (scikit-learn's default ``token_pattern`` splits ``اتصالًا`` into pieces);
* clitics are written attached (``وبوتين``, ``لروسيا``, ``بالعقوبات``) and must be stripped
  before counting, while names that merely *start* with a clitic letter (``لبنان``,
  ``بريطانيا``) stay whole: :mod:`helpers.clitics`, one layer up, is the one home of those
  rules and of the light stem;
* spelling varies inside one text (``أوكرانيا``/``اوكرانيا``, ``الأمريكي``/``الأميركي``), which the
  normaliser folds together.

Speed comes from doing per-character work in C (one compiled regex). The :class:`Analyzer` that
puts these pieces together, with a cache of each distinct word's term, lives in
:mod:`helpers.analyzer`.
"""

from __future__ import annotations

import inspect
import re
import tomllib
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

import numpy as np

__all__ = [
    "DIACRITICS",
    "INVISIBLE",
    "STOPWORDS",
    "TOKEN_PATTERN",
    "fold",
    "is_arabic_text",
    "normalize",
    "sentence_spans",
    "sentences",
    "token_spans",
    "tokenize",
    "word_count",
]

# --------------------------------------------------------------------------- normalisation

DIACRITICS = "".join(map(chr, range(0x064B, 0x0653))) + "\u0670"
"""Harakat, tanwin, shadda and sukun (U+064B-U+0652) and the dagger alef (U+0670)."""

_OTHER_MARKS = "".join(map(chr, range(0x0653, 0x0660))) + "".join(map(chr, range(0x0610, 0x061B)))
_QURANIC_MARKS = "".join(map(chr, range(0x06D6, 0x06EE)))
_TATWEEL = "\u0640"
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"  # zero-width space/joiners, LRM/RLM/ALM, BOM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings and isolates
    "\u2060\u00ad"  # word joiner, soft hyphen
)
"""Formatting characters that carry no letter: every reader and normaliser deletes them."""
_SPACES = "\u00a0\u2007\u2009\u202f"  # no-break, figure, thin and narrow no-break spaces
_DIGITS = {c: str(i % 10) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")} | {"٫": ".", "٬": ","}
_PUNCTUATION = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "«": '"', "»": '"'}


@lru_cache(maxsize=64)
def _normalizer(
    diacritics: bool,
    tatweel: bool,
    alef: bool,
    alef_maqsura: bool,
    teh_marbuta: bool,
    hamza: bool,
    digits: bool,
    punctuation: bool,
    persian_letters: bool,
) -> Callable[[str], str]:
    """Build (once per flag combination) the function behind :func:`normalize`.

    The flags come positionally, in the order of :func:`normalize`'s signature, which alone
    holds their defaults (see :func:`_normalizer_for`).

    One compiled character class finds every character to change and a dict gives its
    replacement: the scan runs in C and Python only sees the few characters that change,
    several times faster than ``str.translate`` on Arabic text.
    """
    table = dict.fromkeys(INVISIBLE, "") | dict.fromkeys(_SPACES, " ")
    if diacritics:
        table |= dict.fromkeys(DIACRITICS + _OTHER_MARKS + _QURANIC_MARKS, "")
    if tatweel:
        table[_TATWEEL] = ""
    if alef:
        table |= dict.fromkeys("أإآٱ", "ا")
    if alef_maqsura:
        table["ى"] = "ي"
    if teh_marbuta:
        table["ة"] = "ه"
    if hamza:
        table |= {"ؤ": "و", "ئ": "ي"}
    if digits:
        table |= _DIGITS
    if punctuation:
        table |= _PUNCTUATION
    if persian_letters:
        table |= {"ک": "ك", "ی": "ي"}
    pattern = re.compile("[" + re.escape("".join(table)) + "]")
    replace = table.__getitem__
    normalizer = lambda text: pattern.sub(lambda m: replace(m.group()), text)  # noqa: E731
    normalizer.table = table  # what it changes: character -> replacement, "" when deleted
    return normalizer


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
    persian_letters: bool = True,
) -> str:
    """Fold spelling variants so that one word is written one way.

    Always removes invisible formatting characters (zero-width spaces and joiners, bidi marks,
    BOM) and turns no-break and thin spaces into plain spaces. The rest is chosen by flags.
    Every change deletes a character or replaces it with exactly one character, so offsets
    can be mapped back, and the result is idempotent:
    ``normalize(normalize(s)) == normalize(s)`` for the same flags.

    Parameters
    ----------
    text : str
        Any text.
    diacritics : bool, default True
        Drop harakat, tanwin, shadda, sukun, dagger alef (``DIACRITICS``) and the other Arabic
        and Quranic marks; ``اتصالًا`` -> ``اتصالا``.
    tatweel : bool, default True
        Drop the elongation stroke (``كـــتاب`` -> ``كتاب``).
    alef : bool, default True
        ``أ إ آ ٱ`` -> ``ا``; news text writes hamza on alef inconsistently (``اوكرانيا``).
    alef_maqsura : bool, default True
        ``ى`` -> ``ي``; Egyptian print writes final ya without dots (``علي``/``على``).
    teh_marbuta : bool, default False
        ``ة`` -> ``ه``. Off by default because it merges a feminine ending with the pronoun
        suffix ``ه``; on for noisy web text.
    hamza : bool, default False
        Hamza carriers ``ؤ`` -> ``و`` and ``ئ`` -> ``ي``; aggressive, for spelling-noisy input.
    digits : bool, default True
        Arabic-Indic and Persian digits (and the Arabic decimal and thousands marks) -> ASCII.
    punctuation : bool, default True
        Arabic comma, semicolon, question mark, percent sign and guillemets -> ASCII.
    persian_letters : bool, default True
        Persian keheh and yeh (``ک ی``), typed by Persian keyboards, -> Arabic ``ك ي``.

    Returns
    -------
    str
        The normalised text.
    """
    return _normalizer(
        diacritics, tatweel, alef, alef_maqsura, teh_marbuta, hamza, digits, punctuation,
        persian_letters,
    )(text)  # fmt: skip


_NORMALIZE_DEFAULTS = {
    name: flag.default
    for name, flag in inspect.signature(normalize).parameters.items()
    if flag.kind is flag.KEYWORD_ONLY
}


def _normalizer_for(**options: bool) -> Callable[[str], str]:
    """The cached normaliser for some :func:`normalize` flags (the rest at their defaults)."""
    unknown = options.keys() - _NORMALIZE_DEFAULTS.keys()
    if unknown:
        raise TypeError(f"unknown normalize flag(s): {', '.join(sorted(unknown))}")
    return _normalizer(*{**_NORMALIZE_DEFAULTS, **options}.values())


def fold(text: str) -> str:
    """The matching form of ``text``: :func:`normalize` plus teh marbuta and hamza folding.

    Names are compared in this form (``روسيا``/``روسية``, ``الجزائر``/``الجزاير``), by the actor
    gazetteer and by any query matched against it. Every step deletes a character or maps it to
    one character, so token offsets survive.
    """
    return _FOLD(text)


_FOLD = _normalizer_for(teh_marbuta=True, hamza=True)  # looked up once: fold runs per token


# --------------------------------------------------------------------------- tokens

_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
# Characters that continue a word without starting one: marks, tatweel and the invisible
# characters that normalisation deletes (so raw and normalised text split the same way).
_MARKS = "\u064b-\u065f\u0670\u0610-\u061a\u0640\u06d6-\u06ed" + INVISIBLE
_NUMBER_SEPARATORS = ".,٫٬،"
_LATIN = "A-Za-z\u00c0-\u024f"
_TOKEN_RE = re.compile(
    rf"[{_LETTERS}][{_LETTERS}{_MARKS}]*"  # Arabic word: letters with their marks inside
    rf"|\d[\d{_MARKS}]*(?:[{_NUMBER_SEPARATORS}][{_MARKS}]*\d[\d{_MARKS}]*)*"  # 3.5, 1,000, ٣٫٥
    rf"|[{_LATIN}][{_LATIN}{_MARKS}]*(?:['’][{_LATIN}]+)*"  # Latin words
)

TOKEN_PATTERN: re.Pattern[str] = _TOKEN_RE
"""The compiled token regex behind :func:`tokenize`, for callers that need match objects."""
TOKEN_SPLIT: re.Pattern[str] = re.compile(f"({_TOKEN_RE.pattern})")
"""The token regex as one group: ``split`` gives [text before, token, ..., token, text after]."""


_ARABIC_LETTER_RE = re.compile(f"[{_LETTERS}]")
_ANY_LETTER_RE = re.compile(r"[^\W\d_]")


def is_arabic_text(text: object) -> bool:
    """True when at least half of the letters of ``text`` are Arabic letters.

    The one test of "is this Arabic?": the runner's up-front check and the fitted settings
    both ask it, so a page never counts as Arabic what the runner ruled out. Letters are
    counted through a table of every UTF-16 code unit, built once from the two letter patterns
    (their answer, no Python call per character); a text with surrogate pairs is matched."""
    if not isinstance(text, str):
        return False
    try:
        kinds = _letter_kinds().take(np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16))
    except UnicodeEncodeError:  # a lone surrogate: only the patterns can read it
        kinds = None
    if kinds is None or np.count_nonzero(kinds == _SURROGATE):
        letters = len(_ANY_LETTER_RE.findall(text))
        arabic = len(_ARABIC_LETTER_RE.findall(text))
    else:
        letters, arabic = int(np.count_nonzero(kinds & 1)), int(np.count_nonzero(kinds >= 2))
    return letters > 0 and 2 * arabic >= letters


_SURROGATE = 4  # the kind of a UTF-16 code unit of a character beyond the BMP


@cache
def _letter_kinds() -> np.ndarray:
    """For each UTF-16 code unit: 1 when it is a letter, plus 2 when it is an Arabic letter
    (as the two patterns match it); :data:`_SURROGATE` for half of a surrogate pair."""
    kinds = np.zeros(0x10000, dtype=np.int8)
    for code in range(0x10000):
        char = chr(code)
        kinds[code] = bool(_ANY_LETTER_RE.match(char)) + 2 * bool(_ARABIC_LETTER_RE.match(char))
    kinds[0xD800:0xE000] = _SURROGATE
    return kinds


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` with their character offsets.

    A token is an Arabic word (letters with any diacritics, shadda, tatweel or zero-width
    characters inside it), a number in Western, Arabic-Indic or Persian digits (``3.5`` and
    ``1,000`` are one token), or a Latin word. Punctuation is never a token. No normalisation
    is applied, so offsets index ``text``; normalising each token gives the tokens of the
    normalised text.
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` (see :func:`token_spans`); ``اتصالًا`` stays one token."""
    return _TOKEN_RE.findall(text)


def word_count(text: str) -> int:
    """How many tokens ``text`` has (``len(tokenize(text))``), for one text at a time: a
    column of token lists of a whole corpus would hold every word as a Python string."""
    return len(_TOKEN_RE.findall(text))


# --------------------------------------------------------------------------- sentences

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a"
_SENTENCE_END_RE = re.compile(
    # a run of end marks (and closing quotes) before white space or the end of the text;
    # a dot after a lone letter is an initial (J. Biden, د. أحمد), not an end
    # (each alternative starts with its mark, so the regex engine skips ahead between marks)
    rf"(?:\.(?<![\s(\[«\"][A-Za-z{_ARABIC_LETTER}]\.)(?<!^[A-Za-z{_ARABIC_LETTER}]\.)|[!?؟…])"
    r"[.!?؟…]*[\"'»”)\]]*(?=\s|$)"
    # an end mark glued to the next Arabic word after a word of two letters or more
    rf"|[.!?؟](?<=[{_ARABIC_LETTER}]{{2}}.)(?=[{_ARABIC_LETTER}])"
    r"|\n+"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each sentence in ``text``, white space trimmed.

    A sentence ends after ``. ! ? ؟ …`` (with any closing quotes) followed by white space or
    the end of the text, after an end mark glued to the next Arabic word (``انتهى.وقال``), and
    at line breaks. A dot inside a number (``3.5``), inside an abbreviation (``U.S.``,
    ``أ.ف.ب``, ``سي.إن.إن``), a web address (``العربية.نت``) or after a one-letter initial
    (``J. Biden``, ``د. أحمد``) does not end one.
    Nor does the Arabic semicolon ``؛``: it joins a clause to the one that explains it
    (``تتحمل روسيا المسؤولية؛ فحشودها ... تهديد``), whose pronoun needs the first clause.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group() == "." and _dot_in_a_name(text, m.start()):
            continue
        end = m.start() if m.group()[0] == "\n" else m.end()
        _append_trimmed(text, start, end, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _dot_in_a_name(text: str, dot: int) -> bool:
    """Whether a dot glued between two Arabic words is part of a name, not a sentence end:
    Latin letters spelt out (``سي.إن.إن``, ``إف.بي.آي``) or a web address (``العربية.نت``)."""
    after = _LETTER_RUN.match(text, dot + 1)
    if after is None:
        return False
    if after.group() in _WEB_ENDINGS:
        return True
    # the whole word before the dot (a longer word is cut by the window, and no letter name)
    before = _LETTER_RUN.findall(text[max(0, dot - _LONGEST_LETTER_NAME - 1) : dot])
    return bool(before) and before[-1] in _LETTER_NAMES


_LETTER_RUN = re.compile(f"[{_ARABIC_LETTER}]+")
_LETTER_NAMES = frozenset(
    "إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي جيه كيه كاي إم ام إن ان أو كيو آر ار إس اس "
    "تي يو في دبليو إكس اكس واي زد".split()
)
"""Latin letters as Arabic writes them in an abbreviation (``بي.بي.سي``)."""
_LONGEST_LETTER_NAME = max(map(len, _LETTER_NAMES))
_WEB_ENDINGS = frozenset("نت كوم أورغ أورج".split())


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` shrunk to exclude surrounding white space, if anything is left."""
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(kept)))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


# --------------------------------------------------------------------------- word lists


@cache
def _word_list(name: str) -> tuple[str, ...]:
    """A packaged word list as written (one entry per line, ``#`` starts a comment)."""
    raw = resources.files("helpers.data").joinpath(name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return tuple(w for w in words if w)


@cache
def _gazetteer_names() -> tuple[str, ...]:
    """Every alias of the bundled actor gazetteer (``helpers/data/actors.toml``)."""
    raw = resources.files("helpers.data").joinpath("actors.toml").read_text(encoding="utf-8")
    return tuple(
        alias
        for spec in tomllib.loads(raw).values()
        for key, values in spec.items()
        if key not in ("name", "name_en", "ambiguous", "exclude")
        for alias in values
    )


@lru_cache(maxsize=16)
def _normalized_list(name: str, options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    """A packaged word list normalised with the given :func:`normalize` flags."""
    return frozenset(normalize(w, **dict(options)) for w in _word_list(name))


STOPWORDS: frozenset[str] = _normalized_list("stopwords_ar.txt", ())
"""Function words of news Arabic (``helpers/data/stopwords_ar.txt``), normalised, clitic-free.

Written for this project: prepositions, conjunctions, pronouns, demonstratives, relatives,
auxiliaries, negation, particles, vague quantifiers and time deictics (``اليوم``, ``أمس``).
Reporting verbs (``قال``, ``أكد``, ``أضاف``) are stopwords too: they are the most frequent
verbs of news text and say who speaks, not what about, so they crowd frequency tables and
topics; the stance and attribution code find them in the raw tokens, not through the Analyzer.
"""

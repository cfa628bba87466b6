"""Clitics: what Arabic writes onto a word, and the one place that takes it off.

Conjunctions (``و``, ``ف``), prepositions (``ب``, ``ل``, ``ك``), the article (``ال``) and the
future ``س`` are written onto the next word (``وبوتين``, ``بالعقوبات``, ``سيقول``), while names
that merely *start* with such a letter (``لبنان``, ``بريطانيا``) must stay whole. Everything
about them lives here, so a rule is written once:

* the letters and sequences: :data:`CONJUNCTIONS`, :data:`PREPOSITION_CLITICS`,
  :data:`IMPERFECT_PERSONS` (what the future ``س`` stands before), :data:`CLITIC_PREFIXES`
  (the sequences a reader tries) and :data:`PARTICLES` (what a stopword is found behind);
* the words stripping leaves whole (:data:`PROTECTED_WORDS`, :data:`GAZETTEER_NAMES`);
* small strippers the rule modules compose (:func:`strip_conjunction`, :func:`strip_article`,
  :func:`strip_preposition`, :func:`strip_fused_preposition`), each blind to names, for readers
  that compare what is left with a word list;
* the rules that decide between readings (:func:`strip_clitics`) and the light stem
  (:func:`stem`), which the :class:`~helpers.analyzer.Analyzer` counts with.

The text layer below (:mod:`helpers.arabic`) normalises and tokenises; this module works on its
normalised tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from helpers.arabic import _gazetteer_names, _normalized_list, _normalizer_for, normalize

__all__ = [
    "CLITIC_PREFIXES",
    "CONJUNCTIONS",
    "GAZETTEER_NAMES",
    "IMPERFECT_PERSONS",
    "PARTICLES",
    "PLURAL_PRONOUN_ENDINGS",
    "PRONOUN_ENDINGS",
    "PREPOSITION_CLITICS",
    "PROTECTED_WORDS",
    "behind_clitics",
    "is_protected",
    "pronoun_stem",
    "protected_forms",
    "stem",
    "strip_article",
    "strip_clitics",
    "strip_conjunction",
    "strip_fused_preposition",
    "strip_preposition",
]

# --------------------------------------------------------------------------- letters and sequences

CONJUNCTIONS = "وف"
"""Conjunctions written onto the next word (``وبوتين``, ``فقال``)."""
PREPOSITION_CLITICS = "بلك"
"""Prepositions written onto the next word: ``ب`` (by, with), ``ل`` (to, for), ``ك`` (like)."""
PRONOUN_ENDINGS = ("هما", "هم", "هن", "ها", "ه")
"""Third-person pronouns written onto a noun (its owner: ``موقفها``) or a verb (its object:
``تصفها``), longest first within a family so the first match is the whole pronoun."""
PLURAL_PRONOUN_ENDINGS = ("هما", "هم", "هن")
"""The dual and plural ones of :data:`PRONOUN_ENDINGS` (``انتقاداتهم``, ``دورهما``): they take
up people or several parties, not one state (``ها``)."""
_PREPOSITIONS = "بل"  # ك ("like") is only stripped before the article: كتاب, كبير, كهرباء...
_FUTURE = "س"
IMPERFECT_PERSONS = "يتنا"
"""The person prefixes of an imperfect verb, normalised: ``ي`` (he, they), ``ت`` (she, you),
``ن`` (we), ``ا`` (``أ``, I). The future ``س`` is written only before one of them (``سيقول``,
``ستبدأ``, ``سنعمل``, ``سأعمل``), so ``سعداء`` holds no future; a verb opens with one."""
_FUTURE_PERSONS = IMPERFECT_PERSONS.replace("ا", "")  # the stemmer's: سا opens سابق, ساعد, سادس
PARTICLES = ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")
"""What stands between a conjunction and a word: nothing, a preposition, the article, or a
preposition with the article (``لل`` is ``ل`` + ``ال``). :func:`behind_clitics` puts a
conjunction before each."""

CLITIC_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {"", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"}
        | {"وب", "ول", "وك", "فب", "فل", "وس", "وبال", "فبال", "وكال"},
        key=len,
    )
)
"""Every proclitic sequence a normalised word may start with, shortest first: conjunction,
preposition or future ``س``, article. Readers that try each reading of a word (the stance
lexicon) use it; :func:`strip_clitics` decides between readings by rules instead. Unlike
:func:`behind_clitics` it holds the future (``س``, ``وس``) and not ``فك``, ``فكال``."""


def behind_clitics(words: Iterable[str]) -> frozenset[str]:
    """Every word of ``words`` as written behind an optional conjunction and one of
    :data:`PARTICLES` (``في`` -> ``وفي``, ``هذا`` -> ``وبهذا``): the forms of a stopword
    the :class:`~helpers.analyzer.Analyzer` drops (no future: a stopword is no verb)."""
    return frozenset(
        conjunction + particle + word
        for word in words
        for conjunction in ("", *CONJUNCTIONS)
        for particle in PARTICLES
    )


# --------------------------------------------------------------------------- small strippers


def pronoun_stem(word: str) -> str:
    """``word`` without the third-person pronoun written on it (:data:`PRONOUN_ENDINGS`:
    ``تصفها`` -> ``تصف``, ``عائلتهم`` -> ``عائلت``), "" when it carries none."""
    return next((word[: -len(p)] for p in PRONOUN_ENDINGS if word.endswith(p)), "")


def strip_conjunction(word: str, min_rest: int = 3) -> str:
    """``word`` without a leading ``و``/``ف`` when at least ``min_rest`` letters remain
    (``وأكد`` -> ``أكد``; ``وقت`` stays)."""
    return word[1:] if len(word) > min_rest and word[0] in CONJUNCTIONS else word


def strip_article(word: str, min_rest: int = 2) -> str:
    """``word`` without a leading article ``ال`` when at least ``min_rest`` letters remain."""
    return word[2:] if word.startswith("ال") and len(word) - 2 >= min_rest else word


def strip_preposition(word: str, min_rest: int = 1) -> str:
    """``word`` without a leading ``ب`` or ``ل`` when at least ``min_rest`` letters remain
    (``لخرق`` -> ``خرق``, ``بالقرار`` -> ``القرار``). Blind to names (``لبنان`` loses its
    ``ل``): for a reader that compares what is left with a word list; :func:`strip_clitics`
    decides by rules and protected words."""
    return word[1:] if word[:1] in _PREPOSITIONS and len(word) > min_rest else word


def strip_fused_preposition(word: str) -> str:
    """``word`` without a ``ب``, ``ل`` or ``ك`` written before its article, the fused ``لل``
    written back as ``ال`` (``للحكومة`` -> ``الحكومة``, ``بالعراق`` -> ``العراق``); any other
    word as it is (``بلد``, ``لقاء``: no article follows)."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in PREPOSITION_CLITICS and word[1:3] == "ال" else word


# --------------------------------------------------------------------------- protected words


def protected_forms(names: Iterable[str], **options: bool) -> frozenset[str]:
    """The one-word ``names``, normalised and without the article, to keep whole when stemming.

    ``الكرملين`` gives ``كرملين``, the form clitic stripping leaves; multiword names are
    skipped (their words are ordinary words). ``options`` are :func:`normalize` flags.
    """
    norm = _normalizer_for(**options)
    words = (n for n in names if len(n.split()) == 1)
    return frozenset(norm(strip_article(w)) for w in words)


@lru_cache(maxsize=16)
def _protected_list(options: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    """``protected_words.txt`` plus the gazetteer's one-word aliases (without the article)."""
    names = protected_forms(_gazetteer_names(), **dict(options))
    return _normalized_list("protected_words.txt", options).union(names)


GAZETTEER_NAMES: frozenset[str] = protected_forms(_gazetteer_names())
"""The one-word aliases of the bundled gazetteer, normalised, article removed (``بوتين``,
``كرملين``, ``لندن``): names, which take no genitive (the speaker rules read them)."""

PROTECTED_WORDS: frozenset[str] = _protected_list(())
"""Words whose first letters look like clitics but belong to the word (``لبنان``, ``وزارة``).

Read from ``helpers/data/protected_words.txt`` plus every one-word alias of the bundled
actor gazetteer (``helpers/data/actors.toml``; article removed), so the names the stance and
frequency notebooks count (``بيربوك``, ``كييف``) are never cut.

Clitic stripping and stemming leave a protected word whole, also with a pronoun or plural
suffix attached (``وزارته``, ``لاعبين`` via ``وزارة``, ``لاعب``). To protect more words for one
analysis pass ``Analyzer(protected=[...])`` or ``strip_clitics(word, protected=[...])``; to
protect them for everyone, add one word per line to ``helpers/data/protected_words.txt``.
"""


# --------------------------------------------------------------------------- rules and stems

# Suffixes a protected word may carry and stay protected; the light stemmer removes them.
_PRONOUN_SUFFIXES = ("كما", "هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك")
_INFLECTION_SUFFIXES = ("يات", "ات", "ون", "ين", "ان", "ية", "وا", "تا", "ي", "ة", "ه", "ا", "ت")
_LIGHT_SUFFIXES = ("ات", "ون", "ين", "ان", "ية", "ة", "ي")
_MIN_LIGHT_STEM = 3


@lru_cache(maxsize=32)
def _protection(keep: frozenset[str]) -> dict[str, str]:
    """Every protected form -> its protected word: the word, and the word under one suffix.

    ``وزارته`` -> ``وزارة`` (a feminine ``ة`` is written ``ت`` before a suffix), ``لاعبين`` ->
    ``لاعب``. Built once per word set, so checking a token is one dict lookup.
    """
    forms: dict[str, str] = {}
    suffixes = sorted(set(_PRONOUN_SUFFIXES + _INFLECTION_SUFFIXES), key=len)
    # Shorter words first, so where two words make the same form (روسيا + نا, روسيان + ا)
    # the longer base is written last and wins, whatever the set's (hash-seeded) order.
    for word in sorted(keep, key=lambda w: (len(w), w)):
        stems = (word, word[:-1] + "ت") if word.endswith("ة") else (word,)
        for suffix in reversed(suffixes):  # shortest suffix last: the longest base wins
            for written in stems:
                forms[written + suffix] = word
    forms.update((word, word) for word in keep)
    return forms


def _strip_clitics(word: str, forms: dict[str, str], future: bool = False) -> str:
    """Clitic-free form of a normalised ``word`` (the rules are listed in :func:`strip_clitics`)."""
    if word in forms:
        return word
    word = strip_conjunction(word)
    if word in forms:
        return word
    if word.startswith("لل") and len(word) > 4:
        return word[1:] if word[1:] in forms else word[2:]
    if word[0] in "بك" and word.startswith("ال", 1) and len(word) > 4:
        return word[1:] if word[1:] in forms else word[3:]
    if word.startswith("ال"):
        return strip_article(word)
    if word[0] in _PREPOSITIONS and len(word) > 4:
        return word[1:]
    if future and len(word) > 4 and word[0] == _FUTURE and word[1] in _FUTURE_PERSONS:
        return word[1:]
    return word


def _forms(protected: Iterable[str]) -> dict[str, str]:
    """The protected forms for :data:`PROTECTED_WORDS` plus ``protected``."""
    extra = frozenset(normalize(w) for w in protected)
    return _protection(PROTECTED_WORDS | extra if extra else PROTECTED_WORDS)


def is_protected(word: str) -> bool:
    """Whether a normalised word is a protected word (:data:`PROTECTED_WORDS`) or one under a
    suffix (``لبنان``, ``بوتين``, ``وزارته``): its first letters belong to the word."""
    return word in _forms(())


def strip_clitics(word: str, protected: Iterable[str] = ()) -> str:
    """Remove attached proclitics and the article from a normalised word.

    The rules, in order (a word or remainder that is protected, see :data:`PROTECTED_WORDS`,
    is returned as it stands at any step):

    1. a conjunction ``و`` or ``ف`` goes when three letters or more remain
       (``وبوتين`` -> ``بوتين``; ``وقت`` stays);
    2. the fused ``لل`` (``ل`` + ``ال``) goes when three letters or more remain
       (``للولايات`` -> ``ولايات``; ``للندن`` -> ``لندن`` because ``لندن`` is protected);
    3. ``ب`` or ``ك`` with the article goes (``بالعقوبات`` -> ``عقوبات``);
    4. the article ``ال`` goes when two letters or more remain (``الروس`` -> ``روس``);
    5. a preposition ``ب`` or ``ل`` before an article-less word goes when four letters or more
       remain (``لروسيا`` -> ``روسيا``, ``بكييف`` -> ``كييف``; ``بلد`` stays). ``ك`` alone is
       never stripped: far more words start with ``ك`` (``كتاب``, ``كبير``) than take it.

    The future marker ``س`` is only stripped by ``stem(level="light")``.

    Parameters
    ----------
    word : str
        One normalised token.
    protected : iterable of str
        Extra words to keep whole, on top of :data:`PROTECTED_WORDS` (add lines to
        ``helpers/data/protected_words.txt`` to protect words for everyone).
    """
    return _strip_clitics(word, _forms(protected)) if word else word


def _strip_suffix(word: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_LIGHT_STEM:
            return word[: -len(suffix)]
    return word


def _stem(word: str, level: str | None, forms: dict[str, str]) -> str:
    if level is None or not word:
        return word
    base = _strip_clitics(word, forms, future=level == "light")
    if level == "clitics":
        return base
    if base in forms:
        return forms[base]
    return _strip_suffix(_strip_suffix(base, _PRONOUN_SUFFIXES), _LIGHT_SUFFIXES)


_STEM_LEVELS = (None, "clitics", "light")


def _check_level(level: str | None) -> None:
    if level not in _STEM_LEVELS:
        raise ValueError(f"unknown stem level {level!r}; use None, 'clitics' or 'light'")


def stem(word: str, level: str | None = "clitics", protected: Iterable[str] = ()) -> str:
    """Reduce a normalised word to the form counted in analyses.

    Parameters
    ----------
    word : str
        A normalised token (see :func:`~helpers.arabic.normalize`).
    level : {None, "clitics", "light"}
        ``None`` keeps the word; ``"clitics"`` removes proclitics and the article
        (:func:`strip_clitics`; readable words: ``بالعقوبات`` -> ``عقوبات``); ``"light"`` also
        removes the future ``س``, one object/possessive suffix and one plural, dual, nisba or
        feminine ending, leaving at least three letters (``عقوبات`` -> ``عقوب``,
        ``سيقولون`` -> ``يقول``), merging more forms at some cost in readability. A protected
        word under a suffix becomes the protected word (``وزارته``, ``وزارات`` -> ``وزارة``).
    protected : iterable of str
        Extra words to keep whole, on top of :data:`PROTECTED_WORDS`.
    """
    _check_level(level)
    return _stem(word, level, _forms(protected))

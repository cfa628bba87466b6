"""The gender of a continuing verb of saying and of the speaker it would carry over.

A sentence that goes on with a verb of saying and no speaker (``وأضافت أن ...``, ``وتابع``)
continues the last speaker named (:func:`helpers.speech_sources.inherit`). Arabic writes the
speaker's gender on the verb: ``وأضافت`` after ``وقال زعيم حزب العمال`` is not his; it goes
back to the woman named before him (``وقالت رئيسة الوزراء``). The verb's gender is read from
its form against the cue list (``أضافت`` is ``أضاف`` + ``ت``; ``تضيف`` beside ``يضيف``;
``مضيفة`` beside ``مضيفا``). A speaker's gender is read from the verb that named it (``وأكدت
العليان``: a woman, whatever her title), else from the noun that opens the phrase (an office,
rank or body in ``[feminine_titles]``, ``[feminine_heads]`` / ``[masculine_heads]`` of
``function_words.toml``), or for a bare name from an earlier phrase that ends with it. A
speaker named by a statement (``وجاء في بيان للحكومة:``) is continued in the statement's
gender (``وأضاف``): none is read. Either side unknown: no check.
"""

from __future__ import annotations

from typing import Literal

from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_article, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.speech_parts import Quote, cue_of, cue_stem

__all__ = ["continues", "quote_gender", "verb_gender"]

Gender = Literal["f", "m"] | None

_FEMININE = function_words("feminine_titles") | function_words("feminine_heads")
_MASCULINE = function_words("masculine_heads") | frozenset(
    w for w in function_words("office_nouns") if not w.endswith("ة")
)
_NAMED = ("after-cue", "before-cue")  # a quote whose verb names its speaker


def verb_gender(cue_word: str) -> Gender:
    """``f`` or ``m`` for a bare verb or participle of saying whose other gender's form is a
    cue too (``وأضافت`` f, ``وأضاف`` m, ``تضيف`` f, ``مضيفا`` m, ``لفت`` m beside ``لفتت``);
    None for a form with a suffix (``أضافوا``), a cue without such a twin, or no cue."""
    cues = default_cues()
    norm = normalize(cue_word)
    stem = cue_stem(norm, cues)
    if stem is None or stem not in (norm, strip_conjunction(norm)):
        return None
    twins: list[tuple[str, Gender]] = [(stem + "ت", "m")]
    if stem.endswith("ت"):
        twins.append((stem[:-1], "f"))
    if stem[0] in "تي":
        twins.append(("ي" + stem[1:], "f") if stem[0] == "ت" else ("ت" + stem[1:], "m"))
    if stem[-1] in "ةا":
        twins.append((stem[:-1] + "ا", "f") if stem[-1] == "ة" else (stem[:-1] + "ة", "m"))
    return next((gender for twin, gender in twins if twin in cues.cues), None)


def quote_gender(quote: Quote, earlier: list[Quote]) -> Gender:
    """The gender of ``quote``'s speaker: of a verb that named that speaker in one of
    ``earlier`` (same speaker offsets), else of the noun opening the phrase, else of an
    earlier phrase ending with the same word that opens with a listed noun; None for a speaker
    named by a statement (its cue is no verb, ``:``) or when nothing tells."""
    same = [q for q in earlier if q.speaker_start == quote.speaker_start and _names(q)]
    if any(not any(c.isalpha() for c in q.cue) for q in same):
        return None  # وجاء في بيان للحكومة: ... وأضاف: the statement goes on
    verbs = {verb_gender(q.cue) for q in same if _subject_verb(q.cue)} - {None}
    gender = verbs.pop() if len(verbs) == 1 else _head_gender(quote.speaker or "")
    if gender is not None:
        return gender
    words = tokenize(quote.speaker or "")
    last = normalize(words[-1]) if words else ""
    phrases = (q.speaker for q in reversed(earlier) if q.speaker and q.found in _NAMED)
    return next((_head_gender(p) for p in phrases if _ends_with(p, last) and _head_gender(p)), None)


def _names(quote: Quote) -> bool:
    """Whether ``quote``'s cue agrees with its speaker: a verb naming it, or a participle
    continuing it in the same sentence (``وكانت رجوي أكد ...، مضيفة``)."""
    if quote.found in _NAMED:
        return True
    cue = cue_of(normalize(quote.cue), default_cues())
    return quote.found == "same-sentence" and cue is not None and "participle" in cue[0]


def _subject_verb(cue_word: str) -> bool:
    """Whether the cue is a verb whose subject is the speaker: not a relay (``نقلت الوكالة عن
    المسؤول``: the verb agrees with the agency)."""
    cue = cue_of(normalize(cue_word), default_cues())
    return cue is not None and cue[0] not in _NOT_SUBJECT


_NOT_SUBJECT = frozenset({"relay", "source", "passive", "evaluation_phrase"})


def _ends_with(phrase: str, word: str) -> bool:
    words = tokenize(phrase)
    return bool(words) and normalize(words[-1]) == word


def _head_gender(speaker: str) -> Gender:
    """The gender of the office, rank or body noun that opens ``speaker``, if listed."""
    words = tokenize(speaker)
    if not words:
        return None
    word = normalize(words[0])  # وزارة keeps its و; وزعيم has one
    for head in dict.fromkeys((strip_article(word), strip_article(strip_conjunction(word)))):
        if head in _FEMININE or head in _MASCULINE:
            return "f" if head in _FEMININE else "m"
    return None


def continues(cue_word: str, quote: Quote, earlier: list[Quote]) -> bool | None:
    """Whether verb ``cue_word`` may continue ``quote``'s speaker: True when both genders are
    known and the same, False when they differ, None when either is unknown."""
    verb = verb_gender(cue_word)
    speaker = quote_gender(quote, earlier) if verb is not None else None
    return None if speaker is None else speaker == verb

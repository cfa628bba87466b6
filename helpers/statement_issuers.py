"""Who speaks through a statement: ``أصدرت الوزارة بيانا قالت فيه``، ``دانت فيه``.

News often tells a body's words by the statement it issued, then a verb with the statement's
resumptive pronoun (``فيه``، ``فيها``): ``وأصدرت وزارة الخارجية بيانا قالت فيه إن``,
``أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه``. The verb's subject is not written;
the words are the issuer's, named between the verb of issuing and the statement noun.
"""

from __future__ import annotations

from collections.abc import Callable

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cue_guards import is_via
from helpers.cues import SpeechCues, function_words
from helpers.evaluator_subjects import evaluator_end, is_accusative
from helpers.speech_parts import (
    Token,
    breaks_clause,
    cue_of,
    has_object_pronoun,
    is_function_word,
    is_preposition,
    is_statement,
    phrase,
)
from helpers.verb_subjects import QAD, fronted_subject, past_time

__all__ = ["document_speaker", "issuer_of_statement", "statement_before"]


def issuer_of_statement(
    tokens: list[Token], j: int, noun: int, cues: SpeechCues
) -> tuple[int, int] | None:
    """The words between the clause's first word at ``j`` (its verb) and the statement noun at
    ``noun`` (``وأصدرت وزارة الخارجية بيانا قالت فيه إن``: ``وزارة الخارجية``), or None when
    ``noun`` is no statement noun or nothing stands between."""
    if noun - j < 2 or not is_statement(tokens[noun].norm.removesuffix("ا"), cues):
        return None
    return None if tokens[j].norm.startswith("ال") else phrase(tokens, j + 1, noun)


def statement_before(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The issuer of the statement that a verb with its resumptive pronoun at ``i`` speaks in
    (``أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه``، ``ونشرت الجمعية رسالة انتقدت
    فيها``): the nearest statement noun before the verb (:func:`_statement_noun`: also after
    an adjective, a day, a place or ب, ``بيانا مشتركا``، ``بتغريدة على تويتر``), and its
    issuer, the subject of the verb of issuing (:data:`_ISSUING`) that opens its clause,
    written between that verb and the noun, or before the verb at the head of the sentence
    (``وكانت المنظمة قد نشرت ... تقريرا اتهمت فيه``، ``وأصدر الرئيس الفلسطيني، محمود عباس،
    بيانا``; not ``أن حماس أصدرت بيانا``, ``برز اسمه بعد إطلاقه تصريحات``)."""
    noun = _statement_noun(tokens, i, cues)
    if noun is None:
        return None
    verb = _issuing_verb(tokens, noun, cues)
    if verb is None:
        return None
    fronted = fronted_subject(tokens, verb, cues) if verb and tokens[verb - 1].norm == QAD else None
    if fronted is not None or noun - verb < 2:
        return fronted  # وكان مجلس الأمن قد أصدر ... بيانا: the subject before قد
    noun = next(
        (k for k in range(verb + 1, noun) if _is_statement_noun(tokens[k].norm, cues)), noun
    )
    return phrase(tokens, past_time(tokens, verb + 1, cues), noun)  # نشرت الثلاثاء الوكالة


def _statement_noun(tokens: list[Token], i: int, cues: SpeechCues) -> int | None:
    """The nearest statement noun before verb ``i`` (accusative or after ب: ``بيانا``,
    ``بتغريدة``), at most :data:`_NOUN_REACH` words back, with no other verb of saying, no
    relative nor the end of a sentence or a quotation between."""

    def reading(k: int) -> bool | None:
        if _says(tokens, k, cues) or strip_conjunction(tokens[k].norm) in _RELATIVES:
            return False
        return True if _is_statement_noun(tokens[k].norm, cues) else None

    return _nearest_before(tokens, i, _NOUN_REACH, reading)


def _is_statement_noun(norm: str, cues: SpeechCues) -> bool:
    """A statement noun, accusative or after ب (``بيانا``، ``بتغريدة``), not the account or
    site it is posted on (``حسابه``، ``تويتر``: where, not what)."""
    bare = strip_conjunction(norm).removesuffix("ا")
    if bare in _PLATFORMS or bare.removeprefix("ب") in _PLATFORMS:
        return False
    return is_statement(bare, cues) or bare[:1] == "ب" and is_statement(bare[1:], cues)


def _issuing_verb(tokens: list[Token], noun: int, cues: SpeechCues) -> int | None:
    """The verb of issuing whose object the statement noun at ``noun`` is: the nearest word of
    :data:`_ISSUING` before it, at most :data:`_ISSUER_REACH` words back, with no verb of
    saying, complementiser, relative nor the end of a sentence between."""

    def reading(k: int) -> bool | None:
        norm = strip_conjunction(tokens[k].norm)
        if norm in _ISSUING or tokens[k].norm in _ISSUING:
            return True
        if _says(tokens, k, cues) or norm in cues.complementizers or norm in _RELATIVES:
            return False
        return None

    return _nearest_before(tokens, noun, _ISSUER_REACH, reading)


def _nearest_before(
    tokens: list[Token], start: int, reach: int, reading: Callable[[int], bool | None]
) -> int | None:
    """The nearest word before ``start``, at most ``reach`` words back and not past the end of
    a sentence or a quotation, that ``reading`` finds (``True``); ``None`` when a word it
    stops at (``False``) comes first."""
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if any(c in tokens[k + 1].gap for c in _STRONG_BREAKS):
            return None
        found = reading(k)
        if found is not None:
            return k if found else None
    return None


def _says(tokens: list[Token], k: int, cues: SpeechCues) -> bool:
    """Whether the word at ``k`` is a verb of saying (``عبر`` "via" is none: ``بيانا عبر
    موقعه``)."""
    return cue_of(tokens[k].norm, cues) is not None and not is_via(tokens, k)


_NOUN_REACH = 8  # words from a statement noun to its verb (تغريدة عبر صفحته على موقع تويتر، قال)
_ISSUER_REACH = 10  # words from a verb of issuing to its statement noun
_STRONG_BREAKS = '.:;؛!?؟"«»“”'
_PLATFORMS = frozenset(
    normalize(w) for w in "تويتر فيسبوك حسابه حسابها صفحته صفحتها موقعه موقعها".split()
)
_RELATIVES = function_words("relatives")


_DAYS = function_words("weekdays") | frozenset(normalize(w) for w in "أمس اليوم مساء صباح".split())
_ISSUING = frozenset(
    normalize(w)
    for w in "أصدر أصدرت أصدروا نشر نشرت وقع وقعت وقعوا ألقى ألقت بعث بعثت وجه وجهت بث بثت".split()
)
"""Verbs of issuing a statement, a letter or a speech, which open the issuer's clause."""


def document_speaker(
    tokens: list[Token], i: int, cues: SpeechCues
) -> tuple[tuple[int, int], str] | None:
    """The speaker of a verb of evaluation at ``i`` that describes the indefinite document
    right before it, with no relative pronoun (``[document_nouns]``: ``تبنت الجمعية قرارا يدين
    إسرائيل``، ``صوتت الأمم المتحدة على مشروع قرار يدين استخدام إسرائيل القوة``): the document
    is the verb's subject, so the words after the verb are its object, never its speaker. The
    words are the issuer's when a verb of issuing or adopting opens the document's clause
    (``الجمعية``), else the document's own (``مشروع قرار``: not ``استخدام``, not the one who
    vetoed it). Returned with where the speaker stands (``before-cue``); None when no document
    stands right before the verb, or the document follows a preposition that opens its clause
    (``وفي كلمة انتقد الرئيس``: the verb's subject comes after it; but ``وقع الخبراء على رسالة
    تنتقد``)."""
    noun = i - 1
    if noun < 1 or breaks_clause(tokens[i].gap) or tokens[i].gap.strip():
        return None  # في بيان "تدين فرنسا: a quotation opens, its verb's subject follows
    if has_object_pronoun(tokens[i].norm, cues):
        return None  # في تقرير طلبته الجمعية: the document is the verb's object
    if strip_conjunction(tokens[noun].norm) not in _DOCUMENTS or _fronted(tokens, noun - 1):
        return None
    first = noun - 1 if strip_conjunction(tokens[noun - 1].norm) in _DRAFTS else noun
    j = first
    while j > 0 and not breaks_clause(tokens[j].gap):
        j -= 1
    verb = next((k for k in range(j, first) if _issues(tokens[k].norm)), None)
    if verb == j:  # وتبنى المجلس بتأييد 29 صوتا ... قرارا: the verb's subject, not the vote
        subject = min(evaluator_end(tokens, j + 1, cues), first)
    elif verb is not None and _was_subject(tokens, j, verb):
        subject = verb  # وكان مجلس الأمن أصدر السبت قرارا: the subject between كان and the verb
    else:
        subject = j
    issuer = phrase(tokens, j + 1, subject) if subject > j + 1 else None
    if issuer is not None:
        return issuer, "before-cue"
    span = phrase(tokens, first, i)
    return None if span is None else (span, "before-cue")


def _fronted(tokens: list[Token], k: int) -> bool:
    """Whether ``k`` is a preposition that opens its clause (``وفي كلمة``، ``، في بيان``)."""
    return is_preposition(tokens[k].norm) and (k == 0 or breaks_clause(tokens[k].gap))


def _was_subject(tokens: list[Token], j: int, verb: int) -> bool:
    """Whether the clause at ``j`` opens with كان and the words up to ``verb`` are its subject:
    a few words, none an accusative (``وكان تويتر مسرحا``: كان's predicate) nor a function word
    (``عندما``: another clause)."""
    if strip_conjunction(tokens[j].norm) not in _WAS or verb - j > _WAS_REACH:
        return False
    return not any(is_accusative(t.norm) or is_function_word(t.norm) for t in tokens[j + 1 : verb])


_WAS_REACH = 7  # كان and a subject of up to six words before the verb


def _issues(norm: str) -> bool:
    """A verb of issuing or adopting a statement (``أصدر``، ``تبنت``، ``مرر``)."""
    return bool({norm, strip_conjunction(norm)} & (_ISSUING | _ADOPTING))  # وزعت, ووزعت


_WAS = frozenset(normalize(w) for w in "كان كانت".split())
_DOCUMENTS = function_words("document_nouns")
_DRAFTS = frozenset({normalize("مشروع")})  # مشروع قرار: a draft resolution
_ADOPTING = frozenset(
    normalize(w)
    for w in """تبنى تبنت تبنوا اعتمد اعتمدت أقر أقرت قدم قدمت قدموا طرح طرحت مرر مررت
    وزع وزعت""".split()
)
"""Verbs of adopting, submitting or circulating a resolution, whose subject owns its words."""

"""Who speaks through a statement: ``أصدرت الوزارة بيانا قالت فيه``، ``دانت فيه``.

News often tells a body's words by the statement it issued, then a verb with the statement's
resumptive pronoun (``فيه``، ``فيها``): ``وأصدرت وزارة الخارجية بيانا قالت فيه إن``,
``أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه``. The verb's subject is not written;
the words are the issuer's, named between the verb of issuing and the statement noun.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.evaluator_subjects import evaluator_end, is_accusative
from helpers.speech_parts import (
    Token,
    breaks_clause,
    has_object_pronoun,
    is_function_word,
    is_preposition,
    is_statement,
    phrase,
)

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
    """The issuer of the statement that a verb of evaluation with its resumptive pronoun at
    ``i`` speaks in (``أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه``، ``ونشرت الجمعية
    رسالة انتقدت فيها``): the statement noun right before the verb, or before a day and a
    comma, and its issuer between it and the first word of its clause, a verb of issuing
    (:data:`_ISSUING`; not ``أن حماس أصدرت بيانا``, ``برز اسمه بعد إطلاقه تصريحات``)."""
    noun = i - 1
    if noun > 0 and strip_conjunction(tokens[noun].norm) in _DAYS:
        noun -= 1  # بيانا السبت، دانت فيه
    j = noun
    while j > 0 and not breaks_clause(tokens[j].gap):
        j -= 1
    if noun <= 0 or strip_conjunction(tokens[j].norm) not in _ISSUING:
        return None
    return issuer_of_statement(tokens, j, noun, cues)


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

"""Who speaks through a statement: ``أصدرت الوزارة بيانا قالت فيه``، ``دانت فيه``.

News often tells a body's words by the statement it issued, then a verb with the statement's
resumptive pronoun (``فيه``، ``فيها``): ``وأصدرت وزارة الخارجية بيانا قالت فيه إن``,
``أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه``. The verb's subject is not written;
the words are the issuer's, named between the verb of issuing and the statement noun.
"""

from __future__ import annotations

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.speech_parts import Token, breaks_clause, is_statement, phrase

__all__ = ["issuer_of_statement", "statement_before"]


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

"""Where the subject of a verb of saying is written when it is neither the phrase right after
the verb nor a short phrase right before it, for :mod:`helpers.attribution` and
:mod:`helpers.speech_acts`.

Arabic news moves the subject away from its verb in a few fixed ways:

* a day or a time between the verb and its subject (``اتهم الأربعاء المفوض الأعلى ...``,
  ``وقال الخميس مصدر دبلوماسي إن``): the time is an adverbial and the subject follows it;
* the pluperfect without ``قد`` (``وكان وزير الخارجية ... كشف، يوم الخميس، عن أن``,
  ``وكان رئيس البعثة، يوسف كامل، أكد ضرورة ...``): the subject stands between the auxiliary
  and the verb, however long, and what follows the verb is its object;
* a subject that opens the sentence with its name set off by commas (``لكن رئيس الوزراء
  الصيني، لي كيكيانغ، أكد في خطاب أن``): the comma before the verb closes the apposition, it
  does not cut the subject off;
* a plural subject whose examples stand in commas before its verb (``كثير من دول
  الكومنولث، مثل الهند، أيدوا``): the verb's subject is the phrase before the examples
  (:func:`past_examples`).
"""

from __future__ import annotations

from dataclasses import replace

from helpers.arabic import GAZETTEER_NAMES, normalize, strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.speech_parts import MAX_SPEAKER, Token, cue_of, has_comma, is_preposition, phrase

__all__ = ["AUXILIARIES", "QAD", "fronted_subject", "past_examples", "past_time"]

_DAYS = frozenset(
    normalize(w) for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
)
_TIMES = _DAYS | frozenset(normalize(w) for w in "أمس اليوم الليلة".split())
_PARTS_OF_DAY = frozenset(normalize(w) for w in "يوم صباح مساء ظهر فجر ليل ليلة".split())
_BARE = frozenset(':"«“،,.')  # marks that set a time word apart from its verb
_RELATIVE_TIMES = frozenset(normalize(w) for w in "الماضي الماضية المقبل المقبلة الفائت".split())


def past_time(tokens: list[Token], j: int, cues: SpeechCues) -> int:
    """The index of the first word after a day or time written at ``j``, right after a verb
    (``اتهم الأربعاء المفوض``, ``قال يوم الخميس مصدر``, ``أعلن صباح الأحد الرئيس``), when a
    subject follows it in the same clause; else ``j`` (``قال الخميس إن``: no subject here)."""
    k = j
    if k >= len(tokens) or not _BARE.isdisjoint(tokens[k].gap):
        return j  # وأضافت: "اليوم نواصل ...": the quotation opens before the time word
    if k + 1 < len(tokens) and strip_conjunction(tokens[k].norm) in _PARTS_OF_DAY:
        if tokens[k + 1].norm in _TIMES:
            k += 1
    if k >= len(tokens) or tokens[k].norm not in _TIMES:
        return j
    k += 1
    if k < len(tokens) and tokens[k].norm in _RELATIVE_TIMES:
        k += 1  # الأحد الماضي: the day's adjective is no subject
    if k >= len(tokens) or any(c in tokens[k].gap for c in "،,.:;؛"):
        return j
    word = tokens[k].norm
    if word in cues.complementizers or is_preposition(word) or cue_of(word, cues) is not None:
        return j
    return k


AUXILIARIES = frozenset(normalize(w) for w in "كان كانت".split())
"""The auxiliary of the pluperfect (``وكان الوزير قد أكد``)."""
QAD = normalize("قد")
_LEADS = frozenset(normalize(w) for w in "لكن ولكن بينما فيما".split())
_STOPS = function_words("relatives") | frozenset(normalize(w) for w in "حيث بعد قبل منذ".split())
_OFFICES = function_words("office_nouns")  # وزير التجارة، رئيس الوزراء: a title's head
_MAX_FRONTED = MAX_SPEAKER + 3  # words of a subject with its name in commas


def fronted_subject(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """Offsets of the subject of verb ``i`` written before it at the head of the sentence:
    after the auxiliary ``كان`` with no ``قد`` (``وكان الوزير ... كشف``), or a definite
    phrase, known name or office noun opening the sentence (after ``لكن`` at most) whose name
    stands in commas (``الرئيس الفرنسي، إيمانويل ماكرون، أكد``); None otherwise. The words
    between hold no other verb of saying, complementiser, relative, standalone preposition
    nor stop."""
    lo = max(0, i - _MAX_FRONTED - 1)
    for k in range(i - 1, lo - 1, -1):
        word = tokens[k].norm
        if cue_of(word, cues) is not None or word in cues.complementizers or word in _STOPS:
            return None
        if is_preposition(word) or any(c in tokens[k + 1].gap for c in ".:;؛!?؟"):
            return None
        if word == QAD and k < i - 1:
            return None  # وكان الملك قد استهل القمة بانتقادات لما وصفه: قد's verb came before
        if k == 0 or strip_conjunction(word) in AUXILIARIES:
            break
    else:
        return None
    head = strip_conjunction(tokens[k].norm)
    commas = sum(any(c in t.gap for c in "،,") for t in tokens[k + 1 : i + 1])
    named = commas == 2 and any(c in tokens[i].gap for c in "،,")  # ، إيمانويل ماكرون، أكد
    if head in AUXILIARIES:
        if k + 1 >= i or not _opens_clause(tokens, k) or not (named or commas == 0):
            return None  # كان الهجوم متوقعا، وقال: the verb opens a clause of its own
        return phrase(tokens, k + 1, i)
    if head in _LEADS and k + 1 < i:
        k += 1
    if not named or not any(
        _heads(word) for word in (tokens[k].norm, strip_conjunction(tokens[k].norm))
    ):
        return None  # الحكومة تتمسك ... is read by subject_before; only a name in commas here
    return phrase(tokens, k, i)


def _heads(word: str) -> bool:
    """Whether ``word`` may open a subject: a definite word, a known name, an office noun
    (``وزير`` keeps its و: the word is tested with and without the conjunction)."""
    return word.startswith("ال") or word in GAZETTEER_NAMES or word in _OFFICES


def _opens_clause(tokens: list[Token], k: int) -> bool:
    return k == 0 or any(c in tokens[k].gap for c in "،,.:;؛")


def past_examples(tokens: list[Token], i: int) -> tuple[list[Token], int] | None:
    """The tokens without the examples set off by commas right before verb ``i`` (``، مثل
    الهند،``، ``، ومنها فرنسا،``) and the verb's index among them, so that the subject before
    the examples is read as written right before the verb; None when no such apposition of at
    most :data:`_MAX_EXAMPLE` words ends at the verb."""
    if i < 2 or not has_comma(tokens[i].gap):
        return None
    for k in range(i - 1, max(0, i - _MAX_EXAMPLE - 1), -1):
        if has_comma(tokens[k].gap):
            if strip_conjunction(tokens[k].norm) not in _EXAMPLES or k == 0:
                return None
            return tokens[:k] + [replace(tokens[i], gap=" ")] + tokens[i + 1 :], k
    return None


_EXAMPLES = frozenset(normalize(w) for w in "مثل منها بينها خاصة بما لاسيما".split())
_MAX_EXAMPLE = 5  # words of the examples (، مثل الهند وباكستان،، بما فيها فرنسا،)

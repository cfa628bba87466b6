"""Whether the outlet's own narration makes an actor named before a word that word's doer.

The fallback rules of :mod:`helpers.stance_rules` (:data:`FALLBACK_RULES`) give a lexicon
word to an actor named before it but not written with it: the nearest actor before, the
subject of an earlier clause. In reported speech that is the speaker's account; in the
outlet's own voice it is right only where the grammar makes the actor the doer, which
:func:`narrated_doer` reads (:mod:`helpers.stance` asks it for every own-voice hit).
"""

from __future__ import annotations

import re

from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.evaluator_subjects import is_accusative
from helpers.speech_parts import NISBA, has_preposition, is_preposition, possessed
from helpers.stance_clauses import MentionInfo
from helpers.stance_hits import EARLIER_SUBJECT_RULE, NEAREST_BEFORE, Hit

__all__ = ["FALLBACK_RULES", "narrated_doer"]


FALLBACK_RULES = frozenset(
    {
        EARLIER_SUBJECT_RULE,
        NEAREST_BEFORE,
        "antecedent of the pronoun opening the clause",
        "owner of the attached pronoun",
    }
)
"""Attachment rules that find a word's doer not written with it, but named before it."""


def narrated_doer(text: str, hit: Hit, mentions: list[MentionInfo]) -> bool:
    """Whether the outlet's own narration makes the actor that the nearest-actor-before
    fallback found the doer of the word: the word is not in a prepositional phrase after the
    actor, no preposition written on it or standing in the three words before it (``وارتكب
    الجيش الإسرائيلي مجزرة``, ``شنت القوات الروسية هجوما وحشيا``, ``قيام روسيا بنشر قواتها
    على طول الحدود ... أمر غير مقبول``). A word in such a phrase tells what the actor suffers,
    meets or is put in (``تعاني لندن من ارتفاع معدلات الجريمة``, ``اضطرت السعودية للتدخل``,
    ``يضعه في عزلة``, a team's ``سبع نقاط من انتصارين``): read on ANT rows of the outlet's
    voice, such words were given to the actor before them wrongly about three times in four.
    Some phrases stay the actor's (:func:`_own_phrase`), and a ب-phrase after a verb of
    responding and its subject is its means (``ردت روسيا على العقوبات بإجراءات عدائية``).
    Reported speech keeps the fallback. Nor is a state's body named by its adjective as an
    earlier clause's subject (``فرضت الخزانة الأمريكية عقوبات على ...، لضلوعهم في أعمال قرصنة``;
    on ANT mostly wrong) unless the clause points back to it (:func:`_points_back`)."""
    mention = next((m for m in mentions if m.start == hit.actor_start), None)
    end = mention.end if mention else hit.start
    if hit.rule == EARLIER_SUBJECT_RULE:
        return not (mention and mention.adjective) or _points_back(text, end, hit)
    if hit.rule != NEAREST_BEFORE:
        return True
    before = [normalize(w) for w in tokenize(text[end : hit.start])[-_PHRASE_REACH - 2 :]]
    word, *after = [normalize(w) for w in tokenize(text[hit.start : hit.start + _NEXT_CHARS])[:2]]
    words = [*before, word, *after[:1]]
    reach = range(len(before), max(-1, len(before) - _PHRASE_REACH - 1), -1)
    opening = next((k for k in reach if _opens_phrase(words[k])), None)  # the nearest one
    if opening is None or _own_phrase(words, opening):
        return True
    return words[opening][:1] == "ب" and _responds(text, hit.actor_start)


def _points_back(text: str, end: int, hit: Hit) -> bool:
    """Whether the hit's clause is about the actor ending at ``end``: a relative pronoun right
    after it (``روسيا، التي ترتكب``), a contrast with its pronoun (``...، لكنها فشلت``; not
    ``أنها``), or a clause of في that frames its act (``وصل الجيش الروسي ...، في خطوة عدوانية``)."""
    after = tokenize(text[end : hit.start])[:1]
    if after and strip_conjunction(normalize(after[0])) in _RELATIVE_WORDS:
        return True
    part = re.split(r"[،,؛;:]", text[end : hit.start])[-1]
    clause = [strip_conjunction(normalize(w)) for w in tokenize(part)]
    return bool(_CONTRAST_BACK.intersection(clause)) or clause[:1] == [_IN] and len(clause) < 3


def _responds(text: str, actor_start: int) -> bool:
    """Whether the word right before the actor is a verb of responding (``ردت روسيا``)."""
    verb = tokenize(text[max(0, actor_start - _NEXT_CHARS) : actor_start])[-1:]
    return bool(verb) and strip_conjunction(normalize(verb[0])) in _RESPONDING


def _opens_phrase(word: str) -> bool:
    """A preposition, or a word with ب/ل written on it (``للتدخل``), not an accusative whose
    ل is its own (``لافتا``)."""
    return is_preposition(word) or has_preposition(word) and not _accusative(word)


def _own_phrase(words: list[str], k: int) -> bool:
    """Whether the preposition at ``words[k]`` opens a phrase that is still the actor's own:
    ``في`` before a noun and its adjective frames the act (``تواصل روسيا حشد قواتها في
    استفزاز واضح``, ``في تصعيد عسكري خطير``; not ``في عزلة``, ``في جرائم قتل``), and after
    a word of going on or before a noun with the actor's pronoun names the actor's course
    (``ماضية في احتكار``, ``استمرت روسيا في سياستها العدوانية``); a ب/ل-word
    with the actor's pronoun is the actor's own thing (``تمسكت روسيا بمطلبها العادل``); ``من``
    after a measure shows what the actor has (``أظهرت أوكرانيا قدرا لافتا من الصمود``), and
    after a verb of preventing and its object what the actor keeps from others (``يريد النظام
    ... منع السكان من تذكر المجزرة``)."""
    word, rest = words[k], words[k + 1 :]
    if word in _FRAMING and (k > 0 and words[k - 1] in _GOING_ON or possessed(rest[0])):
        return True  # ماضية في احتكار إدارة الأزمة، في سياستها العدوانية: its own course
    if word in _FRAMING:
        return len(rest) > 1 and all(map(_undefined, rest)) and any(map(_adjective, rest[1:]))
    if has_preposition(word):  # بمطلبها العادل
        return possessed(strip_conjunction(word)[1:])
    measure = k > 0 and (_accusative(words[k - 1]) or words[k - 1] in _MEASURES)
    prevented = k > 1 and strip_conjunction(words[k - 2]) in _PREVENTING
    return word == _FROM and (measure or prevented)


def _accusative(word: str) -> bool:
    """An undefined word in the accusative (``قدرا لافتا``: its ل is its own, no preposition)."""
    return is_accusative(word) or word.endswith("ا") and word[:2] != "ال" and len(word) >= 4


def _undefined(word: str) -> bool:
    """A word without the article or a preposition written on it (``استفزاز``, ``واضح``)."""
    return not strip_conjunction(word).startswith("ال") and not has_preposition(word)


def _adjective(word: str) -> bool:
    """An undefined word of an adjective's shape: a nisba (``عسكري``), فاعل (``واضح``,
    ``صارخ``) or فعيل (``خطير``), with or without ة; not a name, a number or a word joined
    by و (``في عزلة وصحيفة``)."""
    stem = word.removesuffix("ة")
    agent_shape = len(stem) == 4 and stem[1] == "ا"  # واضح، صارخ: و is of the word
    joined = word.startswith("و") and not agent_shape
    shaped = agent_shape or len(stem) == 4 and stem[2] == "ي" or word.endswith(NISBA)
    return _undefined(word) and not joined and shaped


_PHRASE_REACH = 3  # words before a word that its preposition may stand (من ارتفاع معدلات الجريمة)
_NEXT_CHARS = 60  # enough text after a hit for the word and the one after it
_FRAMING = frozenset(normalize(w) for w in "في وفي ففي".split())
_FROM = normalize("من")
_RESPONDING = function_words("responses")
_PREVENTING = frozenset(normalize(w) for w in "منع يمنع تمنع منعت لمنع حرمان حرم".split())
_GOING_ON = frozenset(
    normalize(w)
    for w in (
        "ماض ماضية ماضون مستمر مستمرة مستمرون تمضي يمضي مضت مضى استمر استمرت يستمر تستمر"
    ).split()
)
_MEASURES = frozenset(normalize(w) for w in "العديد الكثير المزيد مزيد كثير قدر".split())

_RELATIVE_WORDS = function_words("relatives")
_IN, _CONTRAST_BACK = normalize("في"), frozenset(normalize(w) for w in ("لكنه", "لكنها", "لكنهم"))

"""Home politics: a leader's words about a body of his own state are no stance toward it.

``اتهم أردوغان البنك المركزي التركي``، ``ألغى الرئيس الأميركي ... تصريح مدير وكالة المخابرات
المركزية الأميركية السابق متهما إياه``: the speaker speaks for the state the adjective names,
and judges one of its bodies (a bank, an agency, a court), not the state. Read on ANT, such
rows were given to the state as its leader's stance against it. A minister's protest at his
own government stays (a leader here is a person's name or the president).

A charge reported by a speaker of the accused side (``ونفى الكرملين ادعاءات الولايات المتحدة
بتدخل روسيا``، ``اعتبر مندوب إيران أن الاتهامات السعودية لإيران لا أساس لها``) is that side's
denial or account of it, no stance against it (:func:`reports_a_charge`; the guidelines: self-
defence against an accusation is none). Read on ANT, such rows were the accused's own against.
"""

from __future__ import annotations

from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_clitics, strip_conjunction
from helpers.stance_clauses import MentionInfo
from helpers.stance_hits import Hit

__all__ = ["judges_own_body", "reports_a_charge"]


def judges_own_body(text: str, every: list[MentionInfo], hit: Hit, holder: tuple[int, int]) -> bool:
    """Whether the speaker phrase at ``holder`` names the hit's state by a leader's name or its
    president (``ترامب``، ``الرئيس الأميركي``) and a negative hit reaches that state only through
    its adjective (``اتهم أردوغان البنك المركزي التركي``، ``متهما مدير وكالة المخابرات المركزية
    الأميركية``): a leader on a body of his own state is home politics, no stance."""
    judged = next((m for m in every if m.start == hit.actor_start), None)
    return (
        hit.value < 0
        and judged is not None
        and judged.adjective
        and any(
            m.actor == hit.actor and holder[0] <= m.start < holder[1] and _leader(text, m)
            for m in every
        )
    )


def _leader(text: str, mention: MentionInfo) -> bool:
    """Whether a mention names a leader: a person, or an adjective after ``الرئيس``."""
    before = tokenize(text[max(0, mention.start - _REACH) : mention.start])[-1:]
    return mention.person or (
        mention.adjective and bool(before) and strip_conjunction(normalize(before[0])) in _HEADS
    )


_HEADS = frozenset(normalize(w) for w in ("الرئيس", "رئيس"))
_REACH = 40  # characters before a mention that hold the word before it


def reports_a_charge(text: str, hit: Hit) -> bool:
    """Whether a negative hit is a charge or what a charge says of the accused: a noun of
    accusing (``اتهام``، ``الاتهامات``), or a word written with ب a few words after a noun of
    accusing or alleging in its sentence, its object (``ادعاءات الولايات المتحدة ... بتدخل
    روسيا``، ``المزاعم بتورط روسيا``). Not the verb ``اتهم``: an accuser of its own side's
    officials (``اتهم السيناتور الأمريكي ترامب``) judges them."""
    if hit.value >= 0:
        return False
    if normalize(hit.term) in _ACCUSING_NOUNS:
        return True
    word = strip_conjunction(normalize(hit.words.split()[0]))
    if not word.startswith("ب"):
        return False
    before = text[max(0, hit.start - _CHARGE_CHARACTERS) : hit.start]
    before = before[max(before.rfind(end) for end in ".!?؟") + 1 :]
    words = [strip_clitics(normalize(w)) for w in tokenize(before)][-_CHARGE_WORDS:]
    return any(w in _CHARGE_NOUNS for w in words)


_ACCUSING_NOUNS = frozenset(normalize(w) for w in ("اتهام", "اتهامات"))
_CHARGE_NOUNS = frozenset(
    strip_clitics(normalize(w)) for w in "اتهام اتهامات اتهاما ادعاء ادعاءات مزاعم".split()
)
_CHARGE_WORDS = 7  # ادعاءات الولايات المتحدة وبعض الدول الأوروبية بتدخل: a charge and its accuser
_CHARGE_CHARACTERS = 120

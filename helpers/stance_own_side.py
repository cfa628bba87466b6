"""The speaker's own side: what a speaker says of the side it speaks for is no stance toward it.

The guidelines read an actor's account of its own policy, its own defence and its own praise as
none (``قال وزير الخارجية الروسي إن سياسة موسكو واضحة``، ``قال المتحدث باسم الخارجية الصينية إن
الصين جددت دعمها``، ``أشاد ترامب بوزيرة``). :func:`own_side` tells, for one hit inside a quote,
whether it is such an account, through :func:`helpers.stance_voices.speaks_for` (the speaker
phrase names the actor, or an office of its state).

Against words go through that check only for the rules that guess an actor (a fallback, a
judged deed, defending, a warning, a charge): a minister who protests his own government's
decision judges it. Favor words go through it always (read on ANT: a spokesman thanking, praising
or supporting his own state, its leader, army or plan was the largest group of wrong favor
rows), unless another actor is named between the start of its sentence and the word:
that actor may be the one who gives the favor (``أضاف البيان أن ولي العهد السعودي وجه الشكر
إلى القيادة الأمريكية``، ``ويلتزم الرئيس الأميركي بتطبيق سياسة دعم إسرائيل``).
"""

from __future__ import annotations

from helpers.attribution import QuoteSpan
from helpers.narrated_doers import FALLBACK_RULES
from helpers.stance_clauses import MentionInfo
from helpers.stance_fallback import DEED_RULE
from helpers.stance_hits import RIGHT_RULE, WARNED_RULE, Hit
from helpers.stance_home import judges_own_body, reports_a_charge
from helpers.stance_lexicon import defends
from helpers.stance_roles import RECEIVER_RULES
from helpers.stance_voices import speaks_for

__all__ = ["own_side"]

_OWN_SIDE_RULES = FALLBACK_RULES | {DEED_RULE, WARNED_RULE, RIGHT_RULE}
"""Rules whose actor, on the speaker's own side, is no one the speaker judges."""


def own_side(
    text: str,
    quote: QuoteSpan,
    every: list[MentionInfo],
    hits: list[Hit],
    hit: Hit,
    holder: tuple[int, int],
    sentence_start: int,
) -> bool:
    """Whether a hit gives its actor the speaker's account of its own side (:func:`speaks_for`):
    a word a fallback rule attaches, a judged deed, defending, a charge (``reports_a_charge``),
    or a warning or threat whose actor is named apart from the speaker phrase at ``holder``
    (``قال مستشار الأمن القومي الأمريكي إن المحكمة تهدد السيادة الأمريكية``), not inside it
    (``وهددت واشنطن وباريس بشن ضربات``: the phrase names the ones who threaten). Any other
    favorable word (:func:`_own_favor`) too, unless an actor that may give it is named before
    it in its sentence (:func:`_giver_named_between`). For a favorable word, a speaker phrase
    that names no actor (``وأكدت المستشارة``) is read where the article gave the speaker's
    title in full (``speaks_for``'s ``in_full``); a hostile word keeps the phrase alone: a
    critic named by surname is seldom the side he criticizes, and his nationality is no
    office (``وقال كومي إن ترامب يكذب``)."""
    if hit.rule not in _OWN_SIDE_RULES and not (defends(hit.term) or reports_a_charge(text, hit)):
        if _own_favor(hit):
            return speaks_for(
                text, quote, every, hits, hit, in_full=True
            ) and not _giver_named_between(every, hit, holder, sentence_start)
        return judges_own_body(text, every, hit, holder)  # اتهم أردوغان البنك المركزي التركي
    if hit.rule == WARNED_RULE and holder[0] <= hit.actor_start < holder[1]:
        return False
    return speaks_for(text, quote, every, hits, hit, in_full=_own_favor(hit))


def _own_favor(hit: Hit) -> bool:
    """Whether a hit is a favorable word that may decide a stance: positive, and no word of
    cooperation (``التعاون``، ``الاتفاق``), which tells a relation and decides nothing, nor a
    favor the actor receives from another (``ولقيت إجراءات الرياض مساندة خليجية``): that
    one's stance, whoever tells it."""
    return hit.value > 0 and hit.role != "mutual" and hit.rule not in RECEIVER_RULES


def _giver_named_between(
    every: list[MentionInfo], hit: Hit, holder: tuple[int, int], start: int
) -> bool:
    """Whether an actor other than the hit's is named from ``start`` (the start of the hit's
    sentence) up to the favorable word, outside the speaker phrase at ``holder``: the favor
    may be that actor's, told by the speaker (``قال وزير الخارجية الإيراني إن روسيا تدعم
    إيران``), or the speaker phrase may be misread (``استقبل ترامب نظيره الفرنسي ... وشكر
    فرنسا``)."""
    return any(
        m.actor != hit.actor
        and start <= m.start < hit.start
        and not holder[0] <= m.start < holder[1]
        for m in every
    )

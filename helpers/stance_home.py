"""Home politics: a leader's words about a body of his own state are no stance toward it.

``اتهم أردوغان البنك المركزي التركي``، ``ألغى الرئيس الأميركي ... تصريح مدير وكالة المخابرات
المركزية الأميركية السابق متهما إياه``: the speaker speaks for the state the adjective names,
and judges one of its bodies (a bank, an agency, a court), not the state. Read on ANT, such
rows were given to the state as its leader's stance against it. A minister's protest at his
own government stays (a leader here is a person's name or the president).
"""

from __future__ import annotations

from helpers.arabic import normalize, strip_conjunction, tokenize
from helpers.stance_clauses import MentionInfo
from helpers.stance_hits import Hit

__all__ = ["judges_own_body"]


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

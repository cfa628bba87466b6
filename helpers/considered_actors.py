"""A verb of considering read as the passive: the actor beside it is what is considered.

Unvocalised ``يعتبر`` / ``تعتبر`` / ``يعد`` / ``تعد`` are also ``يُعتبر`` / ``تُعدّ``, "is
considered": ``ويعتبر النظام الإيراني الراعي الأول للإرهاب``, ``إيران تعد الداعم الأكبر
للإرهاب``. The active verb names what its subject holds right after the subject (``تعتبر
تركيا الوحدات الكردية تنظيما إرهابيا``), so where a word that judges the actor comes right
after the actor and the verb, with nothing between, the verb has no object of its own: the
sentence says what the actor is held to be, in the voice around it (the outlet's, or a
speaker's who reports it), and the actor is no speaker of a judgement of itself (the
guidelines: the target is the actor the evaluation is about, not the one who utters it).
Only the imperfect: the past ``اعتبرت إيران`` is the active verb in news.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_conjunction
from helpers.stance_clauses import MentionInfo
from helpers.stance_hits import Hit

__all__ = ["considered_actor"]

_VERBS = frozenset(normalize(w) for w in ("يعتبر", "تعتبر", "يعد", "تعد"))
"""The imperfect verbs of considering, also read as the passive (يُعتبر، تُعدّ)."""
_REACH = 24  # characters before a mention that hold the two words before it


def considered_actor(text: str, hit: Hit, mentions: Sequence[MentionInfo]) -> bool:
    """Whether ``hit`` judges the actor a verb of considering is read of in the passive: the
    actor's mention and the verb side by side (verb first, or the actor first; the noun of an
    adjective mention between, ``يعتبر النظام الإيراني``), the hit's word right after them
    (``ويعتبر النظام الإيراني الراعي الأول للإرهاب``، ``إيران تعد الداعم الأكبر للإرهاب``). Not a
    cooperation word (the active verb's object: ``إسرائيل تعتبر الاتفاق مهما``) nor a word with
    ب (``تعد إيران بالرد``: "promises")."""
    mention = next((m for m in mentions if m.start == hit.actor_start), None)
    if mention is None or mention.end > hit.start or hit.role == "mutual":
        return False
    after = tokenize(text[mention.end : hit.start])
    if normalize(hit.words).startswith("ب"):
        return False
    if not after:
        # ويعتبر النظام الإيراني: an adjective's noun stands between the verb and it
        words = 2 if mention.adjective else 1
        before = tokenize(text[max(0, mention.start - _REACH) : mention.start])[-words:]
        return len(before) == words and _is_verb(before[0])
    return len(after) == 1 and _is_verb(after[0])


def _is_verb(token: str) -> bool:
    """Whether a token is an imperfect verb of considering, with its conjunction (ويعتبر)."""
    return strip_conjunction(normalize(token)) in _VERBS

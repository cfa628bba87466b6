"""Whether the nearest actor before a judged word is the one who judges, not the one judged.

The fallback "nearest actor before" of :mod:`helpers.stance_doers` gives a word whose doer is
not written with it to the last actor named before it. When that actor is the subject of a
verb of judging, calling or holding an opinion written between it and the word (``ماكرون
وميركل يدعوان إلى نزع فتيل التصعيد``، ``ترامب الذي عدها خيانة``، ``روسيا تعتبر أي تغيير غير
مقبول``), the word is what the actor says of something else: the actor is its judge, not its
doer. Verbs whose object carries the charge (اتهم، حمّل، حذّر، هاجم) are left out: their object,
when an actor, is the nearer one anyway, and ``روسيا التي اتهمها الغرب`` is judged.
"""

from __future__ import annotations

from functools import cache

from helpers.arabic import normalize
from helpers.clitics import pronoun_stem, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.stance_clauses import Actor, Token, definite

__all__ = ["judges_the_word"]

_CHARGING_STEMS = tuple(normalize(w) for w in ("تهم", "حمل", "حذر", "هاجم"))
_PASSIVE_READINGS = frozenset(normalize(w) for w in "يعتبر تعتبر يرى ترى".split())
_COUNTED = frozenset(normalize(w) for w in "عد عدت يعد تعد".split())  # also count, is considered
_REACH = 3  # words from the actor to its verb: ترامب الذي عدها، روسيا تعتبر


@cache
def _judging_verbs() -> frozenset[str]:
    """The verbs of evaluation of ``speech_cues.txt`` without those that charge their object,
    and the verbs of opinion (``[opinion_verbs]``)."""
    evaluation = {w for w, (kind, _) in default_cues().cues.items() if kind == "evaluation"}
    kept = {w for w in evaluation if not any(s in w for s in _CHARGING_STEMS)}
    return frozenset(kept | function_words("opinion_verbs"))


def judges_the_word(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether a verb of judging whose subject is ``actor`` stands between it (at most
    :data:`_REACH` words after it) and the word at ``i``. A present verb of opinion right
    before the word is passive (``إيران تعتبر الراعي الأول``: is considered). A verb with an
    object pronoun (also عدّ, whose bare form is also "count") counts only when no definite
    noun, its own subject, follows it (``روسيا التي انتقدها الغرب``: the West judges Russia)."""
    verbs = _judging_verbs()
    for k in range(actor.last + 1, min(actor.last + 1 + _REACH, i)):
        word = strip_conjunction(tokens[k].norm)
        if word in verbs and not (word in _PASSIVE_READINGS and k + 1 == i):
            return True
        stem = pronoun_stem(word)  # عدها، اعتبرهم: the verb with its object pronoun
        if stem in verbs | _COUNTED and (k + 1 == i or not definite(tokens[k + 1].norm)):
            return True
    return False

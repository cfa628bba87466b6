"""A deed named as what an evaluation is about: ``عدوان سافر جسده نقل الولايات المتحدة
سفارتها``، ``خطوات مرفوضة مثل الضربات الأمريكية``، ``عقوبات أحادية، ومنها قانون العقوبات
الأمريكي``، ``انتهاك صارخ يتمثل في القصف الروسي``.

Speakers often say the evaluation first and then name the deed it is about through a word
that gives its instance or its shape (``[instance_links]``: embodied, consisting in, such as,
among them). The deed (a measure or act of the role frames' ``[judged_acts]``, or a state's
move of its own mission: :func:`helpers.stance_owner_chains.is_deed`) right after the link
then takes the evaluation, and its doer as the text writes it with the deed
(:func:`helpers.stance_owner_chains.deed_doers`: an adjective or owner right after it, never the
one who suffers it) is judged the same way. Called by :mod:`helpers.stance_chains`.
"""

from __future__ import annotations

import math

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Chain, Token
from helpers.stance_owner_chains import Sufferers, deed_doers, is_deed

__all__ = ["INSTANCE_LINKS", "deeds_named"]

INSTANCE_LINKS = function_words("instance_links")
_AMONG = normalize("بينها")  # من بينها
_OF = normalize("من")
_OF_THEM = normalize("منها")  # ومنها
_SHAPE_VERBS = function_words("shape_verbs")  # يتمثل في: the deed after في or ب
_IN = normalize("في")
_EVALUATION_SCOPE = 6  # words from the evaluation to its link (عدوان سافر على القانون، جسده)
_INSTANCE_VALUE = 1.0
RULE = "doer of a deed named after its evaluation"


def deeds_named(
    k: int,
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    sufferers: Sufferers,
) -> list[Chain]:
    """The doers of the deed the link at ``k`` names, judged by the evaluation before the link:
    the summed values of the words of evaluation within :data:`_EVALUATION_SCOPE` words before
    it, in its clause or the clause it follows (``الدولية، جسدها``). ``من بينها`` needs its من,
    ``منها`` its و."""
    word = strip_conjunction(tokens[k].norm)
    if word == _AMONG and (k == 0 or strip_conjunction(tokens[k - 1].norm) != _OF):
        return []
    if word == _OF_THEM and word == tokens[k].norm:
        return []  # منها alone: "from it"
    j = k + 1
    if word in _SHAPE_VERBS:  # المتمثل في نقل، يتمثل بالقصف
        if j < len(tokens) and tokens[j].norm == _IN:
            j += 1
        elif j >= len(tokens) or not tokens[j].norm.startswith("ب"):
            return []
    if j >= len(tokens) or not is_deed(j, tokens, values):
        return []
    clause = tokens[k].clause
    value = sum(
        values.get(m, 0.0)
        for m in range(max(k - _EVALUATION_SCOPE, 0), k)
        if clause - 1 <= tokens[m].clause <= clause
    )
    if value == 0.0:
        return []
    sign = math.copysign(_INSTANCE_VALUE, value)
    return [Chain(k, 1, a, sign, RULE, k) for a in deed_doers(j, tokens, actors, sufferers)]

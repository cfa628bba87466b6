"""What a verb of evaluation takes right after it when its subject was named before.

A continuing statement (``وثمن الموقف البريطاني``، ``وامتدح دور القوات الروسية``، ``وشكر روسيا
على دعمها``) writes the verb with its subject in it, named in the clause or sentence before, and
its object right after it; news writes the subject after the verb otherwise (``وانتقد الرئيس
الأمريكي``), so only a word that cannot be the subject makes the actor after the verb its
object. Read by :func:`helpers.stance_targets.hit_targets` for verbs of evaluation:

* a judged thing (``[judged_things]``: a position, decision, policy, role, effort) with the
  actor's adjective after it, or one that never speaks (``[owned_things]``) in construct with the
  actor as its owner, the verb opening its clause (:func:`thing_right_after`);
* a country or capital after a masculine verb (:func:`state_object`, :mod:`helpers.verb_gender`).
"""

from __future__ import annotations

from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word, definite
from helpers.verb_gender import state_after_masculine_verb

__all__ = ["state_object", "thing_right_after"]

_THINGS = function_words("judged_things")
_OWNED = function_words("owned_things")
_OPENERS = function_words("clause_openers") | frozenset(("كما", "ثم", "قد"))


def thing_right_after(j: int, actor: Actor, tokens: list[Token], hit_starts: list[int]) -> bool:
    """Whether the verb of evaluation ending before ``j`` takes right after it a definite
    thing an actor's adjective qualifies (``وثمن الموقف البريطاني``، ``وانتقد القرار الأمريكي``،
    ``وأيد المبادرة الفرنسية``): a verb with its subject named before (a continuing statement)
    whose object is a position, decision, policy, role or effort (``[judged_things]``), or one
    that never speaks in construct with the actor as its owner (``[owned_things]``: ``وامتدح دور
    القوات الروسية``، ``وثمن جهود روسيا``) after a verb that opens its clause (not ``عمل
    "عنصري" يدعم دور الإمبراطورية``: the subject stands before it); not a person or body
    (``وانتقد الرئيس الأمريكي``: the subject), nor a word judged by its own role (``وأدان
    العدوان التركي``)."""
    if j in hit_starts or j + 1 >= len(tokens):
        return False
    if strip_conjunction(tokens[j].norm) in _OWNED:  # وامتدح دور القوات الروسية، جهود روسيا
        owner = actor.first == j + 1 and not actor.adjective and not tokens[j + 1].prefix_prep
        owner = owner or (actor.adjective and actor.first == j + 2 and definite(tokens[j + 1].norm))
        return owner and _opens_its_clause(j - 1, tokens)
    return (
        actor.adjective
        and actor.first == j + 1
        and definite(tokens[j].norm)
        and bare_word(tokens[j].norm) in _THINGS
    )


def _opens_its_clause(k: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``k`` opens its clause, alone or after a word that opens one
    (``لكنه``، ``كما``، ``ثم``)."""
    if k <= 0 or tokens[k - 1].clause != tokens[k].clause:
        return True
    return strip_conjunction(tokens[k - 1].norm) in _OPENERS


def state_object(i: int, n: int, tokens: list[Token]) -> bool:
    """Whether a country or capital right after the one-word verb at ``i``, in its clause, is
    its object by the verb's masculine form (``وشكر روسيا``: :mod:`helpers.verb_gender`)."""
    joined = n == 1 and i + 1 < len(tokens) and tokens[i + 1].clause == tokens[i].clause
    return joined and state_after_masculine_verb([t.norm for t in tokens], i)

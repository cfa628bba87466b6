"""An actor that closes a deed phrase at the head of its clause owns the clause's subject.

``إن قرار نقل السفارة الأمريكية خطأ``، ``خطوة فرض الرسوم الأمريكية تمثل عدوانا``: the subject
is a chain of nouns in construct that opens with a deed (a decision, step, policy, conduct or
act: :data:`helpers.stance_owner_chains.DEED_NOUNS`) and ends in the actor (its
adjective or its name), so the predicate judges the actor, as it does the actor that opens its
clause (:func:`helpers.stance_syntax.opens_its_clause`). Read by :mod:`helpers.stance_doers`
for a noun's doer.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.stance_clauses import PREPOSITIONS, Actor, Token, definite
from helpers.stance_owner_chains import DEED_NOUNS

__all__ = ["closes_a_deed_subject"]

_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن"))
_CHAIN = 4  # nouns of the subject before the actor (قرار نقل مقر السفارة)


def closes_a_deed_subject(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` closes a chain of nouns in construct that opens its clause (past إن or
    أن) with a deed noun without the article: every noun before the actor's word is without
    the article and no preposition, but the last when the actor is its adjective
    (``السفارة الأمريكية``), at most :data:`_CHAIN` of them."""
    first = actor.first
    while first > 0 and tokens[first - 1].clause == tokens[actor.first].clause:
        first -= 1
    if strip_conjunction(tokens[first].norm) in _THAT:
        first += 1
    chain = [strip_conjunction(t.norm) for t in tokens[first : actor.first]]
    if not chain or len(chain) > _CHAIN or chain[0] not in DEED_NOUNS:
        return False
    bare = chain[:-1] if actor.adjective and definite(chain[-1]) else chain
    return not actor.governor and all(
        not definite(word) and word not in PREPOSITIONS and word[:1] not in ("ب", "ل")
        for word in bare
    )

"""Chains that judge the owner of an act: rejecting an actor's decision, policy or hostile act
(``رفضت الدول العربية القرار الأمريكي``), and sponsoring or supporting a hostile thing (``تمويل
إيران للعمليات الإرهابية``، ``إيران تدعم الإرهاب``). A :class:`Chain` is one stance carried by
a construction rather than one word; :mod:`helpers.stance_chains` finds the others (demands,
warnings, threats, praise of a hostile act, anger, blame, fear, names).
"""

from __future__ import annotations

from typing import NamedTuple

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, definite
from helpers.stance_lexicon import word_forms

__all__ = ["Chain", "owned_acts", "same_clause"]

_SPONSORING = function_words("sponsoring_nouns")
_SPONSOR_VALUE = -1.0


class Chain(NamedTuple):
    """One stance carried by a construction: tokens ``start .. start+size-1`` name it, and
    ``anchor`` is the token whose place in the text is the stance's (what a warning warns of,
    inside the warner's words)."""

    start: int
    size: int
    actor: Actor
    value: float
    rule: str
    anchor: int


def same_clause(tokens: list[Token], k: int, j: int) -> bool:
    """Whether tokens ``k`` and ``j`` are in one clause (``j`` inside the sentence)."""
    return 0 <= j < len(tokens) and tokens[j].clause == tokens[k].clause


def owned_acts(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float], acts: set[int]
) -> list[Chain]:
    """The chains that judge the owner of an act: rejecting it, sponsoring or supporting a
    hostile thing (nouns, verbs and participles)."""
    forms = word_forms(tokens[k].norm)
    chains = [] if _REJECTING.isdisjoint(forms) else _rejected(k, tokens, actors, acts)
    if not _SPONSORING.isdisjoint(forms):
        return chains + _sponsored(k, tokens, actors, values)
    if strip_conjunction(tokens[k].norm) in _SPONSORING_VERBS:
        return chains + _sponsoring_verb(k, tokens, actors, values)
    return chains


def _sponsored(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float]
) -> list[Chain]:
    """``تمويل إيران للعمليات الإرهابية``: a noun of sponsoring, its owner (the actor right
    after it) and a ل-object that is hostile (a negative hit on the object noun or on the
    adjective after it) make the owner the sponsor of that hostile thing. A hostile word that
    counts for nothing (``دعم روسيا لمكافحة الإرهاب``) sponsors nothing."""
    owner = next((a for a in actors if a.first == k + 1 and not a.governor), None)
    j = owner.last + 1 if owner is not None else len(tokens)
    if j >= len(tokens) or not same_clause(tokens, k, j) or tokens[j].norm[:1] != "ل":
        return []
    if min(values.get(j, 0.0), values.get(j + 1, 0.0)) >= 0:
        return []
    return [Chain(k, 1, owner, _SPONSOR_VALUE, "sponsor of a hostile thing", k)]


def _sponsoring_verb(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float]
) -> list[Chain]:
    """``إيران تدعم الإرهاب``، ``النظام الإيراني يدعم المنظمات الإرهابية``، ``النظام الإيراني
    الداعم للإرهاب``: a verb or participle of supporting or funding whose object (right after
    it) is hostile makes the actor right before it (a participle's noun, a subject) the
    sponsor."""
    # (not an actor right after the verb: in تدعم نظام الأسد الإجرامي it is what is supported)
    sponsor = [a for a in actors if a.last == k - 1 and not a.in_phrase][:1]
    if not sponsor:
        return []
    j = k + 1
    if j >= len(tokens) or not same_clause(tokens, k, j):
        return []
    if min(values.get(j, 0.0), values.get(j + 1, 0.0)) >= 0:
        return []  # تدعم جهود مكافحة الإرهاب: what is supported is not hostile
    return [Chain(k, 1, sponsor[0], _SPONSOR_VALUE, "sponsor of a hostile thing", k)]


_SPONSORING_VERBS = frozenset(
    normalize(w)
    for w in (
        "يدعم تدعم دعمت يمول تمول مول مولت يسلح تسلح سلحت يرعى ترعى ترعاه تؤوي يؤوي تحتضن"
        " يحتضن الداعم الداعمة الممول الممولة الراعي الراعية"
    ).split()
)


def _rejected(k: int, tokens: list[Token], actors: list[Actor], acts: set[int]) -> list[Chain]:
    """``رفضت الدول العربية القرار الأمريكي``، ``أعلنت روسيا رفضها القاطع للعقوبات الأمريكية``:
    rejecting an actor's decision, policy or hostile act is against that actor (the owner or
    adjective right after the object, within :data:`_REJECTED_SCOPE` words of the word of
    rejecting; a subject after the verb and an adjective of the rejecting may stand between).
    Not the actor of a speech noun (``رفضت الصين الاتهامات الأمريكية``: self-defence), nor one
    after على (``رفض العقوبات على روسيا``: the sanctioned)."""
    for j in range(k + 1, min(k + 1 + _REJECTED_SCOPE, len(tokens) - 1)):
        if not same_clause(tokens, k, j + 1):
            return []
        if any(a.first <= j <= a.last for a in actors):
            continue  # the subject after the verb (رفضت الصين القرار)
        forms = word_forms(tokens[j].norm)
        if not (_REJECTED_OBJECTS.intersection(forms) or j in acts):
            continue
        after = tokens[j + 1].norm
        k2 = j + 2 if definite(after) and not any(a.first == j + 1 for a in actors) else j + 1
        owner = next((a for a in actors if a.first in (j + 1, k2) and not a.governor), None)
        if owner is None or (not owner.adjective and owner.first != j + 1):
            return []
        return [Chain(k, 1, owner, _REJECT_VALUE, "owner of what is rejected", k)]
    return []


_REJECTING = frozenset(normalize(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضة"))
_REJECTED_OBJECTS = function_words("rejected_objects")
_REJECTED_SCOPE = 4  # words from the word of rejecting to its object
_REJECT_VALUE = -0.8

"""Demands and obligations to stop, and the actors a verb addresses.

A demand to stop addressed to an actor is against it (``طالبت المنظمة بريطانيا بتعليق مبيعات
الأسلحة``، ``دعت موسكو واشنطن إلى وقف ...``), and so is an obligation that binds it (``يتعين على
السلطات الإيرانية الامتناع عن ...``، ``على إسرائيل أن توقف ...``); a demand to stop a deed is
against the deed's doer (:func:`helpers.stance_owner_chains.stopped_deed`) and a demand of
redress against the one asked (:func:`helpers.stance_redress.redress_demanded`). A call for a
ceasefire (``وقف إطلاق النار``) asks every side alike and judges none. :func:`addressees`, the
objects of a verb, also serves the warnings and blame of :mod:`helpers.stance_chains`.
"""

from __future__ import annotations

from collections.abc import Callable

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import PREPOSITIONS, Actor, Chain, Token, definite, same_clause
from helpers.stance_lexicon import word_forms
from helpers.stance_owner_chains import stopped_deed
from helpers.stance_redress import redress_demanded

__all__ = ["CHAIN_SCOPE", "DEMAND_TRIGGERS", "addressees", "demands_to_stop"]

CHAIN_SCOPE = 10  # words from the verb to the end of its chain (طالبت المنظمة كلا من بريطانيا ...)
_DEMANDS = function_words("demand_verbs")
_OBLIGATIONS = function_words("obligations")
_CESSATIONS = function_words("cessations")
_DEMAND_VALUE = -1.0
_OBJECT_PARTICIPLES = function_words("object_participles")


def demands_to_stop(
    k: int,
    word: str,
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    sufferers: Callable[[int], set[str]],
) -> list[Chain]:
    """The chains of a demand or obligation whose verb is token ``k`` (``word``: its form
    without a conjunction): its addressees or the one it binds, the doer of the deed to stop
    (``طالبت بوقف الغارات الروسية``) and redress asked of the addressees."""
    chains: list[Chain] = []
    stop = _cessation(k, tokens) if word in _DEMANDS or word in _OBLIGATIONS else None
    if stop is not None:
        chains += stopped_deed(k, stop, tokens, actors, values, sufferers)
    if word in _DEMANDS:
        chains += _demand(k, stop, tokens, actors)
        asked = [a for a in addressees(k, len(tokens), tokens, actors) if not a.in_phrase]
        chains += _redress(k, tokens, actors, asked)
    elif word in _OBLIGATIONS:
        chains += _obligation(k, stop, tokens, actors)
        chains += _redress(k, tokens, actors, _bound(k, len(tokens), actors))
    elif word == _ON:
        chains += _bare_obligation(k, tokens, actors)
    return chains


def addressees(
    k: int, stop: int, tokens: list[Token], actors: list[Actor], *, maker_after: bool = False
) -> list[Actor]:
    """The actors a verb at ``k`` addresses before token ``stop``: the actors after it in its
    clause without its subject (:func:`_subject_after`; read where no actor stands before the
    verb in its clause, or, ``maker_after``, where the verb opens a clause of its own: ``في وقت
    هدد ترامب بالانسحاب``), nor actors that sit in a phrase other than ``كلا من`` or own a noun
    of the subject, nor the adjective right after such an owner (``توعد نائب رئيس الحرس الثوري
    الإيراني``). An adjective is an object when it describes a definite noun (``حذرت إيران
    الرئيس الأميركي``). A circumstantial participle (``[object_participles]``: ``...، محذرا
    واشنطن من``) has its subject in the main clause, so every actor after it may be its
    object."""
    clause = tokens[k].clause
    after = [a for a in actors if k < a.first < stop and tokens[a.first].clause == clause]
    participle = strip_conjunction(tokens[k].norm) in _OBJECT_PARTICIPLES
    before = any(a.last < k and tokens[a.first].clause == clause for a in actors)
    if not participle and (maker_after or not before):
        subject = _subject_after(k, after, _each_of(k, tokens))
        after = [a for a in after if a not in subject]
    owners = [a for a in after if _owned(a, k, tokens, actors)]
    return [
        a
        for a in after
        if (not a.adjective or definite(tokens[a.first - 1].norm) or _after_actor(a, k, actors))
        and (not a.in_phrase or _listed(a, tokens))
        and a not in owners
        and not any(a.adjective and o.last == a.first - 1 and o.actor == a.actor for o in owners)
    ]


def _after_actor(actor: Actor, k: int, actors: list[Actor]) -> bool:
    """Whether an adjective stands right after the verb's subject (``حذرت إسرائيل
    الفلسطينيين``): then it names people (the Palestinians), the verb's object."""
    return any(a.last == actor.first - 1 and a.first > k for a in actors)


def _subject_after(k: int, after: list[Actor], listed: bool = False) -> list[Actor]:
    """The actors that make up the subject of a verb at ``k`` written after it (no subject
    before it): an actor right after the verb (``دعت روسيا``) or, ``listed``, after its ``كل
    من`` (``دعت كل من الولايات المتحدة وبريطانيا``), a title's adjective (``هدد
    الرئيس السوري``) or name (``حذر الرئيس ترامب``), and the name after that adjective
    (``الرئيس السوري بشار الأسد``), and the actors joined to it by و (``حذرت بريطانيا
    والولايات المتحدة من``)."""
    if not after:
        return []
    first = after[0]
    right_after = first.first == k + 1 or (listed and first.first == k + 3)
    if not (right_after or first.adjective or first.person):
        return []
    named = [
        a for a in after[1:2] if a.person and a.first == first.last + 1 and a.actor == first.actor
    ]  # not حذرت واشنطن نظام الأسد: another actor's name is the object
    subject = [first, *named]
    for a in after[len(subject) :]:  # وهددت واشنطن وباريس: those joined by و share the verb
        if not (a.conjunct and a.first == subject[-1].last + 1):
            break
        subject.append(a)
    return subject


def _each_of(k: int, tokens: list[Token]) -> bool:
    """Whether ``كل من`` follows the verb at ``k``: ``كل`` in the nominative opens the verb's
    subject (``دعت كل من الولايات المتحدة وبريطانيا``); ``كلا من``, in the accusative, opens
    its object (:func:`_listed`)."""
    following = tokens[k + 1 : k + 3]
    words = [strip_conjunction(t.norm) for t in following]
    return words == [_EACH, _FROM] and all(t.clause == tokens[k].clause for t in following)


_EACH, _FROM = normalize("كل"), normalize("من")


def _owned(actor: Actor, k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``actor`` is the owner of a noun in the construct state after the verb at ``k``
    (``حذرت جمعية شركات فرنسا``: a bare noun, no actor, right before it): part of the subject
    phrase, not the verb's object."""
    j = actor.first - 1
    if j <= k or any(a.first <= j <= a.last for a in actors):
        return False
    word = strip_conjunction(tokens[j].norm)
    return not word.startswith("ال") and word not in _NOT_OWNED_NOUNS


def _listed(actor: Actor, tokens: list[Token]) -> bool:
    """``كلا من بريطانيا وفرنسا``: the actors listed after كلا من are objects."""
    return any(tokens[j].norm in _LIST_OPENERS for j in range(max(actor.first - 6, 0), actor.first))


_LIST_OPENERS = function_words("list_openers")
_NOT_OWNED_NOUNS = _LIST_OPENERS | PREPOSITIONS  # words before an actor that own nothing


def _cessation(k: int, tokens: list[Token]) -> int | None:
    """The first word of stopping within :data:`CHAIN_SCOPE` words after ``k`` in its clause,
    introduced by ب or إلى or standing right after the obligation (``بتعليق``, ``إلى وقف``),
    unless it is a ceasefire (``وقف إطلاق النار``)."""
    for j in range(k + 1, min(k + 1 + CHAIN_SCOPE, len(tokens))):
        if not same_clause(tokens, k, j):
            return None
        forms = word_forms(strip_conjunction(tokens[j].norm))
        if not _CESSATIONS.intersection(forms):
            continue
        if j + 1 < len(tokens) and strip_conjunction(tokens[j + 1].norm) in _CEASEFIRE:
            return None
        return j
    return None


_CEASEFIRE = function_words("ceasefire")


def _demand(k: int, stop: int | None, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``طالبت المنظمة بريطانيا بتعليق ...``: the addressees of a demand to stop (``stop``: the
    word of stopping, :func:`_cessation`)."""
    if stop is None:
        return []
    return [
        Chain(k, 1, a, _DEMAND_VALUE, "addressee of a demand to stop", k)
        for a in addressees(k, stop, tokens, actors)
    ]


def _obligation(k: int, stop: int | None, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``يتعين على السلطات الإيرانية الامتناع عن ...``: the one who must stop (``stop``: the word
    of stopping, :func:`_cessation`)."""
    if stop is None:
        return []
    return [Chain(k, 1, a, _DEMAND_VALUE, "one who must stop", k) for a in _bound(k, stop, actors)]


def _bare_obligation(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``على إسرائيل أن توقف ...``: an obligation written with على alone, the actor right after
    it and أن before a verb of stopping (``[cessation_verbs]``) at most two words on."""
    bound = next((a for a in actors if a.first == k + 1 and a.governor == _ON), None)
    if bound is None or not same_clause(tokens, k, bound.last):
        return []
    that = bound.last + 1
    if that >= len(tokens) or strip_conjunction(tokens[that].norm) != _THAT_WORD:
        return []
    verb = next(
        (
            j
            for j in range(that + 1, min(that + 3, len(tokens)))
            if same_clause(tokens, that + 1, j)
            and strip_conjunction(tokens[j].norm) in _CESSATION_VERBS
        ),
        None,
    )
    if verb is None or (
        verb + 1 < len(tokens) and strip_conjunction(tokens[verb + 1].norm) in _CEASEFIRE
    ):
        return []  # على الطرفين أن يوقفا إطلاق النار: a truce asks nobody to stop a wrong
    return [Chain(k, verb - k + 1, bound, _DEMAND_VALUE, "one who must stop", k)]


_ON = normalize("على")
DEMAND_TRIGGERS = _DEMANDS | _OBLIGATIONS | {_ON}  # words where demands_to_stop may find a chain
_THAT_WORD = normalize("أن")
_CESSATION_VERBS = function_words("cessation_verbs")


def _bound(k: int, stop: int, actors: list[Actor]) -> list[Actor]:
    """The one an obligation at ``k`` binds (``يتعين على X``), before token ``stop``."""
    return [a for a in actors if k < a.first < stop and a.governor in _BOUND][:1]


def _redress(k: int, tokens: list[Token], actors: list[Actor], asked: list[Actor]) -> list[Chain]:
    """Redress demanded of ``asked`` (:func:`helpers.stance_redress.redress_demanded`)."""
    return redress_demanded(k, tokens, actors, asked)


_BOUND = frozenset(normalize(w) for w in ("على", "ل"))  # يتعين على X، ينبغي لـX

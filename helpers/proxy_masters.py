"""The master a proxy's naming judges: ``ذراع إيران``، ``أداة لإيران``، ``بإيعاز إيراني``.

Arabic news judges an actor by what it calls the groups it backs: a group named as an actor's
arm, tool or proxy (``جماعة الحوثي، ذراع إيران في اليمن``، ``ليسوا سوى أداة لإيران``، ``وكلاء
طهران``) is that actor's instrument, and a deed done at an actor's instigation (``تهديدات
الميليشيات بإيعاز إيراني``) is put on the instigator. Both are against the master, in the voice
of whoever names it so. A nationality adjective after a proxy noun (``الأذرع الإيرانية``) only
labels the group, like a militia's patron (:mod:`helpers.militia_patrons`), and is not read;
after the instigation noun it names the instigator. The word lists are ``[proxy_nouns]``,
``[instigation_nouns]`` and ``[held_by]`` of ``helpers/data/function_words.toml``.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Chain, Token, definite
from helpers.stance_lexicon import word_forms

__all__ = ["MASTER_RULE", "INSTIGATOR_RULE", "named_masters", "starts_master_chain"]

MASTER_RULE = "master of a named proxy"
INSTIGATOR_RULE = "instigator of the deed"
_PROXY_NOUNS = function_words("proxy_nouns")
_INSTIGATION = function_words("instigation_nouns")
_HELD_BY = function_words("held_by")
_IN = normalize("في")
_FROM = normalize("من")
_VALUE = -1.0


def _bare_forms(norm: str) -> set[str]:
    """The forms ``norm`` stands for without a possessive suffix (``ذراعها`` names its master by
    a pronoun, not read here)."""
    return {form for form, possessive in word_forms(norm).items() if not possessive}


def starts_master_chain(norm: str) -> bool:
    """Whether a word (``norm``, with its clitics) is a proxy or instigation noun."""
    return not (_PROXY_NOUNS | _INSTIGATION).isdisjoint(_bare_forms(norm))


def _actor_at(i: int, actors: list[Actor], *, adjective: bool, governors: set[str]) -> Actor | None:
    """The actor whose mention starts at token ``i``, with one of ``governors`` before it
    (``""`` for none), a nationality adjective only when ``adjective``."""
    return next(
        (
            a
            for a in actors
            if a.first == i and a.governor in governors and (adjective or not a.adjective)
        ),
        None,
    )


def _master(k: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The actor named right after the proxy noun at ``k``: its genitive (``ذراع إيران``),
    after ل (``أداة لإيران``), or after the hand it is held in (``أداة بيد طهران``، ``في يد``)."""
    after = k + 1
    if after < len(tokens) and strip_conjunction(tokens[after].norm) == _IN:
        after += 1
    if after < len(tokens) and tokens[after].norm in _HELD_BY and after + 1 < len(tokens):
        return _actor_at(after + 1, actors, adjective=False, governors={""})
    if after != k + 1:
        return None
    found = _actor_at(after, actors, adjective=False, governors={"", "ل"})
    if found is not None and _serves_a_task(found, tokens):
        return None
    return found


def _serves_a_task(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor's name is followed by the task the arm serves (``ذراع الاتحاد
    الأوروبي للإقراض``، ``أداة الحكومة للاستثمار``): a body's department or an instrument of
    policy, not a proxy."""
    after = actor.last + 1
    return after < len(tokens) and tokens[after].norm.startswith("لل")


def _instigator(k: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The actor named right after the instigation noun at ``k``: its adjective (``بإيعاز
    إيراني``), its genitive (``بإيعاز طهران``) or after من (``بإيعاز من إيران``)."""
    found = _actor_at(k + 1, actors, adjective=True, governors={""})
    if found is None and k + 2 < len(tokens) and tokens[k + 1].norm == _FROM:
        found = _actor_at(k + 2, actors, adjective=False, governors={"", _FROM})
    return found


def named_masters(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """The master the proxy or instigation noun at ``k`` names (see the module docstring), as a
    chain against it; nothing for a definite noun (``الأداة``، ``الذراع العسكرية``)."""
    forms = _bare_forms(tokens[k].norm)
    if definite(tokens[k].norm) or not forms:
        return []
    if not _INSTIGATION.isdisjoint(forms):
        actor, rule = _instigator(k, tokens, actors), INSTIGATOR_RULE
    elif not _PROXY_NOUNS.isdisjoint(forms):
        actor, rule = _master(k, tokens, actors), MASTER_RULE
    else:
        return []
    return [] if actor is None else [Chain(k, 1, actor, _VALUE, rule, k)]

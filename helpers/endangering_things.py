"""A thing that threatens an actor: the actor it endangers suffers it, nobody threatens it.

A verb of threat (``[threat_verbs]``) is a threat spoken by its subject when that subject is an
actor (``هدد ترامب إيران``، ``تصريحات إسرائيلية هددت النظام السوري``: the actor's words). When
its subject is a thing written before it (weapons, a programme, an act, a danger), the verb
says the thing endangers the actor after it (``الصواريخ التي باتت تهدد السعودية``،
``خطرا مباشرا يهدد بريطانيا``): that actor is the victim, and no evaluation is about it. The
subject is read as a thing (:func:`thing_threatens`) when the verb opens a relative clause
with no pronoun of its own after it (``فيه``، ``بها``):

* after a relative pronoun whose antecedent is no actor (``البرنامج الذي يهدد الولايات
  المتحدة``; not ``روسيا التي هددت أوكرانيا``);
* right after an indefinite noun with no actor (``بأعمال تهدد أمن تركيا``): a relative clause
  without a pronoun, whose subject is that noun.

Neither when the actor after the verb speaks the threat with its ب-word (``الموعد الذي هدد
ترامب بالانسحاب``، ``ضربات هددت الإدارة الأمريكية بتنفيذها``: :func:`maker_after`,
:func:`threatens_with`) nor when a title stands right after it (``في وقت سابق لوح نائب
الرئيس``: its subject).
"""

from __future__ import annotations

from helpers.clitics import strip_conjunction
from helpers.comma_clauses import definite, is_title
from helpers.cues import function_words
from helpers.speech_parts import has_preposition, is_function_word
from helpers.stance_clauses import Actor, Token
from helpers.threat_acts import maker_after, relative_of_thing, threatens_with

__all__ = ["thing_threatens"]

_THREATS = function_words("threat_verbs")
_RELATIVES = function_words("relatives")
_LEAD_INS = function_words("verb_lead_ins")


def thing_threatens(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the verb of threat at ``k`` has a thing written before it as its subject (see
    the module docstring), so the actor after it is endangered, not threatened."""
    verb = strip_conjunction(tokens[k].norm)
    if verb not in _THREATS or k + 1 >= len(tokens) or maker_after(k, tokens, actors):
        return False
    after = tokens[k + 1]
    if after.clause != tokens[k].clause or has_preposition(after.norm):
        return False  # الخطاب الذي هدد فيه ترامب إيران: the relative clause's own subject
    if is_function_word(after.norm):
        return False
    j = k - 1
    while j >= 0 and tokens[j].norm in _LEAD_INS and tokens[j].clause == tokens[k].clause:
        j -= 1
    if j < 0 or tokens[j].clause != tokens[k].clause:
        return False
    word = strip_conjunction(tokens[j].norm)
    if word in _RELATIVES:
        return relative_of_thing(j - 1, tokens, actors)
    if verb != tokens[k].norm or is_title(after.norm) or not _indefinite_thing(j, tokens, actors):
        return False  # في وقت سابق لوح نائب الرئيس: a titled subject after the verb
    return not any(a.first > k for a in actors) or not threatens_with(k, tokens, actors)


def _indefinite_thing(j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``j`` is an indefinite noun or adjective with no actor among it and
    the two words before it (``خطرا مباشرا``، ``بأعمال``; not ``تصريحات تركية متكررة``, an
    actor's words): the antecedent of a relative clause without a pronoun."""
    if any(a.last >= j - _PHRASE_WORDS and a.first <= j for a in actors):
        return False
    norm = tokens[j].norm
    return not (definite(norm) or is_function_word(norm)) and len(strip_conjunction(norm)) > 2


_PHRASE_WORDS = 2  # the noun and its adjectives before the verb

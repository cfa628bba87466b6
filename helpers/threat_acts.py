"""A threat as its maker's speech act: what it threatens with, and who makes it.

A verb or noun of threat with the ب-word that says what it threatens (``هددت روسيا بالرد``،
``تهديدات ترامب بفرض رسوم``) is its maker's speech act (the ``threat`` cues of
``speech_cues.txt``): against the one threatened (:mod:`helpers.stance_chains`), judging
neither the one who threatens nor, as a deed, anyone else (:func:`threat_content`).

Who makes a threat is its verb's subject. Written after the verb, that subject is the one who
threatens, never the one threatened, even where an actor stands before the verb in its
clause, when the verb opens a clause of its own (:func:`maker_after`):

* after a conjunction of time or contrast (``[time_conjunctions]``: ``في وقت هدد ترامب
  بالانسحاب``، ``فيما تهدد أنقرة بتوسيع عمليتها``، ``بعد أن هدد الرئيس الأمريكي``): what
  stands before the conjunction belongs to another clause (``زيارة جونسون إلى واشنطن``);
* after a relative pronoun whose antecedent is no actor (``الموعد الذي هدد الرئيس الأمريكي
  بالانسحاب``، ``منبج السورية التي هددت تركيا بمهاجمتها``): the relative clause writes its own
  subject. An antecedent that is an actor (``روسيا التي هددت أوكرانيا``، ``الرئيس الأمريكي
  الذي توعد إيران``، ``القوات التركية التي``) is the subject, and the actor after is threatened.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.comma_clauses import is_title
from helpers.cues import function_words
from helpers.speech_parts import has_preposition
from helpers.stance_clauses import Actor, Token
from helpers.stance_lexicon import word_forms

__all__ = ["maker_after", "relative_of_thing", "threat_content", "threatens_with"]

_THREATS = function_words("threat_verbs")
_THREAT_NOUNS = function_words("threat_nouns")
_CONJUNCTIONS = function_words("time_conjunctions")
_RELATIVES = function_words("relatives")
_BODIES = function_words("actor_bodies")
_AFTER_OR_BEFORE = frozenset(normalize(w) for w in ("بعد", "قبل"))
_THAT = normalize("أن")


def threat_content(i: int, n: int, tokens: list[Token], free_after: list[Actor]) -> bool:
    """Whether the word at ``i`` (``n`` tokens) is a threat noun with what it threatens
    (``التهديد بعرقلة صادراتها``, ``تهديدات ترامب بفرض رسوم``: past an actor right after it,
    ``free_after``) or that ب-word itself, after a noun or verb of threat."""
    if _THREAT_NOUNS.intersection(word_forms(tokens[i].norm)):
        j = next((a.last + 1 for a in free_after if a.first == i + n), i + n)
        return j < len(tokens) and tokens[j].clause == tokens[i].clause and _with_ba(tokens[j])
    if i == 0 or not _with_ba(tokens[i]) or tokens[i - 1].clause != tokens[i].clause:
        return False
    before = tokens[i - 1].norm
    return bool(
        _THREAT_NOUNS.intersection(word_forms(before)) or strip_conjunction(before) in _THREATS
    )


def _with_ba(token: Token) -> bool:
    """Whether ب is written onto the word (``بعرقلة``، ``بفرض``; not ``بلاده``)."""
    return strip_conjunction(token.norm).startswith("ب") and has_preposition(token.norm)


def maker_after(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the verb of threat at ``k`` opens a clause of its own (see the module
    docstring) with an actor written right after it, or after a title right after it
    (``هدد الرئيس الأمريكي``): that actor makes the threat."""
    if k < 1 or strip_conjunction(tokens[k].norm) not in _THREATS:
        return False
    start = k + 2 if k + 1 < len(tokens) and is_title(tokens[k + 1].norm) else k + 1
    if not any(a.first in (k + 1, start) for a in actors):
        return False
    word = strip_conjunction(tokens[k - 1].norm)
    if _CONJUNCTIONS.intersection((tokens[k - 1].norm, word)):  # فيما, not ف + يما
        return True
    if word == _THAT and k > 1:
        return strip_conjunction(tokens[k - 2].norm) in _AFTER_OR_BEFORE  # بعد أن هدد
    if word not in _RELATIVES or _actor_antecedent(k - 2, tokens, actors):
        return False
    return threatens_with(k, tokens, actors)  # not الصواريخ التي تهدد السعودية


def threatens_with(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the ب-word of what the verb at ``k`` threatens with follows the actor after it
    within :data:`_MAKER_WORDS` words, no other state named between (``التي هدد الرئيس
    الأمريكي دونالد ترامب بإلغائها``): the actor speaks the threat. A thing that threatens an
    actor (``البرنامج الذي يهدد الولايات المتحدة``) endangers it, and the actor is its object."""
    first = next(a for a in actors if a.first > k)
    for m in range(first.last + 1, min(first.last + 1 + _MAKER_WORDS, len(tokens))):
        if tokens[m].clause != tokens[k].clause:
            return False
        if any(a.first == m and a.actor != first.actor for a in actors):
            return False
        if _with_ba(tokens[m]) or strip_conjunction(tokens[m].norm) in _SHORT_THREATS:
            return True
    return False


_SHORT_THREATS = frozenset(normalize(w) for w in ("بشن", "برد"))  # too short for _with_ba
_MAKER_WORDS = 4  # a name after the title, a day or مرارا before the ب-word


def _actor_antecedent(j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``j``, before a relative pronoun, ends an actor that is the
    antecedent: a name, or a nationality adjective of a title or a state body (``الرئيس
    الأمريكي``، ``القوات التركية``), not of a place or a thing (``منبج السورية``)."""
    for a in actors:
        if a.last == j:
            noun = strip_conjunction(tokens[a.first - 1].norm) if a.first else ""
            return not a.adjective or is_title(noun) or noun in _BODIES
    return False


def relative_of_thing(j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``j``, before a relative pronoun, ends a thing, not an actor nor a
    title (``الصواريخ التي``، ``منبج السورية التي``; not ``الوزير الذي``)."""
    return j >= 0 and not _actor_antecedent(j, tokens, actors) and not is_title(tokens[j].norm)

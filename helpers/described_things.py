"""What a verb of describing describes, and the description that judges it.

``وصف الرئيس إيران بأنها دولة إرهابية`` judges its object, the actor; ``ووصف الوزير التحركات
الروسية بأنها استفزاز`` and ``ووصف المستشار قرار ترامب بالخطير`` judge the owner of the thing
described, an actor's deed written as a noun phrase. The description is the ب-word that
follows (``بالخطير``، ``بأنه عدوان``); a deed may run on in a phrase of its own before it
(``أعمال القنص الإسرائيلية بحق الأطفال في غزة بأنها``، ``رفض ترامب لبيان القمة بأنه``), and
then only an explicit ``بأن`` closes it. Called by :mod:`helpers.stance_chains`, which adds the
judgement as a chain hit of the sentence.
"""

from __future__ import annotations

import math

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.comma_clauses import is_title
from helpers.cues import function_words
from helpers.stance_clauses import PREPOSITIONS, Actor, Chain, Token, definite, same_clause
from helpers.stance_lexicon import role_frames

__all__ = ["DESCRIBING", "OWNED_DEEDS", "described"]

DESCRIBING = frozenset(normalize(w) for w in ("وصف", "وصفت", "يصف", "تصف", "وصفوا"))
_BY_THAT = normalize("بأن")
_IN = normalize("في")
_DESCRIPTION_SCOPE = 4  # words of the description after its ب (بأنها دولة إرهابية)
_DESCRIBED_VALUE = 1.0
_DESCRIBED_REACH = 6  # the verb, a subject of up to three words, the thing and its owner
OWNED_DEEDS = (
    function_words("rejected_objects") | function_words("conduct_nouns") | role_frames().judged_acts
)  # what a person named after it decides or does: قرار ترامب، تصريحات بوتين، سياسات ماي
_DEED_REACH = 8  # words of a deed's own phrase between its owner and an explicit بأن


def described(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float]
) -> list[Chain]:
    """``وصف الرئيس إيران بأنها دولة إرهابية``: a verb of describing at ``k``, its object (the
    first actor named after it, no preposition, adjective or person's name, which belong to the
    subject's title, past a subject that is no actor; else the owner of a described thing:
    :func:`_described_thing`) and a description with ب after that object; the description's
    first word of evaluation (:data:`_DESCRIPTION_SCOPE`) judges the object. ``values`` gives
    the value of the lexicon hit at each token."""
    after = [
        a
        for a in actors
        if k < a.first <= k + 4 and not a.governor and not a.adjective and not a.person
    ]
    if after and (after[0].first > k + 1 or _subject_before(k, tokens, actors)):
        described_actor, j = after[0], after[0].last + 1
    elif after:
        return []  # وصفت روسيا الاتهامات بأنها ...: the actor right after the verb speaks
    else:
        described_actor, j = _described_thing(k, tokens, actors)
    if described_actor is None or j >= len(tokens) or tokens[j].norm[:1] != "ب":
        return []
    if not same_clause(tokens, k, j) and not tokens[j].norm.startswith(_BY_THAT):
        return []  # (بأنها opens a clause of its own)
    value = next(
        (values[m] for m in range(j, min(j + _DESCRIPTION_SCOPE, len(tokens))) if values.get(m)),
        0.0,
    )
    if value == 0.0:
        return []
    rule = "object of the verb before its charge"
    return [Chain(k, 1, described_actor, math.copysign(_DESCRIBED_VALUE, value), rule, k)]


def _described_thing(k: int, tokens: list[Token], actors: list[Actor]) -> tuple[Actor | None, int]:
    """The owner of what a verb of describing at ``k`` describes and where the ب of its
    description stands: an actor's adjective on a definite noun that is no title (``ووصف
    الرئيس الأمريكي التحركات الروسية الأخيرة في سوريا بأنها عار``) or a person named right
    after a noun without the article (``ووصف ميشال قرار ترامب بالخطير``), past a subject."""
    for a in actors:
        if not (k + 1 < a.first <= k + _DESCRIBED_REACH and same_clause(tokens, k, a.first)):
            continue
        noun = tokens[a.first - 1].norm
        if a.adjective and not a.in_phrase and definite(noun) and not is_title(noun):
            return a, _description_at(a.last + 1, k, tokens)
        if a.person and not a.governor and _owned_by_name(a.first - 1, k, tokens, actors):
            return a, _description_at(a.last + 1, k, tokens)
    return None, len(tokens)


def _owned_by_name(n: int, k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``n`` is a deed a person named right after it owns (``قرار
    ترامب``، ``تصريحات بوتين``: :data:`OWNED_DEEDS` without the article), after a subject (a
    word between it and the verb at ``k``, or an actor before the verb). Only a deed: a word
    before a name may be a given name (``دونالد ترامب``) or the speaker's title."""
    word = strip_conjunction(tokens[n].norm)
    return n > k and (n > k + 1 or _subject_before(k, tokens, actors)) and word in OWNED_DEEDS


def _description_at(j: int, k: int, tokens: list[Token]) -> int:
    """Where the ب of a description stands after a described thing that ends before ``j``:
    right after it, past one definite adjective (``الأخيرة``) or a place after ``في``; else,
    past a phrase of the deed's own that opens there (``بحق الأطفال``، ``لبيان القمة``، ``ضد
    المدنيين``; any other word there starts the object after a speaker's adjective), the first
    ``بأن`` within :data:`_DEED_REACH` words, in the verb's clause. ``len(tokens)`` when
    there is none."""
    if j < len(tokens) and definite(tokens[j].norm) and tokens[j].norm[:1] != "ب":
        j += 1  # الأخيرة
    if j + 1 < len(tokens) and tokens[j].norm == _IN:
        j += 2  # في سوريا
    if j >= len(tokens):
        return j
    if tokens[j].norm[:1] == "ب" and strip_conjunction(tokens[j].norm) not in PREPOSITIONS:
        return j  # بالخطير، بأنها (not بحق)
    if not _opens_phrase(tokens[j].norm):
        return len(tokens)  # التلفزيون الرسمي الإيراني اتهامات ...: the speaker's adjective
    for m in range(j, min(j + _DEED_REACH, len(tokens))):
        if tokens[m].norm.startswith(_BY_THAT):
            return m
        if not same_clause(tokens, k, m) or _new_object(m, tokens):
            break
    return len(tokens)


def _opens_phrase(word: str) -> bool:
    """Whether a word opens a phrase of the deed's own after its owner: a preposition (``ضد``،
    ``على``) or ل written onto it (``لبيان``)."""
    return strip_conjunction(word) in PREPOSITIONS or word[:1] == "ل"


def _new_object(m: int, tokens: list[Token]) -> bool:
    """Whether the definite word at ``m`` stands as an object of its own, not inside the
    deed's phrase: no preposition, article or attached ب/ل before it (``ووصف مستشار الأمن
    القومي الأمريكي، جون بولتون، المحكمة بأنها``: the adviser's title ends at his name)."""
    word, before = tokens[m], tokens[m - 1]
    return (
        definite(word.norm)
        and not word.prefix_prep
        and strip_conjunction(before.norm) not in PREPOSITIONS
        and not definite(before.norm)
        and not before.prefix_prep
    )


def _subject_before(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether an actor stands as the subject before the verb at ``k`` in its clause."""
    return any(a.last < k and same_clause(tokens, k, a.first) and not a.in_phrase for a in actors)

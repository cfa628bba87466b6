"""Chains that judge the owner or doer of an act: an evaluated deed (``أدانت الوزارة الغارات
الإسرائيلية``، ``رحبت إسرائيل بالعقوبات الأمريكية``) and a deed to stop (``طالبت المنظمة برفع
الحصار الإسرائيلي``) judge the deed's doer; rejecting an actor's decision, policy or hostile act
(``رفضت الدول العربية القرار الأمريكي``) judges its owner, and sponsoring or supporting a hostile
thing (``تمويل إيران للعمليات الإرهابية``، ``إيران تدعم الإرهاب``) the sponsor. Reporting a deed
is no stance (the development guidelines call acts none); evaluating one is, toward the one who
does it and never toward the one who suffers it. A :class:`Chain` is one stance carried by a
construction rather than one word; :mod:`helpers.stance_chains` finds the others (demands,
warnings, threats, praise of a hostile act, anger, blame, fear, names).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.speech_parts import NISBA
from helpers.stance_clauses import (
    PREPOSITIONS,
    RESUMPTIVE,
    Actor,
    Chain,
    Token,
    bare_word,
    definite,
    same_clause,
)
from helpers.stance_lexicon import armed, experienced, role_frames, word_forms

__all__ = [
    "OWNER_TRIGGERS",
    "SPONSORING_VERBS",
    "deed_doers",
    "judged_deed",
    "owned_acts",
    "stopped_deed",
    "subject_after_its_object",
]

Sufferers = Callable[[int], set[str]]  # the actors that suffer an act in a clause, by clause
_SPONSORING = function_words("sponsoring_nouns")
_DISMAY = function_words("dismay_nouns")
_SPONSOR_VALUE = -1.0


def owned_acts(
    k: int,
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    judges: dict[int, float],
    sufferers: Sufferers,
) -> list[Chain]:
    """The chains that judge the owner of an act: judging it (:func:`judged_deed`), rejecting
    it, sponsoring or supporting a hostile thing (nouns, verbs and participles). ``judges``:
    the value of each word of evaluation that judges its object (``أدان``، ``رحب``), by token;
    ``sufferers``: the actors that suffer an act in a clause (see :func:`deed_doers`)."""
    forms = word_forms(tokens[k].norm)
    value = judges.get(k)
    if value is not None and role_frames().friendly_acts.intersection(forms):
        value = None  # دعم، تأييد: acts of giving themselves (stance_acts.evaluated_act)
    dismayed = not _DISMAY.isdisjoint(forms) and _felt(tokens[k])
    if not _REJECTING.isdisjoint(forms) or dismayed:
        value = _REJECT_VALUE  # رفضت الصين العقوبات التي أعلنتها واشنطن، قلقها من الضربات
    chains = [] if value is None else judged_deed(k, value, tokens, actors, values, sufferers)
    defeated = not _DEFEATING.isdisjoint(forms)  # دحر المشروع الإيراني: its plans only
    if not _REJECTING.isdisjoint(forms) or dismayed or defeated:  # استياؤه من الموقف الأمريكي
        # not the one a rejected or regretted deed is done to (أسفها لاعتقال الروسية)
        suffering = sufferers(tokens[k].clause)
        chains += [
            c
            for c in _rejected(k, tokens, actors, values, deeds=not defeated)
            if c.actor.actor not in suffering
        ]
    if not _SPONSORING.isdisjoint(forms):
        return chains + _sponsored(k, tokens, actors, values)
    if strip_conjunction(tokens[k].norm) in SPONSORING_VERBS:
        return chains + _sponsoring_verb(k, tokens, actors, values)
    return chains


def _felt(token: Token) -> bool:
    """Whether a word of dismay names who feels it: an owner's pronoun (``قلقها``، ``أسفه``),
    ب after a verb of feeling (``يشعر ... بالقلق``) or a verb (``أسفت``). Unowned concern
    (``وسط قلق من الغارات``، ``القلق من العقوبات``) is nobody's stance."""
    bare = strip_conjunction(token.norm)
    return any(word_forms(token.norm).values()) or bare.startswith("ب") or bare in _DISMAY_VERBS


_DISMAY_VERBS = frozenset(normalize(w) for w in ("أسفت", "يأسف", "تأسف"))


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


SPONSORING_VERBS = frozenset(
    normalize(w)
    for w in (
        "يدعم تدعم دعمت يمول تمول مول مولت يسلح تسلح سلحت يرعى ترعى ترعاه تؤوي يؤوي تحتضن"
        " يحتضن الداعم الداعمة الممول الممولة الراعي الراعية"
    ).split()
)


def _rejected(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float], deeds: bool = True
) -> list[Chain]:
    """``رفضت الدول العربية القرار الأمريكي``، ``أعلنت روسيا رفضها القاطع للعقوبات الأمريكية``:
    rejecting an actor's decision, policy or hostile act, or a speaker's dismay at one
    (``أعرب عن استيائه من الموقف الأمريكي``), is against that actor (the owner or
    adjective right after the object, within :data:`_REJECTED_SCOPE` words of the word of
    rejecting; a subject after the verb and an adjective of the rejecting may stand between).
    Not the actor of a speech noun (``رفضت الصين الاتهامات الأمريكية``: self-defence), nor one
    after على (``رفض العقوبات على روسيا``: the sanctioned). Defeating or foiling an actor's
    project, plan or agenda (``دحر المشروع الإيراني``، ``إفشال المخطط الإيراني``) is rejecting
    it in deed: read with ``deeds=False``, only for ``[rejected_objects]``, as defeating a
    force or an attack (``دحر القوات``، ``دحر الهجوم``) is a reported act of war, no stance."""
    for j in range(k + 1, min(k + 1 + _REJECTED_SCOPE, len(tokens) - 1)):
        if not same_clause(tokens, k, j + 1):
            return []
        if any(a.first <= j <= a.last for a in actors):
            continue  # the subject after the verb (رفضت الصين القرار)
        forms = word_forms(tokens[j].norm)
        if not (_REJECTED_OBJECTS.intersection(forms) or deeds and is_deed(j, tokens, values)):
            continue
        after = tokens[j + 1].norm
        k2 = j + 2 if definite(after) and not any(a.first == j + 1 for a in actors) else j + 1
        # the owner is no object of its own; after من or على the phrase's (قلقه من الموقف الأمريكي)
        marker = tokens[j - 1].norm if tokens[j - 1].norm in _OBJECT_MARKERS else ""
        owner = next(
            (a for a in actors if a.first in (j + 1, k2) and a.governor in ("", marker)), None
        )
        if owner is None or (not owner.adjective and owner.first != j + 1):
            return []
        return [Chain(k, 1, owner, _REJECT_VALUE, "owner of what is rejected", k)]
    return []


_REJECTING = frozenset(normalize(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضة"))
# the forms at which :func:`owned_acts` finds a chain besides a judging word and a verb of
# sponsoring: a token without one of them is passed over (helpers.stance_chains)
_DEFEATING = function_words("defeating_words")
OWNER_TRIGGERS = _REJECTING | _DISMAY | _SPONSORING | _DEFEATING
_REJECTED_OBJECTS = function_words("rejected_objects")
_REJECTED_SCOPE = 4  # words from the word of rejecting to its object
_REJECT_VALUE = -0.8


def is_deed(j: int, tokens: list[Token], values: dict[int, float]) -> bool:
    """Whether token ``j`` names a deed or measure of the role frames' ``[judged_acts]``
    (strikes, sanctions, arrests, a decision) or an act on a state's own mission
    (:func:`_mission_at`) that carries no stance of its own: a word that judges its doer by
    itself (``العدوان``) is read by its own role."""
    deed = role_frames().judged_acts.intersection(word_forms(tokens[j].norm))
    return (bool(deed) or _mission_at(j, tokens) > 0) and not values.get(j)


def _mission_at(j: int, tokens: list[Token]) -> int:
    """The token of the diplomatic mission that the act at ``j`` moves or opens (``نقل
    السفارة``، ``تدشين سفارة``، ``نقل مقر السفارة``: ``[mission_acts]`` and ``[missions]``),
    or -1: a state moves or opens its own mission, so the mission's owner does the act."""
    if _MISSION_ACTS.isdisjoint(word_forms(tokens[j].norm)):
        return -1
    k = j + 1 if j + 1 < len(tokens) and bare_word(tokens[j + 1].norm) != _SEAT else j + 2
    if k >= len(tokens) or not same_clause(tokens, j, k):
        return -1
    return k if bare_word(tokens[k].norm) in _MISSIONS else -1


_MISSION_ACTS = function_words("mission_acts")
_MISSIONS = function_words("missions")
_SEAT = normalize("مقر")


def judged_deed(
    k: int,
    value: float,
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    sufferers: Sufferers,
) -> list[Chain]:
    """``أدانت وزارة الخارجية الغارات الإسرائيلية``، ``احتجت الحكومة على القصف الروسي``،
    ``رحبت إسرائيل بالعقوبات الأمريكية على إيران``: a word of evaluation at ``k`` (of value
    ``value``) whose object is a deed (:func:`is_deed`) judges the deed's doer
    (:func:`deed_doers`) the same way; the one who suffers the deed gets nothing from it.
    The deed is the first lexicon or deed word after ``k`` within :data:`_DEED_SCOPE` words of
    its clause (a subject may stand between), written directly, with ب or ل, or after one of
    :data:`_OBJECT_MARKERS` (``على``، ``من``، ``إزاء``)."""
    for j in range(k + 1, min(k + 1 + _DEED_SCOPE, len(tokens))):
        if not same_clause(tokens, k, j):
            return []
        if is_deed(j, tokens, values):
            if any(
                (tokens[b].norm in PREPOSITIONS or strip_conjunction(tokens[b].norm) in _ABOUT)
                and not (b == j - 1 and tokens[b].norm in _OBJECT_MARKERS)
                for b in range(k + 1, j)
            ):
                # انتقد الوزير في كلمته ...، مستنكرة تصريحاته بشأن نقل السفارة: not the object
                return []
            return [
                Chain(k, 1, a, math.copysign(_JUDGED_DEED_VALUE, value), "doer of a judged deed", k)
                for a in deed_doers(j, tokens, actors, sufferers)
            ]
        if values.get(j):
            return []  # another word of evaluation first: the object is judged by its own role
    return []


def deed_doers(
    j: int, tokens: list[Token], actors: list[Actor], sufferers: Sufferers
) -> list[Actor]:
    """The doer of the deed at token ``j`` as the text writes it with the deed: an adjective
    after it and its own adjectives (``الضربات الجوية الأمريكية``), an owner right after an
    indefinite deed whose owner does not suffer it (``عقوبات واشنطن``; not ``طرد
    الدبلوماسيين``), the subject of a relative clause on it (``الغارات التي شنتها إسرائيل``) or
    the actor after ``من قبل``/``من جانب``. Never an actor after a preposition (``على سوريا``)."""
    if j + 1 < len(tokens) and role_frames().judged_acts.intersection(
        word_forms(tokens[j + 1].norm)
    ):
        j += 1  # حملة الاعتقالات التي نفذتها ...: the deed's construct names the deed
    suffering = sufferers(tokens[j].clause)
    mission = _mission_at(j, tokens)
    doers = _written_doers(j, tokens, actors) if mission < 0 else _mission_owner(mission, actors)
    for a in actors:  # الضربات الأمريكية والبريطانية، نفذتها الولايات المتحدة وفرنسا
        if doers and a.first == doers[-1].last + 1 and tokens[a.first].norm.startswith("و"):
            doers.append(a)
    if mission > 0:  # احتجوا على نقل السفارة الأمريكية: on its own mission, no victim
        return doers
    # (a doer written after ل is read as one only on a hostile deed: ل there names no victim)
    return [a for a in doers if a.actor not in suffering or a.governor == "ل"]


def subject_after_its_object(k: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor``, right after the noun with the article at ``k``, is the subject a
    verb writes after its object (``ونددت بالقرار ألمانيا``، ``رحبت بالخطوة روسيا``), not the
    noun's owner: a noun with the article takes no genitive. Not an adjective (``بالقرار
    الأمريكي``), a person's name after a title (``للرئيس ترامب``) or a name written as a
    nisba, which may be the noun's adjective (``للحكومة السعودية``)."""
    return (
        actor.first == k + 1
        and definite(tokens[k].norm)
        and not actor.adjective
        and not actor.person
        and not tokens[actor.first].norm.endswith(NISBA)
    )


def _mission_owner(k: int, actors: list[Actor]) -> list[Actor]:
    """The owner of the mission at ``k`` (its adjective or genitive right after it: ``السفارة
    الأمريكية``، ``سفارة الولايات المتحدة``), who moves or opens it (:func:`_mission_at`)."""
    return [a for a in actors if a.first == k + 1 and not a.governor][:1]


def _written_doers(j: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """The doers :func:`deed_doers` reads, before the sufferers of the clause are left out."""
    frames = role_frames()
    end = j
    while end + 1 < len(tokens) and _describes(end + 1, j, tokens, actors):
        end += 1  # the deed's own adjectives (الجوية، الاقتصادية الجديدة)
    after = end + 1
    doer = next(
        (
            a
            for a in actors
            if a.first == after and not a.governor and same_clause(tokens, j, after)
        ),
        None,
    )
    victim = frames.genitive_patient | frames.harm_nouns
    harm = bool(victim.intersection(word_forms(tokens[j].norm)))
    if (
        doer is not None
        and doer.adjective
        and definite(tokens[after].norm) == definite(tokens[j].norm)
        and (definite(tokens[j].norm) or not harm)  # اعتقال فلسطيني: the one arrested
    ):
        return [doer]  # القصف الروسي، غارات إسرائيلية
    if (
        doer is not None
        and not doer.adjective
        and after == j + 1
        and not definite(tokens[j].norm)
        and _REJECTED_OBJECTS.intersection(word_forms(tokens[j].norm))
    ):
        return [doer]  # قرار ترامب، خطة الحكومة (not مقاطعة إسرائيل: the boycotted)
    if doer is not None:
        return []
    headed = _headed_doer(j, after, tokens, actors)
    if headed is not None:
        return [headed]
    owner = next((a for a in actors if a.first == after and a.governor == "ل"), None)
    giving = frames.friendly_acts | _TOWARD_ACTS
    if (
        owner is not None
        and definite(tokens[j].norm)
        and not harm
        and not giving.intersection(word_forms(tokens[j].norm))
        and same_clause(tokens, j, after)
    ):
        return [owner]  # الضربات العسكرية للولايات المتحدة (not المساعدات لأوكرانيا: received)
    return _relative_doer(after, tokens, actors) or _marked_doer(after, tokens, actors)


def _headed_doer(j: int, after: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The doer of the deed at ``j`` written as the owner's adjective when the owner is a force
    or a weapon (``[doer_heads]``, ``[attack_instruments]``): ``قصف الطائرات التركية``، ``غارات
    الطيران الروسي``، ``اعتقال السلطات السعودية``. A force may also be the one a harming deed
    hits (``استهداف القوات الروسية``، ``حصار الجيش``), so after a deed whose owner suffers it
    only a weapon names the doer: aircraft and bullets do, they are not what is bombed."""
    frames = role_frames()
    if (
        after + 1 >= len(tokens)
        or definite(tokens[j].norm)
        or not same_clause(tokens, j, after + 1)
    ):
        return None
    forms = word_forms(tokens[after].norm)
    weapon = armed(tokens[after].norm)
    victim = frames.genitive_patient | frames.harm_nouns
    if not (weapon or frames.doer_heads.intersection(forms)) or not definite(tokens[after].norm):
        return None
    if victim.intersection(word_forms(tokens[j].norm)) and not weapon:
        return None
    return next(
        (
            a
            for a in actors
            if a.first == after + 1
            and a.adjective
            and not a.governor
            and definite(tokens[a.first].norm)
        ),
        None,
    )


def _describes(k: int, j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``k`` is an adjective of the deed at ``j``: a bare word that agrees
    with it in the article (no preposition, no actor, no relative, same clause)."""
    word = tokens[k].norm
    return (
        k - j <= _DEED_ADJECTIVES
        and same_clause(tokens, j, k)
        and not tokens[k].prefix_prep
        and word not in PREPOSITIONS
        and strip_conjunction(word) == word
        and word not in _RELATIVES
        and definite(word) == definite(tokens[j].norm)
        and not any(a.first <= k <= a.last for a in actors)
    )


def _relative_doer(r: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """``الغارات التي شنتها إسرائيل``، ``العقوبات التي فرضتها إدارة الرئيس الأمريكي``: after a
    relative at ``r`` and its verb (with the resumptive pronoun), the first actor within
    :data:`_RELATIVE_SUBJECT` words, no preposition before it."""
    if (
        r + 2 >= len(tokens)
        or tokens[r].norm not in _RELATIVES
        or not same_clause(tokens, r, r + 2)
    ):
        return []
    verb = tokens[r + 1].norm
    if not verb.endswith(RESUMPTIVE):
        return []  # التي تستهدف إيران: the relative is the subject, the actor the object
    if experienced(verb):
        return []  # الهجوم الذي شهدته فرنسا: the place or the one who suffers it
    for k in range(r + 2, min(r + 2 + _RELATIVE_SUBJECT, len(tokens))):
        actor = next((a for a in actors if a.first == k), None)
        if actor is not None:
            return [actor] if not actor.governor and same_clause(tokens, r, k) else []
        if tokens[k].norm in PREPOSITIONS or tokens[k].prefix_prep:
            return []
    return []


def _marked_doer(k: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """``من قبل روسيا``، ``من جانب القوات الإسرائيلية``: the doer after من and an agent marker
    within :data:`_MARKER_SCOPE` words after the deed."""
    for m in range(k, min(k + _MARKER_SCOPE, len(tokens) - 1)):
        if tokens[m].norm == _FROM and tokens[m + 1].norm in _AGENT_MARKERS:
            return [
                a for a in actors if m + 2 <= a.first <= m + 4 and same_clause(tokens, m, a.first)
            ][:1]
    return []


_DEED_SCOPE = 6  # words from a word of evaluation to the deed it takes (a subject between)
_DEED_ADJECTIVES = 2  # adjectives of a deed before its doer (العقوبات الاقتصادية الأمريكية الجديدة)
# deeds whose ل-object receives them (الوساطة لـ، الاعتراف لـ), besides the acts of giving
_TOWARD_ACTS = frozenset(normalize(w) for w in ("وساطة", "اعتراف"))
_RELATIVE_SUBJECT = 4  # words from a relative's verb to its subject (فرضتها إدارة الرئيس الأمريكي)
_MARKER_SCOPE = 4  # words from a deed's end to من قبل
_JUDGED_DEED_VALUE = 0.8
_RELATIVES = function_words("relatives")
_AGENT_MARKERS = function_words("agent_markers")
_FROM = normalize("من")
# prepositions that introduce a judged deed (احتج على، قلقها من، أسفها إزاء)
# words of a topic: a deed after them is what another thing is about (تصريحاته بشأن القرار)
_ABOUT = frozenset(normalize(w) for w in ("بشأن", "بخصوص"))
_OBJECT_MARKERS = frozenset(normalize(w) for w in ("على", "من", "إزاء", "تجاه", "حيال"))


def stopped_deed(
    k: int,
    stop: int,
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    sufferers: Sufferers,
) -> list[Chain]:
    """``طالبت المنظمة بوقف الغارات الروسية``، ``دعا إلى رفع الحصار الإسرائيلي``: a demand or
    duty at ``k`` to stop or lift a deed (the word of stopping at ``stop``, the deed right after
    it) is against the deed's doer (:func:`deed_doers`), as a demand to stop addressed to it."""
    j = stop + 1
    if j >= len(tokens) or not same_clause(tokens, k, j) or not is_deed(j, tokens, values):
        return []
    return [
        Chain(k, 1, a, -_JUDGED_DEED_VALUE, "doer of a deed to stop", k)
        for a in deed_doers(j, tokens, actors, sufferers)
    ]

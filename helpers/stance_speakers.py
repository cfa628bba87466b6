"""Who speaks in a clause: the subject of a verb of saying, evaluation or opinion.

The fallback rules of :mod:`helpers.stance_doers` never make the one who speaks the doer of what
it speaks about (:func:`helpers.stance_roles.may_be_doer`): ``وطلب السفير الفلسطيني وقف
المجزرة``, ``سوريا تدين بشدة``, and the one who classifies a group it names with a pronoun on
the verb (``الحزب الذي تصنفه أنقرة وواشنطن إرهابيا``، ``لكن تركيا تعتبرها إرهابية``).
"""

from __future__ import annotations

from helpers.clitics import strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.speech_parts import carries_subject, cue_stem
from helpers.stance_clauses import Actor, Token

__all__ = ["SPEECH_KINDS", "speaks", "speech_kind"]

_SPEAKER_SCOPE = 3  # words from a verb of saying to its subject; the third only after a construct
# head without the article (وذكرت وكالة الأنباء السورية، وقال وزير الخارجية السوري)
SPEECH_KINDS = ("verb", "evaluation")


def speaks(actor: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``actor`` is the subject of a verb of saying or evaluation written within
    :data:`_SPEAKER_SCOPE` words before it in its clause (``وطلب السفير الفلسطيني``,
    ``وذكرت وكالة الأنباء السورية``) or right after it (``سوريا تدين بشدة``): the speaker, not
    the doer of what it speaks about, as is an actor joined to it with و (``تصنفه أنقرة
    وواشنطن``). Not when the verb's subject stands before it (``الولايات المتحدة تعتبر المطالب
    الروسية``: the actor after the verb is then its object)."""
    clause = tokens[actor.first].clause
    named = next(
        (
            a
            for a in actors
            if a.last == actor.first - 1 and (a.actor == actor.actor or actor.conjunct)
        ),
        None,
    )  # حمل الرئيس الفلسطيني، محمود عباس: one speaker; تصنفه أنقرة وواشنطن: two
    if named is not None and tokens[named.first].clause == clause:
        return speaks(named, tokens, actors)
    for k in range(max(0, actor.first - _SPEAKER_SCOPE), actor.first):
        kind = speech_kind(tokens[k].norm)
        if tokens[k].clause != clause or kind not in SPEECH_KINDS:
            continue
        if carries_subject(tokens[k].norm, default_cues()):
            continue  # أبلغوا الأمم المتحدة، دون أن يذكروا روسيا: the actor after is the object
        if actor.first - k == _SPEAKER_SCOPE and not _construct_head(tokens[k + 1].norm):
            continue  # وصف المراقبون الموقف الأمريكي، هتفوا بعبارات مثل أردوغان
        if any(k < a.first < actor.first for a in actors):
            continue  # وصف أردوغان العقوبات الأمريكية: the actor right after the verb speaks
        return not any(a.last < k and tokens[a.first].clause == clause for a in actors)
    after = actor.last + 1  # سوريا تدين بشدة: the subject written before its verb speaks too
    if after >= len(tokens) or tokens[after].clause != clause:
        return False
    cues, word = default_cues().cues, tokens[after].norm
    kind = speech_kind(word)  # تركيا تعتبرها: also through the object pronoun
    needs = cues.get(word, cues.get(strip_conjunction(word), ("", None)))[1]
    # a verb that speaks only with its preposition (عبر عن، not عبر هجومه: "through")
    follows = {t.norm for t in tokens[after + 1 : after + 1 + _SPEAKER_SCOPE]}
    return kind in SPEECH_KINDS and (not needs or bool(needs & follows))


def speech_kind(word: str) -> str:
    """The cue kind of a word (``verb``, ``evaluation`` ...), through a conjunction and, on a
    verb of evaluation or opinion, its object pronoun or plural ending (``تصنفه أنقرة``,
    ``تركيا تعتبرها``، ``أدانها``: the one who classifies or condemns speaks). Not on a verb of
    announcing or reporting (``الإجراءات التي أعلنتها ماي``: who announces measures took them)."""
    cues = default_cues()
    kind = cues.cues.get(word, cues.cues.get(strip_conjunction(word), ("", None)))[0]
    stem = cue_stem(word, cues) if not kind else None
    if stem is not None and (cues.cues[stem][0] == "evaluation" or stem in _OPINION_VERBS):
        return cues.cues[stem][0]
    return kind


_OPINION_VERBS = function_words("opinion_verbs")
"""Verbs of opinion with two objects (``تعتبرها إرهابية``، ``تصنفه منظمة إرهابية``)."""


def _construct_head(norm: str) -> bool:
    """Whether a word after a verb can head its subject's construct phrase (``وكالة`` in
    ``وكالة الأنباء السورية``): no article (``المراقبون`` is a whole subject) and no attached
    preposition (``بعبارات`` is no subject)."""
    word = strip_conjunction(norm)
    return not word.startswith("ال") and word[:1] not in ("ب", "ل", "ك")

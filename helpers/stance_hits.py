"""A stance hit: one lexicon word attached to one actor, and the rules that read an object.

The stance rules (:mod:`helpers.stance_rules`) produce hits; the voices
(:mod:`helpers.stance_voices`) and the sentence rows (:mod:`helpers.stance`) read them. The
rule sets say which attachments found the actor as the object of the evaluation, so a speaker
phrase read after the verb does not swallow that object.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.cues import function_words

__all__ = [
    "EARLIER_SUBJECT_RULE",
    "JUDGED_WORDS_RULE",
    "NEAREST_BEFORE",
    "OBJECT_RULES",
    "OWNER_PHRASE_RULE",
    "OWNER_RULE",
    "RIGHT_RULE",
    "VERB_OBJECT_RULES",
    "WARNED_RULE",
    "Hit",
    "object_rule",
]

OWNER_RULE = "owner of the object after the subject"
"""The rule of the owner of the thing a verb judges, written after its subject (``انتقد
المتحدث سياسات واشنطن``, ``انتقد الوزير الموقف الأمريكي``)."""

NEAREST_BEFORE = "nearest actor before, outside prepositional phrases"
"""The fallback rule of a word whose doer is not written with it: the nearest actor before it
in its clause, not inside a prepositional phrase."""

EARLIER_SUBJECT_RULE = "subject of an earlier clause"
"""The fallback rule of a word whose doer is the subject of an earlier clause of its sentence
(``تواصل روسيا عملياتها، مما يعمق الأزمة``)."""

WARNED_RULE = "actor warned or threatened"
"""The rule of the actor a warning or threat is addressed to (``حذر الرئيس روسيا``)."""

RIGHT_RULE = "right to defend itself"
"""The rule of the actor whose right to defend itself is upheld (``يحق لإسرائيل أن تدافع عن
نفسها``): on the speaker's own side, self-defence, none by the guidelines."""

OWNER_PHRASE_RULE = "owner phrase of the object after the subject"
"""The rule of an owner named by an office or body and its nationality adjective (``أدان
الأمين العام قرار الإدارة الأمريكية``): the object, and so the end of the speaker phrase,
starts at the owned noun before that phrase."""


def object_rule(preposition: str) -> str:
    """The rule name of an actor found as the object after ``preposition`` (``دعا إلى``,
    ``أشاد بـ``: ``object after ب``)."""
    return f"object after {preposition}"


JUDGED_WORDS_RULE = "author of the judged words"
"""The rule of the author of the criticism or accusation a verb of condemning takes as its
object (``دانت بيونغ يانغ انتقادات الولايات المتحدة``)."""

VERB_OBJECT_RULES = frozenset(
    {"object of the verb after its subject", "object of the verb before its charge"}
    | {"giver of the judged act", "one blamed"}
    | {"accused before the charge past the subject", "object past the subject's name"}
    | {OWNER_RULE, OWNER_PHRASE_RULE, JUDGED_WORDS_RULE}
)
"""Rules that found the actor as a verb's object written after its subject (``انتقد الوزير
إيران``): the speaker phrase ends before it."""
OBJECT_RULES = VERB_OBJECT_RULES | frozenset(
    {WARNED_RULE, "named as a regime"}
    | {"addressee of a demand to stop"}
    | {"one asked for redress"}
    | {object_rule(p) for p in (*function_words("object_prepositions"), "ب", "ل")}
)
"""Rules that found the actor as the object of the evaluation: a verb's object, its subject
standing before the verb (``وكانت روسيا ... واتهمت بريطانيا بـ``), or the actor after the
preposition that introduces the object (``انتقد الحريري تعامل الحكومة ... ببريطانيا``): a
speaker phrase read after the verb does not make that object the holder."""


@dataclass
class Hit:
    """One lexicon word attached to one actor.

    ``value`` is the signed contribution (weight, flipped by a negator or shifter, multiplied by
    an intensifier); ``words`` the text that fired (the hit and its modifiers); ``start`` the
    hit's offset in the text; ``rule`` how the actor was found; ``actor_start`` the offset of
    the mention it attached to.
    """

    actor: str
    term: str
    role: str
    value: float
    words: str
    start: int
    rule: str
    actor_start: int = -1  # where the mention the hit attached to starts

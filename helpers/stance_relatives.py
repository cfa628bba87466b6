"""What a relative clause says its antecedent is (issue 12): the judged word in the predicate
of ``التي تشكل انتهاكا`` or of a verb of describing (``إيران التي تصفها واشنطن بالراعية
للإرهاب``، ``السعودية التي وصفها بأنها حليف``) is about the relative's antecedent, and the
describer only holds the view. Read by :mod:`helpers.stance_doers` before any other doer.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import pronoun_stem, strip_article, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, definite

__all__ = ["relative_antecedent"]


def relative_antecedent(
    i: int, tokens: list[Token], actors: list[Actor]
) -> tuple[bool, Actor | None]:
    """Whether the judged noun at ``i`` is what a relative clause says its antecedent is (``التي
    تشكل انتهاكا``، ``الذي يمثل تهديدا``: a relative pronoun and a verb of being right before
    it), and the actor that antecedent names: the actor or actor adjective right before the
    relative pronoun (``الصواريخ الروسية``), else None (the antecedent is no actor, and no
    actor further back is the doer). Also what a verb of describing says its antecedent is
    (:func:`_described_antecedent`)."""
    described = _described_antecedent(i, tokens, actors)
    if described is not None:
        return described
    if i < 2 or tokens[i - 2].clause != tokens[i].clause:
        return False, None
    if (
        strip_conjunction(tokens[i - 1].norm) not in _COPULAS
        or tokens[i - 2].norm not in _RELATIVES
    ):
        return False, None
    return True, next((a for a in actors if a.last == i - 3), None)


_COPULAS = function_words("copulas")
_COMPLEMENT_GOVERNORS = frozenset(normalize(w) for w in ("", "عن", "مع", "إلى", "ب", "ل"))
"""Prepositions of a verb's or noun's complement (تحدث عن، العلاقات مع، زيارته إلى): an actor
after one may be a relative's antecedent; after a preposition of place, origin or direction
(في، من، تجاه، على) the actor only qualifies the noun before it (التحول القطري تجاه إيران،
الذي)."""
_RELATIVES = function_words("relatives")
_DESCRIBING = function_words("describing_verbs")
_DESCRIBING_LINKS = function_words("describing_links")
_PREDICATE_WORDS = 2  # words of the predicate before the judged one (منظمة، دولة، مرارا)


def _describes_its_object(word: str) -> bool:
    """Whether ``word`` is a verb of describing with an object pronoun (``تصفها``، ``وصفوه``)."""
    stem = pronoun_stem(word)
    return bool(stem) and (stem in _DESCRIBING or stem + "ا" in _DESCRIBING)


def _relative_is_object(verb: str, relative: str) -> bool:
    """Whether the relative pronoun before a verb of describing with an object pronoun can only
    be that pronoun, the describer being the sentence's subject written in the verb (``السعودية
    التي وصفها بأنها حليف``، ``الوزير الذي حملته مسؤولية``): the pronoun agrees with the
    relative (``التي`` ها، ``الذي`` ه) and the verb does not (a man's or a plural verb after
    ``التي``, a woman's or a plural one after ``الذي``), so the relative is no subject."""
    stem = pronoun_stem(verb)
    if verb.removeprefix(stem) != {"التي": "ها", "الذي": "ه"}.get(relative):
        return False
    plural = stem.endswith(("و", "ون")) or stem.startswith("ن")
    feminine = stem.endswith("ت") or stem.startswith("ت")
    return plural or feminine == (relative == "الذي")


def _described_antecedent(
    i: int, tokens: list[Token], actors: list[Actor]
) -> tuple[bool, Actor | None] | None:
    """Whether the judged word at ``i`` is in the predicate of a relative clause of describing
    (``إيران التي تصفها واشنطن بالراعية للإرهاب``، ``الذي تصنفه الولايات المتحدة منظمة
    إرهابية``): the word judges the antecedent, the describer (the subject after the verb, or
    in it) only holds the view. The antecedent's actor is the actor named right before the
    relative pronoun, not an actor adjective (``وحدات حماية الشعب الكردية السورية، التي``:
    the units are no state) nor the giver after من (``الوحدات الكردية المدعومة من واشنطن
    والتي تعتبرها أنقرة إرهابية``: the units), else None. An actor antecedent needs its
    describer named right after the verb: with none, the relative is the verb's subject and
    the pronoun someone else (``غضب تركيا التي تعتبرها تهديدا``). An antecedent with an
    owner's pronoun (``سياسته التي``) is left to the other readings (None: no such clause)."""
    subject = {k for a in actors for k in range(a.first, a.last + 1)}
    others = 0
    for k in range(i - 1, max(i - 9, 1), -1):
        if tokens[k].clause != tokens[i].clause:
            return None
        word, verb = strip_conjunction(tokens[k].norm), tokens[k].norm  # (وصفها: no و)
        if _describes_its_object(verb) and strip_conjunction(tokens[k - 1].norm) in _RELATIVES:
            head = next((a for a in actors if a.last == k - 2), None)
            if head is None and not definite(tokens[k - 2].norm):
                return None  # سياسته التي تصفها: the owner is read elsewhere
            if (
                head is not None
                and not any(a.first == k + 1 for a in actors)
                and not _relative_is_object(verb, strip_conjunction(tokens[k - 1].norm))
            ):
                return None  # غضب تركيا التي تعتبرها تهديدا: the relative is the subject
            if head is None or head.governor not in _COMPLEMENT_GOVERNORS:
                return True, None  # المدعومة من واشنطن والتي، حزب العمال في تركيا الذي
            return True, head if not head.adjective or _judged_thing(head, tokens) else None
        if k in subject or word in _DESCRIBING_LINKS:
            continue
        others += 1
        if others > _PREDICATE_WORDS:
            return None
    return None


def _judged_thing(adjective: Actor, tokens: list[Token]) -> bool:
    """Whether an actor's adjective describes a position, decision, policy or role right before
    it (``[judged_things]``: ``السياسات الإيرانية التي وصفها بالمزعزعة``): what is said of the
    thing judges its owner, as no unit or faction (``الفصائل السورية``) does."""
    noun = strip_conjunction(tokens[adjective.first - 1].norm) if adjective.first else ""
    return strip_article(noun) in _JUDGED_THINGS


_JUDGED_THINGS = function_words("judged_things")

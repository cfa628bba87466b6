"""A fallback for statements the rules leave without a stance: the doer of a judged deed.

Quoted speech often judges what an actor *did* rather than the actor: ``قال الوزير إن القرار
الأمريكي بني على الكذب``, ``وصف المتحدث خطوة ترامب بأنها مؤسفة``, ``انتقد ماكرون سياسة
ترامب``. The deed (a decision, step, plan, policy, measure, strike: ``[judged_acts]`` of
role_frames.toml) is owned by the actor written right after it, as its nationality adjective
(``القرار الأمريكي``, past the deed's own adjectives: ``الضربات الجوية الأمريكية``, or an
office: ``قرار الرئيس الأمريكي``) or its owner (``قرار واشنطن``); a negative word that
evaluates the deed judges its doer:

* a word of criticism right before the deed takes it as its object (``انتقد سياسة``, within
  :data:`_REACH_BEFORE` words, a ``patient`` entry: انتقد، ندد، وصف ... بأنه);
* a word of negative quality or deed after it is said of it (``قرار واشنطن الانسحاب من
  الاتفاق قد يزعزع الاستقرار``, ``وصف خطوة ترامب بأنها مؤسفة``: an ``agent`` or
  ``evaluative`` entry within :data:`_REACH_AFTER` words, no comma, other actor outside a
  prepositional phrase (the doer's own name and the deed's target may stand there: ``قرار
  الرئيس الأمريكي دونالد ترامب ... يشكل انتهاكا``، ``الضربات الأمريكية على المواقع السورية
  تنتهك``), word of cause (``بسبب``) or relative pronoun (a clause with its own doer) between).

It is read only in a sentence where no rule found a decisive hit, and the caller
(:mod:`helpers.stance`) keeps it only inside reported speech, so the outlet's narration of a
deed (``قصف إسرائيلي``) stays a reported act. Where the deed is a norm or a victim it is no
judgement of its owner: a deed after a word of violating, respecting, applying or fighting
(``لخرق القرار الأممي``, ``بموجب قرار``: ``[norm_words]`` of function_words.toml), a deed
done to its owner (``قصف دمشق``, ``مقاطعة إسرائيل``: ``[genitive_patient]``,
``[deeds_on_owner]``), an actor after a preposition
(``على إيران``), a good or neutral deed (``[unjudged_deeds]``: aid, mediation, a campaign).

The rules of Arabic news this rests on were checked on real ANT statements outside the
development set (benchmarks/results/stance_real.md, "the doer of a judged deed").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from helpers.arabic import normalize
from helpers.clitics import (
    strip_article,
    strip_conjunction,
    strip_fused_preposition,
    strip_preposition,
)
from helpers.comma_clauses import is_title
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word
from helpers.stance_hits import Hit
from helpers.stance_lexicon import Entry, role_frames
from helpers.stance_owner_chains import subject_after_its_object

__all__ = ["DEED_RULE", "deed_doer_hits"]

DEED_RULE = "doer of the deed a statement judges"
"""The rule name of a fallback hit (in a row's ``hits``)."""

_DECISIVE = 0.6  # a hit this strong decides its row (helpers.stance.SENTENCE_THRESHOLD)
_CLEAR = 0.7  # the weakest negative word that judges a deed
_REACH_BEFORE = 3  # words from a word of criticism to the deed it takes as object
_REACH_AFTER = 8  # words from the deed's owner to a word said of the deed
_ADJECTIVES = 2  # the deed's own adjectives before its doer's (الضربات الجوية الأمريكية)
_BREAKS = ("،", ",", "؛", ";", ".", ":")  # marks that end what is said of a deed (بأنها does not)
_IN_FORCE = normalize("حيز")  # تدخل حيز التنفيذ: تدخل is no interference there
_NISBA = ("ي", "يه", "ة", "يين", "يون", "يان")  # endings of an adjective of relation


class _Words(NamedTuple):
    """The word lists the fallback reads (helpers/data: role_frames.toml, function_words.toml)."""

    deeds: frozenset[str]  # judged through their doer: [judged_acts] - [unjudged_deeds]
    done_to_owner: frozenset[str]  # [genitive_patient] + [deeds_on_owner]: قصف دمشق
    norms: frozenset[str]  # [norm_words]: a deed after them is a norm (لخرق القرار)
    ends: frozenset[str]  # cause, purpose, norm and relative words: what follows is another's


@lru_cache(maxsize=1)
def _words() -> _Words:
    frames = role_frames()
    norms = function_words("norm_words")
    return _Words(
        frames.judged_acts - function_words("unjudged_deeds"),
        frames.genitive_patient | function_words("deeds_on_owner"),
        norms,
        function_words("harm_reasons")
        | norms
        | frames.purpose_markers
        | function_words("relatives"),
    )


@lru_cache(maxsize=1 << 14)
def _bare_noun(norm: str) -> str:
    """A word without the clitics Arabic writes before a noun, in their written order: a
    conjunction و/ف first, then a preposition ب/ل (fused with the article: ``للقرار``), then
    the article (وبالقرار -> قرار، للعقوبات -> عقوبات، لخرق -> خرق), to compare with lists of
    deeds and norms. The conjunction is only taken off the word's start: it is never
    written after a preposition, so ``بوساطة`` is وساطة (not ساطة) and ``البيان`` keeps its ب.
    Not :func:`~helpers.clitics.strip_clitics`, which keeps ``ب``/``ل`` on a word of four
    letters (``بلد``, but also ``لخرق``)."""
    word = strip_fused_preposition(strip_conjunction(norm))
    if word.startswith("ال"):
        return strip_article(word, 3)
    return strip_preposition(word, 3)


def _nisba(norm: str) -> bool:
    """A definite adjective of relation or feminine noun between a deed and its doer (الجوية،
    الخارجية، الحكومة: ``الضربات الجوية الأمريكية``، ``قرار الحكومة الأمريكية``)."""
    return norm.startswith("ال") and norm.endswith(_NISBA)


def _is_norm_word(norm: str) -> bool:
    """Whether a word is one of ``[norm_words]``, with its clitics off (``لخرق`` -> خرق) or
    with only its conjunction off: ``بموجب`` and ``وفق`` are listed as written, and taking ب
    off ``بموجب`` would leave no listed word."""
    norms = _words().norms
    return _bare_noun(norm) in norms or strip_conjunction(norm) in norms


def _deed_before(actor: Actor, tokens: list[Token]) -> int | None:
    """The token of the deed the actor owns or does (``قرار واشنطن``، ``الضربات الجوية
    الأمريكية``), or None."""
    words = _words()
    if actor.governor:
        return None
    for back in range(1, _ADJECTIVES + 2):
        j = actor.first - back
        if j < 0 or tokens[j].clause != tokens[actor.first].clause:
            return None
        word = _bare_noun(tokens[j].norm)
        if word in words.deeds:
            if subject_after_its_object(j, actor, tokens):
                return None  # ونددت بالقرار ألمانيا: the verb's subject, not the owner
            if word in words.done_to_owner and (back > 1 or not actor.adjective):
                return None  # قصف دمشق، طرد الدبلوماسيين الروس: done to them
            if any(_is_norm_word(t.norm) for t in tokens[max(j - 2, 0) : j]):
                return None  # لخرق القرار الأممي، بموجب العقوبات: a norm, not a deed judged
            return j
        if not (_nisba(tokens[j].norm) or is_title(tokens[j].norm)):
            return None  # قرار الرئيس الأمريكي: an office the actor's adjective names
    return None


def _judges(
    text: str,
    i: int,
    entry: Entry,
    deed: int,
    actor: Actor,
    tokens: list[Token],
    actors: list[Actor],
) -> bool:
    """Whether the lexicon word at ``i`` evaluates the deed at ``deed`` done by ``actor``."""
    words = _words()
    if _bare_noun(tokens[i].norm) in words.deeds:
        return False
    if i < deed:
        same = tokens[i].clause == tokens[deed].clause
        return same and entry.role == "patient" and deed - i <= _REACH_BEFORE
    if entry.role not in ("agent", "evaluative") or not 0 < i - actor.last <= _REACH_AFTER:
        return False
    if any(mark in text[tokens[actor.last].end : tokens[i].start] for mark in _BREAKS):
        return False  # a comma: what follows is said of something else (الهجوم التركي، وسط ...)
    between = range(actor.last + 1, i)
    if any(
        other.first in between and other.actor != actor.actor and not other.in_phrase
        for other in actors
    ):
        return False  # not the doer's own name (دونالد ترامب) nor the deed's target (على المواقع)
    if any({bare_word(tokens[k].norm), _bare_noun(tokens[k].norm)} & words.ends for k in between):
        return False  # بسبب الدور المدمر، الذي عرقلته روسيا: the cause or clause is another's
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return after != _IN_FORCE  # تدخل حيز التنفيذ: enters into force


def deed_doer_hits(
    text: str,
    tokens: list[Token],
    actors: list[Actor],
    found: list[tuple[int, Entry, int, bool]],
    values: dict[int, float],
    hits: list[Hit],
) -> list[Hit]:
    """Hits against the doers of deeds a sentence's negative words judge, when no hit of the
    rules decides the sentence (see the module docstring).

    ``found`` are the sentence's lexicon matches (token, entry, size, possessive) and
    ``values`` each one's value after negators, shifters and countering, as the rules read
    them (:func:`helpers.stance_rules.attach_hits`)."""
    negative = [(i, e, n) for i, e, n, _ in found if values.get(i, 0.0) <= -_CLEAR]
    if not negative or any(abs(h.value) >= _DECISIVE for h in hits):
        return []  # most sentences: nothing to read, or the rules decided
    out: list[Hit] = []
    for actor in actors:
        deed = _deed_before(actor, tokens)
        if deed is None:
            continue
        for i, entry, size in negative:
            if deed <= i <= actor.last or not _judges(text, i, entry, deed, actor, tokens, actors):
                continue
            words = text[tokens[i].start : tokens[i + size - 1].end]
            said = (actor.actor, entry.term, entry.role, values[i], words, tokens[i].start)
            out.append(Hit(*said, DEED_RULE, tokens[actor.first].start))
            break
    return out

"""The object a verb's gender shows: a state right after a masculine verb is its object.

Arabic verbs agree with their subject, and a country or a capital is feminine (``شكرت روسيا``،
``انتقدت واشنطن``). A verb of the third person masculine (``شكر``، ``انتقد``، ``يهنئ``) written
right before a country or capital of the gazetteer therefore does not have it for subject: its
subject is in the verb, named before (``وشكر روسيا على دعمها``، ``لكنه انتقد موسكو``، ``وكان
ترامب هاجم الصين``), and the state is its object. Read by :mod:`helpers.speech_acts` (through
:func:`helpers.evaluator_subjects.object_after_verb`: no speaker phrase after the verb) and by
:mod:`helpers.stance_targets` (the state is the judged one). The verbs are those of
``[masculine_judging_verbs]`` (function_words.toml), which take their object without a
preposition; the gazetteer holds no country of a masculine name (العراق، لبنان), and
``[masculine_names]`` keeps one out if it is added.
"""

from __future__ import annotations

from functools import cache

from helpers.actors import load_gazetteer
from helpers.arabic import normalize
from helpers.clitics import strip_article, strip_conjunction
from helpers.cues import function_words

__all__ = ["state_after_masculine_verb"]

_VERBS = function_words("masculine_judging_verbs")
_PREPOSITIONS = function_words("prepositions")
_MASCULINE_NAMES = frozenset(strip_article(w) for w in function_words("masculine_names"))


@cache
def _states() -> frozenset[tuple[str, ...]]:
    """The countries and capitals of the gazetteer as tuples of normalised words (``روسيا``،
    ``الولايات المتحدة``), but a name listed as masculine."""
    aliases = load_gazetteer().actors
    names = aliases.loc[aliases["kind"].isin(["country", "capital"]), "alias"]
    words = (tuple(normalize(a).split()) for a in names)
    return frozenset(w for w in words if w and strip_article(w[0]) not in _MASCULINE_NAMES)


_LONGEST = 4  # words of the longest state name (الولايات المتحدة الأمريكية)


def state_after_masculine_verb(norms: list[str], verb: int) -> bool:
    """Whether the normalised word at ``verb`` is a masculine verb of judging
    (``[masculine_judging_verbs]``, behind و or ف) and a country or capital follows it
    right away: the state is the verb's object, not its subject. Not after a preposition,
    where the word is the noun (``أعربت عن شكر الولايات المتحدة``: the thanks of the state);
    the callers see that no punctuation stands between the two (``يحذر: السعودية``)."""
    if verb + 1 >= len(norms) or strip_conjunction(norms[verb]) not in _VERBS:
        return False
    if verb > 0 and norms[verb - 1] in _PREPOSITIONS:
        return False
    states = _states()
    return any(tuple(norms[verb + 1 : verb + 1 + k]) in states for k in range(1, _LONGEST + 1))

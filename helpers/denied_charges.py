"""A charge written in the that-clause of a denial is denied, not made.

``ونفت المتحدثة أن يكون ترامب يعرقل التحقيق``، ``نفى الوزير أن تكون إسرائيل ارتكبت جرائم``،
``نافيا أن تكون القوات الروسية قصفت المستشفى``: the clause after a verb of denying and its
that (``أن``، ``بأن``، ``أنه`` ...) says what the speaker holds untrue. A negative word there
is no one's judgement of the actor it names: the speaker defends the actor or itself, and the
charge's maker is not in the sentence (the guidelines: self-defence against an accusation is
none, and the target is the actor the evaluation is about). The engine read such words as the
speaker's charge (against). The clause ends at the first comma or full stop after the that,
or where the speaker goes on with a verb of its own (``وهددت بالرد على ...``: a threat made).
"""

from __future__ import annotations

import re

from helpers.arabic import normalize, tokenize
from helpers.clitics import CONJUNCTIONS, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.speech_parts import cue_of
from helpers.stance_hits import Hit

__all__ = ["in_denied_clause"]

_DENYING = function_words("denying_words")
_THAT = frozenset(normalize(w) for w in "أن بأن أنه أنها أنهم بأنه بأنها بأنهم".split())
_SUBJECT_WORDS = 4  # a subject of up to four words between the denial and its that
_ENDS = re.compile(r"[،,؛;.:!?؟]")


def in_denied_clause(text: str, sentence_start: int, hit: Hit) -> bool:
    """Whether a negative ``hit`` stands in the that-clause of a denial of its sentence (see
    the module docstring): the denial, at most :data:`_SUBJECT_WORDS` words, a that, then the
    hit's word with no comma or full stop between the that and it, nor a verb of speech or
    evaluation joined by و (:func:`_goes_on`) from the that to the hit's word."""
    if hit.value >= 0:
        return False
    before = text[sentence_start : hit.start]
    clause = _ENDS.split(before)[-1]
    words = [strip_conjunction(normalize(w)) for w in tokenize(clause)]
    for k, word in enumerate(words):
        if word not in _DENYING:
            continue
        that = next((j for j in range(k + 1, len(words)) if words[j] in _THAT), None)
        if that is not None and that - k - 1 <= _SUBJECT_WORDS:
            said = [*tokenize(clause)[that + 1 :], *tokenize(hit.words)[:1]]
            return not any(_goes_on(w) for w in said)
    return False


def _goes_on(token: str) -> bool:
    """Whether a word is the speaker's next act joined by و/ف, a verb of speech or evaluation
    (``ونفت الصين أن ...، وهددت بالرد``، ``واتهمت``، ``وقالت``): the denied clause ended."""
    word = normalize(token)
    return word[:1] in CONJUNCTIONS and cue_of(word, default_cues()) is not None

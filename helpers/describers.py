"""Who describes, after a verb of describing: the subject, not the thing described.

``وصف`` takes its subject and then its object before the ب of the description (``ووصف
الوزير القرار بأنه خطير``). A speaker phrase read from the verb to that ب holds both, and the
holder phrase can run from the subject's name into the object (``ووصف ميشال قرار ترمب
بالخطير``، ``وصف السناتور جون ماكين قمة هلسنكي بأنها``). With no object pronoun on the verb
the object must stand in that phrase: the first deed, document or judged thing there
(``قرار``، ``البيان``، ``قمة``) opens it, and the describer is the words before it. When the
phrase opens with one (``ووصفت الرسوم الجمركية بأنها``، ``ووصف الهجوم بأنه``) the subject is
unnamed (said before) and the phrase names no one, or, after a relative pronoun, the name before
it (``ماكرون الذي وصف الاتفاق بأنه``). A document may speak as a subject
(``ووصف البيان خطوة ترامب``), so it opens no object at the phrase's start. A title's own
genitive (``مسؤولة السياسة الخارجية``، ``قائد العمليات``) is no object: the word before the
object must be able to close a name. Read where :mod:`helpers.stance` groups a quote's hits;
the hits keep their stance, only the holder changes.
"""

from __future__ import annotations

import re

from helpers.arabic import normalize
from helpers.attribution import QuoteSpan
from helpers.clitics import strip_article, strip_conjunction
from helpers.comma_clauses import is_title
from helpers.cues import default_cues, function_words
from helpers.described_things import DESCRIBING, OWNED_DEEDS
from helpers.speech_parts import is_name

__all__ = ["describer"]

_DOCUMENTS = function_words("document_nouns")
_DESCRIBED = (
    OWNED_DEEDS | function_words("described_objects") | function_words("judged_things") | _DOCUMENTS
)
_HEADS = function_words("holder_heads") | function_words("body_nouns")
_LINK = re.compile(r"^[\s\"“”«»']*ب")  # بأنها، بالخطير، بـ "...، "بالإرهابي"


def describer(text: str, quote: QuoteSpan, speaker: str | None) -> str | None:
    """The speaker phrase cut before the thing a verb of describing describes: ``speaker``
    (the quote's speaker phrase from its start, maybe already cut by
    :func:`helpers.stance_voices.holder_span`) unchanged unless a bare verb of describing stands
    right before the quote's speaker phrase and a ب-description right after it."""
    if not speaker or quote.speaker_start < 0:
        return speaker
    before = text[: quote.speaker_start].split()
    verb = strip_conjunction(normalize(before[-1])) if before else ""
    if verb not in DESCRIBING or not _LINK.match(text[quote.speaker_end :]):
        return speaker
    words = speaker.split()
    norms = [strip_conjunction(normalize(w.strip('،,"“”«»'))) for w in words]
    for j, word in enumerate(norms):
        if strip_article(word) not in _DESCRIBED:
            continue
        if j == 0:
            if strip_article(word) in _DOCUMENTS:
                return speaker
            return _antecedent(before)
        if not _owns_next(norms[j - 1]):
            return " ".join(words[:j])
    return speaker


def _antecedent(before: list[str]) -> str:
    """The describer a relative clause names before its verb of describing (``ماكرون الذي
    وصف الاتفاق``): a gazetteer name right before the relative pronoun (a comma may follow it);
    else "" (a name the gazetteer lacks, or a subject said before, is not read here)."""
    if len(before) < 3 or normalize(before[-2]) not in _RELATIVES:
        return ""
    name = before[-3].strip("،,")
    return name if is_name(strip_conjunction(normalize(name))) else ""


_RELATIVES = function_words("relatives")


def _owns_next(word: str) -> bool:
    """Whether ``word`` may own the noun after it inside a title or body name (``مسؤولة
    السياسة``، ``قائد العمليات``، ``هيئة``): an indefinite title or body noun, or a feminine
    noun in construct."""
    if word.startswith("ال"):
        return False
    return (
        is_title(word) or word in _HEADS or word in default_cues().title_words or word.endswith("ة")
    )

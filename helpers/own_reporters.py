"""The outlet's own correspondent: whose voice a report of "our correspondent" is in.

Arabic news cites its own reporter in the first person plural (``وفق ما أفاد مراسلنا``،
``وقالت مراسلتنا في القدس إن``). That reporter writes the outlet's news: the annotation
guidelines give narration by the outlet itself the voice ``own`` and the holder ``outlet``,
so such a report is the outlet's voice, not a quoted one. A correspondent spoken to (``قال
الوزير لمراسلنا``) is no speaker and is left alone: only the evaluator phrase of the speaker
(:func:`helpers.stance_voices.holder_of`) is read. The words are ``[own_reporters]`` of
``helpers/data/function_words.toml``.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_voices import holder_of

__all__ = ["voice_of"]

_OWN_REPORTERS = function_words("own_reporters")


def voice_of(speaker: str | None) -> tuple[str, str | None]:
    """The voice and speaker a quote's hits are grouped under: ``("outlet", None)`` when the
    speaker phrase names the outlet's own correspondent (``مراسلنا``، ``مراسلتنا في دمشق``),
    else ``("quoted", speaker)``."""
    holder = holder_of("quoted", speaker)
    first = holder.split()[0] if holder else ""
    if strip_conjunction(normalize(first), min_rest=3) in _OWN_REPORTERS:
        return ("outlet", None)
    return ("quoted", speaker)

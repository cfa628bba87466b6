"""Who foils, intercepts or repels a hostile act: not its doer.

A verb of foiling (``[foiling_verbs]``: ``أحبط``، ``أفشل``، ``أجهض``، ``تصدى``،
``صد``) has for its subject the one who stops the act its object names: ``أحبطت أجهزة الأمن
الروسية عملا إرهابيا`` tells no terrorism of Russia's, ``تصدت الدفاعات الجوية السعودية
لصاروخ`` no missile of Saudi Arabia's. The one who counters a hostile act is read like the one
who suffers it (:func:`helpers.stance_roles.sufferers`): no fallback rule (the nearest actor
before, the subject of an earlier clause) makes it the act's doer, while a doer written with
the act itself (``مؤامرة إيرانية``، ``العدوان الإيراني``) keeps it. The words of ``[counters]``
in the role frames (``التصدي لـ``، ``صد العدوان``) govern only an act right after them; a verb
of foiling has its subject between (verb, subject, object: the order of news).
"""

from __future__ import annotations

from functools import lru_cache

from helpers.cues import function_words
from helpers.stance_lexicon import word_forms

__all__ = ["foils"]


@lru_cache(maxsize=1 << 12)
def foils(norm: str) -> bool:
    """Whether the normalised token is a verb of foiling, intercepting or repelling, through
    clitics and an object pronoun (``وأحبطت``، ``أحبطتها``)."""
    return not function_words("foiling_verbs").isdisjoint(word_forms(norm))

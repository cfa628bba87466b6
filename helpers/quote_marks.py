"""Quotation marks: where a quotation opens and closes inside a sentence.

Arabic news quotes with guillemets, curly quotes and straight ``"`` marks, and nests them
(a quoted name inside a quoted statement). These readings are shared by the quote finder
(:mod:`helpers.attribution`) and the speaker carried over from an earlier sentence
(:mod:`helpers.speech_sources`). A quotation of the speaker's own words said right after its
verb and speaker runs to its closing mark, commas and all, and is no subject of the verb
(:func:`quotation_after_verb`, :func:`speaker_in_quotation`).
"""

from __future__ import annotations

import re

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.speech_parts import (
    CLOSERS,
    OPENERS,
    Quote,
    Token,
    breaks_clause,
    has_preposition,
    is_statement,
)
from helpers.stance_lexicon import owned_part

__all__ = [
    "clause_end",
    "closing_mark",
    "opening_mark",
    "quotation_after_verb",
    "quote_extent",
    "quoted_words",
    "short_quote",
    "speaker_in_quotation",
]

_SHORT_QUOTE = 4  # words of a name in quotation marks ("فيلق الرحمن", "سوريا الديمقراطية")


def opening_mark(gap: str) -> str | None:
    """The quotation mark that opens at the token after ``gap``: a guillemet or curly quote,
    or a straight ``"`` written against the token (`` "فيلق``; ``الرحمن"، `` closes)."""
    for mark in "«“":
        if mark in gap:
            return mark
    at = gap.rfind('"')
    return '"' if at >= 0 and gap[at + 1 :] == "" else None


def short_quote(text: str, tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether the quotation opening at token ``j`` closes within :data:`_SHORT_QUOTE` words
    and a complementiser or colon follows it in the sentence (the quote proper)."""
    mark = opening_mark(tokens[j].gap)
    at = tokens[j].start - len(tokens[j].gap) + tokens[j].gap.rfind(mark or '"')
    close = closing_mark(text, at, mark or '"')
    if close < 0:
        return False
    inside = [t for t in tokens[j:] if t.start < close]
    after = [t for t in tokens[j:] if t.start > close]
    return len(inside) <= _SHORT_QUOTE and any(
        ":" in t.gap or t.norm in cues.complementizers for t in after
    )


def quote_extent(
    text: str, tokens: list[Token], q: int, sentence_end: int, cues: SpeechCues
) -> tuple[int, int]:
    """The quote opening at token ``q``: to the closing quotation mark if it opens with one,
    else to the end of the sentence. After a complementiser the rest of the sentence is the
    speaker's indirect speech even when it opens with a quoted phrase (``قالت ماي إنه "ليس
    هناك استنتاج آخر" غير الاعتقاد بأن ...``): to the later of the closing mark and the
    sentence's end."""
    if q >= len(tokens):
        return sentence_end, sentence_end
    gap = tokens[q].gap
    indirect = q > 0 and tokens[q - 1].norm in cues.complementizers
    for opener in OPENERS:
        at = gap.rfind(opener)
        if at >= 0:
            start = tokens[q].start - len(gap) + at
            close = closing_mark(text, start, opener)
            if close < 0:
                return start, sentence_end
            if indirect:
                return start, max(close + 1, sentence_end)
            return start, _continued(text, tokens, close, sentence_end, cues)
    return tokens[q].start, _past_open_quotation(text, tokens[q:], sentence_end)


def clause_end(
    text: str, tokens: list[Token], first: int, stop: int | None, end: int, said: bool = False
) -> int:
    """Where words from token ``first`` end when their clause breaks before token ``stop``
    (None: at ``end``, the sentence's end): at the break, unless the break is a parenthesis
    inside a quotation opened in between. Editors put words in parentheses inside quoted
    speech (``"نحن على علم (بإقدام) الصين على ..."``, ``(النظام الإيراني)``): the quotation
    goes on to its closing mark. When what is ``said`` opens with the speaker's quoted words
    (:func:`quoted_words`), a comma inside them does not end them either."""
    if stop is None:
        return end
    gap = tokens[stop].gap
    cut = tokens[stop].start - len(gap)
    if gap.strip(" ()") and not (said and gap.strip() in _COMMAS):
        return cut  # a comma or a stop: the clause ends
    return _past_open_quotation(text, tokens[first:stop], cut)


_COMMAS = frozenset("،,")


def quoted_words(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a quotation of the speaker's own words opens at token ``j``: left open in the
    sentence, or longer than a name in quotation marks (:data:`_SHORT_QUOTE` words) and closed
    where its clause ends (a name goes on: ``جماعة تدعى "سرايا ..." مسؤوليتها``). Said right
    after its verb and speaker (``أكد الوزير "نحن ندعم الحل السياسي، ونرفض التدخل ..."``), its
    commas are the speaker's, not the narrator's, and its first word opens no speaker's name
    (``حزب "البديل"`` is a name)."""
    if j >= len(tokens) or (mark := opening_mark(tokens[j].gap)) is None:
        return False
    at = tokens[j].start - len(tokens[j].gap) + tokens[j].gap.rfind(mark)
    close = closing_mark(text, at, mark)
    if close < 0:
        return True
    after = text[close + 1 : close + 3].strip()
    ends = not after or after[0] in _ENDS  # "..."، مشيرة / "...". : not a name (حزب "..." الحاكم)
    return ends and sum(at < t.start < close for t in tokens[j:]) > _SHORT_QUOTE


_ENDS = frozenset("،,.:;؛!?؟")


def quotation_after_verb(text: str, tokens: list[Token], i: int, quote: Quote) -> int | None:
    """The token where a quotation of the speaker's words (:func:`quoted_words`) opens right
    after verb ``i`` (``وأكد "..."``) or after its subject (``أكد وزير الخارجية "نحن ندعم
    ..."``), else None. Past the verb's own next word, the quotation may open inside the
    speaker phrase found for ``quote``: that subject then ends before it (see
    :func:`helpers.speech_acts.object_quote`)."""
    if i + 1 < len(tokens) and quoted_words(text, tokens, i + 1):
        return i + 1  # وأكد "...": no subject after the verb
    if i + 1 >= len(tokens) or quote.speaker_start != tokens[i + 1].start:
        return None
    after = next(
        (k for k in range(i + 2, len(tokens)) if tokens[k].start >= quote.speaker_end), None
    )
    last = len(tokens) - 1 if after is None else after
    return next((j for j in range(i + 2, last + 1) if quoted_words(text, tokens, j)), None)


def speaker_in_quotation(
    text: str, tokens: list[Token], i: int, quote: Quote, cues: SpeechCues
) -> bool:
    """Whether ``quote``'s speaker was read from the quoted words that open right after verb
    ``i`` (``وأكد "نحن ندعم ..."``: no subject; the speaker is carried on), not a subject that
    the quotation opens with before its complementiser (``كشف "وزير الداخلية ... أن``)."""
    if quote.speaker_start < tokens[i + 1].start or not quoted_words(text, tokens, i + 1):
        return False
    after = next((t for t in tokens[i + 1 :] if t.start >= quote.speaker_end), None)
    return after is None or after.norm not in cues.complementizers


def _past_open_quotation(text: str, tokens: list[Token], end: int) -> int:
    """The end of words that stop at ``end``, or past it to the closing mark of a quotation
    opened among ``tokens`` that closes after it (``لافتا إلى أنه "ليس هناك ... . يجب أن تركز
    الولايات المتحدة على ..."``: the second sentence is still the quotation)."""
    for token in tokens:
        mark = opening_mark(token.gap)
        if mark is None:
            continue
        at = token.start - len(token.gap) + token.gap.rfind(mark)
        close = closing_mark(text, at, mark)
        if close >= end:
            return close + 1
    return end


def _continued(
    text: str, tokens: list[Token], close: int, sentence_end: int, cues: SpeechCues
) -> int:
    """Where a quotation closing at ``close`` ends: at its mark, unless the quoted clause goes
    on right after it with a prepositional phrase (``قالوا: "ندعو روسيا إلى الرد على الأسئلة
    المرتبطة" بقضية التسميم``, and ``في`` after a noun of a part with its pronoun: ``"أدعو
    روسيا إلى قبول مسؤوليتها" في الكارثة``): the words that complete it, to the next clause
    break, are the same statement (``"..." ثم غادر القاعة`` is the outlet's narration; ``"..."
    في مؤتمر صحفي`` says where it was said)."""
    after = next((k for k, t in enumerate(tokens) if t.start > close), None)
    if after is None or text[close + 1 : tokens[after].start].strip():
        return close + 1
    word = tokens[after].norm
    completing = has_preposition(word) or word in _COMPLETING_PREPOSITIONS
    if not (completing or word == _IN and _completes_a_part(tokens, after, cues)):
        return close + 1
    stop = next((t for t in tokens[after + 1 :] if breaks_clause(t.gap)), None)
    return sentence_end if stop is None else stop.start - len(stop.gap)


def _completes_a_part(tokens: list[Token], after: int, cues: SpeechCues) -> bool:
    """Whether the في at ``after`` completes the noun of a part that closes the quotation
    (``"... قبول مسؤوليتها" في الكارثة``), not where it was said (``"..." في مؤتمر صحفي``)."""
    if after == 0 or owned_part(strip_conjunction(tokens[after - 1].norm)) is None:
        return False
    return after + 1 >= len(tokens) or not is_statement(tokens[after + 1].norm, cues)


_COMPLETING_PREPOSITIONS = function_words("object_prepositions")
_IN = normalize("في")
_MARKS = {opener: re.compile(f"[{re.escape(opener + shut)}]") for opener, shut in CLOSERS.items()}
"""Each opening mark -> a pattern of the marks that open and close its quotations."""


def closing_mark(text: str, start: int, opener: str) -> int:
    """The offset of the mark closing the quotation opened at ``start``, or -1. Quotations
    nest (``"إن ... عناصر "الخوذ البيضاء" وشعرت ..."``): a straight ``"`` written before a
    word, after a space, opens an inner one; any other closes."""
    closer = CLOSERS[opener]
    depth = 1
    for found in _MARKS[opener].finditer(text, start + 1):  # only the marks, not every letter
        at, char = found.start(), found.group()
        if opener != closer and char == opener:
            depth += 1
        elif char == closer:
            opens = opener == closer and (at == 0 or text[at - 1].isspace())
            opens = opens and at + 1 < len(text) and not text[at + 1].isspace()
            opens = opens and text[at + 1] not in ".,،؛:!?؟)"
            depth += 1 if opens else -1
        if depth == 0:
            return at
    return -1

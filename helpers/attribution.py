"""Who is speaking: reported speech in Arabic news and the speaker of each quote.

News Arabic reports speech with a small set of constructions, and the stance analysis needs
to know whether an evaluative word is the outlet's own or a quoted speaker's:

* a reporting verb, its speaker, a complementiser: ``وقال مسؤول في البيت الأبيض إن ...``;
* the subject before the verb (``بأن الرئيس الأمريكي أكد لنظيره ...``) or no subject at all,
  continuing the last speaker (``وأكد أن ...``);
* a circumstantial participle after a clause: ``عبّر الكرملين عن ارتياحه، مؤكدًا أن ...``;
* a source preposition: ``بحسب مصادر دبلوماسية، ...``, ``وفقا لوكالة ...``;
* a relay: ``نقلت وكالة ... عن مسؤول روسي قوله إن ...``.

The cue words live in ``helpers/data/speech_cues.txt`` so a researcher can extend them. The
rules are deliberately simple and transparent: each quote row records the cue that fired and
how its speaker was found.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.arabic import normalize, sentence_spans
from helpers.cues import (
    SpeechCues,
    default_cues,
    function_words,
    is_news_agency,
    load_speech_cues,
)
from helpers.speech_parts import (
    DEMONSTRATIVES,
    OPENERS,
    Quote,
    Sentence,
    Token,
    breaks_clause,
    closing_mark,
    cue_of,
    cue_stem,
    ends_speaker,
    evaluator_end,
    has_object_pronoun,
    is_adverbial,
    is_preposition,
    is_statement,
    opening_mark,
    phrase,
    quote_extent,
    read_tokens,
    short_quote,
    speech_noun_holder,
    threatens_with,
    with_apposition,
)
from helpers.speech_sources import inherit, nested, relay_quote, relayed, source_quote

__all__ = [
    "QUOTE_COLUMNS",
    "QuoteSpan",
    "SpeechCues",
    "find_quotes",
    "is_news_agency",
    "speech_noun_holder",
    "load_speech_cues",
    "quote_spans",
]

QUOTE_COLUMNS = ["speaker", "cue", "quote", "start", "end", "speaker_start", "speaker_end", "found"]
"""Columns of :func:`find_quotes`. ``found`` says how the speaker was found: ``after-cue``,
``before-cue``, ``same-sentence``, ``earlier`` (a previous sentence) or ``unknown``."""

_MAX_OPENING = 24  # tokens from a cue to its complementiser, across appositions
# (قالت نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة، إنه ...)
_MAX_SUBJECT = 5  # tokens of a subject written before its verb


def find_quotes(text: str, cues: SpeechCues | None = None) -> pd.DataFrame:
    """Reported speech in ``text``: who speaks, the cue, and the quoted span.

    Parameters
    ----------
    text : str
        An article body (any normalisation; offsets index this string).
    cues : SpeechCues, optional
        Cue lists; default :func:`load_speech_cues`.

    Returns
    -------
    DataFrame
        One row per quote in text order, columns :data:`QUOTE_COLUMNS`: ``speaker`` (the name
        or title phrase as written, missing (NA) when it cannot be found), ``cue`` (the cue word as
        written), ``quote`` (``text[start:end]``), ``start``/``end`` of the quoted span,
        ``speaker_start``/``speaker_end`` (-1 when there is no speaker) and ``found``.
        A quote runs from its complementiser to the end of the sentence, or to the closing
        guillemet when it opens with one; a source cue (``بحسب``) covers its whole sentence.
    """
    quotes = _find(text, cues or default_cues())
    columns = {
        "speaker": [q.speaker for q in quotes],
        "cue": [q.cue for q in quotes],
        "quote": [text[q.start : q.end] for q in quotes],
    }
    for name in ("start", "end", "speaker_start", "speaker_end"):
        columns[name] = np.array([getattr(q, name) for q in quotes], dtype="int64")
    columns["found"] = [q.found for q in quotes]
    return pd.DataFrame(columns, columns=QUOTE_COLUMNS)


class QuoteSpan(NamedTuple):
    """A quote's span and its speaker's (``speaker_start == -1`` without a speaker)."""

    start: int
    end: int
    speaker: str | None
    speaker_start: int
    speaker_end: int


def quote_spans(
    text: str,
    cues: SpeechCues | None = None,
    *,
    spans: list[tuple[int, int]] | None = None,
) -> list[QuoteSpan]:
    """Each quote of ``text`` as a :class:`QuoteSpan`: :func:`find_quotes` without the table,
    for callers that look up many positions (the stance engine's voices).

    ``spans`` are the sentence offsets of ``text`` (:func:`helpers.arabic.sentence_spans`) when
    the caller has them already, so a long article is not split twice.
    """
    return [
        QuoteSpan(q.start, q.end, q.speaker, q.speaker_start, q.speaker_end)
        for q in _find(text, cues or default_cues(), spans)
    ]


def _find(text: str, cues: SpeechCues, spans: list[tuple[int, int]] | None = None) -> list[Quote]:
    quotes: list[Quote] = []
    for index, (start, end) in enumerate(sentence_spans(text) if spans is None else spans):
        sentence = Sentence(index, start, end, read_tokens(text, start, end))
        colon = _statement_colon(text, sentence, cues)
        headline = None if colon else _headline_quote(text, sentence, cues)
        quotes.extend(colon if headline is None else [headline])
        before = len(quotes)
        for i, token in enumerate(sentence.tokens):
            cue = cue_of(token.norm, cues)
            if cue is not None:
                quote = _read_quote(text, sentence, i, cue, cues, quotes)
                if quote is not None:
                    quote.cue_start = token.start
                    quotes.append(quote)
        if len(quotes) == before:
            quotes.extend(_opening_quotation(text, sentence, quotes))
    return quotes


def _statement_colon(text: str, sentence: Sentence, cues: SpeechCues) -> list[Quote]:
    """``وزاد المسؤول في تغريداته: ...``, ``وجاء في البيان: ...``, ``وجاء في الدعوى أن ...``:
    a colon or a complementiser right after a statement noun (after في، على or عبر) opens the
    statement's words, whatever the verb before it; the speaker is the phrase between the
    sentence's first word (its verb) and the preposition, else unknown."""
    tokens = sentence.tokens
    for k in range(2, len(tokens) - 1):
        opens = ":" in tokens[k + 1].gap or tokens[k + 1].norm in cues.complementizers
        if not opens or tokens[k - 1].norm not in _STATEMENT_LINKS:
            continue
        if not is_statement(tokens[k].norm, cues):
            return []
        if any(cue_of(t.norm, cues) is not None for t in tokens[:k]):
            return []  # وقال الوزير في كلمته: read from its cue
        span = phrase(tokens, 1, k - 1) if k > 2 else None
        speaker, s_start, s_end = (text[span[0] : span[1]], *span) if span else (None, -1, -1)
        q = k + 2 if tokens[k + 1].norm in cues.complementizers else k + 1
        if q >= len(tokens):
            return []
        at, _ = quote_extent(text, tokens, q, sentence.end, cues)
        found = "before-cue" if span else "unknown"
        quote = Quote(speaker, ":", at, sentence.end, s_start, s_end, found, sentence.index)
        return [quote]
    return []


_STATEMENT_LINKS = frozenset(normalize(w) for w in "في على عبر".split())


def _opening_quotation(text: str, sentence: Sentence, earlier: list[Quote]) -> list[Quote]:
    """A sentence that opens with a quotation, after a dateline at most (``دبي (CNN)— "..."``),
    and has no cue of its own: the quotation is someone's words, never the outlet's. Right
    after a sentence that quotes someone it goes on quoting them (a quote paragraph after
    ``وقال ترامب إن ...``); else its speaker is unknown. To its closing mark, else to the end
    of the sentence; a few words in quotation marks are a name (``"حزب الله" يعلن``)."""
    head = text[sentence.start : sentence.start + _MAX_DATELINE]
    mark = next((k for k, c in enumerate(head) if c in OPENERS), None)
    if mark is None or mark and not _DATELINE.search(head[:mark]):
        return []
    at = sentence.start + mark
    close = closing_mark(text, at, text[at])
    end = close + 1 if close >= 0 else sentence.end
    if sum(at < t.start < end for t in sentence.tokens) <= _SHORT_NAME:
        return []  # "حزب الله" يعلن ...: a name in quotation marks, not a quotation
    last = next((q for q in reversed(earlier) if not nested(q, earlier)), None)
    if last is None or last.speaker is None or last.sentence_index != sentence.index - 1:
        return [Quote(None, text[at], at, end, -1, -1, "unknown", sentence.index, at)]
    return [
        Quote(
            last.speaker, text[at], at, end, last.speaker_start, last.speaker_end, "earlier",
            sentence.index, at,
        )
    ]  # fmt: skip


_MAX_DATELINE = 80  # characters of a dateline before a lead quotation
_SHORT_NAME = 4  # words of a name in quotation marks (not a quotation)
_DATELINE = re.compile(r"\)\s*[-—–]{1,2}\s*$")  # "دبي، الإمارات (CNN)— " ends with )— or ) --


def _headline_quote(text: str, sentence: Sentence, cues: SpeechCues) -> Quote | None:
    """``ظريف: ...``, ``محمد بن سلمان: ...``: a short name at the start of a sentence followed by
    a colon is the speaker of the rest (the way headlines and captions quote)."""
    tokens = sentence.tokens
    for k in range(1, min(_MAX_HEADLINE_SPEAKER + 1, len(tokens))):
        if ":" in tokens[k].gap:
            if any(cue_of(t.norm, cues) is not None for t in tokens[:k]):
                return None  # قال الوزير: ... is read from its cue
            span = phrase(tokens, 0, k)
            if span is None:
                return None
            quote_start = tokens[k].start
            return Quote(
                text[span[0] : span[1]], ":", quote_start, sentence.end, *span, "before-cue",
                sentence.index, quote_start,
            )  # fmt: skip
        if breaks_clause(tokens[k].gap):
            return None
    return None


_MAX_HEADLINE_SPEAKER = 4  # words of a speaker before a headline colon (محمد بن سلمان)


def _read_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cue: tuple[str, frozenset[str]],
    cues: SpeechCues,
    earlier: list[Quote],
) -> Quote | None:
    kind, prepositions = cue
    tokens = sentence.tokens
    cue_word = text[tokens[i].start : tokens[i].end]
    if kind == "source":
        return source_quote(text, sentence, i, cues, cue_word, earlier)
    if kind == "relay":  # نقلت X عن Y; without عن it reports like a verb (أورد التلفزيون ...)
        relay = relay_quote(text, sentence, i, cues, cue_word)
        if relay is not None or i + 1 >= len(tokens):
            return relay
        kind = "verb"
    if kind == "evaluation_phrase":
        return _phrase_quote(text, sentence, i, prepositions, cues, cue_word, earlier)
    if kind == "passive":
        return _passive_quote(text, sentence, i, prepositions, cues, cue_word)
    if kind == "threat" and not threatens_with(tokens, i):
        return None  # يهدد التصعيد أمن المنطقة: what endangers what, no speech
    if kind in ("evaluation", "evaluation_participle", "threat"):
        participle = kind == "evaluation_participle"
        return _evaluation_quote(text, sentence, i, cues, cue_word, earlier, participle)
    opinion = kind == "verb" and cue_stem(tokens[i].norm, cues) in _OPINION_VERBS
    opening = _find_opening(text, tokens, i, prepositions, cues, names=not opinion)
    if opening is None or _object_first(tokens, i, opening[1], prepositions, cues, kind):
        if kind != "verb":
            return None
        return _opinion_quote(text, sentence, i, cues, cue_word, earlier) or _object_quote(
            text, sentence, i, cues, cue_word, earlier
        )
    speaker_end, quote_index = opening
    start, end = quote_extent(text, tokens, quote_index, sentence.end, cues)
    span, found = None, "before-cue"
    if kind == "verb":
        span = _subject_before(tokens, i, cues, after_complementizer=True)
    if span is None and i + 1 < len(tokens) and not is_adverbial(tokens[i + 1].norm):
        span, found = phrase(tokens, i + 1, speaker_end), "after-cue"
        span = relayed(text, tokens, i, speaker_end, cues) or with_apposition(
            tokens, span, speaker_end, quote_index, cues
        )
    if span is None and kind == "verb":
        span, found = _subject_before(tokens, i, cues, after_complementizer=False), "before-cue"
    if span is None:
        return inherit(earlier, cue_word, start, end, sentence.index, kind)
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def _object_first(
    tokens: list[Token],
    i: int,
    q: int,
    prepositions: frozenset[str],
    cues: SpeechCues,
    kind: str,
) -> bool:
    """Whether the object of verb ``i`` comes before the quote opening at token ``q``, so the
    object is part of what is said: a verb of opinion without a complementiser (``اعتبر
    الأمين العام الاعتداء "جزءا من ..."``), or a verb whose object is what is said before a
    quotation mark (``كرر إعلان القمة دعم الحلف لهدف "..."``)."""
    if kind != "verb":
        return False
    stem = cue_stem(tokens[i].norm, cues)
    by_complementizer = tokens[q - 1].norm in cues.complementizers
    if stem in _OPINION_VERBS:
        return not by_complementizer
    marked = not by_complementizer and ":" not in tokens[q].gap
    return stem in cues.object_verbs and marked and tokens[q].norm not in prepositions


def _opinion_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``الولايات المتحدة تعتبر بعض المطالب الروسية غير مقبولة``: a verb of opinion with two
    objects and no complementiser is the view of its subject written before it, from the verb's
    first object to the end of the clause. With the subject after the verb (``اعتبر الرئيس
    التركي العقوبات ... طعنة``) it reads as a verb of evaluation (:func:`_evaluation_quote`);
    a demonstrative after the verb is no subject (``يعتبر هذا الاتصال ...`` is the outlet's
    own wording)."""
    tokens = sentence.tokens
    if cue_stem(tokens[i].norm, cues) not in _OPINION_VERBS or i + 1 >= len(tokens):
        return None
    span = None
    if not has_object_pronoun(tokens[i].norm, cues):
        span = _subject_before(tokens, i, cues, after_complementizer=False)
    if span is None:
        # الذي تعتبره أنقرة وواشنطن تنظيما إرهابيا: after a relative pronoun, or with its
        # object as a pronoun, the subject follows the verb
        follows = has_object_pronoun(tokens[i].norm, cues) or tokens[i - 1].norm in _RELATIVES
        if tokens[i + 1].norm in DEMONSTRATIVES or (
            i > 0 and not breaks_clause(tokens[i].gap) and not follows
        ):
            return None
        return _evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    stop = next(
        (t.start - len(t.gap) for t in tokens[i + 2 :] if breaks_clause(t.gap)), sentence.end
    )
    speaker = text[span[0] : span[1]]
    return Quote(
        speaker, cue_word, tokens[i + 1].start, stop, span[0], span[1], "before-cue", sentence.index
    )


_OPINION_VERBS = function_words("opinion_verbs")
"""Verbs of opinion that take two objects (``تعتبر X Y``: holds X to be Y)."""
_RELATIVES = function_words("relatives")
_RESUMPTIVES = frozenset(
    normalize(w) for w in "فيه فيها عليه عليها به بها له لها منه منها عنه عنها".split()
)
"""Prepositions with the pronoun of a relative's noun (``الوقت الذي تنفي فيه``)."""


def _phrase_quote(
    text: str,
    sentence: Sentence,
    i: int,
    nouns: frozenset[str],
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``ألقى (الرئيس) باللوم على``, ``ألقى بنس خطابا``, ``يقلل متابعون من شأن``: a verb that
    evaluates or speaks only with its noun, read then as a verb of evaluation whose subject
    ends before the noun."""
    tokens = sentence.tokens
    noun = _names_its_noun(tokens, i, nouns)
    if noun is None:
        return None
    quote = _evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    subject = phrase(tokens, i + 1, noun)
    if subject is not None and quote.speaker_start == subject[0] < tokens[noun].start:
        if quote.speaker_end <= tokens[noun].start:
            return quote  # وجه الرئيس في يناير إنذارا: the subject ended before the noun
        quote.speaker_start, quote.speaker_end = subject
        quote.speaker = text[subject[0] : subject[1]]
    return quote


def _passive_quote(
    text: str,
    sentence: Sentence,
    i: int,
    prepositions: frozenset[str],
    cues: SpeechCues,
    cue_word: str,
) -> Quote | None:
    """``قيل إن ...``, ``يقال إن ...``: words without a speaker (unknown, never the outlet's)."""
    tokens = sentence.tokens
    opening = _find_opening(text, tokens, i, prepositions, cues)
    if opening is None:
        return None
    start, end = quote_extent(text, tokens, opening[1], sentence.end, cues)
    return Quote(None, cue_word, start, end, -1, -1, "unknown", sentence.index)


def _names_its_noun(tokens: list[Token], i: int, nouns: frozenset[str]) -> int | None:
    """The index of the first of ``nouns`` after verb ``i`` and its subject, an apposition
    included (``ألقى الرئيس باللوم``, ``ألقى بنس، نائب الرئيس، خطابا``), or None."""
    for k, token in enumerate(tokens[i + 1 : i + 1 + _MAX_OPENING // 2], i + 1):
        if k > i + 1 and any(c in token.gap for c in ".;؛:!?؟"):
            return None
        if token.norm in nouns:
            return k
    return None


def _object_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``أكد حلف شمال الأطلسي دعمه للضربات``, ``نفت روسيا التورط في ...``: a reporting verb
    whose direct object is what is said (``object_verb`` in the cue file) makes its clause its
    subject's words, read like a verb of evaluation up to the clause's end."""
    if cue_stem(sentence.tokens[i].norm, cues) not in cues.object_verbs:
        return None
    quote = _evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    tokens = sentence.tokens
    first = _past_apposition(tokens, i + 1, quote.speaker_end)
    stop = next(
        (
            t.start - len(t.gap)
            for j, t in enumerate(tokens[first:], first)
            if breaks_clause(t.gap) or _opens_next_report(tokens, j, cues)
        ),
        sentence.end,
    )
    quote.end = max(min(quote.end, stop), quote.speaker_end, quote.start)
    return quote


def _past_apposition(tokens: list[Token], first: int, speaker_end: int) -> int:
    """The first token after a subject and the apposition set off by commas after it (``رجّح
    وزير الخارجية، بوريس جونسون، اتخاذ ...``), where the clause's object starts."""
    after = next((k for k in range(first, len(tokens)) if tokens[k].start >= speaker_end), None)
    for _ in range(2):  # ، بوريس جونسون، الثلاثاء، : a name, then a day
        if after is None or not any(c in tokens[after].gap for c in "،,"):
            break
        close = next(
            (
                k
                for k in range(after + 1, min(len(tokens), after + 1 + _SHORT_APPOSITION))
                if any(c in tokens[k].gap for c in "،,")
            ),
            None,
        )
        if close is None:
            break
        after, first = close, close + 1
    return first


_SHORT_APPOSITION = 5  # words of a name set off by commas after a subject (، بوريس جونسون،)


def _evaluation_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
    participle: bool,
) -> Quote:
    """``اتهمت وزارة الخارجية البريطانية روسيا بـ...``, ``أشاد ترمب بالضربات``: a verb of
    evaluation is a speech act of its subject, so the rest of the sentence, from the verb on,
    is the subject's view. The subject is written before the verb at the start of its clause
    (``الوزير ندد بـ``), else right after the verb, up to the first preposition, word with an
    attached ``بال``/``لل``, boundary word or punctuation (``أشاد الرئيس دونالد ترمب بـ``); a
    participle (``منددا بـ``) or a verb with neither continues the last speaker of the sentence."""
    tokens = sentence.tokens
    start, end = tokens[i].start, sentence.end
    after_relative = i > 0 and tokens[i - 1].norm in _RELATIVES  # الذي تنفي فيه سوريا
    if i + 1 < len(tokens) and tokens[i + 1].norm in _RESUMPTIVES and not after_relative:
        # ألقى كلمة هاجم فيها الحكومة: the speech's speaker, named before in the sentence
        return inherit(earlier, cue_word, start, end, sentence.index, "participle")
    if participle:
        verb = next((j for j in range(i) if cue_of(tokens[j].norm, cues) is not None), None)
        if verb is None or any(q.sentence_index == sentence.index for q in earlier):
            return inherit(earlier, cue_word, start, end, sentence.index, "participle")
        i = verb  # أعلن ترمب ...، منددا بـ: the subject of the sentence's verb
    after = phrase(tokens, i + 1, evaluator_end(tokens, i + 1, cues))
    span, found = None, "after-cue"
    if after is None or not has_object_pronoun(tokens[i].norm, cues):
        span, found = _subject_before(tokens, i, cues, after_complementizer=False), "before-cue"
    if span is None:
        span, found = after, "after-cue"
    if span is None:
        lookback = "participle" if participle else "verb"  # فيما انتقد ...: the last speaker
        return inherit(earlier, cue_word, start, end, sentence.index, lookback)
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def _find_opening(
    text: str,
    tokens: list[Token],
    i: int,
    prepositions: frozenset[str],
    cues: SpeechCues,
    *,
    names: bool = True,
) -> tuple[int, int] | None:
    """Where the speaker phrase after cue ``i`` ends and the quote begins (token indices).

    The quote opens at a complementiser, a colon or an opening quotation mark, or at one of the
    cue's own prepositions (``أعرب عن``); a comma or a boundary word (``للصحفيين``, ``في بيان``)
    ends the speaker phrase, but the quote may still open a few words later. A short phrase in
    quotation marks before a complementiser is a name (``المتحدث باسم جماعة "فيلق الرحمن"، إن``),
    not the quote (unless ``names`` is false: after a verb of opinion it is the predicate,
    ``اعتبر أردوغان العقوبات "طعنة بالظهر"``). The next reporting verb (``وقال``) starts a
    report of its own: None, no quote here.
    """
    speaker_end: int | None = None
    named: tuple[int, int] | None = None  # a quoted name, the opening if nothing follows
    for j in range(i + 1, min(len(tokens), i + 1 + _MAX_OPENING)):
        token = tokens[j]
        if _opens_next_report(tokens, j, cues):
            break
        if ":" in token.gap or opening_mark(token.gap) is not None:
            if ":" in token.gap or not names or not short_quote(text, tokens, j, cues):
                return (speaker_end or j), j
            named = named or ((speaker_end or j), j)
        if token.norm in cues.complementizers:
            return (speaker_end or j), j + 1
        if token.norm in prepositions:
            return (speaker_end or j), j
        if speaker_end is None and (ends_speaker(tokens, j, cues) or breaks_clause(token.gap)):
            speaker_end = j
    return named


def _opens_next_report(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether token ``j`` is a reporting or evaluation verb opening a coordinated clause
    (``وقال``, ``وأكد``, ``فيما انتقد``): the report before it has ended."""
    norm = tokens[j].norm
    if norm[:1] not in "وف" and not breaks_clause(tokens[j].gap):
        return False
    cue = cue_of(norm, cues)
    return cue is not None and cue[0] in ("verb", "evaluation")


def _subject_before(
    tokens: list[Token], i: int, cues: SpeechCues, *, after_complementizer: bool
) -> tuple[int, int] | None:
    """The subject written before verb ``i`` when its clause opens with it: after a
    complementiser (``بأن الرئيس الأمريكي أكد لنظيره``, where the words after the verb are the
    addressee), or, when ``after_complementizer`` is false, at a clause start
    (``الكرملين يرى أن``)."""
    relative = i > 1 and tokens[i - 1].norm in _RELATIVES
    if relative and not breaks_clause(tokens[i - 1].gap):
        # المسؤولون الذين يرون أن: the relative's noun; الموقف الذي أكده الرئيس: the object;
        # في الوقت الذي تنفي فيه سوريا: a time or place, its subject after the verb
        resumptive = i + 1 < len(tokens) and tokens[i + 1].norm in _RESUMPTIVES
        if has_object_pronoun(tokens[i].norm, cues) or resumptive:
            return None
        return _antecedent(tokens, i - 1)
    j = i
    while j > 0 and not breaks_clause(tokens[j].gap):
        if tokens[j - 1].norm in cues.complementizers:
            return phrase(tokens, j, i)
        if i - j >= _MAX_SUBJECT or cue_of(tokens[j - 1].norm, cues) is not None:
            return None
        j -= 1
    if after_complementizer or is_preposition(tokens[j].norm):
        return None  # وفي إعلان مفاجئ أعلن ترمب: an adverbial, not a subject
    return phrase(tokens, j, i)


def _antecedent(tokens: list[Token], relative: int) -> tuple[int, int] | None:
    """The noun a relative pronoun refers to, the subject of its verb (``قلق الأعضاء الذين
    يخشون``: ``الأعضاء``): the definite words right before it (a noun and its adjectives),
    else the one word before it (``أردوغان الذي``)."""
    first = relative - 1
    while (
        first > 0
        and relative - first < 3
        and tokens[first - 1].norm.startswith("ال")
        and tokens[first].norm.startswith("ال")
        and not breaks_clause(tokens[first].gap)
    ):
        first -= 1
    return phrase(tokens, first, relative)

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

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.arabic import (
    STOPWORDS,
    is_protected,
    normalize,
    sentence_spans,
    strip_conjunction,
    token_spans,
)
from helpers.cues import (
    SpeechCues,
    default_cues,
    function_words,
    is_news_agency,
    load_speech_cues,
)

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

_MAX_SPEAKER = (
    9  # tokens a speaker phrase may span (مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف)
)
_MAX_OPENING = 24  # tokens from a cue to its complementiser, across appositions
# (قالت نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة، إنه ...)
_MAX_SUBJECT = 5  # tokens of a subject written before its verb
_LOOKBACK_SENTENCES = 3  # how far back "وأكد أن ..." looks for the speaker it continues
_OPENERS = '«"“'
_CLOSERS = {"«": "»", '"': '"', "“": "”"}


_normalized = lru_cache(maxsize=1 << 17)(normalize)
""":func:`normalize` for tokens: news vocabulary repeats, so most tokens are looked up once."""


@dataclass
class _Token:
    norm: str
    start: int
    end: int
    gap: str  # the text between the previous token and this one (punctuation lives there)


@dataclass
class _Quote:
    speaker: str | None
    cue: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    found: str
    sentence_index: int
    cue_start: int = -1


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    tokens: list[_Token]


def _cue_of(norm: str, cues: SpeechCues) -> tuple[str, frozenset[str]] | None:
    """The cue a normalised token is, allowing the conjunctions و/ف and the future س in front
    (وأكد, فقال, ستعتبر)."""
    bare = strip_conjunction(norm)
    return cues.cues.get(norm) or cues.cues.get(bare) or cues.cues.get(_without_future(bare))


def _without_future(verb: str) -> str:
    """``ستعتبر`` -> ``تعتبر``: the future marker before an imperfect verb."""
    return verb[1:] if len(verb) > 4 and verb[0] == "س" and verb[1] in "يتن" else verb


def _breaks_clause(gap: str) -> bool:
    return any(c in gap for c in ",،;؛:.!?؟()")


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


def _find(text: str, cues: SpeechCues, spans: list[tuple[int, int]] | None = None) -> list[_Quote]:
    quotes: list[_Quote] = []
    for index, (start, end) in enumerate(sentence_spans(text) if spans is None else spans):
        sentence = _Sentence(index, start, end, _tokens(text, start, end))
        headline = _headline_quote(text, sentence, cues)
        if headline is not None:
            quotes.append(headline)
        for i, token in enumerate(sentence.tokens):
            cue = _cue_of(token.norm, cues)
            if cue is not None:
                quote = _read_quote(text, sentence, i, cue, cues, quotes)
                if quote is not None:
                    quote.cue_start = token.start
                    quotes.append(quote)
    return quotes


def _headline_quote(text: str, sentence: _Sentence, cues: SpeechCues) -> _Quote | None:
    """``ظريف: ...``, ``محمد بن سلمان: ...``: a short name at the start of a sentence followed by
    a colon is the speaker of the rest (the way headlines and captions quote)."""
    tokens = sentence.tokens
    for k in range(1, min(_MAX_HEADLINE_SPEAKER + 1, len(tokens))):
        if ":" in tokens[k].gap:
            if any(_cue_of(t.norm, cues) is not None for t in tokens[:k]):
                return None  # قال الوزير: ... is read from its cue
            span = _phrase(tokens, 0, k)
            if span is None:
                return None
            quote_start = tokens[k].start
            return _Quote(
                text[span[0] : span[1]], ":", quote_start, sentence.end, *span, "before-cue",
                sentence.index, quote_start,
            )  # fmt: skip
        if _breaks_clause(tokens[k].gap):
            return None
    return None


_MAX_HEADLINE_SPEAKER = 4  # words of a speaker before a headline colon (محمد بن سلمان)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    previous = start
    for word, s, e in token_spans(text[start:end]):
        out.append(_Token(_normalized(word), start + s, start + e, text[previous : start + s]))
        previous = start + e
    return out


def _read_quote(
    text: str,
    sentence: _Sentence,
    i: int,
    cue: tuple[str, frozenset[str]],
    cues: SpeechCues,
    earlier: list[_Quote],
) -> _Quote | None:
    kind, prepositions = cue
    tokens = sentence.tokens
    cue_word = text[tokens[i].start : tokens[i].end]
    if kind == "source":
        return _source_quote(text, sentence, i, cues, cue_word)
    if kind == "relay":  # نقلت X عن Y; without عن it reports like a verb (أورد التلفزيون ...)
        relayed = _relay_quote(text, sentence, i, cues, cue_word)
        if relayed is not None or i + 1 >= len(tokens):
            return relayed
        kind = "verb"
    if kind in ("evaluation", "evaluation_participle"):
        participle = kind == "evaluation_participle"
        return _evaluation_quote(text, sentence, i, cues, cue_word, earlier, participle)
    opening = _find_opening(tokens, i, prepositions, cues)
    if opening is None:
        if kind != "verb":
            return None
        return _opinion_quote(text, sentence, i, cues, cue_word, earlier)
    speaker_end, quote_index = opening
    start, end = _quote_extent(text, tokens, quote_index, sentence.end)
    span, found = None, "before-cue"
    if kind == "verb":
        span = _subject_before(tokens, i, cues, after_complementizer=True)
    if span is None and i + 1 < len(tokens) and not _is_adverbial(tokens[i + 1].norm):
        span, found = _phrase(tokens, i + 1, speaker_end), "after-cue"
    if span is None and kind == "verb":
        span, found = _subject_before(tokens, i, cues, after_complementizer=False), "before-cue"
    if span is None:
        return _inherit(earlier, cue_word, start, end, sentence.index, kind)
    speaker = text[span[0] : span[1]]
    return _Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def _opinion_quote(
    text: str,
    sentence: _Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[_Quote],
) -> _Quote | None:
    """``الولايات المتحدة تعتبر بعض المطالب الروسية غير مقبولة``: a verb of opinion with two
    objects and no complementiser is the view of its subject written before it, from the verb's
    first object to the end of the clause. With the subject after the verb (``اعتبر الرئيس
    التركي العقوبات ... طعنة``) it reads as a verb of evaluation (:func:`_evaluation_quote`);
    a demonstrative after the verb is no subject (``يعتبر هذا الاتصال ...`` is the outlet's
    own wording)."""
    tokens = sentence.tokens
    verb = _without_future(strip_conjunction(tokens[i].norm))
    if verb not in _OPINION_VERBS or i + 1 >= len(tokens):
        return None
    span = _subject_before(tokens, i, cues, after_complementizer=False)
    if span is None:
        if tokens[i + 1].norm in _DEMONSTRATIVES or i > 0 and not _breaks_clause(tokens[i].gap):
            return None
        return _evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    stop = next(
        (t.start - len(t.gap) for t in tokens[i + 2 :] if _breaks_clause(t.gap)), sentence.end
    )
    speaker = text[span[0] : span[1]]
    return _Quote(
        speaker, cue_word, tokens[i + 1].start, stop, span[0], span[1], "before-cue", sentence.index
    )


_OPINION_VERBS = function_words("opinion_verbs")
"""Verbs of opinion that take two objects (``تعتبر X Y``: holds X to be Y)."""


def _evaluation_quote(
    text: str,
    sentence: _Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[_Quote],
    participle: bool,
) -> _Quote:
    """``اتهمت وزارة الخارجية البريطانية روسيا بـ...``, ``أشاد ترمب بالضربات``: a verb of
    evaluation is a speech act of its subject, so the rest of the sentence, from the verb on,
    is the subject's view. The subject is written before the verb at the start of its clause
    (``الوزير ندد بـ``), else right after the verb, up to the first preposition, word with an
    attached ``بال``/``لل``, boundary word or punctuation (``أشاد الرئيس دونالد ترمب بـ``); a
    participle (``منددا بـ``) or a verb with neither continues the last speaker of the sentence."""
    tokens = sentence.tokens
    start, end = tokens[i].start, sentence.end
    if participle:
        verb = next((j for j in range(i) if _cue_of(tokens[j].norm, cues) is not None), None)
        if verb is None or any(q.sentence_index == sentence.index for q in earlier):
            return _inherit(earlier, cue_word, start, end, sentence.index, "participle")
        i = verb  # أعلن ترمب ...، منددا بـ: the subject of the sentence's verb
    span, found = _subject_before(tokens, i, cues, after_complementizer=False), "before-cue"
    if span is None:
        span, found = _phrase(tokens, i + 1, _evaluator_end(tokens, i + 1, cues)), "after-cue"
    if span is None:
        lookback = "participle" if participle else "verb"  # فيما انتقد ...: the last speaker
        return _inherit(earlier, cue_word, start, end, sentence.index, lookback)
    speaker = text[span[0] : span[1]]
    return _Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def speech_noun_holder(text: str, end: int) -> tuple[str, int, int] | None:
    """Who speaks through a noun of evaluation ending at ``end`` (``انتقادات من منظمات حقوقية``,
    ``لانتقادات من قبل منظمات حقوقية``): the phrase after ``من`` or ``من قبل``/``من جانب``
    within two words, with its offsets; None when the text does not name them."""
    tokens = _tokens(text, end, min(len(text), end + 200))
    for k, token in enumerate(tokens[:3]):
        if _breaks_clause(token.gap) and k > 0:
            return None
        if token.norm != "من":
            continue
        first = k + 1
        if first < len(tokens) and tokens[first].norm in _AGENT_MARKERS:
            first += 1
        stop = first
        while stop < len(tokens) and stop - first < _MAX_EVALUATOR:
            norm = tokens[stop].norm
            if stop > first and (_breaks_clause(tokens[stop].gap) or norm in _PREPOSITIONS):
                break
            if norm in _RELATIVES or _has_preposition(norm):
                break
            stop += 1
        span = _phrase(tokens, first, stop)
        return (text[span[0] : span[1]], *span) if span else None
    return None


_AGENT_MARKERS = function_words("agent_markers")
_RELATIVES = function_words("relatives")


def _evaluator_end(tokens: list[_Token], first: int, cues: SpeechCues) -> int:
    """Index one past the subject written after an evaluation verb (see
    :func:`_evaluation_quote`); ``first`` when the verb is followed by its object."""
    j = first
    while j < len(tokens) and j - first < _MAX_EVALUATOR:
        norm = tokens[j].norm
        if j > first and _breaks_clause(tokens[j].gap):
            break
        if norm in _PREPOSITIONS or norm in cues.complementizers or _ends_speaker(tokens, j, cues):
            break
        title = (
            j > first
            and strip_conjunction(tokens[j - 1].norm) in cues.title_words
            and norm.startswith("لل")
        )
        if norm in _RELATIVES:
            break  # انتقد الطريقة التي ...: the object, with its relative clause
        if norm in _ADDRESSEE_PRONOUNS or (_has_preposition(norm) and not title):
            break  # ... but الأمين العام للأمم المتحدة: a title takes its ل-genitive
        j += 1
        if _ends_plural_subject(tokens, j - 1) or _starts_object(tokens, j, cues):
            break
    return j


def _starts_object(tokens: list[_Token], j: int, cues: SpeechCues) -> bool:
    """Whether a definite word at ``j`` after a definite word starts a new noun phrase (the
    verb's object: ``اعتبر الرئيس التركي العقوبات``) rather than continuing the subject: it is
    no nisba adjective (``الأمريكي``, ``الخارجية``) and no title word (``العام``, ``السابق``)."""
    if j >= len(tokens) or j == 0:
        return False
    word, before = strip_conjunction(tokens[j].norm), strip_conjunction(tokens[j - 1].norm)
    if not (word.startswith("ال") and before.startswith("ال")):
        return False
    return not word.endswith(_NISBA) and word not in cues.title_words


_NISBA = ("ي", "ية", "يه", "يون", "يين", "يان", "يتان", "يتين")


def _ends_plural_subject(tokens: list[_Token], j: int) -> bool:
    """A definite sound plural (``المراقبون``, ``المحتجين``) ends a subject unless an adjective
    agreeing with it follows (``المسؤولون الأمريكيون``): in the construct state it would have
    lost its ن (``مراقبو الأمم المتحدة``), so a definite word after it starts the object."""
    word = strip_conjunction(tokens[j].norm)
    if not (word.startswith("ال") and word.endswith(("ون", "ين")) and len(word) >= 7):
        return False  # (الأمين, الدين: a singular)
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return not following.endswith(("ون", "ين"))


def _has_preposition(norm: str) -> bool:
    """Whether ``ب`` or ``ل`` is written onto the word (``بالضربات``, ``بضبط``, ``لسيادتها``;
    not ``بوتين``, ``لبنان``, which are protected words, nor ``بلد``)."""
    bare = strip_conjunction(norm)
    return bare[:1] in ("ب", "ل") and len(bare) > 3 and not is_protected(bare)


_MAX_EVALUATOR = 6
"""Words of a subject after an evaluation verb (وزير الدفاع الإسرائيلي أفيغدور ليبرمان)."""


def _phrase(tokens: list[_Token], first: int, stop: int) -> tuple[int, int] | None:
    """Offsets of ``tokens[first:stop]`` trimmed of function words; None if nothing is left or
    the phrase starts with a demonstrative or pronoun (``يعتبر هذا الاتصال``: not a speaker) or
    a preposition (``بل على العكس``, ``وفي البداية``: an adverbial, not a speaker)."""
    words = tokens[first:stop]
    if words and words[0].norm in _DEMONSTRATIVES:
        return None
    while words and _is_function_word(words[0].norm):
        if strip_conjunction(words[0].norm) in _PREPOSITIONS:
            return None
        words = words[1:]
    while words and _is_function_word(words[-1].norm):
        words = words[:-1]
    return (words[0].start, words[-1].end) if words else None


_DEMONSTRATIVES = function_words("demonstratives")
_CONNECTIVES = function_words("connectives")


def _is_function_word(norm: str) -> bool:
    return norm in STOPWORDS or norm in _CONNECTIVES


def _find_opening(
    tokens: list[_Token], i: int, prepositions: frozenset[str], cues: SpeechCues
) -> tuple[int, int] | None:
    """Where the speaker phrase after cue ``i`` ends and the quote begins (token indices).

    The quote opens at a complementiser, a colon or an opening guillemet, or at one of the cue's
    own prepositions (``أعرب عن``); a comma or a boundary word (``للصحفيين``, ``في بيان``) ends
    the speaker phrase, but the quote may still open a few words later. None: no quote here.
    """
    speaker_end: int | None = None
    for j in range(i + 1, min(len(tokens), i + 1 + _MAX_OPENING)):
        token = tokens[j]
        if any(c in token.gap for c in ":" + _OPENERS):
            return (speaker_end or j), j
        if token.norm in cues.complementizers:
            return (speaker_end or j), j + 1
        if token.norm in prepositions:
            return (speaker_end or j), j
        if speaker_end is None and (_ends_speaker(tokens, j, cues) or _breaks_clause(token.gap)):
            speaker_end = j
    return None


def _ends_speaker(tokens: list[_Token], j: int, cues: SpeechCues) -> bool:
    norm = tokens[j].norm
    if norm in cues.boundaries:
        return True
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return norm == "في" and following.removeprefix("ال") in cues.statements


def _is_adverbial(norm: str) -> bool:
    """Words after a verb that open an addressee or an adverbial, not a speaker: ``لنظيره``,
    ``له``, a preposition (``وتوضح في الوقت نفسه أن``). Names that start with ل (``لافروف``)
    are not addressees."""
    return norm in _ADDRESSEE_PRONOUNS or norm.startswith("لنظير") or norm in _PREPOSITIONS


_PREPOSITIONS = function_words("prepositions")


_ADDRESSEE_PRONOUNS = function_words("addressee_pronouns")


def _quote_extent(text: str, tokens: list[_Token], q: int, sentence_end: int) -> tuple[int, int]:
    """The quote opening at token ``q``: to the closing guillemet if it opens with one, else to
    the end of the sentence."""
    if q >= len(tokens):
        return sentence_end, sentence_end
    gap = tokens[q].gap
    for opener in _OPENERS:
        at = gap.rfind(opener)
        if at >= 0:
            start = tokens[q].start - len(gap) + at
            close = text.find(_CLOSERS[opener], start + 1)
            return start, (close + 1 if close >= 0 else sentence_end)
    return tokens[q].start, sentence_end


def _subject_before(
    tokens: list[_Token], i: int, cues: SpeechCues, *, after_complementizer: bool
) -> tuple[int, int] | None:
    """The subject written before verb ``i`` when its clause opens with it: after a
    complementiser (``بأن الرئيس الأمريكي أكد لنظيره``, where the words after the verb are the
    addressee), or, when ``after_complementizer`` is false, at a clause start
    (``الكرملين يرى أن``)."""
    j = i
    while j > 0 and not _breaks_clause(tokens[j].gap):
        if tokens[j - 1].norm in cues.complementizers:
            return _phrase(tokens, j, i)
        if i - j >= _MAX_SUBJECT or _cue_of(tokens[j - 1].norm, cues) is not None:
            return None
        j -= 1
    if after_complementizer or strip_conjunction(tokens[j].norm) in _PREPOSITIONS:
        return None  # وفي إعلان مفاجئ أعلن ترمب: an adverbial, not a subject
    return _phrase(tokens, j, i)


def _inherit(
    earlier: list[_Quote], cue: str, start: int, end: int, index: int, kind: str
) -> _Quote:
    """A quote without its own speaker: the last speaker named in the same sentence; for a
    verb (``وأكد أن ...``) also within :data:`_LOOKBACK_SENTENCES` sentences; else unknown.

    A participle with no speaker in its sentence (``استبعد لافروف ...، مشيرًا إلى أن``) belongs
    to the clause's subject, which these rules cannot find: it stays unknown rather than
    borrowing the previous sentence's speaker."""
    named = [q for q in earlier if q.speaker is not None and not _nested(q, earlier)]
    lookback = _LOOKBACK_SENTENCES if kind == "verb" else 0
    if named and index - named[-1].sentence_index <= lookback:
        last = named[-1]
        found = "same-sentence" if last.sentence_index == index else "earlier"
        return _Quote(
            last.speaker, cue, start, end, last.speaker_start, last.speaker_end, found, index
        )
    return _Quote(None, cue, start, end, -1, -1, "unknown", index)


def _nested(quote: _Quote, quotes: list[_Quote]) -> bool:
    """Whether ``quote`` is reported inside another quote (``قال أوشاكوف إن بايدن حذر ...``)."""
    return any(q.start <= quote.cue_start < q.end for q in quotes if q is not quote)


def _speaker_after(
    tokens: list[_Token], first: int, cues: SpeechCues, stops: frozenset[str]
) -> int:
    """Index one past the speaker phrase starting at ``first`` (ends at punctuation, a boundary
    or complementiser, a word in ``stops``, or after :data:`_MAX_SPEAKER` words)."""
    j = first
    while j < len(tokens) and j - first < _MAX_SPEAKER:
        token = tokens[j]
        if j > first and _breaks_clause(token.gap):
            break
        if token.norm in cues.complementizers or token.norm in stops:
            break
        if j > first and _ends_speaker(tokens, j, cues):
            break
        j += 1
    return j


def _source_quote(
    text: str, sentence: _Sentence, i: int, cues: SpeechCues, cue_word: str
) -> _Quote | None:
    """``بحسب X``, ``وفقا لـX``, ``نقلا عن X``: the whole sentence is X's claim."""
    tokens = sentence.tokens
    first = i + 1
    while first < len(tokens) and tokens[first].norm in ("ل", "عن"):
        first += 1
    stop = _speaker_after(tokens, first, cues, frozenset())
    span = _phrase(tokens, first, stop)
    if span is None:
        return None
    start = span[0]
    if tokens[first].norm.startswith("ل") and text[start] == "ل":
        start += 1  # وفقا لوكالة: the speaker is the agency, not "to the agency"
    speaker = text[start : span[1]]
    return _Quote(
        speaker,
        cue_word,
        sentence.start,
        sentence.end,
        start,
        span[1],
        "after-cue",
        sentence.index,
    )


def _relay_quote(
    text: str, sentence: _Sentence, i: int, cues: SpeechCues, cue_word: str
) -> _Quote | None:
    """``نقلت <outlet> عن <speaker> قوله إن ...``: the speaker is the phrase after عن."""
    tokens = sentence.tokens
    about = next((j for j in range(i + 1, min(len(tokens), i + 7)) if tokens[j].norm == "عن"), None)
    if about is None:
        return None
    stop = _speaker_after(tokens, about + 1, cues, cues.relay_ends)
    span = _phrase(tokens, about + 1, stop)
    if span is None:
        return None
    opens = stop + 1 if stop < len(tokens) and tokens[stop].norm in cues.relay_ends else stop
    if opens < len(tokens) and tokens[opens].norm in cues.complementizers:
        opens += 1
    start, end = _quote_extent(text, tokens, opens, sentence.end)
    return _Quote(
        text[span[0] : span[1]],
        cue_word,
        start,
        end,
        span[0],
        span[1],
        "after-cue",
        sentence.index,
    )

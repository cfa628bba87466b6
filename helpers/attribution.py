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
how its speaker was found. This module finds the quotes and their openings; verbs whose
clause is their subject's view without a complementiser (``اتهم``, ``تعتبر``, ``نفى``) and the
subject written before a verb are read in :mod:`helpers.speech_acts`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.arabic import normalize, sentence_spans
from helpers.clitics import strip_conjunction
from helpers.cue_guards import homograph_cue, inert_words, never_a_cue, reads_as_cue
from helpers.cues import (
    SpeechCues,
    default_cues,
    function_words,
    is_news_agency,
    load_speech_cues,
)
from helpers.quote_marks import closing_mark, opening_mark, quote_extent, short_quote
from helpers.speech_acts import (
    MAX_OPENING,
    OPINION_VERBS,
    evaluation_quote,
    joined_plural,
    narrator_formula,
    object_first,
    object_only,
    object_quote,
    opening_subject,
    opens_next_report,
    opinion_quote,
    phrase_quote,
    subject_before,
)
from helpers.speech_parts import (
    OPENERS,
    Quote,
    Sentence,
    Token,
    breaks_clause,
    carries_subject,
    cue_of,
    cue_stem,
    ends_speaker,
    has_object_pronoun,
    is_adverbial,
    is_name,
    is_statement,
    phrase,
    read_tokens,
    speech_noun_holder,
    threatens_with,
    with_apposition,
)
from helpers.speech_sources import (
    LOOKBACK_SENTENCES,
    inherit,
    named_again,
    nested,
    quotation_goes_on,
    relay_quote,
    relayed,
    source_quote,
    statement_owner,
    the_latter,
)
from helpers.verb_subjects import past_time

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
    upto: int | None = None,
) -> list[QuoteSpan]:
    """Each quote of ``text`` as a :class:`QuoteSpan`: :func:`find_quotes` without the table,
    for callers that look up many positions (the stance engine's voices).

    ``spans`` are the sentence offsets of ``text`` (:func:`helpers.arabic.sentence_spans`) when
    the caller has them already, so a long article is not split twice. ``upto`` is the index
    of the last sentence the caller looks into: then only the quotes of the sentences up to it
    and the later ones that name their speaker before its end are returned (the same as
    filtering the full list), and the sentences after it are read only as far as one of them
    may still take up a speaker named there (:func:`_may_take_up`).
    """
    return [
        QuoteSpan(q.start, q.end, q.speaker, q.speaker_start, q.speaker_end)
        for q in _find(text, cues or default_cues(), spans, upto)
    ]


def _find(
    text: str,
    cues: SpeechCues,
    spans: list[tuple[int, int]] | None = None,
    upto: int | None = None,
) -> list[Quote]:
    quotes: list[Quote] = []
    inert = inert_words(cues)
    spans = sentence_spans(text) if spans is None else spans
    reach = len(text) if upto is None else spans[upto][1]
    for index, (start, end) in enumerate(spans):
        if start >= reach and not _may_take_up(quotes, index, reach):
            break
        sentence = Sentence(index, start, end, read_tokens(text, start, end))
        colon = _statement_colon(text, sentence, cues)
        headline = None if colon else _headline_quote(text, sentence, cues)
        quotes.extend(colon if headline is None else [headline])
        before = len(quotes)
        for i, token in enumerate(sentence.tokens):
            if token.norm in inert:
                continue  # في، من، الحكومة ...: no cue anywhere, one set test
            cue = cue_of(token.norm, cues) or homograph_cue(sentence.tokens, i, cues)
            if cue is None and never_a_cue(token.norm, cues):
                inert.add(token.norm)
            if cue is not None and reads_as_cue(sentence.tokens, i, cues):
                quote = _read_quote(text, sentence, i, cue, cues, quotes)
                if quote is not None and _what_was_called(sentence.tokens, i, cues):
                    quote = _said_by_last(quote, quotes, sentence.index)
                if quote is not None:
                    quote.cue_start = token.start
                    quote = the_latter(text, sentence, quote, quotes)
                    quotes.append(named_again(text, sentence, quote, quotes, cues))
        if len(quotes) == before:
            quotes.extend(_opening_quotation(text, sentence, quotes))
    if upto is None:
        return quotes
    return [q for q in quotes if q.sentence_index <= upto or 0 <= q.speaker_start < reach]


def _what_was_called(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """``انتقد الرئيس ما اعتبره موقف إيطاليا``, ``ندد الوزير بما وصفه بالعدوان``, ``تخضع لمن
    وصفهم بالإرهابيين``: a verb of saying with an object pronoun right after the relative ما or
    من is the main clause's speaker's (the pronoun is ما's or من's); the words after it are its
    object, not a speaker, unless a definite word or a name follows the verb as its subject
    (``ما وصفته المفوضية بالانتهاك``)."""
    if i == 0 or strip_conjunction(tokens[i - 1].norm) not in _WHAT:
        return False
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if strip_conjunction(after).startswith("ال") or is_name(after):
        return False  # ما وصفته المفوضية: the subject written after the verb
    return has_object_pronoun(tokens[i].norm, cues)


# the relative ما and من, also with a preposition (لمن وصفهم: "to those he called")
_WHAT = frozenset(normalize(w) for w in "ما بما لما عما مما من لمن بمن عمن".split())


def _said_by_last(quote: Quote, quotes: list[Quote], index: int) -> Quote:
    """``quote`` with the last speaker named in its sentence (outside any other quote), if any."""
    last = next((q for q in reversed(quotes) if q.speaker and not nested(q, quotes)), None)
    if last is None or last.sentence_index != index:
        return quote
    quote.speaker, quote.speaker_start, quote.speaker_end = (
        last.speaker,
        last.speaker_start,
        last.speaker_end,
    )
    quote.found = "same-sentence"
    return quote


def _may_take_up(quotes: list[Quote], index: int, reach: int) -> bool:
    """Whether sentence ``index``, after offset ``reach``, may give a quote a speaker named
    before ``reach``. A later quote reaches back only by taking up an earlier speaker with its
    offsets (``وأضاف أن``: :func:`helpers.speech_sources.inherit`, :func:`the_latter`,
    :func:`named_again`, a quotation that opens the next sentence), and only from a quote at
    most :data:`LOOKBACK_SENTENCES` sentences back; its own speaker phrase lies in its own
    sentence. So once no quote of those sentences names a speaker before ``reach``, no later
    sentence can, and the reading may stop: every quote that starts or names its speaker
    before ``reach`` has been found."""
    for quote in reversed(quotes):
        if index - quote.sentence_index > LOOKBACK_SENTENCES:
            return False
        if quote.speaker is not None and 0 <= quote.speaker_start < reach:
            return True
    return False


def _statement_colon(text: str, sentence: Sentence, cues: SpeechCues) -> list[Quote]:
    """``وزاد المسؤول في تغريداته: ...``, ``وجاء في البيان: ...``, ``وجاء في الدعوى أن ...``:
    a colon or a complementiser right after a statement noun (after في، على or عبر) opens the
    statement's words, whatever the verb before it; the speaker is the phrase between the
    sentence's first word (its verb) and the preposition, else unknown. A statement whose owner
    is written after it (``وجاء في بيان للخارجية الروسية أن``) is its owner's
    (:func:`helpers.speech_sources.statement_owner`)."""
    tokens = sentence.tokens
    owned = statement_owner(text, tokens, cues)
    if owned is not None:
        speaker, s_start, s_end, first = owned
        at, _ = quote_extent(text, tokens, first, sentence.end, cues)
        return [Quote(speaker, ":", at, sentence.end, s_start, s_end, "after-cue", sentence.index)]
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
    found = _OPENING.search(text, sentence.start, sentence.start + _MAX_DATELINE)
    if found is None:
        return []  # most sentences: one C-level search of the head, no loop over it
    at = found.start()
    if at > sentence.start and not _DATELINE.search(text[sentence.start : at]):
        return []
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
_OPENING = re.compile(f"[{re.escape(OPENERS)}]")  # a mark that opens a quotation


def _headline_quote(text: str, sentence: Sentence, cues: SpeechCues) -> Quote | None:
    """``ظريف: ...``, ``محمد بن سلمان: ...``: a short name at the start of a sentence followed by
    a colon is the speaker of the rest (the way headlines and captions quote); a topic with its
    year (``انتخابات 2018: ...``) is none."""
    tokens = sentence.tokens
    if tokens and tokens[0].norm.startswith("لل"):
        return None  # للمزيد: ..., للتذكير: ...: "for more", a link, no speaker
    for k in range(1, min(_MAX_HEADLINE_SPEAKER + 1, len(tokens))):
        if ":" in tokens[k].gap:
            if any(cue_of(t.norm, cues) is not None for t in tokens[:k]):
                return None  # قال الوزير: ... is read from its cue
            if tokens[k - 1].norm[:1].isdigit():
                return None  # مونديال 2018: ...: a topic and its year, no one who speaks
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


_OBJECT_PARTICIPLES = function_words("object_participles")
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
        return phrase_quote(text, sentence, i, prepositions, cues, cue_word, earlier)
    if kind == "passive":
        return _passive_quote(text, sentence, i, prepositions, cues, cue_word)
    if narrator_formula(tokens, i, cues):
        return None  # يذكر أن ...: the outlet's background, nobody's words
    if kind in ("threat", "pledge") and not threatens_with(tokens, i):
        return None  # يهدد التصعيد أمن المنطقة: what endangers what, no speech
    if kind in ("evaluation", "evaluation_participle", "threat", "pledge"):
        participle = kind == "evaluation_participle"
        return evaluation_quote(text, sentence, i, cues, cue_word, earlier, participle)
    opinion = kind == "verb" and cue_stem(tokens[i].norm, cues) in OPINION_VERBS
    opening = _find_opening(text, tokens, i, prepositions, cues, names=not opinion)
    if opening is None or object_first(tokens, i, opening[1], prepositions, cues, kind):
        if kind != "verb":
            return None
        return opinion_quote(text, sentence, i, cues, cue_word, earlier) or object_quote(
            text, sentence, i, cues, cue_word, earlier
        )
    speaker_end, quote_index = opening
    start, end = quote_extent(text, tokens, quote_index, sentence.end, cues)
    span, found = None, "before-cue"
    if kind == "verb":
        span = subject_before(tokens, i, cues, after_complementizer=True)
    first = past_time(tokens, i + 1, cues)  # وقال الخميس مصدر: the subject after the day
    after = tokens[first].norm if first < len(tokens) else ""
    # وتابع قائلا إن: a participle of saying after the verb is no speaker, the last one goes on
    # وقالوا للصحفيين: a verb that carries its subject has no speaker after it
    after = "" if carries_subject(tokens[i].norm, cues) else after
    # محذرا واشنطن من: a participle that addresses someone names its object after it, its
    # subject is the main clause's
    after = "" if strip_conjunction(tokens[i].norm) in _OBJECT_PARTICIPLES else after
    if span is None and after and not is_adverbial(after) and cue_of(after, cues) is None:
        span, found = phrase(tokens, first, speaker_end), "after-cue"
        span = relayed(text, tokens, i, speaker_end, cues) or with_apposition(
            tokens, span, speaker_end, quote_index, cues
        )
        span = None if object_only(text, span, i) else span  # وأبدت أسفها لأن: no speaker
    if span is None:
        span, found = _subject_written_before(sentence, i, kind, cues, earlier), "before-cue"
    if span is None:
        return inherit(earlier, cue_word, start, end, sentence.index, kind, opens_sentence=i == 0)
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def _subject_written_before(
    sentence: Sentence, i: int, kind: str, cues: SpeechCues, earlier: list[Quote]
) -> tuple[int, int] | None:
    """The speaker of a verb or participle of saying that names none after it: a verb's subject
    written before it; for a participle after the close of a quotation opened in an earlier
    sentence, that quotation's speaker; else the subject of the sentence's first clause (``وأعادت
    واشنطن فرض عقوبات ... قائلة إن``; after the narrator's ``يذكر أن``, the clause it opens),
    unless a speaker of the sentence goes on (``قال الوزير ...، مضيفا أن``)."""
    tokens = sentence.tokens
    if kind == "verb" and joined_plural(tokens, i, cues):
        return opening_subject(tokens, i, cues)  # واجتمع المسؤولون ... وقالوا إن
    if kind == "verb":
        return subject_before(tokens, i, cues, after_complementizer=False)
    if kind != "participle" or i == 0:
        return None
    going = quotation_goes_on(earlier, sentence, i)
    if going is not None:
        return going  # ... نتيجة لذلك"، مؤكدا أن: the quotation's speaker goes on
    if any(q.sentence_index == sentence.index and q.speaker for q in earlier):
        return None
    return opening_subject(tokens, i, cues)


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
    for j in range(past_time(tokens, i + 1, cues), min(len(tokens), i + 1 + MAX_OPENING)):
        token = tokens[j]
        if opens_next_report(tokens, j, cues):
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

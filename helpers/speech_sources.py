"""Where reported words come from when the text names a source or a relay, and whose they
are when no speaker stands beside them, for :mod:`helpers.attribution`.

* a source preposition makes its sentence the source's claim: ``بحسب مصادر دبلوماسية``,
  ``وفقا لما قاله X``, ``حسبما أفادت X``; a statement is its issuer's (``بيان أصدرته الهيئة``);
* a relay names the speaker after عن: ``نقلت وكالة ... عن مسؤول روسي قوله إن ...``, and a
  source inside a speaker phrase holds the words (``قالت الوكالة نقلا عن مسؤول إن``): the
  agency only relays them;
* a quote without its own speaker continues the last one named (``وأكد أن ...``);
* a speaker written ``الأخيرة``/``الأخير`` (the latter) is the party named last before it
  (:func:`the_latter`); a speaker named again by one word of the earlier phrase (``المتحدث``
  after ``المتحدث باسم الكرملين``) or by the statement it issued (``البيان``) is the earlier
  speaker (:func:`named_again`).
"""

from __future__ import annotations

import re

from helpers.arabic import normalize
from helpers.clitics import strip_article, strip_conjunction
from helpers.cues import SpeechCues, default_cues
from helpers.quote_marks import quote_extent
from helpers.speaker_gender import continues
from helpers.speech_parts import (
    MAX_SPEAKER,
    SINGULAR_NISBA,
    Quote,
    Sentence,
    Token,
    breaks_clause,
    cue_of,
    ends_speaker,
    has_comma,
    has_preposition,
    is_preposition,
    is_statement,
    phrase,
    read_tokens,
)

__all__ = [
    "LOOKBACK_SENTENCES",
    "SOURCE_LINKS",
    "inherit",
    "nested",
    "quotation_goes_on",
    "relay_quote",
    "relayed",
    "source_quote",
    "statement_owner",
    "named_again",
    "the_latter",
]

LOOKBACK_SENTENCES = 3
"""How far back a quote without a speaker (``وأكد أن ...``) looks for the speaker it continues."""


def inherit(
    earlier: list[Quote],
    cue: str,
    start: int,
    end: int,
    index: int,
    kind: str,
    *,
    opens_sentence: bool = False,
) -> Quote:
    """A quote without its own speaker: the last speaker named in the same sentence; for a
    verb (``وأكد أن ...``) also within :data:`LOOKBACK_SENTENCES` sentences; else unknown.

    A participle with no speaker in its sentence (``استبعد لافروف ...، مشيرًا إلى أن``) belongs
    to the clause's subject (found before this is called, :func:`helpers.clause_subjects.
    first_subject`); when none is found it stays unknown rather than borrowing the previous
    sentence's speaker. A participle that opens its sentence
    (``مضيفا "..."``) has no clause of its own there: it continues the sentence before, and
    so its last speaker.

    A verb that opens its sentence (``وأضافت أن``) continues an earlier one, and must not
    contradict the gender of a speaker named in an earlier sentence
    (:mod:`helpers.speaker_gender`): ``وأضافت`` after a man's words goes back to the last
    woman or feminine body named within reach, else stays unknown. (Inside a sentence a verb
    may have a subject of its own the finder missed, ``ذكرت الصحيفة أن مدربه ... تحدث``, or
    speak in the first person inside a quotation, ``جمعت الوثائق وخلصت إلى``: ``ت`` is also
    "I".)"""
    lookback = LOOKBACK_SENTENCES if kind == "verb" else int(opens_sentence)
    last = _continued_speaker(earlier, cue, index - lookback, index if opens_sentence else -1)
    if last is not None:
        found = "same-sentence" if last.sentence_index == index else "earlier"
        return Quote(
            last.speaker, cue, start, end, last.speaker_start, last.speaker_end, found, index
        )
    return Quote(None, cue, start, end, -1, -1, "unknown", index)


def _continued_speaker(earlier: list[Quote], cue: str, since: int, unchecked: int) -> Quote | None:
    """The last speaker named from sentence ``since`` on, outside any other quote, whom the
    verb ``cue`` may continue: the last one if it was named in sentence ``unchecked`` or later
    (the verb's own when it opens it; -1 for a verb inside its sentence, never checked).

    A verb that opens its sentence goes on with the last speaker named by a verb, not a
    source's claim (``وقال X ...، بحسب وكالة الأنباء. وأضاف``: X, though the claim spans X's
    sentence), whose gender does not contradict the verb's, else the latest before whose
    gender is known to agree (:func:`helpers.speaker_gender.continues`)."""
    named = _speakers_of(earlier, since, earlier)
    if unchecked < 0 or (named and named[0].sentence_index >= unchecked):
        return named[0] if named else None
    named = _speakers_of(earlier, since, [o for o in earlier if not _by_source(o)])
    speakers = [q for q in named if not _by_source(q)]
    named = speakers + [q for q in named if _by_source(q)] if speakers else named
    if not named or continues(cue, named[0], earlier) is not False:
        return named[0] if named else None
    return next((q for q in named[1:] if continues(cue, q, earlier)), None)


def _by_source(quote: Quote) -> bool:
    """Whether ``quote`` is a source's claim (``بحسب X``, ``وفقا لـ X``): where a report comes
    from, not a speaker a later sentence's verb goes on with."""
    cue = cue_of(normalize(quote.cue), default_cues())
    return cue is not None and cue[0] == "source"


def _speakers_of(earlier: list[Quote], since: int, holders: list[Quote]) -> list[Quote]:
    """The quotes from sentence ``since`` on with a speaker, last first, that none of
    ``holders`` reports inside it (:func:`nested`; a verb of the next sentence passes over a
    source's claim, which spans its whole sentence, speaker and all)."""
    return [
        q
        for q in reversed(earlier)
        if q.speaker is not None and q.sentence_index >= since and not nested(q, holders)
    ]


def quotation_goes_on(earlier: list[Quote], sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The speaker's offsets for a participle at token ``i`` that follows the close of a
    quotation opened in an earlier sentence (``وقال مسؤول "العام الماضي ... . وهذه الليلة
    تحركت الولايات المتحدة"، مؤكدا أن``): the words before it are still the quoted speaker's,
    so the participle is that speaker's, not the subject of the quoted clause; None otherwise."""
    at = sentence.tokens[i].start
    going = (
        (q.speaker_start, q.speaker_end)
        for q in reversed(earlier)
        if q.speaker is not None
        and q.sentence_index < sentence.index
        and sentence.start < q.end <= at
        and not nested(q, earlier)
    )
    return next(going, None)


def nested(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether ``quote`` is reported inside another quote (``قال أوشاكوف إن بايدن حذر ...``)."""
    return any(q.start <= quote.cue_start < q.end for q in quotes if q is not quote)


def speaker_after(tokens: list[Token], first: int, cues: SpeechCues, stops: frozenset[str]) -> int:
    """Index one past the speaker phrase starting at ``first`` (ends at punctuation, a boundary
    or complementiser, a word in ``stops``, or after :data:`MAX_SPEAKER` words)."""
    j = first
    while j < len(tokens) and j - first < MAX_SPEAKER:
        token = tokens[j]
        if j > first and breaks_clause(token.gap):
            break
        if token.norm in cues.complementizers or token.norm in stops:
            break
        if j > first and ends_speaker(tokens, j, cues):
            break
        j += 1
    return j


def issuer(tokens: list[Token], first: int, cues: SpeechCues) -> int:
    """Where the issuer of a statement is named: ``نقلا عن بيان أصدرته الهيئة`` and ``بيان
    صادر عن الوزارة`` quote the body that issued the statement, not the statement."""
    if first + 2 >= len(tokens) or tokens[first].norm not in cues.statements:
        return first
    verb = tokens[first + 1].norm
    if verb in _ISSUED:
        return first + 3 if tokens[first + 2].norm == "عن" else first + 2
    return first


_ISSUED = frozenset(normalize(w) for w in "أصدره أصدرته أصدرها نشره نشرته صادر الصادر صدر".split())
SOURCE_LINKS = ("ل", "عن", "لما", "ما")  # وفقا لـ، نقلا عن، بحسب ما، وفقا لما
_AS = normalize("كما")


def source_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``بحسب X``, ``وفقا لـX``, ``نقلا عن X``, ``...، كما ذكرت X``: the whole sentence is
    X's claim (:func:`_as_reported`). ``وفقا لما
    قاله X`` names X after the verb; ``وفقا لما قاله الإثنين`` names no one: the speaker is the
    sentence's own (its pronoun), else unknown."""
    tokens = sentence.tokens
    first = i + 1
    if strip_conjunction(tokens[i].norm) == _AS and not _as_reported(tokens, i, cues):
        return None  # كما أمرت القنصلية: "also", no source
    while first < len(tokens) and tokens[first].norm in SOURCE_LINKS:
        first += 1
    after_ma = tokens[first - 1].norm in ("لما", "ما") or tokens[i].norm.endswith("ما")
    if first < len(tokens) and after_ma:  # وفقا لما قاله X، حسبما أفادت X
        if cue_of(tokens[first].norm, cues) is not None:
            first += 1
        if first >= len(tokens) or ends_speaker(tokens, first, cues):
            return inherit(earlier, cue_word, sentence.start, sentence.end, sentence.index, "")
    span = source_speaker(text, tokens, first, cues)
    if span is None:
        return None
    speaker = source_name(text, *span)
    return Quote(
        speaker, cue_word, sentence.start, sentence.end, *span, "after-cue", sentence.index
    )


def _as_reported(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether ``كما`` at ``i`` closes its sentence's claim with its source: after a comma
    and before a reporting verb (``...، كما ذكرت السلطات الهولندية``). At a sentence's start
    or before another verb it is "also" (``كما أكد الوزير``: the verb is the cue)."""
    if i == 0 or i + 1 >= len(tokens) or not has_comma(tokens[i].gap):
        return False
    cue = cue_of(tokens[i + 1].norm, cues)
    return cue is not None and cue[0] == "verb"


def source_speaker(
    text: str, tokens: list[Token], first: int, cues: SpeechCues
) -> tuple[int, int] | None:
    """The offsets of the source named from token ``first`` on (``وكالة رويترز``, ``الهيئة``
    of ``بيان أصدرته الهيئة``), without the ل of ``لوكالة``."""
    first = issuer(tokens, first, cues)
    if first >= len(tokens):
        return None
    stop = speaker_after(tokens, first, cues, _THEN)
    span = phrase(tokens, first, stop)
    if span is None:
        return None
    start = span[0]
    if has_preposition(tokens[first].norm) and text[start] == "ل":
        start += 1  # وفقا لوكالة: the agency, not "to the agency" (بحسب لافروف: a name)
    return start, span[1]


_THEN = frozenset(normalize(w) for w in "فإن فإنه فإنها فإنهم فقد".split())
"""``وبحسب وزارة المالية فإن ...``: the claim after a source opens with فإن, not its name."""


def source_name(text: str, start: int, end: int) -> str:
    """The source at ``text[start:end]`` as a name: ``وفقا للكرملين`` writes ``الكرملين`` with
    the ل of "according to" on it and the article's alif dropped; the name gets it back."""
    name = text[start:end]
    if text[start - 1 : start] == "ل" and name.startswith("ل") and start >= 2:
        return "ا" + name  # ل|لكرملين -> الكرملين
    return name


def statement_owner(
    text: str, tokens: list[Token], cues: SpeechCues
) -> tuple[str, int, int, int] | None:
    """``وجاء في بيان للخارجية الروسية أن ...``, ``وورد في تقرير منظمة العفو الدولية أن``,
    ``وجاء في البيان الصادر عن الرئاسة أن``: a sentence that opens with a verb, في and a
    statement noun whose owner is written after it (a ل-genitive, a genitive after the bare
    noun, or the issuer after صادر عن / أصدرته) and then a complementiser or a colon: the words
    after it are the owner's (a pronoun owner, ``في بيان لها``, names no one here). Returns
    (the owner, its start and end offsets, the index of the quote's first token), else None."""
    if len(tokens) < 5 or tokens[1].norm not in _LINKS:
        return None
    if strip_article(tokens[2].norm) not in cues.statements:
        return None  # (بيانها، تغريداته: the owner is a pronoun, read as before)
    owner = _owner_start(tokens, 2, cues)
    if owner is None or cue_of(tokens[0].norm, cues) is not None:
        return None  # وقال الوزير في بيان: read from its cue
    stop = speaker_after(tokens, owner, cues, _THEN)
    if stop >= len(tokens) - 1 or _PRONOUN_OWNER.match(tokens[owner].norm):
        return None
    if tokens[stop].norm not in cues.complementizers and ":" not in tokens[stop].gap:
        return None
    span = phrase(tokens, owner, stop)
    if span is None:
        return None
    start = span[0] + int(has_preposition(tokens[owner].norm) and text[span[0]] == "ل")
    first = stop + int(tokens[stop].norm in cues.complementizers)
    return source_name(text, start, span[1]), start, span[1], first


def _owner_start(tokens: list[Token], noun: int, cues: SpeechCues) -> int | None:
    """Where the owner of the statement noun at ``noun`` is named, or None: after an issuing
    word (``الصادر عن``), at a ل-word within two words (``بيان رسمي للوزارة``), or right after
    the bare noun when the next word is definite or opens a construct (``تقرير منظمة العفو``)."""
    for k in range(noun + 1, min(noun + 4, len(tokens))):
        word = strip_conjunction(tokens[k].norm)
        if breaks_clause(tokens[k].gap) or cue_of(tokens[k].norm, cues) is not None:
            return None  # وجاء في الرسالة وفقا لواس: a source, no owner
        if word in _ISSUED:
            return k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm == "عن" else k + 1
        if word[:1] == "ل" and has_preposition(word):
            return k
    if tokens[noun].norm.startswith("ال") or noun + 2 >= len(tokens):
        return None  # البيان الختامي: no owner written
    after, next_word = tokens[noun + 1].norm, tokens[noun + 2].norm
    if after.endswith(SINGULAR_NISBA) or not (after.startswith("ال") or next_word.startswith("ال")):
        return None  # بيان رسمي: an adjective, no owner
    return noun + 1  # بيان الخارجية، تقرير منظمة العفو


_LINKS = frozenset(normalize(w) for w in "في على".split())
_PRONOUN_OWNER = re.compile("^ل(ه|ها|هم|هما)$")


def relayed(
    text: str, tokens: list[Token], i: int, speaker_end: int, cues: SpeechCues
) -> tuple[int, int] | None:
    """``قالت الوكالة نقلا عن بيان أصدرته الهيئة إن ...``: a source cue inside the speaker
    phrase of verb ``i`` names who holds the words; the relaying agency is only a source."""
    for j in range(i + 1, speaker_end):
        cue = cue_of(tokens[j].norm, cues)
        if cue is not None and cue[0] == "source":
            first = j + 1
            while first < len(tokens) and tokens[first].norm in SOURCE_LINKS:
                first += 1
            return source_speaker(text, tokens, first, cues)
    return None


def relay_quote(
    text: str, sentence: Sentence, i: int, cues: SpeechCues, cue_word: str
) -> Quote | None:
    """``نقلت <outlet> عن <speaker> قوله إن ...``: the speaker is the phrase after عن."""
    tokens = sentence.tokens
    about = next((j for j in range(i + 1, min(len(tokens), i + 7)) if tokens[j].norm == "عن"), None)
    if about is None:
        return None
    stop = speaker_after(tokens, about + 1, cues, cues.relay_ends)
    span = phrase(tokens, about + 1, stop)
    if span is None:
        return None
    opens = stop + 1 if stop < len(tokens) and tokens[stop].norm in cues.relay_ends else stop
    if opens < len(tokens) and tokens[opens].norm in cues.complementizers:
        opens += 1
    start, end = quote_extent(text, tokens, opens, sentence.end, cues)
    return Quote(
        text[span[0] : span[1]],
        cue_word,
        start,
        end,
        span[0],
        span[1],
        "after-cue",
        sentence.index,
    )


def the_latter(text: str, sentence: Sentence, quote: Quote, earlier: list[Quote]) -> Quote:
    """``ردت روسيا على مندوبة واشنطن، بعد أن هددت الأخيرة بأن ...``: a speaker written "the
    latter" is the party named last before it in its sentence: the nearest noun after a
    preposition (the first party is the subject, before it) whose gender agrees (``الأخيرة``
    a word in ة or ا, ``الأخير`` another), to the next preposition or comma; with none such,
    the last speaker named before (:func:`inherit`), else the words as written."""
    word = normalize(quote.speaker or "")
    feminine = {_LATTER[0]: False, _LATTER[1]: True}.get(strip_conjunction(word))
    if feminine is None:
        return quote
    tokens = sentence.tokens
    at = next((k for k, t in enumerate(tokens) if t.start == quote.speaker_start), 0)
    for k in range(at - 1, 0, -1):
        governed = is_preposition(tokens[k - 1].norm) or has_preposition(tokens[k].norm)
        head = tokens[k].norm.removeprefix("ب").removeprefix("ل")
        if not governed or head.endswith(("ة", "ا")) != feminine or len(head) < 3:
            continue
        stop = k + 1
        while stop < at and stop - k < MAX_SPEAKER // 2 and not breaks_clause(tokens[stop].gap):
            if is_preposition(tokens[stop].norm) or tokens[stop].norm in _RELATIVE_CUTS:
                break
            stop += 1
        span = phrase(tokens, k, stop)
        if span is not None:
            clitic = int(has_preposition(tokens[k].norm) and span[0] == tokens[k].start)
            quote.speaker_start, quote.speaker_end = span[0] + clitic, span[1]
            quote.speaker = text[quote.speaker_start : quote.speaker_end]
            return quote
    previous = inherit(earlier, quote.cue, quote.start, quote.end, quote.sentence_index, "verb")
    if previous.speaker is None:
        return quote
    quote.speaker, quote.speaker_start = previous.speaker, previous.speaker_start
    quote.speaker_end, quote.found = previous.speaker_end, "earlier"
    return quote


_LATTER = tuple(normalize(w) for w in ("الأخير", "الأخيرة"))
_RELATIVE_CUTS = frozenset(normalize(w) for w in "الذي التي الذين بعد قبل".split())


def named_again(
    text: str, sentence: Sentence, quote: Quote, earlier: list[Quote], cues: SpeechCues
) -> Quote:
    """``وقال المتحدث باسم الكرملين إن ... . وتابع المتحدث أن ...``: a speaker phrase of one
    definite word that names the last speaker again (a word of that speaker's phrase), or the
    statement that speaker made (``قالت المنظمة في تقرير لها إن ... . وأكد التقرير أن ...``:
    the statement noun in the last speaker's sentence), within :data:`LOOKBACK_SENTENCES`: the
    statement continues, and its holder is the one named before, in full."""
    if quote.speaker is None or " " in quote.speaker.strip():
        return quote
    word = strip_conjunction(normalize(quote.speaker))
    if not word.startswith("ال"):
        return quote
    last = next(
        (q for q in reversed(earlier) if q is not quote and q.speaker and not nested(q, earlier)),
        None,
    )
    if last is None or not 0 <= sentence.index - last.sentence_index <= LOOKBACK_SENTENCES:
        return quote
    named = {strip_conjunction(normalize(w)) for w in last.speaker.split()}
    statement = is_statement(word, cues) and _mentions(text, last, sentence.start, word, cues)
    if word in named and len(named) > 1 or statement:
        quote.speaker, quote.speaker_start = last.speaker, last.speaker_start
        quote.speaker_end, quote.found = last.speaker_end, "earlier"
    return quote


def _mentions(text: str, last: Quote, before: int, word: str, cues: SpeechCues) -> bool:
    """Whether the statement noun ``word`` (``البيان``) is named, in any form (``بيانا``،
    ``بيان``، ``بيانها``), between the last speaker's phrase and offset ``before``."""
    stem = strip_article(word)
    for token in read_tokens(text, max(0, last.speaker_start), before):
        bare = strip_conjunction(token.norm).removesuffix("ا")
        bare = bare[1:] if has_preposition(bare) else bare  # ببيان، لتقرير
        if is_statement(bare, cues) and strip_article(bare).startswith(stem[:-1] or stem):
            return True
    return False

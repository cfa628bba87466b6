"""The parts reported speech is read from: tokens with the text between them, speaker phrases,
and the subject of a verb of evaluation, for :mod:`helpers.attribution`.

A :class:`Token` keeps the punctuation before it (``gap``), so clause breaks can be seen; a
:class:`Quote` is one piece of reported speech as :mod:`helpers.attribution` builds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from helpers.arabic import (
    STOPWORDS,
    is_protected,
    normalize,
    strip_conjunction,
    token_spans,
)
from helpers.cues import SpeechCues, function_words

__all__ = [
    "DEMONSTRATIVES",
    "PREPOSITIONS",
    "Quote",
    "Sentence",
    "Token",
    "breaks_clause",
    "cue_of",
    "cue_stem",
    "ends_speaker",
    "evaluator_end",
    "has_object_pronoun",
    "is_adverbial",
    "is_preposition",
    "phrase",
    "read_tokens",
    "speech_noun_holder",
    "without_future",
]

normalized = lru_cache(maxsize=1 << 17)(normalize)
""":func:`normalize` for tokens: news vocabulary repeats, so most tokens are looked up once."""


@dataclass
class Token:
    norm: str
    start: int
    end: int
    gap: str  # the text between the previous token and this one (punctuation lives there)


@dataclass
class Quote:
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
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[Token]


def cue_of(norm: str, cues: SpeechCues) -> tuple[str, frozenset[str]] | None:
    """The cue a normalised token is, allowing the conjunctions و/ف and the future س in front
    (وأكد, فقال, ستعتبر) and, on a verb, a plural ending or an object pronoun behind
    (:func:`cue_stem`)."""
    stem = cue_stem(norm, cues)
    return None if stem is None else cues.cues[stem]


def cue_stem(norm: str, cues: SpeechCues) -> str | None:
    """The cue word a normalised token is written from, or None.

    Verbs of speech and evaluation take the plural of their subject and the pronoun of their
    object onto the word: ``قالوا``, ``يعتبرون``, ``وصفتها``, ``أدانها``, ``أكده``,
    ``اتهموه``; the pronoun of ``تصنفه`` is what is classified, so the subject still follows
    the verb (:func:`has_object_pronoun`). Only a verb (``verb``/``evaluation`` cue) is read
    through such an ending, and a pronoun never after a stem ending in a vowel letter
    (``رأى`` + ``ه`` is written ``رآه``: ``رأيه`` is "his opinion") nor after a stem that
    is also a verbal noun (``طلبه``, ``رفضه``: his request, his refusal)."""
    bare = strip_conjunction(norm)
    forms = dict.fromkeys((norm, bare, without_future(bare)))
    for word in forms:
        if word in cues.cues:
            return word
    for word in forms:
        for ending in _VERB_ENDINGS:
            stem = word[: -len(ending)]
            if not word.endswith(ending) or len(stem) < 3:
                continue
            if ending[0] != "و" and (stem[-1] in "ياو" or stem in _NOUN_STEMS):
                continue
            if cues.cues.get(stem, ("",))[0] in ("verb", "evaluation"):
                return stem
    return None


def has_object_pronoun(norm: str, cues: SpeechCues) -> bool:
    """Whether a cue verb carries its object as a pronoun (``انتقدتها``, ``أكده``): its
    subject then follows it (``خطوة انتقدتها دول عديدة``), whatever stands before."""
    stem = cue_stem(norm, cues)
    return stem is not None and not norm.endswith(stem) and not norm.endswith(("وا", "ون"))


_VERB_ENDINGS = ("وها", "وهم", "وه", "وا", "ون", "هما", "هم", "ها", "ه")
"""Subject plurals (with و) and object pronouns written onto a verb, longest first."""
_NOUN_STEMS = frozenset(normalize(w) for w in "طلب رفض حمل ذكر تابع".split())


def without_future(verb: str) -> str:
    """``ستعتبر`` -> ``تعتبر``: the future marker before an imperfect verb."""
    return verb[1:] if len(verb) > 4 and verb[0] == "س" and verb[1] in "يتن" else verb


def breaks_clause(gap: str) -> bool:
    return any(c in gap for c in ",،;؛:.!?؟()")


def read_tokens(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    previous = start
    for word, s, e in token_spans(text[start:end]):
        out.append(Token(normalized(word), start + s, start + e, text[previous : start + s]))
        previous = start + e
    return out


def speech_noun_holder(text: str, end: int) -> tuple[str, int, int] | None:
    """Who speaks through a noun of evaluation ending at ``end`` (``انتقادات من منظمات حقوقية``,
    ``لانتقادات من قبل منظمات حقوقية``): the phrase after ``من`` or ``من قبل``/``من جانب``
    within two words, with its offsets; None when the text does not name them."""
    tokens = read_tokens(text, end, min(len(text), end + 200))
    for k, token in enumerate(tokens[:3]):
        if breaks_clause(token.gap) and k > 0:
            return None
        if token.norm != "من":
            continue
        first = k + 1
        if first < len(tokens) and tokens[first].norm in _AGENT_MARKERS:
            first += 1
        stop = first
        while stop < len(tokens) and stop - first < _MAX_EVALUATOR:
            norm = tokens[stop].norm
            if stop > first and (breaks_clause(tokens[stop].gap) or norm in PREPOSITIONS):
                break
            if norm in _RELATIVES or has_preposition(norm):
                break
            stop += 1
        span = phrase(tokens, first, stop)
        return (text[span[0] : span[1]], *span) if span else None
    return None


_AGENT_MARKERS = function_words("agent_markers")
_RELATIVES = function_words("relatives")


def evaluator_end(tokens: list[Token], first: int, cues: SpeechCues) -> int:
    """Index one past the subject written after an evaluation verb (see
    :func:`_evaluation_quote`); ``first`` when the verb is followed by its object."""
    j = first
    while j < len(tokens) and j - first < _MAX_EVALUATOR:
        norm = tokens[j].norm
        if j > first and breaks_clause(tokens[j].gap):
            break
        if norm in PREPOSITIONS or norm in cues.complementizers or ends_speaker(tokens, j, cues):
            break
        title = (
            j > first
            and strip_conjunction(tokens[j - 1].norm) in cues.title_words
            and norm.startswith("لل")
        )
        if norm in _RELATIVES:
            break  # انتقد الطريقة التي ...: the object, with its relative clause
        if norm in _ADDRESSEE_PRONOUNS or (has_preposition(norm) and not title):
            break  # ... but الأمين العام للأمم المتحدة: a title takes its ل-genitive
        j += 1
        if ends_plural_subject(tokens, j - 1) or starts_object(tokens, j, cues):
            break
    return j


def starts_object(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether a definite word at ``j`` after a definite word starts a new noun phrase (the
    verb's object: ``اعتبر الرئيس التركي العقوبات``) rather than continuing the subject: it is
    no nisba adjective (``الأمريكي``, ``الخارجية``) and no title word (``العام``, ``السابق``)."""
    if j >= len(tokens) or j == 0:
        return False
    word, before = strip_conjunction(tokens[j].norm), strip_conjunction(tokens[j - 1].norm)
    if before.startswith("ال") and not word.startswith("ال") and _possessed(word):
        return True  # أكد الحلف دعمه: a noun with its owner's pronoun is no part of a name
    if not (word.startswith("ال") and before.startswith("ال")):
        return False
    return not word.endswith(_NISBA) and word not in cues.title_words


def _possessed(word: str) -> bool:
    """A noun with a possessive pronoun written on it (``دعمه``, ``موقفها``; not the names
    ``عبدالله``, ``طه``)."""
    return len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما")) and not word.endswith("لله")


_NISBA = ("ي", "ية", "يه", "يون", "يين", "يان", "يتان", "يتين")


def ends_plural_subject(tokens: list[Token], j: int) -> bool:
    """A definite sound plural (``المراقبون``, ``المحتجين``) ends a subject unless an adjective
    agreeing with it follows (``المسؤولون الأمريكيون``): in the construct state it would have
    lost its ن (``مراقبو الأمم المتحدة``), so a definite word after it starts the object."""
    word = strip_conjunction(tokens[j].norm)
    if not (word.startswith("ال") and word.endswith(("ون", "ين")) and len(word) >= 7):
        return False  # (الأمين, الدين: a singular)
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return not following.endswith(("ون", "ين"))


def has_preposition(norm: str) -> bool:
    """Whether ``ب`` or ``ل`` is written onto the word (``بالضربات``, ``بضبط``, ``لسيادتها``;
    not ``بوتين``, ``لبنان``, which are protected words, nor ``بلد``)."""
    bare = strip_conjunction(norm)
    return bare[:1] in ("ب", "ل") and len(bare) > 3 and not is_protected(bare)


_MAX_EVALUATOR = 6
"""Words of a subject after an evaluation verb (وزير الدفاع الإسرائيلي أفيغدور ليبرمان)."""


def phrase(tokens: list[Token], first: int, stop: int) -> tuple[int, int] | None:
    """Offsets of ``tokens[first:stop]`` trimmed of function words; None if nothing is left or
    the phrase starts with a demonstrative or pronoun (``يعتبر هذا الاتصال``: not a speaker) or
    a preposition (``بل على العكس``, ``وفي البداية``: an adverbial, not a speaker)."""
    words = tokens[first:stop]
    if words and words[0].norm in DEMONSTRATIVES:
        return None
    while words and is_function_word(words[0].norm):
        if is_preposition(words[0].norm):
            return None
        words = words[1:]
    while words and is_function_word(words[-1].norm):
        words = words[:-1]
    return (words[0].start, words[-1].end) if words else None


DEMONSTRATIVES = function_words("demonstratives")
_CONNECTIVES = function_words("connectives")


def is_function_word(norm: str) -> bool:
    return norm in STOPWORDS or norm in _CONNECTIVES


def is_adverbial(norm: str) -> bool:
    """Words after a verb that open an addressee or an adverbial, not a speaker: ``لنظيره``,
    ``له``, a preposition (``وتوضح في الوقت نفسه أن``). Names that start with ل (``لافروف``)
    are not addressees."""
    return norm in _ADDRESSEE_PRONOUNS or norm.startswith("لنظير") or norm in PREPOSITIONS


PREPOSITIONS = function_words("prepositions")


def is_preposition(norm: str) -> bool:
    """A preposition, also behind و/ف (``وفي``, ``فعلى``: too short for
    :func:`strip_conjunction`)."""
    return norm in PREPOSITIONS or norm[:1] in "وف" and norm[1:] in PREPOSITIONS


_ADDRESSEE_PRONOUNS = function_words("addressee_pronouns")


def ends_speaker(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    norm = tokens[j].norm
    if norm in cues.boundaries:
        return True
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return norm in ("في", "علي") and following.removeprefix("ال") in cues.statements

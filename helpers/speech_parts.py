"""The parts reported speech is read from: tokens with the text between them, speaker phrases
(with a title's apposition), the subject of a verb of evaluation, and quotation marks (which
open, which close, how they nest), for :mod:`helpers.attribution`.

A :class:`Token` keeps the punctuation before it (``gap``), so clause breaks can be seen; a
:class:`Quote` is one piece of reported speech as :mod:`helpers.attribution` builds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from itertools import accumulate

from helpers.arabic import (
    STOPWORDS,
    TOKEN_SPLIT,
    normalize,
)
from helpers.clitics import GAZETTEER_NAMES, is_protected, strip_conjunction
from helpers.cues import SpeechCues, function_words, is_news_agency
from helpers.dates import MONTHS

__all__ = [
    "CLOSERS",
    "COUNTERPART",
    "DEMONSTRATIVES",
    "HEADS_OF_NAMES",
    "MONTH_WORDS",
    "ADDRESSEE_PRONOUNS",
    "MAX_EVALUATOR",
    "MAX_SPEAKER",
    "NISBA",
    "SINGULAR_NISBA",
    "OPENERS",
    "PREPOSITIONS",
    "RESUMPTIVES",
    "Quote",
    "Sentence",
    "Token",
    "breaks_clause",
    "carries_subject",
    "coordinated_cue",
    "counted_end",
    "counted_noun",
    "cue_of",
    "cue_stem",
    "ends_speaker",
    "has_comma",
    "has_object_pronoun",
    "has_preposition",
    "is_adverbial",
    "is_function_word",
    "is_name",
    "is_preposition",
    "is_statement",
    "names_ba_object",
    "phrase",
    "possessed",
    "pronoun_subject",
    "read_tokens",
    "speech_noun_holder",
    "with_apposition",
    "without_future",
]

MAX_SPEAKER = 9
"""Tokens a speaker phrase may span (مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف)."""
OPENERS = '«"“'
"""Marks that open a quotation; :data:`CLOSERS` maps each to its closing mark."""
CLOSERS = {"«": "»", '"': '"', "“": "”"}

normalized = lru_cache(maxsize=1 << 17)(normalize)
""":func:`normalize` for tokens: news vocabulary repeats, so most tokens are looked up once."""


@dataclass(slots=True)
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


_MEMO_TOKENS = 200_000
"""Tokens whose cue word each memo keeps (a few tens of thousands of distinct tokens on ANT)."""


def _per_cue_lists(function: Callable[[str, SpeechCues], str | None]) -> Callable:
    """``function(norm, cues)`` remembered per cue lists (told apart by identity: they are
    immutable) and token, so a pass over a corpus works each distinct token out once.

    The wrapped function stays reachable as ``__wrapped__``; ``cache_clear()`` forgets all.
    """
    memos: dict[int, tuple[SpeechCues, dict[str, str | None]]] = {}

    @wraps(function)
    def remembered(norm: str, cues: SpeechCues) -> str | None:
        entry = memos.get(id(cues))
        if entry is None or entry[0] is not cues:
            if len(memos) >= 4:  # cue lists made by tests or callers: keep a few
                memos.clear()
            entry = memos[id(cues)] = (cues, {})
        memo = entry[1]
        if norm not in memo:
            if len(memo) >= _MEMO_TOKENS:
                memo.clear()
            memo[norm] = function(norm, cues)
        return memo[norm]

    remembered.cache_clear = memos.clear
    return remembered


@_per_cue_lists
def cue_stem(norm: str, cues: SpeechCues) -> str | None:
    """The cue word a normalised token is written from, or None.

    Verbs of speech and evaluation take the plural of their subject and the pronoun of their
    object onto the word: ``قالوا``, ``يعتبرون``, ``وصفتها``, ``أدانها``, ``أكده``,
    ``اتهموه``; the pronoun of ``تصنفه`` is what is classified, so the subject still follows
    the verb (:func:`has_object_pronoun`). Only a verb (``verb``/``evaluation`` cue) is read
    through such an ending, and a pronoun never after a stem ending in a vowel letter
    (``رأى`` + ``ه`` is written ``رآه``: ``رأيه`` is "his opinion") nor after a stem that
    is also a verbal noun (``طلبه``, ``رفضه``: his request, his refusal)."""
    if norm.startswith("وو"):
        norm = norm[1:]  # ووقال: a doubled conjunction, a common slip
    bare = strip_conjunction(norm)
    forms = dict.fromkeys((norm, bare, without_future(bare)))
    for word in forms:
        if word in cues.cues:
            return word
        if word in cues.misspellings:
            return cues.misspellings[word]  # اتهت: اتهمت, read in its frame (cue_guards)
    for word in forms:
        for ending in _VERB_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[: -len(ending)]
            if ending[0] != "و" and (stem[-1] in "ياو" or stem in _NOUN_STEMS):
                continue
            if ending == "ان" and stem[0] not in "يت":
                continue  # the dual ending only on an imperfect (يعربان), not إعلان
            if cues.cues.get(stem, ("",))[0] in ("verb", "evaluation"):
                return stem
    return None


def has_object_pronoun(norm: str, cues: SpeechCues) -> bool:
    """Whether a cue verb carries its object as a pronoun (``انتقدتها``, ``أكده``): its
    subject then follows it (``خطوة انتقدتها دول عديدة``), whatever stands before. The
    endings of a plural or dual subject are no object (``انتقدوا``، ``يتهمون``، ``يتهمان``)."""
    stem = cue_stem(norm, cues)
    if stem is None or strip_conjunction(norm.removeprefix("و")) in cues.misspellings:
        return False
    return not norm.endswith((stem, "وا", "ون", stem + "ان"))


def carries_subject(norm: str, cues: SpeechCues) -> bool:
    """Whether a cue verb is written with its subject's plural or dual ending (``اتهموا``,
    ``يرحبون``, ``اتهموه``, ``يدينان``): Arabic writes a verb before a
    named subject in the singular, so the subject of such a verb is named before it
    (``المعارضة اتهموا``, ``نفى المسلحون ... واتهموا``), never the phrase after it, which is
    its object."""
    stem = cue_stem(norm, cues)
    if stem is None:
        return False
    word = without_future(strip_conjunction(norm.removeprefix("و")))
    ending = word[len(stem) :] if word.startswith(stem) else ""
    return word.endswith(("وا", "ون")) or ending.startswith("و") or ending == "ان"


def pronoun_subject(norm: str) -> bool:
    """Whether a particle written with a plural or dual pronoun (``فإنهم``, ``لكنهم``,
    ``لأنهما``, ``إننا``), or ``لكن`` with any pronoun (``لكنه``), is the subject of the verb
    right after it: the speaker is the one the pronoun refers to, named before, not the
    particle (a fragment) nor the phrase after the verb (its object). ``أنه`` is left out:
    its ه may be the impersonal pronoun of a clause whose subject follows the verb."""
    word = strip_conjunction(norm)
    return any(word == base + pronoun for base in _PARTICLES for pronoun in _PLURAL_PRONOUNS) or (
        word in _BUT_PRONOUNS
    )


_PARTICLES = tuple(normalize(w) for w in "إن أن بأن لأن لكن كأن كون".split())
_PLURAL_PRONOUNS = ("هم", "هما", "هن", "نا")
_BUT_PRONOUNS = frozenset(normalize(w) for w in "لكنه لكنها".split())


_VERB_ENDINGS = ("وها", "وهم", "وه", "وا", "ون", "هما", "هم", "ها", "ه", "ان")
"""Subject plurals (with و), object pronouns and the dual of an imperfect (يعربان) written
onto a verb, longest first."""
_NOUN_STEMS = frozenset(normalize(w) for w in "طلب رفض حمل ذكر تابع أجابت".split())


def without_future(verb: str) -> str:
    """``ستعتبر`` -> ``تعتبر``: the future marker before an imperfect verb."""
    return verb[1:] if len(verb) > 4 and verb[0] == "س" and verb[1] in "يتن" else verb


def threatens_with(tokens: list[Token], i: int) -> bool:
    """Whether a verb of threat at ``i`` names what it threatens with (:func:`names_ba_object`:
    ``هددت روسيا بالرد``, ``هددت الكنيسة، السبت، بقطع العلاقات``). Only then is the threat a
    speech act of its subject; without it the verb says what endangers what (``يهدد التصعيد
    أمن المنطقة``: the outlet's evaluation of the subject), and so when what it endangers
    (``[endangered_nouns]``) comes first."""
    return names_ba_object(tokens, i, _ENDANGERED)


def names_ba_object(tokens: list[Token], i: int, before: frozenset[str] = frozenset()) -> bool:
    """Whether verb ``i`` has a ب-object: a ب-word within :data:`_BA_OBJECT_SCOPE` words of
    its sentence (``توعد الرئيس المعارضين بعقاب``, ``أقر المكتب بفشله``), over commas that set off
    an apposition, a weekday or a place; a word of ``before`` first means no (the verb has
    another object)."""
    for later in tokens[i + 1 : i + 1 + _BA_OBJECT_SCOPE]:
        if any(c in later.gap for c in _STOPS):
            return False  # commas may set off the subject's name or a day: هدد الرئيس، فلان، بـ
        word = strip_conjunction(later.norm)
        if word in before:
            return False  # تهدد روسيا أمن المنطقة بحشودها: what endangers what
        if word == "ب":
            return True  # a detached بـ before a quotation: لوح الوزير بـ"الرد"
        if word.startswith("ب") and len(word) > 2 and word not in _NOT_THREATENED_WITH:
            return not word.startswith(normalize("بلاد"))
    return False


_BA_OBJECT_SCOPE = 14  # words from a verb to its ب-word (هدد الرئيس الأمريكي إيران ب)
_ENDANGERED = function_words("endangered_nouns")
_NOT_THREATENED_WITH = frozenset(
    normalize(w) for w in "بسبب بشكل بحسب بفعل بالنسبة بينما بين بعد بل".split()
)


_STOPS = ";؛:.!?؟()"  # punctuation that ends more than a phrase set off by commas


_CLAUSE_BREAKS = frozenset(",،" + _STOPS)


def breaks_clause(gap: str) -> bool:
    """Whether the text between two words holds a comma or a stop (called for nearly every
    word of a speech sentence: one set test, no string built per call)."""
    return not _CLAUSE_BREAKS.isdisjoint(gap)


def has_comma(gap: str) -> bool:
    """Whether the text between two words holds a comma (Arabic or Latin), as apposition and
    insertion readers ask (``، دونالد ترامب،``)."""
    return "،" in gap or "," in gap


def coordinated_cue(norm: str, cues: SpeechCues) -> bool:
    """Whether a word is a verb of speech or evaluation joined by و or ف (``واتهموا``,
    ``وقال``): it opens the next clause (not the verb's own و of ``وصفه``)."""
    return norm[:1] in "وف" and cue_stem(norm[1:], cues) is not None


def read_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, offsets in ``text``, built by C-level calls only."""
    parts = TOKEN_SPLIT.split(text[start:end])  # [gap, token, gap, ..., token, gap]
    at = list(accumulate(map(len, parts), initial=start))
    return list(map(Token, map(normalized, parts[1::2]), at[1:-1:2], at[2::2], parts[0:-1:2]))


def speech_noun_holder(text: str, end: int) -> tuple[str, int, int] | None:
    """Who speaks through a noun of evaluation ending at ``end`` (``انتقادات من منظمات حقوقية``,
    ``لانتقادات من قبل منظمات حقوقية``, ``انتقادات من داخل الحزب``: the party's own members):
    the phrase after ``من``, ``من قبل``/``من جانب`` or ``من داخل``/``من صفوف`` within two
    words, with its offsets; None when the text does not name them."""
    tokens = read_tokens(text, end, min(len(text), end + 200))
    for k, token in enumerate(tokens[:3]):
        if breaks_clause(token.gap) and k > 0:
            return None
        if token.norm != "من":
            continue
        first = k + 1
        if first < len(tokens) and tokens[first].norm in _AGENT_MARKERS | _FROM_WITHIN:
            first += 1
        stop = first
        while stop < len(tokens) and stop - first < MAX_EVALUATOR:
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
_FROM_WITHIN = function_words("from_within")
_RELATIVES = function_words("relatives")


def is_name(norm: str) -> bool:
    """A one-word name of the gazetteer (``لندن``, ``ترمب``; ``الكرملين`` without its article),
    not a definite nisba adjective (``السوري`` after a title: ``الرئيس السوري بشار الأسد``)."""
    if norm.startswith("ال") and norm.endswith(NISBA):
        return False
    return norm.removeprefix("ال") in GAZETTEER_NAMES


def possessed(word: str) -> bool:
    """A noun with a possessive pronoun written on it (``دعمه``, ``موقفها``; not the names
    ``عبدالله``, ``طه``)."""
    return len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما")) and not word.endswith("لله")


NISBA = ("ي", "ية", "يه", "يون", "يين", "يان", "يتان", "يتين")
_VERBAL_NOUN = re.compile(
    r"^(?:ا[^اوي]{2}ا[^اوي]|ا[^اوي]ت[^اوي]ا[^اوي]|ان[^اوي]{2}ا[^اوي]|است[^اوي]{2}ا[^اوي]"
    r"|ت[^وي][^اوي]ي[^اوي])$"
)  # إفعال، افتعال، انفعال، استفعال، تفعيل with strong root letters (not ايناس، انطوان، توفيق)


def verb_object(word: str, before: str, owner: bool, given: frozenset[str]) -> bool:
    """Whether ``word`` is an indefinite verbal noun of a derived form (``إعلان``، ``اعتقال``،
    ``انسحاب``، ``استهداف``، ``تعليق``; not an article's word like ``العام`` nor one of the
    ``given`` names) that opens the verb's object after the word ``before`` that ends the
    speaker's name: an ``owner`` (a definite word or a name) or an indefinite nisba
    (``مصادر ميدانية``; not the short ``راي``، ``دوري``), with no comma between, after which
    a name stands in apposition (``وزارة النقل الأردنية، أنمار``)."""
    if word.startswith("ال") or word in given or before.endswith(("،", ",")):
        return False
    nisba = not before.startswith("ال") and len(before) > 4 and before.endswith(NISBA)
    return (owner or nisba) and _VERBAL_NOUN.match(word) is not None


SINGULAR_NISBA = NISBA[:3]  # الأمريكي، الأمريكية: an adjective that closes an owner phrase
COUNTERPART = normalize("نظير")  # نظيره الأمريكي: the counterpart of the one named


def has_preposition(norm: str) -> bool:
    """Whether ``ب`` or ``ل`` is written onto the word (``بالضربات``, ``بضبط``, ``لسيادتها``;
    not ``بوتين``, ``لبنان``, ``فلاديمير``, which are protected words, nor ``بلد``)."""
    if is_protected(norm):
        return False  # فلاديمير, فلوريدا: a name, not ف + ل
    bare = strip_conjunction(norm)
    return bare[:1] in ("ب", "ل") and len(bare) > 3 and not is_protected(bare)


MAX_EVALUATOR = 8


def counted_end(tokens: list[Token], k: int) -> int:
    """Where the counted noun stands when the words at ``k`` count it (:func:`counted_noun`),
    in the same clause and no function word; ``k`` itself when no count opens there. The
    counted noun heads the phrase, so a subject opening with the count runs on to it and past
    its من (``وقع أكثر من 1100 خبير``)."""
    counted = counted_noun([t.norm for t in tokens], k)
    if counted == k or any(breaks_clause(t.gap) for t in tokens[k + 1 : counted + 1]):
        return k
    return k if is_function_word(tokens[counted].norm) else counted


def counted_noun(norms: list[str], k: int) -> int:
    """The index of the counted noun when ``norms[k]`` opens a count, else ``k``: a number or a
    noun of count (``مئات الطلاب``، ``عشرات آلاف الفلسطينيين``، ``150 فنانا``، ``مئات من
    المتظاهرين``), or ``أكثر من``/``نحو`` and their kin before one (``أكثر من 1100 خبير``; not
    ``أكثر من أي وقت``, ``نحو الحدود``, a date ``27 أبريل``, a share ``60 بالمائة``, nor the
    word after a definite count, which is the noun itself: ``ندد الآلاف مساء``)."""
    j = k
    if k + 1 < len(norms) and strip_conjunction(norms[k]) in _ABOUT:
        j = k + 2 if norms[k + 1] == _FROM else k + 1
    counts = j
    while counts < len(norms) and _a_count(norms[counts]):
        counts += 1
    if counts == j:
        return k
    if counts + 1 < len(norms) and norms[counts] == _FROM:
        counts += 1  # مئات من المتظاهرين
    elif norms[counts - 1].startswith("ال"):
        return k  # ندد الآلاف مساء: a definite count is the noun itself
    if (
        counts >= len(norms)
        or norms[counts].split("/")[0] in MONTH_WORDS
        or has_preposition(norms[counts])
    ):
        return k  # 27 أبريل، 60 بالمائة: a date or a share, no one counted
    return counts


def _a_count(norm: str) -> bool:
    """A number in digits or a noun of count (``1100``، ``مئات``، ``الآلاف``)."""
    return norm.isdigit() or strip_conjunction(norm) in _COUNTS


_COUNTS = function_words("counts")
MONTH_WORDS = frozenset(normalize(w) for name in MONTHS for w in name.split())
"""The normalised words of the month names (``أبريل``، ``نيسان``), as a date writes them."""
_ABOUT = frozenset(normalize(w) for w in "أكثر أقل نحو حوالي قرابة زهاء".split())
_FROM = normalize("من")


def phrase(tokens: list[Token], first: int, stop: int) -> tuple[int, int] | None:
    """Offsets of ``tokens[first:stop]`` trimmed of function words; None if nothing is left or
    the phrase starts with a demonstrative or pronoun (``يعتبر هذا الاتصال``: not a speaker) or
    a preposition (``بل على العكس``, ``وفي البداية``: an adverbial, not a speaker). A count
    that opens it stays (``أكثر من 100 نائب``: :func:`counted_end`)."""
    words = tokens[first:stop]
    if words and words[0].norm in DEMONSTRATIVES:
        return None
    counted = counted_end(tokens, first) > first
    while words and not counted and is_function_word(words[0].norm):
        if is_preposition(words[0].norm):
            return None
        words = words[1:]
    while words and is_function_word(words[-1].norm):
        words = words[:-1]
    return (words[0].start, words[-1].end) if words else None


DEMONSTRATIVES = function_words("demonstratives")
HEADS_OF_NAMES = (
    function_words("office_nouns") | function_words("body_nouns") | function_words("given_names")
)
"""Words that head a named subject: an office (``وزير``), a body (``وزارة``), a given name."""
_CONNECTIVES = function_words("connectives")


def is_function_word(norm: str) -> bool:
    return norm in STOPWORDS or norm in _CONNECTIVES


def is_adverbial(norm: str) -> bool:
    """Words after a verb that open an addressee or an adverbial, not a speaker: ``لنظيره``,
    ``له``, a preposition (``وتوضح في الوقت نفسه أن``). Names that start with ل (``لافروف``)
    are not addressees."""
    if norm[:1] == "ل" and has_preposition(norm) and (norm[:2] == "لل" or is_name(norm[1:])):
        return True  # قال لماكرون، قال للرئيس: the one spoken to (لوران، لؤي: names)
    return norm in ADDRESSEE_PRONOUNS or norm.startswith("لنظير") or norm in PREPOSITIONS


PREPOSITIONS = function_words("prepositions")


def is_preposition(norm: str) -> bool:
    """A preposition, also behind و/ف (``وفي``, ``فعلى``: too short for
    :func:`strip_conjunction`)."""
    return norm in PREPOSITIONS or norm[:1] in "وف" and norm[1:] in PREPOSITIONS


ADDRESSEE_PRONOUNS = function_words("addressee_pronouns")
RESUMPTIVES = frozenset(
    normalize(w) for w in "فيه فيها عليه عليها به بها له لها منه منها عنه عنها".split()
)
"""Prepositions with the pronoun of a relative's noun (``الوقت الذي تنفي فيه``)."""


_PARTICIPLES = frozenset({"participle", "evaluation_participle"})


def ends_speaker(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether token ``j`` ends a speaker phrase: a boundary word (``للصحفيين``, ``أمس``), a
    statement after في/على (``في بيان``), a participle of saying (``قائلا``), or the outlet
    spoken to (:func:`_addressee`)."""
    norm = tokens[j].norm
    if norm in cues.boundaries or _adverbial_possessed(norm, cues):
        return True
    if (cue_of(norm, cues) or ("",))[0] in _PARTICIPLES:
        return True  # وتابع الأسد قائلا، وردت الوزارة منددة: the participle follows its speaker
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return norm in ("في", "علي") and is_statement(following, cues) or _addressee(tokens, j)


def _adverbial_possessed(norm: str, cues: SpeechCues) -> bool:
    """``بدوره``, ``بطلبها``: a ب-word with its owner's pronoun ends a speaker phrase (``وذكرت
    الشبكة بطلبها أن``, ``وقال الوزير بدوره إن``); a title's ``باسم`` has none. So does a
    statement it was said in (``أوضح بتغريدة له``, ``صرح ببيان``): the means, no speaker."""
    bare = strip_conjunction(norm)
    if bare[:1] != "ب" or not has_preposition(bare):
        return False
    return possessed(bare[1:]) or is_statement(bare[1:], cues)


def _addressee(tokens: list[Token], j: int) -> bool:
    """``لرويترز``, ``لـ"رويترز"``, ``للعربية.نت``: a ل-word naming a news agency or a web site
    is the outlet a speaker spoke to (``قال مسؤول لرويترز إن``), not part of the speaker."""
    norm = tokens[j].norm
    if not norm.startswith("ل") or norm in ("ل", "لل") and j + 1 == len(tokens):
        return False
    named = j + 1 if norm in ("ل", "لل") else j  # لـ"رويترز": the name is the next word
    after = tokens[named + 1] if named + 1 < len(tokens) else None
    if after is not None and after.gap == "." and after.norm in _WEB_ENDINGS:
        return True  # للعربية.نت
    word = tokens[named].norm if named > j else norm[1:]
    return is_news_agency(word)


_WEB_ENDINGS = frozenset(normalize(w) for w in "نت كوم".split())


def is_statement(norm: str, cues: SpeechCues) -> bool:
    """A statement noun, also with its owner's pronoun (``تغريداته``, ``بيانها``,
    ``كلمته``: the ة written ت before the pronoun)."""
    word = norm.removeprefix("ال")
    for ending in ("", "ه", "ها", "هم"):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if stem in cues.statements or stem.endswith("ت") and stem[:-1] + "ة" in cues.statements:
            return True
    return False


def with_apposition(
    tokens: list[Token],
    span: tuple[int, int] | None,
    speaker_end: int,
    quote_index: int,
    cues: SpeechCues,
) -> tuple[int, int] | None:
    """The speaker phrase with the apposition set off by commas after it: a title and a name
    name one speaker (``قالت المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا، إن``, ``قال
    مسؤول، وهو ...``: no). The apposition runs to the next comma, boundary word, preposition
    or the quote; it is none when it opens with a boundary word (``، الأحد،``), a relative
    pronoun, a verb of saying, or an adverbial accusative before its preposition (``، ردا
    على سؤال،``)."""
    if span is None or speaker_end >= len(tokens):
        return span
    if not any(c in tokens[speaker_end].gap for c in "،,"):
        return span
    limit = quote_index - 1 if tokens[quote_index - 1].norm in cues.complementizers else quote_index
    first = tokens[speaker_end]
    following = tokens[speaker_end + 1].norm if speaker_end + 1 < limit else ""
    if (
        ends_speaker(tokens, speaker_end, cues)
        or first.norm in _RELATIVE_WORDS
        or cue_of(first.norm, cues) is not None
        or first.norm.endswith("ا")
        and is_preposition(following)
    ):
        return span
    stop = speaker_end + 1
    while stop < limit and stop - speaker_end < MAX_SPEAKER:
        token = tokens[stop]
        if breaks_clause(token.gap) or ends_speaker(tokens, stop, cues):
            break
        if is_preposition(token.norm) or token.norm == "ل" or cue_of(token.norm, cues):
            break
        stop += 1
    named = phrase(tokens, speaker_end, stop)
    return span if named is None else (span[0], named[1])


_RELATIVE_WORDS = function_words("relatives") | {"وهو", "وهي"}

"""When a word of the cue lists reports speech, and when a word outside them does.

A few cue words report a statement only inside their frame, and :mod:`helpers.attribution`
asks here before it reads one:

* a verb that states only after a negation: ``لم يستبعد الوزير انسحاب الفريق`` (did not rule
  out: his view), but ``يستبعد المدرب اللاعب`` (leaves him out: an act);
* a misspelt verb (``misspelt`` in ``speech_cues.txt``: ``اتهت`` for ``اتهمت``), read as the
  verb only with what the verb takes, a ب-object or a complementiser (``واتهت الوزيرة الحكومة
  بالتقصير``), so a slip of another word (``انتهت`` written ``اتهت``) is left alone;
* a verb written like a preposition (``preposition_verb``: ``بيّن`` "explained", written
  ``بين`` "between" without its shadda): a verb of saying only when it opens its clause and
  its speaker is followed by a complementiser (``وبين المتحدث أن``), never between two
  things (``بين روسيا وأوكرانيا``) nor before a relative (``وبين من يرون أن``);
* a bare past verb that is also a common noun (``[verb_homographs]`` of
  ``helpers/data/role_frames.toml``: ``ثمن`` "praised", the noun "price", and the sport's
  ``ثمن النهائي``): a verb of saying only where a verb stands, at the start of its clause or
  after a relative (``وثمن الوزير الموقف``), as :mod:`helpers.stance_senses` reads its value;
* a verb of two senses, read only in its judging one: ``حمّل`` with a responsibility or على
  (:func:`lays_responsibility`; not حَمَل "carry": ``تحمل الطائرة مئة راكب``), ``دعا`` with
  what it calls for (:func:`calls_for`; not ودّع "bid farewell": ``ودعت الجماهير اللاعب``),
  the bare ``طالب`` only where the verb "demanded" stands (:func:`demands`; not the noun
  "student, seeker": ``قتل طالب سعودي``، ``ألف طالب لجوء``), the plural ``يذكرون`` only
  as "remind of" with ب (not "they remember"), and the bare ``عبر`` only as "expressed"
  with عن, at the start of its clause or after a fronted place (:func:`_expresses`; not the
  preposition "via": ``عبر حسابه على تويتر``).

A word right after a preposition is a noun, never a verb: a verbal noun with its owner's
pronoun there, spelt like a verb with its object's once hamza is dropped (``إدانتها`` "her
condemnation", ``أدانتها`` "condemned her"), reports no speech: ``أعربت سوريا عن إدانتها
الشديدة`` is Syria's condemnation, not one voiced by ``الشديدة``.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.arabic import normalize
from helpers.clitics import is_protected, strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.speech_parts import (
    MAX_SPEAKER,
    Token,
    breaks_clause,
    carries_subject,
    cue_of,
    cue_stem,
    is_function_word,
    is_name,
    names_ba_object,
    possessed,
)
from helpers.stance_lexicon import role_frames

__all__ = [
    "calls_for",
    "is_via",
    "homograph_cue",
    "inert_words",
    "lays_responsibility",
    "never_a_cue",
    "reads_as_cue",
]


def reads_as_cue(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether the cue word at ``i`` reports speech here: a verb of
    ``[negated_statements]`` only after a negation, a misspelt verb only in its frame, a verb
    that is also a noun only where a verb stands, and no word right after a preposition
    (``عن إدانتها``: the noun, :func:`_after_preposition`)."""
    if _after_preposition(tokens, i):
        return False
    if _strip_conjunctions(tokens[i].norm) in role_frames().verb_homographs:
        return _verb_stands(tokens, i)
    stem = cue_stem(tokens[i].norm, cues)
    if stem in _NEGATED_STATEMENTS:
        return i > 0 and strip_conjunction(tokens[i - 1].norm, min_rest=2) in _NEGATIONS
    if _strip_conjunctions(tokens[i].norm) in cues.misspellings:
        return names_ba_object(tokens, i) or _complementizer(tokens, i, cues) is not None
    if stem in _BLAMING_VERBS:
        return lays_responsibility(tokens, i)
    if stem in _CALLING_VERBS:
        return calls_for(tokens, i)
    if _strip_conjunctions(tokens[i].norm) == _DEMANDED:
        return demands(tokens, i, cues)
    if stem in _RECALLING_VERBS and carries_subject(tokens[i].norm, cues):
        return i + 1 < len(tokens) and tokens[i + 1].norm[:1] == "ب"
    if _strip_conjunctions(tokens[i].norm) == _EXPRESSED:
        return _expresses(tokens, i)
    return True


def _verb_stands(tokens: list[Token], i: int) -> bool:
    """Whether a bare past form that is also a noun (``[verb_homographs]``) stands where a verb
    does: opening its clause (``وثمن الوزير الموقف``), or after a relative or a particle that a
    verb follows (``[verb_heralds]``: ``التي ثمنت``، ``كان الوزير قد ثمن``، ``لكنه دافع عن``);
    elsewhere it is the noun (``لدفع ثمن``، ``دافع كبير``)."""
    if i == 0 or breaks_clause(tokens[i].gap):
        return True
    return strip_conjunction(tokens[i - 1].norm) in _VERB_HERALDS


def _after_preposition(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is a noun with its owner's pronoun after a preposition in its
    clause (``عن إدانتها``، ``بعد إدانته``، ``عن تقديره``): governed, so a noun, not a verb
    with its object's pronoun. Not after ``من`` (also "who": ``من أدانها``) nor ``عبر`` (also
    the verb "expressed"). A bare verbal noun there keeps its reading (``بعد رفض حماس``: the
    one after it refuses, as the verb's subject would)."""
    if i == 0 or tokens[i - 1].norm not in _GOVERNING or breaks_clause(tokens[i].gap):
        return False
    return possessed(strip_conjunction(tokens[i].norm))


def _expresses(tokens: list[Token], i: int) -> bool:
    """Whether a bare ``عبر`` is the verb عبّر "expressed", not the preposition "via": the verb
    takes عن within :data:`_EXPRESSED_SCOPE` words (``وعبر الوزير عن قلقه``, also past a long
    title and the statement it was written in), and is never followed
    by a noun owned by a pronoun (``قال الوزير، عبر حسابه على تويتر، إن``: his channel; the
    speaker is the one named before it). The verb opens its clause, carries و, or follows a
    particle (``كما عبر``, ``الذي عبر``), or a place fronted before it opens the clause
    (``وفي موسكو عبر الكرملين عن``)."""
    after = tokens[i + 1 : i + 1 + _EXPRESSED_SCOPE]
    if not after or possessed(strip_conjunction(after[0].norm)):
        return False
    opens = i == 0 or breaks_clause(tokens[i].gap) or tokens[i].norm != _EXPRESSED
    opens = opens or _after_a_fronted_place(tokens, i)
    if not (opens or is_function_word(tokens[i - 1].norm)):
        return False  # ترابض في اليابان عبر المضيق: the preposition inside a clause
    return any(token.norm == _ABOUT for token in after)


def _after_a_fronted_place(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` follows a one-word place of the gazetteer fronted at the
    opening of its clause (``وفي موسكو عبر``): the verb of the clause, not a preposition inside
    it. Not after a channel (``في تغريدة عبر تويتر``, ``في كلمة عبر الفيديو``): there it is
    "via"."""
    if i < 2 or not is_name(tokens[i - 1].norm) or tokens[i - 1].gap.strip():
        return False
    opening = i == 2 or breaks_clause(tokens[i - 2].gap)
    return opening and tokens[i - 2].norm in _IN


def is_via(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is the preposition ``عبر`` "via", not the verb "expressed"
    (:func:`_expresses`): ``، عبر حسابه`` opens no report of its own."""
    return _strip_conjunctions(tokens[i].norm) == _EXPRESSED and not _expresses(tokens, i)


def lays_responsibility(tokens: list[Token], i: int) -> bool:
    """Whether a verb written like ``حمّل`` (``حمل``، ``تحمل``، ``يحملان``) judges: it lays a
    responsibility, named within :data:`_RESPONSIBILITY_SCOPE` words after it (``المسؤولية``،
    ``مسؤوليته``: ``حمل الوزير، في بيان، إسرائيل المسؤولية``), or it is حمل على "attacked
    (in words)" (``حمل بعنف على إسرائيل``). Otherwise it is حَمَل "carry, bear" (``تحمل
    الطائرة مئة راكب``، ``يحمل الجنسية``، ``يحملان رسالة``)."""
    after = tokens[i + 1 : i + 1 + _RESPONSIBILITY_SCOPE]
    if any(stem in token.norm for token in after for stem in _RESPONSIBILITY):
        return True
    return any(token.norm == _ON for token in tokens[i + 1 : i + 3])


def demands(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether the bare ``طالب`` at ``i`` is the verb "demanded", not the noun "student,
    seeker" (``قتل طالب سعودي``، ``وهو طالب في``، ``ألف طالب لجوء``): it opens its clause or
    carries و/ف (``وطالب مادورو``، ``طالب محام لموكلين ...``), or its subject or object
    follows, a definite word, a name or a title (``كما طالب الرئيس``، ``قد طالب محامو``), or
    what it demands, a ب-word or a complementiser (``كما طالب نواب من الحزب بـ``). Inside a
    clause, an undefined word right after it with neither is the noun's adjective or
    construct."""
    if i + 1 >= len(tokens) or breaks_clause(tokens[i + 1].gap):
        return False
    if i == 0 or breaks_clause(tokens[i].gap) or tokens[i].norm != _DEMANDED:
        return True
    after = strip_conjunction(tokens[i + 1].norm)
    named = is_name(tokens[i + 1].norm) and not after.endswith("ي")  # سعودي: an adjective
    if after.startswith("ال") or named or after in _TITLES:
        return True
    return names_ba_object(tokens, i) or _complementizer(tokens, i, cues) is not None


def calls_for(tokens: list[Token], i: int) -> bool:
    """Whether a verb written like ``دعا`` (``دعت``، ``يدعو``) calls for something: what it
    asks is written after it, within :data:`_CALL_SCOPE` words, as إلى, أن/إن, بضرورة or a
    ل-word (``دعت موسكو واشنطن إلى``، ``دعا لعقد``، ``دعا ترامب بضرورة``), or a quotation
    opens after it. Without one it is ودّع "bid farewell" (``ودعت الجماهير اللاعب``،
    ``كوريا الجنوبية ودعت المونديال بأفضل طريقة``), which drops its shadda to look like و +
    دعت."""
    for token in tokens[i + 1 : i + 1 + _CALL_SCOPE]:
        word = strip_conjunction(token.norm, min_rest=2)
        if ":" in token.gap or '"' in token.gap or "«" in token.gap:
            return True
        if word in _CALL_WORDS or word[:1] == "ل" and word not in _NOT_CALLS:
            return True
    return False


def homograph_cue(
    tokens: list[Token], i: int, cues: SpeechCues
) -> tuple[str, frozenset[str]] | None:
    """The cue of a verb written like a preposition (``وبين المتحدث أن``: a verb of saying),
    or None when the word is the preposition: it must open its clause, and a complementiser
    must follow its speaker within :data:`MAX_SPEAKER` words, with no و-word, relative or
    other verb of saying between (``بين روسيا والغرب``, ``وبين من يرون أن``)."""
    if _strip_conjunctions(tokens[i].norm) not in cues.preposition_verbs:
        return None
    if i > 0 and not breaks_clause(tokens[i].gap):
        return None
    opening = _complementizer(tokens, i, cues)
    if opening is None or opening == i + 1:
        return None
    for token in tokens[i + 1 : opening]:
        if breaks_clause(token.gap) and ":" not in token.gap:
            return None
        if token.norm in _RELATIVES or cue_of(token.norm, cues) is not None:
            return None
        if token.norm[:1] == "و" and len(token.norm) > 3 and not is_protected(token.norm):
            return None  # بين روسيا والغرب: between two things (وزير: a word of its own)
    if is_function_word(tokens[i + 1].norm):
        return None  # وبين من ...، بين هذا وذاك
    return ("verb", frozenset())


def never_a_cue(norm: str, cues: SpeechCues) -> bool:
    """Whether a normalised token reports speech in no frame at all: no cue word
    (:func:`cue_of`) and not a verb written like a preposition (:func:`homograph_cue`)."""
    return cue_of(norm, cues) is None and _strip_conjunctions(norm) not in cues.preposition_verbs


def inert_words(cues: SpeechCues) -> set[str]:
    """The tokens found to be :func:`never_a_cue` with ``cues``, for a reader to skip with one
    set test (most words of a corpus, asked again in every sentence). Kept per cue lists, told
    apart by identity (they are immutable), and started afresh past :data:`_INERT_WORDS`."""
    entry = _INERT.get(id(cues))
    if entry is None or entry[0] is not cues:
        if len(_INERT) >= 4:  # cue lists made by tests or callers: keep a few
            _INERT.clear()
        entry = _INERT[id(cues)] = (cues, set())
    if len(entry[1]) >= _INERT_WORDS:
        entry[1].clear()
    return entry[1]


_INERT: dict[int, tuple[SpeechCues, set[str]]] = {}
_INERT_WORDS = 200_000  # distinct tokens kept (common words are back within a few articles)


def _complementizer(tokens: list[Token], i: int, cues: SpeechCues) -> int | None:
    """The index of the first complementiser within :data:`MAX_SPEAKER` words after ``i``."""
    for k in range(i + 1, min(len(tokens), i + 1 + MAX_SPEAKER)):
        if tokens[k].norm in cues.complementizers:
            return k
    return None


@lru_cache(maxsize=1 << 16)
def _strip_conjunctions(norm: str) -> str:
    """``norm`` without a doubled or single و/ف (asked of every token of a sentence: cached).
    Only conjunctions (:func:`~helpers.clitics.strip_conjunction`, plus the typo ``وو``), not
    :func:`~helpers.clitics.strip_clitics`: the guards compare verbs and speech cues, which
    take no article and no preposition of a noun."""
    return strip_conjunction(norm[1:] if norm.startswith("وو") else norm)


_NEGATED_STATEMENTS = function_words("negated_statements")
_BLAMING_VERBS = function_words("blaming_verbs")  # حمل، حملت، يحمل، تحمل
_RESPONSIBILITY = tuple(normalize(w) for w in "مسؤولية مسؤوليت مسئولية مسئوليت".split())
_RESPONSIBILITY_SCOPE = 20  # كما حملت الولايات المتحدة وأستراليا وكندا ... المسؤولية
_ON = normalize("على")  # حمل بعنف على: attacked
_CALLING_VERBS = frozenset(normalize(w) for w in "دعا دعت يدعو تدعو".split())
_CALL_WORDS = frozenset(normalize(w) for w in "إلى أن إن بضرورة".split())
_NOT_CALLS = frozenset(normalize(w) for w in "لا لم لن لكن لدى له لها لهم".split())
_CALL_SCOPE = 25  # دعت الأمم المتحدة كلا من الحكومة ... وحركة أنصار الله، التي تسيطر على ... إلى
_DEMANDED = normalize("طالب")  # also the noun "student, seeker" (طالب لجوء)
_TITLES = function_words("office_nouns") | function_words("holder_heads")  # طالب وزير، محامو
_EXPRESSED = normalize("عبر")  # also the preposition "via" (عبر حسابه، عبر الحدود)
_ABOUT = normalize("عن")
_IN = frozenset(normalize(w) for w in ("في", "وفي"))  # وفي موسكو عبر الكرملين عن
_EXPRESSED_SCOPE = 20  # وعبر الرئيس الفرنسي إيمانويل ماكرون في تغريدات نشرت بالفرنسية ... عن
_RECALLING_VERBS = frozenset(normalize(w) for w in "يذكر تذكر".split())  # يذكرون: remember
_NEGATIONS = frozenset(normalize(w) for w in "لا لم لن".split())  # also ولم، فلا
_RELATIVE_PRONOUNS = function_words("relatives")  # الذي، التي ... (not من، ما: also prepositions)
_VERB_HERALDS = _RELATIVE_PRONOUNS | function_words("verb_heralds")
_GOVERNING = function_words("prepositions") - frozenset(normalize(w) for w in "من عبر".split())
_RELATIVES = _RELATIVE_PRONOUNS | frozenset(normalize(w) for w in "من ما".split())

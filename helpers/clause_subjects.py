"""The subject a clause shares with the sentence's first clause when the text does not repeat it.

Arabic news names a subject once and goes on with coordinated verbs and possessive pronouns:

* ``تتمسك الحكومة بموقفها وترفض الحوار مع المعارضة``: the second verb's subject is the
  first clause's (``الحكومة``), and ``الحوار`` after it is its object;
* ``وشن الرئيس هجوما على الصحيفة، ووصف تقريرها بأنه كاذب``: a noun with an owner's pronoun
  right before a ب-word or a complementiser is the verb's object, not its subject;
* ``شعر الأكراد بالخيانة ...، لكنهم قللوا من انتقاداتهم``: the pronoun of a possessed noun
  of evaluation refers to the subject of the first clause;
* ``لم يأبه الوزير بأصوات معارضة في البرلمان انتقدت دور الوكالة``: a verb right after an
  indefinite noun inside a clause opens a relative clause without a relative pronoun (an
  indefinite noun takes none), whose subject is that noun;
* ``رجّح وزير الخارجية، بوريس جونسون، اتخاذ ...``: the object starts after the subject's
  apposition set off by commas.

For :mod:`helpers.speech_acts` (the speaker of a verb of evaluation) and
:mod:`helpers.stance_voices` (the speaker of a noun of evaluation).
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.evaluator_subjects import counted_end, evaluator_end, is_accusative
from helpers.speech_parts import (
    HEADS_OF_NAMES,
    NISBA,
    Token,
    breaks_clause,
    coordinated_cue,
    cue_of,
    ends_speaker,
    has_comma,
    has_object_pronoun,
    has_preposition,
    is_function_word,
    is_name,
    is_preposition,
    phrase,
)

__all__ = [
    "coordinated_object",
    "object_follows",
    "described_object",
    "first_subject",
    "indefinite_antecedent",
    "name_in_commas",
    "past_apposition",
    "prepositional",
]


def first_subject(tokens: list[Token], before: int, cues: SpeechCues) -> tuple[int, int] | None:
    """Offsets of the subject of the sentence's first clause, written before token ``before``:
    the definite phrase that opens the sentence (``الحكومة الإيرانية تتمسك``) or follows its
    first word, a verb (``شعر الأكراد``, ``وشن الرئيس``); None when the sentence opens
    otherwise (a preposition, a function word, a noun and its genitive)."""
    if len(tokens) < 2:
        return None
    opening = _after_adverbial(tokens, before)
    if strip_conjunction(tokens[opening].norm, 1) in _PARTICLES and opening + 2 < before:
        opening += 1  # وقد وعد ترامب ...، واصفا: the particle before the verb
    head = strip_conjunction(tokens[opening].norm)
    if head.startswith("ال") and not has_preposition(head) and head not in _AL_VERBS:
        start = opening
    elif opening + 1 < len(tokens) and _opens_with_verb(tokens[opening:], cues):
        start = opening + 1
    else:
        return None
    end = evaluator_end(tokens, start, cues) if start > opening else _definite_run(tokens, start)
    described = _nationality_after(tokens, start) if start > opening else None
    end = end if described is None else described + 1  # رفعت شركة أمريكية دعوى: the company
    counted = counted_end(tokens, start)  # شارك 150 فنانا: the counted noun, no object
    end = next((k for k in range(counted + 1, end) if is_accusative(tokens[k].norm)), end)
    if is_name(tokens[start].norm) and end > start + 1 and not _goes_on(tokens[start + 1].norm):
        end = start + 1  # وأعادت واشنطن فرض عقوبات: a name, then the verb's object
    end = next((k for k in range(start + 1, end) if _object_after_definite(tokens, k, end)), end)
    if end <= start or end > before:
        return None
    return phrase(tokens, start, end)


def _object_after_definite(tokens: list[Token], k: int, end: int) -> bool:
    """Whether two undefined words at ``k`` after a definite one start the verb's object
    (``واستبعد الوزير تقديم تنازلات``), not a name after a title (``الرئيس الأمريكي دونالد
    ترامب``: the second word is a name, or the phrase ends)."""
    if not strip_conjunction(tokens[k - 1].norm).startswith("ال") or k + 1 >= end:
        return False
    return not any(_goes_on(tokens[j].norm) for j in (k, k + 1))


def _goes_on(norm: str) -> bool:
    """Whether a word after a one-word name continues the subject (a definite adjective or
    title, another name: ``موسكو الرسمية``, ``ترامب وبوتين``)."""
    word = strip_conjunction(norm)
    return word.startswith("ال") or is_name(word) or norm.startswith("و") or word in _GIVEN


def _after_adverbial(tokens: list[Token], before: int) -> int:
    """Where the first clause starts: 0, or after an adverbial that opens the sentence up to
    its first comma (``وقبل ساعات من بث المقابلة، شن ترامب هجوما``, ``وبعده بساعات، استقال``),
    or after a day that opens it (``والاثنين الماضي استقال الوزير``)."""
    first = strip_conjunction(tokens[0].norm)
    if first in _DAYS:
        start = 2 if strip_conjunction(tokens[1].norm) in _LAST_OR_NEXT else 1
        return start if start + 1 < before else 0
    bare = first.removesuffix("ها").removesuffix("ه")  # وبعده بساعات، قبلها بيوم،
    if not (is_preposition(tokens[0].norm) or is_preposition(first) or is_preposition(bare)):
        return 0
    comma = next((k for k in range(1, before) if has_comma(tokens[k].gap)), None)
    return 0 if comma is None or comma + 1 >= before else comma


_DAYS = function_words("weekdays")
_LAST_OR_NEXT = frozenset(normalize(w) for w in "الماضي المقبل القادم".split())


def _nationality_after(tokens: list[Token], start: int) -> int | None:
    """Where an indefinite nationality adjective (``أمريكية``, ``بريطاني``) describes the
    indefinite noun at ``start``, right after it or after one more adjective (``شركة
    أمريكية``, ``جمعية خيرية بريطانية``): the subject of a verb written before it; None
    otherwise (a definite noun, a function word, a construct such as ``وزير خارجية``)."""
    head = tokens[start].norm if start < len(tokens) else ""
    if not head or head.startswith("ال") or is_function_word(head) or is_preposition(head):
        return None
    for k in range(start + 1, min(start + 3, len(tokens))):
        word = tokens[k].norm
        if breaks_clause(tokens[k].gap) or word.startswith("و"):
            return None
        nationality = word.endswith(NISBA) and is_name(word)
        # ألمانية folds to an ال that is no article: the article leaves a nationality behind
        if word.startswith("ال") and (not nationality or is_name(word[2:])):
            return None
        if nationality:
            return k
    return None


def _definite_run(tokens: list[Token], start: int = 0) -> int:
    """One past the definite words from ``start`` (a noun and its adjectives)."""
    end = start + 1
    while end < len(tokens) and not breaks_clause(tokens[end].gap):
        word = strip_conjunction(tokens[end].norm)
        if not word.startswith("ال") or has_preposition(word) or tokens[end].norm != word:
            break
        end += 1
    return end


def _opens_with_verb(tokens: list[Token], cues: SpeechCues) -> bool:
    """Whether the sentence's first word reads as a verb followed by its subject: neither a
    function word, a preposition nor a definite word, and the next word definite or a name."""
    first, second = tokens[0].norm, strip_conjunction(tokens[1].norm)
    if is_function_word(first) or is_preposition(first) or breaks_clause(tokens[1].gap):
        return False
    bare = strip_conjunction(first)
    if bare.startswith("ال") and bare not in _AL_VERBS or has_preposition(first):
        return False  # a definite word, but والتقى الرئيس نظيره: a verb that begins with ال
    if is_name(tokens[1].norm) or _nationality_after(tokens, 1) is not None:
        return True  # شن ترامب هجوما: a name the gazetteer knows; رفعت شركة أمريكية دعوى
    if counted_end(tokens, 1) > 1 and bare in _CROWD_VERBS:
        return True  # تظاهر مئات الطلاب، شارك 150 فنانا: a crowd counted after its verb
    heads = {second, tokens[1].norm} & _OFFICES
    if heads and len(tokens) > 2 and tokens[2].norm.startswith("ال"):
        return True  # استقال وزير الخارجية، حضت منظمة العفو: an office or body, a construct
    return (
        second.startswith("ال") and not has_preposition(second) or cue_of(first, cues) is not None
    )


_CROWD_VERBS = function_words("crowd_verbs")


def coordinated_object(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether the word after the verb at ``i`` is its object, the verb continuing the subject of
    the clause before (``وترفض الحوار مع``, ``ووصف تقريرها بأنه``): the verb carries و/ف after
    an earlier clause of its sentence, and one word follows it before a preposition, a ب/ل-word,
    a complementiser or the clause's end; that word carries an owner's pronoun, or the verb
    follows the clause before without a comma."""
    norm = tokens[i].norm
    if i == 0 or not coordinated_cue(norm, cues):
        return False
    if i + 1 >= len(tokens) or breaks_clause(tokens[i + 1].gap):
        return False
    word = strip_conjunction(tokens[i + 1].norm)
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    closes = after is None or breaks_clause(after.gap)
    if not closes and not (
        is_preposition(after.norm)
        or has_preposition(after.norm)
        or after.norm in cues.complementizers
    ):
        return False
    if _possessed(word):
        return True
    return word.startswith("ال") and not breaks_clause(tokens[i].gap)


def object_follows(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether the verb at ``i``, joined by و to the words before it with no comma and no
    particle (not ``كما ويدعو``), names no subject after it: a preposition or a word with ب/ل
    written on it follows (``وطالب بدليل``، ``وندد بالهجوم``), or a definite noun with its
    definite adjectives up to such a word (``وانتقد الحكومة البريطانية بشدة``), not an office
    or a body that heads a subject (``الوزير``). Its subject is then the clause before's."""
    if i < 2 or not coordinated_cue(tokens[i].norm, cues) or breaks_clause(tokens[i].gap):
        return False
    if is_function_word(tokens[i - 1].norm) or i + 1 >= len(tokens):
        return False
    k = i + 1
    if breaks_clause(tokens[k].gap):
        return False
    norm = tokens[k].norm
    if is_preposition(norm) or has_preposition(norm):
        return True
    if not norm.startswith("ال") or norm.removeprefix("ال") in HEADS_OF_NAMES:
        return False
    j = k + 1
    while j < len(tokens) and j - k <= _MAX_ADJECTIVES and tokens[j].norm.startswith("ال"):
        if breaks_clause(tokens[j].gap):
            return False
        j += 1
    if j >= len(tokens) or breaks_clause(tokens[j].gap):
        return False
    return is_preposition(tokens[j].norm) or has_preposition(tokens[j].norm)


_MAX_ADJECTIVES = 2  # definite adjectives after a coordinated verb's object (الحكومة البريطانية)


def _possessed(word: str) -> bool:
    """A noun with its owner's pronoun (``تقريرها``, ``موقفهم``), not the name ``عبدالله``."""
    return len(word) >= 5 and word.endswith(("ها", "هم", "ه")) and not word.endswith("لله")


def indefinite_antecedent(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """Offsets of the indefinite noun phrase a verb at ``i`` describes (``بأصوات معارضة في
    البرلمان انتقدت``): up to three undefined words right before the verb, or before a
    preposition and one definite word after them (``في البرلمان``), inside a clause that has a
    verb and a subject before them; without ب/ل written on the first word. None when the verb
    carries و or an object pronoun, opens its clause, or stands after anything else."""
    norm = tokens[i].norm
    if i < 3 or breaks_clause(tokens[i].gap) or coordinated_cue(norm, cues):
        return None
    if has_object_pronoun(norm, cues):
        return None  # بتصريحات اعتبرها مراقبون: the noun is the verb's object, its subject follows
    last = i - 1
    if _definite(tokens[last].norm) and last > 1 and tokens[last - 1].norm in _PLACE_LINKS:
        last -= 2  # أصوات معارضة في البرلمان
    first = last + 1
    while first > 0 and last - first < _MAX_INDEFINITE - 1:
        word = tokens[first - 1].norm
        if _definite(word) or is_function_word(word) or is_preposition(word):
            break
        if cue_of(word, cues) is not None or breaks_clause(tokens[first].gap):
            break
        first -= 1
        if has_preposition(word):
            break  # بأصوات: the phrase's first word
    if first > last or not has_preposition(tokens[first].norm):
        return None  # only a noun governed by a preposition inside its clause
    if _a_name_perhaps(tokens, first, last):
        return None  # بوريس جونسون انتقد، فريق دفاع بوغدير انتقد: the ب is the name's own
    opening = max((k for k in range(first + 1) if breaks_clause(tokens[k].gap)), default=0)
    if first - opening < 2:
        return None  # في بيان صحفي انتقدت الحكومة: the verb's subject follows it
    span = phrase(tokens, first, i)
    if span is None:
        return None
    return span[0] + 1, span[1]  # without the ب/ل written on the first word


def _definite(word: str) -> bool:
    return strip_conjunction(word).startswith("ال")


def _a_name_perhaps(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the undefined words ``first``..``last`` before a verb may be a name whose first
    letter is ب or ل rather than a noun a preposition governs: a lone word (``بوغدير``،
    ``لوغينوف``، ``لاحق``: a described noun comes with the word that describes it, ``بأصوات
    غاضبة``), a given name (``بوريس جونسون``) or a name in quotation marks."""
    words = tokens[first : last + 1]
    quoted = any('"' in t.gap or "«" in t.gap for t in tokens[first : last + 2])
    return len(words) < 2 or quoted or any(strip_conjunction(t.norm) in _GIVEN for t in words)


_PLACE_LINKS = frozenset(("في", "من"))
_OFFICES = function_words("office_nouns") | function_words("body_nouns")
_PARTICLES = frozenset(("قد", "لقد"))  # particles of the perfect before a verb
_AL_VERBS = function_words("al_verbs")  # التقى، التزم: verbs, not definite nouns
_GIVEN = function_words("given_names")  # بوريس جونسون after a title: a name
_MAX_INDEFINITE = 3  # undefined words of the described noun (أصوات معارضة)


def name_in_commas(tokens: list[Token], end: int, cues: SpeechCues) -> int:
    """One past the name set off by commas after a subject that ends at ``end`` (``رحب الرئيس
    الأمريكي، دونالد ترامب، بإعلان``: the title and the name are one subject), else ``end``.
    A day, a boundary word, a relative, a verb of saying or a prepositional phrase between the
    commas is no name (``أدانت المنظمة، الثلاثاء، ...``, ``، في بيان، ...``)."""
    if end >= len(tokens) or not has_comma(tokens[end].gap):
        return end
    first = tokens[end]
    if ends_speaker(tokens, end, cues) or is_function_word(first.norm) or prepositional(first.norm):
        return end
    if is_preposition(first.norm) or cue_of(first.norm, cues) is not None:
        return end
    for k in range(end + 1, min(len(tokens), end + 1 + _NAME_IN_COMMAS)):
        gap = tokens[k].gap
        if has_comma(gap):
            return k
        if breaks_clause(gap) or ends_speaker(tokens, k, cues) or is_preposition(tokens[k].norm):
            return end
    return end


_NAME_IN_COMMAS = 4  # words of a name in apposition (، دونالد ترامب،)


def prepositional(norm: str) -> bool:
    """Whether a word opens a prepositional phrase, read safely for names: a preposition, or
    ب/ل written on a definite word or on a word with its owner's pronoun (``بالإضافة``,
    ``بدوره``; ``بوريس``, ``بشار``, ``لوران`` are names)."""
    bare = strip_conjunction(norm)
    if is_preposition(norm) or is_preposition(bare):
        return True
    if bare[:1] not in ("ب", "ل") or not has_preposition(bare):
        return False
    rest = bare[1:]
    return rest.startswith(("ال", "ل")) or _possessed(rest)


def described_object(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether the verb at ``i`` carries an object pronoun for the indefinite noun right before
    it (``أجرى محادثات وصفها بالمثمرة``): a clause describing the noun, which is its object,
    not its subject. Not after a definite word, a name, an office or body noun or a given name
    (``ترامب وصفها``، ``وزير وصفها``)."""
    if i == 0 or not has_object_pronoun(tokens[i].norm, cues):
        return False
    word = tokens[i - 1].norm
    if is_function_word(word) or word.endswith("ما"):
        return False  # فيما وصفته، بما وصفه: a relative ما, the verb's subject is the speaker's
    return not (word.startswith("ال") or is_name(word) or word in HEADS_OF_NAMES)


def past_apposition(tokens: list[Token], first: int, speaker_end: int) -> int:
    """The first token after a subject and the apposition set off by commas after it (``رجّح
    وزير الخارجية، بوريس جونسون، اتخاذ ...``), where the clause's object starts."""
    after = next((k for k in range(first, len(tokens)) if tokens[k].start >= speaker_end), None)
    for _ in range(2):  # ، بوريس جونسون، الثلاثاء، : a name, then a day
        if after is None or not any(c in tokens[after].gap for c in "،,"):
            break
        if any(c in tokens[after].gap for c in '"«“') or prepositional(tokens[after].norm):
            return after + 1  # ، "باحتمال كبير" تورط ...: what is said starts after the comma
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

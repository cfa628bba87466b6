"""The subject written after a verb of evaluation (``اتهمت وزارة الخارجية البريطانية روسيا
بـ``, ``انتقد الأمين العام للأمم المتحدة قرار الإدارة الأمريكية``): where it ends and the
verb's object begins, for :mod:`helpers.speech_acts` and the stance voices.

Unvowelled Arabic does not mark the case that tells the two apart, so the end is read from
the shape of the words: a name takes no genitive, a definite word after a definite one opens a
new phrase unless it is an adjective or a title word, a noun with an owner's pronoun or an
indefinite accusative is the object, and a noun with its owner phrase after the closed
ل-genitive of a title is the object too.
"""

from __future__ import annotations

from functools import cache

from helpers.actors import load_gazetteer
from helpers.arabic import DIACRITICS, normalize
from helpers.clitics import is_protected, pronoun_stem, strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.speech_parts import (
    ADDRESSEE_PRONOUNS,
    COUNTERPART,
    DEMONSTRATIVES,
    HEADS_OF_NAMES,
    MAX_EVALUATOR,
    NISBA,
    PREPOSITIONS,
    SINGULAR_NISBA,
    Token,
    breaks_clause,
    coordinated_cue,
    counted_end,
    ends_speaker,
    has_comma,
    has_preposition,
    is_function_word,
    is_name,
    possessed,
)
from helpers.stance_clauses import definite
from helpers.verb_gender import state_after_masculine_verb

__all__ = [
    "NAME_COMPOUNDS",
    "accused_after_charge",
    "accused_only",
    "object_after_verb",
    "evaluator_end",
    "is_accusative",
    "owned_after_genitive",
    "owner_phrase_words",
    "passive_accusation",
    "starts_object",
    "titled_name",
]

_RELATIVES = function_words("relatives")

_QUANTIFIERS = function_words("quantifiers")
_WHAT = frozenset(normalize(w) for w in "ما بما".split())  # انتقد الرئيس ما اعتبره: the object


def evaluator_end(tokens: list[Token], first: int, cues: SpeechCues) -> int:
    """Index one past the subject written after an evaluation verb (see
    :func:`helpers.speech_acts.evaluation_quote`); ``first`` when the verb is followed by its
    object (``وثمن الموقف البريطاني``: the subject was named before). A count ends with the
    counted noun and its adjectives (``انتقد أكثر من 100 نائب أمريكي سياسة``:
    :func:`~helpers.speech_parts.counted_end`)."""
    counted = counted_end(tokens, first)
    if counted > first:
        return _adjectives_end(tokens, counted)
    return first if _thing_after_verb(tokens, first) else _subject_end(tokens, first, cues)


def _subject_end(tokens: list[Token], first: int, cues: SpeechCues) -> int:
    """Index one past the subject phrase that starts at ``first`` after an evaluation verb."""
    j = first
    while j < len(tokens) and j - first < MAX_EVALUATOR:
        norm = tokens[j].norm
        if j > first and breaks_clause(tokens[j].gap):
            break
        if j > first and norm == "علي" and j + 2 < len(tokens) and tokens[j + 1].norm == "لسان":
            return _mouth_end(tokens, j + 2, cues)
        if norm in PREPOSITIONS or norm in cues.complementizers or ends_speaker(tokens, j, cues):
            break
        if norm in ("ب", "ل"):
            break  # وصفها بـ"الخائنة": a detached بـ or لـ opens a prepositional phrase
        if j > first and (norm in _POINTING or coordinated_cue(norm, cues)):
            break  # نفى المسلحون هذه الاتهامات واتهموا: the object, then the next verb
        title = norm in _TITLE_PARTS or (  # المتحدث باسم الخارجية: a spokesman's title
            j > first
            and strip_conjunction(tokens[j - 1].norm) in cues.title_words
            and _genitive_link(norm)
        )  # الأمين العام لجامعة الدول العربية: a ل-genitive with or without its article
        if norm in _RELATIVES or j > first and (norm in _QUANTIFIERS or norm in _WHAT):
            break  # انتقد الطريقة التي ...، رفضت إيران كل المزاعم، انتقد ماكرون ما اعتبره
        if norm in ADDRESSEE_PRONOUNS or (has_preposition(norm) and not title):
            break  # ... but الأمين العام للأمم المتحدة: a title takes its ل-genitive
        j += 1
        if ends_plural_subject(tokens, j - 1) or starts_object(tokens, j, cues):
            break
        if j < len(tokens) and is_accusative(tokens[j].norm) and tokens[j - 1].norm[:2] == "ال":
            break  # أبدى الاتحاد "شكوكا خطيرة"، وشن الرئيس هجوما: the object
        if _construct_after_name(tokens, j, cues, first) or _construct_object(tokens, j):
            break  # أوفد الرئيس دونالد ترمب وزير الخزانة: the object, a noun and its genitive
        if owned_after_genitive(tokens, first, j):
            break  # الأمين العام للأمم المتحدة قرار الإدارة الأمريكية: the object
        if _place_after_definite(tokens, first, j):
            break  # حضت منظمة العفو الدولية تركيا: the object
        if _after_name(tokens, first, j, cues):
            break
    return j


def _adjectives_end(tokens: list[Token], noun: int) -> int:
    """One past the noun at ``noun`` and the adjectives that agree with it in its clause: a
    nisba after an indefinite noun (``100 نائب أمريكي``), definite words after a definite one
    (``مئات الطلاب الجامعيين``); a plural in construct (ending in ي) takes its genitive along
    (``الآلاف من مشجعي كرة القدم``، ``آلاف من طالبي اللجوء``); what follows is the verb's
    object."""
    head = strip_conjunction(tokens[noun].norm)
    j = noun + 1
    if head.endswith("ي") and not is_name(head) and j < len(tokens):
        head = "ال"  # the genitive's definite run follows, as after a definite noun
        j += 0 if tokens[j].norm.startswith("ال") else 1
        if j >= len(tokens) or not tokens[j].norm.startswith("ال"):
            return noun + 1
    while j < len(tokens) and not breaks_clause(tokens[j].gap):
        word = tokens[j].norm
        if head.startswith("ال"):
            agrees = word.startswith("ال") and not word.startswith(("بال", "لل"))
        else:
            agrees = not word.startswith("ال") and word.endswith(NISBA) and is_name(word)
        if not agrees:
            break
        j += 1
    return j


def _thing_after_verb(tokens: list[Token], first: int) -> bool:
    """Whether the verb's object opens right after it: a definite position, decision, policy,
    role or effort (``[judged_things]``) with its nisba adjective (``وانتقد القرار الأمريكي``،
    ``وأيد المبادرة الفرنسية``), or one in construct with a definite owner (``وامتدح دور
    القوات الروسية``، ``وثمن جهود المملكة``; ``[owned_things]``, not a document that speaks:
    ``ويطالب مشروع القرار``): never a subject's head (الرئيس، الحكومة)."""
    if first + 1 >= len(tokens) or breaks_clause(tokens[first + 1].gap):
        return False
    word, after = strip_conjunction(tokens[first].norm), tokens[first + 1].norm
    if word in _OWNED_THINGS:  # وامتدح دور القوات الروسية: a thing in construct, its owner after
        definite_owner = after.startswith("ال") and not after.startswith(("بال", "لل"))
        return definite_owner or after in _places()
    return (
        word.startswith("ال")
        and word[2:] in _JUDGED_THINGS
        and after.startswith("ال")
        and after.endswith(NISBA)
        and after not in PREPOSITIONS  # ويدعو المشروع إلى: إلى is no adjective
    )


_JUDGED_THINGS = function_words("judged_things")
_OWNED_THINGS = function_words("owned_things")


def _place_after_definite(tokens: list[Token], first: int, j: int) -> bool:
    """Whether the word at ``j`` is a one-word country or capital of the gazetteer right after
    a definite word (``منظمة العفو الدولية تركيا``, ``الحكومة البريطانية روسيا``) or after a
    given name and its family name (``تيريزا ماي روسيا``): a title or a body's name goes on
    with a person's name, never with a state's, and a person's name takes no genitive, so the
    state is the verb's object. ``first``: where the subject starts."""
    if j >= len(tokens) or breaks_clause(tokens[j].gap) or tokens[j].norm not in _places():
        return False
    named = j > 1 and strip_conjunction(tokens[j - 2].norm) in _GIVEN_NAMES
    if named or strip_conjunction(tokens[j - 1].norm).startswith("ال"):
        return True
    return titled_name([t.norm for t in tokens[first:j]])


def titled_name(subject: list[str]) -> bool:
    """Whether the last words of ``subject`` (normalised) are a person's name of two or three
    words after a definite title (``رجل الدين الإيراني البارز أحمد خاتمي إسرائيل``، ``وزير
    الداخلية ساجد جاويد موسكو``): words without the article, no office, body or title word, no
    ة ending, no preposition or function word; a name takes no genitive, so the actor after it
    is the verb's object, not the subject's owner. One word alone may still be a noun the state
    owns (``وزارة خارجية روسيا``)."""
    j = len(subject)
    k = j - 1
    while k >= 0 and j - k <= NAME_WORDS and _name_word(subject[k]):
        k -= 1
    return j - k - 1 >= 2 and k >= 0 and subject[k].startswith("ال")


def _name_word(word: str) -> bool:
    """A word that may be part of a person's name after a title (see :func:`titled_name`)."""
    return not (
        word.startswith("ال")
        or word.endswith("ة")
        or word in HEADS_OF_NAMES
        or word in _TITLE_PARTS
        or has_preposition(word)
        or is_function_word(word)
        or word in PREPOSITIONS
        or is_name(word)
    )


NAME_WORDS = 3  # words of a name between a title and the actor after it (رجب طيب أردوغان)


@cache
def _places() -> frozenset[str]:
    """One-word countries and capitals of the gazetteer without the article, normalised
    (``روسيا``, ``موسكو``; not ``السعودية``, which ends ``المملكة العربية السعودية``)."""
    aliases = load_gazetteer().actors
    names = aliases.loc[aliases["kind"].isin(["country", "capital"]), "alias"]
    return frozenset(normalize(a) for a in names if " " not in a.strip() and a[:2] != "ال")


_MAX_JOINED = 3  # names joined by و read as one accused (روسيا وإيران وسوريا)


def object_after_verb(tokens: list[Token], verb: int, end: int) -> bool:
    """Whether the phrase after the verb at ``verb``, ending at ``end``, is its object and no
    subject: the accused before the charge (:func:`accused_only`), or a state after a
    masculine verb (``وشكر روسيا على``: :func:`helpers.verb_gender.state_after_masculine_verb`)."""
    if accused_only(tokens, verb, end):
        return True
    joined = verb + 1 < len(tokens) and not breaks_clause(tokens[verb + 1].gap)
    return joined and state_after_masculine_verb([t.norm for t in tokens], verb)


def accused_only(tokens: list[Token], verb: int, end: int) -> bool:
    """Whether the phrase after a verb of accusation at ``verb``, ending at ``end``, is the
    accused and not the accuser: ``اتهم`` takes the accused and then the ``بـ`` of the charge
    (``اتهمت لندن موسكو بالتدخل``), so one name or noun right before the charge is its object
    (``واتهم إسرائيل باستخدام القوة``: the subject is the clause's before; ``اتهم الوزير
    بالفساد``: a passive, unvowelled). The phrase is one word, or two definite words
    (``الأمم المتحدة``), or up to three names joined by و (``بريطانيا وفرنسا``): a longer
    one, a word without the article before a second (``قطر السعودية``) or a name before a
    second (``الرياض الحوثيين``) may be the accuser and the accused read as one. Not when the
    verb carries the accused as a pronoun (``يتهمه أوربان بـ``: the phrase is the accuser;
    :data:`_ACCUSE` has no such form), nor when the ب-word is itself the accused, another
    ب-word following it (``تتهم تركيا برانسون بدعم``)."""
    if strip_conjunction(tokens[verb].norm) not in _ACCUSE or end >= len(tokens):
        return False
    words = [strip_conjunction(token.norm) for token in tokens[verb + 1 : end]]
    joined = 1 < len(words) <= _MAX_JOINED and all(map(is_name, words))
    joined = joined and all(t.norm[:1] == "و" for t in tokens[verb + 2 : end])
    one = (
        len(words) == 1
        or joined
        or (len(words) == 2 and all(w.startswith("ال") for w in words) and not is_name(words[0]))
    )
    charge = tokens[end]
    if not one or breaks_clause(charge.gap):
        return False
    if not (charge.norm == "ب" or _charge_word(charge.norm)):
        return False
    after = strip_conjunction(tokens[end + 1].norm) if end + 1 < len(tokens) else ""
    if after.startswith("ب") and has_preposition(after):
        return False
    rest = [t.norm for t in tokens[end : end + 5]]
    cut = next((k for k in range(1, len(rest)) if breaks_clause(tokens[end + k].gap)), len(rest))
    return not accused_after_charge(rest[:cut])


def accused_after_charge(words: list[str]) -> bool:
    """Whether the accused is written after the charge that opens ``words`` (normalised, the
    rest of the clause: ``تتهم أنقرة "بالإرهاب" وحدات حماية الشعب``): a definite charge takes
    no genitive, so an undefined noun after it that opens a construct ending in a definite
    genitive or a name (``وحدات حماية الشعب``, ``جماعة غولن``) begins a new noun phrase, the
    verb's object, and the word before the charge is the accuser. Not a preposition, a
    function word, a time (``بالتجسس يوم الجمعة``), an accusative adverb (``بالتدخل عسكريا``)
    or a conjunct after the charge."""
    if words[:1] == ["ب"]:
        words = words[1:]  # بـ"الإرهاب": a detached بـ before a quotation
    elif words:
        words = [words[0].removeprefix("ب"), *words[1:]]
    if len(words) < 3 or not words[0].startswith("ال"):
        return False
    word = words[1]
    if definite(word) or has_preposition(word) or is_function_word(word):
        return False  # بالإرهاب والتطرف: a conjunct (but وحدات: its و is no conjunction)
    if strip_conjunction(word) != word and is_name(strip_conjunction(word)):
        return False
    if word in _TIMES or is_accusative(word) or len(word) < 3:
        return False
    for genitive in words[2:4]:
        if definite(genitive) and not genitive.endswith(NISBA) or is_name(genitive):
            return True
        if genitive.startswith("ال") or has_preposition(genitive) or is_function_word(genitive):
            return False
    return False


_TIMES = frozenset(normalize(w) for w in "يوم صباح مساء ليلة عام شهر أسبوع مطلع أواخر".split())


def passive_accusation(raw: str) -> bool:
    """Whether a verb of accusation is written vowelled as a passive (``اتُّهمت``, ``يُتهم``):
    the accuser is left unnamed, so no phrase of the sentence holds the accusation. A damma
    on the first letters marks it, as the active of this verb takes none (``يَتهم``)."""
    norm = normalize(raw)
    if strip_conjunction(norm) not in _ACCUSE:
        return False
    conjunction = len(norm) - len(strip_conjunction(norm))
    letters = [k for k, char in enumerate(raw) if char not in DIACRITICS]
    first = letters[conjunction]  # the verb's first letter, past و/ف
    return _DAMMA in raw[first : letters[conjunction + 2]]


_DAMMA = "\u064f"


def _charge_word(norm: str) -> bool:
    """A word with ``بـ`` written on a verbal noun or ``أن`` that opens a charge (``بالتدخل``,
    ``بأنه``, ``بنشر``), not a manner, a preposition or an adjective whose ب is its own
    (``بشكل مباشر``, ``بدورها``, ``بعد``, ``مسؤول بارز``: ``[not_charges]``)."""
    bare = strip_conjunction(norm)
    return has_preposition(norm) and bare.startswith("ب") and bare not in _NOT_CHARGES


_NOT_CHARGES = function_words("not_charges")


_ACCUSE = frozenset(normalize(w) for w in "اتهم اتهمت يتهم تتهم نتهم".split())
"""The verb of accusation in the forms that carry no pronoun: its object is not optional."""


_POINTING = DEMONSTRATIVES - function_words("pronouns")
"""Demonstratives that open a noun phrase (``هذه الاتهامات``), not the pronoun ``هو`` that
may be a name (``هو جنتاو``)."""


def _construct_after_name(tokens: list[Token], j: int, cues: SpeechCues, first: int) -> bool:
    """Whether an undefined word at ``j`` after a name the gazetteer knows, or a family name
    after a given name, or a noun with its owner's pronoun that opens the subject at ``first``
    (``اتهمت عائلته جهاز الاستخبارات``; not a preposition with its pronoun, ``أعلنت عنها
    وزارة العدل``), opens a noun with its definite genitive (``ترمب وزير الخزانة``، ``بهرام
    قاسمي ولي العهد``): a name or an owned noun takes no genitive and ends the subject, so the
    construct is the verb's object."""
    named = j > 1 and strip_conjunction(tokens[j - 2].norm) in _GIVEN_NAMES
    owned = j - 1 == first and _owned_noun(strip_conjunction(tokens[j - 1].norm))
    if j + 1 >= len(tokens) or not (is_name(tokens[j - 1].norm) or named or owned):
        return False
    word, genitive = tokens[j].norm, strip_conjunction(tokens[j + 1].norm)
    if word.startswith("ال") or word in _NAME_PARTICLES or is_name(word):
        return False
    if breaks_clause(tokens[j + 1].gap):
        return False
    if _judged_of_a_state(word, genitive):
        return True  # وصف لافروف ادعاءات بريطانيا: the claims, not the minister's title
    if not genitive.startswith("ال"):
        return False
    return not genitive.endswith(NISBA) and genitive not in NAME_COMPOUNDS


def _owned_noun(word: str) -> bool:
    """A noun with its owner's pronoun (``عائلته``، ``أسرتها``), not a preposition or adverb
    with one (``عنها``، ``خلالها``، ``لديه``)."""
    if not possessed(word):
        return False
    stem = pronoun_stem(word)
    return not is_function_word(stem) and not is_function_word(word)


def _judged_of_a_state(word: str, genitive: str) -> bool:
    """Whether ``word`` and ``genitive`` are a plural or feminine noun owned by a one-word
    country or capital (``ادعاءات بريطانيا``, ``سياسة واشنطن``) after a name: what the name's
    owner judges. An office or body noun is the name's title (``ماكرون رئيس فرنسا``)."""
    plural = len(word) >= 4 and word.endswith(("ات", "ة")) and not word.startswith("و")
    return plural and genitive in _places() and word not in HEADS_OF_NAMES


def _construct_object(tokens: list[Token], j: int) -> bool:
    """Whether a feminine noun or plural at ``j`` after the definite end of a subject opens a
    construct with its genitive (``انتقد المتحدث سياسات واشنطن``, ``أدان المجلس مجزرة
    النظام``): the verb's object, as a subject phrase does not go on with an undefined noun
    that no title or name explains (names in ة or ات are rare)."""
    if j + 1 >= len(tokens) or j == 0 or breaks_clause(tokens[j + 1].gap):
        return False
    before, word = strip_conjunction(tokens[j - 1].norm), tokens[j].norm
    if not before.startswith("ال") or word.startswith("ال") or has_preposition(word):
        return False
    if len(word) < 4 or not word.endswith(("ات", "ة")) or word[0] == "و" and not is_protected(word):
        return False  # (الحكومة والمعارضة الهجوم: joined to the subject)
    genitive = strip_conjunction(tokens[j + 1].norm)
    if genitive.startswith("ال"):
        return not genitive.endswith(NISBA) and not has_preposition(genitive)
    return is_name(tokens[j + 1].norm)  # (واشنطن starts with و)


def is_accusative(word: str) -> bool:
    """An indefinite noun in the accusative (``هجوما``, ``شكوكا``): a verb's object, after
    its subject; names in ا (``أوباما``, ``روسيا``) are the gazetteer's."""
    return (
        len(word) >= 4
        and word.endswith("ا")
        and not word.endswith(("ها", "هما", "نا"))  # خارجيتها: a possessive, not the case
        and not word.startswith("ال")
        and strip_conjunction(word) == word  # وكندا: joined to the subject by و
        and not is_name(word)
        and not has_preposition(word)
        and word not in _GIVEN_NAMES  # تيريزا، ماريا، أنجيلا: a given name ends in ا too
    )


def _mouth_end(tokens: list[Token], first: int, cues: SpeechCues) -> int:
    """Index one past the one through whose mouth a subject speaks (``أدانت فرنسا على لسان
    رئيسها، إيمانويل ماكرون، ...``): the words after ``على لسان`` and a name set off by commas
    after them are part of the speaker, so the holder names the person who spoke."""
    end = evaluator_end(tokens, first, cues)
    if end == first or end >= len(tokens) or not has_comma(tokens[end].gap):
        return end
    for k in range(end + 1, min(len(tokens), end + 1 + _NAME_IN_COMMAS)):
        if breaks_clause(tokens[k].gap):
            return k if has_comma(tokens[k].gap) else end
    return end


_NAME_IN_COMMAS = 4  # words of a name in apposition (، إيمانويل ماكرون،)


def _after_name(tokens: list[Token], first: int, j: int, cues: SpeechCues) -> bool:
    """Whether a definite word at ``j`` follows a personal name that closes the subject
    (``ووصف الرئيس الفرنسي إيمانويل ماكرون الهجوم``): a name is an undefined word after a
    definite one (``الفرنسي إيمانويل``) or a one-word subject the gazetteer names (``اتهمت
    لندن المخابرات الروسية``), and a name takes no genitive, so the definite word after it is
    the object. Name particles and compounds keep their definite part
    (``أحمد أبو الغيط``, ``حسن نصر الله``, ``نور الدين``), and so does a given name alone
    after a title (``الرئيس السوري بشار الأسد``: a one-word name the gazetteer does not know
    is a given name, and the definite word after it the family name; ``إيمانويل ماكرون``,
    ``بوتين``: complete)."""
    if j >= len(tokens) or j - first < 1:
        return False
    word, before = strip_conjunction(tokens[j].norm), tokens[j - 1].norm
    if not word.startswith("ال") or word.endswith(NISBA) or word in cues.title_words:
        return False
    if before.startswith("ال") or before in _NAME_PARTICLES or word in NAME_COMPOUNDS:
        return False
    if j - first == 1:  # واتهمت لندن المخابرات: a name the gazetteer knows takes no genitive
        return is_name(before)
    if tokens[j - 2].norm.startswith("ال") and not is_name(before):
        return False  # الرئيس السوري بشار الأسد: a given name alone, then its family name
    return any(
        tokens[k - 1].norm.startswith("ال")
        and not tokens[k].norm.startswith("ال")
        and not has_preposition(tokens[k].norm)
        for k in range(first + 1, j)
    )


_NAME_PARTICLES = frozenset(normalize(w) for w in "عبد أبو أبي أبا بن ابن بنت آل ذو".split())
NAME_COMPOUNDS = frozenset(normalize(w) for w in "الله الدين الرحمن".split())


def starts_object(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether a definite word at ``j`` after a definite word starts a new noun phrase (the
    verb's object: ``اعتبر الرئيس التركي العقوبات``) rather than continuing the subject: it is
    no nisba adjective (``الأمريكي``, ``الخارجية``) and no title word (``العام``, ``السابق``)."""
    if j >= len(tokens) or j == 0:
        return False
    word, before = strip_conjunction(tokens[j].norm), strip_conjunction(tokens[j - 1].norm)
    if word.startswith(COUNTERPART):
        return True  # اتهم الرئيس مادورو نظيره الكولومبي: his counterpart is the object
    if before.startswith("ال") and not word.startswith("ال") and possessed(word):
        return True  # أكد الحلف دعمه: a noun with its owner's pronoun is no part of a name
    if not (word.startswith("ال") and before.startswith("ال")) or word != tokens[j].norm:
        return False  # الحكومة والمعارضة: a subject joined by و goes on
    if f"{before} {word}" in _two_word_names():
        return False  # مستشار البيت الأبيض: one name of the gazetteer, not a new phrase
    return not word.endswith(NISBA) and word not in cues.title_words


@cache
def _two_word_names() -> frozenset[str]:
    """The gazetteer's names of two definite words, normalised (``البيت الأبيض``): the second
    word is neither a nisba adjective nor a title word, yet no object starts there."""
    names = (normalize(alias).split() for alias in load_gazetteer().actors["alias"])
    return frozenset(" ".join(n) for n in names if len(n) == 2 and all(map(definite, n)))


def ends_plural_subject(tokens: list[Token], j: int) -> bool:
    """A definite sound plural (``المراقبون``, ``المحتجين``) ends a subject unless an adjective
    agreeing with it follows (``المسؤولون الأمريكيون``): in the construct state it would have
    lost its ن (``مراقبو الأمم المتحدة``), so a definite word after it starts the object."""
    word = strip_conjunction(tokens[j].norm)
    if not (word.startswith("ال") and word.endswith(("ون", "ين")) and len(word) >= 7):
        return False  # (الأمين, الدين: a singular)
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return not following.endswith(("ون", "ين"))


_GIVEN_NAMES = function_words("given_names")
_TITLE_PARTS = _GIVEN_NAMES | {"باسم"}  # بوريس، بشار: no ب-phrase
"""Words of a subject after an evaluation verb (الأمين العام للجامعة العربية أحمد أبو الغيط)."""


def owned_after_genitive(tokens: list[Token], first: int, j: int) -> bool:
    """Whether an undefined word at ``j``, after a title's ل-genitive closed by a definite word
    (``الأمين العام للأمم المتحدة``, ``المتحدث باسم الخارجية الروسية``), opens the verb's
    object: a noun with the owner phrase a nationality adjective closes right after it (``قرار
    الإدارة الأمريكية``, ``تصريحات وزير الخارجية الإسرائيلي``: :func:`owner_phrase_words`).
    A name after the title (``أنطونيو غوتيريش``, ``عادل الجبير``) has no such phrase, so the
    subject goes on."""
    if j + 2 >= len(tokens) or not any(_genitive_link(t.norm) for t in tokens[first:j]):
        return False
    word, before = tokens[j].norm, strip_conjunction(tokens[j - 1].norm)
    if not before.startswith("ال") or word.startswith("ال") or has_preposition(word):
        return False
    if word in _NAME_PARTICLES or word in _TITLE_PARTS or is_name(word) or len(word) < 3:
        return False
    for size in (1, 2):
        close = j + 1 + size  # the nationality adjective that closes the owner phrase
        if close >= len(tokens) or any(breaks_clause(t.gap) for t in tokens[j + 1 : close + 1]):
            return False
        adjective = tokens[close].norm
        words = [t.norm for t in tokens[j + 1 : close]]
        nisba = adjective.startswith("ال") and adjective.endswith(SINGULAR_NISBA)
        if nisba and owner_phrase_words(words) == size:
            return True
    return False


def _genitive_link(norm: str) -> bool:
    """A ل-genitive or باسم in a title (``للأمم``, ``لجامعة``, ``باسم``)."""
    return norm == _FOR or norm[:1] == "ل" and has_preposition(norm)


_FOR = normalize("باسم")


def owner_phrase_words(before: list[str]) -> int:
    """How many of the words ``before`` a nationality adjective (normalised, the last right
    before it) are the owner phrase it closes: a definite noun (``قرار الإدارة الأمريكية``:
    the administration's decision), 1; an office or state body in the construct state and its
    definite genitive (``تصريحات وزير الخارجية الإسرائيلي``, ``[state_voices]``), 2; else 0
    (``السياسة الخارجية الأمريكية``: an adjective of the noun)."""
    if not before or not definite(before[-1]) or strip_conjunction(before[-1]) != before[-1]:
        return 0  # والإدارة: a conjunct
    if len(before) > 1 and before[-2] in _STATE_VOICES and not definite(before[-2]):
        return 2  # وزير الخارجية، وزارة الدفاع (وزير: its و is no conjunction)
    bare = before[-1][2:]
    if bare.endswith(("ي", "ية", "يه")) and before[-1] not in _STATE_VOICES:
        return 0
    return 1


_STATE_VOICES = function_words("state_voices")

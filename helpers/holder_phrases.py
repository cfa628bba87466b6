"""The holder a speaker phrase names: the noun phrase of the evaluator, or nothing.

:mod:`helpers.attribution` cuts speaker phrases wide enough to decide voices (where a quote
starts, which actor is its speaker and which its object); the holder a stance row shows is
the evaluator's name or title inside that phrase, never a fragment. Read with Arabic word
classes the project already keeps (function words, speech cues, the gazetteer, protected
words), not with a list of phrases:

* the front loses what comes before the subject: particles and function words (``ولكن``,
  ``وإذ``), a verb joined by و in one of a verb's shapes (``ووافقت السلطات``, ``وتلا
  الرئيس``, ``وفاجأ``, ``وأصدر``), an imperfect verb (``يقول``), a verb of saying with its
  object pronoun (``ذكره مصدر``, ``نقلته``);
* the end loses what runs past the name: a time phrase (``في سبتمبر``, ``مطلع تموز``, ``عام
  2016``), a circumstantial preposition (``لدى وصوله``, ``بعد اللقاء``), the outlet or people
  spoken to (``لبي بي سي``), a statement it was said in (``في تغريدة``, ``على حسابه``), a
  circumstantial participle (``متحدثا``), a noun owned by a pronoun (``روسيا ضلوعها``: the
  object) and whatever follows a gazetteer name that is neither its adjective nor joined to it
  by و (``تركيا الأزمة``); the judged thing after a definite word or a name (``قادة الاتحاد
  الأوروبي موقف بريطانيا``, ``حسن روحاني إدارة ترامب``), a definite noun after an indefinite
  nationality adjective (``مصادر فلسطينية الدوحة``), the next verb of saying (``مراقبون
  تعبر``); after ``على لسان`` the one whose words they are;
* what is left names no one when it opens with a pronoun or demonstrative, a day or month,
  a preposition written onto the article (``بالقول``), a noun owned by a pronoun that is no
  person (``كتابه``; ``نظيره`` and ``زوجته`` are people), an indefinite accusative
  (``دليلا``), or a nationality adjective with no noun before it (``روسية``).

The rules read shapes, so a rare name in a verb's shape is lost (``وينفري``, ``إينجه``):
on a 4,000-article ANT sample 12 of 1,006 changed rows lost a real holder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.actors import load_gazetteer, mentions_with_sentences
from helpers.arabic import normalize
from helpers.clitics import is_protected, pronoun_stem, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.speech_parts import (
    COUNTERPART,
    DEMONSTRATIVES,
    MONTH_WORDS,
    NISBA,
    SINGULAR_NISBA,
    counted_noun,
    cue_of,
    cue_stem,
    is_function_word,
    is_name,
    is_statement,
    possessed,
    verb_object,
)

__all__ = ["evaluator_phrase", "on_tongue", "what_is_shown"]


def evaluator_phrase(speaker: str) -> str:
    """The evaluator's noun phrase in a speaker phrase, or "" when it names no one.

    ``ووافقت السلطات`` -> ``السلطات``; ``الاتحاد الأوروبي مطلع تموز/يوليو`` -> ``الاتحاد
    الأوروبي``; ``كادلو متحدثا`` -> ``كادلو``; ``كتابه``, ``بالقول``, ``يقصد`` -> ""."""
    words = on_tongue(_before_open_quote(speaker.split()))
    norms = [normalize(w) for w in words]
    first = _subject_start(norms)
    words, norms = words[first:], norms[first:]
    if words and _conjunction_before_name(norms[0]):
        words[0], norms[0] = words[0][1:], norms[0][1:]  # وروسيا، فالرئيس
    if not words or _names_no_one(words[0], norms):
        return ""
    stop = _phrase_end(words, norms)
    while stop and (
        _particle(norms[stop - 1])
        or norms[stop - 1] in _POINTERS
        or not _WORDY.search(norms[stop - 1])
    ):
        stop -= 1
    return " ".join(words[:stop]).strip(" ،,:؛;-") if stop else ""


def _conjunction_before_name(word: str) -> bool:
    """Whether a word is و before a name, a definite word or a person (``وروسيا``,
    ``ونظيره``); ف is left alone, as it opens many names (``فرنسا``, ``فالكاو``)."""
    rest = word[1:]
    return word[:1] == "و" and len(word) > 3 and (_joined_name(rest) or _person_noun(rest))


def on_tongue(words: list[str]) -> list[str]:
    """The words after ``على لسان`` ("in the words of"), who spoke, when the phrase names
    the one who relayed them first (``نقلته وكالة الأنباء على لسان الوزير``: the minister)."""
    norms = [normalize(w) for w in words]
    for k in range(len(norms) - 2):
        if norms[k] == _ON and norms[k + 1] == _TONGUE:
            return words[k + 2 :]
    return words


_ON, _TONGUE = normalize("على"), normalize("لسان")
_POINTERS = DEMONSTRATIVES | function_words("pronouns")  # النواب هذا، الحكومة هي
_WORDY = re.compile(r"[\u0621-\u064aA-Za-z0-9]")


def _before_open_quote(words: list[str]) -> list[str]:
    """The words before a quotation mark that opens and does not close in the phrase, unless
    a noun that names a paper, channel or body stands right before it (``صحيفة "العرب``: the
    name, its mark dropped; ``الرئيس "لا يؤثر``: the quoted words are no part of the holder)."""
    text = " ".join(words)
    if text.count('"') % 2 == 0:
        return words
    for k, word in enumerate(words):
        if '"' not in word:
            continue
        head, _, _ = word.partition('"')
        before = normalize(head or (words[k - 1] if k else "")).removeprefix("ال")
        if {before, strip_conjunction(before), before[1:]} & _NAMING_NOUNS:
            return text.replace('"', "").split()
        return [*words[:k], head] if head else words[:k]
    return words


_NAMING_NOUNS = frozenset(
    normalize(w)
    for w in """صحيفة صحيفتا جريدة مجلة يومية موقع قناة شبكة وكالة منظمة مؤسسة شركة حركة
    تنظيم قوات جماعة حزب مركز معهد برنامج مراسل مراسلة مصادر مصدر باسم""".split()
)


# ----------------------------------------------------------------------- the front


def _subject_start(norms: list[str]) -> int:
    """Index of the first word of the subject: past particles, function words and verbs (all
    of a phrase that is only those: ``يقصد``, ``وسرعان``)."""
    k = 0
    while k < len(norms) and (_particle(norms[k]) or _verb(norms[k])):
        k += 1
    return k


def _particle(norm: str) -> bool:
    """A function word, also behind و (``ولكن``, ``وإذ``), or a preposition with its pronoun;
    not a demonstrative, which names no one (:func:`_names_no_one`), nor ``أحد``."""
    bare = norm[1:] if len(norm) > 2 and norm[0] == "و" else norm
    if norm in DEMONSTRATIVES or bare in DEMONSTRATIVES or norm in _ONE_OF:
        return False
    if is_function_word(norm) or is_function_word(bare) or bare in _PARTICLES:
        return True
    return _pronoun_on_preposition(bare) or _pronoun_on_preposition(norm)


def _pronoun_on_preposition(word: str) -> bool:
    """A preposition or a time word with a pronoun (``خلالها``, ``عليه``): what follows may
    still be the subject (``خلالها الملك``)."""
    stem = pronoun_stem(word)
    return len(stem) > 1 and stem in _PREPOSITION_STEMS


_PREPOSITION_STEMS = (
    function_words("prepositions")
    | default_cues().boundaries
    | frozenset(normalize(w) for w in "علي الي لدي عن من خلال وقت عند".split())
)


_PARTICLES = frozenset(
    normalize(w) for w in "إذ إذا لكن لكنه لكنها سرعان بينما كما عادة فإن".split()
)
_ONE_OF = frozenset(normalize(w) for w in "أحد إحدى".split())  # أحد جيرانهم: a person


def _joined_name(rest: str) -> bool:
    """Whether a word after و is a definite word, a name or a protected word (``وروسيا``,
    ``ووزير``, ``والحكومة``; not ``والد``, ``والاس``, whose ال is no article, nor the verbs
    ``والتقى``)."""
    if rest in _AL_VERBS:
        return False
    return (
        rest.startswith("ال")
        and len(rest) >= 5
        or is_protected(rest)
        or is_name(rest)
        or (rest in _GIVEN)
    )


_AL_VERBS = function_words("al_verbs")


_GIVEN = function_words("given_names") | frozenset(
    normalize(w) for w in "يحيى يزيد ياسر ياسين يعقوب يونس يوسف أحمد أسامة أنور أيمن أكرم".split()
)


def _verb(norm: str) -> bool:
    """A verb before its subject: an imperfect (``يقول``, ``تؤثر`` after و), a past verb with
    a person's ending (``ووافقت``, ``وكنت``, ``وصلنا``), a verb of form III (``وفاجأ``) or a
    verb of saying joined by و (``وتساءلت``, ``وجاء``), or a verb of saying with its object
    pronoun (``ذكره``, ``نقلته``); never a protected word or a name (``وزارة``, ``يونكر``)."""
    if norm in _AL_VERBS or strip_conjunction(norm) in _AL_VERBS:
        return True  # التقى الأمير
    if is_name(norm) or norm.startswith("ال") or norm in _GIVEN:
        return False
    if norm[:1] == "و" and len(norm) > 3:
        rest = norm[1:]
        if is_name(rest) or rest in _GIVEN or rest.startswith("ال") and len(rest) >= 5:
            return False  # وروسيا، والحكومة
        return _joined_verb(rest) and not (is_protected(norm) and _form_three(rest))
    if is_protected(norm):
        return False  # يونكر
    if norm in _COMING_VERBS:
        return True  # جاء في حساب ...: what came, no one
    if norm[:1] == "ي" and norm[1:2] not in ("و", "ي") and len(norm) >= 3:
        return True
    return _said_with_pronoun(norm)


def _joined_verb(rest: str) -> bool:
    """The shapes a verb after و takes (:func:`_verb`); nouns after و (``وحدات``, ``وامرأة``)
    and most foreign names (``وليامسون``, ``وايت``, ``ويكيليكس``: too long for an imperfect)
    take none of them."""
    if cue_of(rest, default_cues()) or rest in _COMING_VERBS:
        return True
    if rest[:1] in "يت" and rest[1:2] not in ("و", "ي") and len(rest) <= 6:
        return True  # ويأتي، وتظهر، وتساءلت
    if rest.endswith(("ت", "نا")) and not rest.endswith("ات") and len(rest) >= 3:
        return rest[:1] != "ا" or len(rest) >= 4  # ووافقت، وألغت (not وايت)
    # أصدر (form IV; not والاس, whose ال opens a name)
    return (
        _form_three(rest)
        or len(rest) == 4
        and rest[0] == "ا"
        and rest[:2] != "ال"
        and (rest not in _GIVEN)
    )


def _form_three(rest: str) -> bool:
    """A past verb of form III (``فاجأ``, ``تابع``); ``وسائل`` has its shape too, and is
    told apart as a protected word."""
    return len(rest) == 4 and rest[1] == "ا"


_COMING_VERBS = frozenset(normalize(w) for w in "جاء مضى قرر ورد زاد عاد بدأ".split())


def _said_with_pronoun(norm: str) -> bool:
    """A verb of saying or relaying with an object pronoun (``قاله``, ``نقلته``, ``ذكره``)."""
    for ending in ("ته", "تها", "ه", "ها"):
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            stem = norm[: -len(ending)]
            cues = default_cues()
            if stem in _RELAYS or cue_stem(stem, cues) or cue_stem(stem + "ت", cues):
                return True
    return False


_RELAYS = frozenset(normalize(w) for w in "نقل ذكر تداول نشر أورد روى رصد".split())


def _names_no_one(raw: str, norms: list[str]) -> bool:
    """Whether a phrase from its subject's place on names no evaluator: it opens with a
    pronoun or demonstrative, a day or month, a preposition written onto the article
    (``بالقول``, ``للتحرك``), an attitude shown (``أسفه``, ``حذرا``), a noun owned by a
    pronoun that is no person (``كتابه``, ``سياسته``), an indefinite accusative (``دليلا``,
    ``كثيرا``), or a nationality adjective with no noun before it (``روسية``)."""
    word = norms[0]
    bare = strip_conjunction(word)
    if {word, bare} & (DEMONSTRATIVES | _PRONOUNS | _ADDRESSEES | _WHAT):
        return True  # عما قال: what he said
    if word[:1] == "ل" and word[1:] in _SPOKEN_TO:
        return True  # لصحفيين: the ones spoken to
    if bare in _JUDGED_THINGS and (len(norms) == 1 or bare not in _DOCUMENTS):
        return True  # خطط ماي: the judged thing, not its judge (مشروع القرار speaks)
    if {word, bare} & default_cues().boundaries or _time_opener(word.split("/")[0], ""):
        return True  # والسبت، سبتمبر/أيلول: a time, no one
    if len(word) == 1 and _WORDY.match(word) and not word.isdigit():
        return True  # بـ "ثقة: a preposition written apart
    if bare.startswith(("بال", "لل")) and not is_protected(bare):
        return True  # بالقول, وبالنسبة
    if word[:1] in "بل" and len(word) > 3 and is_function_word(word[1:]):
        return True  # لأول مرة
    if _owned(bare) and not _person_noun(bare) or _shown_attitude(bare):
        return True  # سياسته، أسفه، حذرا: what the verb's subject showed or owns
    if (len(norms) == 1 or norms[1][:1] == "و") and _only_adjective(raw, " ".join(norms)):
        return True  # روسية، بريطاني وكان: no noun before the adjective
    # خبيرا الاقتصاد: a dual in construct; كثيرا من الخبراء: a quantity of people
    construct = len(norms) > 1 and (norms[1].startswith("ال") or norms[1] == "من")
    if not construct and (_accusative_noun(word) or "\u064b" in raw):  # قراراً: tanween
        return True
    if (
        word.endswith("ا")
        and len(norms) > 1
        and norms[1].endswith("يا")
        and not (
            norms[1].startswith("و")
            or is_protected(word)
            or is_name(strip_conjunction(norms[1]))
            or is_protected(norms[1])
        )
    ):
        return True  # تهديدا أمنيا: a noun and its adjective, both accusative
    return False


_PRONOUNS = function_words("pronouns")
_WHAT = frozenset(normalize(w) for w in "ما عما مما بما لما".split())
_ADDRESSEES = function_words("addressee_pronouns")


def _owned(word: str) -> bool:
    """A noun with its owner's pronoun (:func:`possessed`), not a definite word (``الإليزيه``)
    nor a protected one; a bare ه only on a word of five letters (``كتابه``, ``حسابه``) or a
    verbal noun (``قوله``), since many names end in ه (``إنجه``, ``عبده``)."""
    if not possessed(word) or word.startswith("ال") or is_name(word) or word in _GIVEN:
        return False
    if _kinds(word):
        return False  # أنقره: a gazetteer name, its ة written ه
    if word.endswith(("ها", "هم", "هما", "ته")) or word in default_cues().relay_ends:
        return True
    return len(word) >= 5 and not word.endswith("يه")


def _owned_act(word: str) -> bool:
    """A noun owned by a pronoun after a name, as a verb's object (``روسيا ضلوعها``,
    ``إدارة ترامب تخصيصه``): with ها/هم/ته, or a bare ه on a verbal noun (``تأكيده``,
    ``إعلانه``) or قوله; a name that ends in ه (``ماريو غوتزه``) is none."""
    if not _owned(word) or _person_noun(word):
        return False
    if word.endswith(("ها", "هم", "هما", "ته")) or word in default_cues().relay_ends:
        return True
    return word[:1] in "تا"


def _person_noun(word: str) -> bool:
    """A noun of a person with its owner's pronoun (``نظيره``, ``زوجته``, ``مراسلها``)."""
    stem = _pronoun_stem(word)
    if stem is None:
        return False
    stem = stem[:-1] + "ء" if stem.endswith(("ؤ", "ئ")) else stem  # زملاؤها
    return stem.startswith(COUNTERPART) or stem in _PERSON_NOUNS


def _pronoun_stem(word: str) -> str | None:
    """The noun before the owner's pronoun written on ``word`` (``زوجته`` -> ``زوجة``,
    ``قلقها`` -> ``قلق``), its ت written ة again; None without such a pronoun."""
    stem = pronoun_stem(word)
    if not stem:
        return None
    return stem[:-1] + "ة" if stem.endswith("ت") else stem


_PERSON_NOUNS = (
    function_words("holder_heads")
    | function_words("office_nouns")
    | frozenset(
        normalize(w)
        for w in """ناطق متحدث ابن ابنة والد والدة أخ أخت محام مراسل مراسلة مراسلو مراسلي
        زميل زميلة زملاء صديق صديقة حليف حلفاء خطيب خطيبة شريك أحد إحدى مندوبو مواطن مدرب
        منظمو مناهضو أسرة عائلة""".split()
    )
)


def _accusative(word: str) -> bool:
    """An indefinite accusative or circumstantial participle (``متحدثا``, ``مطولا``,
    ``دليلا``, ``كثيرا``): a participle ``مُفعِلا`` and its kin (a consonant after the م:
    ``ماريا``, ``ميترا`` are names), a noun ``فعيلا``, or an adverb; never a name, a
    protected word, or a word with a pronoun (``مندوبها``, ``مراسلنا``)."""
    if word in _ADVERBS:
        return True
    if len(word) < 5 or not word.endswith("ا") or word.endswith(("ها", "نا", "يا", "وا", "اا")):
        return False
    if is_protected(word) or is_name(word) or word in _GIVEN:
        return False
    return word[0] == "م" and word[1] not in "اوي"  # متحدثا، مطولا (not ماريا، ميترا)


def _accusative_noun(word: str) -> bool:
    """An indefinite noun or participle in the accusative opening a phrase (``دليلا``,
    ``داعما``, ``متحدثا``): of the shapes فعيلا and فاعلا too, which many names share, so
    only where no subject can follow; فاعلا is left to names (``كافيا``)."""
    if _accusative(word):
        return True
    if len(word) != 5 or not word.endswith("ا") or word in _GIVEN:
        return False  # فريقا: a protected word may still be in the accusative
    return not is_name(word) and word[2] == "ي"


_ADVERBS = frozenset(
    normalize(w)
    for w in """أولا ثانيا كثيرا أيضا مجددا مرارا دائما أبدا سابقا لاحقا أخيرا مسبقا رسميا
    علنا علانية شخصيا قطعا تماما غالبا""".split()
)


@lru_cache(maxsize=1 << 12)
def _kinds(phrase: str) -> tuple[tuple[int, int, str], ...]:
    """The gazetteer mentions of a phrase: (start, end, alias kind), in text order."""
    found = mentions_with_sentences(phrase, load_gazetteer())
    return tuple((m.start, m.end, kind) for _, m, kind, _ in found.mentions) if found else ()


def _only_adjective(raw: str, phrase: str) -> bool:
    """Whether the phrase opens with an indefinite singular nationality adjective (``روسية``,
    ``بريطاني``) read as one by the gazetteer (``تركي المالكي`` is a name); a plural names a
    people (``الفلسطينيون``, ``سوريون``), a definite singular may stand for its noun
    (``الإسرائيلي``)."""
    word = phrase.split()[0]
    kinds = _kinds(phrase)
    return (
        len(kinds) >= 1
        and kinds[0][:2] == (0, len(word))
        and kinds[0][2] == "adjective"
        and word.endswith(SINGULAR_NISBA)
        and not raw.startswith("ال")
    )


# ----------------------------------------------------------------------- the end


def _phrase_end(words: list[str], norms: list[str]) -> int:
    """How many words the evaluator's phrase keeps: up to a time phrase, a circumstantial
    preposition, the one spoken to, a statement, a participle, an owned noun or whatever runs
    past a gazetteer name."""
    after = counted_noun(norms, 0) + 1  # أكثر من 1100 خبير: the count runs to the noun
    stop = next((k for k in range(after, len(words)) if _ends_phrase(norms, k)), len(words))
    return min(stop, _after_name(" ".join(words[:stop]), norms[:stop]))


def _ends_phrase(norms: list[str], k: int) -> bool:
    """Whether word ``k`` (not the first) starts what follows the evaluator's name."""
    word = norms[k]
    following = norms[k + 1] if k + 1 < len(norms) else ""
    cues = default_cues()
    if word in cues.boundaries or word in _CIRCUMSTANCES or _time_opener(word, following):
        return True
    if word == _BY_SAYING:
        return True  # كيري بالقول: what he said follows
    if _next_verb_of_saying(word, cues):
        return True  # يعتبرها مراقبون تعبر عن، غوارديولا عندما طلب: the next clause
    if word in ("في", "علي", "لدي") and (
        _time_opener(following, "1")
        or following in _TIMES
        or following[:1].isdigit()
        or is_statement(following, cues)
        or _owned(following)
        or following in _CHANNELS
        or k + 2 < len(norms)
        and is_statement(norms[k + 2], cues)
    ):
        return True  # في سبتمبر، في ختام، في تغريدة، على حسابه، لدى وصوله، في سلسلة تغريدات
    if word.endswith("ا") and is_statement(word[:-1], cues):
        return True  # أعضاء الحلف بيانا: the statement they issued
    if word in ("عام", "العام") and following[:1].isdigit():
        return True
    if _LONG_NUMBER.match(word) or len(word) == 1 and word != "و" and _WORDY.match(word):
        return True  # 452.7 مليار، 2016; a stray letter (إيران ي)
    if word in _DETACHED:
        return True  # مادورو بالـ"...": a preposition and article written apart
    if word[:1] == "ل" and not word.startswith("لل") and not is_protected(word):
        if word[1:] in _SPOKEN_TO or is_name(word[1:]):
            return True  # جونسون لبي بي سي
    if _shown_attitude(word):
        return True  # فؤاد معصوم أسفه، المستشار حذرا: what the speaker showed
    if _owned_act(word) and not _comma_after(norms, k) and norms[k - 1] not in _ONE_OF:
        return True  # روسيا ضلوعها، إدارة ترامب تخصيصه: the verb's object
    if k > 1 and _indefinite_adjective(norms[k - 2], norms[k - 1]) and _definite_noun(word):
        return True  # مصادر فلسطينية الدوحة: no definite word describes an indefinite noun
    owner = _closes_name(norms[k - 1])
    if word in _OBJECT_HEADS and owner or verb_object(word, norms[k - 1], owner, _GIVEN):
        return True  # قادة الاتحاد الأوروبي موقف بريطانيا، السلطات التونسية اعتقال شخصين
    return k == len(norms) - 1 and _accusative(word)


def what_is_shown(word: str) -> bool:
    """Whether ``word`` after a verb of saying is what is said or shown, not its speaker: an
    attitude shown (:func:`_shown_attitude`: ``أسفها``، ``حذرا``) or ``بالقول`` (``وتابع
    بالقول``)."""
    bare = strip_conjunction(normalize(word))
    return bare == _BY_SAYING or _shown_attitude(bare)


def _shown_attitude(word: str) -> bool:
    """Whether ``word`` is a feeling or attitude shown (``[shown_attitudes]``) with its owner's
    pronoun (``أسفه``، ``قلقها``، ``استعدادهم``) or in the indefinite accusative (``حذرا``،
    ``تحفظا``): the object of the verb of showing, not a word of the shower's name."""
    stem = _pronoun_stem(word) or (word[:-1] if word.endswith("ا") else None)
    return stem is not None and len(stem) > 2 and stem in _SHOWN


_SHOWN = function_words("shown_attitudes")


def _indefinite_adjective(noun: str, word: str) -> bool:
    """Whether ``word`` is an indefinite nationality adjective of the gazetteer after an
    indefinite ``noun`` (``مصادر فلسطينية``, ``مسؤول إيراني``); not a noun in construct that
    ends like one (``وزير خارجية البحرين``, ``هيئة حماية اللاجئين``)."""
    if noun.startswith("ال") or word.startswith(("ال", "و")):
        return False
    return word.endswith(NISBA) and is_name(word)


def _definite_noun(word: str) -> bool:
    """A definite word that is no adjective (``الدوحة``, ``الحكومة``; not ``السورية``)."""
    return word.startswith("ال") and len(word) > 3 and not word.endswith(NISBA)


def _closes_name(word: str) -> bool:
    """Whether a word can close the evaluator's noun phrase: a definite word (``الأوروبي``,
    ``المتحدث``: no noun is owned by a definite one, so an indefinite noun after it starts
    something else) or a gazetteer name (``روحاني``); not an indefinite head that owns the next
    noun (``منظمة حظر الأسلحة``, ``رئيس وفد``)."""
    return word.startswith("ال") and len(word) > 3 or is_name(word) or word in _GIVEN


_JUDGED_THINGS = function_words("rejected_objects") | frozenset(
    normalize(w) for w in "طلب مدى أهمية ضرورة وقوف دعم رفض".split()
)  # what is judged or stressed: قرار ترامب، خطط ماي، أكد البيان مدى عزلة، أكد وقوف بلاده
_DOCUMENTS = frozenset(normalize(w) for w in "قرار مشروع".split())
_OBJECT_HEADS = _JUDGED_THINGS | frozenset(normalize(w) for w in "إدارة وفد".split())
# إدارة ترامب، وفد بومبيو: whose the judged thing is, after the judge
_DETACHED = frozenset(normalize(w) for w in "بال لل وبال".split())
_LONG_NUMBER = re.compile(r"\d{3}|\d+[.,]\d")  # not فرانس 24
_BY_SAYING = normalize("بالقول")


def _next_verb_of_saying(word: str, cues) -> bool:
    """A verb of saying or evaluation after the holder's name, which opens the next clause: an
    imperfect (``تعبر``, ``وتقول``) or a bare past verb (``طلب``, ``رفضت``); not a name that
    ends like a plural of one (``دانون``) nor the noun ``رأي`` (also the name ``راي``)."""
    bare = strip_conjunction(word)
    if (cue_of(bare, cues) or ("",))[0] not in ("verb", "evaluation") or bare == _OPINION:
        return False
    return bare[:1] in "يت" or cue_stem(bare, cues) in (bare, bare[:-1])


_OPINION = normalize("رأي")


def _comma_after(norms: list[str], k: int) -> bool:
    """Whether a comma follows word ``k`` in the phrase: an apposition after a title."""
    return any(w.endswith(("،", ",")) for w in norms[k:])


_CIRCUMSTANCES = frozenset(
    normalize(w)
    for w in "أثناء خلال بعد قبل قبيل عقب إثر عبر أمام منذ متحدثا قائلا بشكل بصورة بشدة".split()
)
_SPOKEN_TO = frozenset(  # لمراسلنا، لمراسل بي بي سي: the reporter spoken to
    normalize(w) for w in "بي سي صحفيين صحافيين مراسلين مراسل مراسلة سكاي".split()
) | function_words("own_reporters")
_TIMES = frozenset(normalize(w) for w in "ختام أعقاب وقت مستهل".split())
_CHANNELS = frozenset(normalize(w) for w in "موقع صفحة منصة حساب".split())  # على موقع ...
_TIME_OPENERS = frozenset(normalize(w) for w in "مطلع منتصف أواخر أوائل نهاية بداية".split())
_MONTHS = MONTH_WORDS - {normalize(w) for w in "ماي آب الأول الثاني".split()}


def _time_opener(word: str, following: str) -> bool:
    """A month (not one written like a name: ``ماي``), or a time opener before a month or a
    date (``مطلع تموز/يوليو``; not ``مصدر مطلع``)."""
    if word.split("/")[0] in _MONTHS:
        return True
    after = following.split("/")[0]
    return word in _TIME_OPENERS and (after in _MONTHS or after[:1].isdigit())


def _after_name(phrase: str, norms: list[str]) -> int:
    """Words kept when a gazetteer name (not an adjective) opens the phrase: the name, its
    nationality or title adjectives, words joined by و, an apposition after a comma; cut
    before anything else (``تركيا الأزمة``, ``إيران انسحاب``)."""
    kinds = _kinds(phrase)
    if not kinds or kinds[0][0] != 0 or kinds[0][2] == "adjective" or "،" in phrase:
        return len(norms)
    inside = {phrase.count(" ", 0, s) for s, _, _ in kinds}
    k = phrase.count(" ", 0, kinds[0][1]) + 1
    titles = default_cues().title_words
    while k < len(norms):
        word = norms[k]
        last = k == len(norms) - 1 and not _joined_verb(word[1:])  # السعودية والإمارات ومصر
        if word[:1] == "و" and (k in inside or _joined_name(word[1:]) or last) or word in titles:
            k += 1  # روسيا وإيران، الولايات المتحدة والدول الغربية
        elif word.startswith("ال") and word.endswith(NISBA) or k in inside:
            k += 1
        elif _inside_mention(phrase, k, kinds):
            k += 1
        else:
            return k
    return k


def _inside_mention(phrase: str, k: int, kinds: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether word ``k`` of the phrase lies inside a gazetteer mention."""
    return any(
        phrase.count(" ", 0, start) <= k <= phrase.count(" ", 0, end) for start, end, _ in kinds
    )

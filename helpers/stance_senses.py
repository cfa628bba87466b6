"""Which sense a word of two senses has in its sentence: the judging one, or a figure or a noun
that judges no one.

News vocabulary reuses words of evaluation for things: ``العجز`` is an inability only with
``عن`` (``عجز الاتحاد عن الاتفاق``), otherwise a deficit (``خفض العجز في ميزانيتها``); ``ثمن``
is the verb "praised" only where a verb stands (``وثمن الوزير الموقف``), otherwise the noun
"price" or the sport's round of 16 (``تأهل إلى ثمن النهائي``، ``لدفع ثمن``); ``وأعد`` ("and
prepared") is no ``واعد`` ("promising"), which folding the hamza makes it look like; ``متهمة``
is "accusing" only as a participle with its object (``...، متهمة موسكو بـ``), not "accused"
(``المتهمة``، ``متهم بالتجسس``). The
words are role frames (``[inabilities]``, ``[verb_homographs]`` in
``helpers/data/role_frames.toml``); :func:`judges_no_one` says when a hit is in the other
sense, and :func:`helpers.stance_modifiers.hit_value` then gives it no value.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_article, strip_conjunction, strip_preposition
from helpers.cues import function_words
from helpers.speech_parts import NISBA, SINGULAR_NISBA, is_name
from helpers.stance_clauses import RESUMPTIVE, Token, bare_word, definite
from helpers.stance_interventions import intervention_judges_no_one
from helpers.stance_lexicon import Entry, defends, role_frames, word_forms

__all__ = ["ACCUSING", "judges_no_one", "names_a_duty"]


def judges_no_one(i: int, n: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether the hit at ``i .. i+n-1`` is a word of two senses in the sense that judges no
    one (:func:`inability_as_a_figure`, :func:`noun_of_a_verb`, :func:`verb_after_and`,
    :func:`advance_notice`, :func:`court_conviction`, :func:`given_name`,
    :func:`legitimacy_as_a_noun`, :func:`dissuading`, :func:`participle_as_noun`,
    :func:`names_a_body`, :func:`by_mistake`, :func:`accomplishing`, :func:`kinship`,
    :func:`estimating`, :func:`defending_no_one`, :func:`adjective_as_a_noun`,
    :func:`stab_not_in_the_back`, :func:`counting_two`, :func:`league_name`,
    :func:`duty_not_blame`, and the readings
    of ``تدخل``:
    :func:`helpers.stance_interventions.intervention_judges_no_one`); ``text`` is the text
    the tokens index."""
    return (
        inability_as_a_figure(i, n, entry, tokens)
        or noun_of_a_verb(i, entry, tokens)
        or verb_after_and(i, entry, tokens, text)
        or advance_notice(i, n, entry, tokens)
        or court_conviction(i, n, entry, tokens)
        or given_name(i, entry, tokens)
        or legitimacy_as_a_noun(i, entry, tokens)
        or dissuading(i, n, entry, tokens)
        or participle_as_noun(i, entry, tokens)
        or names_a_body(i, entry, tokens)
        or by_mistake(i, entry, tokens)
        or accomplishing(i, entry, tokens)
        or kinship(i, entry, tokens)
        or estimating(i, n, entry, tokens)
        or defending_no_one(i, entry, tokens)
        or adjective_as_a_noun(i, entry, tokens)
        or stab_not_in_the_back(i, n, entry, tokens)
        or counting_two(i, tokens)
        or league_name(i, entry, tokens)
        or duty_not_blame(i, n, entry, tokens)
        or intervention_judges_no_one(i, n, entry, tokens, text)
    )


def duty_not_blame(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether bearing the responsibility (an entry ending in ``مسؤولية``) at ``i .. i+n-1``
    is a duty or the speaker's own, not blame: blame is one responsibility, bare or with the
    article, borne by another (``يتحمل المسؤولية عن الهجوم``، ``تتحمل مسؤولية ما حدث``); its
    plural or its owner's pronoun is a duty taken or asked for (``تتحمل مسؤولياتها تجاه``،
    ``ستتحمل مسؤوليتها كاملة``), and so is a friendly act or redress after it
    (:func:`names_a_duty`); the first person (``نتحمل``، ``أتحمل``، ``تحملنا``) is the
    speaker's own part."""
    if normalize(entry.term).split()[-1] != _RESPONSIBILITY:
        return False
    verb = strip_conjunction(tokens[i].norm)
    verb = verb[1:] if verb[:1] in ("س", "ب", "ل") and len(verb) > 4 else verb  # ستتحمل، بتحمل
    first_person = verb[:1] in ("ن", "ا") or verb.endswith("نا")
    noun = tokens[i + n - 1].norm
    construct = not definite(noun)  # مسؤولية حماية المدنيين: what is owed, not what is done
    return (
        first_person
        or strip_article(noun) != _RESPONSIBILITY
        or (construct and names_a_duty(i + n, tokens))
    )


def names_a_duty(j: int, tokens: list[Token]) -> bool:
    """Whether the word at ``j``, the genitive of a responsibility (``مسؤولية حماية
    المدنيين``، ``مسؤولية محاسبة المعتدين``), is a friendly act or redress: a duty owed, no
    harm answered for."""
    duties = role_frames().friendly_acts | _REDRESS
    return j < len(tokens) and not duties.isdisjoint(word_forms(tokens[j].norm))


_RESPONSIBILITY = normalize("مسؤولية")
_REDRESS = function_words("redress")


def stab_not_in_the_back(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a verb of stabbing (``[stabbing_verbs]``: طعن، يطعن) at ``i .. i+n-1`` has no
    ``في الظهر`` (or ``بالظهر``، ``في ظهرها``) within :data:`_BACK_SCOPE` words after it in
    its clause: the idiom "stab in the back" judges the one who stabs (``طعنت واشنطن أنقرة في
    الظهر``); without it the verb is a legal appeal (``طعن في الحكم``) or a knife attack. A
    form with its object as a pronoun (``يحاول طعننا``، ``يتهمه بطعنه``) says who is stabbed,
    and its doer is no actor of the clause (most often a person named before), so it judges
    no one either."""
    term = normalize(entry.term)
    if term not in _STABBING:
        return False
    if strip_conjunction(tokens[i].norm) not in {term + end for end in _PERSON_ENDINGS}:
        return True
    for k in range(i + n, min(i + n + _BACK_SCOPE, len(tokens))):
        if tokens[k].clause != tokens[i].clause:
            return True
        in_the = tokens[k].prefix_prep == "ب" or strip_conjunction(tokens[k - 1].norm) == _IN
        if in_the and _BACK in word_forms(tokens[k].norm):
            return False
    return True


_STABBING = function_words("stabbing_verbs")
_BACK = normalize("ظهر")
_BACK_SCOPE = 4  # words from the verb to its back (طعنت الولايات المتحدة تركيا في الظهر)
_PERSON_ENDINGS = ("", "ت", "وا", "ون", "ان")  # طعنت، طعنوا، يطعنون: a subject, no object


def adjective_as_a_noun(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether the feminine of an adjective entry that is also a noun (``[adjective_nouns]``:
    ``مدمرة``, the warship "destroyer") at ``i`` is the noun: no word it could describe stands
    before it (it opens its clause, carries a preposition, or has the
    article after an indefinite word: ``ورصدت سفينة صينية المدمرة``), or a nisba of its own
    definiteness follows it (``المدمرة الصينية``، ``عبور مدمرة أميركية``). The adjective
    follows the noun it describes, with the article as that noun has it (``السياسة المدمرة``،
    ``أفعال إيران المدمرة``), or is the predicate after a definite subject (``العقوبات
    الأميركية الجديدة مدمرة``)."""
    norm = tokens[i].norm
    if entry.pos != "adj" or _ADJECTIVE_NOUNS.isdisjoint(word_forms(norm)):
        return False
    if i == 0 or tokens[i - 1].clause != tokens[i].clause or tokens[i].prefix_prep:
        return True
    word, before = strip_conjunction(norm), strip_conjunction(tokens[i - 1].norm)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    nisba_after = (
        after is not None
        and after.clause == tokens[i].clause
        and after.norm.endswith(NISBA)
        and definite(after.norm) == definite(word)
    )
    described = definite(before) or is_name(before)  # أفعال إيران المدمرة: a name is definite
    return (definite(word) and not described) or nisba_after


_ADJECTIVE_NOUNS = function_words("adjective_nouns")


def estimating(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``يقدر``/``تقدر`` at ``i`` estimates rather than appreciates: it appreciates only
    with a deed or a stance right after it (``[appreciated_deeds]``: ``تقدر إسرائيل قرار ترمب``
    with its subject between, ``يقدر الموقف الروسي``); news far more often writes it of a sum or
    a number (``تقدر قيمتها بنحو``، ``يقدر عدد القتلى``)."""
    if normalize(entry.term) not in _APPRECIATING:
        return False
    after = range(i + n, min(i + n + _DEED_SCOPE, len(tokens)))
    return not any(
        tokens[k].clause == tokens[i].clause and strip_conjunction(tokens[k].norm) in _DEEDS
        for k in after
    )


def defending_no_one(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a verb of defending at ``i`` (``دافع``، ``يدافع``، ``تدافع``) has no ``عن`` after
    it in its clause within :data:`_DEFENDED_SCOPE` words: it defends someone only so (``دافع
    الرئيس الأمريكي، دونالد ترامب، عن السعودية``); without it the word is a stampede (``حادث
    تدافع``) or a motive."""
    if not defends(entry.term):
        return False
    after = range(i + 1, min(i + 1 + _DEFENDED_SCOPE, len(tokens)))
    return not any(tokens[k].clause == tokens[i].clause and tokens[k].norm == _ABOUT for k in after)


_ABOUT = normalize("عن")
_DEFENDED_SCOPE = 9  # the verb's subject may stand between (دافع وزير الخارجية ... عن)

_APPRECIATING = frozenset(normalize(w) for w in ("يقدر", "تقدر"))
_DEEDS = function_words("appreciated_deeds")
_DEED_SCOPE = 2  # تقدر إسرائيل قرار: the subject may stand between


def kinship(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``شقيق`` at ``i`` names kin or a people rather than calling a state
    "brotherly": it judges a state only with the article, right after the state's name or a
    singular nisba adjective (``السعودية الشقيقة``، ``الجانب التركي الشقيق``). Anywhere else it
    is kin (``شقيق الرئيس``، ``الأخ غير الشقيق``، ``الملاكمين الأوكرانيين الشقيقين``: a plural
    nisba describes persons; the dual ``الشقيقين`` is two brothers, or two countries that
    name no one actor: ``البلدين الشقيقين``), and after ``الشعب`` and its nisba it is sympathy
    with a people (``الشعب السوري الشقيق``), not a word on its state."""
    if normalize(entry.term) != _BROTHERLY:
        return False
    word = strip_conjunction(tokens[i].norm)
    if not word.startswith("ال") or word.endswith(_DUAL) or i == 0:
        return True
    if tokens[i - 1].clause != tokens[i].clause:
        return True
    before = strip_conjunction(tokens[i - 1].norm)
    if is_name(before):
        return False
    nisba = before.startswith("ال") and before.endswith(SINGULAR_NISBA)
    people = i >= 2 and _PEOPLE in word_forms(tokens[i - 2].norm)
    return not nisba or people


_BROTHERLY = normalize("شقيق")
_PEOPLE = normalize("شعب")
_DUAL = ("ين", "ان")


def dissuading(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a verb of commending (``أثنى``، ``يثني``) at ``i .. i+n-1`` has عن within
    :data:`_DISSUADE_SCOPE` words after it in its clause, before any على: ``ثنى X عن``
    dissuades (``اتفاق يثني سول عن خفض عملتها``، ``أن تثني الشركات عن التعامل``); praise
    takes على (``أثنى الوزير على``)."""
    if normalize(entry.term) not in _COMMENDING:
        return False
    for k in range(i + n, min(i + n + _DISSUADE_SCOPE, len(tokens))):
        word = strip_conjunction(tokens[k].norm)
        if tokens[k].clause != tokens[i].clause or word == _ON:
            return False
        if word == _ABOUT:
            return True
    return False


_COMMENDING = frozenset(normalize(w) for w in ("أثنى", "أثنت", "يثني", "تثني"))
_ON = normalize("على")
_DISSUADE_SCOPE = 4  # يثني الحكومة الروسية عن


def counting_two(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is the number two (``[number_two]``: ``تعرضت لها اثنتان من
    الناقلات``) or twelve (``اثني عشر``: alone, ``اثني`` is ``أثنى`` folded), whose letters
    hold those of a verb of commending once the hamza is folded: it counts."""
    word = strip_preposition(strip_conjunction(tokens[i].norm))
    twelve = word == _TWELVE and i + 1 < len(tokens) and tokens[i + 1].norm.startswith(_TEN)
    return word in _NUMBER_TWO or twelve


_NUMBER_TWO = function_words("number_two")
_TWELVE, _TEN = normalize("اثني"), normalize("عشر")


def league_name(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``ممتاز`` at ``i`` names the top division of a league or a cup: a word of
    ``[league_words]`` within :data:`_LEAGUE_SCOPE` words before it in its clause
    (``الدوري الإنجليزي الممتاز``، ``كأس فرنسا الممتازة``): a name, no praise."""
    if normalize(entry.term) != _EXCELLENT:
        return False
    before = range(max(i - _LEAGUE_SCOPE, 0), i)
    return any(
        tokens[k].clause == tokens[i].clause and not _LEAGUES.isdisjoint(word_forms(tokens[k].norm))
        for k in before
    )


_EXCELLENT = normalize("ممتاز")
_LEAGUES = function_words("league_words")
_LEAGUE_SCOPE = 2  # الدوري الروسي الممتاز


def given_name(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether an adjective that is also a given name or a verb (``[adjective_names]``: ``عادل``،
    ``صادق`` "sincere", also the verb "ratified") at ``i`` names a person or ratifies: it is
    followed by a family name (a word with the article, ``عادل الجبير``, or ``عبد``, ``عادل عبد
    المهدي``), ``صادق`` by ``على`` within :data:`_RATIFIED_SCOPE` words (``صادق البرلمان على
    الاتفاقية``; not ``حل عادل وشامل على أساس``), or it stands where no indefinite adjective
    stands: first in its sentence, or after a definite word, a name (definite too) or a relative
    pronoun (``عمدة لندن المسلم صادق خان``، ``عمدة لندن صادق خان``، ``الكنيست الإسرائيلي صادق
    في يناير``، ``الاتفاق الذي صادق عليه``). An indefinite adjective follows the indefinite noun
    it describes (``حل عادل للقضية``، ``التزام صادق بمبادئ``) and is followed by no definite
    word it describes (a relative pronoun is no such word: ``غير العادلة التي``)."""
    word = strip_conjunction(tokens[i].norm)
    if word not in _ADJECTIVE_NAMES:
        return False  # العادلة: a name takes no article
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if after.startswith(("ال", _SERVANT)) and after not in _RELATIVES:
        return True
    before = strip_conjunction(tokens[i - 1].norm) if i > 0 else ""
    ratifies = word == _RATIFIED and any(
        t.norm == _ON for t in tokens[i + 1 : i + 1 + _RATIFIED_SCOPE]
    )
    after_a_name = not before or _has_article(before) or is_name(before)
    return ratifies or after_a_name or before in _RELATIVES


def _has_article(word: str) -> bool:
    """Whether ``word`` (without و/ف) opens with the article, not with the ``الت`` of a verbal
    noun of the eighth form from a root that opens with ل (``التزام``، ``التقاء``، ``التفاف``:
    six letters, the fifth ا)."""
    eighth_form = len(word) == 6 and word.startswith("الت") and word[4] == "ا"
    return word.startswith("ال") and not eighth_form


def legitimacy_as_a_noun(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``الشرعية`` at ``i`` is the noun "legitimacy", not the adjective "legitimate":
    the definite feminine with a preposition on it (``للشرعية``) or after a word without the
    article (not ``غير``, which makes a negated adjective: ``المستوطنات غير الشرعية``), a
    preposition or nothing (``تحالف دعم الشرعية``، ``قوات الشرعية``، ``إلى جانب الشرعية``،
    ``مقررات الشرعية الدولية``). Arab news writes it for the government a war is
    fought to restore (Yemen's) or for the resolutions of the UN: a name, which praises none of
    the actors near it. The adjective follows the definite noun it describes (``السلطات
    السورية الشرعية``، ``الحكومة الشرعية``)."""
    word = strip_conjunction(tokens[i].norm)
    if normalize(entry.term) != _LEGITIMATE or not word.endswith("ة") or not definite(word):
        return False
    if not word.startswith("ال") or i == 0 or tokens[i - 1].clause != tokens[i].clause:
        return True
    before = strip_conjunction(tokens[i - 1].norm)
    return not _has_article(before) and before != _OTHER_THAN


_LEGITIMATE = normalize("شرعي")
_OTHER_THAN = normalize("غير")


def court_conviction(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a condemnation (``إدانة``، ``أدان``) at ``i .. i+n-1`` is followed by the charge
    (``[charges]``) it is for, with ب or في (``إثر إدانته بتهمة الاختلاس``، ``لإدانته في تهمة
    التزوير``، ``بعد إدانتهما بقتل``): a court's conviction of a person, no one's condemnation of
    a state (a condemnation takes its object with ل or none: ``إدانتها للهجوم``، ``أدان بشدة``)."""
    if normalize(entry.term) not in _CONDEMNATIONS:
        return False
    j = i + n
    if j >= len(tokens) or tokens[j].clause != tokens[i].clause:
        return False
    word = strip_conjunction(tokens[j].norm)
    if word == _IN and j + 1 < len(tokens):
        return bare_word(tokens[j + 1].norm) in _CHARGES
    return word[:1] == "ب" and word[1:].removeprefix("ال") in _CHARGES


_ADJECTIVE_NAMES = function_words("adjective_names")
_SERVANT = normalize("عبد")  # عادل عبد المهدي
_RATIFIED = normalize("صادق")
_RATIFIED_SCOPE = 3  # صادق البرلمان الإيراني على
_CONDEMNATIONS = frozenset(normalize(w) for w in ("إدانة", "أدان"))
_CHARGES = function_words("charges")
_IN = normalize("في")


def participle_as_noun(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a participle of evaluation at ``i`` is the adjective or noun (``المتهمة``،
    ``المنتقدين لسياسات``, "the critics of"), not the verb's participle "accusing,
    criticising": it carries the article, an accusing one has its charge right after it with
    ب (``متهم بالتجسس لصالح روسيا``), or a form with no accusative ending (``متهمة``,
    ``منتقدين``) stands inside its clause rather than opening it after a comma (``امرأة
    متهمة``): the circumstantial participle opens its clause and names its object first
    (``...، متهمة موسكو بـ``)."""
    term = normalize(entry.term)
    if term not in ACCUSING and term not in _OPENING_ONLY:
        return False
    word = strip_conjunction(tokens[i].norm)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    charge = after is not None and after.clause == tokens[i].clause and after.norm[:1] == "ب"
    charge = charge and not is_name(after.norm)  # متهما بكين، متهما بريطانيا: the accused
    opens = i == 0 or tokens[i - 1].clause != tokens[i].clause
    accused = term in ACCUSING and charge
    return word.startswith("ال") or accused or (term in _OPENING_ONLY and not opens)


ACCUSING = frozenset(normalize(w) for w in ("متهما", "متهمة", "متهمين"))
"""The participles of accusing: their object, the accused, is the word right after them."""
_OPENING_ONLY = frozenset(normalize(w) for w in ("متهمة", "متهمين", "منددين", "منتقدين", "مشيدين"))


def advance_notice(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a warning (``تحذير``) at ``i`` is called ``مسبق`` right after it (``بعد
    التحذير المسبق من الغرب لروسيا``, ``لم تتلق تحذيرا مسبقا``): notice given ahead of a
    strike or a storm, not a threat to the one told."""
    j = i + n
    return (
        normalize(entry.term) == _WARNING
        and j < len(tokens)
        and tokens[j].clause == tokens[i].clause
        and tokens[j].norm in _IN_ADVANCE
    )


_WARNING = normalize("تحذير")
_IN_ADVANCE = frozenset(normalize(w) for w in ("مسبق", "المسبق", "مسبقا", "مسبقة", "المسبقة"))


def names_a_body(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a hostile word at ``i`` is the rest of a body's name after its head noun without
    the article (``[remit_bodies]``: ``وكالة الجرائم الوطنية``، ``وحدة الجرائم الإلكترونية``،
    ``محكمة جرائم الحرب``): what the body deals with, no deed of the state its adjective
    names."""
    if entry.weight >= 0 or i == 0 or tokens[i - 1].clause != tokens[i].clause:
        return False
    word = tokens[i - 1].norm  # وكالة: its و is no conjunction
    heads = {word, strip_conjunction(word)}
    return any(h in _REMIT_BODIES or (h[:1] in "بل" and h[1:] in _REMIT_BODIES) for h in heads)


_REMIT_BODIES = function_words("remit_bodies")


def by_mistake(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a word of mistake at ``i`` is the adverb "by mistake" (``بالخطأ``، ``عن طريق
    الخطأ``: ``لقي حتفه بالخطأ``): how something happened, nobody's error judged."""
    if normalize(entry.term) != _MISTAKE:
        return False
    word = strip_conjunction(tokens[i].norm)
    return word == _BY_MISTAKE or (i > 0 and tokens[i - 1].norm == _WAY)


_MISTAKE = normalize("خطأ")
_BY_MISTAKE = normalize("بالخطأ")
_WAY = normalize("طريق")


def accomplishing(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``إنجاز`` at ``i`` is the verbal noun "accomplishing" a task, not an achievement
    praised: with ل of purpose (``لا يمكن الوثوق بها لإنجاز عملية الخروج``) or after في or على
    (``الرغبة في إنجازها``، ``قادرة على إنجاز المهمة``)."""
    if normalize(entry.term) != _ACHIEVEMENT:
        return False
    word = strip_conjunction(tokens[i].norm)
    return word.startswith("ل" + _ACHIEVEMENT) or (
        i > 0 and tokens[i - 1].clause == tokens[i].clause and tokens[i - 1].norm in _IN_ON
    )


_ACHIEVEMENT = normalize("إنجاز")
_IN_ON = frozenset(normalize(w) for w in ("في", "على"))


def verb_after_and(i: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether an adjective entry that starts with وا (``واعد``: promising) is written ``وأ``
    at ``i`` (``وأعد لائحة``: "and prepared"): the hamza shows و and a verb, which folding
    the spelling hides."""
    written = text[tokens[i].start : tokens[i].end]
    return entry.pos == "adj" and normalize(entry.term).startswith("وا") and "وأ" in written[:2]


def inability_as_a_figure(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a word of inability (``[inabilities]``: ``عجز``) at ``i .. i+n-1`` has no عن
    within :data:`_INABILITY_SCOPE` words after it in its clause: then news names a figure
    (``خفض العجز``، ``عجز الموازنة``: a deficit), not an actor's inability."""
    if normalize(entry.term) not in role_frames().inabilities:
        return False
    after = range(i + n, min(i + n + _INABILITY_SCOPE, len(tokens)))
    return not any(
        tokens[k].clause == tokens[i].clause and strip_conjunction(tokens[k].norm) == _ABOUT
        for k in after
    )


_INABILITY_SCOPE = 3  # عجز الاتحاد الأوروبي عن


def noun_of_a_verb(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether the bare past verb of a ``[verb_homographs]`` entry at ``i`` (``ثمن``), alone or
    with an object pronoun (``ثمنها``), stands where no verb does: not at the start of its
    clause (after و or ف too: ``وثمن الوزير``، ``وثمنها``) nor after a relative pronoun (``التي
    ثمنت``، ``التي ثمنها``), so it is the noun (``الدور ثمن النهائي``، ``دفع ثمن``، ``دفعت
    روسيا ثمنها``: its price). The other forms (``ثمنت``، ``يثمن``) are verbs anywhere."""
    term = normalize(entry.term)
    word = strip_conjunction(tokens[i].norm)
    if term not in role_frames().verb_homographs or word not in {term} | {
        term + pronoun for pronoun in RESUMPTIVE
    }:
        return False
    opens = i == 0 or tokens[i - 1].clause != tokens[i].clause
    return not (opens or tokens[i - 1].norm in _RELATIVES)


_RELATIVES = function_words("relatives")

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

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import function_words
from helpers.speech_parts import SINGULAR_NISBA, is_name
from helpers.stance_clauses import RESUMPTIVE, Token, bare_word
from helpers.stance_lexicon import Entry, defends, role_frames, word_forms

__all__ = ["ACCUSING", "judges_no_one"]


def judges_no_one(i: int, n: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether the hit at ``i .. i+n-1`` is a word of two senses in the sense that judges no
    one (:func:`inability_as_a_figure`, :func:`noun_of_a_verb`, :func:`verb_after_and`,
    :func:`enters_into_force`, :func:`advance_notice`, :func:`court_conviction`,
    :func:`given_name`, :func:`dissuading`, :func:`participle_as_noun`, :func:`enters`,
    :func:`names_a_body`, :func:`by_mistake`, :func:`accomplishing`, :func:`kinship`,
    :func:`estimating`, :func:`defending_no_one`, :func:`armed_intervention`,
    :func:`investigated_intervention`, :func:`dated_intervention`,
    :func:`hedged_intervention`, :func:`discussed_intervention`); ``text`` is the text the
    tokens index."""
    return (
        inability_as_a_figure(i, n, entry, tokens)
        or noun_of_a_verb(i, entry, tokens)
        or verb_after_and(i, entry, tokens, text)
        or enters_into_force(i, n, entry, tokens)
        or advance_notice(i, n, entry, tokens)
        or court_conviction(i, n, entry, tokens)
        or given_name(i, entry, tokens)
        or dissuading(i, n, entry, tokens)
        or participle_as_noun(i, entry, tokens)
        or enters(i, n, entry, tokens)
        or names_a_body(i, entry, tokens)
        or by_mistake(i, entry, tokens)
        or accomplishing(i, entry, tokens)
        or kinship(i, entry, tokens)
        or estimating(i, n, entry, tokens)
        or defending_no_one(i, entry, tokens)
        or armed_intervention(i, n, entry, tokens)
        or investigated_intervention(i, entry, tokens)
        or dated_intervention(i, entry, tokens, text)
        or hedged_intervention(i, entry, tokens, text)
        or discussed_intervention(i, entry, tokens, text)
    )


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
    dissuades (``اتفاق يثني سول عن خفض عملتها``); praise takes على (``أثنى الوزير على``)."""
    if normalize(entry.term) not in _COMMENDING:
        return False
    for k in range(i + n, min(i + n + _DISSUADE_SCOPE, len(tokens))):
        word = strip_conjunction(tokens[k].norm)
        if tokens[k].clause != tokens[i].clause or word == _ON:
            return False
        if word == _ABOUT:
            return True
    return False


_COMMENDING = frozenset(normalize(w) for w in ("أثنى", "أثنت", "يثني"))
_ON = normalize("على")
_DISSUADE_SCOPE = 4  # يثني الحكومة الروسية عن


def given_name(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether an adjective that is also a given name (``[adjective_names]``: ``عادل``) at
    ``i`` is followed by a family name: a word with the article (``عادل الجبير``) or ``عبد``
    (``عادل عبد المهدي``). An indefinite adjective is followed by no definite word it
    describes (``حل عادل للقضية``، ``سلام عادل وشامل``; a relative pronoun is no such word:
    ``غير العادلة التي``), so it names a person there."""
    word = strip_conjunction(tokens[i].norm)
    if word not in _ADJECTIVE_NAMES or i + 1 >= len(tokens):
        return False  # العادلة: a name takes no article
    after = tokens[i + 1].norm
    return after.startswith(("ال", _SERVANT)) and after not in _RELATIVES


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


def enters_into_force(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``تدخل`` at ``i`` has ``حيز`` within :data:`_FORCE_SCOPE` words after it in
    its clause (``تدخل دفعة أولى من العقوبات الأميركية حيز التنفيذ``): the verb "enters" of
    a law or a measure taking effect, no one's intervention."""
    if normalize(entry.term) != _INTERVENTION:
        return False
    after = range(i + n, min(i + n + _FORCE_SCOPE, len(tokens)))
    return any(tokens[k].clause == tokens[i].clause and tokens[k].norm == _SPACE for k in after)


_INTERVENTION = normalize("تدخل")
_SPACE = normalize("حيز")
_FORCE_SCOPE = 8  # تدخل دفعة أولى من العقوبات الأميركية حيز: the subject between


def enters(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether the bare ``تدخل`` at ``i`` is the verb "enters, takes part" (تَدخُل), not the
    noun "interference": a preposition with a pronoun, or ب with the article, right after it
    (``حرب تدخل فيها أطراف عدة``، ``تدخل بالمنطقة في صراعات``: the noun takes في and a noun),
    a relative pronoun or a particle of the verb (لم، لن، قد، سوف) right before it (``السلع
    التي تدخل بريطانيا``), or a person without the article within four words before it, its
    subject (``أول امرأة عربية تدخل الكونغرس``: no one's interference is an indefinite
    person's)."""
    if normalize(entry.term) != _INTERVENTION or strip_conjunction(tokens[i].norm) != _INTERVENTION:
        return False
    j = i + n
    if j < len(tokens) and tokens[j].clause == tokens[i].clause:
        if tokens[j].norm in _PRONOUN_PREPOSITIONS or tokens[j].norm.startswith(_WITH_THE):
            return True
    if i > 0 and strip_conjunction(tokens[i - 1].norm) in _RELATIVES | _VERB_PARTICLES:
        return True  # السلع التي تدخل بريطانيا، لم تدخل: only a verb follows these
    return any(
        tokens[k].clause == tokens[i].clause and strip_conjunction(tokens[k].norm) in _PERSONS
        for k in range(max(i - _PERSON_SCOPE, 0), i)
    )


_PRONOUN_PREPOSITIONS = frozenset(
    normalize(w) for w in "فيها فيه فيهم إليها إليه إليهم بها به عليها عليه".split()
)
_WITH_THE = normalize("بال")
_VERB_PARTICLES = frozenset(normalize(w) for w in "لم لن قد سوف".split())
_PERSONS = function_words("private_persons") | frozenset(
    normalize(w) for w in "امرأة سيدة فتاة رجل شاب شابة شخص".split()
)
_PERSON_SCOPE = 4  # أول امرأة من أصل عربي تدخل


def armed_intervention(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``تدخل`` at ``i`` names a military intervention (``عسكري``، ``عسكريا`` or forces
    within :data:`_ARMED_SCOPE` words after it: ``بدء روسيا تدخلها العسكري``، ``تدخلت فرنسا
    عسكريا في مالي``، ``تدخل قوات فرنسية``), or one called for or backed (a word of calling or
    support within :data:`_ARMED_SCOPE` words before it: ``داعيا مجلس الأمن للتدخل``، ``دعم أي
    تدخل ألماني``): a reported act or a request, like a strike or aid sent, which the
    guidelines call none. So also one at the head of a coalition or by one (``تدخلت السعودية
    على رأس تحالف عسكري``، ``تدخل التحالف الذي تقوده``), and a singular one in a war
    (``تدخل روسيا في الصراع السوري``) or one that turned the balance of forces (``وقلب التدخل
    ... موازين القوى``): :func:`_fought`. Not interference in another's affairs (``في
    الشؤون``), nor one a word of criticism earlier in the clause judges (``ينتقد ... والتدخل
    العسكري``)."""
    before = _unjudged_intervention(i, entry, tokens)
    if before is None:
        return False
    clause = tokens[i].clause
    after = [
        strip_conjunction(tokens[k].norm).removeprefix("ال")
        for k in range(i + n, min(i + n + _BALANCE_SCOPE, len(tokens)))
        if tokens[k].clause == clause
    ]
    if any(w.removeprefix("ب").removeprefix("ال") in _AFFAIRS for w in after[:_ARMED_SCOPE]):
        return False  # التدخلات الإيرانية في الشؤون الداخلية
    if any(w.startswith(_ARMED) or w in _FORCES for w in _ungoverned(after[:_ARMED_SCOPE])):
        return True
    return any(w in _CALLS for w in before[-_ARMED_SCOPE:]) or _fought(i, after, before, tokens)


def _fought(i: int, after: list[str], before: list[str], tokens: list[Token]) -> bool:
    """Whether the words ``after`` ``تدخل`` at ``i`` (without their article) make it a war's:
    ``على رأس`` within :data:`_COALITION_SCOPE` words (``تدخلت السعودية (سنة) على رأس
    تحالف``: who leads a coalition leads forces), a coalition right after it (``تدخل التحالف
    الذي تقوده السعودية``), a war after في within :data:`_WAR_SCOPE` words (``منذ تدخل روسيا في
    الحرب``، ``التدخل الروسي في الحرب الأهلية``), or the balance of forces it changed
    (``وقلب التدخل الصيني ... موازين القوى``). The plural ``تدخلات`` is meddling, not a war
    (``تدخلاتها في نزاعات المنطقة``), and words that oppose it (``بسبب``، ``تتوقف عن``) judge."""
    if _PLURAL in tokens[i].norm or any(w in _OPPOSING for w in before):
        return False
    if after[:1] == [_COALITION] or _pair(after[:_COALITION_SCOPE], _ON, {_HEAD}):
        return True
    return _pair(after[:_WAR_SCOPE], _IN, _WARS) or any(w in _BALANCES for w in after)


def _pair(words: list[str], first: str, seconds: frozenset[str] | set[str]) -> bool:
    """Whether ``first`` is followed right after by one of ``seconds`` among ``words``
    (``على رأس``، ``في الحرب``)."""
    return any(a == first and b in seconds for a, b in zip(words, words[1:], strict=False))


def _unjudged_intervention(i: int, entry: Entry, tokens: list[Token]) -> list[str] | None:
    """The words before ``تدخل`` at ``i`` in its clause (within :data:`_CRITICISM_SCOPE`),
    when the hit is that word and no word of criticism among them judges it (``ينتقد فيها ...
    والتدخل العسكري الذي تقوده الرياض``); None otherwise. Both readings of an intervention as
    no stance (:func:`armed_intervention`, :func:`investigated_intervention`) start here."""
    if normalize(entry.term) != _INTERVENTION:
        return None
    before = [
        strip_conjunction(tokens[k].norm)
        for k in range(max(i - _CRITICISM_SCOPE, 0), i)
        if tokens[k].clause == tokens[i].clause
    ]
    return None if any(w in _CRITICISMS for w in before) else before


def _ungoverned(words: list[str]) -> list[str]:
    """The words before the first one that opens a prepositional phrase (``في``، ``بتعاونها``):
    what qualifies a noun, not what its object is (``التدخل بتعاونها العسكري``)."""
    cut = next((k for k, w in enumerate(words) if w in _OPENERS or w[:1] in "بل"), len(words))
    return words[:cut]


_ARMED_SCOPE = 3  # التدخل الروسي العسكري المباشر
_COALITION_SCOPE = 5  # تدخلت السعودية (سنة) على رأس
_WAR_SCOPE = 5  # تدخل روسيا بشكل مباشر في الحرب
_BALANCE_SCOPE = 8  # وساهم التدخل الروسي في صيف 2015 بقلب ميزان القوى
_PLURAL = normalize("تدخلات")
_HEAD = normalize("رأس")
_COALITION = normalize("تحالف")
_WARS = frozenset(normalize(w) for w in "حرب صراع نزاع قتال".split())  # without the article
_BALANCES = frozenset(normalize(w) for w in "موازين ميزان كفة".split())
_OPPOSING = frozenset(
    normalize(w)
    for w in """بسبب جراء ضد وقف لوقف توقف تتوقف يتوقف إنهاء لإنهاء التصدي للتصدي مواجهة
    لمواجهة منع لمنع الكف تكف يكف""".split()
)
_CRITICISM_SCOPE = 12  # a word of criticism earlier in the clause judges the intervention
_CRITICISMS = frozenset(
    normalize(w)
    for w in """انتقد ينتقد تنتقد انتقدت انتقاد انتقادات أدان يدين تدين أدانت إدانة ندد يندد
    تندد نددت تنديد رفض يرفض ترفض رفضت عارض يعارض تعارض معارضة""".split()
)
_ARMED = normalize("عسكري")
_FORCES = frozenset(normalize(w) for w in "قوات قواتها قواته جيش".split())
_OPENERS = frozenset(normalize(w) for w in "في على عن من إلى مع ضد".split())
_AFFAIRS = frozenset(normalize(w) for w in "شؤون شأن شئون".split())
_CALLS = frozenset(
    normalize(w)
    for w in "دعا دعت داعيا داعية دعوة دعوات طالب طالبت مطالبا مطالبة ناشد ناشدت دعم تأييد".split()
)


def investigated_intervention(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``تدخل`` at ``i`` is the subject of an investigation or a case: a preposition of
    a topic (``في``، ``حول``، ``بشأن``، ``بخصوص``) before it, words of likelihood or allegation
    between (``احتمال``، ``مزاعم``), and a word of investigating at most
    :data:`_INQUIRY_SCOPE` words before that preposition (``المحقق الخاص الذي يحقق في التدخل
    الروسي``، ``التحقيق الجاري حول تدخل روسيا``، ``التحقيق الذي يجريه المحقق الخاص في``), or
    ``قضية`` right before it (``في قضية التدخل الروسي``). Whether an interference took place is
    what is investigated: the report names the inquiry's subject and judges no one, like an
    alleged act. Not when a word of criticism earlier in the clause judges it."""
    before = _unjudged_intervention(i, entry, tokens)
    if before is None:
        return False
    words = before[::-1]  # nearest first
    while words[:1] and words[0] in _HEDGES:
        words = words[1:]  # يحقق في احتمال حدوث تدخل روسي
    if words[:1] and words[0] in _CASES:
        return True
    if not words[:1] or words[0] not in _TOPICS:
        return False
    return any(_one_of(w, _INQUIRIES) for w in words[1 : 1 + _INQUIRY_SCOPE])


def dated_intervention(i: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether ``تدخل`` at ``i`` dates another event: right after a word of time (``منذ``،
    ``بعد``، ``قبل``، ``عقب``، ``إثر``، ``عام``), with ``بدء``/``بداية`` between or not
    (``منذ التدخل الروسي في سوريا``، ``وأدى النزاع منذ التدخل السعودي إلى``، ``منذ بدء تدخله``،
    ``بعد تدخل السلطات الألمانية``، ``عام التدخل الروسي``). News dates by a known act, a
    background fact no one is judged by, like a strike or a visit. Not the word in quotation
    marks (``بعد "تدخل" مسؤولين روس``: a speaker's word for it), nor one a word of criticism
    earlier in its clause judges."""
    words = _unquoted_intervention(i, entry, tokens, text)
    if words[:1] and words[0] in _STARTS:
        words = words[1:]
    return bool(words) and words[0] in _TIMES and words[1:2] != [_FROM]


def hedged_intervention(i: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether ``تدخل`` at ``i`` is told as a report, a suspicion or a possibility: such a
    word before it with only linking words between (``تقارير عن تدخلها``، ``تقارير عدة تفيد
    بتدخل روسيا``، ``ما يتردد عن تدخل``، ``الاشتباه بتدخل``، ``إمكانية تدخل الولايات
    المتحدة``، ``احتمال حصول تدخل روسي``). What is reported or possible is not said, like an
    act the text calls alleged (:func:`helpers.stance_modifiers.alleged`): it judges no one.
    Not claims (``مزاعم``، ``ادعاءات``): a claim has a claimant, and the guidelines call a
    charge against the one charged (one borderline development pair, where the claims are
    none, then read a support word beside them as favor). Not in quotation marks, nor after
    criticism."""
    words = _unquoted_intervention(i, entry, tokens, text)[: _HEDGE_SCOPE + 1]
    while words[:1] and words[0] in _LINKS:
        words = words[1:]
    return bool(words) and _one_of(words[0], _CLAIMS)


def discussed_intervention(i: int, entry: Entry, tokens: list[Token], text: str) -> bool:
    """Whether the singular ``تدخل`` at ``i`` is the topic of a statement, a testimony, a
    hearing or a question: a preposition of a topic (``حول``، ``بشأن``، ``عن``، ``بخصوص``)
    right before it and a noun of saying within :data:`_TALK_SCOPE` words before that
    (``تراجع عن تصريحاته السابقة بشأن التدخل الروسي``، ``في جلسة استماع حول تدخل روسيا``،
    ``فلدى سؤاله عن التدخل الروسي``، ``بشهادة كاذبة حول التدخل``). The report names what was
    spoken about, not what was said of it, like an inquiry's subject. Not the plural
    ``تدخلات`` nor interference in affairs (``حول التدخل الإيراني في الشؤون``), which speakers
    use to judge."""
    words = _unquoted_intervention(i, entry, tokens, text)
    if not words or words[0] not in _SPOKEN_TOPICS or _PLURAL in tokens[i].norm:
        return False
    after = (tokens[k] for k in range(i + 1, min(i + 1 + _ARMED_SCOPE, len(tokens))))
    if any(_one_of(t.norm, _AFFAIRS) for t in after if t.clause == tokens[i].clause):
        return False
    return any(_one_of(w, _TALKS) for w in words[1 : 1 + _TALK_SCOPE])


_SPOKEN_TOPICS = frozenset(normalize(w) for w in "حول بشأن عن بخصوص".split())
_TALK_SCOPE = 4  # تصريحات أدلى بها ترامب عن التدخل
_TALKS = frozenset(
    normalize(w)
    for w in """تصريح تصريحات تصريحاته تصريحاتها شهادة شهادته شهادتها استماع جلسة جلسات
    سؤال سؤاله أسئلة تقرير تقريره تقريرها معلومات مناقشة مناقشات""".split()
)


def _unquoted_intervention(i: int, entry: Entry, tokens: list[Token], text: str) -> list[str]:
    """The words before ``تدخل`` at ``i`` in its clause, nearest first, when the hit is that
    word, outside quotation marks (``بعد "تدخل" مسؤولين روس``: a speaker's word for it) and
    judged by no word of criticism before it; an empty list otherwise."""
    before = _unjudged_intervention(i, entry, tokens)
    if before is None or text[tokens[i].start - 1 : tokens[i].start] in _QUOTES:
        return []
    return before[::-1]


_TIMES = frozenset(normalize(w) for w in "منذ بعد قبل عقب إثر عام".split())
_STARTS = frozenset(normalize(w) for w in "بدء بداية".split())
_FROM = normalize("من")  # من قبل: by, not before
_QUOTES = frozenset('"«“')
_HEDGE_SCOPE = 3  # مزاعم تشير إلى تدخل، احتمال حصول تدخل
_LINKS = frozenset(
    normalize(w) for w in "عن إلى في حول بشأن القائلة تشير تفيد التي حصول حدوث وجود عدة".split()
)
_CLAIMS = frozenset(
    normalize(w) for w in "اشتباه احتمال احتمالية إمكانية تقارير شكوك شبهات يتردد".split()
)


def _one_of(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``vocabulary`` with its article or a preposition or not
    (``للتحقيق``، ``تحقيقه``، ``بمزاعم``، ``المزاعم``)."""
    return any(
        word.startswith(prefix) and word[len(prefix) :] in vocabulary
        for prefix in ("لل", "بال", "ال", "ل", "ب", "")
    )


_INQUIRY_SCOPE = 3  # التحقيق الذي يجريه المحقق الخاص في: the investigator within three
_INQUIRIES = frozenset(
    normalize(w)
    for w in """تحقيق تحقيقا تحقيقات تحقيقه تحقيقها تحقيقاته تحقيقاتها يحقق تحقق يحققون
    محقق المحقق محققون محققين""".split()
)
_TOPICS = frozenset(normalize(w) for w in "في حول بشأن بخصوص".split())
_HEDGES = frozenset(normalize(w) for w in "احتمال حدوث مزاعم المزاعم ادعاءات شبهات".split())
_CASES = frozenset(normalize(w) for w in "قضية ملف".split())


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

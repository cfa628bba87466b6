"""Which readings of ``تدخل`` judge no one: the verb "enters", and an intervention told as
an act, a date, an inquiry's subject, a report or a topic of talk.

``تدخل`` is one of the commonest hostile words of Arabic news, and most of its uses judge no
one: the verb تَدخُل "enters" (``تدخل حيز التنفيذ``، ``السلع التي تدخل بريطانيا``), a military
intervention reported (``تدخلت فرنسا عسكريا``، ``تدخلت السعودية على رأس تحالف``، ``منذ تدخل روسيا
في الحرب``), one that dates another event (``منذ التدخل السعودي``), one investigated, reported
or possible (``التحقيق حول التدخل``، ``تقارير عن تدخلها``، ``إمكانية تدخل``), and one named as
what a statement was about (``تصريحاته بشأن التدخل الروسي``). The guidelines call reported acts
and statements none. Interference in another's affairs, and any a speaker or the outlet
criticises, opposes or puts in quotation marks, still judges.
:func:`intervention_judges_no_one` is read by :func:`helpers.stance_senses.judges_no_one`.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Token
from helpers.stance_lexicon import Entry, proclitic_readings

__all__ = ["intervention_judges_no_one"]


def intervention_judges_no_one(
    i: int, n: int, entry: Entry, tokens: list[Token], text: str
) -> bool:
    """Whether the hit at ``i .. i+n-1`` is ``تدخل`` in a reading that judges no one
    (:func:`enters_into_force`, :func:`enters`, :func:`armed_intervention`,
    :func:`investigated_intervention`, :func:`dated_intervention`,
    :func:`hedged_intervention`, :func:`discussed_intervention`); ``text`` is the text the
    tokens index."""
    if normalize(entry.term) != _INTERVENTION:
        return False
    return (
        enters_into_force(i, n, entry, tokens)
        or enters(i, n, entry, tokens)
        or armed_intervention(i, n, entry, tokens)
        or investigated_intervention(i, entry, tokens)
        or dated_intervention(i, entry, tokens, text)
        or hedged_intervention(i, entry, tokens, text)
        or discussed_intervention(i, entry, tokens, text)
    )


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
    التي تدخل بريطانيا``), the future س on it (``ستدخل القوات المنطقة``، ``ستدخل تعديلات``:
    "will intervene" is ستتدخل), or a person without the article within four words before it, its
    subject (``أول امرأة عربية تدخل الكونغرس``: no one's interference is an indefinite
    person's)."""
    word = strip_conjunction(tokens[i].norm)
    if normalize(entry.term) != _INTERVENTION:
        return False
    if word.startswith(_FUTURE) and word[1:].startswith(_INTERVENTION):
        return True  # ستدخل، ستدخله: the future of تَدخُل (ستتدخل would intervene)
    if word != _INTERVENTION:
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
_FUTURE = "س"
_PERSONS = function_words("private_persons") | {normalize("شخص")}
_PERSON_SCOPE = 4  # أول امرأة من أصل عربي تدخل


def armed_intervention(i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether ``تدخل`` at ``i`` names a military intervention (``عسكري``، ``عسكريا`` or forces
    within :data:`_ARMED_SCOPE` words after it: ``بدء روسيا تدخلها العسكري``، ``تدخلت فرنسا
    عسكريا في مالي``، ``تدخل قوات فرنسية``), or one called for, needed or backed (a word of
    calling, needing or support within :data:`_ARMED_SCOPE` words before it: ``داعيا مجلس
    الأمن للتدخل``، ``صراع يتطلب تدخل الولايات المتحدة``، ``دعم أي تدخل ألماني``): a
    reported act or a request, like a strike or aid sent, which the guidelines call none.
    So also one at the head of a coalition or by one (``تدخلت السعودية على رأس تحالف
    عسكري``، ``تدخل التحالف الذي تقوده``), and a singular one in a war (``تدخل روسيا في
    الصراع السوري``) or one that turned the balance of forces (``وقلب التدخل ... موازين
    القوى``): :func:`_fought`. Not interference in another's affairs (``في الشؤون``), nor
    one a word of criticism earlier in the clause judges (``ينتقد ... والتدخل العسكري``)."""
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
    for w in """دعا دعت داعيا داعية دعوة دعوات طالب طالبت مطالبا مطالبة ناشد ناشدت دعم تأييد
    طلب طلبا يتطلب تتطلب يستدعي تستدعي يحتاج تحتاج""".split()
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
    """Whether ``word`` is one of ``vocabulary`` behind any proclitics or none
    (``للتحقيق``، ``تحقيقه``، ``بمزاعم``، ``المزاعم``; :func:`proclitic_readings`)."""
    return not vocabulary.isdisjoint(proclitic_readings(word))


_INQUIRY_SCOPE = 3  # التحقيق الذي يجريه المحقق الخاص في: the investigator within three
_INQUIRIES = frozenset(
    normalize(w)
    for w in """تحقيق تحقيقا تحقيقات تحقيقه تحقيقها تحقيقاته تحقيقاتها يحقق تحقق يحققون
    محقق المحقق محققون محققين""".split()
)
_TOPICS = frozenset(normalize(w) for w in "في حول بشأن بخصوص".split())
_HEDGES = frozenset(normalize(w) for w in "احتمال حدوث مزاعم المزاعم ادعاءات شبهات".split())
_CASES = frozenset(normalize(w) for w in "قضية ملف".split())

_IN = normalize("في")
_ON = normalize("على")
_RELATIVES = function_words("relatives")

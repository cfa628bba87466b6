"""What changes a lexicon hit's value before it is attached to an actor.

A hit of :mod:`helpers.stance_rules` starts from its lexicon weight; the words around it change
it: a negator in the two words before flips it, or further through the noun phrase of ``أي``
(:func:`helpers.stance_syntax.negates`); a negated hostile or negative word counts for
nothing (not doing harm is no praise, ``ألا يكرروا أخطاء الماضي``). A shifter (``رفض``، ``رفع``)
flips the patient and evaluative hits it governs, an intensifier multiplies the nearest hit.
Some hits count for nothing: reported acts (``عقوبات``، ``مساعدات``: the role frames' acts), a
hostile word governed by a word of countering or charging (``مكافحة الإرهاب``، ``بتهم``), a
cooperation word that is only talked about (``يتحدث عن التعاون``), a word inside an embedded
question (``سئل عما إذا كان الاعتداء ...``), a favorable word under a condition or in a direct
question (``إذا كانت إيران صادقة``، ``هل نجحت السعودية ...؟``), support a politician gets from
his own voters or members of parliament (``تحظى ميركل بدعم النواب``), an act the text calls alleged
(``التدخل الروسي المزعوم``: a charge it reports, not makes), a name it cites (``بما عرف
بالتدخل الروسي``) or a list's name (``قائمة الدول الراعية للإرهاب``). Success at a hostile
thing is no praise but that thing (``نجحت إيران في نشر الفوضى``).
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word
from helpers.stance_lexicon import (
    EVALUATIVE_ROLES,
    Entry,
    proclitic_readings,
    role_frames,
    word_forms,
)
from helpers.stance_roles import countered
from helpers.stance_senses import judges_no_one
from helpers.stance_syntax import negates

__all__ = ["hit_value", "is_countered", "names_the_counterer"]

_SHIFTER_SCOPE = 3  # words after a shifter (رفعت الولايات المتحدة العقوبات)
_INTENSIFIER_SCOPE = 2  # words either side of an intensifier


def hit_value(
    i: int, n: int, entry: Entry, found: list, tokens: list[Token], text: str
) -> tuple[float, str]:
    """The signed value of the lexicon hit at tokens ``i .. i+n-1`` and the words that fired
    (the hit and its modifiers); 0 for a hit that counts for nothing. A countered hit keeps
    its value: :func:`is_countered` says whether only its named doer may take it.

    ``found`` holds the sentence's lexicon matches: ``(token index, entry, number of tokens,
    possessive)``.
    """
    frames, term = role_frames(), normalize(entry.term)
    if (
        entry.role not in EVALUATIVE_ROLES
        or term in frames.acts
        or term in frames.terms_of_art  # العجز التجاري
        or judges_no_one(i, n, entry, tokens, text)  # خفض العجز، ثمن النهائي
        or (entry.role == "mutual" and _spoken_of(i, tokens))
        or asked_whether(i, tokens)  # سئل عما إذا كان الاعتداء عملا من قبل الدولة
        or (_favorable(entry) and conditioned(i, tokens))  # إذا كانت إيران صادقة، لو نجح الروس
        or (_favorable(entry) and asked_directly(i, tokens, text))  # هل نجحت السعودية ...؟
        or (_favorable(entry) and backed_at_home(i, found, tokens))  # تحظى ميركل بدعم النواب
        or alleged(i, n, tokens)  # تدخل روسيا المزعوم، دورها المزعوم في تسميم
        or cited_name(i, tokens)  # بما عرف بالتدخل الروسي
        or names_a_list(i, tokens)  # على قائمة الدول الراعية للإرهاب
    ):
        return 0.0, ""
    value, words = _modified(i, n, entry, found, tokens, text)
    if value > 0 and term in frames.achievements:
        value = _achieved(i, n, value, found, tokens)
    return value, words


def asked_whether(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is inside an embedded question of its clause (``عما إذا كان``,
    ``في ما إذا``, ``حول ما إذا``, or ``إن`` after a verb of asking: ``وسئل إن كان اللوم يقع
    على روسيا``): what is asked, investigated or unsure is not said, so it judges no one.
    Not a condition (``إذا ما انتصر``, a warning's premise)."""
    for k in range(i - 1, 0, -1):
        if tokens[k].clause != tokens[i].clause:
            return False
        before = strip_conjunction(tokens[k - 1].norm)
        if tokens[k].norm == _IF and before in _WHAT:
            return True
        if tokens[k].norm == _WHETHER and _asked(k, tokens):
            return True
    return False


def _asked(k: int, tokens: list[Token]) -> bool:
    """Whether a verb of asking stands within :data:`_ASKED_SCOPE` words before ``إن`` at
    ``k`` (``وسئل الوزير إن كان``: the one asked between; إن opens a clause of its own)."""
    return any(
        strip_conjunction(tokens[j].norm) in _ASKING for j in range(max(k - _ASKED_SCOPE, 0), k)
    )


def _favorable(entry: Entry) -> bool:
    """Whether ``entry`` is a favorable word that may decide a stance: positive, and no word of
    cooperation (``اتفاق``، ``تعاون``: talked of under a condition they decide nothing anyway,
    ``إذا انسحبت من الاتفاق``)."""
    return entry.weight > 0 and entry.role != "mutual"


def conditioned(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` stands in the condition of its clause: a particle of condition
    (``[conditions]``: إذا، لو، في حال) within :data:`_CONDITION_SCOPE` words before it, in its
    clause (``إذا كانت إيران صادقة في التزامها``، ``ولو نجح الروس في ذلك``، ``في حال نجاحه``).
    A good quality or a success granted only if something holds is not said of anyone: read by
    :func:`hit_value` for favorable words only, since a hostile act under a condition is most
    often a warning's premise (``إذا هاجمت``), which :mod:`helpers.stance_chains` reads. ``لو``
    counts where it opens its clause or follows a conjunction (``ولو``، ``حتى لو``), not inside a
    name (``جان إيف لو دريان``); ``حال`` only after ``في`` or opening its clause (not ``حالة``,
    a state: ``في حالة جيدة``)."""
    clause = tokens[i].clause
    for k in range(i - 1, max(i - 1 - _CONDITION_SCOPE, -1), -1):
        if tokens[k].clause != clause:
            return False
        written = tokens[k].norm
        word = strip_conjunction(written, 1)  # ولو، وإذا، فإذا
        if written not in _CONDITIONS and word not in _CONDITIONS:
            continue
        opens = k == 0 or tokens[k - 1].clause != clause or written not in _CONDITIONS
        before = strip_conjunction(tokens[k - 1].norm) if k else ""
        if _IF in (word, written) or opens or before in _CONDITION_LEADS:
            return True
    return False


def backed_at_home(i: int, found: list, tokens: list[Token]) -> bool:
    """Whether the noun of support at ``i`` is got by the subject of a verb of getting (a
    receiver of the lexicon in ``found``, the sentence's matches, within :data:`_GOT_SCOPE`
    words before it: ``تحظى ميركل بدعم``، ``يحظى بتأييد``) from a constituency
    (``[constituents]``) within :data:`_HOME_SCOPE` words after it in its clause (``بدعم
    النواب المنتمين لحزبها``، ``بتأييد 70 بالمئة من الناخبين``، ``بدعم قاعدة ناخبي
    الحزب``): a politician's backing at home is domestic politics, no favor of another
    toward the state he stands for. Support from another stays (``تحظى السعودية بدعم
    الولايات المتحدة``، ``نالت بريطانيا دعما من شركائها``)."""
    if _BACKING.isdisjoint(word_forms(tokens[i].norm)):
        return False
    clause = tokens[i].clause
    if not any(e.role == "receiver" and 0 < i - j <= _GOT_SCOPE for j, e, _, _ in found):
        return False
    after = range(i + 1, min(i + 1 + _HOME_SCOPE, len(tokens)))
    return any(
        tokens[k].clause == clause and not _CONSTITUENTS.isdisjoint(word_forms(tokens[k].norm))
        for k in after
    )


_BACKING = function_words("sponsoring_nouns") | {normalize("تأييد")}  # دعم، مساندة، تأييد
_CONSTITUENTS = function_words("constituents")  # الناخبين، النواب، قاعدة
_GOT_SCOPE = 4  # تحظى ميركل حتى الآن بدعم
_HOME_SCOPE = 5  # بتأييد 70 بالمئة من الناخبين


def asked_directly(i: int, tokens: list[Token], text: str) -> bool:
    """Whether the word at ``i`` is in a direct question: its sentence ends with ``؟`` and an
    interrogative stands before it in its clause (``هل``، ``كيف``، ``لماذا``، or ``ما`` with
    ``هي``/``هو``: ``هل نجحت السعودية بإيصال رسالتها؟``، ``ما هي فرص نجاح ماكرون في
    الوساطة؟``). A success or a support asked about is not said (:func:`hit_value` reads it for
    favorable words: a hostile act in a question is often an insinuation, left as it is)."""
    end = tokens[-1].end
    if _QUESTION_MARK not in text[end : end + _QUESTION_REACH]:
        return False
    clause = tokens[i].clause
    for k in range(i - 1, -1, -1):
        if tokens[k].clause != clause:
            return False
        word = strip_conjunction(tokens[k].norm)
        if word in _INTERROGATIVES:
            return True
        if word == _WHAT_IS and k + 1 < i and tokens[k + 1].norm in _IS:
            return True
    return False


def alleged(i: int, n: int, tokens: list[Token]) -> bool:
    """Whether the text calls the act at ``i .. i+n-1`` alleged: ``المزعوم`` in its noun
    phrase, within :data:`_ALLEGED_SCOPE` words after it and before any preposition or
    ``و`` (``تدخل روسيا المزعوم``، ``التدخل الروسي المزعوم``), or on the noun of a part in it
    (``دورها المزعوم في تسميم``). The charge is someone's the text reports, not one it makes:
    in the outlet's voice it judges no one."""
    clause = tokens[i].clause
    for k in range(i + n, min(i + n + _ALLEGED_SCOPE, len(tokens))):
        word = tokens[k].norm
        if tokens[k].clause != clause or word in _STOPS or word.startswith("و"):
            break
        if word in _ALLEGED:
            return True
    return (
        i > 1
        and tokens[i - 2].clause == clause
        and tokens[i - 1].norm in _STOPS
        and tokens[i - 2].norm in _ALLEGED
    )


def cited_name(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` belongs to a name the text cites after a passive verb of
    naming: ``ما يعرف``، ``ما عرف``، ``ما يسمى``، ``ما سمي``، ``ما يوصف`` (or ``بما``، ``لما``،
    ``مما``، ``فيما``; ``بات``/``أصبح`` between), then the name opened by ب, the word itself or
    the one after it (``التورط بما عرف بالتدخل الروسي``، ``ما يوصف بأول إبادة``). A name is
    what others call a thing, which the text reports without taking up: like an act it calls
    alleged, it judges no one. Active verbs with their describer (``ما وصفه الوزير بـ``،
    ``ما أطلق عليه``) are someone's evaluation and stay."""
    for k in (i - 1, i - 2):
        if k < 1 or tokens[k].clause != tokens[i].clause:
            return False
        named = tokens[k + 1].norm
        if strip_conjunction(tokens[k].norm) in _NAMINGS and named.startswith("ب"):
            before = k - 1
            if before > 0 and tokens[before].norm in _BECOMES:
                before -= 1
            return tokens[before].norm in _WHATS
    return False


def names_a_list(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` ends a list's name: a participle of sponsoring right before it
    (``الراعية``، ``الراعي``) and a list noun within :data:`_LIST_SCOPE` words before that
    (``أبقت واشنطن السودان على قائمة "الدول الراعية للإرهاب"``، ``على قائمتها السوداء للدول
    الراعية للإرهاب``). The list's keeper designates, the listed states are named after the
    list, and the keeper is no sponsor: the word judges no one (a designation is a reported
    act)."""
    if i < 2 or tokens[i - 1].clause != tokens[i].clause:
        return False
    if strip_conjunction(tokens[i - 1].norm) not in _SPONSORING:
        return False
    lists = range(max(i - 1 - _LIST_SCOPE, 0), i - 1)
    return any(tokens[k].clause == tokens[i].clause and _is_list(tokens[k].norm) for k in lists)


def _is_list(word: str) -> bool:
    """Whether ``word`` is a list noun behind any proclitics, with a pronoun or not
    (``قائمة``، ``بقائمة``، ``القائمة``، ``قائمتها``، ``لائحة``; :func:`proclitic_readings`)."""
    return any(rest.startswith(_LIST_STEMS) for rest in proclitic_readings(word))


_SPONSORING = frozenset(normalize(w) for w in "الراعية الراعي راعية راعي".split())
_LIST_SCOPE = 4  # قائمتها السوداء للدول الراعية
_LIST_STEMS = tuple(normalize(w) for w in ("قائمة", "قائمت", "لائحة", "لائحت"))  # قائمتها
_NAMINGS = frozenset(
    normalize(w) for w in "يعرف تعرف عرف عرفت يسمى تسمى سمي سميت يوصف توصف".split()
)
_BECOMES = frozenset(normalize(w) for w in "بات باتت أصبح أصبحت".split())
_WHATS = frozenset(normalize(w) for w in "ما بما لما مما فيما".split())
_ALLEGED = frozenset(normalize(w) for w in ("المزعوم", "المزعومة", "المزعومين", "المزعومتين"))
_ALLEGED_SCOPE = 3  # تدخل روسيا المزعوم، التدخل العسكري الروسي المزعوم
_STOPS = function_words("prepositions")
_IF = normalize("إذا")
_QUESTION_MARK = "؟"
_QUESTION_REACH = 3  # the mark after the last word, past a closing quotation mark
_INTERROGATIVES = frozenset(normalize(w) for w in ("هل", "كيف", "لماذا"))
_WHAT_IS = normalize("ما")
_IS = frozenset(normalize(w) for w in ("هي", "هو"))
_CONDITIONS = function_words("conditions")
_CONDITION_SCOPE = 5  # حتى إذا كانت نيات روحاني صادقة
_CONDITION_LEADS = frozenset(normalize(w) for w in ("في", "حتى"))  # في حال، حتى لو
_WHETHER = normalize("إن")
_ASKED_SCOPE = 3  # وسئل وزير الخارجية إن كان
_ASKING = frozenset(
    normalize(w) for w in "سئل سئلت سأل سألت سألوا تساءل تساءلت يتساءل يسأل".split()
)
_WHAT = frozenset(normalize(w) for w in ("ما", "عما", "فيما"))


def is_countered(i: int, entry: Entry, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether a word of countering or charging governs the hostile or negative hit at ``i``
    (``مكافحة الإرهاب``، ``لمواجهة النزعة العدوانية للنظام الإيراني``): what is fought is not
    what the fighter is, so only a doer named with the word itself takes it (the Iranian
    regime), never one found by a fallback (the fighters)."""
    return entry.role != "patient" and countered(i, tokens, actors, role_frames())


def names_the_counterer(actor: Actor, i: int, n: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether a countered hit's adjective names who counters, not who does the act: in
    ``عمليات مكافحة الإرهاب الأميركية`` the feminine adjective agrees with the feminine counter
    word, not with the masculine singular act (``الإرهاب``), so America fights terrorism and is
    not its doer. A feminine act (``النزعة العدوانية``), a sound plural (``الانتهاكات``) or a
    broken plural (``الجرائم``, which takes a feminine adjective) keeps its adjective. So with
    ``التي`` right after a masculine act: the relative clause describes the counter word or the
    call, and its subject counters (``دعوات مكافحة الإرهاب التي تعلنها بريطانيا``)."""
    relative = i + n < actor.first and tokens[i + n].norm == _WHICH_FEMININE
    if not (actor.adjective and actor.first == i + n) and not relative:
        return False
    act = bare_word(normalize(entry.term).split()[-1])  # the lexicon word, without clitics
    broken_plural = len(act) == 5 and act[2] == "ا"  # جرائم، مجازر، فظائع
    written = tokens[i + n - 1].norm  # للتدخلات: a plural ending on a singular entry
    feminine_act = broken_plural or any(w.endswith(("ة", "ات")) for w in (act, written))
    return (relative or tokens[actor.first].norm.endswith("ة")) and not feminine_act


_WHICH_FEMININE = normalize("التي")


def _achieved(i: int, n: int, value: float, found: list, tokens: list[Token]) -> float:
    """A success word's value: negative when what was achieved is negative (``نجحت إيران في
    نشر الفوضى``), that is a negative hit within :data:`_ACHIEVEMENT_SCOPE` words after it; not
    a victory over it nor success at averting it (``نجحت في تجنب خلاف``, :data:`_AVERTING`);
    nothing when it is winning a contest (:func:`_won_a_contest`) or a deed of harm the lexicon
    does not judge (:func:`_did_harm`)."""
    if _won_a_contest(i, n, tokens):
        return 0.0
    for j, other, _, _ in found:
        if 0 < j - (i + n - 1) <= _ACHIEVEMENT_SCOPE and tokens[j].clause == tokens[i].clause:
            between = {strip_conjunction(t.norm) for t in tokens[i + n : j]}
            averting = any(_AVERTING.intersection(word_forms(t.norm)) for t in tokens[i + n : j])
            if between & _OVER or averting:
                return value  # انتصارات على الإرهاب، نجحت في تجنب خلاف: over it, not at it
            if other.role in EVALUATIVE_ROLES and other.weight < 0:
                return -value
    return 0.0 if _did_harm(i, n, tokens) else value


def _did_harm(i: int, n: int, tokens: list[Token]) -> bool:
    """Whether the success word at ``i .. i+n-1`` is success at a deed of harm that no lexicon
    word judges (role frames ``[harm_nouns]``, the hostile ``[acts]``, ``[harming_acts]``): a
    kidnapping, an expulsion, a strike (``نجحت ألمانيا بخطف الزعيم الإيطالي``، ``نجح الرئيس
    في تعكير جو القمة``) within :data:`_HARM_SCOPE` words after it in its clause (past a verb's
    subject: ``نجح الرئيس الأمريكي دونالد ترامب في تعكير``), with no word of averting before
    it (``نجحت في منع الهجوم``). The deed is reported, as the act alone is (the guidelines'
    reported acts): no praise of the one who did it."""
    return _aims_at(i, n, tokens, (1, _HARM_SCOPE), _HARMS, _AVERTING)


def _won_a_contest(i: int, n: int, tokens: list[Token]) -> bool:
    """Whether the success word at ``i .. i+n-1`` is winning a contest: a cup, a title, a
    tournament or an election (:data:`_CONTESTS`) within :data:`_ACHIEVEMENT_SCOPE` words after
    it in its clause, not its own genitive (``نجاح الانتخابات``, how they went) and with no word
    of holding the contest between (``نجحت روسيا في تنظيم المونديال`` stays praise), or a
    match score after it (:func:`_scored`). A team that wins a cup (``نجاح فرنسا في انتزاع
    الكأس``, ``نجحت ألمانيا بالتتويج بلقب``) or a candidate an election (``قبل نجاحه في
    الانتخابات الرئاسية``) is a result reported, like a vote (the guidelines), no praise of the
    state."""
    return _aims_at(i, n, tokens, (2, _ACHIEVEMENT_SCOPE), _CONTESTS, _HOLDING) or _scored(
        i, n, tokens
    )


def _scored(i: int, n: int, tokens: list[Token]) -> bool:
    """Whether a match score follows the success word at ``i .. i+n-1`` within
    :data:`_ACHIEVEMENT_SCOPE` words in its clause: two numbers in a row (``انتصار فرنسا 3-1
    على روسيا``، ``بانتصاره 103-92``) or ``بنتيجة`` (``الانتصار بنتيجة 4-2``). A win with its
    score is a match result, as a cup won is."""
    last = i + n - 1
    for j in range(last + 1, min(last + 1 + _ACHIEVEMENT_SCOPE, len(tokens) - 1)):
        if tokens[j].clause != tokens[i].clause:
            return False
        numbers = tokens[j].norm.isdigit() and tokens[j + 1].norm.isdigit()
        if numbers or strip_conjunction(tokens[j].norm) == _WITH_A_SCORE:
            return True
    return False


def _aims_at(
    i: int,
    n: int,
    tokens: list[Token],
    reach: tuple[int, int],
    goals: frozenset[str],
    stops: frozenset[str],
) -> bool:
    """Whether a word of ``goals`` follows the success word at ``i .. i+n-1``, from the first
    to the second number of ``reach`` words after it, in its clause and with no word of
    ``stops`` before it: what the success was at (a contest won, a harm done)."""
    last = i + n - 1
    for j in range(last + reach[0], min(last + reach[1] + 1, len(tokens))):
        if tokens[j].clause != tokens[i].clause:
            return False
        forms = word_forms(tokens[j].norm)
        if not stops.isdisjoint(forms):
            return False
        if not goals.isdisjoint(forms):
            return True
    return False


_CONTESTS = frozenset(
    normalize(w) for w in "كأس لقب مونديال بطولة ميدالية تتويج انتخابات مباراة دوري".split()
)
_WITH_A_SCORE = normalize("بنتيجة")
_HOLDING = frozenset(normalize(w) for w in "تنظيم استضافة استضاف إجراء عقد تأمين".split())


_OVER = frozenset(normalize(w) for w in ("على", "ضد"))
_HARMS = (
    role_frames().harm_nouns
    | (role_frames().acts - role_frames().friendly_acts)  # not aid or protection
    | function_words("harming_acts")
)
_AVERTING = frozenset(normalize(w) for w in "تجنب تفادي منع احتواء إنهاء درء".split())


_ACHIEVEMENT_SCOPE = 4
_HARM_SCOPE = 6  # نجح الرئيس الأمريكي دونالد ترامب في تعكير


def _modified(
    i: int, n: int, entry: Entry, found: list, tokens: list[Token], text: str
) -> tuple[float, str]:
    """The hit's signed value after negators, shifters and intensifiers, and the words used."""
    value = entry.weight
    words = [text[tokens[i].start : tokens[i + n - 1].end]]
    clause = tokens[i].clause
    for j, other, m, _ in found:
        if j == i or (tokens[j].clause != clause and other.role != "negator"):
            continue
        distance = i - j
        if other.role == "negator" and 0 < distance and negates(j, m, i, tokens):
            # a negated hostile or negative word is no praise (ألا يكرروا أخطاء الماضي), and a
            # negated cooperation word no hostility; a word of lacking or losing (a negator with
            # a part of speech) negates a quality, and losing what another gives judges no one
            lacking = other.pos != "-" and entry.role == "patient"
            value = 0.0 if entry.role in ("mutual", "agent") or value < 0 or lacking else -value
        elif (
            other.role == "shifter"
            and 0 < distance <= _SHIFTER_SCOPE
            and entry.role in ("patient", "evaluative")
            and not (entry.pos == "verb" and entry.weight < 0)
        ):
            # (a verb of condemning after one of refusing is its twin, not its object: ترفض
            # وتدين الاعتداءات)
            # stopping or refusing a negative thing (لوقف الهجمات الوحشية) is no praise of the
            # one who does it, as with negators; refusing what is done to an actor still is
            value = 0.0 if entry.role == "evaluative" and value < 0 else -value
        elif other.role == "intensifier" and abs(j - i) <= _INTENSIFIER_SCOPE + n - 1:
            value *= other.weight
        else:
            continue
        words.insert(0 if j < i else len(words), text[tokens[j].start : tokens[j + m - 1].end])
    return value, " ".join(words)


def _spoken_of(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is what someone talks about (``حديث الحلف عن الحوار``,
    ``يتحدث عن التعاون``): a cooperation word after عن with a word of speaking at most three words
    before the عن is reported, not enacted."""
    if i < 2 or tokens[i - 1].norm != "عن":
        return False
    return any(bare_word(tokens[k].norm).startswith(_SPEAKING) for k in range(max(i - 4, 0), i - 1))


_SPEAKING = tuple(sorted(function_words("speaking")))

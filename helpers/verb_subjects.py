"""Where the subject of a verb of saying is written when it is neither the phrase right after
the verb nor a short phrase right before it, for :mod:`helpers.attribution` and
:mod:`helpers.speech_acts`.

Arabic news moves the subject away from its verb in a few fixed ways:

* a day or a time between the verb and its subject (``اتهم الأربعاء المفوض الأعلى ...``,
  ``وقال الخميس مصدر دبلوماسي إن``): the time is an adverbial and the subject follows it;
* the pluperfect without ``قد`` (``وكان وزير الخارجية ... كشف، يوم الخميس، عن أن``,
  ``وكان رئيس البعثة، يوسف كامل، أكد ضرورة ...``): the subject stands between the auxiliary
  and the verb, however long, and what follows the verb is its object;
* a subject that opens the sentence with its name set off by commas (``لكن رئيس الوزراء
  الصيني، لي كيكيانغ، أكد في خطاب أن``): the comma before the verb closes the apposition, it
  does not cut the subject off;
* a plural subject whose examples stand in commas before its verb (``كثير من دول
  الكومنولث، مثل الهند، أيدوا``): the verb's subject is the phrase before the examples
  (:func:`past_examples`);
* the topic of ``أما ... ف`` (``أما وزير الثقافة، كريم ناصر، فقال إن``): the verb that ف opens
  is the topic's (:func:`topic_subject`), and the pluperfect with its name in commas before
  ``قد`` (``وكان المتحدث، سامر خليل، قد قال``, :func:`auxiliary_subject`);
* a relative clause set off by a comma (``أثار غضب ترامب، الذي طالب``, ``وكانت واشنطن، التي
  انتقدت ... ووصفت مادورو بـ``): the relative's verb is said by the noun before the comma, and
  the words after the verb are its object (:func:`comma_antecedent`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from helpers.arabic import normalize
from helpers.clitics import GAZETTEER_NAMES, is_protected, strip_conjunction
from helpers.cues import SpeechCues, function_words
from helpers.evaluator_subjects import NAME_COMPOUNDS, starts_object
from helpers.speech_parts import (
    HEADS_OF_NAMES,
    MAX_SPEAKER,
    PREPOSITIONS,
    RESUMPTIVES,
    Token,
    breaks_clause,
    cue_of,
    has_comma,
    has_preposition,
    is_function_word,
    is_name,
    is_preposition,
    phrase,
    possessed,
)
from helpers.stance_clauses import definite

__all__ = [
    "AUXILIARIES",
    "QAD",
    "auxiliary_subject",
    "comma_antecedent",
    "subject_follows",
    "fronted_subject",
    "own_subject",
    "past_examples",
    "past_time",
    "time_in_commas",
    "topic_subject",
]

_DAYS = function_words("weekdays")
_TIMES = _DAYS | frozenset(normalize(w) for w in "أمس اليوم الليلة".split())
_PARTS_OF_DAY = frozenset(normalize(w) for w in "يوم صباح مساء ظهر فجر ليل ليلة".split())
_BARE = frozenset(':"«“،,.')  # marks that set a time word apart from its verb
_RELATIVE_TIMES = frozenset(normalize(w) for w in "الماضي الماضية المقبل المقبلة الفائت".split())


def time_in_commas(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a day or time set between commas after the sentence's first word
    (``تظاهر، السبت، الآلاف``, ``أعلن، يوم الأحد، الرئيس``): news agencies insert the day
    there, between a verb and its subject, which then follows the second comma. Unchanged when
    the sentence has no such day."""
    k = 1
    if len(tokens) < 4 or not has_comma(tokens[k].gap):
        return tokens
    if strip_conjunction(tokens[k].norm) in _PARTS_OF_DAY and tokens[k + 1].norm in _TIMES:
        k += 1
    if tokens[k].norm not in _TIMES or k + 1 >= len(tokens) or not has_comma(tokens[k + 1].gap):
        return tokens
    return [tokens[0], replace(tokens[k + 1], gap=" "), *tokens[k + 2 :]]


def past_time(tokens: list[Token], j: int, cues: SpeechCues) -> int:
    """The index of the first word after a day or time written at ``j``, right after a verb
    (``اتهم الأربعاء المفوض``, ``قال يوم الخميس مصدر``, ``أعلن صباح الأحد الرئيس``), when a
    subject follows it in the same clause; else ``j`` (``قال الخميس إن``: no subject here)."""
    k = j
    if k >= len(tokens) or not _BARE.isdisjoint(tokens[k].gap):
        return j  # وأضافت: "اليوم نواصل ...": the quotation opens before the time word
    if k + 1 < len(tokens) and strip_conjunction(tokens[k].norm) in _PARTS_OF_DAY:
        if tokens[k + 1].norm in _TIMES:
            k += 1
    if k >= len(tokens) or tokens[k].norm not in _TIMES:
        return j
    k += 1
    if k < len(tokens) and tokens[k].norm in _RELATIVE_TIMES:
        k += 1  # الأحد الماضي: the day's adjective is no subject
    if k >= len(tokens) or any(c in tokens[k].gap for c in "،,.:;؛"):
        return j
    word = tokens[k].norm
    if word in cues.complementizers or is_preposition(word) or cue_of(word, cues) is not None:
        return j
    return k


AUXILIARIES = function_words("auxiliaries")
"""The auxiliary of the pluperfect (``وكان الوزير قد أكد``)."""
QAD = normalize("قد")
_LEADS = frozenset(normalize(w) for w in "لكن ولكن بينما فيما".split())
_BUT = frozenset(normalize(w) for w in "غير إلا".split())  # غير أن، إلا أن: "but"
_STOPS = function_words("relatives") | frozenset(
    normalize(w) for w in "حيث بعد قبل منذ عندما حينما".split()
)  # a clause of its own opens there (ترودو قوض محاولات ... عندما أكد)
_OFFICES = function_words("office_nouns")  # وزير التجارة، رئيس الوزراء: a title's head
_MAX_FRONTED = MAX_SPEAKER + 3  # words of a subject with its name in commas


def fronted_subject(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """Offsets of the subject of verb ``i`` written before it at the head of the sentence:
    after the auxiliary ``كان`` with no ``قد`` (``وكان الوزير ... كشف``), or a definite
    phrase, known name or office noun opening the sentence (after ``لكن`` at most) whose name
    stands in commas (``الرئيس الفرنسي، إيمانويل ماكرون، أكد``), or an office noun after a
    lead opening it (``لكن``، ``غير أن``، ``فيما``: ``لكن وزير الإعلام محمد سعيد الصحاف
    ندد``, ``غير أن وزير التجارة ليام فوكس، قال``) or a clause inside it (``... ولكن وزير
    الخارجية حذر``: :func:`_lead_inside`); None otherwise. The words
    between hold no other verb of saying, complementiser, relative, standalone preposition
    (but a place inside a subject before ``قد``: ``وكانت السفارة الأمريكية في الخرطوم قد
    قالت``) nor stop."""
    lo = max(0, i - _MAX_FRONTED - 1)
    pluperfect = i > 0 and tokens[i - 1].norm == QAD
    for k in range(i - 1, lo - 1, -1):
        word = tokens[k].norm
        if k == 1 and word in cues.complementizers and strip_conjunction(tokens[0].norm) in _BUT:
            break  # غير أن، إلا أن opening the sentence: a lead like لكن
        if cue_of(word, cues) is not None or word in cues.complementizers or word in _STOPS:
            return None
        stop = any(c in tokens[k + 1].gap for c in ".:;؛!?؟")
        if is_preposition(word) and not pluperfect or stop:
            return None
        if word == QAD and k < i - 1:
            return None  # وكان الملك قد استهل القمة بانتقادات لما وصفه: قد's verb came before
        if k == 0 or strip_conjunction(word) in AUXILIARIES or _lead_inside(tokens, k):
            break
    else:
        return None
    head = strip_conjunction(tokens[k].norm)
    commas = sum(any(c in t.gap for c in "،,") for t in tokens[k + 1 : i + 1])
    named = commas == 2 and any(c in tokens[i].gap for c in "،,")  # ، إيمانويل ماكرون، أكد
    if head in AUXILIARIES:
        if k + 1 >= i or not _opens_clause(tokens, k) or not (named or commas == 0):
            return None  # كان الهجوم متوقعا، وقال: the verb opens a clause of its own
        return phrase(tokens, k + 1, i)
    led = head in _LEADS or head in cues.complementizers
    if led and k + 1 < i:
        k += 1
    titled = led and tokens[k].norm in _OFFICES  # لكن وزير الإعلام ... ندد
    if not (named or titled) or not _opens_subject(tokens[k].norm):
        return None  # الحكومة تتمسك ... is read by subject_before; only a name in commas here
    return phrase(tokens, k, i)


def _lead_inside(tokens: list[Token], k: int) -> bool:
    """Whether word ``k`` is a lead (``ولكن``، ``بينما``) inside the sentence right before an
    office noun: a new clause opens there with its subject before its verb (``وقالت بريطانيا
    إنه لا خطط لهجمات أخرى ولكن وزير الخارجية ... حذر``), as after a lead opening the
    sentence."""
    return tokens[k].norm in _LEADS and k + 1 < len(tokens) and tokens[k + 1].norm in _OFFICES


def auxiliary_subject(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``وكان وزير الدفاع الإسرائيلي، قد أعلن``: the subject between the auxiliary كان and the
    comma before ``قد`` at ``j`` (the pluperfect, its subject set off by a comma), its name
    in commas too (``وكان المتحدث باسم الوزارة، إيغور كوناشينكوف، قد قال``: one comma inside,
    no other punctuation)."""
    commas = 0
    for k in range(j - 1, max(-1, j - 1 - _MAX_FRONTED), -1):
        if strip_conjunction(tokens[k].norm) in AUXILIARIES:
            return phrase(tokens, k + 1, j)
        if breaks_clause(tokens[k].gap):
            commas += 1
            if commas > 1 or not has_comma(tokens[k].gap) or _STRONG.search(tokens[k].gap):
                return None
    return None


def topic_subject(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """``أما مستشار الأمن القومي، الجنرال هربرت مكماستر، فقد أكد أن``: the topic after أما is
    the subject of the verb that ف opens (on the verb, ``فأكد``, or on ``فقد`` before it), in
    one sentence with no other verb of saying between, and no subject of its own after the verb
    (a definite word, known name, office or body noun)."""
    end = i - 1 if i > 0 and tokens[i - 1].norm == _FA_QAD else i
    if end == i and not tokens[i].norm.startswith("ف"):
        return None
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if (
        after
        and not is_function_word(after)
        and (_heads(after) or _heads(strip_conjunction(after)))
    ):
        return None  # أما الشخص الآخر، فقالت وزارة الداخلية: the verb's subject follows it
    for k in range(end - 1, max(-1, end - 1 - _MAX_FRONTED), -1):
        if _STRONG.search(tokens[k + 1].gap) or cue_of(tokens[k].norm, cues) is not None:
            return None
        if tokens[k].norm in _AMMA:
            return phrase(tokens, k + 1, end)
    return None


_STRONG = re.compile("[.:;؛!?؟]")  # punctuation that ends more than a phrase
_AMMA = frozenset(normalize(w) for w in ("أما", "وأما"))
_FA_QAD = normalize("فقد")


def _heads(word: str) -> bool:
    """Whether ``word`` may open a subject: a definite word, a known name, an office or body
    noun, a given name (``وزير`` keeps its و: the word is tested with and without the
    conjunction)."""
    return word.startswith("ال") or word in GAZETTEER_NAMES or word in HEADS_OF_NAMES


def _opens_subject(norm: str) -> bool:
    """:func:`_heads`, with or without a leading conjunction."""
    return _heads(norm) or _heads(strip_conjunction(norm))


def _opens_clause(tokens: list[Token], k: int) -> bool:
    return k == 0 or any(c in tokens[k].gap for c in "،,.:;؛")


def past_examples(tokens: list[Token], i: int) -> tuple[list[Token], int] | None:
    """The tokens without the examples set off by commas right before verb ``i`` (``، مثل
    الهند،``، ``، ومنها فرنسا،``) and the verb's index among them, so that the subject before
    the examples is read as written right before the verb; None when no such apposition of at
    most :data:`_MAX_EXAMPLE` words ends at the verb."""
    if i < 2 or not has_comma(tokens[i].gap):
        return None
    for k in range(i - 1, max(0, i - _MAX_EXAMPLE - 1), -1):
        if has_comma(tokens[k].gap):
            if strip_conjunction(tokens[k].norm) not in _EXAMPLES or k == 0:
                return None
            return tokens[:k] + [replace(tokens[i], gap=" ")] + tokens[i + 1 :], k
    return None


_EXAMPLES = frozenset(normalize(w) for w in "مثل منها بينها خاصة بما لاسيما".split())
_MAX_EXAMPLE = 5  # words of the examples (، مثل الهند وباكستان،، بما فيها فرنسا،)


def comma_antecedent(
    tokens: list[Token], relative: int, cues: SpeechCues
) -> tuple[int, int] | None:
    """Offsets of the noun a relative pronoun at ``relative``, set off by a comma, refers to:
    the subject of the relative's verb (``مبعوث الأمم المتحدة، ستافان دي ميستورا، الذي حذر``,
    ``ما أثار غضب ترامب، الذي طالب``, ``وكانت واشنطن، التي انتقدت``, ``بين السعودية وكندا،
    التي طالبت``). It is the phrase right before the comma, back to a clause break, a verb of
    saying, an auxiliary, a function word, the و of its last conjunct or the noun whose
    genitive it is (``غضب الرئيس الفرنسي``: an office or body noun stays, ``وزير الخارجية``),
    less the leading words that open no subject (a verb); a name in commas stands as written.
    None when a preposition governs the phrase (``العقوبات على إيران، التي``: the relative may
    refer to the noun before it), unless it names the issuer (``التقرير الصادر عن المنظمة،
    الذي اتهم``: the report's issuer accuses); None too when the relative's clause names a
    subject of its own (:func:`subject_follows`)."""
    if relative + 1 >= len(tokens) or own_subject(tokens, relative + 1, cues):
        return None
    return _phrase_before(tokens, relative, cues)


def own_subject(tokens: list[Token], verb: int, cues: SpeechCues, *, named: bool = False) -> bool:
    """:func:`subject_follows` for the verb at ``verb`` after a relative, read on the words of
    its clause up to a clause break (``الهجوم الذي اتهمت دمشق بارتكابه``: not the attack's).
    With ``named``, only when the subject is written right after the verb (a name, a definite
    word, an office or body noun) or a preposition with the pronoun of the relative's noun
    stands there (``المفاوضات التي يدعو إليها ماكرون``): a pronoun further on may be the
    relative's noun's own (``جونسون الذي يشير دائما إلى دعمها``, ``الذي أشاد بما قاله``)."""
    clause: list[str] = []
    for token in tokens[verb + 1 : verb + 1 + _CLAUSE_WORDS]:
        if breaks_clause(token.gap):
            break
        clause.append(token.norm)
    first = clause[0] if clause else ""
    there = _pronoun_on_preposition(first) or _opens_subject(first) and not is_preposition(first)
    return (there or not named) and subject_follows(tokens[verb].norm, clause, cues)


def subject_follows(verb: str, words: list[str], cues: SpeechCues) -> bool:
    """Whether a verb (normalised) after a relative has its own subject after it, given the
    ``words`` of its clause after it: the relative's noun is named again there by a pronoun
    (``السارين، الذي تتهم الأمم المتحدة الأسد باستخدامه``, ``غولن، الذي أعلن أردوغان
    حركته``, ``الاتفاق، الذي يقول محاميها إنه``, ``الاستثمارات، التي أعلنت قطر عن ضخها``,
    ``الأزمة التي اتهم فيها``, ``الإعلان، الذي أدانت خلاله``), two names follow the verb
    (``التسميم، التي حملت بريطانيا روسيا``), or a verb of saying has a name or a phrase other
    than a time before its complementiser (``الخطة، التي ترى فرنسا أن``; but ``الذي قال
    الأسبوع الماضي أن``). A pronoun on the genitive of a noun or after a preposition other
    than the verb's own may be the subject's (``حكومة بلاده``, ``على أراضيها``, ``طالبت
    بالإفراج عنهم``): it is not counted."""
    cue = cue_of(verb, cues)
    saying = cue is not None and cue[0] == "verb"
    if words and (words[0] in RESUMPTIVES or _pronoun_on_preposition(words[0])):
        return True  # الذي اتهم فيه، الذي أدانت خلاله
    if len(words) > 1 and all(is_name(w) and not definite(w) for w in words[:2]):
        return True  # التي حملت بريطانيا روسيا المسؤولية عنها
    if saying and words and words[0] in GAZETTEER_NAMES:
        return True  # الذي تعتبر فرنسا: a verb of saying takes no name as its object
    own = cue[1] if cue is not None else frozenset()
    for k, word in enumerate(words[:_CLAUSE_WORDS]):
        if word in cues.complementizers:
            timed = all(w in _TIMES or w in _RELATIVE_TIMES or w in _SPANS for w in words[:k])
            return word not in _PLAIN_COMPLEMENTIZERS or saying and not timed
        if word in RESUMPTIVES or _pronoun_on_preposition(word):
            continue  # طالبت بالإفراج عنهم: a complement's own pronoun
        before = words[k - 1] if k else verb
        genitive = not definite(before) and before not in GAZETTEER_NAMES and before not in own
        if possessed(word) and (before in own or not is_preposition(before)) and not genitive:
            return True
    return False


_SPANS = frozenset(normalize(w) for w in "الأسبوع الشهر العام يوم أمس مؤخرا".split())


def _pronoun_on_preposition(word: str) -> bool:
    """A preposition with a pronoun (``عنهم``, ``عليها``, ``لهم``, ``إليه``)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix):
            rest = word[: -len(suffix)]
            return rest in PREPOSITIONS or rest in _PRONOUN_PREPOSITIONS
    return False


_PRONOUN_PREPOSITIONS = frozenset(normalize(w) for w in "ل ب علي الي لدي".split())
_PLAIN_COMPLEMENTIZERS = frozenset(normalize(w) for w in "أن إن بأن".split())
_CLAUSE_WORDS = 12  # words of a relative clause read for its pronoun


def _phrase_before(tokens: list[Token], relative: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The phrase right before the comma of a relative at ``relative`` (see
    :func:`comma_antecedent`); a time set off by commas is passed over (``النتائج، الخميس،
    التي``)."""
    start = relative - 1
    while start > 0 and not breaks_clause(tokens[start].gap):
        before = tokens[start - 1].norm
        if is_preposition(before):
            return (
                None
                if start < 2 or tokens[start - 2].norm not in _ISSUED
                else _issuer(tokens, start, relative)
            )
        if relative - start >= MAX_SPEAKER:
            break
        if _stops_antecedent(tokens, start, cues):
            start = _named_body(tokens, start)  # منظمة حظر الأسلحة الكيماوية
            break
        start -= 1
    in_commas = start > 0 and has_comma(tokens[start].gap) and relative - start <= _NAME_WORDS
    if in_commas and all(t.norm in _TIMES for t in tokens[start:relative]):
        return _phrase_before(tokens, start, cues)  # النتائج، الخميس، التي
    first = start
    while first < relative and not _opens_subject(tokens[first].norm):
        first += 1
    if first == relative and in_commas:
        first = start  # ، ستافان دي ميستورا، الذي: a name the gazetteer does not know
    if first == relative or has_preposition(tokens[first].norm):
        return None
    span = phrase(tokens, first, relative)
    if span is not None and _conjunct(tokens[first].norm) and span[0] == tokens[first].start:
        return span[0] + 1, span[1]  # وفرنسا: the name without its و
    return span


def _named_body(tokens: list[Token], start: int) -> int:
    """Where a body's name in the construct state begins when the antecedent stopped at
    ``start`` after a noun whose genitive it is (``تقرير منظمة حظر الأسلحة الكيماوية``: the
    body ``منظمة``, two words back at most); ``start`` when no body or office heads it."""
    if not tokens[start].norm.startswith("ال") or tokens[start - 1].norm.startswith("ال"):
        return start  # قرار مجلس الأمن رقم 1373: no genitive stopped the walk
    for k in (start - 1, start - 2):
        if k >= 0 and strip_conjunction(tokens[k].norm) in HEADS_OF_NAMES:
            if not any(breaks_clause(t.gap) for t in tokens[k + 1 : start + 1]):
                return k
    return start


def _stops_antecedent(tokens: list[Token], start: int, cues: SpeechCues) -> bool:
    """Whether the antecedent of a relative set off by a comma starts at ``start``: the word
    before is a verb of saying, a function word, a complementiser or an auxiliary, ``start``
    is a conjunct (``وكندا``), the word before is a noun whose genitive starts here and no
    office or body (``غضب ترامب``, ``قلق الرئيس``; but ``وزير الخارجية``, ``منظمة العفو``), or
    a definite word before an undefined one (``أثار القرار غضب كندا``, ``الرئيس ترامب``)."""
    before, word = tokens[start - 1].norm, tokens[start].norm
    if cue_of(before, cues) is not None or is_function_word(before):
        return True
    if before in cues.complementizers or strip_conjunction(before) in AUXILIARIES:
        return True
    if _conjunct(word):
        return True  # بين السعودية وكندا: the last conjunct
    bare = strip_conjunction(before)
    if word in NAME_COMPOUNDS:
        return False  # بدر الدين، عبد الله: one name
    if bare.startswith("ال"):  # القرار غضب: a definite noun takes no genitive
        return not word.startswith("ال") or starts_object(tokens, start, cues)  # الوكالة النتائج
    if bare in GAZETTEER_NAMES or bare in HEADS_OF_NAMES:
        return False
    return word.startswith("ال") or word in GAZETTEER_NAMES


def _issuer(tokens: list[Token], start: int, relative: int) -> tuple[int, int] | None:
    """The issuer after ``الصادر عن`` (``التقرير الصادر عن منظمة العفو الدولية``): the words
    from ``start`` to the relative at ``relative``, when they open with a subject's head."""
    return phrase(tokens, start, relative) if _opens_subject(tokens[start].norm) else None


_ISSUED = frozenset(normalize(w) for w in "الصادر الصادرة الصادرين".split())
_NAME_WORDS = 4  # words of a name set off by commas (، ستافان دي ميستورا،)


def _conjunct(norm: str) -> bool:
    """Whether a word is a conjunct joined by و, a definite word or a known name after it
    (``وكندا``, ``والعقوبات``; not ``واشنطن``, ``وزير``)."""
    bare = strip_conjunction(norm)
    return norm[:1] == "و" and bare != norm and not is_protected(norm) and _heads(bare)

"""Speech acts without a complementiser, and the subject who performs them.

Besides ``قال X إن ...``, Arabic news reports a view through verbs whose clause is their
subject's view, for :mod:`helpers.attribution`:

* a verb of evaluation: ``اتهمت وزارة الخارجية روسيا بـ...``, ``أشاد ترمب بالضربات``;
* a verb of opinion with two objects: ``الولايات المتحدة تعتبر المطالب غير مقبولة``;
* a reporting verb whose direct object is what is said: ``نفت روسيا التورط في ...``;
* a verb that speaks only with its noun: ``ألقى الرئيس باللوم على ...``.

Each is read up to the end of its clause, and its speaker is the verb's subject, written
before the verb at the start of its clause (after a complementiser or a relative pronoun) or
right after it. :func:`subject_before` and :func:`opens_next_report` are shared with the
complementiser reading of :mod:`helpers.attribution`.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clause_subjects import (
    coordinated_object,
    described_object,
    first_subject,
    indefinite_antecedent,
    name_in_commas,
    object_follows,
    past_apposition,
)
from helpers.clitics import strip_article, strip_conjunction
from helpers.cue_guards import is_via
from helpers.cues import SpeechCues, function_words
from helpers.evaluator_subjects import evaluator_end, object_after_verb, passive_accusation
from helpers.holder_phrases import what_is_shown
from helpers.quote_marks import clause_end, quotation_after_verb, speaker_in_quotation
from helpers.speech_parts import (
    CLOSERS,
    DEMONSTRATIVES,
    MAX_SPEAKER,
    RESUMPTIVES,
    Quote,
    Sentence,
    Token,
    breaks_clause,
    carries_subject,
    coordinated_cue,
    cue_of,
    cue_stem,
    has_comma,
    has_object_pronoun,
    has_preposition,
    is_name,
    is_preposition,
    names_ba_object,
    phrase,
    pronoun_subject,
)
from helpers.speech_sources import inherit, quotation_goes_on
from helpers.statement_issuers import document_speaker, issuer_of_statement, statement_before
from helpers.verb_subjects import (
    AUXILIARIES,
    QAD,
    auxiliary_subject,
    comma_antecedent,
    fronted_subject,
    own_subject,
    past_examples,
    past_time,
    time_in_commas,
    topic_subject,
)

__all__ = [
    "MAX_OPENING",
    "OPINION_VERBS",
    "evaluation_quote",
    "joined_plural",
    "narrator_formula",
    "object_first",
    "object_quote",
    "opening_subject",
    "opens_next_report",
    "opinion_quote",
    "phrase_quote",
    "subject_before",
]

MAX_OPENING = 24  # tokens from a cue to its complementiser, across appositions
# (قالت نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة، إنه ...)
MAX_SUBJECT = 5  # tokens of a subject written before its verb


def object_first(
    tokens: list[Token],
    i: int,
    q: int,
    prepositions: frozenset[str],
    cues: SpeechCues,
    kind: str,
) -> bool:
    """Whether the object of verb ``i`` comes before the quote opening at token ``q``, so the
    object is part of what is said: a verb of opinion without a complementiser (``اعتبر
    الأمين العام الاعتداء "جزءا من ..."``), or a verb whose object is what is said before a
    quotation mark (``كرر إعلان القمة دعم الحلف لهدف "..."``)."""
    if kind != "verb":
        return False
    stem = cue_stem(tokens[i].norm, cues)
    by_complementizer = tokens[q - 1].norm in cues.complementizers
    if stem in OPINION_VERBS:
        return not by_complementizer
    marked = not by_complementizer and ":" not in tokens[q].gap
    return stem in cues.object_verbs and marked and tokens[q].norm not in prepositions


def opinion_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``الولايات المتحدة تعتبر بعض المطالب الروسية غير مقبولة``: a verb of opinion with two
    objects and no complementiser is the view of its subject written before it, from the verb's
    first object to the end of the clause. With the subject after the verb (``اعتبر الرئيس
    التركي العقوبات ... طعنة``) it reads as a verb of evaluation (:func:`evaluation_quote`);
    a demonstrative after the verb is no subject (``يعتبر هذا الاتصال ...`` is the outlet's
    own wording)."""
    tokens = sentence.tokens
    if cue_stem(tokens[i].norm, cues) not in OPINION_VERBS or i + 1 >= len(tokens):
        return None
    span = None
    if not has_object_pronoun(tokens[i].norm, cues):
        span = subject_before(tokens, i, cues, after_complementizer=False)
    if span is None:
        # الذي تعتبره أنقرة وواشنطن تنظيما إرهابيا: after a relative pronoun, or with its
        # object as a pronoun, the subject follows the verb
        follows = has_object_pronoun(tokens[i].norm, cues) or tokens[i - 1].norm in _RELATIVES
        if tokens[i + 1].norm in DEMONSTRATIVES or (
            i > 0 and not breaks_clause(tokens[i].gap) and not follows
        ):
            return None
        return evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    stop = next(
        (t.start - len(t.gap) for t in tokens[i + 2 :] if breaks_clause(t.gap)), sentence.end
    )
    speaker = text[span[0] : span[1]]
    return Quote(
        speaker, cue_word, tokens[i + 1].start, stop, span[0], span[1], "before-cue", sentence.index
    )


OPINION_VERBS = function_words("opinion_verbs")
"""Verbs of opinion that take two objects (``تعتبر X Y``: holds X to be Y)."""
_ADMISSIONS = function_words("admission_verbs")
_RELATIVES = function_words("relatives")


def phrase_quote(
    text: str,
    sentence: Sentence,
    i: int,
    nouns: frozenset[str],
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``ألقى (الرئيس) باللوم على``, ``ألقى بنس خطابا``, ``يقلل متابعون من شأن``: a verb that
    evaluates or speaks only with its noun, read then as a verb of evaluation whose subject
    ends before the noun."""
    tokens = sentence.tokens
    noun = _names_its_noun(tokens, i, nouns)
    if noun is None:
        return None
    quote = evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    subject = phrase(tokens, i + 1, noun)
    if subject is not None and quote.speaker_start == subject[0] < tokens[noun].start:
        if quote.speaker_end <= tokens[noun].start:
            return quote  # وجه الرئيس في يناير إنذارا: the subject ended before the noun
        quote.speaker_start, quote.speaker_end = subject
        quote.speaker = text[subject[0] : subject[1]]
    return quote


def _names_its_noun(tokens: list[Token], i: int, nouns: frozenset[str]) -> int | None:
    """The index of the first of ``nouns`` after verb ``i`` and its subject, an apposition
    included (``ألقى الرئيس باللوم``, ``ألقى بنس، نائب الرئيس، خطابا``), or None."""
    for k, token in enumerate(tokens[i + 1 : i + 1 + MAX_OPENING // 2], i + 1):
        if k > i + 1 and any(c in token.gap for c in ".;؛:!?؟"):
            return None
        if token.norm in nouns or strip_article(token.norm) in nouns:
            return k  # وجه سيلا من الاتهامات: the noun with its article too
    return None


def object_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """``أكد حلف شمال الأطلسي دعمه للضربات``, ``نفت روسيا التورط في ...``: a reporting verb
    whose direct object is what is said (``object_verb`` in the cue file) makes its clause its
    subject's words, read like a verb of evaluation up to the clause's end; so does a verb of
    admission with its ب-object (``أقر المكتب بفشله``; ``أقر البرلمان قانونا`` passes a law)."""
    stem = cue_stem(sentence.tokens[i].norm, cues)
    admits = stem in _ADMISSIONS and names_ba_object(sentence.tokens, i)
    if stem not in cues.object_verbs and not admits:
        return None
    quote = evaluation_quote(text, sentence, i, cues, cue_word, earlier, False)
    tokens = sentence.tokens
    opened = quotation_after_verb(text, tokens, i, quote)
    if opened is not None and opened > i + 1 and tokens[opened].start < quote.speaker_end:
        quote.speaker_end = tokens[opened - 1].end  # the subject ends before the quotation
        quote.speaker = text[quote.speaker_start : quote.speaker_end]
    said = opened is not None
    if said and speaker_in_quotation(text, tokens, i, quote, cues):
        # وأكد "نحن ندعم ...": the quotation is what is said, its words no subject
        opens = i == 0
        quote = inherit(
            earlier, cue_word, quote.start, quote.end, sentence.index, "verb", opens_sentence=opens
        )
    first = past_apposition(tokens, i + 1, quote.speaker_end)
    stop = next(
        (
            j
            for j in range(first, len(tokens))
            if breaks_clause(tokens[j].gap) or opens_next_report(tokens, j, cues)
        ),
        None,
    )
    end = clause_end(text, tokens, first, stop, sentence.end, said)
    quote.end = max(min(quote.end, end), quote.speaker_end, quote.start)
    return quote


def evaluation_quote(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
    participle: bool,
) -> Quote:
    """``اتهمت وزارة الخارجية البريطانية روسيا بـ...``, ``أشاد ترمب بالضربات``: a verb of
    evaluation is a speech act of its subject, so the rest of the sentence, from the verb on,
    is the subject's view. The subject is written before the verb at the start of its clause
    (``الوزير ندد بـ``), else right after the verb, up to the first preposition, word with an
    attached ``بال``/``لل``, boundary word or punctuation (``أشاد الرئيس دونالد ترمب بـ``); a
    participle (``منددا بـ``) or a verb with neither continues the last speaker of the sentence."""
    tokens = sentence.tokens
    start, end = tokens[i].start, sentence.end
    after_relative = i > 0 and tokens[i - 1].norm in _RELATIVES  # الذي تنفي فيه سوريا
    resumptive = i + 1 < len(tokens) and tokens[i + 1].norm in RESUMPTIVES
    written = (
        _resumptive_speaker(tokens, i, cues) if resumptive else document_speaker(tokens, i, cues)
    )
    if written is not None:
        (first, last), role = written
        return Quote(text[first:last], cue_word, start, end, first, last, role, sentence.index)
    if resumptive and not after_relative:
        # ألقى كلمة هاجم فيها الحكومة: the speech's speaker, named before in the sentence
        return inherit(earlier, cue_word, start, end, sentence.index, "participle")
    if participle:
        verb = next(
            (
                j
                for j in range(i)
                if cue_of(tokens[j].norm, cues) is not None
                and not narrator_formula(tokens, j, cues)
            ),
            None,
        )
        # ... على سوريا"، منددا بـ: the speaker of a quotation from an earlier sentence
        going = quotation_goes_on(earlier, sentence, i)
        subject = going or (_pluperfect_subject(tokens, i, cues) if verb is None else None)
        named = any(q.sentence_index == sentence.index and q.speaker for q in earlier)
        if subject is None and verb is None and not named and i > 0:
            subject = opening_subject(tokens, i, cues)  # شن ترامب هجوما ...، متهما إياه بـ
        if subject is not None:  # وكان الاتحاد قد اعترض على ...، متعهدا بـ: the subject's
            speaker = text[subject[0] : subject[1]]
            return Quote(speaker, cue_word, start, end, *subject, "before-cue", sentence.index)
        if verb is None or any(q.sentence_index == sentence.index for q in earlier):
            opens = i == 0  # مكررا نفيه ... at the start of a sentence: the one before's speaker
            return inherit(
                earlier, cue_word, start, end, sentence.index, "participle", opens_sentence=opens
            )
        i = verb  # أعلن ترمب ...، منددا بـ: the subject of the sentence's verb
    shared = None if participle else _subject_elsewhere(text, sentence, i, cues, cue_word, earlier)
    if shared is not None:
        return shared
    described = None if participle else indefinite_antecedent(tokens, i, cues)
    if described is not None:  # بأصوات معارضة انتقدت: the noun the clause describes
        speaker = text[described[0] : described[1]]
        return Quote(speaker, cue_word, start, end, *described, "before-cue", sentence.index)
    first = past_time(tokens, i + 1, cues)  # اتهم الأربعاء المفوض: the subject after the day
    stop = name_in_commas(tokens, evaluator_end(tokens, first, cues), cues)
    after = None if object_after_verb(tokens, i, stop) else phrase(tokens, first, stop)
    after = None if object_only(text, after, i) else after  # وأبدت أسفها: no speaker
    span, found = None, "after-cue"
    if after is None or not has_object_pronoun(tokens[i].norm, cues):
        span, found = subject_before(tokens, i, cues, after_complementizer=False), "before-cue"
    if span is None:
        span, found = after, "after-cue"
    if span is None and not participle and i > 0:
        # ستتخذ الولايات المتحدة موقفا ...، إذ ستهدد بفرض: with no speaker of its own in the
        # sentence, the subject of its first clause
        if not any(q.sentence_index == sentence.index and q.speaker for q in earlier):
            span, found = (
                _pluperfect_subject(tokens, i, cues) or first_subject(tokens, i, cues),
                "before-cue",
            )
    if span is None:
        lookback = "participle" if participle else "verb"  # فيما انتقد ...: the last speaker
        opens = i == 0 and not participle  # ونددت بـ: a verb continuing the sentences before
        return inherit(
            earlier, cue_word, start, end, sentence.index, lookback, opens_sentence=opens
        )
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, span[0], span[1], found, sentence.index)


def object_only(text: str, span: tuple[int, int] | None, i: int) -> bool:
    """Whether the phrase ``span`` after a verb of saying that opens its sentence (``i == 0``)
    opens with what is said or shown (:func:`~helpers.holder_phrases.what_is_shown`: ``وأبدت
    أسفها لـ``، ``وتابع بالقول``): the verb's object, and the speaker named before goes on.
    (Other words that name no one may stand before a subject: ``وأكدت وقتها وزارة الخزانة``.)"""
    return span is not None and i == 0 and what_is_shown(text[span[0] : span[1]].split()[0])


def _subject_elsewhere(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote | None:
    """The quote of evaluation verb ``i`` when its subject is not the phrase after it: a
    coordinated verb whose object follows it (``وترفض الحوار``), a verb after a particle with
    its pronoun (``لكنهم انتقدوا``), or a verb with a plural or dual ending (``واتهموا روسيا``),
    whose subject is written before it or is the subject of the verb it is joined to
    (:func:`_shared_subject`; always so for a verb joined by و or ف, as ``والتقى الوزيران في
    باريس وأدانا`` names no subject right before it); a passive accusation (``اتُّهمت روسيا
    بـ``) has none: its speaker is unknown. None when the subject may follow the verb."""
    tokens = sentence.tokens
    start, end, index = tokens[i].start, sentence.end, sentence.index
    if passive_accusation(text[start : tokens[i].end]):
        return Quote(None, cue_word, start, end, -1, -1, "unknown", index)
    pronoun = i > 0 and pronoun_subject(tokens[i - 1].norm)
    if pronoun or coordinated_object(tokens, i, cues):
        return _shared_subject(text, sentence, i, cues, cue_word, earlier)
    if object_follows(tokens, i, cues) and any(  # ونفى الوزير ... التهمة وطالب بدليل
        q.sentence_index == index and q.speaker for q in earlier
    ):
        return inherit(earlier, cue_word, start, end, index, "participle")
    if not carries_subject(tokens[i].norm, cues):
        return None
    joined = joined_plural(tokens, i, cues)
    span = None if joined else subject_before(tokens, i, cues, after_complementizer=False)
    examples = None if joined or span is not None else past_examples(tokens, i)
    if examples is not None:  # كثير من دول الكومنولث، مثل الهند، أيدوا: before the examples
        span = subject_before(*examples, cues, after_complementizer=False)
    if span is None:  # ونفى المسلحون الاتهامات واتهموا روسيا: the first verb's subject
        return _shared_subject(text, sentence, i, cues, cue_word, earlier)
    start, end = tokens[i].start, sentence.end
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, *span, "before-cue", sentence.index)


def joined_plural(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """Whether cue verb ``i`` carries its subject (:func:`helpers.speech_parts.carries_subject`)
    and is joined by و or ف to the clause before (``واجتمع المسؤولون في باريس وقالوا``): its
    subject is that clause's, and the words right before it are no subject of its own."""
    return coordinated_cue(tokens[i].norm, cues) and carries_subject(tokens[i].norm, cues)


def narrator_formula(tokens: list[Token], i: int, cues: SpeechCues) -> bool:
    """``يذكر أن ...``, ``ويذكر أنه ...`` (يُذكر: "it is worth recalling"): the impersonal
    passive of ذكر right before its complementiser, with no subject between, is the narrator's
    own formula for background, not a report of the last speaker's words."""
    if strip_conjunction(tokens[i].norm) not in _RECALLED:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].norm in cues.complementizers


_RECALLED = frozenset({normalize("يذكر")})


def opening_subject(tokens: list[Token], before: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The subject of the sentence's first clause (:func:`helpers.clause_subjects.first_subject`),
    the clause after the narrator's ``يذكر أن`` when the sentence opens with it (``يذكر أن
    المغرب قطع علاقاته ...، متهما طهران``: Morocco), the one between كان and قد when it opens
    with the pluperfect (``وكان الرئيس قد أعاد التأكيد ...، محذرا``), the one after a day set
    in commas after the verb (``تظاهر، السبت، الآلاف ...، احتجاجا``)."""
    pluperfect = _pluperfect_subject(tokens, before, cues)
    if pluperfect is not None:
        return pluperfect
    if before > 2 and narrator_formula(tokens, 0, cues):
        return first_subject(tokens[2:], before - 2, cues)
    dated = time_in_commas(tokens)
    return first_subject(dated, before - len(tokens) + len(dated), cues)


def _shared_subject(
    text: str,
    sentence: Sentence,
    i: int,
    cues: SpeechCues,
    cue_word: str,
    earlier: list[Quote],
) -> Quote:
    """The speaker of a coordinated verb whose object follows it (``وترفض الحوار مع``): the
    last speaker of its sentence, else the subject of the sentence's first clause
    (:func:`helpers.clause_subjects.first_subject`, or the pluperfect's between كان and قد:
    ``وكانت الحكومة قد ردت ...، واتهمت``), else the last speaker before."""
    start, end = sentence.tokens[i].start, sentence.end
    if any(q.sentence_index == sentence.index and q.speaker for q in earlier):
        return inherit(earlier, cue_word, start, end, sentence.index, "participle")
    span = _pluperfect_subject(sentence.tokens, i, cues) or first_subject(sentence.tokens, i, cues)
    if span is None:
        opens = i == 0  # وترفض الحوار مع: the sentences before go on
        return inherit(earlier, cue_word, start, end, sentence.index, "verb", opens_sentence=opens)
    speaker = text[span[0] : span[1]]
    return Quote(speaker, cue_word, start, end, *span, "before-cue", sentence.index)


def opens_next_report(tokens: list[Token], j: int, cues: SpeechCues) -> bool:
    """Whether token ``j`` is a reporting or evaluation verb opening a coordinated clause
    (``وقال``, ``وأكد``, ``فيما انتقد``): the report before it has ended."""
    norm = tokens[j].norm
    if norm[:1] not in "وف" and not breaks_clause(tokens[j].gap):
        return False
    cue = cue_of(norm, cues)
    if cue is None or cue[0] not in ("verb", "evaluation"):
        return False
    return not is_via(tokens, j)  # ، عبر حسابه: via


def subject_before(
    tokens: list[Token], i: int, cues: SpeechCues, *, after_complementizer: bool
) -> tuple[int, int] | None:
    """The subject written before verb ``i`` when its clause opens with it: after a
    complementiser (``بأن الرئيس الأمريكي أكد لنظيره``, where the words after the verb are the
    addressee), or, when ``after_complementizer`` is false, at a clause start
    (``الكرملين يرى أن``)."""
    relative = i > 1 and tokens[i - 1].norm in _RELATIVES
    commas = relative and has_comma(tokens[i - 1].gap)
    if relative and (commas or not breaks_clause(tokens[i - 1].gap)):
        # المسؤولون الذين يرون أن: the relative's noun; الموقف الذي أكده الرئيس: the object;
        # في الوقت الذي تنفي فيه سوريا: a time or place, its subject after the verb
        resumptive = i + 1 < len(tokens) and tokens[i + 1].norm in RESUMPTIVES
        if has_object_pronoun(tokens[i].norm, cues) or resumptive:
            return None
        if commas:  # غضب ترامب، الذي طالب: the noun before the comma
            return comma_antecedent(tokens, i - 1, cues)
        if own_subject(tokens, i, cues, named=True):
            return None  # الهجوم الذي اتهمت دمشق بارتكابه: the clause names its own subject
        antecedent = _antecedent(tokens, i - 1)
        return _among(tokens, antecedent, cues) or antecedent
    resumptive = i + 1 < len(tokens) and tokens[i + 1].norm in RESUMPTIVES
    issued = statement_before(tokens, i, cues) if resumptive else None
    if issued is not None:
        return issued  # نشر الوزير تغريدة على حسابه، قال فيها: the statement's issuer
    fronted = fronted_subject(tokens, i, cues) or topic_subject(tokens, i, cues)
    if fronted is not None:
        return fronted  # وكان الوزير ... كشف، الرئيس الفرنسي، إيمانويل ماكرون، أكد
    j = i
    while j > 0 and not breaks_clause(tokens[j].gap):
        if tokens[j - 1].norm in cues.complementizers:
            return None if _quoted_before(tokens, j, i) else phrase(tokens, j, i)
        if i - j >= MAX_SUBJECT or cue_of(tokens[j - 1].norm, cues) is not None:
            return None
        j -= 1
    if after_complementizer or is_preposition(tokens[j].norm):
        return None  # وفي إعلان مفاجئ أعلن ترمب: an adverbial, not a subject
    if described_object(tokens, i, cues):
        return None  # أجرى محادثات وصفها بالمثمرة: the noun the verb describes is its object
    if strip_conjunction(tokens[j].norm) in _TIME_ADVERBS:
        return None  # وفجر الأربعاء توعد الرئيس: a time, the subject follows the verb
    issued = issuer_of_statement(tokens, j, i - 1, cues) if resumptive else None
    if issued is not None:
        return issued
    span = phrase(tokens, j, i)
    if span is None and tokens[j].norm == QAD and any(c in tokens[j].gap for c in "،,"):
        return auxiliary_subject(tokens, j)  # (، وأعلن: a coordinated verb, no pluperfect)
    return span


def _quoted_before(tokens: list[Token], j: int, i: int) -> bool:
    """Whether the complementiser before word ``j`` stands inside a quotation that closes
    before verb ``i`` (``وأضافت: "نحن على ثقة بأن سوريا مسؤولة" وقالت``): its clause is the
    speaker's words, no subject of the verb after them (but ``بأن "حماس" اتهمت``: a name in
    marks after it). A quotation is open there when a mark opened before it is not closed (an
    odd count of straight marks, or more ``«``/``“`` than closers)."""
    before = "".join(t.gap for t in tokens[:j])
    between = "".join(t.gap for t in tokens[j + 1 : i + 1])
    for opener, closer in CLOSERS.items():
        if opener == closer:
            open_at_j = before.count(opener) % 2 == 1
        else:
            open_at_j = before.count(opener) > before.count(closer)
        if open_at_j and closer in between:
            return True
    return False


def _resumptive_speaker(
    tokens: list[Token], i: int, cues: SpeechCues
) -> tuple[tuple[int, int], str] | None:
    """The speaker the sentence writes for a verb of evaluation at ``i`` with a resumptive
    pronoun after it, and where it stands: after the pronoun when a time noun stands before
    the verb (``في وقت أدانت فيه دمشق العقوبات``), else the issuer of the statement the verb
    speaks in (``أصدرت الوزارة بيانا السبت، دانت فيه``, :func:`statement_before`)."""
    if i > 0 and strip_conjunction(tokens[i - 1].norm) in _TIME_NOUNS:
        span = phrase(tokens, i + 2, evaluator_end(tokens, i + 2, cues))
        if span is not None:
            return span, "after-cue"
    issued = statement_before(tokens, i, cues)
    return None if issued is None else (issued, "before-cue")


_TIME_NOUNS = frozenset(normalize(w) for w in "وقت الوقت حين لحظة".split())
_TIME_ADVERBS = frozenset(  # times of day that open a clause as an adverbial (وصباح الأحد)
    normalize(w) for w in "فجر صباح ظهر عصر مساء ليلة ليل يوم أمس اليوم غداة عشية".split()
)


def _pluperfect_subject(tokens: list[Token], i: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The subject of a sentence that opens with the pluperfect (``وكان الاتحاد الأوروبي قد
    اعترض على ...، متعهدا بـ``): the words between the auxiliary and ``قد``, for a participle
    at ``i`` later in the sentence, whose subject it is; or the auxiliary's subject that runs
    up to the participle, its predicate (``وكان الكاتب منتقدا لـ``: the writer was critical)."""
    if not tokens or strip_conjunction(tokens[0].norm) not in AUXILIARIES:
        return None
    if 1 < i == evaluator_end(tokens, 1, cues) and not breaks_clause(tokens[i].gap):
        return phrase(tokens, 1, i)
    for k in range(1, min(i, 1 + MAX_SPEAKER)):
        if tokens[k].norm == QAD:
            return phrase(tokens, 1, k)
        if breaks_clause(tokens[k].gap):
            return None
    return None


def _among(
    tokens: list[Token], antecedent: tuple[int, int] | None, cues: SpeechCues
) -> tuple[int, int] | None:
    """The one counted among a relative's noun (``وكانت ميركل من بين أول الزعماء الذين
    هنأوا``, ``السعودية من أوائل الدول التي رحبت``): the relative's verb is theirs too, so its
    speaker is the subject of the clause the partitive phrase closes, written after its
    auxiliary (كان) or opening it, when no verb of speech stands between."""
    if antecedent is None:
        return None
    k = next(k for k, t in enumerate(tokens) if t.start >= antecedent[0])
    while k > 0 and strip_conjunction(tokens[k - 1].norm) in _PARTITIVES:
        k -= 1
    if k == 0 or tokens[k].start >= antecedent[0] or breaks_clause(tokens[k].gap):
        return None
    j = k - 1
    while j > 0 and not breaks_clause(tokens[j].gap) and k - j < MAX_SPEAKER:
        j -= 1
    if not any(strip_conjunction(t.norm) in _AMONG for t in tokens[k : k + 4]):
        return None  # أكثر الدول التي: a superlative, nobody counted among them
    if strip_conjunction(tokens[j].norm) in AUXILIARIES:
        j += 1
    elif not strip_conjunction(tokens[j].norm).startswith("ال") and not is_name(tokens[j].norm):
        return None  # وتعد فرنسا من أوائل الدول: a verb opens the clause, not its subject
    if is_preposition(tokens[j].norm) or any(cue_of(t.norm, cues) for t in tokens[j:k]):
        return None
    return phrase(tokens, j, k)


_PARTITIVES = frozenset(
    normalize(w) for w in "من بين ضمن أول أوائل أبرز أكثر أحد إحدى طليعة مقدمة".split()
)
"""Words of "among the first of" before a relative's noun (``من بين أول الزعماء الذين``)."""
_AMONG = frozenset(normalize(w) for w in "من بين ضمن أحد إحدى".split())


def _antecedent(tokens: list[Token], relative: int) -> tuple[int, int] | None:
    """The noun a relative pronoun refers to, the subject of its verb (``قلق الأعضاء الذين
    يخشون``: ``الأعضاء``): the definite words right before it (a noun and its adjectives),
    else the one word before it (``أردوغان الذي``)."""
    first = relative - 1
    while (
        first > 0
        and relative - first < 3
        and tokens[first - 1].norm.startswith("ال")
        and tokens[first].norm.startswith("ال")
        and not breaks_clause(tokens[first].gap)
    ):
        first -= 1
    span = phrase(tokens, first, relative)
    if span is not None and has_preposition(tokens[first].norm) and span[0] == tokens[first].start:
        return span[0] + 1, span[1]  # تأييدا للندن التي تتهم: لندن
    return span

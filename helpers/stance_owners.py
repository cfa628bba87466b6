"""Stances that belong to an owner named with them, as quotes for :mod:`helpers.stance_voices`.

By the annotation guidelines (voice and holder), an attitude written as a noun with its owner,
or as an adjective of the one who holds it, is the owner's stance, never the outlet's:

* the genitive before the object of a noun of evaluation or feeling speaks or feels
  (``اتهام الحكومة البريطانية لروسيا``, ``إشادة الرئيس الفرنسي بالموقف``, ``إعجاب الشعب
  الأوكراني بإنجازات الاتحاد``, ``تعاطف الرأي العام مع``);
* an adjective of stance is held by the noun it describes (``الحزب المعادي للاتحاد الأوروبي``);
* what a poll or study is shown to find is its finding (``أظهر الاستطلاع أن ...``);
* anger that a deed stirs is the angry's (``ما أثار غضب شركائها التجاريين``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from helpers.arabic import normalize
from helpers.attribution import QuoteSpan
from helpers.clause_subjects import first_subject
from helpers.clitics import (
    PRONOUN_ENDINGS,
    strip_article,
    strip_clitics,
    strip_conjunction,
    strip_preposition,
)
from helpers.cues import default_cues, function_words
from helpers.evaluator_subjects import evaluator_end
from helpers.speech_parts import (
    breaks_clause,
    has_preposition,
    is_function_word,
    is_name,
    is_preposition,
    phrase,
)
from helpers.stance_anger import ANGER_NOUNS, ANGER_SCOPE, STIRRING
from helpers.stance_clauses import definite
from helpers.stance_lexicon import role_frames, word_forms

__all__ = [
    "FINGERS",
    "act_agent",
    "attitude_quotes",
    "findings",
    "genitive_agent",
    "is_speech_noun",
    "stirred_feelings",
    "voiced_by_subject",
]

_MAX_GENITIVE = 3  # words of an agent in the genitive (اتهام الحكومة البريطانية لروسيا)
_RELATIVE_WORDS = function_words("relatives")


def voiced_by_subject(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The author of the noun of evaluation at ``k`` named as the subject of a verb that voices
    it, written before it in the sentence (``ووجه الوزير انتقادات حادة لـ``، ``جدد الرئيس
    اتهاماته``، ``عُرف الكاتب، الذي ...، بانتقاداته لـ``: ``[voicing_verbs]``), or None. A verb
    right before the noun names no subject there (``وُجهت انتقادات``: by whom is not said). The
    verbal noun توجيه names its subject in the genitive, its object right after it (``بعد توجيه
    رئيسة الوزراء أصابع الاتهام إلى``; not ``بتوجيه ضربة عسكرية للنظام إثر اتهامه``: the strike
    is its object); the idiom's أصابع is the noun's, not the subject's."""
    noun = k - 1 if k and tokens[k - 1].norm == FINGERS else k
    for j in range(k - 1, max(-1, k - 1 - _VOICING_REACH), -1):
        verb = strip_conjunction(tokens[j].norm)
        if verb not in _VOICING_VERBS:
            continue
        end = min(evaluator_end(tokens, j + 1, default_cues()), noun)
        if verb.endswith(_VOICING_NOUN) and end != noun:
            return None
        span = phrase(tokens, j + 1, end) if end > j + 1 else None
        return None if span is None else (text[span[0] : span[1]], *span)
    return None


_VOICING_VERBS = function_words("voicing_verbs")
_VOICING_NOUN = normalize("توجيه")  # the verbal noun of وجه (بتوجيه)
FINGERS = normalize("أصابع")  # وجه أصابع الاتهام: pointed the finger of blame
_VOICING_REACH = 14  # words from the verb to its noun, past a subject's title and apposition


def genitive_agent(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The one who speaks through the noun at ``k`` named in its genitive, when its ل-object
    follows (``اتهام الحكومة البريطانية لروسيا``, ``انتقادات واشنطن لأنقرة``), or its ب-object
    for a noun of ``[b_object_nouns]`` (``إشادة الرئيس الفرنسي بالموقف``): with the object
    after it, the genitive can only be the agent. A definite noun or one with an owner's
    pronoun takes no genitive (``الانتقادات الدولية``, ``اتهامها``)."""
    noun = strip_conjunction(tokens[k].norm)
    noun = strip_preposition(noun)
    if noun.startswith(("ال", "لل")) or noun.endswith(PRONOUN_ENDINGS):
        return None
    after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if has_preposition(after):
        return None  # ترحيب بالرئيس: the object, no genitive
    if not after.startswith("ال") and after.endswith("ة") and not after.endswith("ية"):
        return None  # انتقادات حادة للرئيس: an adjective, no genitive (كندية: the critic's)
    # إشادة الرئيس الفرنسي بالموقف: a ب-object too (not اتهام الحكومة بالفساد: the charge)
    objects = ("ل", "ب") if strip_clitics(noun) in role_frames().b_object_nouns else ("ل",)
    feeling = strip_clitics(noun) in role_frames().attitude_nouns  # تعاطف الرأي العام مع
    for m in range(k + 1, min(len(tokens), k + 2 + _MAX_GENITIVE)):
        if breaks_clause(tokens[m].gap):
            return None
        if m > k + 1 and _opens_object(tokens[m].norm, objects, feeling):
            first, last = tokens[k + 1], tokens[m - 1]
            return text[first.start : last.end], first.start, last.end
    return None


def act_agent(
    text: str, tokens: list, k: int, speech_nouns: frozenset[str]
) -> tuple[str, int, int] | None:
    """The agent of a verbal noun of evaluation at ``k`` that is no noun of words
    (``[genitive_agent]`` outside ``[speech_nouns]``: تحذير، تأييد، احتجاج), named in its
    genitive before its ل-object (``تحذير روسيا للولايات المتحدة من``، ``بعد تأييد المحكمة
    العليا لقرار``, :func:`genitive_agent`): with the object after it the
    genitive can only be the one who speaks. Only a noun in the construct state, bare or after
    ب/ل, with a name or a definite word right after it: not the accusative or a noun with its
    article or pronoun (``تحذيرا إلى روسيا``، ``للاحتجاج ضد``، ``تضامن بلاده``), nor before
    an adjective or a preposition (``بتحذير جديد لإيران``، ``احتجاج على زيارة``)."""
    word = strip_conjunction(tokens[k].norm)
    nouns = role_frames().genitive_agent
    if word[:1] in "بل" and word[1:] in nouns:
        word = word[1:]  # بتحذير، لتأييد
    if word not in nouns or word in speech_nouns or k + 1 >= len(tokens):
        return None
    after = tokens[k + 1].norm
    if is_preposition(after) or not (after.startswith("ال") or is_name(after)):
        return None
    return genitive_agent(text, tokens, k)


def attitude_quotes(text: str, tokens: list, reported: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """The feelings and stances in ``tokens`` that are their owner's, as quotes held by it: a
    noun of ``[attitude_nouns]`` with its owner in the genitive before its object (``إعجاب
    الشعب الأوكراني بإنجازات``, :func:`genitive_agent`), and an adjective of
    ``[attitude_adjectives]`` before its ل-object (``الحزب المعادي للاتحاد الأوروبي``, held by
    the noun it describes, :func:`_described_noun`). A noun's quote runs to the end of its
    object phrase, an adjective's is the adjective alone: the outlet's own naming of the object
    stays the outlet's (``قوات موالية لنظام الأسد``). Words inside one of ``reported`` (a
    reported speaker's quote, quotation marks) stay in that speaker's voice (``قال إن عداء
    القناة للمملكة``)."""
    frames = role_frames()
    quotes = []
    for k, token in enumerate(tokens):
        if any(q.start <= token.start < q.end for q in reported):
            continue
        adjective = False
        if is_speech_noun(token.norm, frames.attitude_nouns):
            owned = token.norm.endswith(PRONOUN_ENDINGS)  # إعجابها بإنجازات
            owner = None if owned else genitive_agent(text, tokens, k)
            at = k + 1 if owned else None if owner is None else _index_at(tokens, owner[2])
            owner = _subject_owner(text, tokens, k) if owned else owner
        elif _is_attitude_adjective(token.norm, frames.attitude_adjectives):
            owner, at, adjective = _described_noun(text, tokens, k), k + 1, True
        else:
            continue
        if at is None or at >= len(tokens) or breaks_clause(tokens[at].gap):
            continue
        if not _opens_object(tokens[at].norm, ("ب", "ل"), feeling=True):
            continue  # the object after ب، ل، مع، تجاه
        if tokens[at].norm in _FEELING_PREPOSITIONS and at + 1 < len(tokens):
            at += 1  # مع أوكرانيا: the object is the word after the preposition
        # an adjective's object keeps the outlet's own naming (قوات موالية لنظام الأسد)
        end = token.end if adjective else _object_end(tokens, at)
        quotes.append(QuoteSpan(token.start, end, *(owner or (None, -1, -1))))
    return quotes


def findings(text: str, tokens: list) -> list[QuoteSpan]:
    """What a poll or study was shown to find (``وأظهر الاستطلاع أن الدعم لبوتين منخفض``): from
    أن to the end of the sentence, held by the source phrase between the verb of showing and
    أن (``[finding_verbs]``, ``[finding_sources]``); a finding, not the outlet's evaluation."""
    frames = role_frames()
    quotes = []
    for k, token in enumerate(tokens):
        if strip_conjunction(token.norm) not in frames.finding_verbs:
            continue
        that = next(
            (m for m in range(k + 1, min(len(tokens), k + 6)) if tokens[m].norm in _THAT), None
        )
        if that is None or that == k + 1 or any(breaks_clause(t.gap) for t in tokens[k + 1 : that]):
            continue
        source = [strip_conjunction(t.norm) for t in tokens[k + 1 : that]]
        if not any(strip_article(w, 3) in frames.finding_sources for w in source):
            continue
        first, last = tokens[k + 1], tokens[that - 1]
        quotes.append(
            QuoteSpan(
                tokens[that].start,
                tokens[-1].end,
                text[first.start : last.end],
                first.start,
                last.end,
            )
        )
    return quotes


def stirred_feelings(text: str, tokens: list, reported: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """Anger and dismay as their owner's words, never the outlet's, from the noun to the end of
    its clause: anger stirred by a deed (``ما أثار غضب شركائها التجاريين``، ``أثارت السياسة
    الروسية في سوريا غضب المعارضة``, :mod:`helpers.stance_anger`), held by the definite words
    right after it (its owner; none after a noun with the article: ``الانتقادات العام
    الماضي``), else by the group it is located in (:func:`_located`), else by someone the text
    does not name (``أثار استياء واسعا``); and a noun of anger or dismay with its owner's
    pronoun (``التعبير عن غضبهم من نقل السفارة``، ``قلقها``), held by the sentence's first
    subject when its clause runs to the noun. Not inside one of ``reported``: a speaker's
    words stay the speaker's."""
    quotes = []
    for k, token in enumerate(tokens):
        if any(q.start <= token.start < q.end for q in reported):
            continue
        forms = word_forms(token.norm)
        owned = token.norm.endswith(PRONOUN_ENDINGS) and bool(_DISMAY.intersection(forms))
        if not owned and not (ANGER_NOUNS.intersection(forms) and _stirred(tokens, k)):
            continue
        stop = next((m for m in range(k + 1, len(tokens)) if breaks_clause(tokens[m].gap)), None)
        end = tokens[-1].end if stop is None else tokens[stop - 1].end
        if owned:
            quotes.append(QuoteSpan(token.start, end, *(_subject_owner(text, tokens, k) or _NONE)))
            continue
        last = k
        while (
            not definite(token.norm)  # الانتقادات العام الماضي
            and last + 1 < min(len(tokens), k + 1 + _MAX_GENITIVE)
            and not breaks_clause(tokens[last + 1].gap)
            and tokens[last + 1].norm.startswith("ال")
        ):
            last += 1  # غضب الدول العربية: the owner's definite words
        span = (tokens[k + 1].start, tokens[last].end) if last > k else _located(tokens, k)
        owner = None if span is None else text[span[0] : span[1]]
        quotes.append(QuoteSpan(token.start, end, owner, *(span or (-1, -1))))
    return quotes


_DISMAY = function_words("dismay_nouns")
_NONE = (None, -1, -1)  # a holder the text does not name


def _located(tokens: list, k: int) -> tuple[int, int] | None:
    """The group an anger noun at ``k`` is located in (``أثار غضبا واسعا في الأوساط السياسية
    الأمريكية``، ``استياء لدى المستثمرين``): the phrase after في، لدى، داخل، بين or وسط, past
    up to two indefinite adjectives: its first word and the definite words after it (at most
    :data:`_MAX_GENITIVE` words); None when no such phrase follows."""
    m = k + 1
    while m < min(len(tokens), k + 3) and not tokens[m].norm.startswith("ال"):
        if breaks_clause(tokens[m].gap) or tokens[m].norm in _LOCATING:
            break
        if has_preposition(tokens[m].norm):
            return None  # احتجاجات مناهضة للأمريكيين في ...: the place of what they oppose
        m += 1  # غضبا واسعا، استياء دوليا
    if m >= len(tokens) or breaks_clause(tokens[m].gap) or tokens[m].norm not in _LOCATING:
        return None
    stop = m + 2  # its first word (في واشنطن), then the definite words after it
    while (
        stop < min(len(tokens), m + 1 + _MAX_GENITIVE)
        and not breaks_clause(tokens[stop].gap)
        and strip_conjunction(tokens[stop].norm).startswith("ال")
    ):
        stop += 1
    return phrase(tokens, m + 1, min(stop, len(tokens)))


_LOCATING = frozenset(normalize(w) for w in "في لدى داخل بين وسط".split())


def _stirred(tokens: list, k: int) -> bool:
    """Whether a stirring verb stands within :data:`ANGER_SCOPE` words before the noun at ``k``
    with no clause break between them."""
    for j in range(k - 1, max(-1, k - 1 - ANGER_SCOPE), -1):
        if breaks_clause(tokens[j + 1].gap):
            return False
        if strip_conjunction(tokens[j].norm) in STIRRING:
            return True
    return False


_THAT = frozenset(normalize(w) for w in "أن أنه أنها".split())


def _opens_object(norm: str, prefixes: tuple[str, ...], feeling: bool) -> bool:
    """Whether the word ``norm`` opens the object of a noun of evaluation: ب or ل written on it
    (one of ``prefixes``), or for a feeling a preposition of its own (``تعاطف ... مع``,
    ``عداء ... تجاه``)."""
    if feeling and norm in _FEELING_PREPOSITIONS:
        return True
    return norm.startswith(prefixes) and has_preposition(norm)


_FEELING_PREPOSITIONS = frozenset(normalize(w) for w in "مع تجاه إزاء نحو".split())


def _subject_owner(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The owner of a feeling written with its owner's pronoun (``أبدى الرئيس الفرنسي
    إعجابه بـ``): the subject of the sentence's first clause when that clause runs to the noun
    (no comma nor relative clause between: ``الأزمة التي جعلت قطاعات ... تعتدل في إعجابها``
    is not the crisis's admiration); else None, an owner the text does not name here."""
    span = first_subject(tokens, k, default_cues())
    if span is None:
        return None
    after = [t for t in tokens[:k] if t.start >= span[1]] + [tokens[k]]
    if any(breaks_clause(t.gap) or t.norm in _RELATIVE_WORDS for t in after):
        return None
    return text[span[0] : span[1]], *span


def _index_at(tokens: list, position: int) -> int:
    """The index of the first token at or after the character ``position``."""
    return next((m for m, t in enumerate(tokens) if t.start >= position), len(tokens))


def _object_end(tokens: list, m: int) -> int:
    """Where the object phrase that opens at ``m`` ends: its word and up to two definite words
    after it in its clause (``للاتحاد الأوروبي``, ``بإنجازات الاتحاد الأوروبي``)."""
    last = m
    while last + 1 < min(len(tokens), m + 3):
        nxt = tokens[last + 1]
        if breaks_clause(nxt.gap) or not strip_conjunction(nxt.norm).startswith("ال"):
            break
        last += 1
    return tokens[last].end


def _is_attitude_adjective(norm: str, adjectives: frozenset[str]) -> bool:
    """Whether ``norm`` is an adjective of ``[attitude_adjectives]`` with the article, the
    feminine or a plural ending (``المعادية``, ``الموالين``, ``مؤيدون``)."""
    word = strip_article(strip_conjunction(norm))
    return any(
        word.endswith(e) and word[: len(word) - len(e)] in adjectives
        for e in ("", "ة", "ين", "ون", "ان")
    )


def _described_noun(text: str, tokens: list, k: int) -> tuple[str, int, int] | None:
    """The noun phrase that the adjective at ``k`` describes: the definite words right before
    a definite adjective (``الأحزاب اليمينية المعادية``), the word before an indefinite one
    and the noun before that when the word is a nisba adjective (``تظاهرات سلمية مناهضة``,
    ``حزب معاد``). None after a function word or a clause break, for a noun under a
    preposition (``بالقوانين المعادية``, ``للصور النمطية المعادية``), and for an adjective
    joined by و to an earlier one, whose noun stands further back."""
    if strip_conjunction(tokens[k].norm) != tokens[k].norm:
        return None  # المعروف باسم "..." والمعادي: the noun of an earlier adjective
    definite = tokens[k].norm.startswith("ال")
    first = k
    while first > 0 and not breaks_clause(tokens[first].gap) and k - first < _MAX_GENITIVE:
        word = strip_conjunction(tokens[first - 1].norm)
        if is_function_word(word) or is_preposition(word):
            break
        if word.startswith(("لل", "بال")):
            return None  # بالقوانين المعادية: the preposition's object, not a holder
        if word.startswith("ال") != definite:
            break
        first -= 1
        if not definite and not (first == k - 1 and word.endswith(("ي", "ية"))):
            break  # تظاهرات سلمية مناهضة: the nisba and the noun it describes
    if first == k:
        return None
    return text[tokens[first].start : tokens[k - 1].end], tokens[first].start, tokens[k - 1].end


@lru_cache(maxsize=1 << 16)  # asked of every word of a sentence with a hit
def is_speech_noun(norm: str, nouns: frozenset[str]) -> bool:
    """Whether ``norm`` is one of ``nouns`` through clitics, a singular or plural owner's
    pronoun (``اتهامها``, ``اتهامهم``, ``اتهامهن``) or the accusative ending (``اتهاما``).

    Not the dual of :data:`~helpers.clitics.PRONOUN_ENDINGS`: with ``هما`` (``ترحيبهما``)
    the noun's owners are mostly two speakers coordinated in a long subject (``عبر الشيخ ...،
    نائب رئيس الوزراء، والشيخ ...، عن ترحيبهما``), which the verb of expressing reads whole,
    while the owner read through the noun is a fragment of a title (``رئيس الوزراء``): read on
    all of ANT outside dev, 7 Dec 2026 (benchmarks/results/stance_real.md, health3)."""
    bare = strip_clitics(norm)
    if norm in nouns or bare in nouns:
        return True
    return any(bare.endswith(p) and bare[: -len(p)] in nouns for p in _OWNERS_OR_ACCUSATIVE)


_OWNERS_OR_ACCUSATIVE = ("هم", "هن", "ها", "ه", "ا")

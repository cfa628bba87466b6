"""Acts inside other words: what an evaluation of an act says about its giver, and the words
around a hostile act that tell the fallback rules it is no deed of the actor named before.

:mod:`helpers.stance_roles` names the actors that suffer or report an act; this module reads
the act's own frame (``helpers/data/role_frames.toml``):

* an **evaluated act of giving**: ``انتقد الوزير الدعم الإيراني لسوريا`` judges the giver (Iran,
  against), and a criticism of the giving is no stance toward the receiver (``[friendly_acts]``,
  :func:`evaluated_act`, :func:`judged_act`); praise of it still favours the receiver
  (``أشاد الوزير بالدعم الأمريكي لأوكرانيا``: the minister wants Ukraine supported);
* an act its subject **meets** (``كان الوزير على موعد مع محاولة اغتيال``,
  ``[experiencer_phrases]``), an act that is a **topic** (``تحقيقا بشأن الاعتداء``,
  ``[topic_prepositions]``), a **list's name** (``لائحة المنظمات الإرهابية``, ``[list_nouns]``)
  or the object of a word of evaluation (``تندد بالميول الوحشية``): no fallback rule makes
  the actor named before it the doer (:func:`not_the_doers_act`);
* a hostile verbal noun after a word of **purpose** (``من أجل إرهاب الفلسطينيين``,
  ``[purpose_markers]``): it stands for a verb, so the actor after it is its object
  (:func:`object_of_a_purpose`);
* an act pointed to by a **demonstrative** (``هذه الجريمة``, ``[known_act_markers]``) or
  written as known (``مسؤولية الاغتيال``): one named before, whose doer is not the subject of
  an earlier clause (:func:`pointed_act`, :func:`known_act`);
* the act's **owner** qualified by an adjective actor (``تسميم جاسوس روسي``: the Russian is
  the victim, :func:`qualifies_the_owner`), and an adjective on an **armed group**
  (``الجماعات الإرهابية``, :func:`describes_a_third_party`);
* a nationality adjective on a noun of a **situation bound to a place** (``الصراع السوري``،
  ``الأزمة السورية``, ``[place_situations]`` in function_words.toml): it names where the
  situation happens, not a deed of the state (:func:`place_of_a_situation`);
* a **penalty** on someone (``غرامة على الشركة لانتهاكها``): the pronoun after it is the
  penalised one (:func:`penalised_another`).
"""

from __future__ import annotations

from functools import cache

from helpers.arabic import normalize
from helpers.clitics import pronoun_stem, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.stance_clauses import PREPOSITIONS, Actor, Token, definite
from helpers.stance_lexicon import Entry, default_lexicon, experienced, role_frames, word_forms

__all__ = [
    "bloc_between",
    "describes_a_third_party",
    "evaluated_act",
    "judged_act",
    "known_act",
    "known_victory",
    "lexicon_verb",
    "named_as_a_topic",
    "not_the_doers_act",
    "object_of_a_purpose",
    "penalised_another",
    "pointed_act",
    "qualifies_the_owner",
]

_ACT_SCOPE = 5  # words from a word of evaluation to the act it takes (a subject may stand between)
_GIVER_SCOPE = 2  # words from an act to its giver (الدعم العسكري الإيراني)
_MET_SCOPE = 3  # words from a phrase of meeting (على موعد مع) to the hostile word
_TOPIC_SCOPE = 2  # ... from a topic to it: the act or its adjective (بعد الهجمات الإرهابية)
_PHRASE_WORDS = 3  # the longest phrase of a frame (على موعد مع)
_NAME_SCOPE = 3  # words from a phrase of naming to a hostile word in the name (ما سمي بالحرب على)
_LIST_SCOPE = 2  # words from a list noun to the hostile word in its name (لائحة المنظمات الإرهابية)


def _is_friendly_act(token: Token) -> bool:
    return bool(role_frames().friendly_acts.intersection(word_forms(token.norm)))


def evaluated_act(
    i: int, n: int, tokens: list[Token], actors: list[Actor], hit_starts: list[int]
) -> tuple[bool, Actor | None]:
    """Whether the word of evaluation at ``i .. i+n-1`` takes an act of giving for its object,
    within :data:`_ACT_SCOPE` words in its clause, before any other hit (``انتقد الوزير الدعم
    الإيراني لسوريا``, ``ندد البرلمان بتسليح الولايات المتحدة للمعارضة``), and the giver: an
    actor right after the act or after one word that describes it, no preposition before it
    (None when no giver is named)."""
    if _is_friendly_act(tokens[i]):
        return False, None  # تدعم ... حماية: support of an act of giving is no evaluation of it
    k = next(
        (
            k
            for k in range(i + n, min(i + n + _ACT_SCOPE, len(tokens)))
            if k in hit_starts or _is_friendly_act(tokens[k])
        ),
        None,
    )
    if k is None or tokens[k].clause != tokens[i].clause or not _is_friendly_act(tokens[k]):
        return False, None
    if not _direct(i + n, k, tokens):
        return False, None
    carries_b = strip_conjunction(tokens[k].norm).startswith("ب")  # no act's own form does
    if carries_b and any(i + n <= a.first < k for a in actors):
        return False, None  # تتهم إيران بتزويد الحوثيين: the actor is the object, ب its charge
    giver = next(
        (
            a
            for a in actors
            if not a.governor
            and k < a.first <= k + _GIVER_SCOPE
            and tokens[a.first].clause == tokens[k].clause
            and all(not tokens[b].prefix_prep for b in range(k + 1, a.first + 1))
        ),
        None,
    )
    return True, giver or _relative_giver(k, tokens, actors)


_RELATIVES = function_words("relatives")
_RECEIVING = function_words("receiving_verbs")
_RELATIVE_AFTER_ACT = 2  # the relative pronoun right after the act or after one adjective


def _relative_giver(k: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The giver of the act of giving at ``k`` named as the subject of a relative clause that
    describes it (``أشاد بالدعم الذي تقدمه السعودية``، ``ندد بالأسلحة التي يرسلها الحرس الثوري
    للحوثيين``): a relative pronoun right after the act or after one adjective, a verb that
    carries the act's pronoun, and an actor right after that verb, after one head word or as
    the adjective closing a head of two (``الذي يقدمه ولي العهد السعودي``) as its subject, in
    the act's clause. Not a verb of receiving or suffering (``الدعم الذي تلقته أوكرانيا``),
    whose subject is the one helped."""
    clause = tokens[k].clause
    r = next(
        (
            r
            for r in range(k + 1, min(k + 1 + _RELATIVE_AFTER_ACT, len(tokens) - 2))
            if tokens[r].clause == clause and tokens[r].norm in _RELATIVES
        ),
        None,
    )
    if r is None or any(k < a.first < r for a in actors):
        return None
    stem = pronoun_stem(strip_conjunction(tokens[r + 1].norm))
    if not stem or stem in _RECEIVING or experienced(tokens[r + 1].norm):
        return None
    return next(
        (
            a
            for a in actors
            if not a.governor
            and (a.first in (r + 2, r + 3) or (a.adjective and a.first == r + 4))
            and all(tokens[b].clause == clause for b in range(r, a.first + 1))
            and not any(tokens[b].prefix_prep for b in range(r + 2, a.first + 1))
        ),
        None,
    )


def _direct(start: int, k: int, tokens: list[Token]) -> bool:
    """Whether the words from ``start`` to the act at ``k`` leave it the evaluation's object:
    none is a preposition, carries one or names a topic (``تدعم اقتراحات المفوضية بشأن حماية
    الشركات``: the proposals are supported, not the protection)."""
    topics = role_frames().topic_prepositions
    return not any(
        t.norm in PREPOSITIONS or t.prefix_prep or strip_conjunction(t.norm) in topics
        for t in tokens[start:k]
    )


def judged_act(k: int, tokens: list[Token], criticisms: list[int]) -> bool:
    """Whether the act of giving at ``k`` is the object of a word of criticism before it (the
    hit starts in ``criticisms``, see :func:`evaluated_act`): its receiver then gets nothing
    from the critic."""
    if not _is_friendly_act(tokens[k]):
        return False
    before = [e for e in criticisms if k - _ACT_SCOPE <= e < k]
    if not before:
        return False
    same_clause = all(tokens[b].clause == tokens[k].clause for b in range(before[-1], k))
    return same_clause and _direct(before[-1] + 1, k, tokens)


def _phrase_at(k: int, phrase: list[str], tokens: list[Token]) -> int:
    """The index after ``phrase`` when it starts at token ``k`` (its last word may be a
    proclitic of the next token: ``عرضة لهجمات``), else -1."""
    for offset, word in enumerate(phrase):
        at = k + offset
        if at >= len(tokens) or tokens[at].clause != tokens[k].clause:
            return -1
        norm = strip_conjunction(tokens[at].norm) if offset == 0 else tokens[at].norm
        if norm == word:
            continue
        if offset == len(phrase) - 1 and len(word) == 1 and norm.startswith(word):
            return at  # the clitic's host is the next word itself
        return -1
    return k + len(phrase)


def _phrase_before(i: int, phrases: frozenset[str], tokens: list[Token], scope: int) -> int:
    """The start of a phrase of ``phrases`` that ends within ``scope`` words before token ``i``
    in its clause, else -1."""
    by_first = _by_first_word(phrases)
    for k in range(i - 1, max(i - 1 - scope - _PHRASE_WORDS, -1), -1):
        if tokens[k].clause != tokens[i].clause:
            return -1
        first = strip_conjunction(tokens[k].norm)
        for phrase in (*by_first.get(first, ()), *by_first.get(("clitic", first[:1]), ())):
            end = _phrase_at(k, phrase, tokens)
            if end != -1 and 0 <= i - end < scope:
                return k
    return -1


@cache
def _by_first_word(phrases: frozenset[str]) -> dict:
    """``phrases`` split into words, by the first word a token must be to start one; a phrase
    of one letter (a proclitic, :func:`_phrase_at`) under ``("clitic", letter)``: only those can
    start at a token, so the others are never tried (a frame's lists are read once)."""
    by_first: dict = {}
    for phrase in phrases:
        words = phrase.split()
        key = ("clitic", words[0]) if len(words) == 1 and len(words[0]) == 1 else words[0]
        by_first.setdefault(key, []).append(words)
    return by_first


def place_of_a_situation(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is a nationality adjective on a definite noun of a situation bound to
    a place (``الصراع السوري``، ``الأزمة السورية``، ``الحرب الأهلية السورية``): it names where
    the situation happens, so what is said of the situation (``الدموي``، ``التي تشكل تهديدا``)
    judges no deed of the state, as it does after a noun of a deed (``العدوان الروسي``)."""
    if not actor.adjective or actor.first == 0 or not definite(tokens[actor.first - 1].norm):
        return False
    noun = strip_conjunction(tokens[actor.first - 1].norm)
    return bool(_SITUATIONS.intersection(word_forms(noun)))


_SITUATIONS = function_words("place_situations")


def not_the_doers_act(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether the hostile word at ``i`` is, for an actor named before it, an act it meets
    (``[experiencer_phrases]``), a topic (``[topic_prepositions]``, before the word or its noun),
    part of a list's name (``[list_nouns]``) or what a word of evaluation within two words
    before it judges (``رواية تندد بالميول الوحشية``): a fallback rule does not make that actor
    its doer."""
    if actor.first >= i:
        return False
    frames = role_frames()
    met = _phrase_before(i, frames.experiencer_phrases, tokens, _MET_SCOPE)
    if met != -1 and actor.last < met:
        return True
    topic = _phrase_before(i, frames.topic_prepositions, tokens, _TOPIC_SCOPE)
    if topic != -1 and actor.last < topic:
        return True
    name = _phrase_before(i, frames.naming_phrases, tokens, _NAME_SCOPE)
    if name != -1 and actor.last < name:
        return True  # ما عرف بفضيحة ووترغيت: a name, not a deed
    if _constituted_by_another(actor, i, tokens):
        return True  # قضية ... وتشكل الآن تهديدا للحكومة: the issue is the threat
    if _in_a_relative_of_another(actor, i, tokens):
        return True  # شركة ...، والتي تدور حولها شبهات بحيازة غير قانونية
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        after is not None
        and after.clause == tokens[i].clause
        and after.norm in frames.bloc_adjectives
    ):
        return True  # التهديدات الغربية: the West threatens
    cues = default_cues().cues
    return any(
        actor.last < k
        and (
            frames.list_nouns.intersection(word_forms(tokens[k].norm))
            or _cue_kind(tokens[k].norm, cues) == "evaluation"  # تندد بالميول الوحشية
        )
        for k in range(max(i - _LIST_SCOPE, 0), i)
        if tokens[k].clause == tokens[i].clause
    )


def _constituted_by_another(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether the hostile noun at ``i`` is what a verb of constituting (``تشكل``، ``يمثل``)
    within two words before it says its subject is, and ``actor`` ends more than
    :data:`_COPULA_SUBJECT` words before that verb: the subject is then another phrase
    (``وهي قضية تقسمهم وتشكل الآن تهديدا``), not the actor (``روسيا لا تزال تشكل تهديدا``)."""
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].clause != tokens[i].clause:
            return False
        if strip_conjunction(tokens[k].norm) in _COPULAS:
            return actor.last < k - _COPULA_SUBJECT
    return False


def _in_a_relative_of_another(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is in a clause that opens with a relative pronoun (``، والتي
    تدور حولها شبهات``) whose antecedent, the word before it, is not ``actor``: the clause
    describes that noun, and ``actor``, named before it, does not do what the clause tells."""
    first = i
    while first > 0 and tokens[first - 1].clause == tokens[i].clause:
        first -= 1
    opens = first > 0 and strip_conjunction(tokens[first].norm) in _RELATIVES
    return opens and actor.last < first - 1


_RELATIVES = function_words("relatives")
_COPULAS = function_words("copulas")
_COPULA_SUBJECT = 3  # words from a subject to its verb of constituting (روسيا لا تزال تشكل)


def _cue_kind(word: str, cues: dict) -> str:
    return cues.get(word, cues.get(strip_conjunction(word), ("", None)))[0]


def object_of_a_purpose(i: int, tokens: list[Token]) -> bool:
    """Whether the hostile noun at ``i`` follows a word of purpose (``من أجل إرهاب
    الفلسطينيين``, ``[purpose_markers]``): a verbal noun for a verb, whose owner is its
    object."""
    return _phrase_before(i, role_frames().purpose_markers, tokens, 1) != -1


def pointed_act(i: int, tokens: list[Token]) -> bool:
    """Whether a demonstrative stands right before the hostile noun at ``i`` (``هذه الجريمة``,
    ``هذا العدوان``): an act named before."""
    return (
        i > 0
        and tokens[i - 1].clause == tokens[i].clause
        and strip_conjunction(tokens[i - 1].norm) in role_frames().known_act_markers
    )


def known_victory(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is a definite word of success (``[achievements]``) with على
    and the defeated right after it (``لمناسبة الانتصار على ألمانيا النازية``): the name of a
    known event, whose victor is not written with it; the actor named before (one who marks
    the day) is not made its victor. A victory an actor wins is written with it (``حققت
    القوات انتصارات على``, ``الانتصار الروسي``), and one after في is its subject's attempt or
    part (``فشل البرازيل في الانتصار على``, ``لعبت واشنطن دورا في الانتصار على``)."""
    word = strip_conjunction(tokens[i].norm)
    attempted = i > 0 and tokens[i - 1].norm == _IN  # فشل البرازيل في الانتصار على سويسرا
    return (
        not attempted
        and i + 1 < len(tokens)
        and tokens[i + 1].clause == tokens[i].clause
        and tokens[i + 1].norm == _ON
        and definite(tokens[i].norm)
        and bool(role_frames().achievements.intersection(word_forms(word)))
    )


def named_as_a_topic(i: int, tokens: list[Token]) -> bool:
    """Whether ``أي`` ("that is") stands right before the definite word at ``i`` (``أهم مسألة
    تشغل الغرب أي الإرهاب``): the word explains the noun before it, a topic, and names no
    deed of an actor written before. (``أي`` before an indefinite word is "any": ``لم تحقق
    روسيا أي نجاح`` keeps its subject.)"""
    return (
        i > 0
        and tokens[i - 1].clause == tokens[i].clause
        and tokens[i - 1].norm == _THAT_IS
        and strip_conjunction(tokens[i].norm).startswith("ال")
    )


_THAT_IS = normalize("أي")
_IN = normalize("في")


def bloc_between(owner: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether a noun of a bloc (``الدول الغربية``, ``[bloc_adjectives]``) stands between
    ``owner`` and the pronoun on the word at ``i`` (``حثت موسكو الدول الغربية على التفكير في
    عواقب تهديداتها``): the pronoun refers to that nearer noun, not to the actor."""
    blocs = role_frames().bloc_adjectives
    return any(tokens[k].norm in blocs for k in range(owner.last + 1, i))


def penalised_another(owner: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether a penalty (``[penalties]``: ``غرامة``, ``عقوبات``) stands before the word at
    ``i`` in its clause and an على-object after ``owner`` (``الغرامة التي فرضها الاتحاد على
    الشركة لانتهاكها``): the pronoun on the word is the penalised one, not the one who imposed
    it."""
    if owner.governor == _ON:
        return False  # عقوبات على روسيا ... انتهاكاتها: the owner is the penalised one
    penalties = role_frames().penalties
    clause = [
        k for k in range(max(i - _PENALTY_SCOPE, 0), i) if tokens[k].clause == tokens[i].clause
    ]
    penalised = any(penalties.intersection(word_forms(tokens[k].norm)) for k in clause)
    return penalised and any(
        tokens[k].norm == _ON and strip_conjunction(tokens[k - 1].norm) not in _RESPONSES
        for k in clause
        if k > owner.last
    )


_RESPONSES = function_words("responses")  # ردا على: what is responded to, not the penalised
_PENALTY_SCOPE = 15  # words from a penalty to the pronoun of the penalised (a relative between)
_ON = "علي"  # على, normalised


def known_act(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether the hostile noun at ``i`` is an act of ``[genitive_patient]`` written with the
    article or with its victim after it: a known act (``مسؤولية الاغتيال``, ``محاولة اغتيال رئيس
    الوزراء``) whose doer the reader knows from elsewhere. The subject of an earlier clause is
    then as often its victim or the one who reports it (``قتل عالم فلسطيني ... ولم تحمل حماس أي
    جهة مسؤولية الاغتيال``), so that fallback names no doer for it."""
    if normalize(entry.term) not in role_frames().genitive_patient:
        return False
    if definite(tokens[i].norm):
        return True
    victim = tokens[i + 1] if i + 1 < len(tokens) else None  # اغتيال رئيس الوزراء
    return (
        victim is not None
        and victim.clause == tokens[i].clause
        and victim.norm not in PREPOSITIONS
        and not victim.prefix_prep
    )


def describes_a_third_party(i: int, tokens: list[Token]) -> bool:
    """``الجماعات الإرهابية``: the adjective at ``i`` follows a noun of an armed group
    (``[third_parties]``) and describes it."""
    return (
        i > 0
        and tokens[i - 1].clause == tokens[i].clause
        and bool(role_frames().third_parties.intersection(word_forms(tokens[i - 1].norm)))
    )


def qualifies_the_owner(j: int, actor: Actor, tokens: list[Token], hit_starts: list[int]) -> bool:
    """Whether the word at ``j``, between a hostile act and an adjective ``actor``, is the act's
    owner (``تسميم جاسوس روسي``, ``اغتيال ضابط إسرائيلي``; definite after an act in the
    construct state: ``اغتيال السفير الروسي``): the adjective then qualifies that owner, who
    suffers the act. Not a doer head (``اعتداء جنود إسرائيليين``: the soldiers assault), a
    preposition, a word with one attached, or another hit; nor when the victim follows
    (``اعتداء مستوطن إسرائيلي على المصلين``: the owner is the doer)."""
    word = strip_conjunction(tokens[j].norm)
    act = strip_conjunction(tokens[j - 1].norm)
    after = tokens[actor.last + 1] if actor.last + 1 < len(tokens) else None
    land = tokens[actor.last + 2] if actor.last + 2 < len(tokens) else None  # على الأراضي
    if after is not None and after.clause == tokens[j].clause:
        if after.prefix_prep == "ل" or (
            after.norm in role_frames().victim_prepositions
            and not (land and role_frames().land_nouns.intersection(word_forms(land.norm)))
        ):
            return False
    return not (
        (word.startswith("ال") and act.startswith("ال"))
        or word in PREPOSITIONS
        or tokens[j].prefix_prep
        or j in hit_starts
        or role_frames().doer_heads.intersection(word_forms(tokens[j].norm))
    )


def lexicon_verb(k: int, tokens: list[Token]) -> bool:
    """Whether the word at ``k`` is a verb of the stance lexicon in any person (``ندين``,
    ``اتهموا``): a verb heads no construct and takes the noun after it as its object."""
    found = default_lexicon().match([t.norm for t in tokens[k : k + 3]], 0)
    return found is not None and found[0].pos == "verb"

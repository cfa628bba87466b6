"""What the words around an evaluative word say about the actors near it.

:mod:`helpers.stance_rules` attaches each lexicon hit to an actor by its role; the readings it
needs of the words around the hit are here, one function each (the owner of a patient word's
object, ``رحبت إسرائيل بقرار الولايات المتحدة``, is :mod:`helpers.stance_objects`): whether an
owner speaks or gives rather than being
judged (``انتقادات ترامب للمملكة``, ``بدعم روسيا``), the doer named by a relative clause
(``الجرائم التي ارتكبها``), the object before a charge (``تتهم إيران بتزويد ...``), whether an
actor is the subject that opens its clause, how far a negator reaches (``دون أن تشهد أي حوادث
عنصرية``), whether a later clause writes a subject of its own that ends the carry-over of the
sentence's subject (``وتأخر الأوروبيون``). Who suffers or reports an act, and the doer after
``من جانب``/``على يد``, is :mod:`helpers.stance_roles`.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import IMPERFECT_PERSONS, PRONOUN_ENDINGS, strip_conjunction
from helpers.cues import function_words
from helpers.evaluator_subjects import (
    NAME_WORDS,
    accused_after_charge,
    owner_phrase_words,
    titled_name,
)
from helpers.pronoun_owners import NOT_NOUNS, PRONOUN_SUBJECTS
from helpers.speech_parts import COUNTERPART
from helpers.stance_acts import lexicon_verb
from helpers.stance_clauses import Actor, Token, bare_word, definite
from helpers.stance_lexicon import Entry, role_frames, word_forms
from helpers.stance_senses import ACCUSING

__all__ = [
    "CHARGING",
    "OBJECT_PREPOSITIONS",
    "PHRASE_PREPOSITIONS",
    "PLACE_PREPOSITION",
    "RELATIVES",
    "after_a_relative",
    "charge_follows",
    "compelled",
    "describes_an_owned_noun",
    "direct_object_follows",
    "non_actor_owner",
    "object_follows",
    "pronoun_phrase",
    "object_of_a_joined_verb",
    "opens_its_clause",
    "joins_the_subject",
    "negates",
    "negation_reach",
    "judges_it",
    "object_after_adjectives",
    "object_after_named_subject",
    "opens_with_pronoun",
    "owner_is_agent",
    "owner_phrase",
    "owns",
    "relative_subject",
    "subject_of_its_own",
    "written_before",
]

OBJECT_PREPOSITIONS = function_words("object_prepositions")
"""Prepositions that introduce the object of a word of evaluation."""
_CLAUSE_SUBJECT = 3  # the first words of a clause, where its subject stands (بينما تواصل روسيا)


def relative_subject(j: int, tokens: list[Token], free_after: list[Actor]) -> Actor | None:
    """``المخاوف الأمنية المشروعة التي طرحتها موسكو``: an adjective followed by a relative
    pronoun qualifies what the relative clause's subject did or said, so it is about that
    subject (an actor within three words of ``التي``/``الذي``)."""
    if j + 1 < len(tokens) and definite(tokens[j].norm) and tokens[j + 1].norm in RELATIVES:
        j += 1  # حملة القمع الواسعة التي شنها الرئيس التركي: an adjective before the relative
    if j >= len(tokens) or tokens[j].norm not in RELATIVES:
        return None
    return next((a for a in free_after if j < a.first <= j + 3), None)


RELATIVES = function_words("relatives")


def after_a_relative(i: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``i`` opens a relative clause (``والذي أدانه``): the pronoun on it
    is the relative's antecedent, which the clause describes; it names an actor only when that
    antecedent is one, never another actor named earlier (``رجل الدين المقيم في الولايات
    المتحدة الذي تتهمه أنقرة``)."""
    return i > 0 and strip_conjunction(tokens[i - 1].norm) in RELATIVES


def opens_with_pronoun(i: int, tokens: list[Token]) -> bool:
    """Whether the clause of token ``i`` opens with an independent pronoun (``، وهي سياسة
    تحولت إلى أداة توسع عدوانية``): such a clause describes the last actor named before it, even
    one inside a prepositional phrase (``بسياسة الباب المفتوح لحلف الناتو``)."""
    first = i
    while first > 0 and tokens[first - 1].clause == tokens[i].clause:
        first -= 1
    return first > 0 and tokens[first].norm in _PRONOUNS


_PRONOUNS = frozenset(
    conjunction + word for word in function_words("pronouns") for conjunction in ("", "و", "ف")
)


def object_follows(j: int, tokens: list[Token]) -> bool:
    """Whether a preposition object (``لسيادتها``, ``على روسيا``) starts at token ``j``."""
    if j >= len(tokens) or tokens[j].clause != tokens[j - 1].clause:
        return False
    return (
        tokens[j].norm in OBJECT_PREPOSITIONS
        or bool(tokens[j].prefix_prep)
        or (tokens[j].norm[:1] == "ل" and tokens[j].norm.endswith(PRONOUN_ENDINGS))
    )


def owner_phrase(actor: Actor, tokens: list[Token]) -> int:
    """Where the owner phrase begins that the nationality adjective ``actor`` closes
    (:func:`owner_phrase_words`); the word before it is the owned noun. -1 for none."""
    if not actor.adjective or actor.first < 2:
        return -1
    before = tokens[max(0, actor.first - 2) : actor.first]
    if any(t.clause != tokens[actor.first].clause for t in before) or before[-1].prefix_prep:
        return -1  # بالحكومة: a phrase of its own
    size = owner_phrase_words([t.norm for t in before])
    return actor.first - size if size else -1


def owns(norm: str) -> bool:
    """Whether a word before an owner phrase can be the noun it owns: not a title's or a
    speaker's link (``المتحدث باسم الحكومة``، ``على لسان وزير الدفاع``) nor a manner adverb
    (``أدانته بشدة وزارة الخارجية``: the phrase after it is the subject), nor ``القائم بأعمال``
    (acting for)."""
    return strip_conjunction(norm) not in _NOT_OWNED


_NOT_OWNED = frozenset(
    normalize(w) for w in "باسم بأعمال لسان بلسان بشدة بقوة بحزم بوضوح بدورها بدوره".split()
)


def charge_follows(j: int, tokens: list[Token]) -> bool:
    """Whether the word at ``j`` is a ب-charge (``بتزويدهم``; ``بأنها`` though it opens a clause:
    ``واتهم واشنطن بأنها``), after the object of a verb of :data:`CHARGING`, never its subject."""
    word = strip_conjunction(tokens[j].norm) if j < len(tokens) else ""
    if not word or (tokens[j].clause != tokens[j - 1].clause and word not in PRONOUN_SUBJECTS):
        return False
    if word in _BY_THIS and j + 1 < len(tokens) and tokens[j + 1].norm in _REGARDS:
        return False  # اتهامات الاستخبارات الأميركية بهذا الصدد: in this regard, no charge
    # بتزويد، بأنها; a lone بـ before a quotation (اتهمت البيت الأبيض بـ"الكذب")
    # بشن، بقتل: a short verbal noun is a charge too; short function words are not
    if not (word == "ب" or word.startswith("ب") and len(word) >= 3 and word not in _NOT_CHARGES):
        return False
    if word in _GIVEN_NAMES:
        return False  # الإسرائيلي بنيامين نتنياهو: a name, no charge
    # تتهم أنقرة "بالإرهاب" وحدات حماية الشعب: the accused after the charge, Ankara accuses
    return not accused_after_charge(
        [t.norm for t in tokens[j : j + 5] if t.clause == tokens[j].clause]
    )


CHARGING = function_words("charging_verbs")
_NOT_CHARGES = function_words("not_charges")
_GIVEN_NAMES = function_words("given_names")


_BY_THIS = frozenset(normalize(w) for w in ("بهذا", "بهذه", "بذلك", "بتلك"))
# بهذا الصدد and its like: "in this regard", not a charge (بهذه الجريمة is one)
_REGARDS = frozenset(normalize(w) for w in ("الصدد", "الشأن", "الخصوص", "الموضوع", "الملف"))


def pronoun_phrase(norm: str, letters: str = "بل") -> bool:
    """Whether ``norm`` is one of ``letters`` (ب، ل) with a pronoun (``له``، ``بها``): a
    complete phrase, so the actor after it is the verb's subject, not the owner of an object
    (``اتهامات وجهها له الإعلامي الإسرائيلي``: the accuser)."""
    word = strip_conjunction(norm, 1)
    return word[:1] in letters and word[1:] in PRONOUN_ENDINGS


def owner_is_agent(
    i: int, n: int, entry: Entry, owner: Actor, tokens: list[Token], actors: list[Actor]
) -> bool:
    """Whether the owner of a patient noun is its agent (see ``[genitive_agent]`` in
    ``role_frames.toml``): a speech-act noun (``انتقادات ترامب``), a noun written with ب
    (``بدعم روسيا``) or after a word of means (``بفضل دعم موسكو``, ``[means_words]``), or an
    owner followed by a preposition object (``دعم واشنطن لكييف``, ``دعم ترامب لتشديد
    القوانين``), or a noun that a word of needing or getting asks for (``تحتاج الهند لدعم
    الاتحاد``, ``[sought_words]``)."""
    if normalize(entry.term) in role_frames().genitive_agent:
        return True
    if strip_conjunction(tokens[i].norm).startswith("ب") and not tokens[i].prefix_prep:
        return True
    if i > 0 and strip_conjunction(tokens[i - 1].norm) in role_frames().means_words:
        return True  # بفضل دعم موسكو: thanks to what Moscow gave
    if _sought(i, tokens, actors):
        return True  # تحتاج لدعم الاتحاد، الحصول على دعم الأمم المتحدة: the owner gives
    after = owner.last + 1
    if after >= len(tokens) or tokens[after].clause != tokens[i].clause:
        return False
    word = strip_conjunction(tokens[after].norm)  # دعم ترامب لتشديد القوانين: a ل-object
    with_l = word.startswith("ل") and len(word) > 2 and word not in _NOT_L_OBJECTS
    return tokens[after].norm in OBJECT_PREPOSITIONS or tokens[after].prefix_prep == "ل" or with_l


def _sought(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether a word of needing or getting (``[sought_words]``) stands before the noun at
    ``i`` in its clause, with nothing between but a preposition and the needing subject (an
    actor or a definite noun: ``بحاجة إلى دعم``، ``تحتاج الصين لدعم``)."""
    sought = role_frames().sought_words
    k = i - 1
    while k >= 0 and tokens[k].clause == tokens[i].clause and i - k <= _SOUGHT_REACH:
        word = strip_conjunction(tokens[k].norm)
        if sought.intersection(word_forms(tokens[k].norm)):  # لطلب، وبحاجة
            return True
        subject = not tokens[k].prefix_prep and (
            definite(word) or any(a.first <= k <= a.last for a in actors)
        )
        if not (subject or word in OBJECT_PREPOSITIONS | _TO):
            return False
        k -= 1
    return False


_SOUGHT_REACH = 4  # تحتاج الولايات المتحدة لدعم: the verb, a subject of up to two words, ل
_TO = frozenset(normalize(w) for w in ("إلى", "الى", "على"))
_NOT_L_OBJECTS = frozenset(
    normalize(w)
    for w in ("لكن", "لكنه", "لكنها", "لدى", "لذلك", "لذا", "لأن", "لقد", "لعل", "لما", "ليس")
)


def non_actor_owner(i: int, n: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """A noun in the construct state (no article) followed by a definite word that is no
    actor (``فشل المفاوضات``): the definite word is its owner, what the noun is about. An
    owner that an actor's adjective describes (``جرائم النظام السوري``، ``انتهاكات الجيش
    الإسرائيلي``) is the actor's own body, and the noun is about the actor (:func:`_actor_body`)."""
    j = i + n
    if j >= len(tokens) or tokens[j].clause != tokens[i].clause:
        return False
    if definite(tokens[i].norm):
        return False
    owner = strip_conjunction(tokens[j].norm)
    return (
        owner.startswith("ال")
        and not _actor_body(i + n - 1, j, tokens, actors)
        and not any(a.first <= j <= a.last for a in actors)
    )


def _actor_body(k: int, j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the owner at ``j`` of the noun ending at ``k`` is a body of an actor that the
    actor's adjective right after it names (``[actor_bodies]``: ``النظام السوري``، ``القوات
    التركية``): the noun's owner is then the actor. Not after a past verb of the same letters
    (``وتدخلت القوات التركية``: a verb with its subject, no noun with its owner)."""
    word = strip_conjunction(tokens[k].norm)
    past = word.endswith("ت") and not word.endswith("ات")
    return (
        not past
        and strip_conjunction(tokens[j].norm) in _ACTOR_BODIES
        and any(a.first == j + 1 and a.adjective and not a.governor for a in actors)
    )


_ACTOR_BODIES = function_words("actor_bodies")


PLACE_PREPOSITION = "في"


def opens_its_clause(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor stands among the first :data:`_CLAUSE_SUBJECT` words of its clause,
    where a clause names its subject (``وتواصل كييف``, ``بينما تواصل روسيا``)."""
    first = actor.first
    while first > 0 and tokens[first - 1].clause == tokens[actor.first].clause:
        first -= 1
    return actor.first - first <= _CLAUSE_SUBJECT


def describes_an_owned_noun(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the adjective at ``i`` follows a noun with its own owner (``حرص الحلفاء الصادق``):
    it describes that phrase, whose owner is named, not the subject of an earlier clause (as in
    ``في خطوة تصعيدية``)."""
    if i < 2 or tokens[i - 2].clause != tokens[i].clause:
        return False
    owner, noun = tokens[i - 1], tokens[i - 2]
    return (
        strip_conjunction(owner.norm).startswith("ال")
        and not bare_word(noun.norm).startswith("ال")
        and not any(a.first <= i - 1 <= a.last for a in actors)
    )


_SUBJECT_PHRASE = 4  # words of a subject phrase between a verb and its object (وزير الخارجية)


def object_after_named_subject(i: int, n: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor``, the first actor after the verb at ``i .. i+n-1``, is its object because
    the verb's subject stands between them and is no actor (``انتقد الوزير إيران بشدة``,
    ``أدان وزير الخارجية روسيا``): Arabic news writes verb, subject, object, and a subject phrase
    ends in a definite word. Not an adjective mention (``انتقد الوزير الإيراني``: it qualifies
    the subject) nor an actor after an indefinite word (``انتقد رئيس روسيا``: the subject's
    owner), nor across a preposition (``انتقد في كلمته إيران``), nor a person named right after
    a one-word title (``انتقد الرئيس بوتين الهجوم``: the subject's name)."""
    between = range(i + n, actor.first)
    if (
        actor.adjective
        and len(between) >= 2
        and COUNTERPART in word_forms(tokens[actor.first - 1].norm)
    ):
        return True  # انتقد الوزير نظيره الأمريكي: the counterpart after the subject is the object
    named = (  # ... أحمد خاتمي إسرائيل; not the last word of the name (رجب طيب أردوغان)
        len(between) > 2 and not actor.person and titled_name([tokens[k].norm for k in between])
    )
    if actor.adjective or not 0 < len(between) <= _SUBJECT_PHRASE + (NAME_WORDS if named else 0):
        return False
    if actor.person and len(between) == 1:
        return False  # انتقد الرئيس بوتين: a title and its name, one subject
    if any(tokens[k].clause != tokens[i].clause for k in (*between, actor.first)):
        return False
    words = [strip_conjunction(tokens[k].norm) for k in between]
    return (definite(tokens[between[-1]].norm) or named) and not any(
        w in OBJECT_PREPOSITIONS or w in PHRASE_PREPOSITIONS or tokens[k].prefix_prep
        for w, k in zip(words, between, strict=True)
    )


PHRASE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من", "إلى", "عن", "مع", "خلال"))


def joins_the_subject(first: Actor, second: Actor, tokens: list[Token]) -> bool:
    """Whether ``second`` is joined by و right after ``first`` (``وتدعم الأمم المتحدة والاتحاد
    الأوروبي``): both are the verb's subject, neither its object. Not before a charge
    (``اتهمت موسكو واشنطن بتأجيج``: a name that starts with و is the accused)."""
    word = tokens[second.first].norm
    return (
        second.first == first.last + 1
        and strip_conjunction(word) != word
        and not charge_follows(second.last + 1, tokens)
    )


def object_after_adjectives(j: int, tokens: list[Token]) -> bool:
    """Whether a preposition object follows at ``j`` or after up to two definite adjectives
    (``دعمه السياسي والمادي لمجموعة``): the word before ``j`` then has its own object."""
    for k in range(j, min(j + 3, len(tokens))):
        word = tokens[k].norm
        if object_follows(k, tokens) or (k > j and word.startswith("ل") and len(word) > 3):
            return True  # after an adjective, ل opens the object (دعمه السياسي لمجموعة)
        if tokens[k].clause != tokens[j - 1].clause or not (
            definite(word) or word.startswith("وال")
        ):
            return False
    return False


def direct_object_follows(j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether an indefinite noun that is no actor follows a possessed verbal noun at ``j``
    (``ودعمها حرب الانفصاليين``, ``انتقاده سياسة الحكومة``): the noun's direct object, so the
    pronoun is its doer, not its object. Not a ب-charge (``اتهامها بممارسات``), an adjective
    (definite: ``إدانتها الشديدة``) or a preposition."""
    if j >= len(tokens) or tokens[j].clause != tokens[j - 1].clause:
        return False
    word = strip_conjunction(tokens[j].norm)
    return (
        len(word) > 2
        and not definite(word)
        and word[:1] not in ("ب", "ل", "ك")
        and word not in NOT_NOUNS
        and not tokens[j].norm.startswith("و")
        and not any(a.first <= j <= a.last for a in actors)
    )


def judges_it(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` follows ``بالنسبة ل`` (``مقبولة بالنسبة للاتحاد الأوروبي``): the one
    to whom something is acceptable or not, who judges, not the one judged."""
    return actor.first > 0 and tokens[actor.first - 1].norm == _REGARDING


_REGARDING = normalize("بالنسبة")


def written_before(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether ``actor`` stands right before the word at ``i`` with no preposition on it (``في
    حال نفذ ترامب تهديده``): inside a phrase it is still the subject of the verb before, whose
    pronoun the word carries. Not when و joins the word to what precedes (``في ربوع روسيا
    وهيمنته``: the pronoun is another's)."""
    return actor.last == i - 1 and not actor.governor and not tokens[i].norm.startswith("و")


def negates(j: int, m: int, i: int, tokens: list[Token]) -> bool:
    """Whether the negator at tokens ``j .. j+m-1`` governs the word at ``i``: in its clause, or
    in the أن-clause right after it (``دون أن تشهد``، ``بدون أن``), within
    :func:`negation_reach` words. Not لا/لم before زال (``لا تزال تدعم``: still), nor غير
    before أن (however); غير negates only the word it owns (``المنظمة غير الحكومية تشيد``)."""
    last = j + m - 1
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    negator = strip_conjunction(tokens[j].norm)
    if after in _STILL or (negator == _NON and after in _THAT):
        return False  # لا تزال تدعم (still supports), غير أن (however): nothing is denied
    if negator == _NON:  # غير governs the one word it owns (المنظمة غير الحكومية يشيد)
        return i - last == 1
    opens = after in _THAT
    if tokens[i].clause != tokens[j].clause and not (
        opens and tokens[i].clause == tokens[last + 1].clause
    ):
        return False
    return 0 < i - last <= negation_reach(j, m, tokens) + int(opens)


_THAT = frozenset(normalize(w) for w in ("أن", "أنه", "أنها"))
_NON = normalize("غير")
# لا/لم before زال is "still" (لا تزال، لم يزل), the opposite of a denial
_STILL = frozenset(normalize(w) for w in "زال زالت يزال تزال يزالون تزالان زالوا يزل تزل".split())


def negation_reach(j: int, m: int, tokens: list[Token]) -> int:
    """How many words after the negator at tokens ``j .. j+m-1`` it governs: the two after it,
    or, when ``أي`` (any) follows within three words, the whole noun phrase that ``أي`` opens,
    its adjectives and their coordinates (``دون أن تشهد أي أعمال عنف أو حوادث عنصرية``،
    ``لم يقدم أي دليل مقنع``): what is denied is that any such thing was. The phrase ends at a
    preposition or a relative pronoun (``أي دليل على تورط``: the complement is not denied by
    the negator alone)."""
    last = j + m - 1
    reach = _NEGATION_SCOPE
    anyone = next(
        (
            k
            for k in range(last + 1, min(last + 1 + _ANY_SCOPE, len(tokens)))
            if tokens[k].norm in _ANY
        ),
        None,
    )
    if anyone is None:
        return reach
    k = anyone + 1
    while (
        k < len(tokens)
        and k - anyone <= _ANY_PHRASE
        and tokens[k].clause == tokens[anyone].clause
        and strip_conjunction(tokens[k].norm) not in _ENDS_ANY_PHRASE
    ):
        k += 1
    return max(reach, k - 1 - last)


_NEGATION_SCOPE = 2  # words after a negator that it governs
_ANY = frozenset(normalize(w) for w in ("أي", "بأي", "لأي", "أية", "بأية"))  # with its ب، ل
_ANY_SCOPE = 5  # words from a negator to أي (دون أن تشهد أي، لم تحقق الحكومة الروسية أي)
_ANY_PHRASE = 6  # words of the noun phrase أي opens (حوادث أمنية أو عنصرية كبيرة)
_ENDS_ANY_PHRASE = function_words("prepositions") | RELATIVES


def subject_of_its_own(actor: Actor, i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether a clause after ``actor``'s, up to the word at ``i``, writes a subject of its own
    that is no actor, so the sentence's subject does not carry on to the word (nor does an
    actor earlier in the word's own clause, past such a subject): a definite
    masculine plural in the nominative (``وتأخر الأوروبيون``، ``المسؤولون``: ون is the
    subject's ending, an object's is ين), a definite noun right after إن/أن/لكن (``لكن الحل
    يتطلب``: the noun of إن is its clause's subject) or after the resumptive of a time (``في
    وقت تأخذ فيه العلاقات``), or an existential ``هناك`` after a verb of being (``لا تزال هناك
    مخاوف``), or a noun without the article after إن/أن (:func:`_bare_noun_after_that`). The
    word itself counts: a noun right after أن is its own clause's subject (``بأن التدخل
    العسكري ينصب``). The one warned or accused in a later clause does what it is warned from
    or accused of, not the sentence's subject (``وحذروا ميليشيات الحوثي من ارتكاب أي حماقة``)."""
    clause = tokens[actor.first].clause
    within = tokens[i].clause == clause  # the nearest actor before, in the word's clause
    named = {k for a in actors for k in range(a.first, a.last + 1)}
    for k in range(max(actor.last + 1, 1), i + 1):
        if (tokens[k].clause == clause and not within) or k in named:
            continue
        word, before = strip_conjunction(tokens[k].norm), strip_conjunction(tokens[k - 1].norm)
        if word in _EXISTENTIAL and before in _BEING:  # not وهناك يتمركز: there, a place
            return True
        if _bare_noun_after_that(k, tokens) or (not within and _warns(word, i - k)):
            return True
        if word.startswith("ال") and (
            (word.endswith("ون") and len(word) >= _PLURAL_LENGTH)
            or before in _SUBJECT_OPENERS
            or (before in _RESUMPTIVES and tokens[k - 1].clause == tokens[k].clause)
        ):
            return True
    return False


def _warns(word: str, distance: int) -> bool:
    """Whether ``word`` is a verb of warning or accusing (حذر، محذرا، اتهم، متهمة; not هدد: the
    threatener does what it threatens) at most :data:`_WARNED_SCOPE` words before the hit."""
    return word in _WARNING and distance <= _WARNED_SCOPE


_WARNS = function_words("warning_verbs") | {normalize("محذرا"), normalize("محذرة")}
_WARNING = frozenset(w for w in _WARNS if "حذر" in w or "نذر" in w) | CHARGING | ACCUSING
_WARNED_SCOPE = 8  # حذروا ميليشيات الحوثي من ارتكاب أي حماقة


def _bare_noun_after_that(k: int, tokens: list[Token]) -> bool:
    """Whether the word at ``k`` is a noun without the article right after إن/أن/بأن/فإن, the
    subject of the clause they open (``أن حماس تخطط``، ``بأن وفاة الصحفي كانت``، ``أن تدخلا
    أجنبيا لن يضيف``). Written without its hamza أن may also be أنْ before a verb (``أن تقوم``،
    ``بعد أن قال``): a word that may be an imperfect (its first letter one of أ ت ن ي س)
    counts only with a noun's ending (ة, the accusative ا of a longer word), else with an
    imperfect after it; none counts after a word of time, whose أن takes a past verb. Short
    particles (``أن لا``، ``أن في``) are no subject."""
    word, before = tokens[k].norm, tokens[k - 1].norm
    if (
        k < 2
        or before not in _NOUN_OPENERS
        or strip_conjunction(tokens[k - 2].norm) in _PAST_THAT
        or len(word) < _SUBJECT_LENGTH
        or word.startswith("ال")
        or word in _NOT_SUBJECTS
    ):
        return False
    accusative = word.endswith("ا") and not word.endswith("وا") and len(word) > _HAMZA_VERB
    nominal = word.endswith("ة") or (accusative and not word.startswith("ي"))
    verb_next = k + 1 < len(tokens) and tokens[k + 1].norm[:1] in _VERB_OPENERS
    return nominal or (word[0] not in _IMPERFECT_OPENERS and verb_next)


_NOUN_OPENERS = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "فإن"))
_PAST_THAT = frozenset(normalize(w) for w in "بعد قبل منذ سبق حين ما".split())
_IMPERFECT_OPENERS = IMPERFECT_PERSONS + "س"  # a person prefix or the future
# of the word after: not أ, a noun may open with it (أحد)
_VERB_OPENERS = _IMPERFECT_OPENERS.replace("ا", "")
_NOT_SUBJECTS = frozenset(
    normalize(w) for w in "لدى لدي لديه لديها لديهم على إلى عليه عليها".split()
)
_HAMZA_VERB = 4  # تبدأ، يقرأ: an imperfect whose hamza normalizes to ا
_SUBJECT_LENGTH = 3  # not لا، لم، لن، قد، في، من
_EXISTENTIAL = frozenset(normalize(w) for w in ("هناك", "هنالك"))
_BEING = frozenset(
    normalize(w) for w in "تزال يزال زالت زال كان كانت يكن تكن يكون تكون ليس ليست توجد يوجد".split()
)
_RESUMPTIVES = frozenset(normalize(w) for w in ("فيه", "فيها"))
_SUBJECT_OPENERS = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "لكن"))
_PLURAL_LENGTH = 8  # ال + a stem of four letters or more + ون (not القانون)


def object_of_a_joined_verb(j: int, actor: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether a verb joined by و stands between ``j`` (the end of a verb) and ``actor``
    after the first verb's own object (``انتقد الإجراءات الحدودية وحث الكونغرس``، ``رفض الخطة
    وطالب واشنطن``): the actor is that second verb's object, not the first's. When only actors
    stand before the joined verb (``أدانت إيران واستنكرت تحذيرات واشنطن``), the two verbs share
    their subject and the object after them. The joined verb is one of demanding, warning,
    threatening, praising, charging or blaming, or a verb of the stance lexicon."""
    for k in range(j, actor.first):
        word = tokens[k].norm
        if not word.startswith("و") or len(word) < 3:
            continue
        if word[1:] in _JOINED_VERBS or lexicon_verb(k, tokens):
            return not all(any(a.first <= m <= a.last for a in actors) for m in range(j, k))
    return False


_JOINED_VERBS = frozenset().union(
    *(
        function_words(name)
        for name in (
            "demand_verbs",
            "warning_verbs",
            "threat_verbs",
            "praise_verbs",
            "charging_verbs",
            "blaming_verbs",
        )
    )
)


def compelled(actor: Actor, i: int, tokens: list[Token]) -> bool:
    """Whether ``actor`` is the object of a verb of compelling right before it and the word at
    ``i`` follows إلى or على right after the actor (``ما اضطر الحلف إلى التدخل``,
    ``أجبرت الضغوط الحكومة على التراجع``): the act it was driven to is reported, its cause is
    the one the sentence blames."""
    verb = strip_conjunction(tokens[actor.first - 1].norm) if actor.first > 0 else ""
    return (
        verb in _COMPELLING
        and i == actor.last + 2
        and strip_conjunction(tokens[actor.last + 1].norm) in _DRIVEN_TO
    )


_COMPELLING = function_words("compelling_verbs")
_DRIVEN_TO = frozenset(normalize(w) for w in ("إلى", "على"))

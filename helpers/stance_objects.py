"""The object of a verb of evaluation written after its subject, when the subject is long.

Arabic news writes verb, subject, object: ``انتقد وزير الخارجية الأمريكي، مايك بومبيو، الجمعة،
النظام الإيراني``. The rules of :mod:`helpers.stance_targets` read the first actors after the
verb; these say which actor is the object when the subject phrase itself holds actors or is a
title with a name, and when what is judged is a thing its owner is named with:

* :func:`accused_before_charge`: after a verb of charging (``اتهم``, ``وصف``) the accused is the
  actor written right before the ب-charge, however many actors the subject holds (``اتهمت روسيا
  وسوريا إسرائيل بالمسؤولية``);
* :func:`owner_after_subject`: the owner of the judged thing after a subject phrase that ends in
  a definite word (``انتقد الوزير السياسة الأمريكية``, ``أدان السيناتور تصريحات ترامب``): the
  criticised policy is American, the condemned statements are Trump's;
* :func:`object_past_named_subject`: a person named right after the subject's title (``وزير
  الخارجية الأمريكي مايك بومبيو``) is the subject, and the next actor the object;
* :func:`body_of_an_office`: a ل-actor after a title with no nationality (``المبعوث الخاص للأمم
  المتحدة``) is the title's body, not what a word before the title judges;
* :func:`title_body_after_verb`: a ل-actor inside the title that opens a verb's subject
  (``دان أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات``) is the title's body, not what
  the verb judges;
* :func:`past_a_pronoun`: actors after a separate pronoun (``وهي الصين وفرنسا``) say who the
  noun before is, and are no object of the verb before the pronoun;
* :func:`inside_the_charge`: a nationality adjective inside a ب-charge (``باختراق مراكز أبحاث
  بريطانية``) is what the charged deed touched, not the accused;
* :func:`destination_of_a_visit`: a ل-actor after a visit and its visitor (``زيارة ترامب
  لبريطانيا``) is where the visit goes, not what a word before the visit judges;
* :func:`opposed`: what a word of support or solidarity stands against (``حملة تضامن ضد قرار
  إسرائيل``) is no one it favours.
* :func:`said_as_we`: a verb of the first person plural (``ندين إيران``) has its subject in
  itself, and the actor right after it is its object.
* :func:`object_owner`: the owner of a patient word's preposition object (``رحبت إسرائيل بقرار
  الولايات المتحدة``), for a verb also past its subject (``رحب وزير الخارجية المصري سامح شكري
  بقرار الحكومة البريطانية``), where :func:`object_start` also begins the object's relative.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import pronoun_stem, strip_article, strip_conjunction, strip_preposition
from helpers.cues import function_words
from helpers.stance_clauses import RESUMPTIVE, Actor, Token, definite
from helpers.stance_hits import OWNER_PHRASE_RULE, OWNER_RULE
from helpers.stance_lexicon import first_person, role_frames, word_forms
from helpers.stance_owner_chains import subject_after_its_object
from helpers.stance_syntax import (
    CHARGING,
    OBJECT_PREPOSITIONS,
    PHRASE_PREPOSITIONS,
    charge_follows,
    owner_phrase,
    owns,
    pronoun_phrase,
)

__all__ = [
    "accused_before_charge",
    "body_of_an_office",
    "destination_of_a_visit",
    "inside_the_charge",
    "object_owner",
    "object_past_named_subject",
    "object_start",
    "objects_past_subject",
    "opposed",
    "owner_after_subject",
    "partisans_object",
    "past_a_pronoun",
    "preposition_object",
    "said_as_we",
    "title_body_after_verb",
]

_CHARGE_SCOPE = 12  # words from a verb of charging to its accused (past a long subject phrase)
_GIVEN_NAMES = 3  # words of a name the gazetteer does not hold before the one it does (رجب طيب)
_SUBJECT_WORDS = 7  # words of a subject phrase (الرئيس التركي رجب طيب أردوغان)
_TITLE_ADJECTIVES = frozenset(
    normalize(w)
    for w in "السابق الأسبق العام الأعلى الجديد الأول الثاني المساعد المكلف المنتخب".split()
)
"""Adjectives that close a title (``الأمين العام``, ``الرئيس السابق``): no object starts there."""


def _in_clause(actor: Actor, i: int, tokens: list[Token]) -> bool:
    return tokens[actor.first].clause == tokens[i].clause


def accused_before_charge(i: int, n: int, tokens: list[Token], free: list[Actor]) -> Actor | None:
    """After a verb of charging at ``i .. i+n-1``: the first actor of its clause (``free``: the
    actors after the verb with no preposition) within :data:`_CHARGE_SCOPE` words that stands
    right before a ب-charge (``بالمسؤولية``, ``بـ"انتهاك"``), not before a name that starts
    with ب (``زاخاروفا، بريطانيا``)."""
    return next(
        (
            a
            for a in free
            if _in_clause(a, i, tokens)
            and a.first - (i + n) <= _CHARGE_SCOPE
            and charge_follows(a.last + 1, tokens)
            and not any(b.first == a.last + 1 for b in free)
        ),
        None,
    )


def _joined_before(actor: Actor, free: list[Actor], tokens: list[Token]) -> list[Actor]:
    """The actors joined to ``actor`` by و right before it, one after another (``روسيا
    وإيران وسوريا``, ``بريطانيا والولايات المتحدة``): accused with it."""
    joined: list[Actor] = []
    while strip_conjunction(tokens[actor.first].norm) != tokens[actor.first].norm:
        before = next((a for a in free if a.last == actor.first - 1), None)
        if before is None:
            break
        joined.insert(0, before)
        actor = before
    return joined


def _joined_after(actor: Actor, free: list[Actor], tokens: list[Token]) -> list[Actor]:
    """The actors joined to a verb's object by و right after it, one after another (``أدان
    البيان روسيا وإيران``): judged with it."""
    joined: list[Actor] = []
    while True:
        after = next((a for a in free if a.first == actor.last + 1), None)
        if after is None or strip_conjunction(tokens[after.first].norm) == tokens[after.first].norm:
            return joined
        joined.append(after)
        actor = after


def owner_after_subject(
    i: int, n: int, tokens: list[Token], actors: list[Actor], hit_starts: list[int]
) -> tuple[Actor, str] | None:
    """The owner of the thing a verb at ``i .. i+n-1`` judges, written after its subject: a noun
    and its genitive actor (``انتقد المتحدث سياسات واشنطن``) or a definite noun and its adjective
    actor (``انتقد الوزير الموقف الأمريكي``). The subject phrase (one to
    :data:`_SUBJECT_WORDS` words, no preposition) ends in a definite word or a name; not a title
    read as an object (``انتقد رئيس الوزراء البريطاني``: the subject's own words), nor a noun
    that is itself a judged act (``أدان الوزير الهجوم الروسي``: the act's doer is read by the act).
    """
    clause = tokens[i].clause
    if _subject_before(i, tokens):
        return None
    for actor in actors:
        if actor.governor or actor.in_phrase or tokens[actor.first].clause != clause:
            continue
        phrase = owner_phrase(actor, tokens)
        for noun in (actor.first - 1, phrase - 1) if phrase > i + n else (actor.first - 1,):
            subject = range(i + n, noun)
            if not 1 <= len(subject) <= _SUBJECT_WORDS or noun in hit_starts:
                continue
            if any(tokens[k].clause != clause or _governs(tokens[k]) for k in (*subject, noun)):
                return None
            if not _ends_a_subject(tokens[subject[-1]], actors, subject[-1]):
                continue
            head = strip_conjunction(tokens[noun].norm)
            if head != tokens[noun].norm:
                continue  # وزيرة الثقافة والرياضة الإسرائيلية: a conjunct of the subject
            if noun == phrase - 1 != actor.first - 1 and owns(tokens[noun].norm):
                # قرار الإدارة الأمريكية، تصريحات وزير الخارجية الإسرائيلي: an owned noun in
                # the construct state before the owner phrase the adjective closes
                if not definite(head) and len(head) > 2:
                    return actor, OWNER_PHRASE_RULE
            elif actor.adjective:
                if definite(head) and not _adjective_like(head):
                    return actor, OWNER_RULE
            elif not definite(head) and len(head) > 2:
                return actor, OWNER_RULE
    return None


def _subject_before(i: int, tokens: list[Token]) -> bool:
    """Whether a noun stands right before the verb in its clause (``لقطات مصورة تتهم``): the
    subject is written first, and the words after the verb are its object, not a subject."""
    if i == 0 or tokens[i - 1].clause != tokens[i].clause:
        return False
    word = strip_conjunction(tokens[i - 1].norm)
    return len(word) > 3 and word not in _BEFORE_A_VERB


_BEFORE_A_VERB = frozenset(
    normalize(w) for w in "لقد بعدما عندما حينما بينما كذلك وكانت وكان كانت كان".split()
)


def _governs(token: Token) -> bool:
    """A preposition, alone or with its pronoun (``معه``: the verb's object is that pronoun,
    and the actors after it are the subject: ``ليتضامن معه وزير الدفاع``)."""
    word = strip_conjunction(token.norm)
    return (
        bool(token.prefix_prep)
        or word in OBJECT_PREPOSITIONS
        or word in PHRASE_PREPOSITIONS
        or word in _PREPOSITION_PRONOUNS
    )


_PREPOSITION_PRONOUNS = frozenset(
    normalize(p + s) for p in ("مع", "ل", "على", "ب", "إلى", "من", "عن") for s in RESUMPTIVE
)


def _ends_a_subject(token: Token, actors: list[Actor], k: int) -> bool:
    """A subject phrase ends in a definite word or in a name (an actor or a person)."""
    return definite(token.norm) or any(a.first <= k <= a.last for a in actors)


def _adjective_like(word: str) -> bool:
    """A definite word that reads as an adjective of the subject rather than a new noun: a
    relative adjective (``الرسمي``) or a title's closing adjective (``السابق``)."""
    bare = strip_article(word)
    return bare.endswith(("ي", "ية", "يه")) or word in _TITLE_ADJECTIVES


def object_past_named_subject(
    i: int, n: int, tokens: list[Token], free: list[Actor]
) -> Actor | None:
    """The object after a subject whose title names an actor and is followed by the person's
    name (``اتهم وزير الخارجية الأمريكي مايك بومبيو النظام الإيراني``): the title's actor and
    the name are the subject, the next actor of the clause with nothing joining it is the
    object."""
    mine = [a for a in free if _in_clause(a, i, tokens)]
    if len(mine) < 3 or not mine[1].person or mine[0].person:
        return None
    title, name, other = mine[0], mine[1], mine[2]
    if not title.adjective or not 0 < name.first - title.last <= _GIVEN_NAMES:
        return None
    word = tokens[other.first].norm
    if strip_conjunction(word) != word or other.first - name.last > 3:
        return None  # وبوتين: a name joined by و is part of the subject
    return other


def objects_past_subject(
    i: int,
    n: int,
    tokens: list[Token],
    actors: list[Actor],
    free: list[Actor],
    hit_starts: list[int],
    found: list[tuple[Actor, str]],
    conjuncts: bool = False,
) -> list[tuple[Actor, str]]:
    """The object of a verb of evaluation at ``i .. i+n-1`` with the rule that found it, given
    what the first-actor rules ``found``: the accused before the charge (after a verb of
    charging) and the actor past a subject's name replace it, the owner after the subject fills
    in when it is empty; with ``conjuncts`` (a word of criticism), the actors joined to the
    object by و are judged with it, as those joined before the accused are."""
    charging = strip_conjunction(tokens[i].norm) in CHARGING
    accused = accused_before_charge(i, n, tokens, free) if charging else None
    if accused is not None:
        if found and found[0][0] is accused:
            return found
        rule = "accused before the charge past the subject"
        return [(a, rule) for a in (*_joined_before(accused, free, tokens), accused)]
    named = object_past_named_subject(i, n, tokens, free)
    if named is not None:
        return [(named, "object past the subject's name")]
    if found and conjuncts:  # أدان البيان روسيا وإيران: both are condemned
        first, rule = found[0]
        return [*found, *((a, rule) for a in _joined_after(first, free, tokens) if a not in found)]
    if found:
        return found
    owner = owner_after_subject(i, n, tokens, actors, hit_starts)
    return [owner] if owner is not None else []


def body_of_an_office(i: int, actor: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``actor``, written with ل, names the body of an office or an ally standing
    between it and the word of evaluation at ``i`` (``بدعم المبعوث الخاص للأمم المتحدة``،
    ``أشاد المدير الفني للمنتخب``، ``انتقد حلفاء تقليديين للولايات المتحدة``): a title with no
    nationality adjective takes its body with ل, so the actor is the title's, not the object of
    the word before it. The office is definite and one or two adjectives of no actor stand
    between it and the ل (at most :data:`_OFFICE_ADJECTIVES`); a title with a nationality
    (``انتقادات الرئيس الأمريكي لروسيا``) or an owner (``رئيس لبنان``) has its body already,
    and a bare definite title owns the word before it (``انتقادات الرئيس لروسيا``)."""
    if actor.governor != "ل":
        return False
    named = {k for a in actors for k in range(a.first, a.last + 1)}
    k = actor.first - 1 if actor.adjective else actor.first  # the word that carries the ل
    for j in range(k - 1, max(k - 2 - _OFFICE_ADJECTIVES, i), -1):
        word = strip_article(strip_conjunction(tokens[j].norm))
        if j in named or tokens[j].clause != tokens[k].clause or tokens[j].prefix_prep:
            return False
        adjectives = range(j + 1, k)
        if (
            word in _OFFICES
            and all(definite(tokens[m].norm) for m in [j, *adjectives])
            and adjectives
        ):
            return True  # (not اتهام رئيس لبنان لروسيا: a construct title has its body)
        if word in _ALLIES and not definite(tokens[j].norm):
            return True  # (not تأييد الحلفاء الغربيين لبريطانيا: the allies own it)
    return False


def title_body_after_verb(
    start: int, actor: Actor, tokens: list[Token], actors: list[Actor]
) -> bool:
    """Whether ``actor``, written with ل, closes the title of a verb's subject that opens right
    after the verb, at ``start`` (``دان أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات
    إقرار القانون``، ``استنكرت عضو اللجنة التنفيذية لمنظمة التحرير حنان عشراوي``): Arabic news
    writes verb, subject, object, and an office or member noun in the construct state (no
    article) right after the verb heads its subject, so the ل-actor a few words on, with no
    named actor, preposition or new clause between, is the body of that title (the PLO is no
    target of its own secretary's condemnation). A definite body (``المجلس الوطني للمقاومة``)
    is left alone: it may be the object as well as the subject."""
    k = actor.first if tokens[actor.first].prefix_prep else actor.first - 1  # the ل-word
    head = strip_conjunction(tokens[start].norm) if start < len(tokens) else ""
    if actor.governor != "ل" or head not in _TITLE_HEADS or not start < k <= start + _TITLE_WORDS:
        return False
    named = {j for a in actors for j in range(a.first, a.last + 1)}
    return all(
        j not in named and tokens[j].clause == tokens[k].clause and not tokens[j].prefix_prep
        for j in range(start, k)
    )


_OFFICES = function_words("office_nouns")
_TITLE_HEADS = _OFFICES | function_words("member_nouns")
_TITLE_WORDS = 5  # أمين سر اللجنة التنفيذية لـ: the head, its construct chain and adjectives
_ALLIES = function_words("ally_nouns")
_OFFICE_ADJECTIVES = 2  # المبعوث الأممي الخاص لـ


def past_a_pronoun(start: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether a separate pronoun (``[pronouns]``: هي، هو، هم، with و) stands between ``start``
    and ``actor``: it opens a nominal clause that names who the noun before it is (``الدول التي
    تؤيد الاتفاق وهي الصين وفرنسا``), so the actors after it are that noun, not
    the object of a verb before the pronoun."""
    return any(strip_conjunction(tokens[k].norm, 1) in _PRONOUNS for k in range(start, actor.first))


_PRONOUNS = function_words("pronouns")


def opposed(start: int, actor: Actor, weight: float, tokens: list[Token]) -> bool:
    """Whether a positive word ending at ``start`` reaches ``actor`` past ضد (``حملة تضامن
    ضد قرار إسرائيل بالهدم``، ``دعم ضد روسيا``): support or solidarity against something
    stands with its victims, so the actor it opposes is not favoured."""
    return weight > 0 and any(
        strip_conjunction(tokens[k].norm) == _AGAINST for k in range(start, actor.first + 1)
    )


_AGAINST = normalize("ضد")


def partisans_object(start: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether the ل-``actor`` is the object of a participle of support or opposition right
    before it, which describes a noun after the word ending at ``start`` (``وجه انتقادات للنواب
    المؤيدين للاتحاد الأوروبي``، ``تحذيرا للسياسيين المعارضين لروسيا``): whom those people
    stand with or against, not whom the word judges. Right after the word the participle is
    its owner (``انتقادات المعارضين للحكومة``: the critics' criticism of the government)."""
    k = actor.first - 1
    return actor.governor == "ل" and k > start and strip_conjunction(tokens[k].norm) in _PARTISANS


_PARTISANS = frozenset(
    normalize(f"{article}{stem}{ending}")
    for article in ("", "ال")
    for stem in ("مؤيد", "معارض", "مناهض", "داعم", "مناصر")
    for ending in ("ين", "ون")
)  # plurals only: المعارضة is also the opposition, a critic of its own


def inside_the_charge(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is the nationality adjective of a noun inside the charge of a verb of
    charging at ``i``: a word with ب (:func:`~helpers.stance_syntax.charge_follows`) up to
    :data:`_CHARGE_REACH` words before it, with only its nouns between (``اتهمت شركة مجموعات في
    الصين باختراق مراكز أبحاث بريطانية``): what the charged deed touched, not the accused."""
    if strip_conjunction(tokens[i].norm) not in CHARGING or not actor.adjective:
        return False
    for k in range(actor.first - 1, max(actor.first - 1 - _CHARGE_REACH, i), -1):
        if tokens[k].clause != tokens[actor.first].clause or definite(tokens[k].norm):
            return False
        if charge_follows(k, tokens):
            return True
    return False


_CHARGE_REACH = 3  # باختراق مراكز أبحاث بريطانية


def destination_of_a_visit(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor``, written with ل or إلى, is where a visit goes: a visit noun in the
    construct state (no article: ``زيارة ترامب``، ``زيارة الرئيس الأمريكي``، ``زيارته``)
    stands between it and the word at ``i`` within :data:`_VISIT_SCOPE` words (``احتجاجا على
    زيارة الرئيس الأمريكي لبريطانيا``، ``رحب ... بزيارة ترامب لبريطانيا``): the host country
    is not what the protest or the welcome judges. A visit with the article has no visitor
    written with it, and its ل may name the visitor (``الزيارات المتكررة لماكرون``)."""
    if actor.governor not in ("ل", "إلى"):
        return False
    k = actor.first - 1 if actor.adjective else actor.first
    for j in range(max(i + 1, k - _VISIT_SCOPE), k):
        word = strip_preposition(strip_conjunction(tokens[j].norm))
        if tokens[j].clause == tokens[k].clause and word.startswith(_VISIT):
            return True
    return False


_VISIT = tuple(normalize(w) for w in ("زيار", "جولة", "جولت"))
_VISIT_SCOPE = 4  # زيارة الرئيس الأمريكي دونالد لـ


def preposition_object(
    j: int, tokens: list[Token], actors: list[Actor], stop: int, scope: int = 0
) -> int | None:
    """Where a patient word's object begins: the first word from ``j`` within ``scope`` words
    (:data:`_OBJECT_SCOPE` by default) that carries or follows a preposition (``بقرار``، ``على
    سياسة``), with no actor and no other clause before it. A verb's subject may stand between
    (``رحب وزير الخارجية المصري سامح شكري بقرار``): read with the verb's ``scope``, a word past
    :data:`_OBJECT_SCOPE` is the object only when it carries ب (the verb's own preposition, not
    a ل of purpose or a phrase of the subject: ``المتحدث باسم``). None when the first such word
    is a ل-pronoun (``اتهامات وجهها له الإعلامي``: the addressee)."""
    clause = tokens[j - 1].clause
    for k in range(j, min(j + (scope or _OBJECT_SCOPE), stop, len(tokens))):
        if tokens[k].clause != clause or any(a.first <= k <= a.last for a in actors):
            return None
        word = tokens[k].norm
        carries = (tokens[k].prefix_prep or word[:1] in ("ب", "ل")) and not _among(word)
        follows = k > j and tokens[k - 1].norm in OBJECT_PREPOSITIONS
        if pronoun_phrase(word, "ل"):  # (not the ب-object: بالدعم الذي حظيت به
            return None  # بريطانيا, the one who gets it)
        if (carries or follows) and k - j >= _OBJECT_SCOPE:
            return k if _verbs_object(j, k, tokens) else None
        if carries or follows:
            return k
    return None


def _among(word: str) -> bool:
    """Whether ``word`` is بين (among, between), with or without a pronoun: its ب is its own
    letter, no preposition, and what follows it lists members of the noun before (``أيدت عشرة
    دول من بينها فرنسا والصين مشروع القرار``: France is among the supporters, no object's
    owner)."""
    word = strip_conjunction(word)
    return _BETWEEN in (word, pronoun_stem(word))


_BETWEEN = normalize("بين")


def _verbs_object(j: int, k: int, tokens: list[Token]) -> bool:
    """Whether the ب-word at ``k``, past a subject phrase from ``j``, is a verb's object: no
    preposition stands between (``انتقد الوزير في كلمته بعد الضربات``: the subject has ended),
    and it is no adverb or link (``بعد``، ``بسبب``، ``باسم``)."""
    word = tokens[k].norm
    return (
        word[:1] == "ب"
        and owns(word)
        and strip_conjunction(word) not in _NOT_OBJECTS
        and not any(strip_conjunction(tokens[m].norm) in _ADVERBIAL for m in range(j, k))
    )


_NOT_OBJECTS = function_words("not_charges")
_ADVERBIAL = frozenset(normalize(w) for w in "في خلال أمام عقب إثر لدى".split())
"""Prepositions that open a phrase of time or place after a subject (في كلمته، خلال زيارته)."""


def object_start(j: int, tokens: list[Token], actors: list[Actor], scope: int) -> int:
    """Where the object of a word ending before ``j`` begins: with a verb's ``scope``, its
    preposition object past the subject (:func:`preposition_object`: ``أشاد عدد من الحجاج
    بالجهود``), else ``j``, right after the word."""
    k = preposition_object(j, tokens, actors, len(tokens), scope) if scope else None
    return j if k is None else k


def object_owner(
    j: int, tokens: list[Token], actors: list[Actor], stop: int, scope: int = 0
) -> Actor | None:
    """The owner of a patient word's object (:func:`preposition_object`): an actor right after
    it as its owner or adjective (``بقرار الولايات المتحدة``, ``بالموقف الأمريكي``), not the
    verb's subject written after its object (``ونددت بالقرار ألمانيا``)."""
    k = preposition_object(j, tokens, actors, stop, scope)
    if k is None or role_frames().genitive_patient.intersection(word_forms(tokens[k].norm)):
        return None  # ندد باحتلال فلسطين: the owner suffers the act
    # the owner right after it, or an adjective closing an owner phrase there (قرار
    # الحكومة البريطانية، بتصريحات وزير الخارجية الإسرائيلي)
    owner = next(
        (
            a
            for a in actors
            if not a.governor
            and (
                (a.first == k + 1 and not subject_after_its_object(k, a, tokens))
                or (a.adjective and a.first == k + 2 and definite(tokens[k + 1].norm))
                or (owner_phrase(a, tokens) == k + 1 and owns(tokens[k].norm))
            )
        ),
        None,
    )
    if owner is None or tokens[owner.first].clause != tokens[j - 1].clause:
        return None
    # الاحتجاجات ضد زيارته بريطانيا: a possessed noun's actor is the country visited
    possessed = len(tokens[k].norm) > 4 and tokens[k].norm.endswith(_FEMININE_POSSESSED)
    return None if possessed and not owner.adjective else owner


_OBJECT_SCOPE = 3  # words from a patient word to its object (رحبت إسرائيل، السبت، بقرار)
_FEMININE_POSSESSED = tuple(normalize(w) for w in ("ته", "تها", "تهم", "تهما"))  # زيارته


_WE_REACH = 2  # words between a verb of "we" and its object (ندعم بقوة حق إسرائيل)


def said_as_we(i: int, n: int, term: str, tokens: list[Token], after: list[Actor]) -> bool:
    """Whether the verb of evaluation at ``i .. i+n-1`` (the lexicon's ``term``) is said in the
    first person plural (``ندين``، ``وندعم``: :func:`~helpers.stance_lexicon.first_person`) with
    an actor of ``after``, not in a prepositional phrase, within :data:`_WE_REACH` words after
    it in its clause: the speaker's "we" is the subject, so that actor is the object (``ندين
    إيران``، ``ندعم بقوة حق إسرائيل``), not the subject a verb of the third person has after it
    (``يدين الوزير``). An actor further on (``ننتقد ذهاب بعضهم للقنوات غير السعودية``) is no
    object of the verb."""
    if not first_person(tokens[i].norm, term):
        return False
    return any(
        not a.in_phrase
        and a.first - (i + n) <= _WE_REACH
        and tokens[a.first].clause == tokens[i].clause
        for a in after
    )

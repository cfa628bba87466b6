"""Who suffers an act and who only reports it: what keeps a victim or a speaker from being
judged as the doer (issue 18).

The fallback rules of :mod:`helpers.stance_rules` (the nearest actor before a hostile word, the
subject of an earlier clause, the owner of an attached pronoun) guess the doer from position.
In news the actor named near a hostile word is as often the one who suffers the act or the one
who reports it. The checks here name those actors from the role frames
(``helpers/data/role_frames.toml``), so the fallbacks pass them over:

* a **sufferer** of a clause: an actor after a victim preposition (``العدوان على سوريا``,
  ``الجرائم بحق الفلسطينيين``) or inside the phrase one opens (``اعتداء على وحدة الشعب
  الفلسطيني``); the subject of an experiencer verb (``تعرضت أوكرانيا``, ``الشعب السوري عانى``,
  ``الذي تتعرض له سوريا``); an actor described as wronged (``الشعب السوري المظلوم``);
* an **author**: an actor that qualifies a noun of statements or their sources (``الطلب
  الفلسطيني``, ``مصادر طبية فلسطينية``): what the statement lists is not its deed;
* a **speaker**: the subject of a verb of saying or evaluation (``وطلب السفير الفلسطيني``).

Words of countering or charging (``مكافحة الإرهاب``, ``بتهم تتعلق بالإرهاب``) cancel the hostile
word they govern: it is what is fought or charged, not what anyone is (:func:`countered`).
"""

from __future__ import annotations

from typing import Any

from helpers.arabic import normalize
from helpers.clitics import PRONOUN_ENDINGS, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.foilers import foils
from helpers.stance_acts import (
    lexicon_verb,
    not_the_doers_act,
    object_of_a_purpose,
    qualifies_the_owner,
)
from helpers.stance_clauses import PREPOSITIONS, Actor, Token, definite, governed_from_before
from helpers.stance_lexicon import (
    Entry,
    RoleFrames,
    armed,
    experienced,
    role_frames,
    word_forms,
)
from helpers.stance_speakers import speaks

__all__ = [
    "RECEIVER_RULES",
    "attacked",
    "countered",
    "doer_is_no_actor",
    "follows_an_act",
    "may_be_doer",
    "named_agent",
    "names_another_doer",
    "object_after_verb",
    "pronoun_speaks",
    "receiver_of",
    "refers_to_the_act_before",
    "follows_a_subject_relative",
    "refers_to_the_noun_before",
    "sufferers",
    "victim_of_another_act",
]

_RECEIVER_AFTER, _RECEIVER_BEFORE = "receiver after the verb", "receiver before the verb"
RECEIVER_RULES = frozenset({_RECEIVER_AFTER, _RECEIVER_BEFORE})
"""Rules of :func:`receiver_of`: the actor receives what someone else gives (``لقي ترحيبا``)."""
_AUTHOR_SCOPE = 2  # words from a statement noun to the actor qualifying it (مصادر طبية فلسطينية)
_PHRASE_SCOPE = 3  # words from a victim preposition to an actor inside its phrase
_PLACE_SCOPE = 3  # words from a hostile act to the preposition of its place
_HARM_CHAIN = 4  # words from a noun of harm to the actor owning it (استهداف موكب رئيس الوزراء)
_EXPERIENCER_SCOPE = 3  # words from the end of an experiencer's subject to the verb
_COUNTER_SCOPE = 4  # words from a word of countering or charging to the hostile word it governs
_RELATIVE_OBJECTS = function_words("addressee_pronouns")  # الذي تتعرض له سوريا
_RELATIVES = function_words("relatives")
_AGENT_MARKERS = function_words("agent_markers")  # من قبل، من جانب
_AGENT_SCOPE = 3  # words from a hostile word to من قبل (لعدوان عسكري واسع من قبل روسيا)
_ACT_SCOPE = 3  # words from a hostile act back from its adjective (احتلالها العسكري غير الشرعي)


def may_be_doer(
    actor: Actor, i: int, tokens: list[Token], actors: list[Actor], *, owner: bool = False
) -> bool:
    """Whether a fallback rule may make ``actor`` the doer of the hostile or judged word at
    token ``i``: not when it suffers an act in that clause or its own, reports a statement, or
    is the subject of a verb of saying, whose words about a third party are not about itself.

    An ``owner`` (the actor an attached pronoun refers to: ``انتهاكاتها``) is passed over only as
    the victim written after the word: the one who suffers sanctions or criticism may own
    violations (``عقوبات على روسيا ردا على انتهاكاتها``).
    """
    clause = tokens[i].clause
    victims = {
        a.actor
        for a in actors
        if a.first > i
        and tokens[a.first].clause == clause
        and (
            _victim_object(a, tokens)
            or _place_of(i, a, tokens)
            or _owns_a_harm(a, tokens, role_frames())  # لانتهاكها قواعد الاتحاد الأوروبي
        )
    }
    if actor.actor in victims:
        return False
    if not owner:
        own = tokens[actor.first].clause
        if actor.actor in sufferers(clause, tokens, actors) | sufferers(own, tokens, actors):
            return False
        if not_the_doers_act(actor, i, tokens):
            return False  # على موعد مع عملية اغتيال، تحقيقا بشأن الاعتداء، لائحة الإرهاب
    return not _authors(actor, tokens) and not speaks(actor, tokens, actors)


def sufferers(clause: int, tokens: list[Token], actors: list[Actor]) -> set[str]:
    """The actors that suffer an act in ``clause`` (see the module docstring)."""
    frames = role_frames()
    return {
        a.actor
        for a in actors
        if tokens[a.first].clause == clause
        and (
            _victim_object(a, tokens)
            or _harmed(a, tokens, frames)
            or _owns_a_harm(a, tokens, frames)
            or _described_as_victim(a, tokens, frames)
            or _experiences(a, tokens, actors, frames)
            or _before_its_agent(a, tokens)
        )
    }


def _before_its_agent(actor: Actor, tokens: list[Token]) -> bool:
    """``استهداف السوريين من قبل بعض العنصريين``: an actor right before ``من قبل``/``على يد``
    and the doer they name is the one the act is done to (not ``من قبل`` at a clause's end:
    "before")."""
    k = actor.last + 1
    if k + 2 >= len(tokens) or tokens[k + 2].clause != tokens[actor.last].clause:
        return False
    pair = (tokens[k].norm, tokens[k + 1].norm)
    return (pair[0] == "من" and pair[1] in _AGENT_MARKERS) or pair == _AT_THE_HANDS


def attacked(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor stands after على، ضد or بحق written as a word, or inside the phrase one
    opens (``الاعتداء على الأراضي السورية``): the target of what precedes it. (ل is left out:
    it also marks an owner, ``سياسة الباب المفتوح لحلف الناتو``.)"""
    frames = role_frames()
    return (actor.governor in frames.victim_prepositions and actor.governor != "ل") or (
        _in_victim_phrase(actor, tokens, frames)
    )


def _victim_object(actor: Actor, tokens: list[Token]) -> bool:
    """An actor after a victim preposition or inside the phrase one opens."""
    frames = role_frames()
    return actor.governor in frames.victim_prepositions or _in_victim_phrase(actor, tokens, frames)


def countered(i: int, tokens: list[Token], actors: list[Actor], frames: RoleFrames) -> bool:
    """Whether a word of countering or charging (``مكافحة``, ``صد``, ``اتهامات``) within
    :data:`_COUNTER_SCOPE` words before the hit at ``i`` governs it: no actor stands between
    them (``عقوبات ضد روسيا بسبب عدوانها``: ضد governs Russia, not the aggression). A hit joined
    by و to a governed word is governed too (``باتهامات بينها ارتكاب جرائم حرب وجرائم ضد
    الإنسانية``)."""
    if _governed(i, tokens, actors, frames):
        return True
    if not (tokens[i].norm.startswith("و") or (i > 0 and tokens[i - 1].norm == "و")):
        return False  # وجرائم، و"جرائم
    return any(_governed(k, tokens, actors, frames) for k in range(max(i - 3, 0), i))


def _governed(i: int, tokens: list[Token], actors: list[Actor], frames: RoleFrames) -> bool:
    """A word of countering within :data:`_COUNTER_SCOPE` words before ``i``, no actor between
    (an adjective right after the counter word is its doer: ``الرفض الفلسطيني للاحتلال``)."""
    for k in range(max(i - _COUNTER_SCOPE, 0), i):
        between = [a for a in actors if k < a.first < i and not (a.adjective and a.first == k + 1)]
        if tokens[k].clause != tokens[i].clause or between:
            continue
        if frames.counters.intersection(word_forms(tokens[k].norm)):  # بمكافحة، ولمحاربة
            return True
        if tokens[k].norm == _ON and _wages_a_campaign(k, tokens, frames):
            return True  # الحرب على الإرهاب: the war's target is fought
    return False


def _wages_a_campaign(on: int, tokens: list[Token], frames: RoleFrames) -> bool:
    """Whether على at ``on`` follows a noun of war or campaign (``[campaigns]``), right before it
    or before one definite word that describes it (``الحرب الأمريكية على``)."""
    for k in (on - 1, on - 2):
        if k < 0 or tokens[k].clause != tokens[on].clause:
            return False
        if frames.campaigns.intersection(word_forms(tokens[k].norm)):
            return True
        if not strip_conjunction(tokens[k].norm).startswith("ال"):
            return False
    return False


_ON = normalize("على")


def _in_victim_phrase(actor: Actor, tokens: list[Token], frames: RoleFrames) -> bool:
    """``اعتداء على وحدة الشعب الفلسطيني``: a victim preposition written as a word opens the
    phrase the actor sits in, within :data:`_PHRASE_SCOPE` words."""
    if not actor.in_phrase:
        return False
    clause = tokens[actor.first].clause
    for k in range(actor.first - 1, max(actor.first - 1 - _PHRASE_SCOPE, -1), -1):
        if tokens[k].clause != clause:
            return False
        if tokens[k].norm in PREPOSITIONS:
            return tokens[k].norm in frames.victim_prepositions
    return False


def _place_of(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """``جرائم مفترضة في الأراضي الفلسطينية``: the actor is inside a phrase of place
    (``[place_prepositions]``) that opens within :data:`_PLACE_SCOPE` words after the act at
    ``i``."""
    places = role_frames().place_prepositions
    return any(
        tokens[k].norm in places
        for k in range(i + 1, min(i + 1 + _PLACE_SCOPE, actor.first))
        if actor.first - k <= _PHRASE_SCOPE
    )


def _owns_a_harm(actor: Actor, tokens: list[Token], frames: RoleFrames) -> bool:
    """``تشريد الفلسطينيين``, ``هدم منازل الفلسطينيين``, ``استهداف موكب رئيس الوزراء الفلسطيني``:
    the actor owns a noun of harm (``[harm_nouns]``, ``[genitive_patient]``) directly or
    through a construct chain of up to :data:`_HARM_CHAIN` words (:func:`_in_construct`)."""
    harms = frames.harm_nouns | frames.genitive_patient
    for k in range(actor.first - 1, actor.first - 1 - _HARM_CHAIN, -1):
        if k < 0 or tokens[k].clause != tokens[actor.first].clause:
            return False
        forms = word_forms(tokens[k].norm)
        if k == actor.first - 1 and actor.adjective and harms.intersection(forms):
            # القصف الروسي، الاعتقالات الإسرائيلية: a definite adjective on a definite act names
            # its doer (indefinite, "قتل فلسطيني" is a passive verb and its victim)
            if definite(tokens[k].norm) and definite(tokens[actor.first].norm):
                return False
        if k < actor.first - 1 and frames.violation_nouns.intersection(forms):
            # انتهاك سيادة سوريا: the owner of the violated thing suffers it
            return all(_in_construct(tokens[b]) for b in range(k + 1, actor.first))
        if harms.intersection(forms) or (
            k == actor.first - 1 and object_of_a_purpose(k, tokens)
        ):  # من أجل إرهاب الفلسطينيين: the owner of a verbal noun of purpose is its object
            chain = range(k + 1, actor.first)  # (قصف الطائرات التركية: a weapon does it)
            return all(_in_construct(tokens[b]) for b in chain) and not (
                len(chain) == 1 and armed(tokens[k + 1].norm)
            )
    return False


def _in_construct(token: Token) -> bool:
    """Whether a word can stand inside a construct chain: no preposition, no relative pronoun
    (``الابتزاز السياسي الذي تمارسه إيران``: the relative clause's subject does the act), and
    no attached pronoun (``اعتداءات يشنها إرهابيون``: a verb with its object, not a chain)."""
    return not (
        token.norm in PREPOSITIONS
        or strip_conjunction(token.norm) in _RELATIVES
        or token.prefix_prep
        or token.norm.endswith(("ها", "هم", "هما", "هن"))
    )


def _harmed(actor: Actor, tokens: list[Token], frames: RoleFrames) -> bool:
    """``يستهدفون شركات أوكرانية``, ``تقوض مستقبل سورية``: the actor qualifies the object of a
    verb of harm (``[harm_verbs]``); or ``ما دمر سوريا``, ``الذي يهدد إيران``: it stands right
    after one whose subject is the relative before the verb."""
    k = actor.first - 2
    verb = word_forms(tokens[k + 1].norm) if k >= 0 else {}
    if follows_a_subject_relative(k + 1, tokens) and frames.harm_verbs.intersection(verb):
        return tokens[k].clause == tokens[actor.first].clause
    return (
        k >= 0
        and bool(frames.harm_verbs.intersection(word_forms(tokens[k].norm)))
        and object_after_verb(k + 1, actor, tokens)
    )


def follows_a_subject_relative(i: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``i`` follows a relative that is its subject (``ما دمر سوريا``:
    "what destroyed Syria", ``الخطر الذي يهدد إيران``): an actor after it is its object. Not
    when the verb carries the relative's pronoun (``الهجمات التي تشنها روسيا``: the relative is
    the object, the actor after it the subject)."""
    return (
        i > 0
        and tokens[i - 1].norm in _SUBJECT_RELATIVES
        and not tokens[i].norm.endswith(PRONOUN_ENDINGS)
    )


_SUBJECT_RELATIVES = _RELATIVES | {"ما", "مما"}


def object_after_verb(j: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` qualifies an indefinite noun at ``j`` right after a verb (``تهدد أمن
    إيران``, ``يستهدفون شركات أوكرانية``): that noun is the verb's object (a subject after the
    verb is nearly always definite or an actor itself), so the actor is the object's owner."""
    if actor.first != j + 1 or tokens[j].clause != tokens[actor.first].clause:
        return False
    word = strip_conjunction(tokens[j].norm)
    return not (word.startswith("ال") or word in PREPOSITIONS or tokens[j].prefix_prep)


def _described_as_victim(actor: Actor, tokens: list[Token], frames: RoleFrames) -> bool:
    """``الشعب السوري المظلوم``: a word of victimhood right after the actor."""
    after = actor.last + 1
    return (
        after < len(tokens)
        and tokens[after].clause == tokens[actor.first].clause
        and bool(frames.victim_words.intersection(word_forms(tokens[after].norm)))
    )


def _experiences(
    actor: Actor, tokens: list[Token], actors: list[Actor], frames: RoleFrames
) -> bool:
    """Whether the actor is the subject of an experiencer verb or of a verb of foiling
    (:mod:`helpers.foilers`: ``أحبطت أجهزة الأمن الروسية``): right after it (``تعرضت
    أوكرانيا``), after له in a relative clause (``الذي تتعرض له سوريا``), or before it, outside
    prepositional phrases (``الشعب السوري عانى``)."""
    clause = tokens[actor.first].clause

    def experiencer(k: int) -> bool:
        return (
            0 <= k < len(tokens)
            and tokens[k].clause == clause
            and (experienced(tokens[k].norm) or foils(tokens[k].norm))  # شهدته، أحبطت
        )

    # an adjective mention stands further from the verb (معاناة الشعب الفلسطيني، نجا رئيس
    # الوزراء الفلسطيني): up to three words, none a preposition
    heads = [actor.first - 1]
    if actor.adjective:
        for k in (actor.first - 2, actor.first - 3):
            if k < 0 or tokens[k + 1].norm in PREPOSITIONS or tokens[k + 1].prefix_prep:
                break
            heads.append(k)
    if any(experiencer(k) for k in heads) and not actor.governor:
        return True
    if experiencer(actor.first - 2) and tokens[actor.first - 1].norm in _RELATIVE_OBJECTS:
        return True
    if actor.in_phrase or actor.governor:
        return False
    for k in range(actor.last + 1, min(actor.last + 1 + _EXPERIENCER_SCOPE, len(tokens))):
        if any(a.first == k for a in actors):
            return False
        if experiencer(k):
            return True
    return False


def _authors(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor qualifies a statement noun within :data:`_AUTHOR_SCOPE` words before it
    (``الطلب الفلسطيني``, ``مصادر طبية فلسطينية``)."""
    nouns = role_frames().statement_nouns
    clause = tokens[actor.first].clause
    return any(
        tokens[k].clause == clause and nouns.intersection(word_forms(tokens[k].norm))
        for k in range(max(actor.first - _AUTHOR_SCOPE, 0), actor.first)
    )


def follows_an_act(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` (an adjective) follows, within :data:`_ACT_SCOPE` words (a
    negator or another adjective between), a hostile act whose owner suffers it
    (``[genitive_patient]``: ``احتلالها غير الشرعي لأوكرانيا``): a ل-object after the adjective
    is then the act's victim, not the adjective's owner."""
    acts = role_frames().genitive_patient
    return any(
        tokens[k].clause == tokens[i].clause and acts.intersection(word_forms(tokens[k].norm))
        for k in range(max(i - _ACT_SCOPE, 0), i)
    )


def names_another_doer(j: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """``الجريمة التي ارتكبها الإرهابيون``: a relative clause at ``j`` whose verb carries the
    pronoun of the antecedent names its own subject right after the verb; when that word is no
    actor (nor a preposition), the act's doer is named and is not one of the actors."""
    if j + 2 >= len(tokens) or tokens[j].norm not in _RELATIVES:
        return False
    verb, subject = tokens[j + 1], tokens[j + 2]
    return (
        verb.clause == subject.clause == tokens[j].clause
        and verb.norm.endswith(PRONOUN_ENDINGS)
        and subject.norm not in PREPOSITIONS
        and not subject.prefix_prep
        and not any(a.first <= j + 2 <= a.last for a in actors)
    )


def refers_to_the_noun_before(i: int, tokens: list[Token]) -> bool:
    """``في خطوة انتقدتها القوى الغربية``, ``في قضية أدانها الغرب``: a verb right after an
    indefinite noun that follows a preposition opens a relative clause without a relative
    pronoun; the pronoun attached to the verb is that noun, not an actor named before."""
    if i < 2 or not tokens[i - 2].clause == tokens[i - 1].clause == tokens[i].clause:
        return False
    noun = strip_conjunction(tokens[i - 1].norm)
    if noun.startswith("ال") or len(noun) <= 2:
        return False
    # في إطار تحالف تدعمه، في إطار عملية دبلوماسية تدعمها: the noun (and its indefinite
    # adjective) ends a chain without the article that a preposition opens
    for k in range(i - 2, max(i - 2 - _CHAIN_REACH, -1), -1):
        if tokens[k].clause != tokens[i].clause:
            return False
        if tokens[k].norm in PREPOSITIONS:
            return True
        if strip_conjunction(tokens[k].norm).startswith("ال"):
            return False
    return False


_CHAIN_REACH = 3  # في إطار عملية دبلوماسية تدعمها: the preposition four words before the verb


def victim_of_another_act(actor: Actor, entry: Entry, tokens: list[Token]) -> bool:
    """Whether an actor after على/ضد/بحق is the victim of an act named between it and a word of
    evaluation, not that word's object (``أدان البرلمان الحرب الروسية ضد أوكرانيا``): true for
    every word whose own object is not written with على (``[on_objects]``), when على/ضد/بحق is a
    word of its own (ل is every noun's object marker: ``دعمها الكامل لأوكرانيا``)."""
    frames = role_frames()
    if actor.governor not in frames.victim_prepositions or actor.governor == "ل":
        return False
    return normalize(entry.term) not in frames.on_objects


_AT_THE_HANDS = (normalize("على"), "يد")  # تعذيب على يد الأمن السوري


def named_agent(j: int, tokens: list[Token], after: list[Actor]) -> tuple[bool, Actor | None]:
    """Whether a hostile word names its doer with ``من قبل``/``من جانب``/``على يد`` within
    :data:`_AGENT_SCOPE` words after it, and the actor so named (``تعرضت أوكرانيا لعدوان من قبل
    روسيا``, ``من قبل القوات الروسية``), None when the doer is no actor (``من قبل قائد الفريق``)."""
    for k in range(j, min(j + _AGENT_SCOPE, len(tokens) - 2)):
        if tokens[k].clause != tokens[j - 1].clause:
            break
        pair = (strip_conjunction(tokens[k].norm), tokens[k + 1].norm)
        if (pair[0] == "من" and pair[1] in _AGENT_MARKERS) or pair == _AT_THE_HANDS:
            return True, next((a for a in after if k + 2 <= a.first <= k + 3), None)
    return False, None


def doer_is_no_actor(i: int, n: int, tokens: list[Token], site: Any) -> bool:
    """Whether a hostile noun at ``i .. i+n-1`` has no actor for its doer: the owner after an act
    of ``[genitive_patient]`` suffers it, directly (``غزو أوكرانيا``) or at the end of a
    construct chain (``اغتيال رئيس الوزراء الإسرائيلي``); or the noun is the owner of a doer head
    (``[doer_heads]``: ``جيش الاحتلال``), so the phrase names the doer, unless a nationality
    adjective after the noun names it (``قوات الاحتلال الإسرائيلي``: Israel's). The owner of
    another hostile act names that act's doer too (``مجزرة الاحتلال``; a charge before it
    leaves it alleged: ``مزاعم التدخل الروسي``). ``site``
    gives ``entry``, ``hit_starts`` and the actors after the word that no preposition governs
    (``free_after``)."""
    frames = role_frames()
    j = i + n
    named = any(a.first == j and a.adjective for a in site.free_after)
    if i > 0 and tokens[i - 1].clause == tokens[i].clause:
        if frames.doer_heads.intersection(word_forms(tokens[i - 1].norm)) and not named:
            return True  # جيش الاحتلال، كدولة احتلال
        if i - 1 in site.hit_starts and _construct_head_of(i, tokens):
            return True  # مجزرة الاحتلال: the owner of a hostile act names its doer
    purpose = object_of_a_purpose(i, tokens)  # من أجل إرهاب الفلسطينيين: their terrorising
    if normalize(site.entry.term) not in frames.genitive_patient and not purpose:
        return False
    for a in site.free_after:
        if a.first == j and (purpose or not a.adjective or _people(tokens[j].norm)):
            return True  # تهجير سوريين: a plural nisba after the act names the people it hits
        chain = range(j, a.first)
        armed_owner = len(chain) == 1 and armed(tokens[j].norm)  # قصف الطائرات التركية
        if 0 < len(chain) <= 2 and _construct_chain(chain, tokens) and not armed_owner:
            return True
        if len(chain) == 1 and a.adjective and qualifies_the_owner(j, a, tokens, site.hit_starts):
            return True  # تسميم جاسوس روسي: the Russian is the one poisoned
    return False


def _people(word: str) -> bool:
    """Whether a nationality word is a sound plural without the article (``سوريين``،
    ``فلسطينيون``): people, the owner of the act before it, never the act's own adjective,
    which agrees with the singular noun (``غزو روسي``، ``قصف إسرائيلي``)."""
    word = strip_conjunction(word)
    return not word.startswith("ال") and word.endswith(("يين", "يون"))


def _construct_head_of(i: int, tokens: list[Token]) -> bool:
    """Whether the word before ``i`` is a noun in the construct state whose owner is the definite
    word at ``i`` (``مجزرة الاحتلال``): no article on it, the article on ``i``, and no verb of
    saying or evaluation (``تدين الاحتلال``، ``ندين العدوان``)."""
    cues = default_cues().cues
    return (
        not definite(tokens[i - 1].norm)
        and definite(tokens[i].norm)
        and strip_conjunction(tokens[i - 1].norm) not in cues
        and tokens[i - 1].norm not in cues
        and not lexicon_verb(i - 1, tokens)  # a verb heads no construct
    )


def _construct_chain(chain: range, tokens: list[Token]) -> bool:
    """``رئيس الوزراء`` before ``الإسرائيلي``: an indefinite head, then definite owners, no
    preposition: the actor at its end qualifies the owner of the act, not the act."""
    words = [strip_conjunction(tokens[k].norm) for k in chain]
    return (
        not words[0].startswith("ال")
        and any(w.startswith("ال") for w in words[1:])
        and not any(
            w in PREPOSITIONS or tokens[k].prefix_prep for w, k in zip(words, chain, strict=True)
        )
        and len({tokens[k].clause for k in chain}) == 1
    )


def pronoun_speaks(i: int, j: int, entry: Entry, tokens: list[Token]) -> bool:
    """``تجدد سوريا إدانتها الشديدة لأي استخدام``: the pronoun on a noun whose owner speaks
    (``[genitive_agent]``, the hit at ``i .. j-1``) is the speaker, not the one judged, when the
    noun's object follows with ل within two words (an adjective may stand between), or when a
    verb of expressing governs the noun (``أعربت سوريا عن إدانتها الشديدة ... إزاء``). (ب may
    mark the charge: ``اتهامها بممارسات`` accuses the pronoun.)"""
    frames, term = role_frames(), normalize(entry.term)
    if term not in frames.genitive_agent:
        return False
    if governed_from_before(i, tokens, _EXPRESSING, _EXPRESSER_SCOPE):
        return True  # أعربت الحكومة السورية عن إدانتها
    # إشادته بإطلاق سراحهم: a noun whose object takes ب (``[b_object_nouns]``) too
    markers = ("ل", "ب") if term in frames.b_object_nouns else ("ل",)
    return any(
        tokens[k].clause == tokens[j - 1].clause
        and strip_conjunction(tokens[k].norm)[:1] in markers
        and len(tokens[k].norm) > 2
        for k in range(j, min(j + 2, len(tokens)))
    )


_EXPRESSING = function_words("expressing_verbs")  # أعربت عن، جددت، أبدت
_EXPRESSER_SCOPE = 4  # words from a verb of expressing to its noun (a subject and عن between)


def refers_to_the_act_before(i: int, owner: int, tokens: list[Token], hits: list[int]) -> bool:
    """``مجزرة الاحتلال وإرهابه``, ``العدوان الصهيوني الغاشم وجرائمه``: a masculine pronoun on the
    word at ``i`` refers to a definite hostile noun within three words before it, after the last
    actor (ending at ``owner``): countries are feminine, ``الاحتلال``/``العدوان`` masculine."""
    word = tokens[i].norm
    if not word.endswith("ه") or word.endswith(("ها", "هم", "هما", "هن")):
        return False
    return any(
        owner < k < i
        and tokens[k].clause == tokens[i].clause
        and strip_conjunction(tokens[k].norm).startswith("ال")
        for k in hits
        if i - k <= 3
    )


def receiver_of(i: int, j: int, actors: list[Actor]) -> list[tuple[Actor, str]]:
    """The receiver of a patient hit at ``i`` after a receiving or experiencer verb at ``j``
    (``[experiencers]``, the lexicon's receivers): the actor between them
    (``لقي الموقف الأوكراني ترحيبا``), else the last one before the verb (``الموقف الأمريكي لقي
    ترحيبا``), outside prepositional phrases."""
    free = [a for a in actors if not a.in_phrase and not a.governor]
    between = [a for a in free if j < a.first < i]
    if between:
        return [(between[0], _RECEIVER_AFTER)]
    before = [a for a in free if a.last < j]
    return [(before[-1], _RECEIVER_BEFORE)] if before else []

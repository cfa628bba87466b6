"""Which actor a lexicon hit is about: one rule set per role of the hit.

:mod:`helpers.stance_rules` finds the hits of a sentence; :func:`hit_targets` reads the actors
around one hit and returns the one(s) it is about, each with the rule that found it. The role
is the hit's ``role`` and part of speech:

* **patient** (``إدانة``, ``دعم``, ``ترحيب``): the actor a preposition puts after it
  (``ترحيب بالموقف الأمريكي``), the owner of that object (``رحبت ... بقرار الولايات المتحدة``),
  the object of a verb, else the genitive right after a noun, unless that owner is its agent
  (``انتقادات ترامب للمملكة``, ``بدعم روسيا``);
* **agent** (``عدوان``, ``انتهاك``, ``تهديد``): the adjective or genitive right after a noun
  (``العدوان الروسي``) unless the genitive suffers the act (``غزو أوكرانيا``), the owner of an
  attached pronoun, the subject of a relative clause after it (``الجرائم التي ارتكبها``), else
  the subject written before it. Victims after ``على``/``ضد`` are not judged;
* **mutual** (``تعاون``, ``حوار``): every actor within six words in the same clause, else the
  subject of an earlier clause;
* **evaluative** (``نجاح``, ``غير مقبول``): the genitive right after a noun, an owner after an
  adjective (``النشاط الخبيث للصين``), else the nearest actor before it outside prepositional
  phrases.

The fallbacks (the nearest actor before, an earlier clause's subject, the owner of an attached
pronoun) never pick an actor that suffers the act in its clause nor the subject of a verb of
saying (``وطلب السفير الفلسطيني وقف المجزرة ضد الشعب الفلسطيني``): the victim and the speaker
are not the doer. A verb of evaluation whose object is itself an evaluated act (``تدين
الاحتلال التركي``) judges only through that act. The readings of objects, owners and doers
these rules use are :mod:`helpers.stance_syntax`, the roles of acts
:mod:`helpers.stance_roles` and :mod:`helpers.stance_acts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.stance_acts import (
    bloc_between,
    describes_a_third_party,
    evaluated_act,
    judged_act,
    known_act,
    penalised_another,
    pointed_act,
)
from helpers.stance_clauses import (
    Actor,
    Token,
    definite,
    owner_of_described_noun,
    relative_antecedent,
)
from helpers.stance_lexicon import (
    Entry,
    role_frames,
    word_forms,
)
from helpers.stance_objects import objects_past_subject
from helpers.stance_roles import (
    attacked,
    doer_is_no_actor,
    follows_a_subject_relative,
    follows_an_act,
    may_be_doer,
    named_agent,
    names_another_doer,
    object_after_verb,
    pronoun_speaks,
    refers_to_the_act_before,
    refers_to_the_noun_before,
    sufferers,
    victim_of_another_act,
)
from helpers.stance_syntax import (
    CHARGING,
    OBJECT_PREPOSITIONS,
    PLACE_PREPOSITION,
    PRONOUN_SUBJECTS,
    RELATIVES,
    charge_follows,
    describes_an_owned_noun,
    direct_object_follows,
    joins_the_subject,
    judges_it,
    non_actor_owner,
    object_after_adjectives,
    object_after_named_subject,
    object_follows,
    object_owner,
    opens_its_clause,
    opens_with_pronoun,
    owner_is_agent,
    pronoun_agrees,
    pronoun_object,
    relative_subject,
    written_before,
)

__all__ = ["NAMED_DOER_RULES", "hit_targets"]

_MUTUAL_SCOPE = 6  # words either side of a cooperation word
_NOUN_OBJECT_SCOPE = 6  # words from a patient noun to its preposition object
_VERB_OBJECT_SCOPE = 9  # ... from a verb, whose subject may stand between (أشاد وزير ... بالموقف)


@dataclass
class _Site:
    """A hit at tokens ``i .. i+n-1`` and the actors around it, as the role rules read them."""

    i: int
    n: int
    entry: Entry
    possessive: bool
    tokens: list[Token]
    actors: list[Actor]
    hit_starts: list[int]
    criticisms: list[int]  # the starts of patient hits of negative weight (انتقد، أدان)

    def __post_init__(self) -> None:
        clause = self.tokens[self.i].clause
        self.here = [a for a in self.actors if self.tokens[a.first].clause == clause]
        self.after = [a for a in self.here if a.first >= self.i + self.n]
        self.before = [a for a in self.here if a.last < self.i]
        self.free_after = [a for a in self.after if not a.governor]

    def may_be_doer(self, actor: Actor, *, owner: bool = False) -> bool:
        """Whether a fallback rule (an actor found before the word, not next to it) may make
        ``actor`` the doer: not a sufferer, author or speaker (:mod:`helpers.stance_roles`;
        ``owner``: the actor owns the word's pronoun), nor the responder (no preposition's
        object) when a word of response stands between them (``فرضت واشنطن رسوما ردا على
        الإغراق``) or is its verb with على before the word (``كيف سترد الحكومة السورية على هذا
        العدوان``): what is responded to is another's act (``ردت روسيا بإجراءات عدائية`` stays
        Russia's)."""
        return may_be_doer(actor, self.i, self.tokens, self.actors, owner=owner) and not (
            not actor.in_phrase and self._responds(actor)
        )

    def _responds(self, actor: Actor) -> bool:
        """A word of response between the actor and the hit, or its verb with على at most
        two words before the hit (``على هذا العدوان``)."""
        words = [strip_conjunction(t.norm) for t in self.tokens]
        verb = set(words[max(actor.first - 2, 0) : actor.first])
        on = _ON in words[max(self.i - 2, actor.last + 1) : self.i]
        return bool(_RESPONSES.intersection(words[actor.last + 1 : self.i])) or bool(
            _RESPONSES & verb and on
        )


_RESPONSES = function_words("responses")
_VIOLATED = function_words("violated_nouns")
_ON = normalize("على")


def _describes_a_noun(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the adjective at ``i`` follows a noun that is no actor (``المحادثات الناجحة``,
    ``معلومات مخابراتية موثوقة``), agreeing with it in the article: it describes that thing.
    Not after a word that makes it a predicate (``ليس``، ``غير``، ``بأنه``، ``كان``) nor after
    a noun of a matter (``أمر إيجابي``), which only carries the predicate."""
    if i < 1 or tokens[i - 1].clause != tokens[i].clause:
        return False
    before = strip_conjunction(tokens[i - 1].norm)
    agrees = definite(tokens[i].norm) == definite(before)  # تعامل موسكو الأولي متزنا: predicate
    # إن ألمانيا شريك موثوق: an indefinite noun right after an actor that opens a nominal
    # clause (after إن/أن or at the clause's start) is its predicate, and the adjective with it
    # describes the actor (not تأخذ الولايات المتحدة تقارير موثوقة: a verb's object)
    predicate = not definite(before) and any(
        a.last == i - 2
        and not a.in_phrase
        and tokens[a.first].clause == tokens[i].clause
        and (
            a.first == 0
            or tokens[a.first - 1].clause != tokens[a.first].clause
            or strip_conjunction(tokens[a.first - 1].norm) in default_cues().complementizers
        )
        for a in actors
    )
    return (
        agrees
        and not predicate
        and not any(a.first <= i - 1 <= a.last for a in actors)
        and not (before in _PREDICATE_MAKERS or before in default_cues().complementizers)
    )


_PREDICATE_MAKERS = function_words("predicate_makers")


def _new_conjunct(j: int, site: _Site) -> bool:
    """Whether the one word between a hit and the actor after it opens a new conjunct
    (``وشبان``): the actor then belongs to another party, not to the hit's noun."""
    first = site.free_after[0].first
    return first == j + 1 and site.tokens[j].norm.startswith("و") and j not in site.hit_starts


_Targets = list[tuple[Actor, str]]


def hit_targets(
    i: int,
    n: int,
    entry: Entry,
    possessive: bool,
    tokens: list[Token],
    actors: list[Actor],
    starts: tuple[list[int], list[int]],
) -> _Targets:
    """The actor(s) a hit at tokens ``i .. i+n-1`` is about, with the rule that found it: one
    rule set per role (:func:`_mutual_targets`, :func:`_patient_targets`,
    :func:`_judged_targets` for agent and evaluative hits). ``starts``: the starts of the
    evaluative hits and of the negative patient hits among them."""
    site = _Site(i, n, entry, possessive, tokens, actors, *starts)
    if not site.here and entry.role in ("agent", "evaluative") and opens_with_pronoun(i, tokens):
        earlier = [a for a in actors if a.last < i]
        if not earlier or attacked(earlier[-1], tokens) or earlier[-1].governor == "في":
            return []  # الاعتداء على الأراضي السورية ... هو إجراء عدائي: not the victim
        return [(earlier[-1], "antecedent of the pronoun opening the clause")]
    if entry.role == "mutual":
        return _mutual_targets(site)
    if entry.role == "patient":
        return _patient_targets(site)
    return _judged_targets(site)


def _mutual_targets(site: _Site) -> _Targets:
    """A cooperation word: every actor near it in its clause, else the subject of an earlier
    clause (``تنسق واشنطن ...، في تعاون عبر أطلسي``)."""
    near = [a for a in site.here if abs(a.first - site.i) <= _MUTUAL_SCOPE]
    if near:
        return [(a, "near a cooperation word") for a in near]
    earlier = [a for a in site.actors if a.last < site.i and not a.in_phrase]
    return [(earlier[-1], "subject of an earlier clause")] if earlier else []


def _patient_targets(site: _Site) -> _Targets:
    """A word that judges its object: the preposition object, a pronoun object, the owner of
    the object, the pronoun attached to it, the verb's object, else the genitive."""
    i, n, tokens = site.i, site.n, site.tokens
    if judged_act(i, tokens, site.criticisms):
        return []  # انتقد الوزير الدعم الإيراني لسوريا: no stance toward the receiver
    takes_an_act, giver = evaluated_act(i, n, tokens, site.actors, site.hit_starts)
    if takes_an_act:  # ... the giver is the one judged
        return [(giver, "giver of the judged act")] if giver is not None else []
    next_hit = min((j for j in site.hit_starts if j > i), default=len(tokens))
    objects = [
        a
        for a in site.after
        if a.governor in OBJECT_PREPOSITIONS | {"ب", "ل"}
        and a.first < next_hit
        and (a.governor != "مع" or site.entry.weight > 0)  # تضامن مع، not احتجاجات ... مع
        and not victim_of_another_act(a, site.entry, tokens)
    ]
    scope = _VERB_OBJECT_SCOPE if site.entry.pos == "verb" else _NOUN_OBJECT_SCOPE
    if objects and objects[0].first - i <= scope:
        return [(objects[0], f"object after {objects[0].governor}")]
    pronoun = pronoun_object(i + n, tokens, site.actors)
    if pronoun is not None:
        return [(pronoun, "owner of the pronoun after the preposition")]
    owner = object_owner(i + n, tokens, site.actors, next_hit + 1)
    if owner is not None:  # رحبت إسرائيل بقرار الولايات المتحدة، انتقاداتهم لسياسات موسكو
        return [(owner, "owner of the object")]
    doer = _object_relative_doer(site)
    if doer is not None:  # رحب بالخطوات التي أعلنها الرئيس الأمريكي
        return [(doer, "doer in the object's relative clause")]
    if site.possessive:
        return _possessive_targets(site)
    if site.entry.pos == "verb":
        # the subject before the verb: an actor, a definite noun right before it (الجامعة
        # العربية تستنكر قرار إسرائيل) or the pronoun of a complementizer (أنه يدعم بوتين):
        # the first actor after the verb is then its object
        before = tokens[i - 1] if i > 0 and tokens[i - 1].clause == tokens[i].clause else None
        subject_before = any(not a.in_phrase for a in site.before) or (
            before is not None
            and before.norm not in RELATIVES  # في الوقت الذي يحتج فيه إيرانيون
            and (
                strip_conjunction(before.norm).startswith("ال")
                or strip_conjunction(before.norm) in PRONOUN_SUBJECTS
            )
        )
        if i + n in site.hit_starts:  # تدين الاحتلال التركي لمدينة حلب السورية:
            return []  # the object is the act, which is judged itself
        # an actor inside a prepositional phrase is no object (تدين ... في مدينة حلب السورية)
        free = [a for a in site.free_after if not a.in_phrase]
        charged = [
            a
            for a in free[0:1]
            if strip_conjunction(tokens[i].norm) in CHARGING and charge_follows(a.last + 1, tokens)
        ]
        if subject_before or (free and object_after_named_subject(i, n, free[0], tokens)):
            # الجامعة العربية تستنكر ...؛ انتقد الوزير إيران بشدة: the subject is no actor
            found = [(a, "object of the verb after its subject") for a in free[0:1]]
        elif charged:  # تتهم إيران بتزويدهم: the actor before the charge is the object
            found = [(charged[0], "object of the verb before its charge")]
        else:
            # وتدعم الأمم المتحدة والاتحاد الأوروبي: an actor joined by و to the subject is
            # part of it, not the object
            found = [
                (a, "object of the verb")
                for a in free[1:2]
                if not joins_the_subject(free[0], a, tokens)
            ]
        found = objects_past_subject(i, n, tokens, site.actors, free, site.hit_starts, found)
        # أدانت الرئاسة استهداف موكب رئيس الوزراء الفلسطيني: the owner of the act is its victim
        suffering = sufferers(tokens[i].clause, tokens, site.actors)
        return [(a, rule) for a, rule in found if a.actor not in suffering]
    # the owner right after the word, or an adjective after a definite noun there
    # (منتقدا السياسة الأمريكية: the policy is American)
    genitive = [
        a
        for a in site.free_after
        if (a.first == i + n and not a.adjective)
        or (
            a.adjective
            and a.first == i + n + 1
            and definite(tokens[i + n].norm)
            and not tokens[i + n].norm.startswith("و")  # الدعم والتوجيه الإيراني: Iran's
            and i + n not in site.hit_starts
        )
    ]
    accused = _accused_after_charge_noun(site, genitive)
    if accused is not None:  # اتهام موسكو بالضلوع، اتهام لندن موسكو بالوقوف وراء
        return [(accused, "accused before the charge")]
    if genitive and owner_is_agent(i, n, site.entry, genitive[0], tokens):
        return []  # انتقادات ترامب للمملكة، بدعم روسيا: the owner speaks or gives
    return [(a, "genitive after the noun") for a in genitive]


def _accused_after_charge_noun(site: _Site, genitive: list[Actor]) -> Actor | None:
    """The accused after a noun of accusation (``اتهام``): the owner right after it when the
    charge follows it with ب (``اتهام موسكو بالضلوع``: Moscow is accused), or the actor after
    the owner (the accuser) when the charge follows that one (``اتهام لندن موسكو بالوقوف
    وراء``)."""
    if not genitive or normalize(site.entry.term) not in _CHARGE_NOUNS:
        return None
    owner, tokens, i = genitive[0], site.tokens, site.i
    if _accusation_disowned(i, tokens):
        return None
    if charge_follows(owner.last + 1, tokens):
        return owner
    second = next((a for a in site.free_after if a.first == owner.last + 1), None)
    if second is not None and charge_follows(second.last + 1, tokens):
        return second
    return None


_CHARGE_NOUNS = frozenset(normalize(w) for w in ("اتهام", "اتهامات"))


def _accusation_disowned(i: int, tokens: list[Token]) -> bool:
    """Whether the accusation at ``i`` is what its clause refutes or plots rather than a charge
    it reports: a purpose (``لاتهام الحكومة بتنفيذه``، ``بهدف اتهام``), the object of a word of
    describing, denying or rejecting (``واصفا اتهام الحكومة بـ"مسرحيات"``، ``نفت اتهامها``), or
    what a warning warns of (``حذرت روسيا من اتهام النظام``)."""
    word = strip_conjunction(tokens[i].norm)
    if word.startswith("ل") and not word.startswith("ال"):
        return True
    near = tokens[max(i - 2, 0) : i]
    if near and strip_conjunction(near[-1].norm) == _FROM:
        return True
    # واصفا: the word itself, or without its conjunction (ووصف)
    before = {t.norm for t in near} | {strip_conjunction(t.norm) for t in near}
    purpose = role_frames().purpose_markers
    return bool(before & _DISOWNING) or any(purpose.intersection(word_forms(w)) for w in before)


_FROM = normalize("من")
_DISOWNING = frozenset(
    normalize(w)
    for w in (
        "وصف وصفت يصف تصف واصفا واصفة نفى نفت ينفي تنفي نافيا نافية رفض رفضت يرفض ترفض رافضا رافضة"
    ).split()
)


def _object_relative_doer(site: _Site) -> Actor | None:
    """The actor that did or said what a judging word's object names, written in a relative
    clause after the object (``رحب بالخطوات التي أعلنها الرئيس الأمريكي``, ``أدان الهجوم الذي
    شنته إسرائيل``, ``انتقد التطرف الذي تبديه دول الاتحاد``): the object and at most one
    adjective, a relative pronoun, a verb that carries the pronoun of the object, and the actor
    after it (or after one head word) as its subject. Not a verb of suffering or witnessing
    (``بالهجوم الذي شهدته فرنسا``), and not a verb without that pronoun, whose actor is its
    object (``الهجوم الذي استهدف روسيا``). A noun takes its object with a preposition or
    after its pronoun (``ترحيبها بالخطوات``, ``تأييدها الخطوات``); without one, the relative
    after it names its own doer (``الدعم الذي قدمته إيران``), which is no object."""
    i, n, tokens = site.i, site.n, site.tokens
    clause = tokens[i].clause
    if site.entry.pos != "verb" and not site.possessive and not object_follows(i + n, tokens):
        return None  # الدعم المستمر الذي قدمته إيران: the relative names the word's own doer
    for r in range(i + n + 1, min(i + n + _RELATIVE_REACH, len(tokens) - 2)):
        if tokens[r].clause != clause or any(a.first <= r - 1 <= a.last for a in site.actors):
            return None
        if tokens[r].norm in RELATIVES:
            break
    else:
        return None
    verb = tokens[r + 1].norm
    forms = word_forms(verb)
    if not verb.endswith(_RESUMPTIVE) or role_frames().experiencers.intersection(forms):
        return None
    # right after the verb, or after one head word (الرئيس الأمريكي، دول الاتحاد)
    doer = next((a for a in site.free_after if a.first == r + 2 or a.first == r + 3), None)
    if doer is None or doer.actor in sufferers(clause, tokens, site.actors):
        return None
    return doer


_RELATIVE_REACH = 4  # the relative pronoun within three words after the word (object, adjective)
_RESUMPTIVE = ("ه", "ها", "هم", "هما")  # the pronoun of the antecedent on the relative's verb


def _possessive_targets(site: _Site) -> _Targets:
    """The actor an attached pronoun on a patient word refers to (``اتهامها بممارسات``), unless
    the pronoun is a noun before the verb, the speaker, or the one who gives or supports."""
    i, n, tokens = site.i, site.n, site.tokens
    antecedent = next(
        (
            a
            for a in site.actors
            if site.entry.pos == "verb"
            and site.entry.weight < 0  # الأسد الذي تدعمه موسكو: support is an act, no praise
            and i > 1
            and tokens[i - 1].norm in RELATIVES
            and a.last == i - 2
            and not a.governor
        ),
        None,
    )  # الصين، التي اتهمها بسرقة ...: the pronoun on the relative's verb is its antecedent
    if antecedent is not None and pronoun_agrees(tokens[i].norm, antecedent, tokens, owned=True):
        return [(antecedent, "antecedent of the relative, object in the verb's pronoun")]
    if site.entry.pos == "verb" and refers_to_the_noun_before(i, tokens):
        return []  # في خطوة انتقدتها: the pronoun is the step, not an actor
    if pronoun_speaks(i, i + n, site.entry, tokens):
        return []  # تجدد سوريا إدانتها الشديدة لأي استخدام: the pronoun condemns
    # دعمه السياسي والمادي لمجموعة: an object after the word (adjectives between) makes the
    # pronoun the one who supports, not the one supported
    if site.entry.pos == "noun" and direct_object_follows(i + n, tokens, site.actors):
        return []  # ودعمها حرب الانفصاليين: the pronoun supports, what follows is supported
    # لدعمهم السوريين: after a verbal noun that a preposition shows to be one (not أدانتها
    # الأمم المتحدة, a verb and its subject), the actor right after is its object
    noun = strip_conjunction(tokens[i].norm)[:1] in ("ل", "ب") and site.entry.pos == "noun"
    right_after = [a for a in site.free_after if a.first == i + n and noun]
    if right_after:
        return [(right_after[0], "object of the verbal noun")]
    owners = [a for a in site.here if a.last < i and not object_after_adjectives(i + n, tokens)]
    # اتهامها بممارسات: the pronoun is the one accused (the last actor named); not after an
    # indefinite nationality adjective (قس أمريكي تتهمه: the pronoun is the pastor), nor a
    # country for a masculine pronoun (مونديال روسيا ... ينتقدونه)
    if not owners or (owners[-1].adjective and not definite(tokens[owners[-1].first].norm)):
        return []
    if not pronoun_agrees(tokens[i].norm, owners[-1], tokens, owned=True):
        return []
    return [(owners[-1], "object in the attached pronoun")]


def _judged_targets(site: _Site) -> _Targets:
    """An agent or evaluative word: what it owns or describes (:func:`_owned_targets`), else
    the doer: the subject of a verb, the actor right after a noun, the nearest actor before,
    the subject of an earlier clause."""
    owned = _owned_targets(site)
    if owned is not None:
        return owned
    i, n, entry, tokens = site.i, site.n, site.entry, site.tokens
    subjects = [a for a in site.before if not a.in_phrase]
    if entry.role == "agent" and entry.pos == "verb":
        if subjects and i - subjects[-1].last <= _SUBJECT_SCOPE:
            return [(subjects[-1], "subject before the verb")]
        after = [
            a
            for a in site.free_after[:1]
            if a.first - (i + n) < _SUBJECT_SCOPE
            and not object_after_verb(i + n, a, tokens)
            and strip_conjunction(tokens[a.first - 1].norm) not in _VIOLATED
            and not follows_a_subject_relative(i, tokens)
        ]  # not تقوض مستقبل سورية, تنتهك السيادة السورية, an actor far after, الذي يهدد إيران
        return [(a, "subject after the verb") for a in after]
    constituted, antecedent = relative_antecedent(i, tokens, site.actors)
    if constituted:  # الصواريخ الروسية التي تشكل انتهاكا: what the relative's noun is
        return [(antecedent, "antecedent of the relative it is said of")] if antecedent else []
    if entry.pos != "adj" and site.free_after and site.free_after[0].first <= i + n + 1:
        if not _new_conjunct(i + n, site):  # جيش الاحتلال وشبان فلسطينيين: another party
            return [(site.free_after[0], "actor right after the word")]
    if entry.pos == "noun":  # a noun's doer is the subject of its clause, not any actor before
        subjects = [a for a in subjects if opens_its_clause(a, tokens)]
    if entry.pos == "adj" and entry.weight > 0 and _describes_a_noun(i, tokens, site.actors):
        return []  # المحادثات الناجحة، معلومات موثوقة: praise of a thing, not of an actor
    if subjects:
        nearest = subjects[-1]
        if not site.may_be_doer(nearest):
            return []
        return [(nearest, "nearest actor before, outside prepositional phrases")]
    clause = tokens[i].clause
    earlier = [
        a
        for a in site.actors
        if opens_its_clause(a, tokens) and not a.in_phrase and tokens[a.first].clause < clause
    ]
    if earlier and (
        not site.may_be_doer(earlier[-1]) or known_act(i, entry, tokens) or pointed_act(i, tokens)
    ):
        return []  # مسؤولية الاغتيال، هذه الجريمة: an act named elsewhere
    if earlier and not (entry.pos == "adj" and describes_an_owned_noun(i, tokens, site.actors)):
        # أعلن الحلف ...، في خطوة تصعيدية: the sentence's subject, before the comma. Only the
        # subject that opens its clause: an actor named later in an earlier clause is often
        # the victim of what follows (... لقوات الأمن الأوكرانية، التي نجحت في إبطال الجريمة)
        return [(earlier[-1], "subject of an earlier clause")]
    return []


def _owned_targets(site: _Site) -> _Targets | None:
    """The rules that read what a judged word owns or describes; None when none applies."""
    i, n, entry, tokens = site.i, site.n, site.entry, site.tokens
    judged = entry.role == "agent" or entry.weight < 0  # العنف من جانب القوات الإسرائيلية
    marked, agent = named_agent(i + n, tokens, site.after) if judged else (0, None)
    if marked:  # تعرضت أوكرانيا لعدوان من قبل روسيا؛ تدخل من قبل قائد الفريق: no actor
        return [(agent, "agent after من قبل")] if agent is not None else []
    if entry.pos == "adj" and describes_a_third_party(i, tokens):
        return []  # طرد التنظيمات الإرهابية: the adjective describes the group
    if site.possessive:
        return _pronoun_owner(site)
    # النظام السوري الوحشي: an adjective after an actor's adjective that describes a
    # definite noun describes that noun too (not ذكريات الروس السيئة: الروس are people)
    follows = [
        a
        for a in site.before
        if a.last == i - 1 and a.adjective and a.first > 0 and definite(tokens[a.first - 1].norm)
    ]
    if entry.pos == "adj" and follows:
        return [(follows[0], "adjective after the actor's adjective")]
    owner = owner_of_described_noun(i, tokens, site.before, site.actors)
    if entry.pos == "adj" and owner is not None:
        return [(owner, "adjective of the noun the actor owns")]
    if entry.pos == "adj" or (entry.role == "agent" and entry.pos == "noun"):
        relative = relative_subject(i + n, tokens, site.free_after)
        if relative is not None:  # الجرائم التي ارتكبها الاحتلال الإسرائيلي
            if relative.actor in sufferers(tokens[relative.first].clause, tokens, site.actors):
                return []  # العدوان الذي تتعرض له سوريا: the relative clause names the victim
            return [(relative, "subject of the relative clause after it")]
        if names_another_doer(i + n, tokens, site.actors):
            return []  # الجريمة التي ارتكبها الإرهابيون: the doer is named, and no actor
    # النشاط الخبيث للصين، الهجمات الاستفزازية للنظام الإيراني (an adjective after ل + noun)
    owner_after = next(
        (
            a
            for a in site.after
            if a.first in (i + n, i + n + 1) and a.governor == "ل" and not judges_it(a, tokens)
        ),
        None,
    )  # not مقبولة بالنسبة للاتحاد: the one it is acceptable to
    if entry.pos == "adj" and owner_after is not None and not follows_an_act(i, tokens):
        # but احتلالها غير الشرعي لأوكرانيا: ل marks the act's victim
        return [(owner_after, "owner after the adjective")]
    if entry.pos == "noun" and non_actor_owner(i, n, tokens, site.actors):
        return []  # فشل المفاوضات، دعم الإرهاب: the word is about its owner, not an actor
    if entry.role == "agent" and entry.pos == "noun" and doer_is_no_actor(site.i, n, tokens, site):
        return []  # غزو أوكرانيا، اغتيال رئيس الوزراء الإسرائيلي، جيش الاحتلال
    return None


def _pronoun_owner(site: _Site) -> _Targets:
    """The actor an attached pronoun on a judged word refers to (``عدوانه``, ``انتهاكاتها``)."""
    i, entry, tokens = site.i, site.entry, site.tokens
    if entry.role == "agent" and normalize(entry.term) in role_frames().genitive_patient:
        return []  # اغتياله، احتلالها: the pronoun suffers the act; its doer is not named
    # the owner of عدوانه is an actor named as such (تركيا، على روسيا), not one that only
    # qualifies a noun inside a prepositional phrase (بين مكونات الشعب السوري)
    # nor a place (لندن after في: where it happened, not who did it)
    owners = [
        a
        for a in site.actors
        if a.last < i
        and (
            a.governor not in ("", PLACE_PREPOSITION)
            or not a.in_phrase
            or written_before(a, i, tokens)
        )
    ]
    if owners and refers_to_the_act_before(i, owners[-1].last, tokens, site.hit_starts):
        return []  # مجزرة الاحتلال وإرهابه: the pronoun is the occupation, no actor
    if owners and not pronoun_agrees(tokens[i].norm, owners[-1], tokens):
        return []  # كأس العالم بروسيا ... بسبب خيانته: a country is no "ه"
    if not owners or not site.may_be_doer(owners[-1], owner=True):
        return []
    if penalised_another(owners[-1], i, tokens) or bloc_between(owners[-1], i, tokens):
        return []  # الغرامة التي فرضها الاتحاد على غوغل لانتهاكها: the fined one violated
    return [(owners[-1], "owner of the attached pronoun")]


NAMED_DOER_RULES = frozenset(
    {
        "actor right after the word",
        "adjective after the actor's adjective",
        "adjective of the noun the actor owns",
        "owner after the adjective",
        "subject of the relative clause after it",
        "antecedent of the relative it is said of",
        "agent after من قبل",
    }
)
"""The rules that find the doer written with a hostile word itself (``التدخلات الإيرانية``,
``النزعة العدوانية للنظام الإيراني``, ``الجرائم التي ارتكبها``), the only ones a countered
word (``مواجهة``، ``مكافحة``، ``رفض``) may still attach to."""
_SUBJECT_SCOPE = 3  # words from a subject to its hostile verb (روسيا تواصل ... تهدد)

"""Which actor a lexicon hit is about: one rule set per role of the hit.

:mod:`helpers.stance_rules` finds the hits of a sentence; :func:`hit_targets` reads the actors
around one hit and returns the one(s) it is about, each with the rule that found it. The role
is the hit's ``role`` and part of speech:

* **patient** (``إدانة``, ``دعم``, ``ترحيب``): the actor a preposition puts after it
  (``ترحيب بالموقف الأمريكي``), the owner of that object (``رحبت ... بقرار الولايات المتحدة``),
  the object of a verb, else the genitive right after a noun, unless that owner is its agent
  (``انتقادات ترامب للمملكة``, ``بدعم روسيا``);
* **mutual** (``تعاون``): every actor within six words in its clause, else an earlier subject;
* **agent** and **evaluative**: the doer of the act or the one judged
  (:mod:`helpers.stance_doers`).

A verb of evaluation whose object is itself an evaluated act (``تدين الاحتلال التركي``) judges
only through that act. The readings of objects, owners and doers these rules use are
:mod:`helpers.stance_syntax`, the roles of acts :mod:`helpers.stance_roles` and
:mod:`helpers.stance_acts`.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.pronoun_owners import PRONOUN_SUBJECTS, pronoun_fits
from helpers.speech_parts import cue_stem, has_object_pronoun
from helpers.stance_acts import (
    evaluated_act,
    judged_act,
)
from helpers.stance_clauses import (
    RESUMPTIVE,
    Actor,
    Token,
    definite,
    words_apart,
)
from helpers.stance_doers import HitSite, Targets, judged_targets
from helpers.stance_hits import EARLIER_SUBJECT_RULE, JUDGED_WORDS_RULE, object_rule
from helpers.stance_lexicon import Entry, experienced, role_frames, word_forms
from helpers.stance_objects import (
    body_of_an_office,
    destination_of_a_visit,
    inside_the_charge,
    object_owner,
    object_start,
    objects_past_subject,
    opposed,
    partisans_object,
    past_a_pronoun,
    said_as_we,
    title_body_after_verb,
)
from helpers.stance_roles import (
    attacked,
    pronoun_speaks,
    refers_to_the_noun_before,
    sufferers,
    victim_of_another_act,
)
from helpers.stance_senses import ACCUSING
from helpers.stance_support import GENITIVE_RULE, of_an_economy, shown_favor
from helpers.stance_syntax import (
    CHARGING,
    OBJECT_PREPOSITIONS,
    RELATIVES,
    after_a_relative,
    charge_follows,
    direct_object_follows,
    joins_the_subject,
    object_after_adjectives,
    object_after_named_subject,
    object_follows,
    object_of_a_joined_verb,
    opens_its_clause,
    opens_with_pronoun,
    owner_is_agent,
    owner_phrase,
    pronoun_phrase,
)
from helpers.verb_objects import state_object, thing_right_after
from helpers.verb_subjects import subject_follows
from helpers.what_clauses import WHAT, what_subject

__all__ = ["hit_targets"]

_MUTUAL_SCOPE = 6  # words either side of a cooperation word
_NOUN_OBJECT_SCOPE = 6  # words from a patient noun to its preposition object
_VERB_OBJECT_SCOPE = 9  # ... from a verb, whose subject may stand between (أشاد وزير ... بالموقف)


def hit_targets(
    i: int,
    n: int,
    entry: Entry,
    possessive: bool,
    tokens: list[Token],
    actors: list[Actor],
    starts: tuple[list[int], list[int], list[Actor]],
) -> Targets:
    """The actor(s) a hit at tokens ``i .. i+n-1`` is about, with the rule that found it: one
    rule set per role (:func:`_mutual_targets`, :func:`_patient_targets`,
    :func:`~helpers.stance_doers.judged_targets` for agent and evaluative hits). ``starts``:
    the starts of the evaluative hits, of the negative patient hits, and the other parties."""
    site = HitSite(i, n, entry, possessive, tokens, actors, *starts)
    if not site.here and entry.role in ("agent", "evaluative") and opens_with_pronoun(i, tokens):
        earlier = [a for a in actors if a.last < i]
        if not earlier or attacked(earlier[-1], tokens) or earlier[-1].governor == "في":
            return []  # الاعتداء على الأراضي السورية ... هو إجراء عدائي: not the victim
        if not (_ends_its_clause(earlier[-1], tokens) or opens_its_clause(earlier[-1], tokens)):
            return []  # تواصلها مع ويكيليكس، وهي منظمة معادية: the nearer noun is described
        return [(earlier[-1], "antecedent of the pronoun opening the clause")]
    if entry.role == "mutual":
        return _mutual_targets(site)
    if entry.role == "patient":
        return _patient_targets(site)
    return judged_targets(site)


def _ends_its_clause(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is the last word of its clause (``لحلف الناتو، وهي سياسة``): a clause
    opening with a pronoun describes the last noun before it, or the clause's subject (``إن
    القرار الأمريكي باطل، وهو مرفوض``), not an actor with another noun after it."""
    j = actor.last + 1
    return j >= len(tokens) or tokens[j].clause != tokens[actor.last].clause


def _mutual_targets(site: HitSite) -> Targets:
    """A cooperation word: every actor near it in its clause, else the subject of an earlier
    clause (``تنسق واشنطن ...، في تعاون عبر أطلسي``)."""
    near = [a for a in site.here if abs(a.first - site.i) <= _MUTUAL_SCOPE]
    if near:
        return [(a, "near a cooperation word") for a in near]
    earlier = [a for a in site.actors if a.last < site.i and not a.in_phrase]
    return [(earlier[-1], EARLIER_SUBJECT_RULE)] if earlier else []


def _accused_unnamed(site: HitSite) -> bool:
    """Whether a participle of accusing (``متهمة``) names no actor as the accused right after
    it (``متهمة اللاعب باغتصابها``; ``متهمة النخبة الأمريكية``: an adjective one word on):
    its accused is its object there, so no actor further on (the pronoun of the charge, a
    place) is accused."""
    i, n = site.i, site.n
    accusing = normalize(site.entry.term) in ACCUSING
    return accusing and not any(a.first in (i + n, i + n + 1) for a in site.after)


def _patient_targets(site: HitSite) -> Targets:
    """A word that judges its object: the preposition object, a pronoun object, the owner of
    the object, the pronoun attached to it, the verb's object, else the genitive."""
    i, n, tokens = site.i, site.n, site.tokens
    # انتقد الوزير الدعم الإيراني لسوريا: no stance toward the receiver; متهمة اللاعب
    # باغتصابها: the accused is no actor; يندد به الفلسطينيون: the object is the pronoun
    if (
        judged_act(i, tokens, site.criticisms)
        or _accused_unnamed(site)
        or _object_is_a_pronoun(site)
    ):
        return []
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
        and not body_of_an_office(i, a, tokens, site.actors)
        and not (site.entry.pos == "verb" and title_body_after_verb(i + n, a, tokens, site.actors))
        and not destination_of_a_visit(i, a, tokens)
        and not opposed(i + n, a, site.entry.weight, tokens)
        and not partisans_object(i + n, a, tokens)
    ]
    scope = _VERB_OBJECT_SCOPE if site.entry.pos == "verb" else _NOUN_OBJECT_SCOPE
    if objects and words_apart(i, objects[0].first, tokens) <= scope:
        return [(objects[0], object_rule(objects[0].governor))]
    reach = _VERB_OBJECT_SCOPE if site.entry.pos == "verb" else 0  # past a verb's subject
    owner = object_owner(i + n, tokens, site.actors, next_hit + 1, reach)
    if owner is not None and not opposed(i + n, owner, site.entry.weight, tokens):
        return [(owner, "owner of the object")]  # رحبت إسرائيل بقرار الولايات المتحدة
    doer = _object_relative_doer(site) or _doer_of_what(site)
    if doer is not None:  # رحب بالخطوات التي أعلنها الرئيس الأمريكي، ندد بما تقوم به إيران
        return [(doer, "doer in the object's relative clause")]
    if site.possessive:
        return _possessive_targets(site)
    if site.entry.pos == "verb":
        return _verb_targets(site)
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
    if genitive and owner_is_agent(i, n, site.entry, genitive[0], tokens, site.actors):
        return []  # انتقادات ترامب للمملكة، بدعم روسيا: the owner speaks or gives
    return [(a, GENITIVE_RULE) for a in genitive]


def _object_is_a_pronoun(site: HitSite) -> bool:
    """Whether a verb of evaluation takes its object as ب or ل with a pronoun right after it
    (``في خطوة نددت بها إيران``، ``يندد به الفلسطينيون``): the object is what the pronoun
    refers to, and the actor after it is the verb's subject. Not a verb of charging, whose
    passive names the accused there (``الهجوم الذي اتهمت به دمشق``)."""
    i, n, tokens = site.i, site.n, site.tokens
    verb = site.entry.pos == "verb" and strip_conjunction(tokens[i].norm) not in CHARGING
    return verb and i + n < len(tokens) and pronoun_phrase(tokens[i + n].norm)


def _author_of_judged_words(site: HitSite) -> Actor | None:
    """The author of the criticism, accusation or warning that a verb of condemning or
    criticising takes as its object (``دانت بيونغ يانغ انتقادات الولايات المتحدة``, ``استنكرت
    موسكو الاتهامات البريطانية``): to condemn an actor's words is to be against that actor. The
    words are the first hit after the verb, a direct object (no preposition before them, a
    subject may stand between), and their author the actor right after them or the adjective
    of the definite noun. Not a verb of rejecting or denying (``رفضت الصين الاتهامات
    الأمريكية``: self-defence, a shifter, never here)."""
    i, n, tokens = site.i, site.n, site.tokens
    if site.entry.weight >= 0:
        return None
    j = next((k for k in site.hit_starts if k >= i + n), -1)
    if j < 0 or j - (i + n) > _VERB_OBJECT_SCOPE or j + 1 >= len(tokens):
        return None
    if tokens[j].clause != tokens[i].clause or not _JUDGED_WORDS.intersection(
        word_forms(tokens[j].norm)
    ):
        return None
    if any(tokens[k].prefix_prep or tokens[k].norm in OBJECT_PREPOSITIONS for k in range(i, j + 1)):
        return None  # ندد في كلمته ...، بالانتقادات: not a direct object
    author = next((a for a in site.free_after if a.first == j + 1), None)
    if author is None or (author.adjective and not definite(tokens[j].norm)):
        return None
    return author


_JUDGED_WORDS = frozenset(
    normalize(w)
    for w in "انتقاد انتقادات اتهام اتهامات تنديد إدانة استنكار تحذير تحذيرات تهديد تهديدات".split()
)


def _accused_after_charge_noun(site: HitSite, genitive: list[Actor]) -> Actor | None:
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
    # واصفا: the word itself, or without its conjunction (ووصف); past a subject of up to
    # three words (رفضت الخارجية الصينية اتهامات واشنطن بسرقة: not Washington accused)
    verb = [t for t in tokens[max(i - 4, 0) : i] if t.clause == tokens[i].clause]
    before = {t.norm for t in verb} | {strip_conjunction(t.norm) for t in verb}
    purpose = role_frames().purpose_markers
    return bool(before & _DISOWNING) or any(purpose.intersection(word_forms(w)) for w in before)


_FROM = normalize("من")
_DISOWNING = frozenset(
    normalize(w)
    for w in (
        "وصف وصفت يصف تصف واصفا واصفة نفى نفت ينفي تنفي نافيا نافية رفض رفضت يرفض ترفض رافضا رافضة"
    ).split()
)


def _object_relative_doer(site: HitSite) -> Actor | None:
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
    reach = _VERB_OBJECT_SCOPE if site.entry.pos == "verb" else 0  # أشاد عدد من الحجاج بالجهود
    start = object_start(i + n, tokens, site.actors, reach)  # التي تقدمها: past the subject
    for r in range(start + 1, min(start + _RELATIVE_REACH, len(tokens) - 2)):
        if tokens[r].clause != clause or any(a.first <= r - 1 <= a.last for a in site.actors):
            return None
        if tokens[r].norm in RELATIVES:
            break
    else:
        return None
    verb = tokens[r + 1].norm
    if not verb.endswith(RESUMPTIVE) or experienced(verb):
        return None
    # right after the verb, or after one head word (الرئيس الأمريكي، دول الاتحاد)
    doer = next((a for a in site.free_after if a.first == r + 2 or a.first == r + 3), None)
    if doer is None or doer.actor in sufferers(clause, tokens, site.actors):
        return None
    return doer


_SPONSORING = function_words("sponsoring_nouns")  # دعم، تمويل: acts of giving, not endorsement


def _doer_of_what(site: HitSite) -> Actor | None:
    """The actor that did or said what a judging word's object ``ما`` names (``ندد بما تقوم
    به إيران``، ``أدانت الوزارة ما قامت به القوات الإسرائيلية``، ``أشاد بما حققته روسيا``):
    ``ما`` (alone, with ب or ل, or مما) right after the word or past a verb's subject, a verb
    that carries the pronoun of ``ما`` or has it after a preposition (``قامت به``), and the
    actor right after that as its subject (or closing its definite head: ``القوات
    الإسرائيلية``). Not a verb of suffering (``مما تتعرض له إيران``), nor
    an actor after a preposition."""
    i, n, tokens = site.i, site.n, site.tokens
    clause = tokens[i].clause
    reach = _SUBJECT_BEFORE_WHAT if site.entry.pos == "verb" else 0
    what = next(
        (
            k
            for k in range(i + n, min(i + n + reach + 1, len(tokens) - 2))
            if tokens[k].clause == clause and strip_conjunction(tokens[k].norm) in WHAT
        ),
        None,
    )
    if what is None or any(
        tokens[k].prefix_prep or tokens[k].norm in OBJECT_PREPOSITIONS for k in range(i + n, what)
    ):
        return None
    doer = what_subject(what, tokens, site.free_after)
    if doer is None or doer.actor in sufferers(clause, tokens, site.actors):
        return None
    return doer


_IN = normalize("في")
_SUBJECT_BEFORE_WHAT = 4  # words of a verb's subject before its object ما (أدانت وزارة الخارجية ما)
_RELATIVE_REACH = 4  # the relative pronoun within three words after the word (object, adjective)


def _verb_targets(site: HitSite) -> Targets:
    """The object of a verb of evaluation: the first actor after it when its subject stands
    before it, the accused before a charge, the owner of a thing right after it, else the
    actor after its subject; never the one who suffers the judged act."""
    i, n, tokens = site.i, site.n, site.tokens
    we = said_as_we(i, n, site.entry.term, tokens, site.free_after)  # ندين إيران
    subject_before = _subject_before_verb(site) or we or state_object(i, n, tokens)
    author = _author_of_judged_words(site)
    if author is not None:  # دانت بيونغ يانغ انتقادات الولايات المتحدة: the critic
        return [(author, JUDGED_WORDS_RULE)]
    if i + n in site.hit_starts:  # تدين الاحتلال التركي لمدينة حلب السورية:
        return []  # the object is the act, which is judged itself
    if n == 1 and has_object_pronoun(tokens[i].norm, default_cues()):
        return []  # المواطنين الذين تتهمهم واشنطن: the object is the pronoun, the actor speaks
    # an actor inside a prepositional phrase is no object (تدين ... في مدينة حلب السورية)
    free = [
        a
        for a in site.free_after
        if not a.in_phrase
        and not object_of_a_joined_verb(i + n, a, tokens, site.actors)
        and not past_a_pronoun(i + n, a, tokens)
    ]
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
    elif free and thing_right_after(i + n, free[0], tokens, site.hit_starts):
        # وثمن الموقف البريطاني: the subject said before, the verb's object is a thing
        found = [(free[0], "owner of the object")]
    else:
        # وتدعم الأمم المتحدة والاتحاد الأوروبي: an actor joined by و to the subject is
        # part of it, not the object
        found = [
            (a, "object of the verb")
            for a in free[1:2]
            if not joins_the_subject(free[0], a, tokens)
        ]
    found = objects_past_subject(
        i, n, tokens, site.actors, free, site.hit_starts, found, site.entry.weight < 0
    )
    found = [(a, rule) for a, rule in found if not inside_the_charge(i, a, tokens)]
    # أدانت الرئاسة استهداف موكب رئيس الوزراء الفلسطيني: the owner of the act is its victim
    suffering = sufferers(tokens[i].clause, tokens, site.actors)
    return [(a, rule) for a, rule in found if a.actor not in suffering]


def _subject_before_verb(site: HitSite) -> bool:
    """Whether the verb of evaluation at ``site`` has its subject before it: an actor, a
    definite noun right before it (``الجامعة العربية تستنكر قرار إسرائيل``), the pronoun of a
    complementizer (``أنه يدعم بوتين``), the antecedent of a relative (``واشنطن، التي
    انتقدت``) or a document it describes (``بيانا يدين روسيا``): the first actor after the
    verb is then its object."""
    i, tokens = site.i, site.tokens
    if any(not a.in_phrase for a in site.before) or _said_by_antecedent(tokens, i):
        return True
    if _describes_a_document(i, tokens):
        return True
    if i == 0 or tokens[i - 1].clause != tokens[i].clause:
        return False
    before = tokens[i - 1].norm
    word = strip_conjunction(before)
    return (
        before not in RELATIVES  # في الوقت الذي يحتج فيه إيرانيون
        and word not in default_cues().boundaries  # صباح الأحد
        and (word.startswith("ال") or word in PRONOUN_SUBJECTS)
    )


def _describes_a_document(i: int, tokens: list[Token]) -> bool:
    """Whether the verb of evaluation at ``i`` describes the indefinite statement or document
    right before it (``أصدر المجلس بيانا يدين روسيا``، ``نشر تغريدة ينتقد فيها إيران``: a
    clause with no relative pronoun, ``[document_nouns]``): the document is its subject, so the
    first actor after it is its object."""
    if i == 0 or tokens[i - 1].clause != tokens[i].clause:
        return False
    return strip_conjunction(tokens[i - 1].norm) in _DOCUMENTS


_DOCUMENTS = function_words("document_nouns")


def _said_by_antecedent(tokens: list[Token], i: int) -> bool:
    """Whether the verb of evaluation at ``i`` opens a relative clause whose subject is the
    relative's noun (``واشنطن، التي انتقدت الحكومة الإيرانية``, ``المسؤولون الذين اتهموا
    روسيا``): it carries no object pronoun and its clause names no subject of its own
    (``الذي وصفه تقرير``, ``الذي اتهم فيه``, ``التي تتهم واشنطن نظامها``:
    :func:`helpers.verb_subjects.subject_follows`), so the first actor after it is its
    object."""
    if i == 0 or tokens[i - 1].norm not in RELATIVES:
        return False
    cues = default_cues()
    verb = tokens[i].norm
    if cue_stem(verb, cues) is None or has_object_pronoun(verb, cues):
        return False
    words = [t.norm for t in tokens[i + 1 :] if t.clause == tokens[i].clause]
    return not subject_follows(verb, words, cues)


DIRECT_OBJECT_OWNER_RULE = "owner of the verbal noun's direct object"


def _direct_object_owner(j: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The actor that owns the direct object at ``j`` of a possessed verbal noun (``أعلن تأييده
    عودة روسيا``، ``أعربت عن تأييدها قرار ترامب``، ``انتقاده سياسات الحكومة الإيرانية``): its
    owner right after it, the adjective closing a definite owner (``سياسة الحكومة
    الإيرانية``) or an owner phrase (``تصريحات وزير الخارجية الأمريكي``). Not the one who
    suffers what the object names (``إدانتها استهداف الجيش السوري``، ``إدانته مقتل
    الفلسطينيين``: :func:`~helpers.stance_roles.sufferers`)."""
    if j + 1 >= len(tokens) or role_frames().genitive_patient.intersection(
        word_forms(tokens[j].norm)
    ):
        return None
    owner = next(
        (
            a
            for a in actors
            if not a.governor
            and tokens[a.first].clause == tokens[j].clause
            and (
                (a.first == j + 1 and not a.adjective)
                or (a.adjective and a.first == j + 2 and definite(tokens[j + 1].norm))
                or owner_phrase(a, tokens) == j + 1
            )
        ),
        None,
    )
    if owner is None or owner.actor in sufferers(tokens[j].clause, tokens, actors):
        return None
    return owner


def _possessive_targets(site: HitSite) -> Targets:
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
            and a.governor != _IN
        ),
        None,
    )  # الصين، التي اتهمها، من الصين التي تتهمها: the relative's antecedent (not a place, في)
    if antecedent is not None and pronoun_fits(tokens[i].norm, antecedent, tokens, owned=True):
        return [(antecedent, "antecedent of the relative, object in the verb's pronoun")]
    if site.entry.pos == "verb" and after_a_relative(i, tokens):
        return []  # غولن الذي تتهمه أنقرة، الشيعي الذي تدعمه لندن: the pronoun is no actor
    if site.entry.pos == "verb" and refers_to_the_noun_before(i, tokens):
        return []  # في خطوة انتقدتها: the pronoun is the step, not an actor
    if pronoun_speaks(i, i + n, site.entry, tokens):
        return []  # تجدد سوريا إدانتها الشديدة لأي استخدام: the pronoun condemns
    # دعمه السياسي والمادي لمجموعة: an object after the word (adjectives between) makes the
    # pronoun the one who supports, not the one supported
    if site.entry.pos == "noun" and direct_object_follows(i + n, tokens, site.actors):
        # ودعمها حرب الانفصاليين: the pronoun supports, what follows is supported, and the
        # actor who owns that object is the one judged (تأييدها قرار ترامب)
        if not _SPONSORING.isdisjoint(word_forms(tokens[i].norm)):
            return []  # لدعمها رئيس النظام السوري: support given is an act, no praise
        owner = _direct_object_owner(i + n, tokens, site.actors)
        return [(owner, DIRECT_OBJECT_OWNER_RULE)] if owner is not None else []
    # لدعمهم السوريين: after a verbal noun that a preposition shows to be one (not أدانتها
    # الأمم المتحدة, a verb and its subject), the actor right after is its object
    noun = strip_conjunction(tokens[i].norm)[:1] in ("ل", "ب") and site.entry.pos == "noun"
    right_after = [a for a in site.free_after if a.first == i + n and noun]
    if right_after:
        return [(right_after[0], "object of the verbal noun")]
    owners = [a for a in site.here if a.last < i and not object_after_adjectives(i + n, tokens)]
    # اتهامها بممارسات: the pronoun is the one accused (the last actor named); not after an
    # indefinite nationality adjective (قس أمريكي تتهمه: the pronoun is the pastor), nor after
    # one of a currency or an economy (``[economy_nouns]``), nor a country for a masculine
    # pronoun (مونديال روسيا ... ينتقدونه)
    if not owners or (owners[-1].adjective and not definite(tokens[owners[-1].first].norm)):
        return []
    if of_an_economy(owners[-1], tokens):
        return []  # الليرة التركية لدعمها: the pronoun is the currency, not the state
    agrees = pronoun_fits(tokens[i].norm, owners[-1], tokens, owned=True)
    if shown_favor(site.entry) or not agrees:  # ترحيبه، تضامنها: the one who shows the favor
        return []
    return [(owners[-1], "object in the attached pronoun")]

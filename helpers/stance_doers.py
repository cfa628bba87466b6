"""Who did what an agent or evaluative word names, and the hit's site every role rule reads.

:func:`judged_targets` reads the actors around a hostile act (``عدوان``, ``انتهاك``, ``تهديد``)
or an evaluative word (``نجاح``, ``غير مقبول``) and returns its doer with the rule that found it:

* **agent**: the adjective or genitive right after a noun (``العدوان الروسي``) unless it
  suffers the act (``غزو أوكرانيا``) or owns what it harms (``تقويض لجهود واشنطن``), an attached
  pronoun's owner, the subject of a relative clause after it (``الجرائم التي ارتكبها``) or of
  the ``ما`` clause it tells (:mod:`helpers.what_clauses`), else the subject before it;
* **evaluative**: the genitive right after a noun, an owner after an adjective (``النشاط
  الخبيث للصين``), else the nearest actor before it outside prepositional phrases; an
  adjective of a thing that is no deed (``العيوب الكارثية في الصفقة``) judges no actor.

The fallbacks (the nearest actor before, an earlier clause's subject, an attached pronoun's
owner) never pick the victim of the act in its clause nor a verb of saying's subject (``وطلب
السفير الفلسطيني وقف المجزرة ضد الشعب الفلسطيني``; :meth:`HitSite.may_be_doer`).
:class:`HitSite`, a hit and the actors around it, is shared with :mod:`helpers.stance_targets`.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import default_cues, function_words
from helpers.earlier_subjects import earlier_subject
from helpers.judging_subjects import judges_the_word
from helpers.other_parties import of_an_indefinite_noun, stands_nearer
from helpers.pronoun_owners import named_as_patron, object_pronoun, pronoun_fits
from helpers.speech_parts import NISBA, has_preposition
from helpers.stance_acts import (
    bloc_between,
    describes_a_third_party,
    known_victory,
    lexicon_verb,
    named_as_a_topic,
    not_the_doers_act,
    penalised_another,
    place_of_a_situation,
)
from helpers.stance_agency import (
    AIMS,
    doer_apart,
    harms_a_thing,
    state_of_a_thing,
    threat_not_posed,
)
from helpers.stance_clauses import (
    PREPOSITIONS,
    RESUMPTIVE,
    Actor,
    Token,
    classified,
    definite,
    noun_subject_after_complementizer,
    owner_of_described_noun,
)
from helpers.stance_hits import EARLIER_SUBJECT_RULE, NEAREST_BEFORE
from helpers.stance_lexicon import Entry, experienced, role_frames, word_forms
from helpers.stance_relatives import relative_antecedent
from helpers.stance_roles import (
    doer_is_no_actor,
    follows_a_subject_relative,
    follows_an_act,
    may_be_doer,
    named_agent,
    names_another_doer,
    object_after_verb,
    refers_to_the_act_before,
    sufferers,
)
from helpers.stance_shares import share_owner
from helpers.stance_syntax import (
    PLACE_PREPOSITION,
    RELATIVES,
    compelled,
    judges_it,
    non_actor_owner,
    opens_its_clause,
    relative_subject,
    subject_of_its_own,
    written_before,
)
from helpers.threat_acts import maker_after, threat_content
from helpers.what_clauses import WHAT_DOER_RULE, explained_deed_doer

__all__ = ["NAMED_DOER_RULES", "HitSite", "Targets", "judged_targets"]


@dataclass
class HitSite:
    """A hit at tokens ``i .. i+n-1`` and the actors around it, as the role rules read them."""

    i: int
    n: int
    entry: Entry
    possessive: bool
    tokens: list[Token]
    actors: list[Actor]
    hit_starts: list[int]
    criticisms: list[int]  # the starts of patient hits of negative weight (انتقد، أدان)
    others: list[Actor]  # mentions dropped as no state (other_parties: they still stand between)

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
        Russia's). Nor, unless it owns the word's pronoun, an actor named before a relative
        clause that tells another act (``لمواجهة التهديدات الإلكترونية التي تعتمد على
        زعزعة``: the clause describes the threats), an actor driven to the act (``ما اضطر
        الحلف إلى التدخل``: reported, not judged), or one that does not do the act of the noun
        an adjective describes (``بسبب التسعير غير الشرعي``: a reason), nor one farther from the
        word than another party (:func:`~helpers.other_parties.stands_nearer`)."""
        return (
            may_be_doer(actor, self.i, self.tokens, self.actors, owner=owner)
            and not (not actor.in_phrase and self._responds(actor))
            and not (not owner and self._in_a_relative_of_an_act(actor))
            and not compelled(actor, self.i, self.tokens)
            and not (not owner and self._adjective_of_another(actor))
            and not stands_nearer(actor, self.i, self.n, self.entry.pos, self.tokens, self.others)
        )

    def _in_a_relative_of_an_act(self, actor: Actor) -> bool:
        """Whether a relative pronoun stands between ``actor`` and the hit in their one clause,
        and its antecedent, within three words before it, is another hostile or judged word
        (``لمواجهة التهديدات الإلكترونية التي تعتمد على زعزعة``): the relative clause
        tells what that act is, and the hit in it belongs to the act's doer, not to the actor
        named before (here the one who counters it). The subject of an earlier clause is not
        passed over: where the relative clause ends is not written."""
        tokens, clause = self.tokens, self.tokens[self.i].clause
        if tokens[actor.first].clause != clause:
            return False
        for r in range(actor.last + 2, self.i):
            if tokens[r].clause != clause or strip_conjunction(tokens[r].norm) not in RELATIVES:
                continue
            if any(max(actor.last + 1, r - _ANTECEDENT) <= h < r for h in self.hit_starts):
                return True
        return False

    def _responds(self, actor: Actor) -> bool:
        """A word of response between the actor and the hit, or its verb with على at most
        two words before the hit (``على هذا العدوان``)."""
        words = [strip_conjunction(t.norm) for t in self.tokens]
        verb = set(words[max(actor.first - 2, 0) : actor.first])
        on = _ON in words[max(self.i - 2, actor.last + 1) : self.i]
        return bool(_RESPONSES.intersection(words[actor.last + 1 : self.i])) or bool(
            _RESPONSES & verb and on
        )

    def _adjective_of_another(self, actor: Actor) -> bool:
        """Whether the hit is an adjective of the definite noun right before it (a negating
        ``غير`` between) and that noun is no act of ``actor``'s: a topic or a reason
        after it, a list's name... (:func:`~helpers.stance_acts.not_the_doers_act`; ``غرم
        الاتحاد المصرف بسبب التسعير غير الشرعي``: the adjective is the reason's)."""
        i, n, tokens = self.i, self.n, self.tokens
        if self.entry.pos != "adj" or i < 2 or tokens[i - 1].clause != tokens[i].clause:
            return False
        k = i - 2 if tokens[i - 1].norm == _NOT else i - 1
        return (
            definite(tokens[k].norm)  # an indefinite word before may be a verb (اعتبرت معادية)
            and definite(tokens[i + n - 1].norm)
            and not_the_doers_act(actor, k, tokens)
        )


_NOT = normalize("غير")
_ANTECEDENT = 3  # words from a relative pronoun back to its antecedent (التهديدات الإلكترونية التي)
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
    complementizers = default_cues().complementizers
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
            or strip_conjunction(tokens[a.first - 1].norm) in complementizers
        )
        for a in actors
    )
    return (
        agrees
        and not predicate
        and not any(a.first <= i - 1 <= a.last for a in actors)
        and not (before in _PREDICATE_MAKERS or before in complementizers)
    )


_PREDICATE_MAKERS = function_words("predicate_makers")


def _describes_a_thing(i: int, site: HitSite) -> bool:
    """Whether the definite adjective at ``i`` describes the definite noun right before it
    (:func:`_describes_a_noun`) and that noun names no one's deed: a quality of a thing
    (``العيوب الكارثية في الصفقة``، ``الأزمة الخطيرة``) judges the thing, not the actor named
    before it, who may only speak of it or own it. The noun names a deed when it is a lexicon
    word, an act of the role frames (``الغارات``، ``السياسات``) or a word of conduct
    (``السلوك``، ``التصريحات``); when a demonstrative points at it (``بهذه المناورة``: an act
    told before); when a lexicon verb or an actor's verb takes it as its object (``تدعم
    الوكلاء الإرهابيين``، ``طهران تنشر الأسلحة الخطيرة``); and the noun is no adjective itself
    (``المناورات العسكرية الاستفزازية``: the adjective describes the phrase) nor is an actor's
    adjective after the word its owner (``المخطط الإرهابي الإيراني``). An adjective joined by
    و to another (``الساخرة والوقحة``) is not read: the noun is further back."""
    tokens = site.tokens
    if tokens[i].norm.startswith("و") or not (
        definite(tokens[i].norm) and _describes_a_noun(i, tokens, site.actors)
    ):
        return False  # لهجته الساخرة والوقحة: joined to an adjective, not to the noun
    noun = strip_conjunction(tokens[i - 1].norm)
    frames = role_frames()
    deeds = frames.judged_acts | frames.acts | frames.harm_nouns | frames.genitive_patient
    if (
        not definite(noun)
        or noun.endswith(NISBA)
        or i - 1 in site.hit_starts
        or (deeds | _CONDUCT).intersection(word_forms(noun))
        or any(a.first == i + 1 for a in site.actors)
    ):
        return False
    if i < 2 or tokens[i - 2].clause != tokens[i].clause:
        return True
    governor = strip_conjunction(tokens[i - 2].norm)
    return not (
        frames.known_act_markers.intersection((governor, governor[1:]))  # بهذه
        or lexicon_verb(i - 2, tokens)
        or (
            not definite(governor)
            and governor not in PREPOSITIONS
            and any(a.last == i - 3 and not a.in_phrase for a in site.actors)
        )
    )


_CONDUCT = function_words("conduct_nouns")


def _new_conjunct(j: int, site: HitSite) -> bool:
    """Whether the one word between a hit and the actor after it opens a new conjunct
    (``وشبان``) or is a verb of the lexicon (``في اعتداء اتهمت بريطانيا روسيا بتنفيذه``: a
    relative clause without a pronoun): the actor then belongs to another party or is that
    verb's subject, not the hit noun's doer."""
    if site.free_after[0].first != j + 1:
        return False
    conjunct = site.tokens[j].norm.startswith("و") and j not in site.hit_starts
    return conjunct or lexicon_verb(j, site.tokens)


Targets = list[tuple[Actor, str]]
"""The actors a hit is about, each with the rule that found it."""


def judged_targets(site: HitSite) -> Targets:
    """An agent or evaluative word: what it owns or describes (:func:`_owned_targets`), else
    the doer: the subject of a verb, the actor right after a noun, else a fallback
    (:func:`_doer_before`)."""
    threat = threat_content(site.i, site.n, site.tokens, site.free_after)
    if threat or (site.entry.weight > 0 and _wanted(site.i, site.tokens)):
        return []
    owned = _owned_targets(site)
    if owned is not None:
        return owned
    i, n, entry, tokens = site.i, site.n, site.entry, site.tokens
    if (what_doer := explained_deed_doer(i, tokens, site.actors)) is not None:  # ما تقوم به من
        return [(what_doer, WHAT_DOER_RULE)]
    subjects = [a for a in site.before if not a.in_phrase]
    if maker_after(i, tokens, site.actors):  # في وقت هدد ترامب بالانسحاب
        subjects = []
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
            and not noun_subject_after_complementizer(i, tokens)  # إن المحكمة تهدد إسرائيل
            and not threat_not_posed(i, a, tokens)  # هدد ترامب إيران، إنها تهدد التفوق الأمريكي
        ]  # not تقوض مستقبل سورية, تنتهك السيادة السورية, an actor far after, الذي يهدد إيران
        return [(a, "subject after the verb") for a in after]
    constituted, antecedent = relative_antecedent(i, tokens, site.actors)
    if constituted:  # الصواريخ الروسية التي تشكل انتهاكا: what the relative's noun is
        if antecedent is None or place_of_a_situation(antecedent, tokens):
            return []  # الأزمة السورية التي تشكل تهديدا: the crisis in Syria is the threat
        return [(antecedent, "antecedent of the relative it is said of")]
    # not جيش الاحتلال وشبان فلسطينيين (another party) nor انتهاكات لحقوق الفلسطينيين (the
    # owner of the rights suffers): the doer is then found as if no actor followed
    after = site.free_after[0] if site.free_after else None
    if (
        entry.pos != "adj"
        and after is not None
        and after.first <= i + n + 1
        and not _new_conjunct(i + n, site)
        and not _owns_the_violated(after, i + n, tokens)
    ):
        return [(after, "actor right after the word")]
    if entry.pos == "noun":  # a noun's doer is the subject of its clause, not any actor before
        subjects = [a for a in subjects if opens_its_clause(a, tokens)]
    if entry.pos == "adj" and entry.weight > 0 and _describes_a_noun(i, tokens, site.actors):
        return []  # المحادثات الناجحة، معلومات موثوقة: praise of a thing, not of an actor
    thing = _describes_a_thing(i, site) or state_of_a_thing(i, tokens, site.actors)
    if entry.pos == "adj" and thing:  # العيوب الكارثية في الصفقة، حالته لا تزال خطيرة
        return []  # a quality or state of a thing, not of an actor
    return _doer_before(site, subjects)


def _doer_before(site: HitSite, subjects: list[Actor]) -> Targets:
    """The fallbacks of :func:`judged_targets`, for a word whose doer is not written with it:
    the owner of a pronoun on a noun of a part in it (:mod:`helpers.stance_shares`; a topic
    after أي "that is" and a known victory over someone have none), the subject of the
    relative clause it is in, the nearest actor before it outside prepositional phrases
    (``subjects``; none for a good quality in a ب or ل phrase, :func:`_good_in_a_phrase`), else
    the subject of an earlier clause."""
    i, entry, tokens = site.i, site.entry, site.tokens
    shared, owner = share_owner(i, tokens, site.actors)
    if shared:  # معاقبة موسكو على دورها في تسميم، وتخطيطهم لشن اعتداءات: the pronoun's act
        nearer = owner is None or stands_nearer(owner, i, site.n, entry.pos, tokens, site.others)
        return [] if nearer else [(owner, "owner of the pronoun on the share noun")]
    if named_as_a_topic(i, tokens) or known_victory(i, tokens):
        return []  # مسألة تشغل العالم أي الإرهاب، ذكرى الانتصار على ألمانيا: no one's deed
    antecedent = _relative_subject_before(site) if entry.role == "evaluative" else None
    if (  # an act is no quality: those who oppose an occupation do not occupy
        antecedent is not None
        and (not subjects or antecedent.first > subjects[-1].last)
        and site.may_be_doer(antecedent)
    ):  # الحوار مع روسيا التي لم تظهر أي بوادر لحسن النية
        return [(antecedent, "antecedent of the relative clause it is in")]
    if subjects:
        nearest = subjects[-1]
        if (
            of_an_indefinite_noun(nearest, tokens)
            or _good_in_a_phrase(site)
            or not site.may_be_doer(nearest)
            or subject_of_its_own(nearest, i, tokens, site.actors)
            or judges_the_word(nearest, i, tokens)  # ميركل تدعو إلى نزع فتيل التصعيد
        ):
            return []  # في وقت تأخذ فيه العلاقات منحى معاديا: the relations' course
        return [(nearest, NEAREST_BEFORE)]
    earlier = earlier_subject(i, entry, tokens, site.actors, site.may_be_doer)
    return [(earlier, EARLIER_SUBJECT_RULE)] if earlier else []  # أعلن الحلف ...، في خطوة تصعيدية


def _owns_the_violated(actor: Actor, j: int, tokens: list[Token]) -> bool:
    """Whether the one word between a hostile noun and ``actor`` (at ``j``) is a thing that is
    violated (``[violated_nouns]``: حقوق، سيادة، أراضي), with or without ل, or any noun after
    ل, the object of the act: the actor owns what the act harms (``انتهاكات لحقوق
    الفلسطينيين``، ``الانتهاكات لسيادة أوكرانيا``، ``تقويض لجهود واشنطن``)."""
    word = strip_conjunction(tokens[j].norm)
    after_to = word[:1] == "ل" and len(word) > 3 and word not in _L_NOUNS  # not لجنة
    return actor.first == j + 1 and (
        after_to or bool(_VIOLATED.intersection(word_forms(tokens[j].norm)))
    )


_L_NOUNS = frozenset(
    normalize(w) for w in "لجنة لجان لقاء لقاءات لواء لائحة لهجة لحظة لعبة لغة لوبي".split()
)
"""Nouns whose first letter is ل of the root, not the preposition (``انتهاك لجنة``)."""


def _relative_subject_before(site: HitSite) -> Actor | None:
    """The actor right before a relative pronoun that opens the clause the word is in, when the
    relative clause names no subject of its own: no actor between the pronoun and the word,
    and a verb after the pronoun without the antecedent's pronoun on it (``إيران التي تدعمها
    روسيا``: Iran is the object) that is no verb of suffering or witnessing (``روسيا التي
    تشهد انتهاكات متكررة``: where they happen). The antecedent is then the clause's subject
    (``مع روسيا التي لم تظهر أي بوادر لحسن النية``), also inside a prepositional phrase."""
    i, tokens = site.i, site.tokens
    for actor in reversed(site.before):
        r = actor.last + 1
        if r >= i or strip_conjunction(tokens[r].norm) not in RELATIVES:
            continue
        between = any(r < a.first < i for a in site.actors)
        verb = tokens[r + 1].norm if r + 1 < i else ""
        return None if between or verb.endswith(RESUMPTIVE) or experienced(verb) else actor
    return None


def _good_in_a_phrase(site: HitSite) -> bool:
    """Whether a good quality noun at ``i`` is the object of ب or ل written onto it and is
    definite or owns a noun after it (``تمنياته لروسيا بالنجاح``، ``عنصرين حيويين للنجاح``،
    ``الآمال بنجاح مفاوضات``): a success wished, needed or hoped for, or another thing's, praises
    no actor named before it. A bare manner (``تصرفت روسيا بحكمة``) and the object of a verb of
    having or lacking (``تتمتع روسيا بالمرونة``) keep their doer."""
    i, entry, tokens = site.i, site.entry, site.tokens
    bare = strip_conjunction(tokens[i].norm)
    if entry.weight <= 0 or entry.pos != "noun" or not has_preposition(bare):
        return False
    if i and strip_conjunction(tokens[i - 1].norm) in _QUALITY_VERBS:
        return False
    after = i + site.n
    owns = after < len(tokens) and tokens[after].clause == tokens[i].clause
    return definite(bare[1:]) or bare.startswith("لل") or (owns and tokens[after].norm not in _IN)


_IN = function_words("prepositions")
_QUALITY_VERBS = function_words("quality_verbs")


def _wanted(i: int, tokens: list[Token]) -> bool:
    """Whether a good quality at ``i`` is what a word of need within three words before it asks
    for (``يحتاج مرونة أكبر``, ``بحاجة إلى شفافية``, ``غياب الشفافية``): it is missing, and
    praises no one; or what a verb of aiming within six words before it aims at (``تسعى روسيا
    إلى تحقيق إنجاز``): the actor's aim, no praise either."""
    return _before_in_clause(i, tokens, _NEEDS, _NEED_SCOPE) or _before_in_clause(
        i, tokens, AIMS, _AIM_SCOPE
    )


def _before_in_clause(i: int, tokens: list[Token], words: frozenset[str], scope: int) -> bool:
    """Whether one of ``words`` (without its conjunction) stands within ``scope`` words before
    ``i``, in its clause."""
    return any(
        strip_conjunction(tokens[k].norm) in words
        for k in range(max(i - scope, 0), i)
        if tokens[k].clause == tokens[i].clause
    )


_NEEDS = function_words("need_words") | function_words("wish_words")
_NEED_SCOPE = 3
_AIM_SCOPE = 6  # تسعى روسيا إلى تحقيق إنجاز: the verb, its subject, إلى and the verbal noun


def _owned_targets(site: HitSite) -> Targets | None:
    """The rules that read what a judged word owns or describes; None when none applies."""
    i, n, entry, tokens = site.i, site.n, site.entry, site.tokens
    judged = entry.role == "agent" or entry.weight < 0  # العنف من جانب القوات الإسرائيلية
    marked, agent = named_agent(i + n, tokens, site.after) if judged else (0, None)
    if marked:  # تعرضت أوكرانيا لعدوان من قبل روسيا؛ تدخل من قبل قائد الفريق: no actor
        if agent is None or classified(i, tokens):
            return []  # المصنف إرهابيا من قبل الحكومة التركية: the agent classifies
        return [(agent, "agent after من قبل")]
    if entry.pos == "adj" and describes_a_third_party(i, tokens):
        return []  # طرد التنظيمات الإرهابية: the adjective describes the group
    if site.possessive:
        return _pronoun_owner(site)
    # النظام السوري الوحشي: an adjective after an actor's adjective that describes a
    # definite noun describes that noun too (not ذكريات الروس السيئة: الروس are people), when
    # it carries the article as they do (after غير too: الرسوم الأمريكية غير القانونية);
    # without it, after a prepositional phrase, it is the predicate of the clause's subject
    # (إطلاق إسرائيل النار على المحتجين الفلسطينيين مقلق), not of the noun in the phrase
    # (الاتهامات البريطانية مفبركة: the subject's)
    negated = i + 1 < len(tokens) and strip_conjunction(tokens[i].norm) == _NOT
    follows = [
        a
        for a in site.before
        if a.last == i - 1
        and a.adjective
        and a.first > 0
        and definite(tokens[a.first - 1].norm)
        and (definite(tokens[i + negated].norm) or not a.in_phrase)
    ]
    if entry.pos == "adj" and follows:
        # not الصراع السوري الدموي: the conflict in Syria, no deed of the state
        situation = place_of_a_situation(follows[0], tokens)
        return [] if situation else [(follows[0], "adjective after the actor's adjective")]
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
    apart = doer_apart(site)
    if apart is not None:  # تسعى روسيا إلى زعزعة، تهديدات من روسيا، نشاطات إيران التي تزعزع
        return apart
    if entry.pos == "noun" and non_actor_owner(i, n, tokens, site.actors):
        return _harmer(site)  # فشل المفاوضات، دعم الإرهاب: about its owner, not an actor
    if entry.role == "agent" and entry.pos == "noun" and doer_is_no_actor(site.i, n, tokens, site):
        return []  # غزو أوكرانيا، اغتيال رئيس الوزراء الإسرائيلي، جيش الاحتلال
    return None


def _harmer(site: HitSite) -> Targets:
    """The doer of a verbal noun of harming whose definite owner is the thing harmed
    (:func:`~helpers.stance_agency.harms_a_thing`: ``إن روسيا أدارت حربا لعرقلة الانتخابات``):
    only the subject of its own clause before it, never an actor after it (``لخرق القرار
    الأممي``: the resolution's owner) or an earlier clause's subject. Other words with such an
    owner are about that owner and judge no actor."""
    subjects = [a for a in site.before if not a.in_phrase and opens_its_clause(a, site.tokens)]
    return _doer_before(site, subjects) if subjects and harms_a_thing(site.entry.term) else []


def _pronoun_owner(site: HitSite) -> Targets:
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
    if not owners or refers_to_the_act_before(i, owners[-1].last, tokens, site.hit_starts):
        return []  # مجزرة الاحتلال وإرهابه: the pronoun is the occupation, no actor
    owner, word = owners[-1], tokens[i].norm
    if named_as_patron(owner, tokens):
        return []  # الموالية لإيران ... بعد فشلها: the pronoun is the militia
    if not pronoun_fits(word, owner, tokens, object_=object_pronoun(i, entry, tokens)):
        return []  # ترمب ... بيونغ يانغ من عزلتها: the pronoun is someone else's
    if of_an_indefinite_noun(owner, tokens) or not site.may_be_doer(owner, owner=True):
        return []  # من سجن روسي ... لتجسسه: the pronoun is a person, not the prison's state
    if penalised_another(owner, i, tokens) or bloc_between(owner, i, tokens):
        return []  # الغرامة التي فرضها الاتحاد على غوغل لانتهاكها: the fined one violated
    return [(owner, "owner of the attached pronoun")]


NAMED_DOER_RULES = frozenset(
    {
        "actor right after the word",
        "adjective after the actor's adjective",
        "adjective of the noun the actor owns",
        "owner after the adjective",
        "subject of the relative clause after it",
        "antecedent of the relative it is said of",
        "agent after من قبل",
        "author after من",
        WHAT_DOER_RULE,
    }
)
"""The rules that find the doer written with a hostile word itself (``التدخلات الإيرانية``,
``النزعة العدوانية للنظام الإيراني``, ``الجرائم التي ارتكبها``), the only ones a countered
word (``مواجهة``، ``مكافحة``، ``رفض``) may still attach to."""
_SUBJECT_SCOPE = 3  # words from a subject to its hostile verb (روسيا تواصل ... تهدد)

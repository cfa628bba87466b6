"""Support given as a deed, or declared as a view.

The development guidelines call reported acts none (aid sent, strikes, backing given) and a
declared stance favor. A noun of sponsoring (``[sponsoring_nouns]``: دعم، مساندة، تمويل) names
both: ``أكد الوزير دعم بلاده للمملكة`` and ``عبرت دول عربية عن دعمها للمملكة`` declare a view
(favor toward the kingdom), while ``بسبب دعمها الثابت للنظام السوري``, ``شنت غارات دعما
للسلطات السورية`` and ``الدعم العسكري الأمريكي للرياض`` report support given, most often as the
charge against the one who gives it: no stance toward the one who gets it. The noun is
declared when a verb of expressing or declaring (``[expressing_verbs]``, ``[declaring_words]``)
governs it from a few words before, in its clause; support written with its object alone
(``تسعى الحكومة لدعم أوكرانيا``) is a policy stated, and stays.

Defending (``دافع ترامب عن السعودية``) is favor toward the one defended, but a speaker who
defends its own side (``دافعت ماي عن بريطانيا``) defends itself: none by the guidelines
(:func:`~helpers.stance_lexicon.defends`: :mod:`helpers.stance` asks
:func:`helpers.stance_voices.speaks_for` of it).
Only the actor right after its ``عن`` is the one defended (``دافع ... عن السعودية``), not one
defending with the subject (``ستدافع المستشارة مع ماكرون عن``) or the owner of a defended thing
(``عن حدود إسرائيل``, most often the speaker's own side), except the owner of a position,
decision, policy or role (``[judged_things]``: ``دافع الأسد عن دور روسيا``، ``عن السياسة
الأمريكية``), which is defended with it (:func:`defended_owner`).

Whom a favorable word favors (:func:`favored`): not the subject of an earlier clause, unless
the word's clause says something of it (``بأنه``، ``أنها``). For support, no one when a
criticism or a warning before the word holds the support against its giver (a charge:
``انتقدت موسكو واشنطن لدعمهما بريطانيا``، ``حذر ترامب روسيا من المضي في دعم النظام السوري``),
nor when a verb of support carries its object pronoun (a deed done to the thing named before
it: ``فصائل تدعمها إيران``) or tells armed support (an armed body gives it, or a war is its
setting: ``قوات إيرانية هناك تدعم دمشق``، ``وتدعم إيران الأسد في الحرب``; or its noun with the
ل of purpose after a military deed: ``أرسلت إيران قوات إلى سوريا لدعم الحكومة``), and never the
giver written after its من (``بدعم من تحالف بقيادة الولايات المتحدة``) or right after the word
(the subject of the verb or of its verbal noun: ``دعمت تركيا الفصائل``، ``دعم القضاء الأمريكي
موقف الشركة``). A word of involvement or punishment before the
support is a charge too (``تورطها في دعم``، ``معاقبة الروس لدعمهم``). No favorable word favors
a people protesting against its rulers (``دعمه للإيرانيين الذين يتظاهرون ضد حكومتهم``) nor
the actor its favored thing is against (``احتجاجات ضد إجرام الحرس الثوري``).
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word, definite, governed_from_before
from helpers.stance_hits import EARLIER_SUBJECT_RULE, object_rule
from helpers.stance_lexicon import Entry, role_frames, word_forms
from helpers.stance_syntax import after_a_relative, direct_object_follows

__all__ = [
    "DEFENDED_RULE",
    "DEFENDED_THING_RULE",
    "defended_owner",
    "favored",
    "of_an_economy",
    "shown_favor",
    "support_given",
]

_SPONSORING = function_words("sponsoring_nouns")
_PROTESTS = function_words("protest_words")  # احتجاجات، يتظاهرون، مطالب
_RULERS = function_words("rulers")  # حكومتهم، النظام، القادة
_PEOPLE = normalize("شعب")
_AGAINST = normalize("ضد")
_OPPOSED_SCOPE = 3  # ضد "إجرام الحرس الثوري"
_PEOPLE_PLURAL = ("يين", "يون")  # الإيرانيين، السوريون: the people, not the state's adjective
_ECONOMY = function_words("economy_nouns")  # ليرة، اقتصاد، عملة ...
_AFTER_SUBJECT_RULE = "object of the verb after its subject"
_DECLARING = function_words("expressing_verbs") | function_words("declaring_words")
_WARNING = function_words("warning_verbs") | function_words("blaming_verbs")
_CHARGE_LINKS = frozenset(normalize(w) for w in ("في", "من", "على", "بسبب", "جراء", "نتيجة"))
_CHARGES = function_words("support_charges")  # تورط، معاقبة، اشتباه
_ARMED = function_words("armed_givers")  # قوات، جيش، مجموعات
_WAR = function_words("war_words")  # حرب، قتال، معارك
_MILITARY = function_words("military_manners")  # عسكريا
_NARRATIVE_OPENERS = function_words("other_events")  # حيث تدعم القوات، بينما، فيما
_MILITARY_WORDS = function_words("military_words") | _MILITARY  # عملية عسكرية، عسكريا
_PURPOSE_LINKS = frozenset(normalize(w) for w in ("لأجل", "أجل"))  # لأجل دعم، من أجل دعم
_PURPOSE_SCOPE = 8  # أرسلت إيران قوات إلى سوريا لدعم، عملية عسكرية في سوريا لدعم
_FROM = normalize("من")
_GIVER_SCOPE = 6  # دعما من الدول الخليجية المتحالفة مع الولايات المتحدة
_SETTINGS = frozenset(normalize(w) for w in ("في", "خلال"))  # في الحرب، خلال الحرب
_ARMED_BEFORE = 5  # مجموعات شبه عسكرية روسية "خفية" تدعم
_WAR_AFTER = 8  # وتدعم إيران الرئيس بشار الأسد في الحرب
_SAID_OF = frozenset(
    normalize(f"{that}{pronoun}") for that in ("أن", "بأن", "لأن") for pronoun in ("ه", "ها", "هم")
)
_CHARGE_SCOPE = 10  # حذر الرئيس الأمريكي دونالد ترامب الأربعاء روسيا من المضي في دعم
DEFENDED_RULE = object_rule("عن")
"""The rule of the one defended: the actor right after عن."""
DEFENDED_THING_RULE = "owner of the position defended"
"""The rule of the owner of a defended position (``دافع الأسد عن دور روسيا``)."""
_ABOUT = normalize("عن")
_DEFENDED_SCOPE = 9  # from the verb of defending to its عن, past its subject
_THINGS = function_words("judged_things")  # موقف، قرار، سياسة، دور، جهود ...
GENITIVE_RULE = "genitive after the noun"
"""The rule of the actor right after a noun (``دعم أوكرانيا``), read by :func:`_gives`."""
_DECLARER_SCOPE = 12  # words from the declaring verb to its noun, past a long subject and a day
_GIVEN_SCOPE = 3  # from the noun to its ل-object or giver's adjective (دعمها الثابت للنظام)


def support_given(i: int, entry: Entry, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the favorable noun of sponsoring at ``i`` reports support given (a deed): written
    with the one who gets it after ل (``دعمها الثابت للنظام السوري``، ``دعما لقوات``) or with
    the giver's nationality adjective (``الدعم الأمريكي``), and no verb of expressing or
    declaring before it in its clause within :data:`_DECLARER_SCOPE` words. Support written
    with its object alone (``تسعى الحكومة لدعم أوكرانيا``، ``يواصل الحلفاء دعمها``) is a
    policy the sentence states, and stays."""
    if entry.pos != "noun" or entry.weight <= 0:
        return False
    if _SPONSORING.isdisjoint(word_forms(tokens[i].norm)):
        return False
    clause = tokens[i].clause
    end = min(i + 1 + _GIVEN_SCOPE, len(tokens))
    after = [k for k in range(i + 1, end) if tokens[k].clause == clause]
    # الدعم الأمريكي: the giver's adjective after the definite noun (not لدعمهم السوريين,
    # whose pronoun gives and whose adjective-noun gets)
    giver = definite(tokens[i].norm) and any(
        a.adjective and a.first in after and not a.governor for a in actors
    )
    given = giver or any(_with_lam(k, tokens, actors) for k in after)
    return given and not governed_from_before(i, tokens, _DECLARING, _DECLARER_SCOPE)


def favored(
    i: int,
    entry: Entry,
    tokens: list[Token],
    actors: list[Actor],
    targets: list[tuple[Actor, str]],
    criticisms: list[int],
) -> list[tuple[Actor, str]]:
    """The ``targets`` that the favorable word at ``i`` favors: not the subject of an earlier
    clause (:data:`EARLIER_SUBJECT_RULE`) unless the word's clause is said of it
    (:func:`_said_of`; a word of cooperation, which decides nothing, keeps it); for a word of
    sponsoring, no one when it is charged against its giver (:func:`_support_charged`), is a
    verb with its object pronoun (:func:`_supports_a_pronoun`), opens a relative clause
    (:func:`_describes_its_giver`) or tells armed support (:func:`_armed_deed`), and never the
    giver written after it (:func:`_gives`); never the state whose currency, economy or market
    the word is about (:func:`of_an_economy`), whose people protests against its rulers
    (:func:`_a_people_protesting`), the one the favored thing is against (:func:`_opposed`),
    nor one joined to the verb's subject
    (:func:`_joined_to_the_subject`). Praise names whom it praises in its own clause; carried
    back to an earlier subject it most often belongs to another doer or stands under a condition
    (``تدرك واشنطن أن أي خلل سيشكل انتصارا لروسيا``، ``تحالف دعم الشرعية``): on two
    4,000-article ANT samples that rule decided 23 favor rows, 2 of them right."""
    if entry.role != "mutual" and not _said_of(i, tokens):
        targets = [(a, rule) for a, rule in targets if rule != EARLIER_SUBJECT_RULE]
    targets = [
        (a, rule)
        for a, rule in targets
        if not of_an_economy(a, tokens)
        and not _joined_to_the_subject(i, a, rule, tokens)
        and not _a_people_protesting(a, tokens)
        and not _opposed(i, a, tokens)
    ]
    if _supports_a_pronoun(tokens[i].norm) or _describes_its_giver(i, tokens):
        return []
    if _armed_deed(i, tokens) or _armed_purpose(i, tokens):
        return []
    if _SPONSORING.isdisjoint(word_forms(tokens[i].norm)):
        return targets
    if _support_charged(i, tokens, criticisms):
        return []
    return [
        (a, rule)
        for a, rule in targets
        if not _gives(i, a, rule, tokens, actors) and not _from_its_giver(i, a, tokens)
    ]


def of_an_economy(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is the nationality adjective of a currency, an economy or a market
    (``[economy_nouns]``: ``لدعم الليرة التركية``، ``ستدعم الاقتصاد الأمريكي``، ``دعم العملة
    الأميركية``): the adjective names the thing, and support or success given to it is an
    economic measure or a market's news, no stance toward the state."""
    return (
        actor.adjective and actor.first > 0 and bare_word(tokens[actor.first - 1].norm) in _ECONOMY
    )


def _a_people_protesting(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is named as a people (``الشعب الإيراني``، ``للإيرانيين``) in a
    sentence that tells a protest or demands (``[protest_words]``) and names rulers
    (``[rulers]``: ``للإيرانيين الذين يتظاهرون ضد حكومتهم``، ``المطالب المشروعة للشعب ...
    النظام``): praise or support of a people's protest backs the people against its rulers,
    no favor toward the state. Without rulers named the protest is most often against
    another state (``أشاد بمقاومة الشعب الفلسطيني ... قتل عشرات المتظاهرين في غزة``)."""
    word = tokens[actor.first].norm
    people = word.endswith(_PEOPLE_PLURAL) or (
        actor.first > 0 and _PEOPLE in word_forms(tokens[actor.first - 1].norm)
    )
    forms = [word_forms(strip_conjunction(t.norm)) for t in tokens] if people else []
    protest = any(not _PROTESTS.isdisjoint(f) for f in forms)
    return protest and any(not _RULERS.isdisjoint(f) for f in forms)


def _opposed(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``ضد`` stands between the favorable word at ``i`` and ``actor``, within
    :data:`_OPPOSED_SCOPE` words before the actor in its clause (``ثمنت احتجاجات الإيرانيين
    ضد إجرام الحرس الثوري``، ``أشاد بموقف باريس ضد موسكو``): the praised thing is against
    that actor, which it does not favor."""
    start = max(i + 1, actor.first - _OPPOSED_SCOPE)
    return any(
        tokens[k].clause == tokens[actor.first].clause
        and strip_conjunction(tokens[k].norm) == _AGAINST
        for k in range(start, actor.first)
    )


def _joined_to_the_subject(i: int, actor: Actor, rule: str, tokens: list[Token]) -> bool:
    """Whether ``actor``, read as the object after the subject of the favorable verb at ``i``,
    is written with و in a clause the verb opens (``ويدعم حزب الله وإيران وروسيا نظام الأسد``،
    ``وأشاد الوزير وروسيا بالاتفاق``): و joins it to the subject, one more who gives the
    support or the praise, and no one gets it. Not after a subject written before the verb
    (``تميم يشيد فيها بالإمارات والسعودية``: there و joins the objects)."""
    if rule != _AFTER_SUBJECT_RULE or not actor.conjunct:
        return False
    verb = tokens[i].norm
    return i == 0 or tokens[i - 1].clause != tokens[i].clause or strip_conjunction(verb) != verb


def _said_of(i: int, tokens: list[Token]) -> bool:
    """Whether the clause of the word at ``i`` opens with أن and the pronoun of the one named
    before (``وصف المراقبون الموقف الأمريكي بأنه إيجابي``، ``تثبت أوكرانيا أنها شريك موثوق``):
    what is said of that one, whom the word praises. إن after a verb of saying, whose pronoun is
    most often the speaker speaking of itself (``قال إنه يشعر بارتياح``), is written the same once
    the hamza is normalized away, and is kept too."""
    first = next(k for k in range(i + 1) if tokens[k].clause == tokens[i].clause)
    return strip_conjunction(tokens[first].norm) in _SAID_OF


def _supports_a_pronoun(norm: str) -> bool:
    """Whether the word is a verb of sponsoring with its object pronoun (``فصائل مسلحة تدعمها
    إيران``، ``خطة دعمتها الأمم المتحدة``، ``قرار تقدمت به بريطانيا ودعمته فرنسا``): the verb
    narrates support given, a deed, to what the pronoun stands for, most often the thing named
    right before it (a faction, a plan, a draft), and the actor after it is its subject. An
    imperfect (``يدعم``، ``تدعم``) or a past verb with the ت a noun writes ة (``دعمت``) before the
    pronoun; a noun with its owner's pronoun (``دعمها``) is read as before."""
    return any(owned and _sponsoring_verb(form) for form, owned in word_forms(norm).items())


def _describes_its_giver(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is a verb of sponsoring that opens a relative clause (``روسيا
    التي تدعم النظام السوري``، ``بوتين الذي يدعم نظيره السوري``، ``الدولتان اللتان تساندان
    دمشق``, or with its subject between: ``الذي تدعم بلاده دمشق``): the clause tells who the
    antecedent is by the support it gives, a deed narrated, and favors no one (the guidelines'
    reported acts)."""
    verb = any(_sponsoring_verb(form) for form in word_forms(tokens[i].norm))
    return verb and after_a_relative(i, tokens)


def _armed_deed(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is a verb of sponsoring that tells military support: its subject
    an armed body (``[armed_givers]``) in its clause, before it (``قوات إيرانية هناك تدعم
    دمشق``) or right after a verb that opens its clause or follows حيث، بينما، فيما (``ويدعم
    الجيش الأمريكي تحالفا``), or a war after في or خلال or a military manner after it
    (``[war_words]``, ``[military_manners]``: ``وتدعم إيران الرئيس بشار الأسد في الحرب``،
    ``وتدعم طهران عسكريا النظام``). Support given in fighting is a deed narrated (the
    guidelines' reported acts), not a view declared: it favors no one. An armed body as the
    object after a subject (``أن ألمانيا تدعم الجيش الفرنسي``) is not read: supporting an army
    may be declared."""
    if not any(_sponsoring_verb(form) for form in word_forms(tokens[i].norm)):
        return False
    clause = tokens[i].clause
    verb = tokens[i].norm
    opens = i == 0 or tokens[i - 1].clause != clause or strip_conjunction(verb) != verb
    opens = opens or strip_conjunction(tokens[i - 1].norm) in _NARRATIVE_OPENERS
    subjects = [*range(max(i - _ARMED_BEFORE, 0), i), *([i + 1] if opens else [])]
    armed = any(
        k < len(tokens) and tokens[k].clause == clause and bare_word(tokens[k].norm) in _ARMED
        for k in subjects
    )
    after = range(i + 1, min(i + 1 + _WAR_AFTER, len(tokens)))
    war = any(tokens[k].clause == clause and _in_war(k, tokens) for k in after)
    return armed or war


def _armed_purpose(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is a noun of sponsoring with the ل of purpose (``لدعم``،
    ``لدعمها``، ``لأجل دعم``) after a military deed in its clause: an armed body
    (``[armed_givers]``) or a military word (``[military_words]``) within
    :data:`_PURPOSE_SCOPE` words before it (``أرسلت إيران قوات إلى سوريا لدعم الحكومة``، ``شنت
    موسكو عملية عسكرية في سوريا لدعم الرئيس``، ``تدخلت روسيا عسكريا لدعمها``). Troops sent
    and operations waged to back a side are support given by arms, a deed the sentence
    narrates (the guidelines' reported acts): it favors no one. Not under a verb of expressing
    or declaring (``أكد الوزير استعداد قوات بلاده لدعم``: a stated policy)."""
    word = strip_conjunction(tokens[i].norm)
    before = strip_conjunction(tokens[i - 1].norm) if i else ""
    purpose = word[:1] == "ل" or before in _PURPOSE_LINKS
    if not purpose or _SPONSORING.isdisjoint(word_forms(tokens[i].norm)):
        return False
    armed = any(
        tokens[k].clause == tokens[i].clause
        and (bare_word(tokens[k].norm) in _ARMED or bare_word(tokens[k].norm) in _MILITARY_WORDS)
        for k in range(max(i - _PURPOSE_SCOPE, 0), i)
    )
    return armed and not governed_from_before(i, tokens, _DECLARING, _PURPOSE_SCOPE)


def _in_war(k: int, tokens: list[Token]) -> bool:
    """Whether the word at ``k`` is a military manner (``عسكريا``) or a war after في or خلال
    (``في الحرب السورية``، ``في حربه``، ``خلال الحرب``): the setting of the support told."""
    word = bare_word(tokens[k].norm)
    if word in _MILITARY:
        return True
    setting = k > 0 and strip_conjunction(tokens[k - 1].norm) in _SETTINGS
    return setting and not _WAR.isdisjoint(word_forms(word))


def _sponsoring_verb(form: str) -> bool:
    """Whether a word form is a verb of sponsoring: an imperfect (``يدعم``، ``تدعم``، the dual
    ``تدعمان``) or a past verb with the ت that a noun writes ة (``دعمت``)."""
    imperfect = form[1:].removesuffix("ان")  # تدعمان: the dual
    return (form[:1] in ("ي", "ت") and imperfect in _SPONSORING) or (
        form[-1:] == "ت" and form[:-1] in _SPONSORING
    )


def _gives(i: int, actor: Actor, rule: str, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``actor``, read as the genitive after the word of sponsoring at ``i``, is the one
    who gives the support: the subject of a past verb (``دعمت تركيا الجماعات``: a bare word with
    the verb's ت, which a noun writes ة; not after a relative, whose antecedent is the subject:
    ``الولايات التي دعمت ترامب``), or of a verbal noun whose direct object follows the actor and
    those joined to it (``دعم القضاء الأمريكي موقف الشركة``، ``دعم السعودية وروسيا خفض
    الإنتاج``، ``دعم روسيا سوريا``; not an adverb of manner, ``دعم الرياضة الفلسطينية ماديا``)."""
    if rule != GENITIVE_RULE:
        return False
    if _sponsoring_verb(strip_conjunction(tokens[i].norm)):
        return not after_a_relative(i, tokens)
    end = actor.last  # past those joined to it and its own name (الرئيس السوري بشار الأسد)
    while joined := [
        a for a in actors if a.first == end + 1 and (a.conjunct or a.actor == actor.actor)
    ]:
        end = joined[0].last
    if end + 1 >= len(tokens) or tokens[end + 1].clause != tokens[i].clause:
        return False
    if any(a.first == end + 1 and not a.conjunct and not a.governor for a in actors):
        return True  # دعم روسيا سوريا: an actor after the owner is the object
    manner = tokens[end + 1].norm.endswith("يا")  # ماديا، سياسيا، عسكريا
    return not manner and direct_object_follows(end + 1, tokens, actors)


def _from_its_giver(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is written in the phrase after ``من`` that follows the noun of
    sponsoring at ``i``, right after it or past one adjective (``بدعم من تحالف بقيادة الولايات
    المتحدة``، ``يلقون دعما من الدول الخليجية المتحالفة مع الولايات المتحدة``، ``بدعم مباشر من
    أمريكا``), within :data:`_GIVER_SCOPE` words of ``من``: ``من`` names who gives the support,
    and the giver is not the one favored (the one who gets it is named before the noun:
    ``ونالت بريطانيا دعما من الاتحاد الأوروبي`` stays favor toward Britain)."""
    clause = tokens[i].clause
    start = next((k for k in (i + 1, i + 2) if k < len(tokens) and tokens[k].norm == _FROM), None)
    if start is None or any(tokens[k].clause != clause for k in range(i, start + 1)):
        return False
    return start < actor.first <= start + _GIVER_SCOPE and tokens[actor.first].clause == clause


def _support_charged(i: int, tokens: list[Token], criticisms: list[int]) -> bool:
    """Whether the favorable word of sponsoring at ``i`` is the charge of a criticism, an
    accusation or a warning before it in its clause (``انتقدت موسكو واشنطن لدعمهما بريطانيا``,
    ``حذر ترامب روسيا من المضي في دعم النظام السوري``): the support is what the critic holds
    against the one who gives it, a deed, and no stance toward the one who gets it. The charge is
    linked to its judge by ل or ب on the word or a preposition of cause or content right before it
    (``بسبب``، ``من``، ``في``), or is the genitive of a word of involvement, punishment or
    suspicion (``[support_charges]``: ``تورط دعم النظام الإيراني``); ``criticisms`` are the words
    of negative judgement of the sentence (:mod:`helpers.stance_rules`), beside the verbs of
    warning and blaming and those words (``بمعاقبة إيران على تورطها في دعم البوليساريو``،
    ``معاقبة الروس لدعمهم السوريين``). A verb of expressing or
    declaring in that stretch (``ندد بالهجوم وأكد دعمه لفرنسا``) declares the support: it stays."""
    before = strip_conjunction(tokens[i - 1].norm) if i > 0 else ""
    construct = i > 0 and _a_charge(i - 1, tokens)
    # no word of sponsoring starts with ل or ب: there they are the preposition (لدعمهما)
    linked = strip_conjunction(tokens[i].norm)[:1] in ("ل", "ب") or before in _CHARGE_LINKS
    if not linked and not construct:
        return False
    start = max(i - _CHARGE_SCOPE, 0)
    judged = any(
        tokens[k].clause == tokens[i].clause
        and (
            k in criticisms or strip_conjunction(tokens[k].norm) in _WARNING or _a_charge(k, tokens)
        )
        for k in range(start, i)
    )
    return judged and not governed_from_before(i, tokens, _DECLARING, i - start)


def _a_charge(k: int, tokens: list[Token]) -> bool:
    """Whether the word at ``k`` is a word of involvement, punishment or suspicion
    (``[support_charges]``), with its prepositions and owner's pronoun (``تورطها``، ``بمعاقبة``)."""
    return not _CHARGES.isdisjoint(word_forms(tokens[k].norm))


def _with_lam(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``k`` carries ل (``للنظام``، ``لقوات``), not a name that starts with
    its letter (``لندن``، ``لبنان``: an actor there is ل's object only with ل as its governor)."""
    word = strip_conjunction(tokens[k].norm)
    if word[:1] != "ل" or len(word) < 4:
        return False
    return not any(a.first == k and a.governor != "ل" for a in actors)


def shown_favor(entry: Entry) -> bool:
    """Whether ``entry`` is a noun of favor whose owner is the one who shows it
    (``[genitive_agent]``: ترحيب، تضامن، إعجاب): the pronoun on it (``ترحيبه``) is that one, not
    the actor favored."""
    return entry.weight > 0 and normalize(entry.term) in role_frames().genitive_agent


def defended_owner(i: int, tokens: list[Token], actors: list[Actor]) -> list[tuple[Actor, str]]:
    """The owner of the position, decision, policy or role (``[judged_things]``) right after the
    ``عن`` of the verb of defending at ``i`` (within :data:`_DEFENDED_SCOPE` words, in its
    clause): its genitive after the construct noun (``دافع الأسد عن دور روسيا``) or its
    adjective after the definite noun (``يدافع عن السياسة الأمريكية``). Defending what an actor
    decided or does is defending it; a thing owned by a pronoun (``دافع ترامب عن قراره``) is the
    speaker's own, and no actor is named."""
    clause = tokens[i].clause
    end = min(i + 1 + _DEFENDED_SCOPE, len(tokens) - 2)
    k = next((k for k in range(i + 1, end) if tokens[k].norm == _ABOUT), None)
    if k is None or tokens[k].clause != clause or bare_word(tokens[k + 1].norm) not in _THINGS:
        return []
    construct = not definite(tokens[k + 1].norm)
    return [
        (a, DEFENDED_THING_RULE)
        for a in actors
        if a.first == k + 2 and not a.governor and a.adjective != construct
    ][:1]

"""Stances carried by a construction, not by one evaluative word and its role.

Real news often says what a speaker thinks of an actor through a chain of words, where no
single lexicon word sits next to the actor (:mod:`helpers.stance_rules` attaches those):

* **a demand or obligation to stop** addressed to an actor is against it:
  :mod:`helpers.stance_demands`;
* **a threat or warning** addressed to an actor is against it: ``حذرت واشنطن موسكو من أي
  تحرك``, ``هدد الرئيس إيران بعقوبات``. Only an actor written as the verb's object counts:
  ``حذر من غزو أوكرانيا`` warns about an act, not the country. A threat with no object names
  the threatened in what it threatens with (``هددت روسيا بالرد على أي تحرك للناتو``,
  ``لوحت واشنطن بفرض عقوبات على موسكو``): the first actor after على، ضد، إلى، ل or بحق. A threat
  is its subject's speech act (``threat`` cues of ``speech_cues.txt``): the threatener holds
  the stance and is not judged (the annotation guidelines: the target is the one the
  evaluation is about, not the one who utters it). So is a threat noun its owner's
  (``تهديدات ترامب للصين``): against the actor after على، ضد، إلى، ل or بحق;
* **what a warning warns of**, when no actor is warned: the actor that does it (``حذرت
  إسرائيل من تنامي الوجود العسكري الإيراني``، ``محذرة من سعي إسرائيل إلى``، ``حذر من أن
  إيران ستواجه``), the warner's view; not an actor that suffers it (``حذر من غزو أوكرانيا``),
  the warner's own side, nor one in a prepositional phrase (``في جنوب إسرائيل``، ``بين
  إسرائيل والفلسطينيين``);
* **praise of a hostile act** is against the one who suffers it: ``أشاد الرئيس بالضربات التي
  استهدفت مواقع للنظام السوري``, ``رحبت لندن بالعقوبات على روسيا``;
* **stirring anger** judges the cause: ``أثار دعم الولايات المتحدة للقوات الكردية غضب
  أنقرة`` is against the United States (and says nothing of Ankara): Ankara's view, anchored
  at the anger it owns (:mod:`helpers.stance_voices`), as the fear of the one who fears; the
  cause may be the clause before it (``..., ما أثار غضب``): :mod:`helpers.stance_anger`;
* **sponsoring a hostile thing** judges the sponsor (``تمويل إيران للعمليات الإرهابية``،
  ``إيران تدعم الإرهاب``) and **rejecting an actor's decision** judges its owner (``رفضت الدول
  العربية القرار الأمريكي``): :mod:`helpers.stance_owner_chains`;
* **naming as a regime** judges the actor named: ``نظام الأسد``، ``نظام الرئيس السوري`` (the
  writer's word choice; the annotation guidelines count ``نظام الأسد`` in the narrator's voice
  as against Syria), not ``النظام السوري`` (the usual name). A militia label is no such naming
  of its patron: ``ميليشيات الحوثي الإيرانية``، ``الموالية لإيران`` judge the militia and only
  name whose it is (none toward Iran);
* **naming a proxy's master** judges the master: ``ذراع إيران``، ``أداة لإيران``، ``بإيعاز
  إيراني`` (:mod:`helpers.proxy_masters`);
* upholding an actor's **right to defend itself** is for it: ``حق إسرائيل في الدفاع عن
  نفسها``;
* **blame and fear**: the one a speaker holds responsible (``حمّلت واشنطن موسكو
  المسؤولية``، ``أن روسيا هي المسؤولة عن محاولة تسميم``) and the actor feared (``مخاوف
  الفلسطينيين من قيام إسرائيل بـ...``).

Each rule gives ``(trigger, words, actor, value, rule)``: the token where the construction
starts, how many tokens name it, the actor judged, the signed value and the rule's name. The
word lists are data (``[chains]`` lists of ``helpers/data/function_words.toml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.deed_instances import INSTANCE_LINKS, deeds_named
from helpers.described_things import DESCRIBING, described
from helpers.endangering_things import thing_threatens
from helpers.proxy_masters import named_masters, starts_master_chain
from helpers.stance_anger import STIRRING, stirred_anger
from helpers.stance_clauses import (
    PREPOSITIONS,
    Actor,
    Chain,
    Token,
    definite,
    same_clause,
)
from helpers.stance_demands import CHAIN_SCOPE, DEMAND_TRIGGERS, addressees, demands_to_stop
from helpers.stance_hits import RIGHT_RULE, WARNED_RULE
from helpers.stance_lexicon import Entry, defends, role_frames, word_forms
from helpers.stance_owner_chains import (
    OWNER_TRIGGERS,
    SPONSORING_VERBS,
    owned_acts,
)
from helpers.stance_redress import (
    HARM_TRIGGERS,
    RESPONSE_TRIGGERS,
    harm_caused,
    own_deed_warned_of,
    retaliation_vowed,
    retaliation_warned_of,
    sharp_reply,
    victims_of_a_threat,
)
from helpers.stance_senses import names_a_duty
from helpers.threat_acts import maker_after

__all__ = ["chain_hits"]

_WARNINGS = function_words("warning_verbs")
_THREATS = function_words("threat_verbs")
_WARNINGS_OR_THREATS = _WARNINGS | _THREATS
_THREAT_NOUNS = function_words("threat_nouns")
_PRAISE = function_words("praise_verbs")
_BLAMING = function_words("blaming_verbs")
_RESPONSIBILITY = function_words("responsibility")
_BEARING = frozenset(
    normalize(w) for w in "تتحمل يتحمل يتحملون تحملت تحمل حمل حملت يحمل حملوا يحملون".split()
)
_RESPONSIBLE = _RESPONSIBILITY | frozenset(normalize(w) for w in ("المسؤول", "المسؤولة"))
_ABOUT = normalize("عن")
_FEAR_VERBS = function_words("fear_verbs")
_FEAR = function_words("fear_nouns") | _FEAR_VERBS
_REGIMES = function_words("regime_nouns")
_REGIME_TITLES = function_words("regime_titles")
_RIGHT = normalize("حق")
_ENTITLED = normalize("يحق")  # يحق لإسرائيل أن تدافع عن نفسها
_DEFENCE = normalize("الدفاع")
_ACT_SCOPE = 12  # words from a praised hostile act to the actor that suffers it
_WARNING_VALUE = -1.0
_PRAISED_ACT_VALUE = -1.0
_BLAME_VALUE = -1.0
_FEAR_VALUE = -0.8
_NAMING_VALUE = -1.0
_WARNED_OF_VALUE = -0.8
_WARNED_OF_SCOPE = 6  # words from the من of a warning to the actor that does what is feared
_SUPPORT_VALUE = 1.0


def chain_hits(
    tokens: list[Token],
    actors: list[Actor],
    found: list,
    values: dict[int, float],
    sufferers: Callable[[int], set[str]] = lambda clause: set(),
) -> list[Chain]:
    """Every chain of one sentence (see the module docstring), in token order.

    ``found`` holds the sentence's lexicon matches as :func:`helpers.stance_rules.attach_hits`
    finds them: ``(token index, entry, number of tokens, possessive)``; ``values`` the value of
    each evaluative match after its modifiers (0 when it counts for nothing: ``مكافحة الإرهاب``);
    ``sufferers`` the actors that suffer an act in a clause (:func:`helpers.stance_roles.sufferers`,
    handed in by the caller: a warning is not against the victim of what it warns of).
    """
    hit_at = {i: entry for i, entry, _, _ in found}
    reported = role_frames().acts
    acts = {i for i, entry, _, _ in found if normalize(entry.term) in reported}
    judges = {  # words that judge their object, not negated into their opposite (أدان، رحب)
        i: values[i]
        for i, entry, _, _ in found
        if entry.role == "patient" and values.get(i, 0.0) * entry.weight > 0
    }
    chains: list[Chain] = []
    for k, token in enumerate(tokens):
        starts = _chains_started(token.norm)
        if not starts and k not in judges:
            continue  # most words: nothing to ask
        chains += _deed_chains(k, starts, tokens, actors, values, judges, sufferers)
        if "threat noun" in starts:
            chains += _owned_threat(k, tokens, actors)
        if "warning" in starts:
            chains += _warning(k, tokens, actors, sufferers)
            chains += retaliation_warned_of(k, tokens, actors)
            chains += own_deed_warned_of(k, tokens, actors)
        elif "praise" in starts:
            chains += _praised_act(k, tokens, actors, hit_at)
        elif "stirring" in starts:
            chains += stirred_anger(k, tokens, actors)
        elif "blame" in starts:
            chains += _blamed(k, tokens, actors)
        elif "responsible" in starts:
            chains += _responsible(k, tokens, actors, values, acts)
        elif "fear" in starts:
            chains += _feared(k, tokens, actors)
        elif "right" in starts:
            chains += _right_to_defend(k, tokens, actors)
        elif "describing" in starts:
            chains += described(k, tokens, actors, values)
        if "harm" in starts:
            chains += harm_caused(k, tokens, actors)
        if "regime" in starts:
            chains += _named_as_regime(k, tokens, actors)
        if "master" in starts:
            chains += named_masters(k, tokens, actors)
    return sorted(chains, key=lambda c: c.start)


@lru_cache(maxsize=1 << 16)
def _chains_started(norm: str) -> frozenset[str]:
    """The chains a word (``norm``, with its clitics) can start, by the readers' trigger words:
    read once per word form, as :func:`chain_hits` runs for every word of every sentence and
    most words start none. At most one of warning, praise, stirring, blame, responsible, fear,
    right and describing (a word is read as the first of them it is)."""
    word, forms = strip_conjunction(norm), word_forms(norm).keys()
    starts = set()
    if word in SPONSORING_VERBS or not OWNER_TRIGGERS.isdisjoint(forms):
        starts.add("owned act")
    if not RESPONSE_TRIGGERS.isdisjoint(forms):
        starts.add("response")
    if word in DEMAND_TRIGGERS:
        starts.add("demand")
    if not _THREAT_NOUNS.isdisjoint(forms):
        starts.add("threat noun")
    if word in INSTANCE_LINKS:
        starts.add("instance")
    one_of = (
        ("warning", word in _WARNINGS_OR_THREATS or _warning_form(word)),
        ("praise", word in _PRAISE),
        ("stirring", word in STIRRING),
        ("blame", word in _BLAMING),
        ("responsible", word in _RESPONSIBLE),
        ("fear", not _FEAR.isdisjoint(forms)),
        ("right", word in (_RIGHT, _ENTITLED)),
        ("describing", word in DESCRIBING),
    )
    starts.update(next(([kind] for kind, found in one_of if found), []))
    if not HARM_TRIGGERS.isdisjoint(forms):
        starts.add("harm")
    if not _REGIMES.isdisjoint(forms):
        starts.add("regime")
    if starts_master_chain(norm):
        starts.add("master")
    return frozenset(starts)


def _deed_chains(
    k: int,
    starts: frozenset[str],
    tokens: list[Token],
    actors: list[Actor],
    values: dict[int, float],
    judges: dict[int, float],
    sufferers: Callable[[int], set[str]],
) -> list[Chain]:
    """The chains of deeds judged, sponsored, rejected, vowed against, replied to and demanded
    stopped at token ``k`` (``starts``: the chains its word can start)."""
    chains: list[Chain] = []
    if k in judges or "owned act" in starts:
        chains += owned_acts(k, tokens, actors, values, judges, sufferers)
    if "instance" in starts:  # عدوان سافر جسده نقل السفارة الأمريكية
        chains += deeds_named(k, tokens, actors, values, sufferers)
    if "response" in starts:
        chains += retaliation_vowed(k, tokens, actors)
        chains += sharp_reply(k, tokens, actors)
    if "demand" in starts:
        word = strip_conjunction(tokens[k].norm)
        chains += demands_to_stop(k, word, tokens, actors, values, sufferers)
    return chains


_BY_THAT = normalize("بأن")


def _warning(
    k: int, tokens: list[Token], actors: list[Actor], sufferers: Callable[[int], set[str]]
) -> list[Chain]:
    """``حذرت واشنطن موسكو من ...``, ``هدد الرئيس إيران ب...``: the actor warned or
    threatened, written as the verb's object right after it or after its subject."""
    if thing_threatens(k, tokens, actors):
        return []  # الصواريخ التي باتت تهدد السعودية: a victim, not the one threatened
    stop = min(k + 1 + CHAIN_SCOPE, len(tokens))
    for j in range(k + 1, stop):  # the object stands before what it is warned of (من، ب)
        if not same_clause(tokens, k, j) or tokens[j].norm in _WARNED_OF:
            stop = j
            break
    own_clause = maker_after(k, tokens, actors)  # في وقت هدد ترامب بالانسحاب
    objects = [a for a in addressees(k, stop, tokens, actors, maker_after=own_clause)]
    objects = [a for a in objects if not a.in_phrase]
    anchor = stop if stop < len(tokens) and same_clause(tokens, k, stop) else k
    if not objects and strip_conjunction(tokens[k].norm) in _THREATS:
        objects, anchor = _threatened(k, tokens, actors)
    elif not objects and anchor > k and tokens[anchor].norm == _OF:
        return _warned_of(k, anchor, tokens, actors, sufferers)
    return [Chain(k, 1, a, _WARNING_VALUE, WARNED_RULE, anchor) for a in objects[:1]]


def _warning_form(word: str) -> bool:
    """A participle of warning (``محذرا``: no object pronoun follows it here) or a verb of
    warning after the ل of purpose (``ليحذر من``)."""
    return word in _WARNING_PARTICIPLES or (word[:1] == "ل" and word[1:] in _WARNINGS)


_WARNING_PARTICIPLES = frozenset(normalize(w) for w in ("محذرا", "محذرة", "محذرين"))


def _warned_of(
    k: int, of: int, tokens: list[Token], actors: list[Actor], sufferers: Callable[[int], set[str]]
) -> list[Chain]:
    """``حذرت إسرائيل من تنامي الوجود العسكري الإيراني``: the actor that does what a warning
    at ``k`` warns of (after its من at ``of``): the subject of a that-clause right after it
    (``من أن إيران ستواجه``, in its first two words), else the first actor within
    :data:`_WARNED_OF_SCOPE` words, with no preposition on it nor a preposition, a conjunction
    of time or condition (``عندما``) or an endangered noun (``أمن أميركا``) between (``في جنوب
    إسرائيل``), nor after a word of accusing or criticising (``من اتهام النظام``: what is warned
    of is the charge, which defends the accused). Not an actor that
    suffers an act there (``من غزو أوكرانيا``) nor the warner's own side (an actor named
    between the verb and من)."""
    own = {a.actor for a in actors if a.last < of and a.first >= k - 3}
    that = of + 1 < len(tokens) and strip_conjunction(tokens[of + 1].norm) in _THAT
    first = of + 2 if that else of + 1
    scope = 2 if that else _WARNED_OF_SCOPE  # the subject stands right after أن
    for j in range(first, min(first + scope, len(tokens))):
        if not same_clause(tokens, first, j):
            return []
        actor = next((a for a in actors if a.first == j), None)
        if actor is None:
            word = strip_conjunction(tokens[j].norm)
            if word in _WARNED_OF_STOPS or tokens[j].prefix_prep:
                return []  # في جنوب إسرائيل، أمن أميركا، عندما هاجمت تركيا
            if role_frames().speech_nouns.intersection(word_forms(word)):
                return []  # حذرت موسكو من اتهام النظام السوري: a warning against the charge
            continue
        suffering = sufferers(tokens[j].clause)
        if actor.governor not in ("", _OF) or actor.actor in own or actor.actor in suffering:
            return []
        return [Chain(k, 1, actor, _WARNED_OF_VALUE, "doer of what is warned of", of)]
    return []


_OF = normalize("من")
_ENDANGERED = function_words("endangered_nouns")
_WHEN = frozenset(normalize(w) for w in ("عندما", "حين", "حينما", "إذا", "لو", "لأن", "كي"))
_THAT = frozenset(normalize(w) for w in ("أن", "أنه", "أنها", "أنهم", "بأن"))
_WARNED_OF_STOPS = PREPOSITIONS | _ENDANGERED | _WHEN  # words that end the search for a doer


def _threatened(k: int, tokens: list[Token], actors: list[Actor]) -> tuple[list[Actor], int]:
    """``هددت روسيا بالرد على أي تحرك للناتو``: the first actor after على، ضد، إلى، ل or بحق within
    :data:`_ACT_SCOPE` words after the ب-word that says what a threat at ``k`` threatens with,
    and that word (the anchor, inside the threatener's words)."""
    for j in range(k + 1, min(k + 1 + CHAIN_SCOPE, len(tokens))):
        if not same_clause(tokens, k, j) and not tokens[j].norm.startswith(_BY_THAT):
            break  # هدد الرئيس بأن بلاده ستفرض عقوبات على إيران: the بأن-clause threatens
        if strip_conjunction(tokens[j].norm).startswith("ب"):  # بطرد الدبلوماسيين الروس
            return _aimed_at(j, tokens, actors) or victims_of_a_threat(j, tokens, actors), j
    return [], k


def _owned_threat(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``تهديدات ترامب للصين``, ``التهديدات الأمريكية بفرض عقوبات على إيران``: a threat noun
    owned by the actor right after it is aimed at the first actor after على، ضد، إلى، ل or بحق
    within :data:`_ACT_SCOPE` words after the owner."""
    owner = next((a for a in actors if a.first == k + 1 and not a.governor), None)
    if owner is None:
        return []
    aimed = _aimed_at(owner.last, tokens, actors)
    return [Chain(k, 1, a, _WARNING_VALUE, "actor threatened", k) for a in aimed]


_WARNED_OF = PREPOSITIONS | {"بان", "بانه", "بانها", "ان", "انه", "انها"}


def _praised_act(
    k: int, tokens: list[Token], actors: list[Actor], hit_at: dict[int, Entry]
) -> list[Chain]:
    """``أشاد الرئيس بالضربات التي ... للنظام السوري``: a praised hostile act (a reported act
    of the role frames with a negative weight: strikes, sanctions), the first lexicon word after
    the verb and its subject, is against the first actor after it that it is aimed at (after
    على، ضد، إلى، ل)."""
    acts = role_frames().acts
    for j in range(k + 1, min(k + 1 + CHAIN_SCOPE, len(tokens))):
        entry = hit_at.get(j)
        if entry is None or not same_clause(tokens, k, j):
            continue
        if entry.weight >= 0 or not acts.intersection(word_forms(entry.term)):
            return []
        return [
            Chain(k, j - k + 1, a, _PRAISED_ACT_VALUE, "target of a praised hostile act", k)
            for a in _aimed_at(j, tokens, actors)
        ]
    return []


_AIMED_AT = frozenset(normalize(w) for w in ("على", "ضد", "إلى", "ل", "بحق"))


def _aimed_at(j: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """The first actor an act or threat ending at token ``j`` is aimed at: within
    :data:`_ACT_SCOPE` words after it in its clause, after على، ضد، إلى، ل or بحق, and before a
    verbal noun of purpose after ل (``ببناء جدار لمنع تدفق المهاجرين إلى الولايات المتحدة``:
    what follows it is the purpose's, not the act's)."""
    starts = {a.first for a in actors}
    purpose = next(
        (
            m
            for m in range(j + 1, min(j + _ACT_SCOPE, len(tokens) - 1))
            if _purpose_noun(tokens[m].norm) and m not in starts and m + 1 not in starts
        ),
        len(tokens),
    )
    aimed = [
        a
        for a in actors
        if j < a.first <= min(j + _ACT_SCOPE, purpose)
        and same_clause(tokens, j, a.first)
        and a.governor in _AIMED_AT
    ]
    return aimed[:1]


def _purpose_noun(norm: str) -> bool:
    """A word after the ل of purpose (``لمنع``، ``لحماية``; not ``للناتو``, the article's, nor
    an adverb of time: ``نفذت ليلا على مواقع``)."""
    word = strip_conjunction(norm)
    return (
        word.startswith("ل")
        and not word.startswith("لل")
        and len(word) > 3
        and word not in _TIME_ADVERBS
    )


_TIME_ADVERBS = frozenset(normalize(w) for w in ("ليلا", "ليلة", "لاحقا", "لاسيما", "لمدة"))


def _blamed(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``حمّلت واشنطن موسكو المسؤولية``: the object of a blaming verb, when the responsibility
    follows it in the clause."""
    stop = next(
        (
            j
            for j in range(k + 1, min(k + 1 + CHAIN_SCOPE, len(tokens)))
            if same_clause(tokens, k, j) and strip_conjunction(tokens[j].norm) in _RESPONSIBILITY
        ),
        None,
    )
    if stop is None:
        return []
    objects = [a for a in addressees(k, stop, tokens, actors) if not a.in_phrase]
    # وحمّلت روسيا وسوريا إسرائيل: an actor joined by و to the subject blames with it
    subject = [a for a in actors if a not in objects and a.first == k + 1]
    objects = [
        a
        for a in objects
        if not (
            strip_conjunction(tokens[a.first].norm) != tokens[a.first].norm
            and any(b.last == a.first - 1 for b in subject)
        )
    ]
    return [Chain(k, 1, a, _BLAME_VALUE, "one blamed", k) for a in objects[:1]]


def _feared(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``مخاوف الفلسطينيين من قيام إسرائيل بتقسيم ...``, ``تخشى موسكو من أن تدمر بريطانيا
    الأدلة``: what is feared, an actor within two words after the من that follows a noun or
    verb of fear, or after a verb's أن (its owner or subject, the one who fears, stands
    between). A noun's من أن is left: its clause is often the fearers' speculation (``يشعر
    المسؤولون بالقلق من أن تجاهل ترمب ...``)."""
    verb = strip_conjunction(tokens[k].norm) in _FEAR_VERBS  # a noun keeps من + actor
    for j in range(k + 1, min(k + 4, len(tokens))):
        that = verb and strip_conjunction(tokens[j].norm) in _THAT  # أن opens its own clause
        if not that and not same_clause(tokens, k, j):
            return []
        if tokens[j].norm == "من" or that:
            # تخشى من أن تدمر بريطانيا: the subject after the that-clause's verb
            if verb and j + 1 < len(tokens) and strip_conjunction(tokens[j + 1].norm) in _THAT:
                j += 1
            feared = [
                a for a in actors if j < a.first <= j + 2 and not a.adjective and not a.governor
            ]
            return [Chain(k, 1, a, _FEAR_VALUE, "what is feared", k) for a in feared[:1]]
    return []


def _named_as_regime(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``قوات نظام بشار الأسد``، ``لنظام الرئيس السوري``: the actor a regime noun (no article)
    names, by the ruler's name or a title and its country right after it (or the alias that
    starts with it: ``نظام الأسد``)."""
    if definite(tokens[k].norm):
        return []  # النظام السوري: the usual name
    title = k + 1 < len(tokens) and strip_conjunction(tokens[k + 1].norm) in _REGIME_TITLES
    named = [
        a
        for a in actors
        if (a.first == k + 1 + title and (a.person or (title and a.adjective)))
        or (a.first == k and a.person)
    ]
    return [Chain(k, 1, a, _NAMING_VALUE, "named as a regime", k) for a in named[:1]]


def _right_to_defend(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``حق إسرائيل في الدفاع عن نفسها``، ``يحق لإسرائيل أن تدافع عن نفسها`` (or ``الدفاع عن
    نفسها``): the actor whose right to defend itself is upheld, the owner of the right or the
    ل-actor of the verb of entitlement."""
    entitled = strip_conjunction(tokens[k].norm) == _ENTITLED
    owner = next(
        (
            a
            for a in actors
            if a.first == k + 1 and not a.adjective and (a.governor == "ل") == entitled
        ),
        None,
    )
    if owner is None or owner.last + 2 >= len(tokens):
        return []
    after = owner.last + 1
    if entitled and tokens[after].norm in _THAT:  # يحق لإسرائيل أن تدافع: أن opens a clause
        defending, last = defends(tokens[after + 1].norm), owner.last
    else:  # حق إسرائيل في الدفاع، يحق لإسرائيل الدفاع
        last = after + (not entitled)
        defending = tokens[last].norm == _DEFENCE
    if not defending or not same_clause(tokens, k, last):
        return []
    return [Chain(k, 1, owner, _SUPPORT_VALUE, RIGHT_RULE, k)]


def _responsible(
    k: int, tokens: list[Token], actors: list[Actor], values: dict[int, float], acts: set[int]
) -> list[Chain]:
    """``أن روسيا هي المسؤولة عن محاولة تسميم ...``, ``تتحمل إسرائيل المسؤولية عن ...``,
    ``تتحمل إيران مسؤولية الهجوم``: the actor just before a word of responsibility, when عن
    follows it (an adjective may stand between) or it owns what follows, and a hostile word or
    a reported hostile act (``acts``: the token positions of
    ``[acts]`` words, which fire nothing themselves) within three words after that
    (``المسؤول الروسي عن الملف`` names an official, no blame)."""
    # مسؤولية الهجوم: it owns the deed after it, borne or laid by a verb just before it (not
    # ألقت ... مسؤولية الهجوم على، نفيها مسؤولية دمشق: another is blamed, or none)
    construct = not definite(tokens[k].norm)
    if construct and not any(
        strip_conjunction(t.norm) in _BEARING and t.clause == tokens[k].clause
        for t in tokens[max(k - CHAIN_SCOPE, 0) : k]
    ):
        return []
    about = k + 2 if k + 2 < len(tokens) and definite(tokens[k + 1].norm) else k + 1
    about = k + 1 if construct else about
    if about >= len(tokens) or (tokens[about].norm != _ABOUT and not construct):
        return []  # (an adjective may stand between: المسؤولية الكاملة عن)
    deed = about + 1 if tokens[about].norm == _ABOUT else about
    if construct and names_a_duty(deed, tokens):  # مسؤولية حماية المدنيين: a duty, no blame
        return []
    giving = role_frames().friendly_acts
    if not same_clause(tokens, k, about) or not any(
        values.get(j, 0.0) < 0 or (j in acts and giving.isdisjoint(word_forms(tokens[j].norm)))
        for j in range(deed, min(deed + 3, len(tokens)))
    ):
        return []
    held = [
        a
        for a in actors
        if k - 3 <= a.last < k and not a.in_phrase and same_clause(tokens, k, a.first)
    ]
    return [Chain(k, 1, a, _BLAME_VALUE, "one held responsible", k) for a in held[-1:]]

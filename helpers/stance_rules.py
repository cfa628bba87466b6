"""The stance rules: each lexicon hit of a sentence attached to the actor it is about.

A sentence that mentions actors is read token by token; the lexicon
(:mod:`helpers.stance_lexicon`) finds its words through clitics and endings, and each
evaluative hit is attached to an actor by one rule per role, set by the hit's ``role`` and
part of speech:

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
الاحتلال التركي``) judges only through that act.

The roles of acts are data (``helpers/data/role_frames.toml``): reported acts (sanctions,
strikes, aid) fire nothing, experiencer verbs (``تعرض لـ``) make their subject the patient,
words of countering (``مكافحة الإرهاب``) cancel the hostile word they govern, success at a
hostile thing is no praise. Negators flip the hits in the next two words of the clause (a
negated hostile or negative word counts for nothing), shifters flip the patient and evaluative
hits they govern, intensifiers multiply the nearest hit. Every hit keeps the words that fired
and the rule that attached it, so each score can be checked by reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.arabic import normalize, strip_article, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import (
    Actor,
    MentionInfo,
    Token,
    locate_actors,
    read_tokens,
    with_phrase,
)
from helpers.stance_lexicon import (
    Entry,
    StanceLexicon,
    default_lexicon,
    role_frames,
    word_forms,
)
from helpers.stance_roles import (
    attacked,
    countered,
    describes_a_third_party,
    doer_is_no_actor,
    follows_an_act,
    known_act,
    may_be_doer,
    named_agent,
    names_another_doer,
    object_after_verb,
    pronoun_speaks,
    receiver_of,
    refers_to_the_act_before,
    refers_to_the_noun_before,
    sufferers,
    victim_of_another_act,
)

__all__ = ["Hit", "attach_hits"]

_EVALUATIVE_ROLES = ("agent", "patient", "mutual", "evaluative")
_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")
_OBJECT_PREPOSITIONS = function_words("object_prepositions")
_NEGATION_SCOPE = 2  # words after a negator that it governs
_SHIFTER_SCOPE = 3  # words after a shifter (رفعت الولايات المتحدة العقوبات)
_INTENSIFIER_SCOPE = 2  # words either side of an intensifier
_MUTUAL_SCOPE = 6  # words either side of a cooperation word
_RECEIVER_SCOPE = 4  # words from a receiving verb to its patient hit (لقي الموقف الأوكراني ترحيبا)
_NOUN_OBJECT_SCOPE = 6  # words from a patient noun to its preposition object
_VERB_OBJECT_SCOPE = 9  # ... from a verb, whose subject may stand between (أشاد وزير ... بالموقف)


@dataclass
class Hit:
    """One lexicon word attached to one actor.

    ``value`` is the signed contribution (weight, flipped by a negator or shifter, multiplied by
    an intensifier); ``words`` the text that fired (the hit and its modifiers); ``start`` the
    hit's offset in the text; ``rule`` how the actor was found; ``actor_start`` the offset of
    the mention it attached to.
    """

    actor: str
    term: str
    role: str
    value: float
    words: str
    start: int
    rule: str
    actor_start: int = -1  # where the mention the hit attached to starts


def attach_hits(
    text: str,
    mentions: list[MentionInfo],
    lexicon: StanceLexicon | None = None,
    span: tuple[int, int] | None = None,
) -> list[Hit]:
    """Lexicon hits of one sentence, each attached to the actor it is about.

    Parameters
    ----------
    text : str
        The article body (offsets index it).
    mentions : list of MentionInfo
        The actor mentions inside the sentence (see :class:`MentionInfo`).
    lexicon : StanceLexicon, optional
        Default: the project lexicon.
    span : (int, int), optional
        The sentence's offsets; default the whole text.

    Returns
    -------
    list of Hit
        In text order; a hit that attaches to no actor is not returned.
    """
    lexicon = lexicon or default_lexicon()
    start, end = span or (0, len(text))
    tokens = read_tokens(text, start, end)
    if not tokens:
        return []
    actors = locate_actors(tokens, mentions)
    if not actors:
        return []
    norms = [t.norm for t in tokens]
    found = []
    i = 0
    while i < len(tokens):
        matched = lexicon.match(norms, i)
        if matched is None:
            i += 1
            continue
        found.append((i, *matched))
        i += matched[1]
    blocked = {i + k for i, _, n, _ in found for k in range(n)}
    actors = [with_phrase(a, tokens, blocked) for a in actors]
    hits: list[Hit] = []
    frames = role_frames()
    starts = [j for j, other, _, _ in found if other.role in _EVALUATIVE_ROLES]
    receivers = [j for j, other, _, _ in found if other.role == "receiver"]
    experiencers = [
        k for k, t in enumerate(tokens) if strip_conjunction(t.norm) in frames.experiencers
    ]
    receivers += experiencers
    for i, entry, n, possessive in found:
        if (
            entry.role not in _EVALUATIVE_ROLES
            or normalize(entry.term) in frames.acts
            or (entry.role == "mutual" and _spoken_of(i, tokens))
            or (entry.role != "patient" and countered(i, tokens, actors, frames))
        ):
            continue
        value, words = _modified(i, n, entry, found, tokens, text)
        if value > 0 and normalize(entry.term) in frames.achievements:
            value = _achieved(i, n, value, found, tokens)
        if value == 0:
            continue
        receiver = next((j for j in receivers if 0 < i - j <= _RECEIVER_SCOPE), None)
        # an adjective after an experiencer describes what is suffered (عانى من نزاع مدمر)
        described = entry.pos == "adj" and receiver in experiencers
        if entry.role in ("patient", "evaluative") and receiver is not None and not described:
            targets = receiver_of(i, receiver, actors)
        else:
            targets = _targets(i, n, entry, possessive, tokens, actors, starts)
            if receiver is not None:  # تعرضت أوكرانيا لهجوم: the one who suffers is not judged
                suffering = {a.actor for a, _ in receiver_of(i, receiver, actors)}
                targets = [(a, rule) for a, rule in targets if a.actor not in suffering]
        for actor, rule in targets:
            hits.append(
                Hit(
                    actor.actor,
                    entry.term,
                    entry.role,
                    value,
                    words,
                    tokens[i].start,
                    rule,
                    tokens[actor.first].start,
                )
            )
    return hits


def _achieved(i: int, n: int, value: float, found: list, tokens: list[Token]) -> float:
    """A success word's value: negative when what was achieved is negative (``نجحت إيران في
    نشر الفوضى``), that is a negative hit within :data:`_ACHIEVEMENT_SCOPE` words after it."""
    for j, other, _, _ in found:
        if 0 < j - (i + n - 1) <= _ACHIEVEMENT_SCOPE and tokens[j].clause == tokens[i].clause:
            if other.role in _EVALUATIVE_ROLES and other.weight < 0:
                return -value
    return value


_ACHIEVEMENT_SCOPE = 4


def _modified(
    i: int, n: int, entry: Entry, found: list, tokens: list[Token], text: str
) -> tuple[float, str]:
    """The hit's signed value after negators, shifters and intensifiers, and the words used."""
    value = entry.weight
    words = [text[tokens[i].start : tokens[i + n - 1].end]]
    clause = tokens[i].clause
    for j, other, m, _ in found:
        if tokens[j].clause != clause or j == i:
            continue
        distance = i - j
        if other.role == "negator" and 0 < distance <= _NEGATION_SCOPE:
            # a negated hostile or negative word is no praise (ألا يكرروا أخطاء الماضي), and a
            # negated cooperation word no hostility
            value = 0.0 if entry.role in ("mutual", "agent") or value < 0 else -value
        elif (
            other.role == "shifter"
            and 0 < distance <= _SHIFTER_SCOPE
            and entry.role
            in (
                "patient",
                "evaluative",
            )
        ):
            value = -value
        elif other.role == "intensifier" and abs(j - i) <= _INTENSIFIER_SCOPE + n - 1:
            value *= other.weight
        else:
            continue
        words.insert(0 if j < i else len(words), text[tokens[j].start : tokens[j + m - 1].end])
    return value, " ".join(words)


def _spoken_of(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` is what someone talks about (``حديث الحلف عن الحوار``,
    ``يتحدث عن التعاون``): a cooperation word after عن with a word of speaking at most three words
    before the عن is reported, not enacted."""
    if i < 2 or tokens[i - 1].norm != "عن":
        return False
    return any(_bare(tokens[k].norm).startswith(_SPEAKING) for k in range(max(i - 4, 0), i - 1))


_SPEAKING = tuple(sorted(function_words("speaking")))


def _bare(norm: str) -> str:
    """``norm`` without a leading و/ف and article (والحديث -> حديث)."""
    return strip_article(strip_conjunction(norm), 3)


def _pronoun_object(j: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """``دعمهم الثابت لسيادتها``: a preposition + pronoun object within three words after a
    patient word refers back to the last actor named before it."""
    for k in range(j, min(j + 3, len(tokens))):
        if tokens[k].clause != tokens[j - 1].clause or any(a.first == k for a in actors):
            return None
        norm = tokens[k].norm
        if (
            norm[:1] in ("ل", "ب")
            and norm.endswith(_POSSESSIVES)
            and len(norm) > 3
            and not norm.startswith("بين")  # باتهامات بينها: among them, the accusations
        ):
            owners = [a for a in actors if a.last < j]
            return owners[-1] if owners else None
    return None


def _relative_subject(j: int, tokens: list[Token], free_after: list[Actor]) -> Actor | None:
    """``المخاوف الأمنية المشروعة التي طرحتها موسكو``: an adjective followed by a relative
    pronoun qualifies what the relative clause's subject did or said, so it is about that
    subject (an actor within three words of ``التي``/``الذي``)."""
    if j >= len(tokens) or tokens[j].norm not in _RELATIVES:
        return None
    return next((a for a in free_after if j < a.first <= j + 3 and not a.adjective), None)


_RELATIVES = function_words("relatives")


def _opens_with_pronoun(i: int, tokens: list[Token]) -> bool:
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


def _object_follows(j: int, tokens: list[Token]) -> bool:
    """Whether a preposition object (``لسيادتها``, ``على روسيا``) starts at token ``j``."""
    if j >= len(tokens) or tokens[j].clause != tokens[j - 1].clause:
        return False
    return (
        tokens[j].norm in _OBJECT_PREPOSITIONS
        or bool(tokens[j].prefix_prep)
        or (tokens[j].norm[:1] == "ل" and tokens[j].norm.endswith(_POSSESSIVES))
    )


def _object_owner(j: int, tokens: list[Token], actors: list[Actor], stop: int) -> Actor | None:
    """The owner of a patient word's object: the first word within :data:`_OBJECT_SCOPE` words
    that carries or follows a preposition (``بقرار``, ``على سياسة``), and right after it an actor
    as its owner or adjective (``بقرار الولايات المتحدة``, ``بالموقف الأمريكي``)."""
    clause = tokens[j - 1].clause
    for k in range(j, min(j + _OBJECT_SCOPE, stop, len(tokens))):
        if tokens[k].clause != clause or any(a.first <= k <= a.last for a in actors):
            return None
        carries = tokens[k].prefix_prep or tokens[k].norm[:1] in ("ب", "ل")
        follows = k > j and tokens[k - 1].norm in _OBJECT_PREPOSITIONS
        if carries or follows:
            if role_frames().genitive_patient.intersection(word_forms(tokens[k].norm)):
                return None  # ندد باحتلال فلسطين: the owner suffers the act
            owner = next((a for a in actors if a.first == k + 1 and not a.governor), None)
            return owner if owner is not None and tokens[k + 1].clause == clause else None
    return None


_OBJECT_SCOPE = 3  # words from a patient word to its object (رحبت إسرائيل، السبت، بقرار)


def _owner_is_agent(i: int, n: int, entry: Entry, owner: Actor, tokens: list[Token]) -> bool:
    """Whether the owner of a patient noun is its agent (see ``[genitive_agent]`` in
    ``role_frames.toml``): a speech-act noun (``انتقادات ترامب``), a noun written with ب
    (``بدعم روسيا``), or an owner followed by a preposition object (``دعم واشنطن لكييف``)."""
    if normalize(entry.term) in role_frames().genitive_agent:
        return True
    if strip_conjunction(tokens[i].norm).startswith("ب") and not tokens[i].prefix_prep:
        return True
    after = owner.last + 1
    if after >= len(tokens) or tokens[after].clause != tokens[i].clause:
        return False
    return tokens[after].norm in _OBJECT_PREPOSITIONS or tokens[after].prefix_prep == "ل"


def _new_conjunct(j: int, site: _Site) -> bool:
    """Whether the one word between a hit and the actor after it opens a new conjunct
    (``وشبان``): the actor then belongs to another party, not to the hit's noun."""
    first = site.free_after[0].first
    return first == j + 1 and site.tokens[j].norm.startswith("و") and j not in site.hit_starts


def _non_actor_owner(i: int, n: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """A noun in the construct state (no article) followed by a definite word that is no
    actor (``فشل المفاوضات``): the definite word is its owner, what the noun is about."""
    j = i + n
    if j >= len(tokens) or tokens[j].clause != tokens[i].clause:
        return False
    if _bare(tokens[i].norm).startswith("ال") or tokens[i].norm.startswith(
        ("ال", "وال", "بال", "لل")
    ):
        return False
    owner = strip_conjunction(tokens[j].norm)
    return owner.startswith("ال") and not any(a.first <= j <= a.last for a in actors)


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

    def __post_init__(self) -> None:
        clause = self.tokens[self.i].clause
        self.here = [a for a in self.actors if self.tokens[a.first].clause == clause]
        self.after = [a for a in self.here if a.first >= self.i + self.n]
        self.before = [a for a in self.here if a.last < self.i]
        self.free_after = [a for a in self.after if not a.governor]

    def may_be_doer(self, actor: Actor, *, owner: bool = False) -> bool:
        """Whether a fallback rule (an actor found before the word, not next to it) may make
        ``actor`` the doer: not a sufferer, author or speaker (:mod:`helpers.stance_roles`).
        ``owner``: the actor owns the word's pronoun (see :func:`may_be_doer`)."""
        return may_be_doer(actor, self.i, self.tokens, self.actors, owner=owner)


_Targets = list[tuple[Actor, str]]


def _targets(
    i: int,
    n: int,
    entry: Entry,
    possessive: bool,
    tokens: list[Token],
    actors: list[Actor],
    hit_starts: list[int],
) -> _Targets:
    """The actor(s) a hit at tokens ``i .. i+n-1`` is about, with the rule that found it: one
    rule set per role (:func:`_mutual_targets`, :func:`_patient_targets`,
    :func:`_judged_targets` for agent and evaluative hits)."""
    site = _Site(i, n, entry, possessive, tokens, actors, hit_starts)
    if not site.here and entry.role in ("agent", "evaluative") and _opens_with_pronoun(i, tokens):
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
    next_hit = min((j for j in site.hit_starts if j > i), default=len(tokens))
    objects = [
        a
        for a in site.after
        if a.governor in _OBJECT_PREPOSITIONS | {"ب", "ل"}
        and a.first < next_hit
        and not victim_of_another_act(a, site.entry, tokens)
    ]
    scope = _VERB_OBJECT_SCOPE if site.entry.pos == "verb" else _NOUN_OBJECT_SCOPE
    if objects and objects[0].first - i <= scope:
        return [(objects[0], f"object after {objects[0].governor}")]
    pronoun = _pronoun_object(i + n, tokens, site.actors)
    if pronoun is not None:
        return [(pronoun, "owner of the pronoun after the preposition")]
    owner = _object_owner(i + n, tokens, site.actors, next_hit + 1)
    if owner is not None:  # رحبت إسرائيل بقرار الولايات المتحدة، انتقاداتهم لسياسات موسكو
        return [(owner, "owner of the object")]
    if site.possessive:
        if site.entry.pos == "verb" and refers_to_the_noun_before(i, tokens):
            return []  # في خطوة انتقدتها: the pronoun is the step, not an actor
        if pronoun_speaks(i + n, site.entry, tokens):
            return []  # تجدد سوريا إدانتها الشديدة لأي استخدام: the pronoun condemns
        owners = [a for a in site.here if a.last < i and not _object_follows(i + n, tokens)]
        # اتهامها بممارسات: the pronoun is the one accused (the last actor named)
        return [(owners[-1], "object in the attached pronoun")] if owners else []
    if site.entry.pos == "verb":
        subject_before = any(not a.in_phrase for a in site.before)
        if i + n in site.hit_starts:  # تدين الاحتلال التركي لمدينة حلب السورية:
            return []  # the object is the act, which is judged itself
        # an actor inside a prepositional phrase is no object (تدين ... في مدينة حلب السورية)
        free = [a for a in site.free_after if not a.in_phrase]
        found = free[0:1] if subject_before else free[1:2]
        # أدانت الرئاسة استهداف موكب رئيس الوزراء الفلسطيني: the owner of the act is its victim
        suffering = sufferers(tokens[i].clause, tokens, site.actors)
        return [(a, "object of the verb") for a in found if a.actor not in suffering]
    genitive = [a for a in site.free_after if a.first == i + n and not a.adjective]
    if genitive and _owner_is_agent(i, n, site.entry, genitive[0], tokens):
        return []  # انتقادات ترامب للمملكة، بدعم روسيا: the owner speaks or gives
    return [(a, "genitive after the noun") for a in genitive]


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
            if a.first - (i + n) < _SUBJECT_SCOPE and not object_after_verb(i + n, a, tokens)
        ]  # not تقوض مستقبل سورية, nor an actor far after the verb
        return [(a, "subject after the verb") for a in after]
    if entry.pos != "adj" and site.free_after and site.free_after[0].first <= i + n + 1:
        if not _new_conjunct(i + n, site):  # جيش الاحتلال وشبان فلسطينيين: another party
            return [(site.free_after[0], "actor right after the word")]
    if entry.pos == "noun":  # a noun's doer is the subject of its clause, not any actor before
        subjects = [a for a in subjects if _opens_its_clause(a, tokens)]
    if subjects:
        nearest = subjects[-1]
        if not site.may_be_doer(nearest):
            return []
        return [(nearest, "nearest actor before, outside prepositional phrases")]
    clause = tokens[i].clause
    earlier = [
        a
        for a in site.actors
        if _opens_its_clause(a, tokens) and not a.in_phrase and tokens[a.first].clause < clause
    ]
    if earlier and (not site.may_be_doer(earlier[-1]) or known_act(i, entry, tokens)):
        return []
    if earlier and not (entry.pos == "adj" and _describes_an_owned_noun(i, tokens, site.actors)):
        # أعلن الحلف ...، في خطوة تصعيدية: the sentence's subject, before the comma. Only the
        # subject that opens its clause: an actor named later in an earlier clause is often
        # the victim of what follows (... لقوات الأمن الأوكرانية، التي نجحت في إبطال الجريمة)
        return [(earlier[-1], "subject of an earlier clause")]
    return []


def _owned_targets(site: _Site) -> _Targets | None:
    """The rules that read what a judged word owns or describes; None when none applies."""
    i, n, entry, tokens = site.i, site.n, site.entry, site.tokens
    marked, agent = named_agent(i + n, tokens, site.after) if entry.role == "agent" else (0, None)
    if marked:  # تعرضت أوكرانيا لعدوان من قبل روسيا؛ تدخل من قبل قائد الفريق: no actor
        return [(agent, "agent after من قبل")] if agent is not None else []
    if entry.pos == "adj" and describes_a_third_party(i, tokens):
        return []  # طرد التنظيمات الإرهابية: the adjective describes the group
    if site.possessive:
        if entry.role == "agent" and normalize(entry.term) in role_frames().genitive_patient:
            return []  # اغتياله، احتلالها: the pronoun suffers the act; its doer is not named
        # the owner of عدوانه is an actor named as such (تركيا، على روسيا), not one that only
        # qualifies a noun inside a prepositional phrase (بين مكونات الشعب السوري)
        owners = [a for a in site.actors if a.last < i and (a.governor or not a.in_phrase)]
        if owners and refers_to_the_act_before(i, owners[-1].last, tokens, site.hit_starts):
            return []  # مجزرة الاحتلال وإرهابه: the pronoun is the occupation, no actor
        if not owners or not site.may_be_doer(owners[-1], owner=True):
            return []
        return [(owners[-1], "owner of the attached pronoun")]
    if entry.pos == "adj" or (entry.role == "agent" and entry.pos == "noun"):
        relative = _relative_subject(i + n, tokens, site.free_after)
        if relative is not None:  # الجرائم التي ارتكبها الاحتلال الإسرائيلي
            if relative.actor in sufferers(tokens[relative.first].clause, tokens, site.actors):
                return []  # العدوان الذي تتعرض له سوريا: the relative clause names the victim
            return [(relative, "subject of the relative clause after it")]
        if names_another_doer(i + n, tokens, site.actors):
            return []  # الجريمة التي ارتكبها الإرهابيون: the doer is named, and no actor
    owner_after = next((a for a in site.after if a.first == i + n and a.governor == "ل"), None)
    if entry.pos == "adj" and owner_after is not None and not follows_an_act(i, tokens):
        # النشاط الخبيث للصين; but احتلالها غير الشرعي لأوكرانيا: ل marks the act's victim
        return [(owner_after, "owner after the adjective")]
    if entry.pos == "noun" and _non_actor_owner(i, n, tokens, site.actors):
        return []  # فشل المفاوضات، دعم الإرهاب: the word is about its owner, not an actor
    if entry.role == "agent" and entry.pos == "noun" and doer_is_no_actor(site.i, n, tokens, site):
        return []  # غزو أوكرانيا، اغتيال رئيس الوزراء الإسرائيلي، جيش الاحتلال
    return None


_CLAUSE_SUBJECT = 3  # the first words of a clause, where its subject stands (بينما تواصل روسيا)
_SUBJECT_SCOPE = 3  # words from a subject to its hostile verb (روسيا تواصل ... تهدد)


def _opens_its_clause(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor stands among the first :data:`_CLAUSE_SUBJECT` words of its clause,
    where a clause names its subject (``وتواصل كييف``, ``بينما تواصل روسيا``)."""
    first = actor.first
    while first > 0 and tokens[first - 1].clause == tokens[actor.first].clause:
        first -= 1
    return actor.first - first <= _CLAUSE_SUBJECT


def _describes_an_owned_noun(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the adjective at ``i`` follows a noun with its own owner (``حرص الحلفاء الصادق``):
    it describes that phrase, whose owner is named, not the subject of an earlier clause (as in
    ``في خطوة تصعيدية``)."""
    if i < 2 or tokens[i - 2].clause != tokens[i].clause:
        return False
    owner, noun = tokens[i - 1], tokens[i - 2]
    return (
        strip_conjunction(owner.norm).startswith("ال")
        and not _bare(noun.norm).startswith("ال")
        and not any(a.first <= i - 1 <= a.last for a in actors)
    )

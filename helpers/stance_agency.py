"""Who does a hostile act whose doer is written through another word.

:func:`helpers.stance_doers.judged_targets` finds the doer of a hostile word (``عدوان``,
``تهديد``, ``تزعزع``) next to it: its adjective, its owner, the subject of its verb. In
reported speech the doer is often one step away, through a verb, a preposition or a deed:

* **aim and pursuit**: the subject of a verb or participle of aiming or persisting whose
  object the act is (``تسعى روسيا إلى زعزعة الاستقرار``, ``تتعمد واشنطن
  استفزاز``, ``إسرائيل مستمرة في انتهاك``): :func:`aimer`;
* **an inserted clause**: the subject before a relative clause or phrase between commas is
  the subject of the hostile verb after it (``إن روسيا، التي تنفي أي دور لها، تقف وراء
  الهجوم``): :func:`subject_past_insertion`;
* **committer**: the subject of a verb of committing whose pronoun is an indefinite hostile
  noun (``مجزرة ارتكبتها إسرائيل``): :func:`committer`;
* **source**: the actor right after من that follows a threat or pressure (``تهديدات من
  روسيا``, ``ضغوط هائلة من واشنطن``): :func:`source_after`;
* **owned conduct**: the owner of a deed that a relative clause with the hostile verb
  describes (``نشاطات إيران التي تزعزع الاستقرار``): :func:`conduct_owner`;
* **a deed as the subject**: the doer its relative clause names for the deed that is the
  hostile verb's subject (``إن الضربات التي نفذتها الولايات المتحدة ... تنتهك القانون
  الدولي``): :func:`deed_subject_doer`;
* **the thing harmed**: a verbal noun of harming owned by a definite word that is no actor
  (``لعرقلة الانتخابات``) has that thing for its object, and its doer is still the subject of
  its clause (:func:`harms_a_thing`, read by :mod:`helpers.stance_doers`);
* **a thing's state**: an adjective after a verb of being whose subject, right before it, is a
  definite word that is no actor (``حالته الصحية لا تزال خطيرة``) says what the thing is,
  and has no doer (:func:`state_of_a_thing`).

Each reads one construction of news writing and names nobody when the words around the act
leave the doer open.
"""

from __future__ import annotations

from typing import Any

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.comma_clauses import is_title
from helpers.cues import default_cues, function_words
from helpers.speech_parts import has_preposition
from helpers.stance_clauses import PREPOSITIONS, RESUMPTIVE, Actor, Token, definite
from helpers.stance_lexicon import default_lexicon, role_frames, word_forms

__all__ = ["AIMS", "doer_apart", "harms_a_thing", "state_of_a_thing", "threat_not_posed"]

AIMS = function_words("aim_verbs")
"""Verbs of aiming and seeking (``تسعى``، ``تحاول``): what their subject wants."""
_PURSUITS = function_words("pursuit_words")
_AIM_LINKS = frozenset(normalize(w) for w in ("إلى", "على", "في"))


def doer_apart(site: Any) -> list[tuple[Actor, str]] | None:
    """The doer of a hostile act written through another word, with the rule that found it:
    the subject of a verb that aims at or pursues it, the author of a threat after من, the
    owner of the conduct a relative clause with it describes, the doer of the deed that is its
    subject. No one when a negated verb of pursuit takes the act
    (``لم تواصل روسيا التدخل``); None when no rule applies. Only for an agent word of negative
    weight. ``site``: the hit and the actors around it
    (:class:`helpers.stance_doers.HitSite`)."""
    i, n, tokens = site.i, site.n, site.tokens
    if site.entry.role != "agent" or site.entry.weight >= 0:
        return None
    aimed, subject = aimer(i, tokens, site.before)
    if aimed:
        return [(subject, "subject of the verb that aims at the act")] if subject else []
    found = (
        (subject_past_insertion(i, tokens, site.actors), "subject before an inserted clause"),
        (source_after(i, n, tokens, site.after), "author after من"),
        (committer(i, n, tokens, site.after), "subject of the relative clause after it"),
        (conduct_owner(i, tokens, site.before), "owner of the conduct the relative describes"),
        (deed_subject_doer(i, tokens, site.actors, site.hit_starts), "doer of the subject deed"),
    )
    return next(([(actor, rule)] for actor, rule in found if actor is not None), None)


def aimer(i: int, tokens: list[Token], before: list[Actor]) -> tuple[bool, Actor | None]:
    """Whether the hostile act at ``i`` is what a verb of aiming (``[aim_verbs]``) or a word of
    pursuit (``[pursuit_words]``) takes, right after it or after إلى/على/في, with its subject
    next to it; and that subject, the actor that seeks, tries or persists in the act (``تسعى
    روسيا إلى زعزعة الاستقرار``, ``روسيا تحاول تقويض الاتفاق``, ``إسرائيل مستمرة في
    انتهاك``). The act's own object (``الاستقرار``) names no doer; the verb's subject does. A
    negator right before the verb (``لم تواصل روسيا التدخل``،
    ``إسرائيل ليست مستمرة في``) leaves the act undone: no one is judged, and its reach ends
    before the act. ``before``: the actors before the word in its clause."""
    j = i - 1 if i and strip_conjunction(tokens[i - 1].norm) in _AIM_LINKS else i
    subjects = [a for a in before if not a.governor and a.last < j]
    if not subjects or tokens[subjects[-1].first].clause != tokens[i].clause:
        return False, None
    subject = subjects[-1]
    head = subject.first - subject.adjective  # يحاول الرئيس الروسي: the noun it describes
    if subject.last == j - 1 and _aims(tokens, head - 1):  # تسعى روسيا إلى
        verb = head - 1
    elif subject.last in (j - 2, j - 3) and _aims(tokens, j - 1):  # روسيا تسعى إلى
        verb = j - 1
        if subject.last == j - 3 and not _negated(verb, tokens):
            return False, None  # روسيا ليست مستمرة في: only a negator may stand between
    else:
        return False, None
    return True, None if _negated(verb, tokens) else subject


def _aims(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is a verb of aiming or a word of pursuit."""
    return k >= 0 and strip_conjunction(tokens[k].norm) in AIMS | _PURSUITS


def _negated(k: int, tokens: list[Token]) -> bool:
    """Whether a negator of the lexicon stands right before the word at ``k``, in its clause."""
    if k < 1 or tokens[k - 1].clause != tokens[k].clause:
        return False
    entry = default_lexicon().match([tokens[k - 1].norm], 0)
    return entry is not None and entry[0].role == "negator"


def subject_past_insertion(i: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The subject of a clause cut by an inserted relative clause or phrase between commas:
    ``إن روسيا، التي تنفي أي دور لها، تقف وراء الهجوم``، ``إن إيران، عبر وكلائها في
    المنطقة، تهدد أمن الملاحة``. The hostile verb opens its clause (or follows a verb of aiming
    or pursuit there: ``، تواصل انتهاك``), the clause before it opens with a relative pronoun or
    a preposition, and the clause before that ends with the actor it opens with (after إن/أن):
    a subject still waiting for its predicate."""
    start = _clause_start(i, tokens)
    if start != i and not (start == i - 1 and _aims(tokens, start)):
        return None
    if tokens[start].norm.endswith(RESUMPTIVE):
        return None  # ، تهددها روسيا: the verb's object is the pronoun, its subject after it
    inserted = _clause_start(start - 1, tokens) if start else 0
    if not inserted or start - inserted > _INSERTION_WORDS:
        return None
    opener = strip_conjunction(tokens[inserted].norm)
    if opener not in _RELATIVES and opener not in _STOPS:
        return None
    subject = next((a for a in actors if a.last == inserted - 1), None)
    if subject is None or subject.in_phrase or subject.adjective:
        return None
    first = _clause_start(subject.first, tokens)
    head = strip_conjunction(tokens[first].norm)
    opens = first == subject.first or (
        first == subject.first - 1 and head in default_cues().complementizers
    )
    return subject if opens else None


def _clause_start(k: int, tokens: list[Token]) -> int:
    """The first token of the clause of token ``k``."""
    while k > 0 and tokens[k - 1].clause == tokens[k].clause:
        k -= 1
    return k


_INSERTION_WORDS = 12  # an inserted relative clause or phrase between two commas


def committer(i: int, n: int, tokens: list[Token], after: list[Actor]) -> Actor | None:
    """The subject of a verb of committing (``[doing_verbs]``) that opens the relative clause of
    an indefinite hostile noun, carrying its pronoun (``مجزرة ارتكبتها إسرائيل``, ``انتهاكات
    يومية ترتكبها القوات الإسرائيلية``, ``جرائم وانتهاكات يرتكبها النظام``): an indefinite
    relative clause has no pronoun of its own. At most two indefinite words (adjectives, a
    joined noun) between the noun and the verb, and the actor within three words after the
    verb, no preposition between (``ارتكبتها قوات الاحتلال الإسرائيلي``); not a private
    person's nationality (``نفذها شخص سوري``)."""
    if definite(strip_conjunction(tokens[i].norm)):
        return None  # the definite noun takes الذي/التي (helpers.stance_syntax.relative_subject)
    clause = tokens[i].clause
    for k in range(i + n, min(i + n + _COMMITTED_REACH, len(tokens))):
        if tokens[k].clause != clause or any(a.first == k for a in after):
            return None
        if _commits(tokens[k].norm):
            doer = next((a for a in after if k < a.first <= k + 3 and not a.governor), None)
            if doer is None or any(_governs(tokens[m]) for m in range(k + 1, doer.first)):
                return None
            private = doer.adjective and not definite(tokens[doer.first].norm)
            return None if private else doer  # نفذها شخص سوري: a person, not the state
        word = strip_conjunction(tokens[k].norm)
        if definite(word) or _governs(tokens[k]) or (word[:1] == "ل" and has_preposition(word)):
            return None  # ذريعة لضربة شنتها: another noun, the verb's object
    return None


def _commits(norm: str) -> bool:
    """Whether ``norm`` is a verb of committing with the pronoun of its object (``ارتكبتها``)."""
    word = strip_conjunction(norm)
    return any(word.endswith(pronoun) and word[: -len(pronoun)] in _DOING for pronoun in RESUMPTIVE)


def _governs(token: Token) -> bool:
    """Whether the token is a preposition or carries one (``بحق``، ``بالرصاص``)."""
    return bool(token.prefix_prep) or strip_conjunction(token.norm) in _STOPS


_DOING = function_words("doing_verbs")
_COMMITTED_REACH = 3  # the noun's adjectives or joined noun (at most two) and the verb


def source_after(i: int, n: int, tokens: list[Token], after: list[Actor]) -> Actor | None:
    """The actor a threat or pressure comes from (``[sourced_acts]``): right after من, the noun
    and at most two adjectives before it (``تهديدات من روسيا``, ``ضغوط هائلة من واشنطن``,
    ``التهديدات المتتالية من روسيا``). Only the actor's own name, not an adjective of a place
    (``من الأراضي السورية``: where it comes from), and no other preposition or participle of
    coming between (``القادمة من سوريا``)."""
    if not _SOURCED.intersection(word_forms(tokens[i + n - 1].norm)):
        return None
    clause = tokens[i].clause
    for k in range(i + n, min(i + n + _SOURCE_REACH, len(tokens))):
        word = strip_conjunction(tokens[k].norm)
        if tokens[k].clause != clause or any(a.first == k for a in after):
            return None
        if word == _FROM:
            author = next((a for a in after if a.first == k + 1 and not a.adjective), None)
            return None if author is None or _content_follows(author, tokens, after) else author
        if not definite(word) and k > i + n:
            return None  # ضغوط هائلة من: adjectives agree with their noun
        if tokens[k].prefix_prep or word in _STOPS | _ORIGINS:
            return None  # التهديدات القادمة من سوريا: where it comes from
    return None


def _content_follows(author: Actor, tokens: list[Token], after: list[Actor]) -> bool:
    """Whether what the threat or pressure demands follows its author, past actors joined to it
    and their words (``تهديدات صريحة من الولايات المتحدة ودول غربية أخرى بالرد``, ``بتهديد
    مضاد من بكين ... بفرض رسوم``): a threat of a deed is a reported act, the threatener's own
    speech, no description of it."""
    clause = tokens[author.first].clause
    for k in range(author.last + 1, min(author.last + 1 + _CONTENT_REACH, len(tokens))):
        if tokens[k].clause != clause:
            return False
        word = strip_conjunction(tokens[k].norm)
        if (
            word[:1] == "ب"
            and has_preposition(tokens[k].norm)
            and not any(a.first == k for a in after)
        ):
            return True
    return False


_CONTENT_REACH = 8  # joined actors, a time phrase (في الرابع من أبريل) and the ب-content
_SOURCED = function_words("sourced_acts")
_SOURCE_REACH = 3  # the noun's adjectives (at most two) and من
_FROM = normalize("من")
_STOPS = function_words("prepositions")
_ORIGINS = function_words("origin_words")


def conduct_owner(i: int, tokens: list[Token], before: list[Actor]) -> Actor | None:
    """The owner of the conduct a relative clause with the hostile verb at ``i`` describes:
    the verb right after the relative pronoun (no pronoun of the antecedent on it: the
    relative is its subject), and before the pronoun a noun of conduct or deed (``نشاطات``،
    ``سياسات``، ``الضربات``) with its owner, the actor right after it or its adjective
    (``للرد على نشاطات إيران التي تزعزع الاستقرار``، ``السياسات الأمريكية التي تهدد``), also
    inside a prepositional phrase: the conduct is the owner's."""
    if i < 3 or tokens[i - 1].norm not in _RELATIVES or tokens[i].norm.endswith(RESUMPTIVE):
        return None
    owner = next((a for a in before if a.last == i - 2), None)
    if owner is None or owner.first < 1 or tokens[owner.first - 1].clause != tokens[i].clause:
        return None
    noun = tokens[owner.first - 1].norm
    return owner if _DEEDS.intersection(word_forms(noun)) else None


def harms_a_thing(term: str) -> bool:
    """Whether the lexicon word ``term`` is a verbal noun of harming (``[harming_acts]``), whose
    definite owner that is no actor is the thing harmed (``تقويض الاتفاق``), not its doer: the
    doer is then found as for a noun without an owner (``إن روسيا نفذت عملية لتقويض
    الاتفاق``)."""
    return normalize(term) in _HARMING


_HARMING = function_words("harming_acts")
_RELATIVES = function_words("relatives")
_DEEDS = function_words("conduct_nouns") | role_frames().judged_acts


def deed_subject_doer(
    i: int, tokens: list[Token], actors: list[Actor], hit_starts: list[int]
) -> Actor | None:
    """The doer of a deed that is the subject of the hostile verb at ``i`` (or of the verb of
    constituting before a hostile noun there: ``تشكل انتهاكا``): the clause opens with the
    definite deed (``[conduct_nouns]``, ``[judged_acts]``; after إن/أن or a conjunction), a
    relative pronoun follows it and a verb with the deed's pronoun (``التي نفذتها``), and the
    actor right after that verb (or after one head word) is its doer: ``إن الضربات التي
    نفذتها الولايات المتحدة مع فرنسا في محيط دمشق تنتهك القانون الدولي``. Between the doer
    and the word no other relative pronoun, no other hit and no actor outside a prepositional
    phrase: the word is then the main clause's predicate."""
    verb = i
    if i > 0 and strip_conjunction(tokens[i - 1].norm) in _COPULAS:
        verb = i - 1  # تشكل انتهاكا
    if _joined_verb(verb, tokens):
        return None  # التي فرضتها الولايات المتحدة أو هددت بفرضها: still the relative clause
    if tokens[verb].clause != tokens[i].clause:
        return None  # a copula in another clause: no predicate of the deed
    start = _clause_start(verb, tokens)
    d = start + (strip_conjunction(tokens[start].norm) in default_cues().complementizers)
    if d + 3 >= verb or not definite(strip_conjunction(tokens[d].norm)):
        return None
    if not _DEEDS.intersection(word_forms(tokens[d].norm)) or tokens[d + 1].norm not in _RELATIVES:
        return None
    if not tokens[d + 2].norm.endswith(RESUMPTIVE):
        return None
    doer = next((a for a in actors if a.first in (d + 3, d + 4) and not a.in_phrase), None)
    if doer is None or doer.last >= verb:
        return None
    between = range(doer.last + 1, verb)
    if any(tokens[k].norm in _RELATIVES or k in hit_starts for k in between):
        return None
    if any(a.first in between and not a.in_phrase for a in actors):
        return None
    return doer


def _joined_verb(k: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``k`` is joined by و or أو to the one before it: it goes on with the
    relative clause, not the main clause's predicate."""
    word = tokens[k].norm
    before = strip_conjunction(tokens[k - 1].norm) if k else ""
    return strip_conjunction(word) != word or before in _JOINERS


_JOINERS = frozenset(normalize(w) for w in ("و", "أو"))
_COPULAS = function_words("copulas")


def state_of_a_thing(i: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the adjective at ``i`` is the predicate of a verb of being (``[being_verbs]``,
    past a negator: ``لا تزال``، ``كانت``، ``أصبحت``) whose subject, the word right before the
    verb in its clause, is a definite word of no actor (``حالته الصحية لا تزال خطيرة``،
    ``الأوضاع كانت صعبة``): the adjective says what that thing is, and judges no actor named
    before it."""
    k = i - 1
    if k < 1 or strip_conjunction(tokens[k].norm) not in _BEING:
        return False
    k -= 1
    if tokens[k].norm in _NOT_BEFORE_BEING:
        k -= 1
    return (
        k >= 0
        and tokens[k].clause == tokens[i].clause
        and definite(strip_conjunction(tokens[k].norm))
        and not any(a.first <= k <= a.last for a in actors)
    )


_BEING = function_words("being_verbs")
_NOT_BEFORE_BEING = frozenset(normalize(w) for w in ("لا", "ما", "لم"))


def threat_not_posed(i: int, actor: Actor, tokens: list[Token]) -> bool:
    """Whether the verb at ``i`` is one of threatening (``[threat_verbs]``) and ``actor``, after
    it, is no one posing the threat. A threat posed is written verb first with the poser as
    its subject (``ويهدد التقدم التركي مصير الآلاف``، ``وتهدد الخطوة الأمريكية بحرمان``,
    also after a fronted phrase: ``إنه في الوقت الحالي تهدد روسيا أمن جيرانها``);
    after a word of its clause the verb has its subject before it and the actor after it is
    what is threatened (``إنها تهدد التفوق الأمريكي``، ``إذا هددت الولايات المتحدة``); and
    a person or a title (``هدد ولي العهد السعودي``، ``وهدد ترامب إيران``) utters a threat,
    a word about the threatened that judges the speaker no more than a warning does."""
    if strip_conjunction(tokens[i].norm) not in _THREATS:
        return False
    opens = _opens_its_clause(i, tokens)
    # وزير الداخلية الألماني may be one mention
    titled = any(is_title(tokens[k].norm) for k in range(i + 1, actor.last + 1))
    return not opens or actor.person or titled


def _opens_its_clause(i: int, tokens: list[Token]) -> bool:
    """Whether no word that could be the subject of the verb at ``i`` stands before it in its
    clause: the verb opens the clause, or only a prepositional phrase of a few words does
    (``في الوقت الحالي``), itself at the clause's start or after إنه/أنه, the pronoun of the
    matter (not ``إنها تهدد``: ها is the subject)."""
    clause = tokens[i].clause
    if i == 0 or tokens[i - 1].clause != clause:
        return True
    for k in range(i - 1, max(i - 1 - _FRONTED_WORDS, -1), -1):
        if tokens[k].clause != clause:
            return False
        if tokens[k].norm in PREPOSITIONS:
            return k == 0 or tokens[k - 1].clause != clause or tokens[k - 1].norm in _OF_THE_MATTER
    return False


_THREATS = function_words("threat_verbs")
_FRONTED_WORDS = 4  # في الوقت الحالي، خلال الأسابيع الماضية
_OF_THE_MATTER = frozenset(normalize(w) for w in ("إنه", "أنه"))

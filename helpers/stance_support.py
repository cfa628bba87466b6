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
(:func:`defends`: :mod:`helpers.stance` asks :func:`helpers.stance_voices.speaks_for` of it).
Only the actor right after its ``عن`` is the one defended (``دافع ... عن السعودية``), not one
defending with the subject (``ستدافع المستشارة مع ماكرون عن``) or the owner of a defended thing
(``عن حدود إسرائيل``, most often the speaker's own side), except the owner of a position,
decision, policy or role (``[judged_things]``: ``دافع الأسد عن دور روسيا``، ``عن السياسة
الأمريكية``), which is defended with it (:func:`defended_owner`).
"""

from __future__ import annotations

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word, definite, governed_from_before
from helpers.stance_hits import object_rule
from helpers.stance_lexicon import Entry, role_frames, word_forms

__all__ = [
    "DEFENDED_RULE",
    "DEFENDED_THING_RULE",
    "RIGHT_RULE",
    "defended_owner",
    "defends",
    "shown_favor",
    "support_given",
]

_SPONSORING = function_words("sponsoring_nouns")
_DECLARING = function_words("expressing_verbs") | function_words("declaring_words")
_DEFENDING = function_words("defending_verbs")  # دافع، يدافع، تدافع (عن)
DEFENDED_RULE = object_rule("عن")
"""The rule of the one defended: the actor right after عن."""
DEFENDED_THING_RULE = "owner of the position defended"
"""The rule of the owner of a defended position (``دافع الأسد عن دور روسيا``)."""
_ABOUT = normalize("عن")
_DEFENDED_SCOPE = 9  # from the verb of defending to its عن, past its subject
_THINGS = function_words("judged_things")  # موقف، قرار، سياسة، دور، جهود ...
RIGHT_RULE = "right to defend itself"
"""The rule of the actor whose right to defend itself is upheld (``يحق لإسرائيل أن تدافع عن
نفسها``): on the speaker's own side, self-defence, none by the guidelines."""
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


def _with_lam(k: int, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the word at ``k`` carries ل (``للنظام``، ``لقوات``), not a name that starts with
    its letter (``لندن``، ``لبنان``: an actor there is ل's object only with ل as its governor)."""
    word = strip_conjunction(tokens[k].norm)
    if word[:1] != "ل" or len(word) < 4:
        return False
    return not any(a.first == k and a.governor != "ل" for a in actors)


def defends(term: str) -> bool:
    """Whether a hit's lexicon ``term`` is a verb of defending: its one target is the actor
    after ``عن`` (:data:`DEFENDED_RULE`), and on the speaker's own side it is self-defence."""
    return normalize(term) in _DEFENDING


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

"""Stirring anger: ``أثار X غضب Y`` judges X, the cause, in the view of Y, the angry.

Arabic news reports a reaction by the feeling a deed stirs: ``أثار دعم الولايات المتحدة
للقوات الكردية غضب أنقرة`` is against the United States, Ankara's view (anchored at the anger
it owns, :mod:`helpers.stance_voices`), and says nothing of Ankara. The cause is written three
ways:

* as the verb's subject: the actor right before the verb, or the first actor within three words
  after it, as the owner of the subject noun (``وأثارت خطة ترامب موجة انتقادات``);
* as the owner of a decision, plan, policy or statement that is the verb's subject, written
  before it (``وكان قرار ترامب نقل السفارة قد أثار غضب``، ``الخطوة الأمريكية التي أثارت
  غضب``): the noun opens its clause or a relative pronoun joins it to the verb, and the actor
  is its adjective or its genitive, or follows one definite word (``قرار الرئيس ترامب``،
  ``قرار الحكومة البريطانية``). The owner of a victim (``مقتل الصحفي السعودي أثار``) is no
  cause: only measures and conduct (``[rejected_objects]``, ``[conduct_nouns]``) are owned so;
* as the whole clause before it, taken up by a resumptive word (``ما``، ``مما``، ``وهو ما``،
  ``الأمر الذي``، ``في خطوة``): ``فرضت الولايات المتحدة رسوما على الصلب، ما أثار غضب
  شركائها``. The deed is the sentence's first clause, and its doer that clause's subject:
  right after its verb (``وكان الرئيس الأمريكي قد أعلن``), or opening the sentence. A victim
  in the first words (``ارتفعت حصيلة القتلى الفلسطينيين``) is no subject: it stands after
  another noun, not right after the verb; nor are people of a nationality (``وأصيب مدنيون
  سوريون``).

The word lists are data: ``[stirring_verbs]`` and ``[anger_nouns]`` of
``helpers/data/function_words.toml``.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.speech_parts import is_preposition
from helpers.stance_clauses import Actor, Chain, Token, definite, same_clause
from helpers.stance_demands import CHAIN_SCOPE
from helpers.stance_lexicon import word_forms

__all__ = ["ANGER_NOUNS", "ANGER_SCOPE", "STIRRING", "stirred_anger"]

STIRRING = function_words("stirring_verbs")
ANGER_NOUNS = function_words("anger_nouns")
_ANGER_VALUE = -1.0
ANGER_SCOPE = CHAIN_SCOPE  # words from a stirring verb to its anger noun (أثار قرار ... غضب)
_RESUMPTIVE = frozenset(normalize(w) for w in ("ما", "مما", "خطوة"))
_WHICH, _MATTER = normalize("الذي"), normalize("الأمر")  # الأمر الذي أثار
_AUXILIARIES = function_words("auxiliaries") | frozenset(normalize(w) for w in "قد فقد لقد".split())
"""The verb of being and the particle قد, which may stand before a verb (``وكان``، ``فقد``)."""
_MEASURES = function_words("rejected_objects") | function_words("conduct_nouns")
_RELATIVES = function_words("relatives")


def stirred_anger(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """The cause of the anger that the stirring verb at ``k`` stirs (see the module docstring),
    as chains anchored at the anger noun; none when no anger noun follows in the clause."""
    stop = next(
        (
            j
            for j in range(k + 1, min(k + 1 + ANGER_SCOPE, len(tokens)))
            if same_clause(tokens, k, j) and ANGER_NOUNS.intersection(word_forms(tokens[j].norm))
        ),
        None,
    )
    if stop is None:
        return []
    before = [a for a in actors if a.last == k - 1 and not a.in_phrase]
    after = [a for a in actors if k < a.first <= k + 3 and not a.in_phrase and a.first < stop]
    cause = (before or after or _measure_owner(k, tokens, actors))[:1]
    rule = "cause of anger"
    if not cause:
        marker = _resumptive_before(k, tokens)
        cause = [] if marker is None else _first_subject(marker, tokens, actors)
        rule = "cause of anger, the clause before it"
    return [Chain(k, 1, a, _ANGER_VALUE, rule, stop) for a in cause]


def _measure_owner(k: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """The owner of the measure or conduct written as the subject of the stirring verb at
    ``k`` before it (see the module docstring), or nothing."""
    relative = k > 1 and strip_conjunction(tokens[k - 1].norm) in _RELATIVES
    verb = k - 2 if relative else k  # the antecedent's clause, before the relative pronoun
    for m in range(verb - 1, max(-1, k - 1 - ANGER_SCOPE), -1):
        if not same_clause(tokens, m, verb):
            return []
        if not _MEASURES.intersection(word_forms(tokens[m].norm)):
            continue
        owner = [
            a
            for a in actors
            if not a.in_phrase
            and (a.first == m + 1 or (a.first == m + 2 and _title(tokens[m + 1])))
            and a.last < k
        ]
        opens = m == 0 or (m <= 2 and strip_conjunction(tokens[0].norm) in _AUXILIARIES)
        return owner if opens or relative else []
    return []


def _title(token: Token) -> bool:
    """Whether ``token`` may be a one-word title between a noun and its owner's name or
    adjective: a definite word with no preposition on it (``الحكومة``, not ``للحكومة``)."""
    return definite(token.norm) and not token.prefix_prep


def _resumptive_before(k: int, tokens: list[Token]) -> int | None:
    """Where the resumptive word before the stirring verb at ``k`` stands (``ما أثار``، ``مما
    قد يثير``، ``الأمر الذي أثار``، ``في خطوة أثارت``), or None."""
    j = k - 1
    if j >= 0 and strip_conjunction(tokens[j].norm) in _AUXILIARIES:
        j -= 1  # ما قد يثير
    if j < 1 or not same_clause(tokens, j, k):
        return None
    word = strip_conjunction(tokens[j].norm)
    if word in _RESUMPTIVE or (word == _WHICH and strip_conjunction(tokens[j - 1].norm) == _MATTER):
        return j
    return None


def _first_subject(marker: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """The subject of the sentence's first clause, when it is an actor written before the
    resumptive word at ``marker``: the first word of the sentence, or right after its first
    word (the verb: ``طبقت الولايات المتحدة``), or after a verb and an auxiliary (``وكان
    الرئيس الأمريكي قد``، ``فقد طلبت روسيا``). An adjective counts by the noun it follows
    (``ونفذت السلطات الإسرائيلية``) when that noun is definite (not ``وأصيب مدنيون سوريون``:
    people of a nationality, often the victims). Never after a preposition: ``وفي الملف
    السوري`` opens with a topic, not with a verb and its subject."""
    for actor in actors:
        if actor.first >= marker or actor.in_phrase:
            continue
        head = actor.first - 1 if actor.adjective else actor.first
        if head < 0 or tokens[head].clause != tokens[0].clause:
            continue
        if actor.adjective and not definite(tokens[head].norm):
            continue  # وأصيب مدنيون سوريون: people of a nationality, not the state's organ
        if any(is_preposition(t.norm) for t in tokens[:head]):
            continue
        auxiliary = strip_conjunction(tokens[0].norm) in _AUXILIARIES
        if head in (0, 1) or (head == 2 and auxiliary):
            return [actor]
    return []

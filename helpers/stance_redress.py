"""Stances carried by what a speaker wants done about an act: retaliation, redress and harm.

Three constructions of news that judge an actor with no evaluative word next to it, read as
chains beside those of :mod:`helpers.stance_chains` (which calls these rules and makes each
``(start, size, actor, value, rule, anchor)`` a chain):

* **retaliation warned of**: ``حذرت الصين من أنها سترد على الرسوم التي فرضتها إدارة ترمب``,
  ``هدد الاتحاد بالرد على الرسوم الأمريكية``: a warning or threat to respond to an act is
  against the act's doer (the actor after على, or the act's adjective, owner or relative
  subject), in the warner's words; never against the warner's own side;
* **redress demanded**: ``طالبت المنظمة السلطات الإيرانية بالإفراج عن الصحفيين``, ``يتعين على
  السلطات محاسبة المسؤولين``: the one asked to release, hold to account, apologise or
  compensate is the wrongdoer (against it); ``طالبت المنظمة بمحاسبة إسرائيل``: the one to be
  held to account is against; ``دعت الحكومة إلى الإفراج عن الجنود الأوكرانيين``: the ones to
  be released are for (``[redress]`` words of ``helpers/data/function_words.toml``);
* **harm caused**: ``تضررت الشركات الأوروبية بسبب العقوبات الأمريكية``: what harms someone is
  against its doer (``[harm_suffered]`` verbs, then a reason).
"""

from __future__ import annotations

from helpers.arabic import normalize, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token
from helpers.stance_lexicon import word_forms

__all__ = ["harm_caused", "redress_demanded", "retaliation_warned_of"]

Found = tuple[int, int, Actor, float, str, int]  # start, size, actor, value, rule, anchor

_RESPONSES = function_words("responses")
_REDRESS = function_words("redress")
_RELEASE = function_words("release")
_HARM_SUFFERED = function_words("harm_suffered")
_REASONS = function_words("harm_reasons")
_ON, _ABOUT, _RELEASE_OF = normalize("على"), normalize("عن"), normalize("سراح")
_THAT = frozenset(normalize(w) for w in ("أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها"))
_SCOPE = 10  # words from a warning or demand to the word of response or redress
_ACT_SCOPE = 6  # words from على or a reason to the act's doer (الرسوم التي فرضتها إدارة ترمب)
_RETALIATION_VALUE = -1.0
_REDRESS_VALUE = -1.0
_RELEASE_VALUE = 0.8
_HARM_VALUE = -0.8


def _within(k: int, tokens: list[Token], scope: int) -> range:
    """The words after ``k`` in its clause and in a that-clause right after it (``من أنها
    سترد``: the complement says what is warned of), up to ``scope`` words."""
    end = k + 1
    while end < min(k + 1 + scope, len(tokens)):
        if tokens[end].clause != tokens[end - 1].clause and not (
            strip_conjunction(tokens[end].norm) in _THAT
            or (end > 0 and strip_conjunction(tokens[end - 1].norm) in _THAT)
        ):
            break
        end += 1
    return range(k + 1, end)


def _doer_of_the_act(j: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The doer of the act that starts after token ``j`` (على or a reason): an actor right after
    ``j`` (``على واشنطن``), else the first actor within :data:`_ACT_SCOPE` words that qualifies
    or owns the act (``الرسوم الأمريكية``، ``رسوم واشنطن``) or is the subject of a relative
    clause after it (``التي فرضتها إدارة ترمب``). Not an actor after another preposition
    (``العقوبات الأمريكية على إيران``: Iran suffers them)."""
    for k in range(j + 1, min(j + 1 + _ACT_SCOPE, len(tokens))):
        if tokens[k].clause != tokens[j].clause:
            return None
        actor = next((a for a in actors if a.first == k), None)
        if actor is not None:
            written_with = not actor.governor or k == j + 1  # على واشنطن
            adjective = actor.adjective and actor.governor == tokens[j].norm  # على الرسوم الأمريكية
            return actor if written_with or adjective else None
    return None


def retaliation_warned_of(k: int, tokens: list[Token], actors: list[Actor]) -> list[Found]:
    """``حذرت الصين من أنها سترد على الرسوم التي فرضتها إدارة ترمب``: a word of response, then
    على, within the words of a warning or threat at ``k``: against the doer of what is
    responded to, anchored at the response. The warner's side (actors before the response in
    the warning, as its subject or the response's) is never the target."""
    span = _within(k, tokens, _SCOPE)
    for j in span:
        if not _RESPONSES.intersection(word_forms(tokens[j].norm)):
            continue
        if j + 1 >= len(tokens) or tokens[j + 1].norm != _ON:
            return []
        doer = _doer_of_the_act(j + 1, tokens, actors)
        own = {
            a.actor
            for a in actors
            if a.last < j and tokens[a.first].clause in (tokens[k].clause, tokens[j].clause)
        }
        if doer is None or doer.actor in own:
            return []
        return [(k, 1, doer, _RETALIATION_VALUE, "target of a retaliation warned of", j)]
    return []


def redress_demanded(
    k: int, tokens: list[Token], actors: list[Actor], asked: list[Actor]
) -> list[Found]:
    """A demand or obligation at ``k`` whose content is redress (``[redress]``: محاسبة،
    الإفراج، الاعتذار ...): against the one asked to give it (of ``asked``, the demand's
    addressees or the one bound by ``يتعين على``, the first before the redress word), else
    against the actor to be held to account (the owner right after محاسبة); and for the actor
    to be released (after الإفراج عن، إطلاق سراح), unless it is the demander's own (``وتطالب
    واشنطن بالإفراج عن قس أمريكي``)."""
    span = _within(k, tokens, _SCOPE)
    stop = next((j for j in span if _is_redress(j, tokens)), None)
    if stop is None:
        return []
    asked = [a for a in asked if a.first < stop]
    found: list[Found] = [(k, 1, a, _REDRESS_VALUE, "one asked for redress", k) for a in asked[:1]]
    released = _released(stop, tokens, actors)
    demanders = {a.actor for a in actors if a.last < stop and a not in asked}
    if released is not None and released.actor not in demanders:  # not its own people
        found.append((stop, 1, released, _RELEASE_VALUE, "one whose release is demanded", k))
    elif not asked:
        owner = next((a for a in actors if a.first == stop + 1 and not a.adjective), None)
        if owner is not None and not _RELEASE.intersection(word_forms(tokens[stop].norm)):
            found.append((stop, 1, owner, _REDRESS_VALUE, "one to be held to account", k))
    return found


def _is_redress(j: int, tokens: list[Token]) -> bool:
    """Whether a word of redress stands at ``j`` (``إطلاق`` only before ``سراح``)."""
    forms = word_forms(tokens[j].norm)
    if not _REDRESS.intersection(forms):
        return False
    needs_release_of = _RELEASE.intersection(forms) and not forms.keys() & {"افراج"}
    return not needs_release_of or (
        j + 1 < len(tokens) and strip_conjunction(tokens[j + 1].norm) == _RELEASE_OF
    )


def _released(j: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The actor whose release a word at ``j`` asks for: within three words after عن
    (``الإفراج عن الجنود الأوكرانيين``) or after سراح (``إطلاق سراح المواطنين البريطانيين``)."""
    if not _RELEASE.intersection(word_forms(tokens[j].norm)) or j + 1 >= len(tokens):
        return None
    if tokens[j + 1].norm not in (_ABOUT, _RELEASE_OF):
        return None
    return next(
        (
            a
            for a in actors
            if j + 1 < a.first <= j + 4
            and tokens[a.first].clause == tokens[j].clause
            and a.governor in ("", _ABOUT)
        ),
        None,
    )


def harm_caused(k: int, tokens: list[Token], actors: list[Actor]) -> list[Found]:
    """``تضررت الشركات الأوروبية بسبب العقوبات الأمريكية``: a verb of suffering harm
    (``[harm_suffered]``) at ``k`` and a reason within five words after it (``[harm_reasons]``:
    بسبب، جراء، نتيجة): against the doer of the act given as the reason."""
    if _HARM_SUFFERED.isdisjoint(word_forms(tokens[k].norm)):
        return []
    for j in range(k + 1, min(k + 6, len(tokens))):
        if tokens[j].clause != tokens[k].clause:
            return []
        if strip_conjunction(tokens[j].norm) in _REASONS:
            doer = _doer_of_the_act(j, tokens, actors)
            harmed = {a.actor for a in actors if a.last < j and a.first >= k - 3}
            if doer is None or doer.actor in harmed:
                return []
            return [(k, 1, doer, _HARM_VALUE, "cause of harm", k)]
    return []

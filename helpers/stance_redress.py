"""Stances carried by what a speaker wants done about an act: retaliation, redress and harm.

Three constructions of news that judge an actor with no evaluative word next to it, read as
chains beside those of :mod:`helpers.stance_chains` (which calls these rules):

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

from helpers.arabic import normalize
from helpers.clitics import PRONOUN_ENDINGS, strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import PREPOSITIONS, Actor, Chain, Token
from helpers.stance_lexicon import role_frames, word_forms

__all__ = [
    "HARM_TRIGGERS",
    "RESPONSE_TRIGGERS",
    "harm_caused",
    "redress_demanded",
    "retaliation_vowed",
    "retaliation_warned_of",
    "sharp_reply",
    "own_deed_warned_of",
    "victims_of_a_threat",
]

_RESPONSES = function_words("responses")
_VOWS = function_words("vows")
# the forms where retaliation_vowed or sharp_reply may find a chain (others are passed over)
RESPONSE_TRIGGERS = _VOWS | _RESPONSES
_WILL = normalize("سوف")
_THREATENED_DEEDS = function_words("threatened_deeds")
_REVENGE = function_words("revenge")
_FROM = normalize("من")
_AGAINST = normalize("ضد")
_HOSTILE_VERBS = function_words("hostile_verbs")
_SHARP = function_words("sharp_manners")
_VICTIM_CHAIN = (
    3  # words from a threatened deed to the actor it is done to (بطرد الدبلوماسيين الروس)
)
_VOW_SCOPE = 3  # words from a vowed response to its على (سترد بقوة وحزم على)
_REDRESS = function_words("redress")
_RELEASE = function_words("release")
_HARM_SUFFERED = function_words("harm_suffered")
HARM_TRIGGERS = _HARM_SUFFERED  # the forms where harm_caused may find a chain
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


def retaliation_warned_of(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
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
        return [Chain(k, 1, doer, _RETALIATION_VALUE, "target of a retaliation warned of", j)]
    return []


def retaliation_vowed(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``قال الوزير إن بلاده سترد بقوة على أي هجوم إسرائيلي``، ``سنرد على العقوبات الأمريكية``:
    a verb of response in the future tense (``[vows]``: سترد، سيرد، سنرد) at ``k`` with على
    within :data:`_VOW_SCOPE` words after it (an adverb between) is a threat: against the doer
    of what will be responded to, as :func:`retaliation_warned_of`. Not the vowing side (an
    actor before the verb in its clause or the one before), nor the one who suffers a harm
    named after على (``سيرد على طرد دبلوماسيين روس``: the expelled)."""
    if not _VOWS.intersection(word_forms(tokens[k].norm)) and not (
        k > 0
        and strip_conjunction(tokens[k - 1].norm) == _WILL
        and _RESPONSES.intersection(word_forms(tokens[k].norm))
    ):
        return []
    on = next(
        (
            j
            for j in range(k + 1, min(k + 1 + _VOW_SCOPE, len(tokens)))
            if tokens[j].norm == _ON and tokens[j].clause == tokens[k].clause
        ),
        None,
    )
    if on is None:
        return []
    doer = _doer_of_the_act(on, tokens, actors)
    if doer is None or doer.first == on + 1:
        return []  # سترد على واشنطن: the addressee of a reply, not a doer named with an act
    frames = role_frames()
    harms = frames.harm_nouns | frames.genitive_patient
    between = [word_forms(tokens[b].norm) for b in range(on + 1, doer.first)]
    if any(harms.intersection(forms) for forms in between):
        return []
    if not any(frames.judged_acts.intersection(forms) for forms in between):
        return []  # سترد على الاستفسارات البريطانية: a reply, no deed responded to
    clauses = (tokens[k].clause, tokens[k].clause - 1)
    own = {a.actor for a in actors if a.last < k and tokens[a.first].clause in clauses}
    if doer.actor in own:
        return []
    return [Chain(k, 1, doer, _RETALIATION_VALUE, "target of a retaliation vowed", k)]


def sharp_reply(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``ردت روسيا بعنف على مندوبة واشنطن``، ``ردت القاهرة بحدة على القرار الأمريكي``: a verb of
    response at ``k`` with a manner of anger (``[sharp_manners]``) within two words and على
    right after it is a verbal attack: against the one replied to (the actor after على) or the
    owner of what is replied to (an owner or adjective within :data:`_VICTIM_CHAIN` words, no
    other preposition between). The reply is its subject's words (``evaluation_phrase`` of
    speech_cues.txt)."""
    if not _RESPONSES.intersection(word_forms(tokens[k].norm)):
        return []
    manner = next(
        (
            j
            for j in range(k + 1, min(k + 4, len(tokens)))
            if strip_conjunction(tokens[j].norm) in _SHARP and tokens[j].clause == tokens[k].clause
        ),
        None,
    )
    if manner is None or manner + 1 >= len(tokens) or tokens[manner + 1].norm != _ON:
        return []
    on = manner + 1
    for j in range(on + 1, min(on + 1 + _VICTIM_CHAIN + 1, len(tokens))):
        if tokens[j].clause != tokens[on].clause:
            return []
        actor = next((a for a in actors if a.first == j), None)
        if actor is not None:
            if actor.governor not in ("", _ON):
                return []
            return [Chain(k, 1, actor, _RETALIATION_VALUE, "one replied to sharply", k)]
        if tokens[j].prefix_prep or tokens[j].norm in PREPOSITIONS:
            return []
    return []


def own_deed_warned_of(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
    """``حذرت بكين من أنها ستفرض رسوما على الصادرات الأمريكية``، ``حذر القائد من أن قواته ستضرب
    المواقع الإسرائيلية``: a warning or threat at ``k`` whose that-clause names the warner's
    own side (a pronoun on the complementiser, or a word with a possessive: بلاده، قواته) and a
    hostile deed (:func:`_hostile_deed`) is against the one the deed is aimed at: the actor
    after على or ضد, or the adjective or owner of the deed's object (within
    :data:`_VICTIM_CHAIN` words, no other preposition between). Never the warner's side."""
    span = _within(k, tokens, _SCOPE)
    that = next((j for j in span if strip_conjunction(tokens[j].norm) in _THAT), None)
    if that is None:
        return []
    word = strip_conjunction(tokens[that].norm)
    side = word.endswith(PRONOUN_ENDINGS) or (
        that + 1 < len(tokens) and tokens[that + 1].norm.endswith(PRONOUN_ENDINGS)
    )
    deed = next((j for j in span if j > that and _hostile_deed(tokens[j].norm)), None)
    if not side or deed is None:
        return []
    own = {
        a.actor for a in actors if a.last < deed and tokens[a.first].clause >= tokens[k].clause - 1
    }
    for j in range(deed + 1, min(deed + 1 + _ACT_SCOPE, len(tokens))):
        if tokens[j].clause != tokens[deed].clause:
            return []
        actor = next((a for a in actors if a.first == j), None)
        if actor is not None:
            if actor.actor in own or actor.governor not in ("", _ON, _AGAINST):
                return []
            return [Chain(k, 1, actor, _RETALIATION_VALUE, "target of a deed warned of", deed)]
        if tokens[j].prefix_prep or (tokens[j].norm in PREPOSITIONS and tokens[j].norm != _ON):
            return []
    return []


def _hostile_deed(norm: str) -> bool:
    """Whether a word names a hostile deed: a noun of the role frames' harms or of
    ``[threatened_deeds]``، ``فرض``، or a verb in the future tense of ``[hostile_verbs]``
    (``ستفرض``، ``سيضرب``، ``سنستهدف``: س, then the imperfect's prefix)."""
    word = strip_conjunction(norm)
    frames = role_frames()
    nouns = frames.harm_nouns | frames.genitive_patient | _THREATENED_DEEDS | _HOSTILE_VERBS
    if nouns.intersection(word_forms(word)):
        return True
    return word[:1] == "س" and word[1:2] in "تينا" and word[2:] in _HOSTILE_VERBS


def victims_of_a_threat(j: int, tokens: list[Token], actors: list[Actor]) -> list[Actor]:
    """``هدد الرئيس بطرد الدبلوماسيين الروس``، ``توعد بضرب القواعد الأمريكية``، ``توعد
    بالانتقام من الولايات المتحدة``: the one a threatened deed (the ب-word at ``j``: a harm of
    the role frames or a word of ``[threatened_deeds]``) is done to, when no actor after على or
    ضد names it: the actor that ends the deed's construct within :data:`_VICTIM_CHAIN` words
    (no preposition before it), or the actor after من of revenge (``[revenge]``)."""
    forms = word_forms(tokens[j].norm)
    frames = role_frames()
    if not (frames.harm_nouns | frames.genitive_patient | _THREATENED_DEEDS).intersection(forms):
        return []
    revenge = bool(_REVENGE.intersection(forms))
    for k in range(j + 1, min(j + 1 + _VICTIM_CHAIN, len(tokens))):
        if tokens[k].clause != tokens[j].clause:
            return []
        actor = next((a for a in actors if a.first == k), None)
        if actor is not None:
            return [actor] if actor.governor == (_FROM if revenge else "") else []
        if tokens[k].prefix_prep or (tokens[k].norm in PREPOSITIONS and not revenge):
            return []
    return []


def redress_demanded(
    k: int, tokens: list[Token], actors: list[Actor], asked: list[Actor]
) -> list[Chain]:
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
    found = [Chain(k, 1, a, _REDRESS_VALUE, "one asked for redress", k) for a in asked[:1]]
    released = _released(stop, tokens, actors)
    demanders = {a.actor for a in actors if a.last < stop and a not in asked}
    if released is not None and released.actor not in demanders:  # not its own people
        found.append(Chain(stop, 1, released, _RELEASE_VALUE, "one whose release is demanded", k))
    elif not asked:
        owner = next((a for a in actors if a.first == stop + 1 and not a.adjective), None)
        if owner is not None and not _RELEASE.intersection(word_forms(tokens[stop].norm)):
            found.append(Chain(stop, 1, owner, _REDRESS_VALUE, "one to be held to account", k))
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


def harm_caused(k: int, tokens: list[Token], actors: list[Actor]) -> list[Chain]:
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
            return [Chain(k, 1, doer, _HARM_VALUE, "cause of harm", k)]
    return []

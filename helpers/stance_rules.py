"""The stance rules: each lexicon hit of a sentence attached to the actor it is about.

A sentence that mentions actors is read token by token; the lexicon
(:mod:`helpers.stance_lexicon`) finds its words through clitics and endings, and each
evaluative hit is attached to an actor by one rule set per role (``patient``, ``agent``,
``mutual``, ``evaluative``: :mod:`helpers.stance_targets`). A word of receiving or suffering
before a hit (``لقي ... ترحيبا``, ``تعرضت أوكرانيا لهجوم``) takes the target from the rule of
:func:`helpers.stance_roles.receiver_of`, and the one who suffers is not judged.

The roles of acts are data (``helpers/data/role_frames.toml``): experiencer verbs (``تعرض
لـ``) make their subject the patient. What changes a hit's value (negators, shifters,
intensifiers, countering, reported acts) is :mod:`helpers.stance_modifiers`; stances carried by
a construction rather than one word (a demand to stop, a warning, praise of a hostile act) are
:mod:`helpers.stance_chains`, added here as hits. A dateline (``موسكو (رويترز) -``) is not
read.
Every hit keeps the words that fired and the rule that attached it, so each score can be
checked by reading.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_chains import chain_hits
from helpers.stance_clauses import (
    Actor,
    MentionInfo,
    Token,
    dateline_end,
    definite,
    locate_actors,
    read_tokens,
    with_phrase,
)
from helpers.stance_doers import NAMED_DOER_RULES
from helpers.stance_fallback import deed_doer_hits
from helpers.stance_hits import OBJECT_RULES, Hit
from helpers.stance_lexicon import (
    EVALUATIVE_ROLES,
    StanceLexicon,
    default_lexicon,
    defends,
    experienced,
    role_frames,
)
from helpers.stance_modifiers import hit_value, is_countered, names_the_counterer
from helpers.stance_roles import (
    receiver_of,
    sufferers,
)
from helpers.stance_support import (
    DEFENDED_RULE,
    defended_owner,
    favored,
    support_given,
)
from helpers.stance_targets import hit_targets
from helpers.what_clauses import WHAT_DOER_RULE

__all__ = ["attach_hits"]

_RECEIVER_SCOPE = 4  # words from a receiving verb to its patient hit (لقي الموقف الأوكراني ترحيبا)


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
    tokens = read_tokens(text, dateline_end(text, start, end), end)
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
    others = locate_actors(tokens, mentions, state=False)
    hits: list[Hit] = []
    values: dict[int, float] = {}  # token -> the value of the hit there (0: counts for nothing)
    frames = role_frames()
    starts = [j for j, other, _, _ in found if other.role in EVALUATIVE_ROLES]
    # words of negative evaluation (انتقد، أدان): the receiver of an act they judge is not judged
    criticisms = [j for j, other, _, _ in found if other.role == "patient" and other.weight < 0]
    receivers = [j for j, other, _, _ in found if other.role == "receiver"]
    experiencers = [  # بعد تعرضهما للتسميم، بتعرض الموقع لخرق: through clitics and pronouns
        k for k, t in enumerate(tokens) if experienced(t.norm)
    ]
    receivers += experiencers
    for i, entry, n, possessive in found:
        value, words = hit_value(i, n, entry, found, tokens, text)
        countered = value != 0 and is_countered(i, entry, tokens, actors)
        values[i] = 0.0 if countered else value
        if value == 0:
            continue
        receiver = next(
            (j for j in receivers if 0 < i - j <= _RECEIVER_SCOPE and not _thrown(j, i, tokens)),
            None,
        )
        # an adjective after an experiencer describes what is suffered (عانى من نزاع مدمر)
        described = entry.pos == "adj" and receiver in experiencers
        if entry.role in ("patient", "evaluative") and receiver is not None and not described:
            targets = receiver_of(i, receiver, actors)
        else:
            parts = (starts, criticisms, others)  # others: the mentions dropped as no state
            targets = hit_targets(i, n, entry, possessive, tokens, actors, parts)
            if value > 0 and support_given(i, entry, tokens, actors):  # بسبب دعمها للنظام السوري
                targets = []  # support given, a deed: no stance toward the one who gets it
            if value > 0:  # انتقدتهما لدعمهما بريطانيا، دعمت تركيا الجماعات: charged, or the giver
                targets = favored(i, entry, tokens, actors, targets, criticisms)
            if defends(entry.term):  # دافع ... عن السعودية: the one after عن is defended
                targets = [(a, rule) for a, rule in targets if rule == DEFENDED_RULE]
                targets = targets or defended_owner(i, tokens, actors)  # عن دور روسيا
            if receiver is not None:  # تعرضت أوكرانيا لهجوم: the one who suffers is not judged
                suffering = {a.actor for a, _ in receiver_of(i, receiver, actors)}
                targets = [(a, rule) for a, rule in targets if a.actor not in suffering]
        if countered:  # لمواجهة النزعة العدوانية للنظام الإيراني: only the named doer
            targets = [
                (a, rule)
                for a, rule in targets
                if rule in NAMED_DOER_RULES and not names_the_counterer(a, i, n, entry, tokens)
            ]
        elif normalize(entry.term) in frames.named_doers:  # تورط روسيا، not بضلوعه في احتيال
            targets = [(a, rule) for a, rule in targets if rule in NAMED_DOER_RULES]
        stacked = normalize(entry.term) not in _TWO_SIDED
        for actor, rule in _with_conjuncts(targets, tokens, actors, stacked=stacked):
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

    hits += _construction_hits(text, tokens, actors, found, values, hits)
    hits += deed_doer_hits(text, tokens, actors, found, values, hits)  # انتقد سياسة ترامب
    return sorted(hits, key=lambda h: h.start)


def _thrown(j: int, i: int, tokens: list[Token]) -> bool:
    """Whether the receiving verb at ``j`` is يلقي "throws", not يلقى "meets with" (one word once
    normalised): what is thrown takes ب (``يلقي الوزير باللوم على روسيا``: the blamed is after
    على), what is met stands without a preposition (``يلقى الموقف ترحيبا``)."""
    return strip_conjunction(tokens[j].norm) == _MEETS and tokens[i].norm.startswith("ب")


_MEETS = normalize("يلقى")


def _construction_hits(
    text: str,
    tokens: list[Token],
    actors: list[Actor],
    found: list,
    values: dict[int, float],
    hits: list[Hit],
) -> list[Hit]:
    """The hits of stances carried by a construction (:func:`chain_hits`: ``طالبت المنظمة
    بريطانيا بتعليق ...``), each for its actor and the actors joined to it, unless a word's own
    hit already judges that actor the same way (``ندد بالغارات الإسرائيلية``)."""

    def suffering(clause: int) -> set[str]:
        return sufferers(clause, tokens, actors)

    out: list[Hit] = []
    for chain in chain_hits(tokens, actors, found, values, suffering):
        words = text[tokens[chain.start].start : tokens[chain.start + chain.size - 1].end]
        where = tokens[chain.anchor].start
        for judged, rule in _with_conjuncts([(chain.actor, chain.rule)], tokens, actors):
            if any(
                h.actor == judged.actor
                and h.start == tokens[chain.start].start
                and h.value * chain.value > 0
                for h in (*hits, *out)
            ):
                continue
            actor = tokens[judged.first].start
            out.append(Hit(judged.actor, words, "patient", chain.value, words, where, rule, actor))
    return out


def _with_conjuncts(
    targets: list[tuple[Actor, str]],
    tokens: list[Token],
    actors: list[Actor],
    *,
    stacked: bool = True,
) -> list[tuple[Actor, str]]:
    """``targets`` and, for each found as the object or owner of what is judged
    (:data:`_SHARED_RULES`), the actors joined to it by و right before or after it (``اتهمت
    الدول النظام السوري وروسيا بعرقلة``، ``انتقد السياسات الروسية والإيرانية``): conjuncts share
    their role. Only a row of actors alone: not one that goes on with a word that names none
    (``ويدعم حزب الله وإيران وروسيا``، ``في الأردن ولبنان وسوريا``، ``كل من الولايات المتحدة
    وبريطانيا وإيطاليا``: a list of parties, often the subject), nor a pair after بين (``بين
    روسيا وأوكرانيا``: two sides, not one judged). Stacked nationality adjectives
    (:func:`_stacked`) share it too unless ``stacked`` is false (a contest between sides:
    ``التصعيد الإيراني الإسرائيلي`` names two sides, not joint doers)."""
    out = list(targets)
    for target, rule in targets:
        if rule not in _SHARED_RULES:
            continue
        group = _conjunct_group(target, tokens, actors, stacked=stacked)
        first = min(group, key=lambda a: a.first)
        last = max(a.last for a in group)
        opening = _opening(first, tokens, actors)
        if (
            _joined(first, tokens, actors)
            or (opening > 0 and strip_conjunction(tokens[opening - 1].norm) == _BETWEEN)
            or _goes_on(last, tokens)
        ):
            continue
        seen = {a.actor for a, _ in out}
        out += [(a, rule) for a in group if a.actor not in seen]
    return out


def _conjunct_group(
    actor: Actor, tokens: list[Token], actors: list[Actor], *, stacked: bool = True
) -> list[Actor]:
    """The actors joined by و to ``actor`` in a row of its clause (``روسيا وإيران وتركيا``),
    and, if ``stacked``, the nationality adjectives stacked on it (:func:`_stacked`)."""
    group = [actor]
    grown = True
    while grown:
        grown = False
        for other in actors:
            if other in group or tokens[other.first].clause != tokens[actor.first].clause:
                continue
            if any(
                (_opening(other, tokens, actors) == a.last + 1 and _joined(other, tokens, actors))
                or (_opening(a, tokens, actors) == other.last + 1 and _joined(a, tokens, actors))
                or (stacked and (_stacked(a, other, tokens) or _stacked(other, a, tokens)))
                for a in group
            ):
                group.append(other)
                grown = True
    return group


def _stacked(first: Actor, second: Actor, tokens: list[Token]) -> bool:
    """Whether ``second`` is a nationality adjective right after the adjective ``first``, with
    the same article and no و (``العدوان الأمريكي البريطاني الفرنسي``، ``غارات روسية سورية``):
    stacked adjectives of one noun name its doers or owners together."""
    return (
        first.adjective
        and second.adjective
        and second.first == first.last + 1
        and not second.conjunct
        and definite(tokens[first.first].norm) == definite(tokens[second.first].norm)
    )


def _goes_on(last: int, tokens: list[Token]) -> bool:
    """Whether the word after ``last`` in its clause is joined to it by و (``وإيطاليا``)."""
    if last + 1 >= len(tokens) or tokens[last + 1].clause != tokens[last].clause:
        return False
    word = tokens[last + 1].norm
    return word.startswith("و") and strip_conjunction(word) != word


def _headed(actor: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether ``actor`` is an adjective after its definite head noun in one clause
    (``والنظام السوري``), a noun that names no actor itself (not ``الأمريكية`` before
    ``والإسرائيلية``): the phrase starts at that noun."""
    k = actor.first - 1
    return (
        actor.adjective
        and k >= 0
        and tokens[k].clause == tokens[actor.first].clause
        and definite(tokens[k].norm)
        and not any(a.first <= k <= a.last for a in actors)
    )


def _opening(actor: Actor, tokens: list[Token], actors: list[Actor]) -> int:
    """The first word of the phrase that names ``actor`` (its head noun, :func:`_headed`)."""
    return actor.first - 1 if _headed(actor, tokens, actors) else actor.first


def _joined(actor: Actor, tokens: list[Token], actors: list[Actor]) -> bool:
    """Whether the phrase that names ``actor`` opens with و (``وروسيا``، ``والنظام السوري``)."""
    if _headed(actor, tokens, actors):
        word = tokens[actor.first - 1].norm
        return word.startswith("و") and strip_conjunction(word) != word
    return actor.conjunct


_BETWEEN = normalize("بين")
_TWO_SIDED = function_words("two_sided")
_SHARED_RULES = (OBJECT_RULES - {"named as a regime"}) | {
    "object of the verb",
    "accused before the charge",
    "one held responsible",
    "owner of the object",
    "actor right after the word",
    WHAT_DOER_RULE,
}
"""Rules that find an actor as what is judged or its doer: the role a conjunct shares (a
label, ``نظام الأسد``, names only its own actor)."""

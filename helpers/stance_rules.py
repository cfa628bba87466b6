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
from helpers.stance_chains import chain_hits
from helpers.stance_clauses import (
    MentionInfo,
    dateline_end,
    locate_actors,
    read_tokens,
    with_phrase,
)
from helpers.stance_doers import NAMED_DOER_RULES
from helpers.stance_fallback import deed_doer_hits
from helpers.stance_hits import Hit
from helpers.stance_lexicon import (
    EVALUATIVE_ROLES,
    StanceLexicon,
    default_lexicon,
    experienced,
    role_frames,
)
from helpers.stance_modifiers import hit_value, is_countered, names_the_counterer
from helpers.stance_roles import (
    receiver_of,
    sufferers,
)
from helpers.stance_targets import hit_targets

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
        receiver = next((j for j in receivers if 0 < i - j <= _RECEIVER_SCOPE), None)
        # an adjective after an experiencer describes what is suffered (عانى من نزاع مدمر)
        described = entry.pos == "adj" and receiver in experiencers
        if entry.role in ("patient", "evaluative") and receiver is not None and not described:
            targets = receiver_of(i, receiver, actors)
        else:
            targets = hit_targets(i, n, entry, possessive, tokens, actors, (starts, criticisms))
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

    def suffering(clause: int) -> set[str]:
        return sufferers(clause, tokens, actors)

    for chain in chain_hits(
        tokens, actors, found, values, suffering
    ):  # طالبت المنظمة بريطانيا بتعليق ...
        words = text[tokens[chain.start].start : tokens[chain.start + chain.size - 1].end]
        where, actor = tokens[chain.anchor].start, tokens[chain.actor.first].start
        if any(  # ندد بالغارات الإسرائيلية: the word's own hit already judges the doer
            h.actor == chain.actor.actor
            and h.start == tokens[chain.start].start
            and h.value * chain.value > 0
            for h in hits
        ):
            continue
        hits.append(
            Hit(chain.actor.actor, words, "patient", chain.value, words, where, chain.rule, actor)
        )
    hits += deed_doer_hits(text, tokens, actors, found, values, hits)  # انتقد سياسة ترامب
    return sorted(hits, key=lambda h: h.start)

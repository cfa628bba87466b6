"""A quoted statement's evaluative word that no rule attaches: the one actor the statement is about.

Reported criticism often names its target once and then judges it in words that carry no
actor of their own: ``قال الوزير إن "سياسات واشنطن في المنطقة ... خطيرة وغير مسؤولة"``,
``وأضاف أن ما تقوم به إسرائيل ... عدواني``. The attachment rules of
:mod:`helpers.stance_rules` read a word's doer inside its clause, and decline when the clause
names none. Inside a statement whose speaker is known, such a word is the speaker's view of
what the statement is about; when the statement names exactly one actor that can be its doer,
that actor is judged:

* only hostile acts and qualities (roles ``agent`` and ``evaluative``) whose clause names no
  actor at all (a clause with an actor was read by the rules, and their decline stands);
* only actors written inside the quoted content, not in the speaker phrase (the speaker, the
  agency that relays it, the one the speech verb addresses);
* not the speaker's own side: an actor named in the speaker phrase (``وزير الخارجية
  الإيراني`` speaks for Iran, ``ترامب`` for the USA);
* not a victim: an actor after ``على``/``ضد``, inside the phrase they open, or suffering an act
  in its clause (:func:`helpers.stance_roles.sufferers`), nor a place (after ``في``);
* one actor only: two candidates leave the word unattached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from helpers.actors import Mention, mentions_in
from helpers.attribution import QuoteSpan
from helpers.stance_clauses import Actor, MentionInfo, Token
from helpers.stance_hits import Hit
from helpers.stance_lexicon import role_frames, word_forms
from helpers.stance_roles import attacked, sufferers
from helpers.stance_syntax import PLACE_PREPOSITION, opens_its_clause

__all__ = ["LooseHit", "loose_hit", "statement_hits"]

RULE = "the one actor of the quoted statement"
_ROLES = ("evaluative",)


@dataclass
class LooseHit:
    """A lexicon hit no attachment rule gave an actor, with the actors that may be its doer
    (``candidates``: actor id and mention offset)."""

    term: str
    role: str
    value: float
    words: str
    start: int
    candidates: list[tuple[str, int]]


def loose_hit(
    i: int, role: str, value: float, tokens: list[Token], actors: list[Actor]
) -> list[tuple[str, int]] | None:
    """The doer candidates of an unattached hit at token ``i`` (actor id, mention offset), or
    None when the hit is no candidate for a statement's actor: a positive or patient word, or
    one whose clause names an actor (the rules read it and declined)."""
    clause = tokens[i].clause
    if value == 0 or role not in _ROLES or any(tokens[a.first].clause == clause for a in actors):
        return None
    # ل marks an owner or the one obliged as often as a victim (ينبغي للولايات المتحدة أن)
    read = [replace(a, governor="") if a.governor == "ل" else a for a in actors]
    suffering: dict[int, set[str]] = {}
    candidates = []
    for actor in read:
        where = tokens[actor.first].clause
        if where not in suffering:
            suffering[where] = sufferers(where, tokens, read)
        if (
            not (
                _owns_what_is_judged(actor, tokens)
                or (not actor.adjective and not actor.in_phrase and opens_its_clause(actor, tokens))
            )
            or attacked(actor, tokens)
            or actor.actor in suffering[where]
            or actor.governor == PLACE_PREPOSITION
        ):
            continue
        candidates.append((actor.actor, tokens[actor.first].start))
    return candidates


def _owns_what_is_judged(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor is named right after a noun of what it says, decides or does
    (``[said_and_done]``: ``تصريحات ترامب``، ``القرار الأمريكي``، ``سياسة واشنطن``)."""
    if actor.first == 0 or tokens[actor.first - 1].clause != tokens[actor.first].clause:
        return False
    forms = word_forms(tokens[actor.first - 1].norm)
    return not role_frames().said_and_done.isdisjoint(forms)


@lru_cache(maxsize=4096)
def _speaker_mentions(speaker: str) -> tuple[Mention, ...]:
    """The actors a speaker phrase names (``رئيس وزراء إسرائيل``), also when it stands in an
    earlier sentence of the statement."""
    return tuple(mentions_in(speaker))


def statement_hits(
    loose: list[LooseHit], quotes: list[QuoteSpan], mentions: list[MentionInfo], target: str
) -> list[tuple[Hit, QuoteSpan]]:
    """The hits of ``loose`` that judge ``target``, each with the innermost quote around it
    (whose speaker holds it). The statement is the outermost quote with a known speaker around
    the hit (``وأضاف: "ينبغي للولايات المتحدة أن تعترف بأن ..."``: what is to be recognised is
    still the statement); its one candidate actor written in the quoted content, outside every
    speaker phrase around the hit and not named in one, is judged."""
    out = []
    for hit in loose:
        around = [q for q in quotes if q.speaker_start >= 0 and q.start <= hit.start < q.end]
        if not around:
            continue
        statement = max(around, key=lambda q: q.end - q.start)
        phrases = [(q.speaker_start, q.speaker_end) for q in around]
        speakers = {m.actor for m in mentions for s, e in phrases if s <= m.start < e}
        speakers |= {m.actor for q in around for m in _speaker_mentions(q.speaker or "")}
        inside = {
            (actor, at)
            for actor, at in hit.candidates
            if statement.start <= at < hit.start
            and actor not in speakers
            and not any(s <= at < e for s, e in phrases)
        }
        if {actor for actor, _ in inside} != {target}:
            continue
        at = min(at for _, at in inside)
        judged = Hit(target, hit.term, hit.role, hit.value, hit.words, hit.start, RULE, at)
        out.append((judged, min(around, key=lambda q: q.end - q.start)))
    return out

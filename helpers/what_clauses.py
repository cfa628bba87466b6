"""Clauses of ``ما`` that name what an actor does (``ما تقوم به إيران``، ``ما فعلته الولايات
المتحدة``، ``لما تمارسه روسيا``), and who did the deed such a clause names.

Arabic news names an actor's deeds as ``ما`` + a verb whose pronoun (or a preposition's pronoun
after it: ``قامت به``) refers back to ``ما``, then the actor as the verb's subject. Two readers
take that subject:

* :mod:`helpers.stance_targets` judges it when ``ما`` is a judging word's object (``ندد بما
  تقوم به إيران``);
* :func:`explained_deed_doer` makes it the doer of a hostile or evaluative word in the ``من``
  phrase that tells what ``ما`` is (``ما تقوم به إيران من تدخلات``، ``ما فعلته الولايات المتحدة
  وبريطانيا من جريمة``، ``ما يمارسه الجيش الإسرائيلي من أعمال عنف``) or after a verb of
  constituting that says it (``ما قامت به القوات الإسرائيلية يعد جريمة حرب``): the word names
  the actor's own deed, however far the actor stands inside the ``ما`` clause.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import RESUMPTIVE, Actor, Token, definite
from helpers.stance_lexicon import experienced
from helpers.stance_roles import sufferers

__all__ = ["WHAT", "WHAT_DOER_RULE", "explained_deed_doer", "what_subject"]

WHAT_DOER_RULE = "subject of the ما clause the word tells"

WHAT = frozenset(normalize(w) for w in ("ما", "بما", "لما", "مما"))
"""``ما`` alone or with ب, ل or من on it: the object of what an actor does."""

_FROM = normalize("من")
_COPULAS = function_words("copulas")  # يعد، يشكل، يمثل: what the clause's deed is
_LIST = 4  # words from من to the word in the list it opens (من تهريب ودعم وتسليح)
_AFTER_SUBJECT = 3  # words between the subject and من (ما تقوم به إيران في المنطقة من)
_CLAUSE = 9  # words from ما to من


def what_subject(what: int, tokens: list[Token], candidates: list[Actor]) -> Actor | None:
    """The subject of the ``ما`` clause at ``what`` among ``candidates``: after a verb that
    carries the pronoun of ``ما`` or has it on a preposition after it (``قامت به``), the
    actor right there, or closing its definite head (``القوات الإسرائيلية``). None after a
    verb of suffering (``مما تتعرض له إيران``): what one suffers is no deed of one's own."""
    if what + 1 >= len(tokens):
        return None
    verb = tokens[what + 1].norm
    if experienced(verb):
        return None
    k = what + 2
    if not verb.endswith(RESUMPTIVE):  # قامت به، أقدمت عليه: the pronoun on a preposition
        if k >= len(tokens) or not tokens[k].norm.endswith(RESUMPTIVE) or len(tokens[k].norm) > 5:
            return None
        k += 1
    return next(
        (
            a
            for a in candidates
            if a.first == k or (a.adjective and a.first == k + 1 and definite(tokens[k].norm))
        ),
        None,
    )


def explained_deed_doer(i: int, tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The actor whose deed the word at ``i`` names as what a ``ما`` clause is (:func:`_link`),
    the link at most three words after the clause's subject (a place between: ``في المنطقة``),
    all in one clause, and the subject not one who suffers in it."""
    clause = tokens[i].clause
    m = _link(i, tokens)
    if m is None or any(tokens[k].clause != clause for k in range(m, i)):
        return None
    what = next(
        (
            k
            for k in range(m - 2, max(m - _CLAUSE, 0) - 1, -1)
            if strip_conjunction(tokens[k].norm) in WHAT
        ),
        None,
    )
    if what is None or any(tokens[k].clause != clause for k in range(what, m)):
        return None
    inside = [a for a in actors if what < a.first and a.last < m and not a.governor]
    doer = what_subject(what, tokens, inside)
    if doer is None or m - doer.last - 1 > _AFTER_SUBJECT:
        return None
    return None if doer.actor in sufferers(clause, tokens, actors) else doer


def _link(i: int, tokens: list[Token]) -> int | None:
    """Where the word at ``i`` is tied to a ``ما`` clause before it: a verb of constituting
    right before it (``ما قامت به القوات الإسرائيلية يعد جريمة``), or ``من`` at most four words
    before it, opening the list it is in (``من تهريب ودعم وتسليح``)."""
    if i > 0 and strip_conjunction(tokens[i - 1].norm) in _COPULAS:
        return i - 1
    return next(
        (k for k in range(i - 1, max(i - _LIST, 0) - 1, -1) if tokens[k].norm == _FROM), None
    )

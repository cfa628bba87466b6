"""The patron a militia label names: no actor of the militia's deeds or of the label.

Gulf outlets label armed groups by their backer: ``ميليشيات الحوثي الإيرانية``، ``الميليشيات
الإيرانية``، ``ميليشيا حزب الله التابعة لإيران``، ``الميليشيات الحوثية المدعومة من إيران``. The
pejorative word judges the militia, and what the militia does (``أطلقت ميليشيات الحوثي الإيرانية
صاروخا``، ``جرائم الميليشيات الإيرانية``) is the militia's deed; the nisba or the word of loyalty
or backing only names whose the group is. Under the annotation guidelines the target is the actor
the evaluation is about, so the patron named this way is no actor of the clause (it stays another
party between a word and an actor named before it, :mod:`helpers.other_parties`, unless that
actor is the patron itself, :func:`patron_named_before`). An evaluation
written of the patron itself (``تورط إيران في دعم الميليشيات``) names it apart and is read as
before; so are a state's own forces (``القوات الإيرانية``), which are no militia.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from helpers.clitics import (
    strip_article,
    strip_conjunction,
    strip_fused_preposition,
    strip_preposition,
)
from helpers.comma_clauses import definite
from helpers.cues import function_words

__all__ = ["link_before", "names_a_patron", "patron_named_before"]


class Token(Protocol):
    """What this module reads of a word (:class:`helpers.stance_clauses.Token`)."""

    norm: str
    clause: int


class Mention(Protocol):
    """What this module reads of a mention (:class:`helpers.stance_clauses.MentionInfo`)."""

    actor: str
    start: int


def link_before(tokens: Sequence[Token], first: int) -> int:
    """Where the word of loyalty or backing stands that makes the mention at ``first`` a
    patron (``[militia_links]``: ``الموالية لإيران``، ``المدعومة من إيران``; a preposition
    written apart may follow it), else ``-1``."""
    k = first - 1
    if k >= 0 and strip_conjunction(tokens[k].norm) in _PREPOSITIONS:
        k -= 1  # المدعومة من إيران
    if k >= 0 and strip_conjunction(tokens[k].norm) in _LINKS:
        return k
    return -1


def names_a_patron(tokens: Sequence[Token], first: int, adjective: bool) -> bool:
    """Whether the mention at ``first`` names the patron of a militia: a feminine nationality
    adjective, which agrees with the militia noun, of the noun (``الميليشيات الإيرانية``،
    ``ميليشيات إيرانية``) or of its name after it (``ميليشيات الحوثي الإيرانية``، ``ميليشيا
    الحوثي الانقلابية الإيرانية``), or the actor after a word of loyalty or backing that
    follows them (``ميليشيا حزب الله التابعة لإيران``). Up to three words stand between, none
    a preposition or a noun joined by و, each of the adjective's definiteness but the first
    word of a name after a militia noun without the article (``ميليشيا حزب الله``): in
    ``قيام الميليشيات بزرع الأفكار الإيرانية`` or ``ميليشيات الحوثي لأهداف مدنية سعودية`` the
    adjective is another noun's, and so is a masculine one (``ميليشيات النظام الإيراني``)."""
    link = link_before(tokens, first)
    if link < 0 and not (adjective and tokens[first].norm.endswith(_FEMININE_NISBA)):
        return False
    end = link if link >= 0 else first
    clause, wanted, odd = tokens[end].clause, definite(tokens[end].norm), []
    for j in range(end - 1, max(end - 5, -1), -1):
        word = tokens[j].norm
        if tokens[j].clause != clause or word in _PREPOSITIONS:
            return False
        if _militia_noun(word):
            return not odd or (odd == [j + 1] and wanted and not definite(word))
        if strip_conjunction(word) != word and definite(strip_conjunction(word)):
            return False  # ميليشيات الحوثي والقوات الإيرانية: another noun joined by و
        if definite(word) != wanted:
            odd.append(j)
    return False


def patron_named_before(mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the patron a militia label names is named before it in the sentence as well
    (``طهران تنقل السلاح إلى الميليشيات الإيرانية، وتقوم برحلات غير قانونية``): the sentence
    tells the patron's own part, so the label is no other party that keeps a word after it from
    that actor."""
    return any(m.actor == mention.actor and m.start < mention.start for m in mentions)


def _militia_noun(norm: str) -> bool:
    """Whether a word is a militia noun, with any clitic (``لميليشيات``، ``والميليشيا``)."""
    word = strip_fused_preposition(strip_conjunction(norm))
    return strip_article(word if definite(word) else strip_preposition(word)).startswith(_MILITIAS)


_MILITIAS = tuple(sorted(function_words("militia_nouns")))
_LINKS = function_words("militia_links")
_PREPOSITIONS = function_words("prepositions")
_FEMININE_NISBA = ("ية", "يات")  # الإيرانية، إيرانيات

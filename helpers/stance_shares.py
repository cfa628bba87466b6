"""Whose an act is when a noun of a part in it carries a pronoun: ``دورها في تسميم``.

A hostile act written after a noun of a part in it (``[share_nouns]`` of ``role_frames.toml``:
``دور``، ``تورط``، ``تخطيط``) that carries an attached pronoun belongs to that pronoun's owner,
not to the subject the fallbacks of :mod:`helpers.stance_doers` would find: ``تسعى الولايات
المتحدة إلى معاقبة موسكو على دورها في تسميم ...`` (Moscow's role, not Washington's act);
``أوقفت السلطات الروسية خمسة أشخاص ...، وتخطيطهم لشن اعتداءات`` (those arrested planned the
attacks, no actor). :func:`share_owner` finds the noun and resolves its pronoun.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import PLURAL_PRONOUN_ENDINGS, strip_conjunction
from helpers.stance_clauses import PREPOSITIONS, Actor, Token
from helpers.stance_lexicon import owned_part

__all__ = ["share_owner"]

_SHE = "ها"


def share_owner(i: int, tokens: list[Token], actors: list[Actor]) -> tuple[bool, Actor | None]:
    """Whether the act at ``i`` follows a noun of a part in it with an attached pronoun (see the
    module docstring), and the actor that pronoun refers to (None: people, or no actor that
    agrees). Between the noun and the act: up to one adjective (``دورها المزعوم``), then a
    preposition written alone or on the act, or a verbal noun with ل (``لشن``)."""
    k = _share_noun_at(i, tokens)
    if k is None:
        return False, None
    word = tokens[k].norm
    if word.endswith(PLURAL_PRONOUN_ENDINGS):
        return True, None
    feminine = word.endswith(_SHE)
    owner = next((a for a in reversed(actors) if a.last < k and _agrees(a, tokens, feminine)), None)
    if owner is not None and _describes_a_person(owner, tokens):
        return True, None  # شابة بريطانية ... لتخطيطها: the pronoun is the woman
    return True, owner


def _share_noun_at(i: int, tokens: list[Token]) -> int | None:
    """The index of the pronoun-carrying noun of a part whose complement the act at ``i`` is."""
    clause = tokens[i].clause
    k = i - 1
    if not tokens[i].prefix_prep:  # تورطها بالهجوم: the preposition is on the act itself
        if k < 0 or tokens[k].clause != clause:
            return None
        linking = strip_conjunction(tokens[k].norm)
        verbal_noun = (
            linking[:1] in ("ل", "ب") and len(linking) >= 3 and linking not in _MANNER
        )  # لشن، بتنفيذ; not مشاركتها بشكل غير قانوني
        if not (linking in PREPOSITIONS or tokens[k].prefix_prep or verbal_noun):
            return None  # في تسميم، لشن اعتداءات
        k -= 1
    if k > 0 and tokens[k].clause == clause and tokens[k].norm.startswith("ال"):
        k -= 1  # دورها المزعوم
    if k < 0 or tokens[k].clause != clause:
        return None
    word = strip_conjunction(tokens[k].norm)
    if word.startswith(_IN_TURN):
        return None  # مصر، التي تبحث بدورها عن الانتصار: "in its turn", no part in an act
    return k if owned_part(word) is not None else None


def _describes_a_person(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is an indefinite nationality adjective (``شابة بريطانية``): it
    describes a person, whom the pronoun then takes up, not the state."""
    return actor.adjective and not tokens[actor.first].norm.startswith("ال")


def _agrees(actor: Actor, tokens: list[Token], feminine: bool) -> bool:
    """Whether a pronoun of that gender may refer to ``actor``: ها to a country, a city or a
    feminine phrase (``السلطات الروسية``), ه only to a masculine body (``الاتحاد``,
    ``الكرملين``): a person or a masculine adjective's noun (``الدوري السعودي``) is most often
    not the one the pronoun takes up."""
    head = strip_conjunction(tokens[actor.first].norm)
    body = bool(_MASCULINE_HEADS.intersection((head, head[1:], head[2:])))
    if not feminine:  # not الدوري السعودي ... لقيامه: a masculine adjective's noun is no actor
        return body
    return not (actor.person or body or (actor.adjective and not head.endswith(("ة", "ه"))))


_IN_TURN = normalize("بدور")
_MANNER = frozenset(normalize(w) for w in "بشكل بصورة بطريقة بنحو بسبب لأن لكن".split())
_MASCULINE_HEADS = frozenset(
    normalize(w)
    for w in (
        "الاتحاد الحلف حلف الناتو الكرملين الكريملين البيت البنتاغون البنتاجون الكونغرس "
        "الكونجرس مجلس الدوما"
    ).split()
)

"""Whether the nearest actor before a judged word is the one its attached pronoun refers to.

A lexicon word with an attached pronoun (``تهديدها``, ``انتهاكاته``, ``هددها``) is given to the
actor the pronoun refers to, the nearest one before it, as its doer (:mod:`helpers.stance_doers`)
or as the one it judges (``اتهامها``, :mod:`helpers.stance_targets`); :func:`pronoun_fits` is
the one check both ask. A masculine ``ه`` never takes up a feminine phrase (``بروسيا``, an
adjective in ``ة``). Arabic
pronouns agree with their referent: ``ه`` takes a man, a body named by a masculine noun
(``مجلس الأمن``, ``الاتحاد الأوروبي``, ``الكرملين``) or a state with a masculine name
(``العراق``, ``لبنان``); ``ها`` takes a woman, a state or city (``روسيا``, ``إيران``,
``واشنطن``), a body written with ``ة`` (``الحكومة``) or a non-human plural. When the nearest
actor's gender is certain and is the other one, the pronoun is not its but someone's the text
names apart (``بيونغ يانغ ... ترمب ... من عزلتها``), and no actor is judged. Gender is read
only where it is certain: a listed name, a nationality adjective in ``ي``/``ية``, a person;
not a mention governed by a noun of the other gender (``إدارة ترامب ... سياستها``: the
administration's), nor a dual or plural.
A pronoun that may be its word's object (``هددها``, ``عمل على تصعيدها``) is checked only against
a feminine phrase: the actor before may be the doer. Also here: a patron named after a word of
loyalty is not what a later pronoun refers to.
"""

from __future__ import annotations

from typing import Literal

from helpers.arabic import normalize
from helpers.clitics import strip_article, strip_conjunction, strip_fused_preposition
from helpers.cues import function_words
from helpers.militia_patrons import link_before
from helpers.stance_clauses import PREPOSITIONS, Actor, Token, definite
from helpers.stance_lexicon import Entry

__all__ = [
    "NOT_NOUNS",
    "PRONOUN_SUBJECTS",
    "actor_gender",
    "named_as_patron",
    "object_pronoun",
    "pronoun_fits",
    "pronoun_gender",
]

Gender = Literal["f", "m"] | None

_MASCULINE_NAMES = frozenset(strip_article(w) for w in function_words("masculine_names"))
_FEMININE_NAMES = frozenset(strip_article(w) for w in function_words("feminine_names"))
_FEMININE_PERSONS = function_words("feminine_persons")
_FEMININE_TITLES = function_words("feminine_titles")
_FEMININE_HEADS = (
    _FEMININE_TITLES | function_words("feminine_heads") | function_words("feminine_plurals")
)
_HEAD_REACH = 3  # words before a mention where a noun governing it may stand (قوات النظام السوري)


def pronoun_gender(word: str) -> Gender:
    """``m`` for a word ending in the masculine singular ``ه`` (``تهديده``), ``f`` for the
    feminine singular ``ها`` (``تهديدها``); None for a dual or plural (``هما``, ``هم``, ``هن``:
    a list of actors may share one) or no pronoun."""
    if word.endswith(("هما", "هم", "هن")):
        return None
    if word.endswith("ها"):
        return "f"
    return "m" if word.endswith("ه") else None


def actor_gender(actor: Actor, tokens: list[Token]) -> Gender:
    """The grammatical gender a pronoun referring to ``actor`` takes, where certain: a person
    (a woman by ``[feminine_persons]`` or a title of ``[feminine_titles]`` before the name,
    not a body: ``استجوبت الشرطة نتنياهو``), a nationality
    adjective (``الرئيس الأمريكي`` m, ``السلطات الروسية`` f; not a plural ``الروس``), a
    listed masculine name (``[masculine_names]``) or a feminine one (``[feminine_names]``, or
    written with final ``ا``/``ة``: ``روسيا``, ``السعودية``). None for any other name, or when
    a noun of the other gender may govern the mention (:func:`_governed`)."""
    gender = _written_gender(actor, tokens)
    return None if gender is not None and _governed(actor, gender, tokens) else gender


def _written_gender(actor: Actor, tokens: list[Token]) -> Gender:
    """The gender of the mention itself, whatever governs it (:func:`actor_gender`)."""
    words = [_noun_without_article(t.norm) for t in tokens[actor.first : actor.last + 1]]
    if actor.person:
        title = _noun_without_article(tokens[actor.first - 1].norm) if actor.first > 0 else ""
        feminine = title in _FEMININE_TITLES or not _FEMININE_PERSONS.isdisjoint(words)
        return "f" if feminine else "m"
    if actor.adjective:
        last = strip_conjunction(tokens[actor.last].norm)
        return "f" if last.endswith("ية") else "m" if last.endswith("ي") else None
    written = tokens[actor.first].norm
    heads = {written, words[0]} | {w[1:] for w in (written, words[0]) if w[:1] in "وفبلك"}
    if not heads.isdisjoint(_MASCULINE_NAMES):  # لبنان، بلبنان، والكرملين
        return "m"
    if not heads.isdisjoint(_FEMININE_NAMES) or written.endswith(("ا", "ة")):
        return "f"  # واشنطن (not و + اشنطن)، لموسكو
    return None


def pronoun_fits(
    word: str, actor: Actor, tokens: list[Token], *, owned: bool = False, object_: bool = False
) -> bool:
    """Whether the pronoun attached to ``word`` may refer to ``actor``; the one check of a
    pronoun against its owner. Not when both genders are certain and differ (``ترامب ...
    الممثلة ... لانتهاكها``, ``الاتحاد الأوروبي ... لندن ... ودورها``): the pronoun is then
    someone the text names apart, and an earlier actor of its gender is not taken instead
    (``التحالف الأمريكي ... صدام حسين ومغامراته``: not the Americans'). Nor ه on a feminine
    phrase (:func:`_feminine_phrase`), whatever governs it. A pronoun or an actor of unknown
    gender fits, and so does ه after a state named with no preposition: news Arabic sometimes
    takes up a state that is the subject with ه (``إن تركيا تشعل الفتنة ... لعدوانه``).
    ``owned``: also an actor owning the indefinite noun before it is checked for ه
    (``مونديال روسيا ... ينتقدونه``: the pronoun is the tournament). ``object_``: the pronoun
    may be the word's object (:func:`object_pronoun`), so ``actor`` may be the doer; only the
    feminine phrase is checked (``سمح لروسيا بالتأثير على مصداقيته``: the council's)."""
    wanted = pronoun_gender(word)
    if wanted == "m" and _feminine_phrase(actor, tokens, owned):
        return False  # كأس العالم بروسيا ... بسبب خيانته
    if object_:
        return True
    gender = actor_gender(actor, tokens)
    if wanted == "m" and gender == "f" and _named_as_subject(actor, tokens):
        return True  # إن تركيا تشعل ... لعدوانه: a state named as subject is taken up with ه
    return wanted is None or gender is None or wanted == gender


def _feminine_phrase(actor: Actor, tokens: list[Token], owned: bool) -> bool:
    """Whether ``actor`` is written as a feminine phrase that a masculine ه never takes up: an
    adjective in ة in any role (``الانتخابات الأميركية ... وانتقده``), or a name with final
    ا or ة (``بروسيا``, ``للسعودية``) after a preposition or, with ``owned``, owning the
    indefinite noun before it (``مونديال روسيا``). A name as subject is not read so here."""
    name = strip_conjunction(tokens[actor.last].norm)
    if actor.adjective and name.endswith(("ية", "يه")):
        return True
    before = tokens[actor.first - 1].norm if actor.first > 0 else ""
    owned = owned and len(before) > 2 and not definite(before) and before not in NOT_NOUNS
    return bool(actor.governor or owned) and name.endswith(("ا", "ة"))


PRONOUN_SUBJECTS = frozenset(
    normalize(w) for w in "أنه أنها إنه إنها بأنه بأنها أنهم إنهم بأنهم".split()
)
"""A complementizer with its pronoun subject (``بأنها``)."""
NOT_NOUNS = (
    function_words("object_prepositions")
    | PRONOUN_SUBJECTS
    | frozenset(normalize(w) for w in ("إن", "أن", "بأن", "لأن", "كما", "بينما", "حيث", "عندما"))
)
"""Short words that are no noun a name could own (prepositions, complementizers)."""


def _named_as_subject(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is a name with no preposition, not after a definite word (which it
    would describe: ``الأسرة المالكة السعودية``), so it may be a subject."""
    if actor.governor or actor.adjective or actor.person:
        return False
    return actor.first == 0 or not definite(tokens[actor.first - 1].norm)


def object_pronoun(i: int, entry: Entry, tokens: list[Token]) -> bool:
    """Whether the pronoun on the word at ``i`` may be its object, which says nothing of
    whether the actor before is the doer: a verb's (``هددها``, ``السفينة التي خرقها``: a verb
    of the lexicon, or any word right after a relative), or a verbal noun's that completes a
    verb through ب/على/إلى (``عمل الرئيس التركي على تصعيدها``, ``لن يسمح للاتحاد بتقويضها``)."""
    word = strip_conjunction(tokens[i].norm)
    before = strip_conjunction(tokens[i - 1].norm) if i > 0 else ""
    return (
        entry.pos == "verb"
        or before in _RELATIVES
        or before in _COMPLEMENT_PREPOSITIONS
        or (word.startswith("ب") and not normalize(entry.term).startswith("ب"))
    )


_RELATIVES = function_words("relatives")
_COMPLEMENT_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "إلى"))


def named_as_patron(actor: Actor, tokens: list[Token]) -> bool:
    """Whether ``actor`` is named as the patron of the noun before it, after a word of loyalty
    or backing (``[militia_links]``: ``الموالية لإيران``, ``المدعومة من إيران``): that noun,
    not the patron, is what a later pronoun refers to (``لجأت الميليشيا الموالية لإيران ...
    بعد فشلها``)."""
    return link_before(tokens, actor.first) >= 0


def _governed(actor: Actor, gender: Gender, tokens: list[Token]) -> bool:
    """Whether a noun of the other gender may head the phrase ``actor`` stands in, so that a
    pronoun may be that noun's: a feminine noun (``[feminine_heads]``, ``[feminine_plurals]``,
    or in ``ة``/``ات``) within :data:`_HEAD_REACH` words before a masculine mention, up to a
    preposition (``إدارة ترامب``, ``قوات النظام السوري``, ``دول الاتحاد``); any indefinite
    word right before a feminine one (``رئيس روسيا``, ``وزير خارجية إيران``). An adjective's
    phrase starts at the noun it describes."""
    start = actor.first - 1 if actor.adjective else actor.first
    if gender == "f":
        word = strip_conjunction(tokens[start - 1].norm) if start > 0 else ""
        return len(word) > 2 and not definite(word) and word not in PREPOSITIONS
    clause = tokens[actor.first].clause
    for k in range(start - 1, max(start - 1 - _HEAD_REACH, -1), -1):
        word = _noun_without_article(tokens[k].norm)
        if tokens[k].clause != clause or word in PREPOSITIONS:
            return False
        if word in _FEMININE_HEADS or word.endswith(("ة", "ات")):
            return True
        if tokens[k].prefix_prep:
            return False  # بالرئيس الأمريكي: the phrase opens with its preposition
    return False


def _noun_without_article(norm: str) -> str:
    """A word without و/ف, a preposition written before the article and the article
    (``وللحكومة`` -> ``حكومة``, ``بالعراق`` -> ``عراق``), to compare with lists of heads and
    titles. Not :func:`~helpers.clitics.strip_clitics`: a ``ب``/``ل`` on a word without the
    article stays (``بلد``, ``لبنان``), with no list of protected names to tell them apart."""
    return strip_article(strip_fused_preposition(strip_conjunction(norm)))

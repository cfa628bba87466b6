"""A sentence as the stance rules read it: tokens in clauses, and the actors among them.

:func:`read_tokens` splits a sentence into normalised tokens numbered by clause (punctuation
and clause openers such as ``بينما``, ``أن`` start a new clause; a short insertion between two
commas does not: ``رحبت إسرائيل، السبت، بقرار``); :func:`locate_actors` turns gazetteer
mentions (:class:`MentionInfo`) into token ranges; :func:`with_phrase` says whether a mention
sits inside a prepositional phrase and which preposition governs it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from helpers.arabic import TOKEN_SPLIT, normalize
from helpers.clitics import (
    PRONOUN_ENDINGS,
    strip_article,
    strip_conjunction,
    strip_preposition,
)
from helpers.comma_clauses import definite, joined_clauses
from helpers.cues import function_words
from helpers.militia_patrons import names_a_patron, patron_named_before

__all__ = [
    "PREPOSITIONS",
    "RESUMPTIVE",
    "Actor",
    "Chain",
    "MentionInfo",
    "Token",
    "attached_preposition",
    "bare_word",
    "classified",
    "dateline_end",
    "definite",
    "governed_from_before",
    "locate_actors",
    "mention_info",
    "noun_subject_after_complementizer",
    "owner_of_described_noun",
    "same_clause",
    "read_tokens",
    "with_phrase",
    "words_apart",
]

PREPOSITIONS = function_words("prepositions")
"""Words that open a prepositional phrase (``helpers/data/function_words.toml``)."""
RESUMPTIVE = PRONOUN_ENDINGS
"""The antecedent's pronoun on a relative clause's verb (``التي ارتكبها``): any of them."""
_CLAUSE_OPENERS = function_words("clause_openers")
_PP_SCOPE = 3  # words after a preposition still inside its phrase (على طول الحدود الأوكرانية)


def classified(i: int, tokens: list[Token]) -> bool:
    """Whether a word of classifying (``[designations]``) stands within
    :data:`_DESIGNATION_SCOPE` words before ``i`` in its clause: the word at ``i`` is then the
    class given (``تصنف كمنظمة إرهابية``), and the doer after ``من قبل`` classifies."""
    first = max(0, i - _DESIGNATION_SCOPE)
    return any(
        strip_conjunction(tokens[k].norm) in _DESIGNATIONS
        for k in range(first, i)
        if tokens[k].clause == tokens[i].clause
    )


_DESIGNATIONS = function_words("designations")
_DESIGNATION_SCOPE = 3  # المصنف إرهابيا، تصنف كمنظمة إرهابية أجنبية


_COMPLEMENTIZERS = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "لأن"))
_NOUN_SUBJECT_WORDS = 3  # إن المحكمة الجنائية الدولية تهدد: a noun and its adjectives


def noun_subject_after_complementizer(i: int, tokens: list[Token]) -> bool:
    """Whether the verb at ``i`` has a definite noun for its subject right before it, after a
    complementizer that opens the clause (``إن المحكمة تهدد``, ``أن الواردات الأجنبية قد
    تضر``): the actor after the verb is then its object, not its subject."""
    k = i - 1
    if k >= 0 and tokens[k].norm == _MAY:
        k -= 1  # قد تضر
    words = 0
    while k >= 0 and words < _NOUN_SUBJECT_WORDS and tokens[k].norm.startswith("ال"):
        k, words = k - 1, words + 1
    return words > 0 and k >= 0 and tokens[k].norm in _COMPLEMENTIZERS and same_clause(tokens, k, i)


_MAY = normalize("قد")


class MentionInfo(NamedTuple):
    """An actor mention as the engine needs it: offsets in the text, whether the alias is an
    adjective (``الروسي``), and the preposition written onto it (``ل`` in ``لأوكرانيا``) or ""."""

    actor: str
    start: int
    end: int
    adjective: bool
    attached: str
    person: bool = False  # a person's name (ترامب، بشار الأسد), not the country or its adjective
    conjunct: bool = False  # written with و (وروسيا، وواشنطن): joined to what comes before


def mention_info(
    actor: str, start: int, end: int, kind: str, surface: str, alias: str
) -> MentionInfo:
    """A gazetteer mention (its alias ``kind``, the ``surface`` found for ``alias``) as the
    engine reads it."""
    adjective, person = kind == "adjective", kind == "person"
    attached = attached_preposition(surface, alias)
    return MentionInfo(
        actor, start, end, adjective, attached, person, _joined_by_and(surface, alias)
    )


def _joined_by_and(surface: str, alias: str) -> bool:
    """Whether the mention's word carries the conjunction و (``وروسيا``، ``وواشنطن``, not
    ``واشنطن``)."""
    word, name = normalize(surface), normalize(alias)
    return len(word) > len(name) and word[0] == "و" and _carries(word, name)


@lru_cache(maxsize=1 << 14)
def attached_preposition(surface: str, alias: str) -> str:
    """The preposition ب or ل written onto a mention (``لأوكرانيا`` for ``أوكرانيا``), or ""
    (cached: the stance pass asks it of every mention, and names repeat)."""
    word, name = normalize(surface), normalize(alias)
    # a name that starts with the same letter (ببريطانيا، وواشنطن) still carries it in front
    if len(word) > len(name) and word[0] in "وف" and _carries(word, name):
        word = word[1:]
    if word[:1] in ("ب", "ل") and len(word) > len(name) - 1 and _carries(word, name):
        return word[0]
    return ""


def _carries(word: str, name: str) -> bool:
    """Whether the first letter of ``word`` is a clitic written onto ``name``."""
    return not name.startswith(word[0]) or word[1:].startswith(name)


@dataclass(slots=True)
class Token:
    norm: str
    start: int
    end: int
    clause: int
    prefix_prep: str  # an attached preposition (ب or ل) or ""
    aside: bool = False  # in a title set off after the subject's name (، وزير الخارجية الأمريكي،)


@dataclass
class Actor:
    actor: str
    first: int  # token indices
    last: int
    adjective: bool
    governor: str  # the preposition right before it (على روسيا، لأوكرانيا، بالموقف الأمريكي) or ""
    in_phrase: bool  # inside a prepositional phrase (على طول الحدود الأوكرانية)
    person: bool = False  # a person's name (ترامب): after a title, the subject's own name
    conjunct: bool = False  # written with و: joined to the word before (روسيا وإيران)


def read_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` (:func:`helpers.arabic.token_spans`, offsets in
    ``text``), numbered by clause."""
    out: list[Token] = []
    clause = 0
    commas: list[bool] = [False]  # per clause: whether a comma opened it
    parts = TOKEN_SPLIT.split(text[start:end])  # [gap, token, gap, ..., token, gap]
    at = list(accumulate(map(len, parts), initial=start))
    for word, s, e, gap in zip(parts[1::2], at[1:-1:2], at[2::2], parts[0:-1:2], strict=True):
        norm, opens_clause, prefix_prep = _word(word)
        if out and (opens_clause or not _CLAUSE_BREAK.isdisjoint(gap)):
            clause += 1
            commas.append(_COMMA.fullmatch(gap.strip()) is not None)
        out.append(Token(norm, s, e, clause, prefix_prep))
    return _join_insertions(out, commas)


def words_apart(i: int, j: int, tokens: list[Token]) -> int:
    """How many words ``j`` stands after ``i``, not counting a title set off after the
    subject's name (``ندد أحمد أبو الغيط، الأمين العام للجامعة العربية، بالقرار``)."""
    return j - i - sum(token.aside for token in tokens[i:j])


def _join_insertions(tokens: list[Token], commas: list[bool]) -> list[Token]:
    """Rejoin the parts of a clause that commas set off (``رحبت إسرائيل، السبت، بقرار``) and
    mark a title set off after the subject's name (:func:`helpers.comma_clauses.joined_clauses`)."""
    clauses, aside = joined_clauses([t.norm for t in tokens], [t.clause for t in tokens], commas)
    for k, token in enumerate(tokens):
        token.clause, token.aside = clauses[k], k in aside
    return tokens


_COMMA = re.compile(r"[,،]")
_CLAUSE_BREAK = frozenset(",،;؛:()")
"""Punctuation between two words that opens a new clause (one set test per word)."""


@lru_cache(maxsize=1 << 17)
def _word(word: str) -> tuple[str, bool, str]:
    """What the engine reads in a token as written: its normal form, whether it opens a clause
    (``بينما``, ``وأن``) and the preposition written onto it (news vocabulary repeats, so each
    word is read once)."""
    norm = normalize(word)
    return norm, strip_conjunction(norm) in _CLAUSE_OPENERS, _attached_preposition(norm)


def _attached_preposition(norm: str) -> str:
    """``ب`` or ``ل`` written onto a definite word (بالموقف، للولايات، وبالعقوبات), else ``""``.

    Only the article or a possessive of the plural persons makes the prefix certain:
    ``بينما`` or ``لبنان`` start with the same letters. Mentions of actors get their prefix
    from the gazetteer match instead (``لأوكرانيا``).
    """
    word = strip_conjunction(norm)
    if word.startswith("بال") and len(word) > 4:
        return "ب"
    if word.startswith("لل") and len(word) > 3:
        return "ل"
    if word.startswith("ل") and word.endswith(_OWNERS) and len(word) > 6:
        return "ل"  # لأشقائنا الفلسطينيين: a possessive makes the word definite as the article
    return ""


_OWNERS = ("نا", "كم", "هم")  # possessives of a noun of people (لأشقائنا، لمواطنيكم، لقادتهم)


@lru_cache(maxsize=1 << 16)
def bare_word(norm: str) -> str:
    """``norm`` without a leading و/ف and article (والحديث -> حديث); cached, as the chains
    ask it of every token of a sentence."""
    return strip_article(strip_conjunction(norm), 3)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a sentence's text begins after its dateline (``دبي، الإمارات العربية المتحدة
    (CNN)--``, ``موسكو (رويترز) -``), else ``start``: the places of a dateline are where the
    report was filed, not actors of its first sentence."""
    found = _DATELINE.match(text, start, end)
    return found.end() if found else start


_DATELINE = re.compile(r"[^.()\n]{1,80}\([^()\n]{1,30}\)\s*[-–—]+")
"""A dateline: up to 80 characters of place, the agency in parentheses, then dashes."""


def locate_actors(
    tokens: list[Token], mentions: list[MentionInfo], *, state: bool = True
) -> list[Actor]:
    """The mentions as token ranges: the tokens that overlap each mention's characters. A
    nationality adjective that names a private person's nationality or a rights monitor is no
    actor (:func:`_names_no_state`), nor a militia's patron (:mod:`helpers.militia_patrons`),
    nor a country named as a national team's (:func:`_names_a_team`) or in a match report
    (:func:`_reports_a_match`). ``state=False``: those mentions instead (but a named thing),
    the other parties that still stand between a word and an actor named before it."""
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    actors = []
    match = _reports_a_match(tokens)
    for mention in mentions:
        first = bisect_right(ends, mention.start)
        last = bisect_left(starts, mention.end) - 1
        if first > last:
            continue
        if first == last and not mention.person and _agrees_as_nisba(tokens, first):
            mention = mention._replace(adjective=True)  # الخارجية السعودية
        dropped = (
            match
            and not mention.person
            or _names_a_team(tokens, first)
            or mention.adjective
            and _names_no_state(tokens, first, last)
            or names_a_patron(tokens, first, mention.adjective)
            and (state or not patron_named_before(mention, mentions))
        )
        # a person, a company or a team still stands between a word and an actor before it; a
        # named thing (بنك هالك التركي، معهد بروكينغز الأمريكي) is most often no doer there
        named = not state and _names_a_named_thing(tokens, first, last)
        if dropped != state and not named:
            actor, adjective, attached, person, conjunct = mention[0], *mention[3:]
            actors.append(Actor(actor, first, last, adjective, attached, False, person, conjunct))
    return actors


def _agrees_as_nisba(tokens: list[Token], k: int) -> bool:
    """Whether ``السعودية`` (a name that is its own feminine nisba) at ``k`` qualifies the definite
    feminine noun after the clause's opening verb (``واستهجنت الخارجية السعودية``: its subject,
    not its object); nowhere else (``بتدخل القوات السعودية``، ``حثت واشنطن السعودية``)."""
    if k < 2 or not re.fullmatch("ال.+ية", tokens[k].norm):
        return False
    verb, noun = tokens[k - 2], tokens[k - 1]
    opens = k == 2 or tokens[k - 3].clause != verb.clause
    bare = not (verb.prefix_prep or noun.prefix_prep or definite(verb.norm)) and definite(noun.norm)
    feminine = strip_conjunction(noun.norm).endswith(("ة", "ات"))
    return opens and bare and feminine and verb.clause == noun.clause == tokens[k].clause


def _of_both(j: int, tokens: list[Token]) -> bool:
    """Whether the word at ``j`` is the من of ``كلا من`` ("both", in the accusative of an
    object): the actors after it keep the role of the phrase (``اتهمت كلا من روسيا وسوريا``،
    ``حمل كلا من روسيا وسوريا المسؤولية``), no preposition governs them. Not ``كل من``, most
    often a subject's (``رحب كل من الوزير الروسي ونظيره التركي``)."""
    return (
        tokens[j].norm == _FROM
        and j > 0
        and tokens[j - 1].clause == tokens[j].clause
        and strip_conjunction(tokens[j - 1].norm) == _BOTH
    )


_FROM = normalize("من")
_BOTH = normalize("كلا")


def with_phrase(actor: Actor, tokens: list[Token], blocked: set[int]) -> Actor:
    """Fill ``governor`` and ``in_phrase`` from the words just before the mention."""
    k = actor.first
    governor = actor.governor
    if not governor and k > 0 and tokens[k - 1].clause == tokens[k].clause:
        before = tokens[k - 1]
        if before.norm in PREPOSITIONS and not _of_both(k - 1, tokens):
            governor = before.norm
        elif actor.adjective and before.prefix_prep and k - 1 not in blocked:
            governor = before.prefix_prep  # بالموقف الأمريكي
        elif (
            actor.adjective
            and k > 1
            and tokens[k - 2].norm in PREPOSITIONS
            and k - 1 not in blocked
        ):
            governor = tokens[k - 2].norm  # على الموقف الأمريكي, not حول العدوان الروسي
    in_phrase = bool(governor) or tokens[k].aside  # a title describes its subject, no object
    for j in range(k - 1, max(k - 1 - _PP_SCOPE, -1), -1):
        if in_phrase or j in blocked or tokens[j].clause != tokens[k].clause:
            break
        in_phrase = (tokens[j].norm in PREPOSITIONS and not _of_both(j, tokens)) or bool(
            tokens[j].prefix_prep
        )
    return replace(actor, governor=governor, in_phrase=in_phrase)


def _reports_a_match(tokens: list[Token]) -> bool:
    """Whether a sentence has two different words of match play (``[match_words]``: مباراة،
    الشوط، ركلة، مرمى، بهدفين): a match report, where a country is its team, not the state
    (``استقبلت روسيا عشرة أهداف في آخر أربع مباريات، وفشلت في الفوز``)."""
    found = set()
    for token in tokens:
        word = bare_word(token.norm)
        noun = _noun_after_preposition(word)  # بهدفين، للمباراة
        word = noun if noun in _MATCH_WORDS else word
        if word in _MATCH_WORDS:
            found.add(word)
    return len(found) > 1


def _noun_after_preposition(word: str) -> str:
    """The noun a ``ب``/``ل`` is written onto, without its article (``بهدفين`` -> ``هدفين``,
    ``للمباراة`` -> ``مباراة``), however short; "" when ``word`` opens with neither. Blind to
    names: its callers try it beside the word itself against lists of sport nouns."""
    rest = strip_preposition(word, 0)
    return strip_article(rest, 0) if len(rest) < len(word) else ""


def _names_a_team(tokens: list[Token], k: int) -> bool:
    """Whether the mention at ``k`` follows a noun of a national team (``المنتخب الفرنسي``,
    ``منتخب ألمانيا``, ``لمنتخب السعودية``) or of a national league or tournament (``الدوري
    الفرنسي``, ``المونديال الروسي``, ``بطولة فرنسا المفتوحة``) or a team's nickname (``الدب
    الروسي``، ``الماكينات الألمانية``، ``الديوك الفرنسية``): its wins and defeats,
    mistakes and fans are sport, no act or quality of the state (2018 was a World Cup year:
    read on ANT, nearly every such stance row was a match)."""
    if k == 0 or tokens[k - 1].clause != tokens[k].clause:
        return False
    word = bare_word(tokens[k - 1].norm)
    return word in _TEAMS or _noun_after_preposition(word) in _TEAMS


def _names_no_state(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the nationality adjective at ``k .. last`` follows a noun of a private person
    (``اللاعبة الأوكرانية``, ``مشتبهين سوريين``), a company (``الشركة الأمريكية``; in the
    plural only indefinite: ``شركات روسية``), a non-governmental body (``المنظمة غير الحكومية
    الألمانية``) or, indefinite, a number (``اعتقل 10 سوريين``), or names a rights monitor
    (``الشبكة السورية لحقوق الإنسان``): people or a body of that nationality, not the state."""
    if last + 1 < len(tokens) and tokens[last + 1].norm in _FOR_RIGHTS_OR_SPORT:
        return True
    if _names_a_named_thing(tokens, k, last):
        return True
    if k == 0 or tokens[k - 1].clause != tokens[k].clause:
        return False
    before = tokens[k - 1].norm
    if before.isdigit():
        return not definite(tokens[k].norm)
    if bare_word(before) in (_A_COMPANY if definite(tokens[k].norm) else _COMPANIES):
        return True  # وشركة روسية خاصة، الشركة الأمريكية: a company, not the state
    if k > 1 and bare_word(before) == _GOVERNMENTAL and tokens[k - 2].norm == _NOT:
        return True  # المنظمة غير الحكومية الألمانية: a non-governmental body
    if _stands_as_a_noun(tokens[k].norm, before):
        return True  # حققت الأمريكية ...، وتفوقت الأوكرانية: the American (woman), a person
    head = bare_word(tokens[k - 2].norm) if k > 1 else ""
    if bare_word(before) == _TRADE and _TRADE_HEADS.intersection((head, head[1:])):
        return True  # برجل أعمال روسي: a businessman
    # فنانة: a word whose first letter is also a conjunction is looked up whole as well;
    # بلاعبه الفرنسي، مدربها الألماني: the person's noun with a preposition and a pronoun
    word = strip_conjunction(before)
    bare = (bare_word(before), before.removeprefix("ال"), word[1:] if word[:1] in "بل" else "")
    owned = [w[: -len(e)] for w in (word, word[1:]) for e in _OWNED_ENDINGS if w.endswith(e)]
    return any(w in _PRIVATE_PERSONS for w in (*bare, *owned))  # لامرأة روسية: ل on no article


def _names_a_named_thing(tokens: list[Token], k: int, last: int) -> bool:
    """Whether a definite singular nationality adjective (``الروسي``، ``الفرنسية``) describes a
    proper name, not the state: right after a word without the article (``ليفربول الإنجليزي``،
    ``سيسكا موسكو الروسي``، ``نجح السوري عمر``: a definite adjective cannot describe an
    indefinite word, so it names a club, a city or a person of that nationality), or, opening
    its clause, after a preposition or with ل/ب on it, right before a name (``للفرنسي أرسين
    فينغر``، ``، الفرنسي إيريك أبيدال،``). After a definite noun (``الرئيس الفرنسي إيمانويل
    ماكرون``) or a noun with a pronoun (``نظيره الروسي``) it is the state's."""
    adjective = strip_conjunction(tokens[k].norm)
    if k != last or not adjective.endswith(_SINGULAR_NISBA) or not definite(adjective):
        return False
    if adjective in _ALIF_LAM_NISBA or adjective[1:] in _ALIF_LAM_NISBA:
        return False  # ألماني، بألماني: its own letters look like the article once folded
    opens = k == 0 or tokens[k - 1].clause != tokens[k].clause
    if not opens and _proper_word(tokens[k - 1].norm):
        return True
    named_next = same_clause(tokens, k, k + 1) and _proper_word(tokens[k + 1].norm)
    carried = not adjective.startswith("ال")  # للفرنسي، بالروسي
    return named_next and (opens or carried or tokens[k - 1].norm in PREPOSITIONS)


def _proper_word(norm: str) -> bool:
    """Whether a word can be (part of) a proper name: no article, no pronoun or feminine ending
    (``نظيره``، ``حكومة``), no number, function word or clause opener."""
    word = strip_conjunction(norm)
    return (
        len(word) > 2
        and not word.isdigit()
        and not definite(word)
        and not word.endswith(_OWNED_ENDINGS)
        and word not in PREPOSITIONS
        and word not in _CLAUSE_OPENERS
        and word not in _NOT_NAMES
    )


def _stands_as_a_noun(adjective: str, before: str) -> bool:
    """Whether a definite feminine nationality adjective follows a feminine past verb
    (``حققت الأمريكية``, ``وتفوقت الأوكرانية``): an adjective agrees with its noun in the
    article, and a verb is no noun, so it stands as a noun for a woman of that nationality (an
    athlete, an artist), not for the state (which news names ``روسيا`` or ``الحكومة الروسية``)."""
    verb = strip_conjunction(before)
    return (
        definite(adjective)
        and adjective.endswith(("ية", "يه"))
        and len(verb) > 2
        and verb.endswith("ت")
        and not definite(verb)
    )


_COMPANIES = frozenset(normalize(w) for w in ("شركة", "شركات"))
_A_COMPANY, _GOVERNMENTAL, _NOT = frozenset({normalize("شركة")}), normalize("حكومية"), "غير"
_FOR_RIGHTS_OR_SPORT = frozenset(normalize(w) for w in ("لحقوق", "لكرة"))
"""المرصد السوري لحقوق الإنسان، الاتحاد الروسي لكرة القدم: a monitor, a sports federation."""
_SINGULAR_NISBA = ("ي", "يه")  # الروسي، الروسيه (teh marbuta folded); not الروس، الروسيين
_OWNED_ENDINGS = (*PRONOUN_ENDINGS, "نا", "كم")  # نظيره، حكومه (teh marbuta folded)
_NOT_NAMES = function_words("not_names")
_ALIF_LAM_NISBA = frozenset(normalize(w) for w in "ألماني ألمانية ألباني ألبانية".split())
_PRIVATE_PERSONS = function_words("private_persons")
_TEAMS = frozenset(
    normalize(w)
    for w in "منتخب منتخبا منتخبات منتخبي دوري مونديال بطولة الدب ماكينات ديوك تانغو".split()
)  # الدب الروسي، الماكينات الألمانية، الديوك الفرنسية: a national team's nicknames
_TRADE, _TRADE_HEADS = normalize("أعمال"), function_words("trade_heads")
_MATCH_WORDS = function_words("match_words")


def owner_of_described_noun(
    i: int, tokens: list[Token], before: list[Actor], actors: list[Actor]
) -> Actor | None:
    """The actor that owns the noun a definite adjective at ``i`` describes (``أجندة إيران
    التوسعية``، ``سياسات واشنطن العدوانية``): an actor noun with no preposition on it, right
    before the adjective and right after a bare noun without the article (the construct head,
    made definite by its owner, with which the adjective agrees). ``before``: the actors
    before the adjective in its clause."""
    if not definite(tokens[i].norm):
        return None
    for actor in before:
        head = actor.first - 1
        if actor.last != i - 1 or actor.adjective or actor.governor or head < 0:
            continue
        word = strip_conjunction(tokens[head].norm)
        if tokens[head].clause != tokens[i].clause or any(
            a.first <= head <= a.last for a in actors
        ):
            continue
        if not (definite(word) or word in PREPOSITIONS or len(word) < 3):
            return actor
    return None


class Chain(NamedTuple):
    """One stance carried by a construction: tokens ``start .. start+size-1`` name it, and
    ``anchor`` is the token whose place in the text is the stance's (what a warning warns of,
    inside the warner's words)."""

    start: int
    size: int
    actor: Actor
    value: float
    rule: str
    anchor: int


def same_clause(tokens: list[Token], k: int, j: int) -> bool:
    """Whether tokens ``k`` and ``j`` are in one clause (``j`` inside the sentence)."""
    return 0 <= j < len(tokens) and tokens[j].clause == tokens[k].clause


def governed_from_before(i: int, tokens: list[Token], words: frozenset[str], scope: int) -> bool:
    """Whether one of ``words`` (a verb, read through its conjunction) stands within ``scope``
    words before token ``i`` in its clause, and so governs the noun there (``أعربت الحكومة
    السورية عن إدانتها``، ``أكد الوزير دعم بلاده``)."""
    return any(
        t.clause == tokens[i].clause and strip_conjunction(t.norm) in words
        for t in tokens[max(i - scope, 0) : i]
    )

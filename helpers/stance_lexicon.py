"""The transparent stance engine: lexicon hits in a sentence, each attached to one actor.

A sentence that mentions actors is read token by token. Lexicon words (``stance_lexicon.tsv``)
are found through attached clitics, plural and feminine endings and possessive suffixes; each
evaluative hit is then attached to the actor it is about by a few documented rules, set by the
hit's ``role`` (agent, patient, mutual, evaluative) and part of speech:

* **patient** (``عقوبات``, ``دعم``, ``ترحيب``): the actor a preposition puts after it
  (``عقوبات على روسيا``, ``دعم واشنطن لأوكرانيا``, ``رحبت ... بالموقف الأمريكي``), else the genitive
  right after a noun (``دعم أوكرانيا``); for a verb, its object (``واشنطن تدين موسكو``).
* **agent** (``عدوان``, ``انتهاك``, ``تهديد``): the adjective or genitive right after a noun
  (``العدوان الروسي``), the owner of an attached pronoun (``انتهاكاتها``: the last actor named),
  else the subject written before it. Victims after ``على``/``ضد`` are not judged.
* **mutual** (``تعاون``, ``حوار``): every actor within six words in the same clause, else the
  subject of an earlier clause (``تنسق واشنطن ...، في تعاون عبر أطلسي``).
* **evaluative** (``نجاح``, ``غير مقبول``): the genitive right after a noun (``فشل الناتو``), else
  the nearest actor before it in the clause that is not inside a prepositional phrase.

Two rules serve agent and evaluative hits alike: an adjective before a relative clause is about
that clause's subject (``المخاوف المشروعة التي طرحتها موسكو``), and in a clause that names no
actor and opens with a pronoun (``، وهي سياسة عدوانية``) a hit is about the last actor named
before it. A cooperation word that is only talked about (``حديث الحلف عن الحوار``) is no hit.

Negators flip the hits in the next two words of the clause (a negated conflict or cooperation
word counts for nothing), shifters (``رفض``, ``رفع``) flip the patient and evaluative hits they
govern, intensifiers multiply the nearest hit, and after a verb of receiving (``لقي ترحيبا``)
a patient hit is about the receiver. An actor
that is only the subject of a neutral verb gets no hit at all. Every hit keeps the words that
fired, so each score can be checked by reading.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers.arabic import (
    CLITIC_PREFIXES,
    normalize,
    strip_article,
    strip_conjunction,
    token_spans,
)

__all__ = [
    "ROLES",
    "Hit",
    "MentionInfo",
    "RoleFrames",
    "StanceLexicon",
    "attached_preposition",
    "default_lexicon",
    "attach_hits",
    "load_lexicon",
    "load_nileulex",
    "role_frames",
]

ROLES = (
    "agent",
    "patient",
    "mutual",
    "evaluative",
    "negator",
    "shifter",
    "intensifier",
    "receiver",
)
_EVALUATIVE_ROLES = ("agent", "patient", "mutual", "evaluative")
_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")
_PREPOSITIONS = frozenset(
    normalize(w)
    for w in "على ضد بحق تجاه إزاء نحو إلى مع في من عن عبر بين لدى حول داخل خارج قرب فوق تحت".split()
)
_OBJECT_PREPOSITIONS = frozenset(normalize(w) for w in "على ضد بحق تجاه إزاء نحو إلى مع عن".split())
_CLAUSE_OPENERS = frozenset(
    normalize(w)
    for w in "بينما لكن لكنه لكنها إلا حيث فيما أن إن بأن أنه إنه بأنه أنها إنها بأنها".split()
)
_NEGATION_SCOPE = 2  # words after a negator that it governs
_SHIFTER_SCOPE = 3  # words after a shifter (رفعت الولايات المتحدة العقوبات)
_INTENSIFIER_SCOPE = 2  # words either side of an intensifier
_MUTUAL_SCOPE = 6  # words either side of a cooperation word
_RECEIVER_SCOPE = 4  # words from a receiving verb to its patient hit (لقي الموقف الأوكراني ترحيبا)
_NOUN_OBJECT_SCOPE = 6  # words from a patient noun to its preposition object
_VERB_OBJECT_SCOPE = 9  # ... from a verb, whose subject may stand between (أشاد وزير ... بالموقف)
_PP_SCOPE = 3  # words after a preposition still inside its phrase (على طول الحدود الأوكرانية)


@dataclass(frozen=True)
class RoleFrames:
    """The role frames of ``helpers/data/role_frames.toml`` (see its comments), normalised."""

    genitive_patient: frozenset[str]
    genitive_agent: frozenset[str]
    acts: frozenset[str]
    experiencers: frozenset[str]
    speech_nouns: frozenset[str]
    counters: frozenset[str]
    achievements: frozenset[str]


@lru_cache(maxsize=1)
def role_frames() -> RoleFrames:
    """The project's role frames, read once (immutable)."""
    raw = resources.files("helpers.data").joinpath("role_frames.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return RoleFrames(
        **{name: frozenset(normalize(t) for t in data[name]["terms"]) for name in data}
    )


@dataclass(frozen=True)
class _Entry:
    term: str
    weight: float
    role: str
    pos: str
    gloss: str


@dataclass
class StanceLexicon:
    """A stance lexicon: the table of entries and the index that finds them in tokens.

    ``entries`` has the columns ``term, weight, role, pos, gloss`` (see the header of
    ``helpers/data/stance_lexicon.tsv``). Build one with :func:`load_lexicon`, combine two with
    ``+`` (later entries win for the same term).
    """

    entries: pd.DataFrame

    def __post_init__(self) -> None:
        bad = sorted(set(self.entries["role"]) - set(ROLES))
        if bad:
            raise ValueError(f"unknown lexicon role(s) {bad}; use one of {ROLES}")
        self._index: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
        for row in self.entries.itertuples(index=False):
            words = tuple(normalize(w) for w in row.term.split())
            entry = _Entry(row.term, float(row.weight), row.role, row.pos, row.gloss)
            self._index.setdefault(words[0], []).append((words, entry))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._readings: dict[str, list[tuple[str, bool]]] = {}

    def __add__(self, other: StanceLexicon) -> StanceLexicon:
        both = pd.concat([self.entries, other.entries], ignore_index=True)
        return StanceLexicon(both.drop_duplicates("term", keep="last").reset_index(drop=True))

    def __len__(self) -> int:
        return len(self.entries)

    def readings(self, norm: str) -> list[tuple[str, bool]]:
        """Lexicon words a normalised token can be read as, with whether it carried a possessive.

        Tries the proclitics (و ف ب ل ك س, the article), then possessive suffixes, then the
        endings ة/ت, ات, ية/ي, ين/ون, accusative ا; keeps only readings that start a lexicon
        entry, longest first.
        """
        cached = self._readings.get(norm)
        if cached is None:
            found = [(f, p) for f, p in _forms(norm).items() if f in self._index]
            cached = sorted(found, key=lambda kv: -len(kv[0]))
            self._readings[norm] = cached
        return cached

    def match(self, norms: list[str], i: int) -> tuple[_Entry, int, bool] | None:
        """The longest entry starting at token ``i``: (entry, number of tokens, possessive).

        More words win over a longer reading of the first word, so ``خط أحمر`` beats ``خطأ``.
        """
        best: tuple[_Entry, int, bool] | None = None
        for word, possessive in self.readings(norms[i]):
            for words, entry in self._index[word]:
                rest = words[1:]
                if i + len(rest) >= len(norms) or (best is not None and len(words) <= best[1]):
                    continue
                if all(w in _forms(norms[i + 1 + k]) for k, w in enumerate(rest)):
                    best = (entry, len(words), possessive)
        return best


@lru_cache(maxsize=65536)
def _forms(norm: str) -> dict[str, bool]:
    """Every form a normalised token may stand for (clitics, possessives and endings removed),
    with whether a possessive suffix was removed."""
    found: dict[str, bool] = {}
    for prefix in CLITIC_PREFIXES:
        if not norm.startswith(prefix) or len(norm) - len(prefix) < 2:
            continue
        rest = norm[len(prefix) :]
        for possessive in ("", *_POSSESSIVES):
            if possessive and (not rest.endswith(possessive) or len(rest) - len(possessive) < 2):
                continue
            core = rest[: len(rest) - len(possessive)] if possessive else rest
            for form in _endings(core, bool(possessive)):
                found.setdefault(form, bool(possessive) and not form.endswith(possessive))
    return found


def _endings(core: str, possessed: bool) -> list[str]:
    """Forms of ``core`` without inflectional endings: ``إدانت`` (before a suffix) -> ``إدانة``,
    ``انتهاكات`` -> ``انتهاك``, ``عدوانية`` -> ``عدواني``, ``مقبولة`` -> ``مقبول``, the
    accusative ``نجاحا`` -> ``نجاح`` and the feminine past ``رحبت`` -> ``رحب``."""
    forms = [core]
    if possessed and core.endswith("ت"):
        forms.append(core[:-1] + "ة")
    endings = (("ات", ""), ("ات", "ة"), ("ة", ""), ("ين", ""), ("ون", ""), ("ا", ""), ("ت", ""))
    for ending, replacement in endings:
        if core.endswith(ending) and len(core) - len(ending) >= 2:
            forms.append(core[: -len(ending)] + replacement)
    return forms


def load_lexicon(path: str | Path | None = None) -> StanceLexicon:
    """Read a stance lexicon (default: the project's ``helpers/data/stance_lexicon.tsv``).

    The file is tab-separated with ``#`` comment lines and the columns ``term, weight, role,
    pos, gloss`` (``pos`` and ``gloss`` may be omitted: ``noun`` and empty).

    Raises
    ------
    ValueError
        On a line with fewer than three fields, a weight that is not a number or an unknown role.
    """
    if path is None:
        raw = resources.files("helpers.data").joinpath("stance_lexicon.tsv").read_text("utf-8")
        source = "stance_lexicon.tsv"
    else:
        raw = Path(path).read_text(encoding="utf-8")
        source = str(path)
    rows = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < 3:
            raise ValueError(f"{source} line {number}: need term<TAB>weight<TAB>role, got {line!r}")
        term, weight, role, pos, gloss = (fields + ["noun", ""])[:5]
        try:
            value = float(weight)
        except ValueError:
            raise ValueError(f"{source} line {number}: weight {weight!r} is not a number") from None
        rows.append((term, value, role, pos or "noun", gloss))
    return StanceLexicon(pd.DataFrame(rows, columns=["term", "weight", "role", "pos", "gloss"]))


def load_nileulex(path: str | Path, *, max_words: int = 3) -> StanceLexicon:
    """Read NileULex's CSV layout (``term, polarity, egyptian, msa``) as evaluative entries.

    ``positive``/``compound_pos`` become weight +1, ``negative``/``compound_neg`` -1; entries
    longer than ``max_words`` words are skipped. Combine with the project lexicon as
    ``load_lexicon() + load_nileulex(path)`` so negators and roles still apply.

    Raises
    ------
    ValueError
        When the file lacks the ``term`` and ``polarity`` columns.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    table = pd.read_csv(
        io.StringIO(text), dtype=str, keep_default_na=False, quoting=csv.QUOTE_MINIMAL
    )
    if not {"term", "polarity"} <= set(table.columns):
        raise ValueError(f"{path}: expected NileULex columns term, polarity; got {list(table)}")
    sign = (
        table["polarity"]
        .str.strip()
        .map({"positive": 1.0, "compound_pos": 1.0, "negative": -1.0, "compound_neg": -1.0})
    )
    keep = sign.notna() & (table["term"].str.split().str.len() <= max_words)
    entries = pd.DataFrame(
        {
            "term": table.loc[keep, "term"].str.strip(),
            "weight": sign[keep],
            "role": "evaluative",
            "pos": "noun",
            "gloss": "NileULex " + table.loc[keep, "polarity"].str.strip(),
        }
    )
    return StanceLexicon(entries.drop_duplicates("term").reset_index(drop=True))


@lru_cache(maxsize=1)
def default_lexicon() -> StanceLexicon:
    """The project lexicon, read once."""
    return load_lexicon()


class MentionInfo(NamedTuple):
    """An actor mention as the engine needs it: offsets in the text, whether the alias is an
    adjective (``الروسي``), and the preposition written onto it (``ل`` in ``لأوكرانيا``) or ""."""

    actor: str
    start: int
    end: int
    adjective: bool
    attached: str


def attached_preposition(surface: str, alias: str) -> str:
    """The preposition ب or ل written onto a mention (``لأوكرانيا`` for ``أوكرانيا``), or ""."""
    word, name = normalize(surface), normalize(alias)
    if len(word) > len(name) and word[0] in "وف" and not name.startswith(word[0]):
        word = word[1:]
    if word[:1] in ("ب", "ل") and not name.startswith(word[0]) and len(word) > len(name) - 1:
        return word[0]
    return ""


@dataclass
class Hit:
    """One lexicon word attached to one actor.

    ``value`` is the signed contribution (weight, flipped by a negator or shifter, multiplied by
    an intensifier); ``words`` the text that fired (the hit and its modifiers); ``start`` the
    hit's offset in the text; ``rule`` how the actor was found; ``actor_start`` the offset of
    the mention it attached to.
    """

    actor: str
    term: str
    role: str
    value: float
    words: str
    start: int
    rule: str
    actor_start: int = -1  # where the mention the hit attached to starts


@dataclass
class _Token:
    norm: str
    start: int
    end: int
    clause: int
    prefix_prep: str  # an attached preposition (ب or ل) or ""


@dataclass
class _Actor:
    actor: str
    first: int  # token indices
    last: int
    adjective: bool
    governor: str  # the preposition right before it (على روسيا، لأوكرانيا، بالموقف الأمريكي) or ""
    in_phrase: bool  # inside a prepositional phrase (على طول الحدود الأوكرانية)


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
    tokens = _tokens(text, start, end)
    if not tokens:
        return []
    actors = _locate(tokens, mentions)
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
    actors = [_with_phrase(a, tokens, blocked) for a in actors]
    hits: list[Hit] = []
    frames = role_frames()
    starts = [j for j, other, _, _ in found if other.role in _EVALUATIVE_ROLES]
    receivers = [j for j, other, _, _ in found if other.role == "receiver"]
    receivers += [
        k for k, t in enumerate(tokens) if strip_conjunction(t.norm) in frames.experiencers
    ]
    for i, entry, n, possessive in found:
        if (
            entry.role not in _EVALUATIVE_ROLES
            or normalize(entry.term) in frames.acts
            or (entry.role == "mutual" and _spoken_of(i, tokens))
            or _countered(i, tokens, frames)
        ):
            continue
        value, words = _modified(i, n, entry, found, tokens, text)
        if value > 0 and normalize(entry.term) in frames.achievements:
            value = _achieved(i, n, value, found, tokens)
        if value == 0:
            continue
        receiver = next((j for j in receivers if 0 < i - j <= _RECEIVER_SCOPE), None)
        if entry.role in ("patient", "evaluative") and receiver is not None:
            targets = _receiver(i, receiver, actors)
        else:
            targets = _targets(i, n, entry, possessive, tokens, actors, starts)
            if receiver is not None:  # تعرضت أوكرانيا لهجوم: the one who suffers is not judged
                suffering = {a.actor for a, _ in _receiver(i, receiver, actors)}
                targets = [(a, rule) for a, rule in targets if a.actor not in suffering]
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
    return hits


def _countered(i: int, tokens: list[_Token], frames: RoleFrames) -> bool:
    """Whether a word of countering (``مكافحة``, ``محاربة``) governs the hit at ``i``."""
    return any(
        _bare(tokens[k].norm) in frames.counters or tokens[k].norm in frames.counters
        for k in range(max(i - _COUNTER_SCOPE, 0), i)
        if tokens[k].clause == tokens[i].clause
    )


def _achieved(i: int, n: int, value: float, found: list, tokens: list[_Token]) -> float:
    """A success word's value: negative when what was achieved is negative (``نجحت إيران في
    نشر الفوضى``), that is a negative hit within :data:`_ACHIEVEMENT_SCOPE` words after it."""
    for j, other, _, _ in found:
        if 0 < j - (i + n - 1) <= _ACHIEVEMENT_SCOPE and tokens[j].clause == tokens[i].clause:
            if other.role in _EVALUATIVE_ROLES and other.weight < 0:
                return -value
    return value


_COUNTER_SCOPE = 2
_ACHIEVEMENT_SCOPE = 4


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    clause = 0
    previous = start
    commas: list[bool] = [False]  # per clause: whether a comma opened it
    for word, s, e in token_spans(text[start:end]):
        norm, opens_clause, prefix_prep = _word(word)
        gap = text[previous : start + s]
        if out and (opens_clause or _CLAUSE_BREAK.search(gap)):
            clause += 1
            commas.append(_COMMA.fullmatch(gap.strip()) is not None)
        out.append(_Token(norm, start + s, start + e, clause, prefix_prep))
        previous = start + e
    return _join_insertions(out, commas)


def _join_insertions(tokens: list[_Token], commas: list[bool]) -> list[_Token]:
    """Rejoin a clause cut by an insertion between two commas (``رحبت إسرائيل، السبت، بقرار``,
    ``أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، العنف``): an inserted clause of at most
    :data:`_INSERTION_WORDS` words, opened and closed by a comma, belongs with its neighbours."""
    sizes = [0] * len(commas)
    for token in tokens:
        sizes[token.clause] += 1
    joined = list(range(len(commas)))
    for c in range(1, len(commas) - 1):
        if commas[c] and commas[c + 1] and sizes[c] <= _INSERTION_WORDS:
            joined[c] = joined[c + 1] = joined[c - 1]
    for token in tokens:
        token.clause = joined[token.clause]
    return tokens


_COMMA = re.compile(r"[,،]")
_INSERTION_WORDS = 2


_CLAUSE_BREAK = re.compile(r"[,،;؛:()]")
"""Punctuation between two words that opens a new clause."""


@lru_cache(maxsize=1 << 17)
def _word(word: str) -> tuple[str, bool, str]:
    """What the engine reads in a token as written: its normal form, whether it opens a clause
    (``بينما``, ``وأن``) and the preposition written onto it (news vocabulary repeats, so each
    word is read once)."""
    norm = normalize(word)
    return norm, strip_conjunction(norm) in _CLAUSE_OPENERS, _attached_preposition(norm)


def _attached_preposition(norm: str) -> str:
    """``ب`` or ``ل`` written onto a definite word (بالموقف، للولايات، وبالعقوبات), else ``""``.

    Only the article makes the prefix certain: ``بينما`` or ``لبنان`` start with the same
    letters. Mentions of actors get their prefix from the gazetteer match instead (``لأوكرانيا``).
    """
    word = strip_conjunction(norm)
    if word.startswith("بال") and len(word) > 4:
        return "ب"
    if word.startswith("لل") and len(word) > 3:
        return "ل"
    return ""


def _locate(tokens: list[_Token], mentions: list[MentionInfo]) -> list[_Actor]:
    """The mentions as token ranges: the tokens that overlap each mention's characters."""
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    actors = []
    for actor, start, end, adjective, attached in mentions:
        first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
        if first <= last:
            actors.append(_Actor(actor, first, last, adjective, attached, False))
    return actors


def _with_phrase(actor: _Actor, tokens: list[_Token], blocked: set[int]) -> _Actor:
    """Fill ``governor`` and ``in_phrase`` from the words just before the mention."""
    k = actor.first
    governor = actor.governor
    if not governor and k > 0 and tokens[k - 1].clause == tokens[k].clause:
        before = tokens[k - 1]
        if before.norm in _PREPOSITIONS:
            governor = before.norm
        elif actor.adjective and before.prefix_prep and k - 1 not in blocked:
            governor = before.prefix_prep  # بالموقف الأمريكي
        elif (
            actor.adjective
            and k > 1
            and tokens[k - 2].norm in _PREPOSITIONS
            and k - 1 not in blocked
        ):
            governor = tokens[k - 2].norm  # على الموقف الأمريكي, not حول العدوان الروسي
    in_phrase = bool(governor)
    for j in range(k - 1, max(k - 1 - _PP_SCOPE, -1), -1):
        if in_phrase or j in blocked or tokens[j].clause != tokens[k].clause:
            break
        in_phrase = tokens[j].norm in _PREPOSITIONS or bool(tokens[j].prefix_prep)
    return _Actor(actor.actor, actor.first, actor.last, actor.adjective, governor, in_phrase)


def _modified(
    i: int, n: int, entry: _Entry, found: list, tokens: list[_Token], text: str
) -> tuple[float, str]:
    """The hit's signed value after negators, shifters and intensifiers, and the words used."""
    value = entry.weight
    words = [text[tokens[i].start : tokens[i + n - 1].end]]
    clause = tokens[i].clause
    for j, other, m, _ in found:
        if tokens[j].clause != clause or j == i:
            continue
        distance = i - j
        if other.role == "negator" and 0 < distance <= _NEGATION_SCOPE:
            # a negated hostile or negative word is no praise (ألا يكرروا أخطاء الماضي), and a
            # negated cooperation word no hostility
            value = 0.0 if entry.role in ("mutual", "agent") or value < 0 else -value
        elif (
            other.role == "shifter"
            and 0 < distance <= _SHIFTER_SCOPE
            and entry.role
            in (
                "patient",
                "evaluative",
            )
        ):
            value = -value
        elif other.role == "intensifier" and abs(j - i) <= _INTENSIFIER_SCOPE + n - 1:
            value *= other.weight
        else:
            continue
        words.insert(0 if j < i else len(words), text[tokens[j].start : tokens[j + m - 1].end])
    return value, " ".join(words)


def _spoken_of(i: int, tokens: list[_Token]) -> bool:
    """Whether the word at ``i`` is what someone talks about (``حديث الحلف عن الحوار``,
    ``يتحدث عن التعاون``): a cooperation word after عن with a word of speaking at most three words
    before the عن is reported, not enacted."""
    if i < 2 or tokens[i - 1].norm != "عن":
        return False
    return any(_bare(tokens[k].norm).startswith(_SPEAKING) for k in range(max(i - 4, 0), i - 1))


_SPEAKING = tuple(normalize(w) for w in "حديث تحدث يتحدث تتحدث كلام".split())


def _bare(norm: str) -> str:
    """``norm`` without a leading و/ف and article (والحديث -> حديث)."""
    return strip_article(strip_conjunction(norm), 3)


def _receiver(i: int, j: int, actors: list[_Actor]) -> list[tuple[_Actor, str]]:
    """A patient hit at ``i`` after a receiving verb at ``j``: the actor between them
    (``لقي الموقف الأوكراني ترحيبا``), else the last one before the verb (``الموقف الأمريكي لقي
    ترحيبا``), outside prepositional phrases."""
    free = [a for a in actors if not a.in_phrase and not a.governor]
    between = [a for a in free if j < a.first < i]
    if between:
        return [(between[0], "receiver after the verb")]
    before = [a for a in free if a.last < j]
    return [(before[-1], "receiver before the verb")] if before else []


def _pronoun_object(j: int, tokens: list[_Token], actors: list[_Actor]) -> _Actor | None:
    """``دعمهم الثابت لسيادتها``: a preposition + pronoun object within three words after a
    patient word refers back to the last actor named before it."""
    for k in range(j, min(j + 3, len(tokens))):
        if tokens[k].clause != tokens[j - 1].clause or any(a.first == k for a in actors):
            return None
        norm = tokens[k].norm
        if norm[:1] in ("ل", "ب") and norm.endswith(_POSSESSIVES) and len(norm) > 3:
            owners = [a for a in actors if a.last < j]
            return owners[-1] if owners else None
    return None


def _relative_subject(j: int, tokens: list[_Token], free_after: list[_Actor]) -> _Actor | None:
    """``المخاوف الأمنية المشروعة التي طرحتها موسكو``: an adjective followed by a relative
    pronoun qualifies what the relative clause's subject did or said, so it is about that
    subject (an actor within three words of ``التي``/``الذي``)."""
    if j >= len(tokens) or tokens[j].norm not in _RELATIVES:
        return None
    return next((a for a in free_after if j < a.first <= j + 3 and not a.adjective), None)


_RELATIVES = frozenset(normalize(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split())


def _opens_with_pronoun(i: int, tokens: list[_Token]) -> bool:
    """Whether the clause of token ``i`` opens with an independent pronoun (``، وهي سياسة
    تحولت إلى أداة توسع عدوانية``): such a clause describes the last actor named before it, even
    one inside a prepositional phrase (``بسياسة الباب المفتوح لحلف الناتو``)."""
    first = i
    while first > 0 and tokens[first - 1].clause == tokens[i].clause:
        first -= 1
    return first > 0 and tokens[first].norm in _PRONOUNS


_PRONOUNS = frozenset(
    conjunction + normalize(w) for w in "هو هي هم هما هن".split() for conjunction in ("", "و", "ف")
)


def _object_follows(j: int, tokens: list[_Token]) -> bool:
    """Whether a preposition object (``لسيادتها``, ``على روسيا``) starts at token ``j``."""
    if j >= len(tokens) or tokens[j].clause != tokens[j - 1].clause:
        return False
    return (
        tokens[j].norm in _OBJECT_PREPOSITIONS
        or bool(tokens[j].prefix_prep)
        or (tokens[j].norm[:1] == "ل" and tokens[j].norm.endswith(_POSSESSIVES))
    )


def _object_owner(j: int, tokens: list[_Token], actors: list[_Actor], stop: int) -> _Actor | None:
    """The owner of a patient word's object: the first word within :data:`_OBJECT_SCOPE` words
    that carries or follows a preposition (``بقرار``, ``على سياسة``), and right after it an actor
    as its owner or adjective (``بقرار الولايات المتحدة``, ``بالموقف الأمريكي``)."""
    clause = tokens[j - 1].clause
    for k in range(j, min(j + _OBJECT_SCOPE, stop, len(tokens))):
        if tokens[k].clause != clause or any(a.first <= k <= a.last for a in actors):
            return None
        carries = tokens[k].prefix_prep or tokens[k].norm[:1] in ("ب", "ل")
        follows = k > j and tokens[k - 1].norm in _OBJECT_PREPOSITIONS
        if carries or follows:
            if role_frames().genitive_patient.intersection(_forms(tokens[k].norm)):
                return None  # ندد باحتلال فلسطين: the owner suffers the act
            owner = next((a for a in actors if a.first == k + 1 and not a.governor), None)
            return owner if owner is not None and tokens[k + 1].clause == clause else None
    return None


_OBJECT_SCOPE = 3  # words from a patient word to its object (رحبت إسرائيل، السبت، بقرار)


def _owner_is_agent(i: int, n: int, entry: _Entry, owner: _Actor, tokens: list[_Token]) -> bool:
    """Whether the owner of a patient noun is its agent (see ``[genitive_agent]`` in
    ``role_frames.toml``): a speech-act noun (``انتقادات ترامب``), a noun written with ب
    (``بدعم روسيا``), or an owner followed by a preposition object (``دعم واشنطن لكييف``)."""
    if normalize(entry.term) in role_frames().genitive_agent:
        return True
    if strip_conjunction(tokens[i].norm).startswith("ب") and not tokens[i].prefix_prep:
        return True
    after = owner.last + 1
    if after >= len(tokens) or tokens[after].clause != tokens[i].clause:
        return False
    return tokens[after].norm in _OBJECT_PREPOSITIONS or tokens[after].prefix_prep == "ل"


def _non_actor_owner(i: int, n: int, tokens: list[_Token], actors: list[_Actor]) -> bool:
    """A noun in the construct state (no article) followed by a definite word that is no
    actor (``فشل المفاوضات``): the definite word is its owner, what the noun is about."""
    j = i + n
    if j >= len(tokens) or tokens[j].clause != tokens[i].clause:
        return False
    if _bare(tokens[i].norm).startswith("ال") or tokens[i].norm.startswith(
        ("ال", "وال", "بال", "لل")
    ):
        return False
    owner = strip_conjunction(tokens[j].norm)
    return owner.startswith("ال") and not any(a.first <= j <= a.last for a in actors)


def _targets(
    i: int,
    n: int,
    entry: _Entry,
    possessive: bool,
    tokens: list[_Token],
    actors: list[_Actor],
    hit_starts: list[int],
) -> list[tuple[_Actor, str]]:
    """The actor(s) a hit at tokens ``i .. i+n-1`` is about, with the rule that found it."""
    clause = tokens[i].clause
    here = [a for a in actors if tokens[a.first].clause == clause]
    if not here and entry.role in ("agent", "evaluative") and _opens_with_pronoun(i, tokens):
        earlier = [a for a in actors if a.last < i]
        return [(earlier[-1], "antecedent of the pronoun opening the clause")] if earlier else []
    after = [a for a in here if a.first >= i + n]
    before = [a for a in here if a.last < i]
    free_after = [a for a in after if not a.governor]
    if entry.role == "mutual":
        near = [a for a in here if abs(a.first - i) <= _MUTUAL_SCOPE]
        if near:
            return [(a, "near a cooperation word") for a in near]
        earlier = [a for a in actors if a.last < i and not a.in_phrase]
        return [(earlier[-1], "subject of an earlier clause")] if earlier else []
    if entry.role == "patient":
        next_hit = min((j for j in hit_starts if j > i), default=len(tokens))
        objects = [
            a
            for a in after
            if a.governor in _OBJECT_PREPOSITIONS | {"ب", "ل"} and a.first < next_hit
        ]
        scope = _VERB_OBJECT_SCOPE if entry.pos == "verb" else _NOUN_OBJECT_SCOPE
        if objects and objects[0].first - i <= scope:
            return [(objects[0], f"object after {objects[0].governor}")]
        pronoun = _pronoun_object(i + n, tokens, actors)
        if pronoun is not None:
            return [(pronoun, "owner of the pronoun after the preposition")]
        owner = _object_owner(i + n, tokens, actors, next_hit + 1)
        if owner is not None:  # رحبت إسرائيل بقرار الولايات المتحدة، انتقاداتهم لسياسات موسكو
            return [(owner, "owner of the object")]
        if possessive:
            owners = [a for a in here if a.last < i and not _object_follows(i + n, tokens)]
            # اتهامها بممارسات: the pronoun is the one accused (the last actor named)
            return [(owners[-1], "object in the attached pronoun")] if owners else []
        if entry.pos == "verb":
            subject_before = any(not a.in_phrase for a in before)
            objects = free_after[0:1] if subject_before else free_after[1:2]
            return [(a, "object of the verb") for a in objects]
        genitive = [a for a in free_after if a.first == i + n and not a.adjective]
        if genitive and _owner_is_agent(i, n, entry, genitive[0], tokens):
            return []  # انتقادات ترامب للمملكة، بدعم روسيا: the owner speaks or gives
        return [(a, "genitive after the noun") for a in genitive]
    if possessive:
        owners = [a for a in actors if a.last < i]
        return [(owners[-1], "owner of the attached pronoun")] if owners else []
    if entry.pos == "adj" or (entry.role == "agent" and entry.pos == "noun"):
        relative = _relative_subject(i + n, tokens, free_after)
        if relative is not None:  # الجرائم التي ارتكبها الاحتلال الإسرائيلي
            return [(relative, "subject of the relative clause after it")]
    owner_after = next((a for a in after if a.first == i + n and a.governor == "ل"), None)
    if entry.pos == "adj" and owner_after is not None:  # النشاط الخبيث للصين
        return [(owner_after, "owner after the adjective")]
    if entry.pos == "noun" and _non_actor_owner(i, n, tokens, actors):
        return []  # فشل المفاوضات، دعم الإرهاب: the word is about its owner, not an actor
    if (
        entry.role == "agent"
        and normalize(entry.term) in role_frames().genitive_patient
        and any(a.first == i + n and not a.adjective for a in free_after)
    ):
        return []  # غزو أوكرانيا: the owner suffers the act; the agent is not named
    subjects = [a for a in before if not a.in_phrase]
    if entry.role == "agent" and entry.pos == "verb":
        if subjects and i - subjects[-1].last <= 3:
            return [(subjects[-1], "subject before the verb")]
        return [(free_after[0], "subject after the verb")] if free_after[:1] else []
    if entry.pos != "adj" and free_after and free_after[0].first <= i + n + 1:
        return [(free_after[0], "actor right after the word")]
    if subjects:
        return [(subjects[-1], "nearest actor before, outside prepositional phrases")]
    earlier = [
        a for a in actors if a.last < i and not a.in_phrase and tokens[a.first].clause < clause
    ]
    if earlier and not (entry.pos == "adj" and _describes_an_owned_noun(i, tokens, actors)):
        # أعلن الحلف ...، في خطوة تصعيدية: the sentence's subject, before the comma
        return [(earlier[-1], "subject of an earlier clause")]
    return []


def _describes_an_owned_noun(i: int, tokens: list[_Token], actors: list[_Actor]) -> bool:
    """Whether the adjective at ``i`` follows a noun with its own owner (``حرص الحلفاء الصادق``):
    it describes that phrase, whose owner is named, not the subject of an earlier clause (as in
    ``في خطوة تصعيدية``)."""
    if i < 2 or tokens[i - 2].clause != tokens[i].clause:
        return False
    owner, noun = tokens[i - 1], tokens[i - 2]
    return (
        strip_conjunction(owner.norm).startswith("ال")
        and not _bare(noun.norm).startswith("ال")
        and not any(a.first <= i - 1 <= a.last for a in actors)
    )

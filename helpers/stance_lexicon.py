"""The stance lexicon: evaluative words, how strong they are and which role they judge.

``helpers/data/stance_lexicon.tsv`` (written for this project) lists each word with a signed
weight, a role (agent, patient, mutual, evaluative, or a function: negator, shifter,
intensifier, receiver) and a part of speech; ``helpers/data/role_frames.toml`` says who plays
which role around hostile and friendly acts. A :class:`StanceLexicon` finds its words in
normalised tokens through attached clitics, plural and feminine endings and possessive
suffixes; :mod:`helpers.stance_rules` attaches each hit to the actor it is about.

A lexicon is immutable: its ``entries`` come out as a copy, so the index that finds them can
never go stale, and :func:`default_lexicon` can hand the same object to every caller.
"""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from helpers.arabic import normalize
from helpers.clitics import (
    CLITIC_PREFIXES,
    IMPERFECT_PERSONS,
    PRONOUN_ENDINGS,
    strip_conjunction,
    strip_fused_preposition,
)
from helpers.cues import function_words

__all__ = [
    "EVALUATIVE_ROLES",
    "ROLES",
    "Entry",
    "RoleFrames",
    "StanceLexicon",
    "armed",
    "default_lexicon",
    "defends",
    "experienced",
    "first_person",
    "load_lexicon",
    "load_nileulex",
    "owned_part",
    "proclitic_readings",
    "role_frames",
    "verb_forms",
    "word_forms",
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
EVALUATIVE_ROLES = ("agent", "patient", "mutual", "evaluative")
"""The roles of entries that judge someone (the rest modify or mark a receiver)."""
_VERB_ENDINGS = ("وا", "نا", "تا", "تم", "ان")
"""Person endings of a verb the lexicon lists in the third person singular: past plural
(``اتهموا``), we (``رفضنا``), feminine dual (``رحبتا``), you (``انتقدتم``), present dual
(``يدينان``)."""
_FIRST_PERSON = "ن"
"""The present prefix of we (``نرحب``): read as the listed ``ي`` form. Not أ of I: ``أدين``
is far more often the passive "was convicted" than "I condemn"."""


@dataclass(frozen=True)
class RoleFrames:
    """The role frames of ``helpers/data/role_frames.toml`` (see its comments), normalised."""

    genitive_patient: frozenset[str]
    genitive_agent: frozenset[str]
    acts: frozenset[str]
    experiencers: frozenset[str]
    speech_nouns: frozenset[str]
    attitude_nouns: frozenset[str]
    b_object_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    finding_sources: frozenset[str]
    finding_verbs: frozenset[str]
    counters: frozenset[str]
    achievements: frozenset[str]
    victim_prepositions: frozenset[str]
    victim_words: frozenset[str]
    statement_nouns: frozenset[str]
    on_objects: frozenset[str]
    doer_heads: frozenset[str]
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    third_parties: frozenset[str]
    friendly_acts: frozenset[str]
    experiencer_phrases: frozenset[str]
    purpose_markers: frozenset[str]
    known_act_markers: frozenset[str]
    topic_prepositions: frozenset[str]
    list_nouns: frozenset[str]
    violation_nouns: frozenset[str]
    penalties: frozenset[str]
    terms_of_art: frozenset[str]
    means_words: frozenset[str]
    sought_words: frozenset[str]
    share_nouns: frozenset[str]
    land_nouns: frozenset[str]
    named_doers: frozenset[str]
    campaigns: frozenset[str]
    inabilities: frozenset[str]
    naming_phrases: frozenset[str]
    verb_homographs: frozenset[str]
    bloc_adjectives: frozenset[str]
    judged_acts: frozenset[str]


@lru_cache(maxsize=1)
def role_frames() -> RoleFrames:
    """The project's role frames, read once (immutable)."""
    raw = resources.files("helpers.data").joinpath("role_frames.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return RoleFrames(
        **{name: frozenset(normalize(t) for t in data[name]["terms"]) for name in data}
    )


@dataclass(frozen=True)
class Entry:
    term: str
    weight: float
    role: str
    pos: str
    gloss: str


class StanceLexicon:
    """A stance lexicon: the table of entries and the index that finds them in tokens.

    ``entries`` has the columns ``term, weight, role, pos, gloss`` (see the header of
    ``helpers/data/stance_lexicon.tsv``). Build one with :func:`load_lexicon`, combine two with
    ``+`` (later entries win for the same term). The lexicon keeps its own copy of the table
    and hands out copies (:attr:`entries`): to change it, build a new one from an edited copy.
    """

    def __init__(self, entries: pd.DataFrame) -> None:
        bad = sorted(set(entries["role"]) - set(ROLES))
        if bad:
            raise ValueError(f"unknown lexicon role(s) {bad}; use one of {ROLES}")
        self._entries = entries.copy()
        self._index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for row in self._entries.itertuples(index=False):
            words = tuple(normalize(w) for w in row.term.split())
            entry = Entry(row.term, float(row.weight), row.role, row.pos, row.gloss)
            self._index.setdefault(words[0], []).append((words, entry))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self.readings = lru_cache(maxsize=_READINGS_CACHE)(self._readings)

    @property
    def entries(self) -> pd.DataFrame:
        """A copy of the table (editing it leaves the lexicon as it is)."""
        return self._entries.copy()

    def __repr__(self) -> str:
        return f"StanceLexicon({len(self)} entries)"

    def __add__(self, other: StanceLexicon) -> StanceLexicon:
        both = pd.concat([self._entries, other._entries], ignore_index=True)
        return StanceLexicon(both.drop_duplicates("term", keep="last").reset_index(drop=True))

    def __len__(self) -> int:
        return len(self._entries)

    def _readings(self, norm: str) -> list[tuple[str, bool, bool]]:
        """Lexicon words a normalised token can be read as, with whether it carried a possessive
        and whether the reading is a verb's only (:func:`verb_forms`).

        Tries the proclitics (و ف ب ل ك س, the article), then possessive suffixes, then the
        endings ة/ت, ات, ية/ي, ين/ون, accusative ا, then the persons of a verb; keeps only
        readings that start a lexicon entry, longest first. ``readings`` is this function
        behind a bounded cache.
        """
        forms = word_forms(norm)
        found = [(f, p, False) for f, p in forms.items() if f in self._index]
        found += [(f, False, True) for f in verb_forms(norm) if f in self._index and f not in forms]
        return sorted(found, key=lambda kv: -len(kv[0]))

    def match(self, norms: list[str], i: int) -> tuple[Entry, int, bool] | None:
        """The longest entry starting at token ``i``: (entry, number of tokens, possessive).

        More words win over a longer reading of the first word, so ``خط أحمر`` beats ``خطأ``.
        An entry whose last word is one letter (``الموت ل``) wants the next token to start with
        that proclitic, and does not take that token (``الموت لأمريكا``: the actor stays free).
        """
        best: tuple[Entry, int, bool] | None = None
        for word, possessive, verb_only in self.readings(norms[i]):
            for words, entry in self._index[word]:
                if entry.pos != "verb" and verb_only:
                    continue  # a person's ending or prefix is a verb's
                if entry.pos == "verb" and _article_read_off(norms[i], word):
                    continue  # الأثنيات is no أثنى: a verb never carries the article
                if entry.pos == "verb" and norms[i].endswith("ة") and not word.endswith("ة"):
                    continue  # عارضة (أزياء) is no عارض: a verb never ends in ة
                if _particle_misread(norms[i], word, entry):
                    continue  # لما، لنا، كلما are no لم، لن: see _particle_misread
                if _plural_read_off(norms[i], word) and not _takes_plural(entry):
                    continue  # المشروعات is no مشروعة, كلمات no لم: see _takes_plural
                rest = words[1:]
                if i + len(rest) >= len(norms) or (best is not None and len(words) <= best[1]):
                    continue
                # a last "word" of one letter is a proclitic of the next token, not a token
                # of the entry (الموت ل: الموت لأمريكا)
                clitic = rest[-1] if rest and len(rest[-1]) == 1 else ""
                whole = rest[:-1] if clitic else rest
                if all(w in word_forms(norms[i + 1 + k]) for k, w in enumerate(whole)) and (
                    norms[i + len(rest)].startswith(clitic)
                ):
                    best = (entry, len(words) - bool(clitic), possessive)
        return best


def _article_read_off(norm: str, word: str) -> bool:
    """Whether reading the token ``norm`` as ``word`` took an article off it (``الاثنيات`` as
    ``اثني``), also behind و/ف and ب/ل/ك; a word whose own letters start so (``التزم``) keeps
    them."""
    bare = strip_fused_preposition(strip_conjunction(norm))  # وبالقرار، للقرار: القرار
    return bare.startswith("ال") and not word.startswith("ال")


def _particle_misread(norm: str, word: str, entry: Entry) -> bool:
    """Whether reading the token ``norm`` as a negating particle of two letters (لم، لن، لا)
    makes another word of it. Such a particle stands alone or behind و/ف only (ولم، فلن): with
    an ending or a pronoun it is another word (``لما`` "when", "to what"، ``لنا`` "for us"،
    ``كلمته`` "his speech"), and so behind ب/ك/ل (``كلا`` "both"). Longer negators (عدم، غير،
    ألا) keep their readings: behind a preposition they are often themselves (بعدم، لعدم)."""
    if entry.role != "negator" or entry.pos != "-" or len(word) != 2:
        return False
    return strip_conjunction(norm, 1) != word


def _plural_read_off(norm: str, word: str) -> bool:
    """Whether reading the token ``norm`` as ``word`` cut the plural ending ات off it
    (``المشروعات`` as ``مشروعة``، ``انتهاكات`` as ``انتهاك``)."""
    if word.endswith("ات"):
        return False
    plural = word[:-1] + "ات" if word.endswith("ة") else word + "ات"
    return plural in norm


def _takes_plural(entry: Entry) -> bool:
    """Whether the plural ات reads as the entry: only a noun that judges someone
    (``انتهاكات``، ``نجاحات``). An adjective describing things is singular feminine in Arabic
    (مطالب مشروعة), so an adjective with ات is a noun of its own (المشروعات "projects"،
    المدمرات "destroyers", الإيجابيات); a verb never takes ات (العارضات "models"); and a
    function word read so is another word (كلمات is no ك + لم، بقوات "with forces" no بقوة،
    تعليقات "comments" no تعليق "suspension", وقفات "vigils" no وقف). Nor a noun whose ات
    plural is another noun (``[plural_other_nouns]``: مقاطعات "provinces" is no مقاطعة
    "boycott")."""
    return (
        entry.pos == "noun"
        and entry.role in EVALUATIVE_ROLES
        and normalize(entry.term) not in function_words("plural_other_nouns")
    )


_READINGS_CACHE = 1 << 16
"""Distinct tokens whose readings a lexicon remembers (news vocabulary repeats)."""


@lru_cache(maxsize=1 << 16)
def experienced(norm: str) -> bool:
    """Whether the normalised token is a word of suffering or witnessing (the role frames'
    ``[experiencers]``, through clitics and pronouns: ``شهدته``، ``تعرضهما``): its subject
    undergoes what follows, it does not do it (cached: the rules ask it of every token of a
    sentence, and the role frames are read once)."""
    return not role_frames().experiencers.isdisjoint(word_forms(norm))


def defends(term: str) -> bool:
    """Whether a lexicon ``term`` is a verb of defending (``[defending_verbs]``: دافع، يدافع،
    تدافع): its one target is the actor after ``عن``, and on the speaker's own side it is
    self-defence (:mod:`helpers.stance_support`)."""
    return normalize(term) in function_words("defending_verbs")


@lru_cache(maxsize=1 << 12)
def armed(norm: str) -> bool:
    """Whether the normalised token is a weapon or an air force (``[attack_instruments]`` of
    ``function_words.toml``: ``الطائرات``، ``الطيران``): as the owner of a deed it does the deed
    (``قصف الطائرات التركية``) and is never what the deed hits, as a force can be."""
    return not function_words("attack_instruments").isdisjoint(word_forms(norm))


@lru_cache(maxsize=65536)
def proclitic_readings(norm: str) -> tuple[str, ...]:
    """Every reading of a normalised token without a proclitic sequence
    (:data:`~helpers.clitics.CLITIC_PREFIXES`: conjunction, preposition, future ``س``, article),
    the token itself first, each leaving two letters or more: ``وبالتحقيق`` -> ``وبالتحقيق``،
    ``بالتحقيق``، ``التحقيق``، ``تحقيق``. Endings and pronouns stay (:func:`word_forms` takes
    them off too), so a reader that compares word starts or whole words uses these; ``س`` is
    the future only before an imperfect (not ``سعداء`` as "will" + ``عداء``)."""
    return tuple(
        norm[len(prefix) :]
        for prefix in CLITIC_PREFIXES
        if norm.startswith(prefix)
        and len(norm) - len(prefix) >= 2
        and not (prefix.endswith("س") and norm[len(prefix)] not in IMPERFECT_PERSONS)
    )


@lru_cache(maxsize=65536)
def word_forms(norm: str) -> dict[str, bool]:
    """Every form a normalised token may stand for (clitics, possessives and endings removed),
    with whether a possessive suffix was removed (cached: news vocabulary repeats)."""
    found: dict[str, bool] = {}
    for rest in proclitic_readings(norm):
        for possessive in ("", *PRONOUN_ENDINGS):
            if possessive and (not rest.endswith(possessive) or len(rest) - len(possessive) < 2):
                continue
            core = rest[: len(rest) - len(possessive)] if possessive else rest
            for form in _endings(core, bool(possessive)):
                found.setdefault(form, bool(possessive) and not form.endswith(possessive))
    return found


def first_person(norm: str, term: str) -> bool:
    """Whether the token ``norm`` reads the verb entry ``term`` (a listed ``ي`` form) in the
    first person plural (``ندين`` as ``يدين``، ``ونشكر`` as ``يشكر``): its subject is the
    speaker's "we", written in the verb itself, so an actor right after it is its object
    (``ندين إيران``), not its subject as after a verb of the third person (``يدين الوزير``)."""
    listed = normalize(term)  # (not ندينها: an object pronoun is the verb's object)
    bare = (norm, norm[1:] if norm[:1] in ("و", "ف") else norm)  # not للنشيد: a noun after ل
    return listed[:1] == "ي" and any(
        form in bare and form[:1] == _FIRST_PERSON and "ي" + form[1:] == listed and not owned
        for form, owned in word_forms(norm).items()
    )


@lru_cache(maxsize=65536)
def verb_forms(norm: str) -> tuple[str, ...]:
    """The third person singular forms a token may stand for as a verb in another person,
    in order of preference: ``اتهموا`` and ``اتهمتم`` -> ``اتهم``, ``رفضنا`` -> ``رفض``,
    ``ويدينان`` -> ``يدين``, ``نرحب`` -> ``يرحب`` (the lexicon lists ``هدد،
    يهدد، تهدد``; quoted speech says ``هددوا``، ``ندين``). Only verb entries may be read so
    (see :meth:`StanceLexicon.match`): a person's prefix makes no adjective of ``نسير``."""
    found: dict[str, None] = {}
    for form in word_forms(norm):
        stems = [form] + [
            form[: -len(end)] for end in _VERB_ENDINGS if form.endswith(end) and len(form) > 4
        ]
        for stem in stems:
            found[stem] = None
            if stem.startswith(_FIRST_PERSON) and len(stem) >= 4:
                found.setdefault("ي" + stem[1:])
    return tuple(found)


def _endings(core: str, possessed: bool) -> list[str]:
    """Forms of ``core`` without inflectional endings: ``إدانت`` (before a suffix) -> ``إدانة``,
    ``انتهاكات`` -> ``انتهاك``, ``عدوانية`` -> ``عدواني``, ``مقبولة`` -> ``مقبول``, the
    accusative ``نجاحا`` -> ``نجاح`` and the feminine past ``رحبت`` -> ``رحب``; the hamza of a
    final ``اء`` seated on ya before a suffix (``اعتدائه`` -> ``اعتداء``، ``استيائها``), and the
    final hamza of ``يء`` seated on ya before an ending (``جريئة`` -> ``جريء``، ``دنيئا``)."""
    forms = [core]
    if possessed and core.endswith("ت"):
        forms.append(core[:-1] + "ة")
    if possessed and core.endswith("ائ"):
        forms.append(core[:-1] + "ء")
    endings = (("ات", ""), ("ات", "ة"), ("ة", ""), ("ين", ""), ("ون", ""), ("ا", ""), ("ت", ""))
    for ending, replacement in endings:
        if core.endswith(ending) and len(core) - len(ending) >= 2:
            bare = core[: -len(ending)] + replacement
            forms.append(bare)
            if not replacement and bare.endswith(_YA_SEATED_HAMZA):
                forms.append(bare[:-1] + "ء")
    return forms


_YA_SEATED_HAMZA = "يئ"
"""A final ``يء`` (``جريء``، ``دنيء``) writes its hamza on ya before an ending (``جريئة``)."""


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
    """The project lexicon, read once and shared: it is immutable (see :class:`StanceLexicon`)."""
    return load_lexicon()


def owned_part(word: str) -> str | None:
    """The owner's pronoun of a noun of a part in an act (``[share_nouns]`` of
    ``role_frames.toml``) that carries one (``دورها`` -> ``ها``, ``مسؤوليتها``, ``ضلوعه``), or
    None. ``word`` is normalised, without its conjunction."""
    for pronoun in PRONOUN_ENDINGS:
        stem = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(stem) >= 2:
            forms = set(word_forms(stem)) | {stem}
            if stem.endswith("ت"):  # مسؤوليت -> مسؤولية: the ة written back
                forms |= set(word_forms(stem[:-1] + "ة")) | {stem[:-1] + "ة"}
            if role_frames().share_nouns.intersection(forms):
                return pronoun
    return None

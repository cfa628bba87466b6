"""The word lists the attribution and stance rules read, from ``helpers/data``.

* ``speech_cues.txt``: reporting verbs, evaluation verbs, participles, source prepositions,
  relays, complementisers and the other lists of reported speech (:class:`SpeechCues`);
* ``news_agencies.txt``: wire services, which relay words but hold no view
  (:func:`is_news_agency`);
* ``function_words.toml``: prepositions, relatives, pronouns and the other function words the
  rules look for (:func:`function_words`); a list that is a kind of speech cue (the verbs of
  threat) names that kind instead of copying its words.

Every list is written for this project, normalised when read and handed out immutable, so a
caller cannot change what another one reads.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction

__all__ = ["SpeechCues", "default_cues", "function_words", "is_news_agency", "load_speech_cues"]


@dataclass(frozen=True)
class SpeechCues:
    """The word lists of ``speech_cues.txt``, normalised (see the file header for each kind)."""

    cues: dict[str, tuple[str, frozenset[str]]]  # word -> (kind, prepositions opening a quote)
    complementizers: frozenset[str]
    boundaries: frozenset[str]
    statements: frozenset[str]
    relay_ends: frozenset[str]
    title_words: frozenset[str]
    object_verbs: frozenset[str] = frozenset()
    misspellings: dict[str, str] = field(default_factory=dict)  # misspelt form -> cue word
    preposition_verbs: frozenset[str] = frozenset()


def load_speech_cues(path: str | Path | None = None) -> SpeechCues:
    """Read a cue file (default ``helpers/data/speech_cues.txt``).

    Raises
    ------
    ValueError
        When a line has an unknown kind or no tab between kind and words.
    """
    if path is None:
        raw = resources.files("helpers.data").joinpath("speech_cues.txt").read_text("utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    return _parse_cues(raw)


@lru_cache(maxsize=1)
def default_cues() -> SpeechCues:
    """The project's cue lists, read once (immutable)."""
    return load_speech_cues()


def _parse_cues(raw: str) -> SpeechCues:
    cues: dict[str, tuple[str, frozenset[str]]] = {}
    lists: dict[str, set[str]] = {k: set() for k in _LIST_KINDS}
    misspellings: dict[str, str] = {}
    for number, line in enumerate(raw.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        head, sep, words = line.partition("\t")
        kind, _, preps = head.strip().partition(" ")
        if not sep or kind not in _CUE_KINDS + _LIST_KINDS:
            raise ValueError(
                f"speech cues line {number}: expected '<kind>\\t<words>', got {line!r}"
            )
        normalised = [normalize(w) for w in words.split()]
        if kind in _LIST_KINDS:
            lists[kind].update(normalised)
            continue
        if kind == "misspelt":  # misspelt <the cue word>\t<its misspellings>
            misspellings.update(dict.fromkeys(normalised, normalize(preps.strip())))
            continue
        prepositions = frozenset(normalize(p) for p in preps.split(",") if p.strip())
        cues.update({w: (kind, prepositions) for w in normalised})
    return SpeechCues(
        cues=cues,
        complementizers=frozenset(lists["complementizer"]),
        boundaries=frozenset(lists["boundary"]),
        statements=frozenset(lists["statement"]),
        relay_ends=frozenset(lists["relay_end"]),
        title_words=frozenset(lists["title_word"]),
        object_verbs=frozenset(lists["object_verb"]),
        misspellings=_known_words(misspellings, cues),
        preposition_verbs=frozenset(lists["preposition_verb"]),
    )


def _known_words(misspellings: dict[str, str], cues: dict) -> dict[str, str]:
    """``misspellings`` checked: each names a cue word of the file."""
    unknown = sorted(word for word in set(misspellings.values()) if word not in cues)
    if unknown:
        raise ValueError(f"speech cues: misspelt forms of words that are no cue: {unknown}")
    return misspellings


@lru_cache(maxsize=1)
def _agency_words() -> tuple[frozenset[str], frozenset[str]]:
    """``news_agencies.txt``: (one-word names, names of several words), normalised."""
    raw = resources.files("helpers.data").joinpath("news_agencies.txt").read_text("utf-8")
    names = [normalize(line.split("#", 1)[0].strip()) for line in raw.splitlines()]
    names = [n for n in names if n]
    return frozenset(n for n in names if " " not in n), frozenset(n for n in names if " " in n)


def is_news_agency(speaker: str) -> bool:
    """Whether a speaker phrase names a news agency (``وكالة رويترز``, ``فرانس برس``): a source
    that relays words, not the one who holds the view (``helpers/data/news_agencies.txt``)."""
    words = [normalize(w) for w in speaker.split()]
    single, multi = _agency_words()
    readings = [{w, strip_conjunction(w), w.removeprefix("ل")} for w in words]
    if len(words) > 1 and readings[0] & _AGENCY_HEADS and words[1] in function_words("not_news"):
        return False  # وكالات الاستخبارات الأميركية، وكالة الطاقة الذرية: no news agency
    if readings and readings[0] & _AGENCY_HEADS and len(words) <= 4:
        return True
    phrase = " ".join(words)
    return any(r & single for r in readings) or any(m in phrase for m in multi)


_AGENCY_HEADS = frozenset(normalize(w) for w in "وكالة وكالات لوكالة".split())


_CUE_KINDS = (
    "verb",
    "participle",
    "source",
    "relay",
    "evaluation",
    "evaluation_participle",
    "evaluation_phrase",
    "threat",
    "pledge",
    "passive",
    "misspelt",
)
_LIST_KINDS = (
    "complementizer",
    "boundary",
    "statement",
    "relay_end",
    "title_word",
    "object_verb",
    "preposition_verb",
)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    raw = resources.files("helpers.data").joinpath("function_words.toml").read_text("utf-8")
    return {name: _listed(name, spec) for name, spec in tomllib.loads(raw).items()}


def _listed(name: str, spec: dict[str, str]) -> frozenset[str]:
    """The words of one list: its own ``words``, or with ``cue = "<kind>"`` the words of that
    kind of ``speech_cues.txt`` (a list both files need is written once, there)."""
    if "cue" not in spec:
        return frozenset(normalize(w) for w in spec["words"].split())
    words = frozenset(w for w, (kind, _) in default_cues().cues.items() if kind == spec["cue"])
    if not words:
        cue = spec["cue"]
        raise ValueError(f"function_words.toml [{name}]: speech_cues.txt has no {cue!r} cue")
    return words


def function_words(kind: str) -> frozenset[str]:
    """One list of ``helpers/data/function_words.toml`` (``prepositions``, ``relatives``...),
    normalised.

    Raises
    ------
    KeyError
        For a list the file does not have.
    """
    lists = _function_words()
    if kind not in lists:
        raise KeyError(f"no list {kind!r} in function_words.toml; it has {sorted(lists)}")
    return lists[kind]

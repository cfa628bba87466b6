"""Actors (countries, organisations, their people) and where articles mention them.

A gazetteer (``helpers/data/actors.toml`` by default) maps an actor id (``russia``) to a
display name and aliases of several kinds: the country, its capital and institutions, the
people who speak for it and its adjectives (``الروسي``, ``الأمريكية``). :func:`find_mentions`
finds every alias in every article and returns one tidy row per mention.

Matching works on the tokens of the original text (:func:`helpers.arabic.token_spans`), so the
offsets index the article ``body`` as given. Each token is folded (diacritics, tatweel, alef
and ya variants, teh marbuta and hamza carriers) and read with and without attached clitics
(``وبوتين``, ``لروسيا``, ``بالكرملين``, ``وللولايات``), so no stemming guard decides whether a name
is found. Multiword aliases (``حلف شمال الأطلسي``) match token by token across white space only,
the longest alias wins and a token belongs to at most one mention. Phrases listed under
``exclude`` (``أمريكا اللاتينية``) win the same way and produce no mention.

Users load their own gazetteer with :func:`load_gazetteer` (TOML or YAML, same layout as the
bundled file, whose header documents it).
"""

from __future__ import annotations

import itertools
import tomllib
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import yaml

from helpers.arabic import (
    TOKEN_PATTERN,
    TOKEN_SPLIT,
    fold,
    normalize,
    sentence_spans,
)
from helpers.checks import ANALYSIS_COLUMNS, require_columns
from helpers.clitics import protected_forms, strip_conjunction
from helpers.cues import function_words
from helpers.progress import progress_bar

__all__ = [
    "ALIAS_KINDS",
    "Gazetteer",
    "Mention",
    "SentenceMentions",
    "find_mentions",
    "load_gazetteer",
    "mention_rows",
    "mentions_in",
    "mentions_with_sentences",
]

ALIAS_KINDS = ("country", "org", "capital", "institution", "person", "adjective")
"""The kinds of alias a gazetteer entry may list, in the order they are reported."""

MENTION_COLUMNS = [
    "article_id",
    "actor",
    "alias",
    "kind",
    "surface",
    "ambiguous",
    "sentence",
    "sentence_index",
    "start",
    "end",
]
SPAN_COLUMNS = [c for c in MENTION_COLUMNS if c not in ("sentence", "sentence_index")]
"""The columns of :func:`find_mentions` told ``sentences=False`` (and of :func:`mention_rows`)."""
_PROGRESS_FROM = 2000  # articles; below this a progress bar is noise


class Mention(NamedTuple):
    """One mention of an actor: ``text[start:end]`` is the matched token(s), clitics included."""

    actor: str
    alias: str
    start: int
    end: int


class _Entry(NamedTuple):
    actor: str | None  # None: an excluded phrase
    alias: str
    kind: str
    ambiguous: bool


def _readings(token: str) -> list[tuple[str, bool]]:
    """A folded token as written and without each clitic sequence it may carry.

    Each reading comes with a flag: ``True`` when it is safe on its own, ``False`` when it may
    only start a multiword alias. After a conjunction at least three letters remain; after
    ب ل ك the reading is safe with four letters or more, or the article, so ``بروس`` (Bruce) is
    never read as ``روس`` while ``لحلف شمال الأطلسي`` still starts with ``حلف``.
    ``وبالكرملين`` -> ``وبالكرملين, بالكرملين, الكرملين``; ``للولايات`` -> ``للولايات, الولايات,
    لولايات``.
    """
    readings = [(token, True)]
    heads = [token]
    bare = strip_conjunction(token)
    if bare != token:
        heads.append(bare)
        readings.append((bare, True))
    for head in heads:
        if head.startswith("لل") and len(head) > 3:
            readings.append(("ال" + head[2:], True))  # ل + ال with its alef dropped
        if head[0] in "بلك" and len(head) > 2:
            readings.append((head[1:], len(head) > 4 or head.startswith("ال", 1)))
    return readings


class _Readings(dict):
    """Cache: raw token -> its readings that occur in some alias (often none).

    Bounded: past :data:`_READINGS_CACHE` distinct tokens it starts afresh (a corpus's
    vocabulary repeats, so the common tokens are back after a few articles).
    """

    def __init__(self, vocabulary: frozenset[str]) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, token: str) -> tuple[tuple[str, bool], ...]:
        word, vocabulary = fold(token), self.vocabulary
        # every reading is one of these five: most tokens have none in the vocabulary
        maybe = (word, word[1:], word[2:], "ال" + word[2:], "ال" + word[3:])
        if vocabulary.isdisjoint(maybe):
            found = ()
        else:
            found = tuple(r for r in _readings(word) if r[0] in vocabulary)
        if len(self) >= _READINGS_CACHE:
            self.clear()
        self[token] = found
        return found


_READINGS_CACHE = 1 << 18


class Gazetteer:
    """Actors, their aliases and the index that finds them in text.

    Build one with :func:`load_gazetteer`. ``actors`` is the tidy table of aliases (columns
    ``actor, display_name, alias, kind, name_en, ambiguous``); ``ids`` the actor ids in file
    order; ``excluded`` the phrases that block a match. A gazetteer is immutable: it keeps its
    own copy of both tables and hands out copies, so the index can never go stale (to change
    the aliases, build a new gazetteer from an edited table or file).
    """

    def __init__(
        self,
        actors: pd.DataFrame,
        excluded: pd.DataFrame,
        source: str = "helpers/data/actors.toml",
    ) -> None:
        self._actors = actors.copy()
        self._excluded = excluded.copy()
        self.source = source
        self._build_index()

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.ids)} actors, {len(self._actors)} aliases, {self.source!r})"

    @property
    def actors(self) -> pd.DataFrame:
        """A copy of the alias table."""
        return self._actors.copy()

    @property
    def excluded(self) -> pd.DataFrame:
        """A copy of the excluded phrases."""
        return self._excluded.copy()

    def _build_index(self) -> None:
        rows = itertools.chain(
            (
                _Entry(r.actor, r.alias, r.kind, bool(r.ambiguous))
                for r in self._actors.itertuples(index=False)
            ),
            (_Entry(None, r.phrase, "exclude", False) for r in self._excluded.itertuples()),
        )
        vocabulary: set[str] = set()
        firsts: set[str] = set()
        self._trie = {}
        for entry in rows:
            keys = [fold(t) for t in TOKEN_PATTERN.findall(entry.alias)]
            if not keys:
                raise ValueError(f"{self.source}: alias {entry.alias!r} has no word in it")
            vocabulary.update(keys)
            firsts.add(keys[0])
            node = self._trie
            for key in keys:
                node = node.setdefault(key, {})
            previous = node.get(None)
            if previous is not None and previous.actor != entry.actor:
                raise ValueError(
                    f"{self.source}: {entry.alias!r} ({entry.actor or 'exclude'}) reads the same "
                    f"as {previous.alias!r} ({previous.actor or 'exclude'})"
                )
            node.setdefault(None, entry)
        self._cache = _Readings(frozenset(vocabulary))  # any token of an alias
        self._starts = _Readings(frozenset(firsts))  # tokens that can start one

    @property
    def ids(self) -> list[str]:
        """Actor ids in the order the gazetteer lists them."""
        return list(dict.fromkeys(self._actors["actor"]))

    @property
    def display_names(self) -> dict[str, str]:
        """Actor id -> Arabic display name."""
        return dict(zip(self._actors["actor"], self._actors["display_name"], strict=True))

    @property
    def protected_words(self) -> frozenset[str]:
        """Normalised one-word aliases without the article, to keep whole when stemming.

        Pass them on as ``Analyzer(protected=gazetteer.protected_words)`` when a custom
        gazetteer names places that start with a clitic letter (the bundled names already are
        in :data:`helpers.clitics.PROTECTED_WORDS`).
        """
        return protected_forms(self._actors["alias"])

    def _scan(self, text: str) -> list[tuple[Mention, str, bool]]:
        """Mentions in ``text`` with their alias kind and ambiguity flag, in text order."""
        # [gap, token, gap, token, ..., gap]: tokens and their offsets from C-level calls only
        parts = TOKEN_SPLIT.split(text)
        tokens = parts[1::2]
        starts = list(map(self._starts.__getitem__, tokens))
        if not any(starts):
            return []
        found: list[tuple[Mention, str, bool]] = []
        position = 0
        read, offset = 0, 0  # parts[:read] hold offset characters: summed up to each mention only
        for i in itertools.compress(range(len(starts)), starts):
            if i < position:
                continue
            last, entry = self._longest(i, parts)
            if entry is None:
                continue
            position = last + 1
            if entry.actor is not None and not _in_a_name(entry, i, last, parts):
                offset += sum(map(len, parts[read : 2 * i + 1]))
                read = 2 * i + 1
                end = offset + sum(map(len, parts[read : 2 * last + 2]))
                mention = Mention(entry.actor, entry.alias, offset, end)
                found.append((mention, entry.kind, entry.ambiguous))
        return found

    def _longest(self, first: int, parts: list[str]) -> tuple[int, _Entry | None]:
        """The longest alias starting at token ``first``: (index of its last token, entry).

        Token ``i`` is ``parts[2 * i + 1]`` and ``parts[2 * i]`` the text before it; an alias
        continues only across white space.
        """
        count = len(parts) // 2
        best: tuple[int, _Entry | None] = (first, None)
        stack = [(first, self._trie, True)]
        while stack:
            i, node, safe = stack.pop()
            if i >= count or (i > first and not parts[2 * i].isspace()):
                continue
            for reading, safe_alone in self._cache[parts[2 * i + 1]]:
                child = node.get(reading)
                if child is None:
                    continue
                safe_start = safe_alone if i == first else safe
                entry = child.get(None)
                if (
                    entry is not None
                    and (safe_start or i > first)
                    and (best[1] is None or i > best[0])
                ):
                    best = (i, entry)
                stack.append((i + 1, child, safe_start))
        return best


def _in_a_name(entry: _Entry, first: int, last: int, parts: list[str]) -> bool:
    """Whether a one-word alias is part of a person's name: a nationality without the article
    after a family-name particle (``دي روسي``) or before a family link (``تركي آل الشيخ``,
    ``تركي بن``), or a capital or country after a given name (``دينزل واشنطن``); the lists
    are ``name_particles``, ``name_links`` and ``given_names`` of
    ``helpers/data/function_words.toml``."""
    if first != last:
        return False
    if entry.kind in _NAMEABLE:
        return _word_before(first, parts) in _GIVEN_NAMES  # دينزل واشنطن: after a given name
    if entry.kind != "adjective" or _folded(entry.alias).startswith("ال"):
        return False
    spaced = 2 * last + 3 < len(parts) and parts[2 * last + 2].isspace()
    after = _folded(parts[2 * last + 3]) if spaced else ""
    return _word_before(first, parts) in _NAME_PARTICLES or after in _NAME_LINKS


def _word_before(first: int, parts: list[str]) -> str:
    """The folded token before token ``first`` when only white space parts them, else ""."""
    return _folded(parts[2 * first - 1]) if first > 0 and parts[2 * first].isspace() else ""


_folded = lru_cache(maxsize=1 << 16)(fold)  # the neighbours of mentions: a few common words
_NAME_PARTICLES = frozenset(fold(w) for w in function_words("name_particles"))
_NAME_LINKS = frozenset(fold(w) for w in function_words("name_links"))
_GIVEN_NAMES = frozenset(fold(w) for w in function_words("given_names"))
_NAMEABLE = ("capital", "country")  # one-word place names that are also family names


def _aliases_of(actor: str, spec: dict, source: str) -> Iterable[tuple]:
    """Rows ``(actor, display_name, alias, kind, name_en, ambiguous)`` of one actor entry."""
    if not isinstance(spec, dict) or "name" not in spec:
        raise ValueError(f"{source}: actor {actor!r} needs a table with a 'name'")
    known = {"name", "name_en", "ambiguous", "exclude", *ALIAS_KINDS}
    unknown = sorted(set(spec) - known)
    if unknown:
        raise ValueError(
            f"{source}: actor {actor!r} has unknown keys {unknown}; "
            f"alias kinds are {', '.join(ALIAS_KINDS)}"
        )
    ambiguous = {normalize(a) for a in spec.get("ambiguous", [])}
    seen: set[str] = set()
    for kind in ALIAS_KINDS:
        for alias in spec.get(kind, []):
            if not isinstance(alias, str) or not alias.strip():
                raise ValueError(f"{source}: actor {actor!r} has a non-text {kind} alias {alias!r}")
            key = fold(alias)
            if key in seen:
                continue
            seen.add(key)
            in_ambiguous = normalize(alias) in ambiguous
            yield actor, spec["name"], alias, kind, spec.get("name_en", actor), in_ambiguous
    if not seen:
        raise ValueError(f"{source}: actor {actor!r} lists no aliases")


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read a gazetteer file (TOML, or YAML with the same layout).

    Parameters
    ----------
    path : str or Path, optional
        The file; default the bundled ``helpers/data/actors.toml``, whose header documents the
        layout (one table per actor id: ``name``, ``name_en``, alias lists by kind,
        ``ambiguous``, ``exclude``).

    Returns
    -------
    Gazetteer

    Raises
    ------
    ValueError
        On an unknown key, an empty or non-text alias, or two actors sharing an alias.
    """
    if path is None:
        return _default_gazetteer()
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        data = yaml.safe_load(text) or {}
    else:
        data = tomllib.loads(text)
    return _build(data, str(path))


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    text = resources.files("helpers.data").joinpath("actors.toml").read_text(encoding="utf-8")
    return _build(tomllib.loads(text), "helpers/data/actors.toml")


def _build(data: dict, source: str) -> Gazetteer:
    if not isinstance(data, dict) or not data:
        raise ValueError(f"{source}: no actors found")
    rows = [row for actor, spec in data.items() for row in _aliases_of(actor, spec, source)]
    actors = pd.DataFrame(
        rows, columns=["actor", "display_name", "alias", "kind", "name_en", "ambiguous"]
    )
    excluded = pd.DataFrame(
        [(a, p) for a, spec in data.items() for p in spec.get("exclude", [])],
        columns=["actor", "phrase"],
    )
    return Gazetteer(actors=actors, excluded=excluded, source=source)


def _select(gazetteer: Gazetteer | None, actors: Sequence[str] | None) -> Gazetteer:
    """The gazetteer to use, restricted to ``actors`` when given."""
    gazetteer = gazetteer or load_gazetteer()
    if actors is None:
        return gazetteer
    wanted = list(actors)
    unknown = sorted(set(wanted) - set(gazetteer.ids))
    if unknown:
        raise ValueError(f"unknown actors {unknown}; the gazetteer has {gazetteer.ids}")
    kept = gazetteer.actors[gazetteer.actors["actor"].isin(wanted)].reset_index(drop=True)
    # Exclusions stay whole: they block false matches whatever actors are asked for.
    return Gazetteer(actors=kept, excluded=gazetteer.excluded, source=gazetteer.source)


def mentions_in(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Mentions of any actor in one text, in text order (see :func:`find_mentions`)."""
    return [m for m, _, _ in (gazetteer or load_gazetteer())._scan(text)]


class SentenceMentions(NamedTuple):
    """The mentions of one text and the sentences they are in."""

    spans: list[tuple[int, int]]  # every sentence of the text (helpers.arabic.sentence_spans)
    mentions: list[tuple[int, Mention, str, bool]]  # (sentence index, mention, kind, ambiguous)


def mentions_with_sentences(
    text: str, gazetteer: Gazetteer, wanted: Collection[str] | None = None
) -> SentenceMentions | None:
    """The mentions in ``text`` (in text order) with the index of the sentence each is in, and
    the text's sentences; None when there is no mention, or none of an actor in ``wanted``
    (the sentences are then not read). With such a mention, every actor's are returned.

    The one reading of an article behind :func:`find_mentions` and the stance pass, whose
    rules read the same sentences (:func:`helpers.stance.stance_sentences`)."""
    found = gazetteer._scan(text)
    if not found or wanted is not None and all(m.actor not in wanted for m, _, _ in found):
        return None
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    return SentenceMentions(
        spans,
        [
            (max(bisect_right(starts, m.start) - 1, 0), m, kind, ambiguous)
            for m, kind, ambiguous in found
        ],
    )


def find_mentions(
    articles: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    actors: Sequence[str] | None = None,
    *,
    keep: Sequence[str] = ("outlet", "date"),
    progress: bool | None = None,
    sentences: bool = True,
) -> pd.DataFrame:
    """Every mention of every actor in every article, one row per mention.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``body``; a missing body counts as empty text.
    gazetteer : Gazetteer, optional
        Default: the bundled gazetteer (:func:`load_gazetteer`).
    actors : sequence of str, optional
        Only these actor ids (exclusions of all actors still apply).
    keep : sequence of str, default ("outlet", "date")
        Article columns copied onto each mention when present, for grouping.
    progress : bool, optional
        Show a progress bar; default only for more than 2000 articles.
    sentences : bool, default True
        ``False`` leaves out ``sentence`` and ``sentence_index`` and does not split the
        articles into sentences: the same mentions for a reader of spans and counts (the
        collocates and the time line of the frequency page; ANT: about a fifth of the scan).

    Returns
    -------
    DataFrame
        ``article_id, actor, alias, kind, surface, ambiguous, sentence, sentence_index, start,
        end`` (+ ``keep`` columns). ``body[start:end] == surface`` is the whole matched token
        span, attached clitics included (``وبوتين``); ``alias`` is the gazetteer alias it
        matched (``بوتن`` and ``بوتين`` stay apart); ``sentence`` is the text of the sentence
        holding the mention and ``sentence_index`` its position in the article (from 0).
    """
    require_columns(articles, ANALYSIS_COLUMNS)
    gazetteer = _select(gazetteer, actors)
    bodies = articles["body"].fillna("").astype(str)
    rows = []
    if progress is None:
        progress = len(articles) > _PROGRESS_FROM
    ids = articles["article_id"].tolist()
    iterator = zip(ids, bodies.tolist(), range(len(ids)), strict=True)
    if progress:
        iterator = progress_bar(iterator, total=len(ids), desc="finding actor mentions")
    read = _with_sentences if sentences else _spans
    for article_id, body, row in iterator:
        rows.extend((article_id, *mention, row) for mention in read(body, gazetteer))
    frame = pd.DataFrame(rows, columns=[*(MENTION_COLUMNS if sentences else SPAN_COLUMNS), "_row"])
    for column in keep:
        if column in articles.columns:
            frame[column] = articles[column].to_numpy()[frame["_row"].to_numpy(dtype=int)]
    frame = frame.drop(columns="_row")
    frame.attrs.update(actors=gazetteer.ids, gazetteer=gazetteer.source)  # what was looked for
    return frame


def _with_sentences(body: str, gazetteer: Gazetteer) -> list[tuple]:
    """The mentions of one article as rows of :data:`MENTION_COLUMNS` after ``article_id``."""
    read = mentions_with_sentences(body, gazetteer)
    if read is None:
        return []
    rows = []
    for index, (actor, alias, start, end), kind, ambiguous in read.mentions:
        sentence = body[slice(*read.spans[index])]
        rows.append((actor, alias, kind, body[start:end], ambiguous, sentence, index, start, end))
    return rows


def _spans(body: str, gazetteer: Gazetteer) -> list[tuple]:
    """The mentions of one article as rows of :data:`SPAN_COLUMNS` after ``article_id``."""
    return [
        (actor, alias, kind, body[start:end], ambiguous, start, end)
        for (actor, alias, start, end), kind, ambiguous in gazetteer._scan(body)
    ]


def mention_rows(
    articles: pd.DataFrame,
    gazetteer: Gazetteer,
    actors: Sequence[str],
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The mentions of ``actors`` in ``articles``, each with its article's position in
    ``article_id`` (``0 .. len(articles) - 1``), in article and text order.

    ``mentions`` is a :func:`find_mentions` frame of the same articles to read instead of
    scanning them again (one scan of a corpus for several analyses: the collocations and the
    time line of a page). It is read when it was made with this gazetteer for at least these
    actors (its ``attrs``) and the article ids are unique, else the articles are scanned. Rows
    of a scan for more actors are those of a scan for fewer, except where an alias of one actor
    contains another's (``روسيا البيضاء`` is Belarus in a scan that looks for Belarus too, and
    Russia's ``روسيا`` in one that does not). Columns: :data:`SPAN_COLUMNS`.
    """
    wanted = list(actors)
    ids = articles["article_id"]
    if (
        mentions is not None
        and mentions.attrs.get("gazetteer") == gazetteer.source
        and set(wanted) <= set(mentions.attrs.get("actors", ()))
        and ids.is_unique
    ):
        position = pd.Series(range(len(ids)), index=ids.to_numpy())
        kept = mentions.loc[mentions["actor"].isin(wanted), SPAN_COLUMNS]
        rows = kept["article_id"].map(position)
        kept = kept.assign(article_id=rows)[rows.notna()]
        return kept.astype({"article_id": int}).reset_index(drop=True)
    numbered = pd.DataFrame({"article_id": range(len(articles)), "body": articles["body"]})
    return find_mentions(numbered, gazetteer, wanted, keep=(), sentences=False)

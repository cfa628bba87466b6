"""Which holder phrases name one holder, so that who says what counts each voice once.

The stance rows keep a holder as the text writes it (``ترمب``, ``ترامب``, ``الرئيس الأمريكي
دونالد ترامب``): right beside the sentence, wrong for counting voices, where one person shows as
several holders that each rest on a few sentences. :func:`holder_names` maps every phrase to the
holder it is counted under:

* spellings: phrases whose words agree once normalised, with clitics and the article off and a
  name in one spelling (the variants of ``helpers/data/names.toml``, as the
  :class:`~helpers.analyzer.Analyzer` reads them; a person's spellings in the gazetteer,
  :func:`person_spellings`) are one holder (``الخارجية الأميركية``, ``الخارجية الأمريكية``);
* a person: a phrase that is a person's name with its title (``الرئيس الروسي فلاديمير بوتين``,
  ``الرئيس الروسي، فلاديمير بوتن``) is that person. The names are the gazetteer's people
  (``helpers/data/actors.toml``), and any phrase of two words or more, none with the article,
  that is a holder on its own (``جون ماكين``); a phrase that opens with a gazetteer person's
  name is that person too (``بوتين مستنكرا``: the rest is what the speaker phrase ran into).
  A title ends with a definite word; the given names before a name are those seen between a
  title and that name. A phrase opening with a noun of a body or a person around someone
  (``إدارة ترامب``, ``محامو ترامب``; ``[holder_heads]`` of ``function_words.toml``) or with a
  title in ل (``مساعدون للرئيس ...``) is not the person;
* a state: a phrase that is only a country or its capital (``لندن``, ``بريطانيا``) is the
  state, under its gazetteer name.

A group shows as its bare name when it has one (the one written most often), else a person as
the gazetteer writes them, else the phrase written most often (the shorter on a tie); a state
as its gazetteer name. A bare title
(``الرئيس الروسي``) stays apart: who holds an office depends on the date. The people and
institutions of one state stay apart too (``بوتين``, ``الكرملين``, ``روسيا``): whose voice it
is, is the question.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from helpers.actors import load_gazetteer
from helpers.analyzer import Analyzer
from helpers.arabic import normalize, tokenize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words

__all__ = ["holder_names", "person_spellings"]


@cache
def person_spellings() -> dict[str, str]:
    """One spelling for each person the gazetteer (``helpers/data/actors.toml``) lists under
    several (``ترمب``/``ترامب``, ``بوتين``/``بوتن``, ``ستولتنبرغ``/``ستولتنبرج``): one-word
    aliases of the same actor whose letters agree once the long vowels after the first letter
    are dropped and غ is read as ج. Keys and values are normalised.

    >>> person_spellings()["ترمب"] == person_spellings()["ترامب"]
    True
    """
    people = load_gazetteer().actors
    people = people[(people["kind"] == "person") & ~people["alias"].str.contains(" ")]
    groups: dict[tuple[str, str], list[str]] = {}
    for actor, alias in people[["actor", "alias"]].itertuples(index=False):
        name = normalize(alias)
        skeleton = name[0] + re.sub("[اوي]", "", name[1:]).replace("غ", "ج")
        groups.setdefault((actor, skeleton), []).append(name)
    return {name: min(names) for names in groups.values() for name in names}


def holder_names(holders: Iterable[str]) -> dict[str, str]:
    """Each holder phrase of ``holders`` -> the holder it is counted under (see the module).

    ``holders`` may repeat a phrase: how often each is written names its group.

    >>> names = holder_names(["ترامب", "ترامب", "ترمب", "الرئيس الأمريكي دونالد ترامب"])
    >>> sorted(set(names.values()))
    ['ترامب']
    """
    counts = Counter(holders)
    phrases = {phrase: _parts(phrase) for phrase in counts}
    names = _Names(
        _people()
        + tuple(
            sorted(
                {
                    (words, ("name", words))
                    for parts in phrases.values()
                    if len(parts) == 1 and len(words := _terms(parts[0])) >= 2 and _bare(parts[0])
                },
                key=lambda item: -len(item[0]),
            )
        )
    )
    given: dict[tuple, set[str]] = {}
    for parts in phrases.values():  # given names seen between a title and a name
        for person, before in _titled(parts, names):
            given.setdefault(person, set()).update(before)
    keys = {phrase: _key(parts, names, given) for phrase, parts in phrases.items()}
    groups: dict[tuple, list[str]] = {}
    for phrase, key in keys.items():
        groups.setdefault(key, []).append(phrase)
    shown = {key: _shown(key, members, counts, phrases, names) for key, members in groups.items()}
    return {phrase: shown[key] for phrase, key in keys.items()}


Word = tuple[str, str]
"""A word of a holder phrase: (normalised, as compared)."""


class _Names:
    """The names a phrase may be (words, identity), longest first, found by their first or
    last word (a phrase meets a few of them, not all)."""

    def __init__(self, names: tuple[tuple[tuple[str, ...], tuple], ...]) -> None:
        self.all = names
        self.by_first: dict[str, list] = {}
        self.by_last: dict[str, list] = {}
        for words, identity in names:
            self.by_first.setdefault(words[0], []).append((words, identity))
            self.by_last.setdefault(words[-1], []).append((words, identity))


@cache
def _analyzer() -> Analyzer:
    return Analyzer(stopwords=False, min_length=1)


def _compared(token: str) -> str:
    """A word as phrases are compared: analysed (normalised, clitics and the article off,
    names.toml variants folded), a person's spellings as one; "" for punctuation."""
    term = _analyzer().term(token) or ""
    return person_spellings().get(term, term)


def _parts(phrase: str) -> list[list[Word]]:
    """The phrase's words, in the parts its commas make (``الرئيس الروسي، فلاديمير بوتين``)."""
    parts = re.split(r"[،,]", phrase)
    words = [[(normalize(t), _compared(t)) for t in tokenize(part)] for part in parts]
    return [[w for w in part if w[1]] for part in words if any(w[1] for w in part)] or [[]]


def _terms(words: list[Word]) -> tuple[str, ...]:
    return tuple(term for _, term in words)


def _bare(words: list[Word]) -> bool:
    """No word has the article nor is a preposition: the words may be a name (``جون ماكين``),
    not a title or a phrase (``ردا على سؤال``)."""
    return all(map(_bare_word, words))


@cache
def _people() -> tuple[tuple[tuple[str, ...], tuple], ...]:
    """(words of a gazetteer person's alias, ("person", actor, family name)): ``تيريزا ماي``
    and ``ماي`` are one person."""
    found = {words: person for words, person, _ in _person_aliases()}
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@cache
def _person_aliases() -> tuple[tuple[tuple[str, ...], tuple, str], ...]:
    """(words, the person, the alias as written) of each person alias, in gazetteer order."""
    people = load_gazetteer().actors
    people = people[people["kind"] == "person"]
    found = []
    for actor, alias in people[["actor", "alias"]].itertuples(index=False):
        words = tuple(filter(None, map(_compared, tokenize(alias))))
        if words:
            found.append((words, ("person", actor, words[-1]), alias))
    return tuple(found)


@cache
def _states() -> dict[tuple[str, ...], str]:
    """Words of a country or capital alias (not an ambiguous one) -> the actor's name."""
    aliases = load_gazetteer().actors
    aliases = aliases[aliases["kind"].isin(["country", "capital"]) & ~aliases["ambiguous"]]
    found: dict[tuple[str, ...], set[str]] = {}
    for alias, name in aliases[["alias", "display_name"]].itertuples(index=False):
        found.setdefault(tuple(filter(None, map(_compared, tokenize(alias)))), set()).add(name)
    return {words: names.pop() for words, names in found.items() if len(names) == 1}


_MAX_GIVEN = 2  # given names before a family name: رجب طيب أردوغان


def _key(parts: list[list[Word]], names: _Names, given: dict[tuple, set[str]]) -> tuple:
    """What a phrase is grouped by: ("state", name), a person or name it is, else its words."""
    terms = tuple(term for part in parts for term in _terms(part))
    if terms in _states():
        return ("state", _states()[terms])
    first = _terms(parts[0])
    for k, word in enumerate(first[: _MAX_GIVEN + 1]):  # a name first, after given names
        for words, person in names.by_first.get(word, ()):
            if person[0] == "name":  # not a person the gazetteer knows: the whole first part
                if first == words:
                    return person
            elif first[k : k + len(words)] == words and set(first[:k]) <= given.get(person, set()):
                return person
    titled = _titled(parts, names)
    if titled:
        return titled[0][0]
    return ("words", terms)


def _titled(parts: list[list[Word]], names: _Names) -> list[tuple[tuple, tuple[str, ...]]]:
    """[(the person, the given names before the name)] when the phrase is a title and a name
    (``الرئيس الأمريكي دونالد ترامب``, ``الرئيس الروسي، فلاديمير بوتين``), else []."""
    first = parts[0]
    if len(parts) > 1 and _is_title(first) and not _bare(first):
        title, rest = first, parts[1]  # الرئيس الروسي، فلاديمير بوتين
    else:
        title, rest = [], first
    terms = _terms(rest)
    for words, person in names.by_last.get(terms[-1], ()) if terms else ():
        if terms[-len(words) :] != words:
            continue
        before = rest[: len(rest) - len(words)]
        given = list(itertools.takewhile(_bare_word, reversed(before)))[:_MAX_GIVEN]
        head = title + before[: len(before) - len(given)]
        if head and _is_title(head):
            return [(person, tuple(term for _, term in given))]
    return []


def _bare_word(word: Word) -> bool:
    """A word that may be part of a name: no article, no preposition (``بين``, ``وبين``,
    ``باسم``)."""
    written = strip_conjunction(word[0])
    return not (
        written.startswith("ال") or written in function_words("prepositions") or written == _FOR
    )


_FOR = normalize("باسم")  # المتحدث باسم ترامب: who speaks for him


def _is_title(words: list[Word]) -> bool:
    """Whether words before a name are its title: they end with a definite word, and they do
    not open with a body around someone (``إدارة``, ``محامو``) nor hold a word in ل before its
    article (``مساعدون للرئيس``) or a preposition (``كلامه عن``)."""
    if not words or not strip_conjunction(words[-1][0]).startswith("ال"):
        return False
    if strip_conjunction(words[0][0]) in function_words("holder_heads"):
        return False
    prepositions = function_words("prepositions")
    return not any(
        word.startswith("لل") or strip_conjunction(word) in prepositions for word, _ in words
    )


def _shown(
    key: tuple, members: list[str], counts: Counter, phrases: dict[str, list], names: _Names
) -> str:
    """A group's name: a state's gazetteer name; else its bare name (a phrase that is only a
    name of the group: the most written, then the shorter), else for a person the gazetteer's
    first alias of them (``بوتين`` for ``بوتين بادين``), else the most written phrase.
    ``phrases``: each phrase's parts, as :func:`holder_names` read them."""
    if key[0] == "state":
        return key[1]
    own = {words for words, person in names.all if person == key} or {key[1]}

    def rank(phrase: str) -> tuple:
        terms = tuple(term for part in phrases[phrase] for term in _terms(part))
        return (terms not in own, -counts[phrase], len(phrase), phrase)

    shown = min(members, key=rank)
    if key[0] == "person" and rank(shown)[0]:
        return next(alias for _, person, alias in _person_aliases() if person == key)
    return shown

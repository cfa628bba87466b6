"""Which clauses opened by a comma continue the clause before them.

News sets off with commas what belongs inside a verb's clause: a day or a manner (``رحبت
إسرائيل، السبت، بقرار``), the speaker's title after the name (``أدان علي خامنئي، المرشد
الأعلى في إيران، السبت، الضربات``), a ب-object after a long subject (``وأشاد وزير الدولة
اليمني، بدعم السعودية``) and the accused after the accuser (``اتهم وزير الخارجية الألماني،
ترامب بـ``). :func:`joined_clauses` renumbers the clauses that
:func:`helpers.stance_clauses.read_tokens` cut at every comma so that such parts rejoin the
verb's clause, and says which words make up a title set off after the subject's name: they
describe the subject and are no object of its verb.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_article, strip_conjunction, strip_fused_preposition
from helpers.cues import function_words

__all__ = ["definite", "is_title", "joined_clauses"]

_TITLES = frozenset(
    strip_article(w) for w in function_words("office_nouns") | function_words("state_voices")
)


def definite(norm: str) -> bool:
    """Whether a word carries the article, also behind ب/ل/ك (بالموقف، للنظام)."""
    word = strip_conjunction(norm)
    return word.startswith(("ال", "لل")) or (word[:1] in "بك" and word[1:3] == "ال")


def is_title(norm: str) -> bool:
    """Whether a word opens a title: an office or a state body (``[office_nouns]``,
    ``[state_voices]``: ``وزير``، ``المتحدث``، ``الخارجية``), with or without the article,
    behind a conjunction and a preposition written before the article (``والوزير``,
    ``للمتحدث``). A ``و`` may be the word's own letter (``وزير``, ``وزارة``): the word is
    also read as it is written."""
    return any(
        strip_article(strip_fused_preposition(word)) in _TITLES
        for word in (norm, strip_conjunction(norm))
    )


def joined_clauses(
    norms: list[str], clauses: list[int], commas: list[bool]
) -> tuple[list[int], set[int]]:
    """The clause of each token once the parts set off by commas rejoin their clause, and the
    tokens of a title set off after the subject's name.

    ``norms`` and ``clauses`` give each token's normal form and clause as cut at punctuation;
    ``commas[c]`` says whether a comma opened clause ``c``. An insertion of at most
    :data:`_INSERTION_WORDS` words between two commas, or a title set off after a verb and the
    subject's name (:func:`_title_after_name`), joins the clause before it, and so does the
    clause after it; a clause that opens with a ب-object or the accused after a short subject
    joins the verb's clause (:func:`_object_after_comma`, :func:`_charged_after_comma`).
    """
    sizes = [0] * len(commas)
    firsts: dict[int, int] = {}
    for k, clause in enumerate(clauses):
        sizes[clause] += 1
        firsts.setdefault(clause, k)
    joined = list(range(len(commas)))
    aside: set[int] = set()
    for c in range(1, len(commas) - 1):
        if not (commas[c] and commas[c + 1]):
            continue
        title = _title_after_name(norms, firsts, sizes, c)
        if (
            title
            or sizes[c] <= _INSERTION_WORDS
            or _circumstance_before_object(norms, firsts, sizes, joined, c)
        ):
            joined[c] = joined[c + 1] = joined[c - 1]
        if title:
            aside.update(range(firsts[c], firsts[c] + sizes[c]))
    for c in range(1, len(commas)):
        if (
            commas[c]
            and c in firsts
            and c - 1 in firsts
            and (
                _object_after_comma(norms[firsts[c - 1]], sizes[c - 1], norms[firsts[c]])
                or _charged_after_comma(norms, clauses, firsts[c - 1], sizes[c - 1], firsts[c])
            )
        ):
            joined[c] = joined[c - 1]  # وأشاد وزير الدولة اليمني، بدعم السعودية
    return [joined[clause] for clause in clauses], aside


def _title_after_name(norms: list[str], firsts: dict[int, int], sizes: list[int], c: int) -> bool:
    """Whether clause ``c``, set off by commas, is the title of a subject named just before it
    (``حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من``): it opens with an office
    (``[office_nouns]``, ``[state_voices]``) and has at most :data:`_TITLE_WORDS` words; the
    clause before it is a verb and a name of one to three words (no article on the verb, no
    preposition opening it, a name's last word without ة and with the article only after a
    word without it: ``أحمد أبو الغيط``); the clause after it is no that-clause (``، إن``).
    Not after a definite subject (``وحملت الوزارة، الحكومة الإسرائيلية``), nor after an
    insertion (``هددت مصادر، الأربعاء، الرئيس السوري``): there the title is the object."""
    if c + 1 not in firsts or c not in firsts or sizes[c] > _TITLE_WORDS:
        return False
    if not 2 <= sizes[c - 1] <= _VERB_AND_NAME:
        return False
    start, end = firsts[c - 1], firsts[c] - 1
    verb, last = norms[start], norms[end]
    if verb in _PREPOSITIONS or definite(verb) or last.endswith("ة"):
        return False
    if definite(last) and (
        end - 1 == start or definite(norms[end - 1]) or norms[end - 1].endswith("ة")
    ):
        return False
    if strip_conjunction(norms[firsts[c + 1]]) in _CLAUSE_OPENERS:
        return False
    return is_title(norms[firsts[c]])


def _circumstance_before_object(
    norms: list[str], firsts: dict[int, int], sizes: list[int], joined: list[int], c: int
) -> bool:
    """Whether clause ``c``, set off by commas, is a circumstance of the speaking (``في مقابلة
    تلفزيونية``، ``خلال اتصال هاتفي``، ``عبر حسابه على تويتر``: at most
    :data:`_CIRCUMSTANCE_WORDS` words after في، خلال or عبر) between a verb with its subject
    and the verb's ب-object (``أشاد الرئيس الروسي، في مقابلة تلفزيونية، بنظيره الأمريكي``):
    the object belongs to the verb's clause as after a subject alone."""
    if c + 1 not in firsts or c not in firsts or sizes[c] > _CIRCUMSTANCE_WORDS:
        return False
    if strip_conjunction(norms[firsts[c]]) not in _CIRCUMSTANCE_OPENERS:
        return False
    verb_clause = joined[c - 1]
    subject_words = sum(sizes[b] for b in range(verb_clause, c) if joined[b] == verb_clause)
    return _object_after_comma(norms[firsts[verb_clause]], subject_words, norms[firsts[c + 1]])


def _object_after_comma(verb: str, subject_words: int, first: str) -> bool:
    """Whether a clause opened by a comma with the word ``first`` is the ب-object of the verb
    that opens the clause before it (``[object_after_comma]``), whose subject phrase is short:
    ``وأشاد وزير الدولة اليمني، بدعم السعودية``. Not a ب-word of time, place or cause
    (``بعد``، ``بسبب``)."""
    word = strip_conjunction(first)
    return (
        subject_words <= _SUBJECT_BEFORE_COMMA
        and strip_conjunction(verb) in _COMMA_OBJECT_VERBS
        and word.startswith("ب")
        and len(word) > 3
        and word not in _NOT_OBJECTS
    )


def _charged_after_comma(
    norms: list[str], clauses: list[int], verb_clause: int, size: int, first: int
) -> bool:
    """Whether the clause opened by a comma at ``first`` is the object and charge of a verb of
    accusing that opens the short clause before it (at ``verb_clause``, after at most one
    opener: ``فيما اتهم وزير الخارجية الألماني، ترامب بـ"تدمير"``): a name of one or two
    words, then the ب of the charge (alone before a quotation)."""
    verbs = [strip_conjunction(w) for w in norms[verb_clause : verb_clause + 2]]
    charge = [
        strip_conjunction(norms[k])
        for k in range(first + 1, min(first + 3, len(norms)))
        if clauses[k] == clauses[first]
    ]
    return (
        size <= _SUBJECT_BEFORE_COMMA
        and bool(_CHARGING_VERBS.intersection(verbs))
        and any(w == "ب" or (w[:1] == "ب" and len(w) > 3 and w not in _NOT_OBJECTS) for w in charge)
    )


_CHARGING_VERBS = function_words("charging_verbs")
_COMMA_OBJECT_VERBS = function_words("object_after_comma")
_SUBJECT_BEFORE_COMMA = 7  # the verb and a subject phrase (وزير الدولة للشؤون الخارجية اليمني)
_NOT_OBJECTS = frozenset(
    normalize(w)
    for w in (
        "بعد بعدما بين بينما بسبب بشأن بدون بحسب بالتزامن بالإضافة بالنسبة بالقرب بموجب"
    ).split()
)
_INSERTION_WORDS = 2
_CIRCUMSTANCE_WORDS = 4  # عبر حسابه على تويتر
_CIRCUMSTANCE_OPENERS = frozenset(normalize(w) for w in ("في", "خلال", "عبر"))
_TITLE_WORDS = 6  # المتحدث باسم وزارة الخارجية الأمريكية
_VERB_AND_NAME = 4  # the verb and a name of up to three words (استنكر أحمد أبو الغيط)
_PREPOSITIONS = function_words("prepositions")
_CLAUSE_OPENERS = function_words("clause_openers")

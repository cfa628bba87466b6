"""Another party nearer a judged word than the actor a fallback rule would give it to.

The fallbacks of :mod:`helpers.stance_doers` (the nearest actor before a word, the subject of an
earlier clause, the owner of an attached pronoun) give a word whose doer is not written with
it to an actor named before it. Two kinds of party that are no actor stand nearer:

* a mention dropped as no state (:func:`helpers.stance_clauses.locate_actors` with
  ``state=False``: a private person of a nationality, a company, a national team), written
  between the actor and the word: ``ألقت أجهزة الأمن السعودية القبض على مواطن سعودي يتبنى
  فكرا إرهابيا`` (the citizen's thought, not the security services'), ``حكم على شابة
  بريطانية ... لتخطيطها لاعتداء`` (her plan). It blocks, and is never a target itself; not
  when only a preposition or a word of manner stands between it and the word (``قتلت القوات
  الإسرائيلية شابا فلسطينيا في عدوان همجي``: the act done to the person is the actor's);
* a named party that is no actor (``[other_parties]``: a group such as الحوثي or داعش, a state
  of no gazetteer entry by its nationality adjective such as المصري) right next to the word:
  after it, through at most one definite word (``التعنت الحوثي``، ``الهجوم الإرهابي الحوثي``،
  ``القمع الدموي المصري``: the party whose intransigence, attack, repression it is), or right
  before an adjective, which describes it (``فكر داعش الإرهابي``، ``جماعة حزب الله اللبنانية
  الإرهابية``، ``الأسد المجرم``). Not after a verb of taking part (``شاركت فرنسا في القمع
  الدموي المصري``): taking part in another's act is the subject's own deed.
"""

from __future__ import annotations

from helpers.arabic import normalize
from helpers.clitics import strip_conjunction
from helpers.cues import function_words
from helpers.stance_clauses import Actor, Token, bare_word, definite

__all__ = ["of_an_indefinite_noun", "stands_nearer"]

_PARTIES = function_words("other_parties")
_TAKING_PART = function_words("taking_part_verbs")
_IN = normalize("في")
_CIRCUMSTANTIAL = function_words("prepositions") | function_words("manner_words")
_CIRCUMSTANCE_WORDS = 2  # في عدوان همجي، بطريقة وحشية
_NISBA_ENDINGS = (("ية", "ي"), ("يين", "ي"), ("يون", "ي"))  # الحوثية، الحوثيين -> حوثي


def stands_nearer(
    actor: Actor, i: int, n: int, pos: str, tokens: list[Token], others: list[Actor]
) -> bool:
    """Whether another party stands nearer the word at ``i .. i+n-1`` (a ``pos`` of the
    lexicon) than ``actor``, named before it: a mention dropped as no state between them
    (``others``), or a named party next to the word (see the module docstring)."""
    if any(
        actor.last < other.first and other.last < i and not _circumstance(other, i, pos, tokens)
        for other in others
    ):
        return True
    before = pos == "adj" and actor.last < i - 1 and tokens[i - 1].clause == tokens[i].clause
    if before and _names_a_party(tokens[i - 1].norm):
        return True  # فكر داعش الإرهابي، الأسد المجرم: the adjective describes the party
    if (
        pos == "verb"
        or _taken_part_in(i, tokens)
        or (pos == "adj" and _taken_part_in(i - 1, tokens))
    ):
        return False  # شاركت فرنسا في القمع الدموي المصري: the one who takes part is judged
    j = i + n
    if j < len(tokens) and definite(tokens[j].norm) and not _names_a_party(tokens[j].norm):
        j += 1  # القمع الدموي المصري: past one adjective of the word
    return (
        j < len(tokens) and tokens[j].clause == tokens[i].clause and _names_a_party(tokens[j].norm)
    )


def _circumstance(other: Actor, i: int, pos: str, tokens: list[Token]) -> bool:
    """Whether only a preposition or a word of manner stands between a mention dropped as no
    state and the word (an adjective read at its noun): the word tells the circumstance of an
    act done to that person (``قتلت القوات الإسرائيلية شابا فلسطينيا في عدوان همجي``،
    ``اعتقلت الشرطة مواطنا بطريقة وحشية``), whose doer is named before the person."""
    words = [strip_conjunction(t.norm) for t in tokens[other.last + 1 : i]]
    if pos == "adj" and len(words) > 1:
        words = words[:-1]  # في عدوان همجي: the adjective's noun
    return 0 < len(words) <= _CIRCUMSTANCE_WORDS and all(w in _CIRCUMSTANTIAL for w in words)


def _taken_part_in(i: int, tokens: list[Token]) -> bool:
    """Whether the word at ``i`` follows a verb of taking part and في (``شاركت في``، ``تورطت
    في``، ``ساهم في``; an adjective is read at its noun: ``في القمع الدموي``): the act is another
    party's, but taking part in it is the subject's."""
    return (
        i > 1
        and tokens[i - 2].clause == tokens[i].clause
        and tokens[i - 1].norm == _IN
        and strip_conjunction(tokens[i - 2].norm) in _TAKING_PART
    )


def _names_a_party(norm: str) -> bool:
    """Whether a word (its conjunction, ب/ل and article aside) is an ``[other_parties]`` name or
    its nationality adjective in any number (``الحوثية``، ``للحوثيين``، ``وداعش``)."""
    word = strip_conjunction(norm)
    word = word[2:] if word.startswith("لل") else word  # للحوثيين
    forms = {bare_word(word), bare_word(word[1:]) if word[:1] in "بل" else word}  # بالحوثي، لداعش
    for form in list(forms):
        forms.update(form[: -len(end)] + to for end, to in _NISBA_ENDINGS if form.endswith(end))
    return not _PARTIES.isdisjoint(forms)


def of_an_indefinite_noun(actor: Actor, tokens: list[Token]) -> bool:
    """Whether the actor is an indefinite nationality adjective (``زعيم روسي``، ``سجن روسي``،
    ``صحفي أميركي``): it describes the noun before it, a person or a thing of that country, and
    no fallback makes the state the doer of a word after it."""
    return actor.adjective and not definite(tokens[actor.first].norm)

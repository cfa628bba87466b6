"""The accused of ``اتهم`` is never the accuser.

``اتهم`` takes the accused and then the ``بـ`` of the charge (``اتهمت لندن موسكو بالتدخل``).
A lone name or noun between the verb and its charge is therefore the accused: the accuser is the
subject of the clause before (``وأدان الوزير ... واتهم إسرائيل بـ``), or no one named (a passive,
``اتُّهمت روسيا بـ``, vowelled or not). Reading that phrase as the subject made the accused hold
a stance against itself. A manner between the subject and the object (``بشكل مباشر``، ``بدورها``)
is no charge. Every sentence is written for this project in the style of Arabic news; none is
copied from a data set.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize, tokenize
from helpers.evaluator_subjects import accused_only, passive_accusation
from helpers.speech_parts import Token
from tests.test_stance_plural_speakers import row


@pytest.mark.parametrize(
    ("body", "target", "stance", "holder"),
    [
        # a verb joined to a clause with its subject: the accused after it, the accuser before
        (
            "ورفض وزير الخارجية الروسي المقترح، واتهم بريطانيا بنشر الأكاذيب حول الحادث.",
            "uk",
            "against",
            "وزير الخارجية الروسي",
        ),
        (
            "وأدان الرئيس الفلسطيني الهجوم واتهم إسرائيل باستخدام القوة المفرطة.",
            "israel",
            "against",
            "الرئيس الفلسطيني",
        ),
        # two definite words are one accused (الأمم المتحدة), the accuser named before
        (
            "ورفض السفير المشروع، واتهم الأمم المتحدة بالانحياز.",
            "un",
            "against",
            "السفير",
        ),
        # the accuser and the accused both named: unchanged
        (
            "اتهمت وزارة الخارجية البريطانية روسيا بالوقوف وراء الهجوم.",
            "russia",
            "against",
            "وزارة الخارجية البريطانية",
        ),
        (
            "وتتهم تركيا برانسون بدعم محاولة الانقلاب الفاشلة.",
            "turkey",
            None,
            "تركيا",
        ),
        # a manner between the accuser and the accused is no charge
        (
            "واتهم بوتين بشكل مباشر الولايات المتحدة بالتدخل في الانتخابات.",
            "usa",
            "against",
            "بوتين",
        ),
        (
            "واتهمت موسكو بدورها واشنطن بعرقلة التحقيق.",
            "usa",
            "against",
            "موسكو",
        ),
    ],
)
def test_the_accused_is_no_accuser(body, target, stance, holder):
    found = row(body, target)
    if stance is not None:
        assert found.stance == stance
    assert found.holder == holder


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("واتهم بوتين بشكل مباشر الولايات المتحدة بالتدخل في الانتخابات.", "russia"),
        ("واتهمت موسكو بدورها واشنطن بعرقلة التحقيق.", "russia"),
    ],
)
def test_the_accuser_is_not_judged(body, target):
    assert row(body, target).stance == "none"


@pytest.mark.parametrize(
    "body",
    [
        "واتُّهمت روسيا بالتدخل في الانتخابات الأميركية.",
        "ويُتهم الرئيس السوري بشن هجمات على المدنيين.",
    ],
)
def test_a_vowelled_passive_names_no_accuser(body):
    target = "russia" if "روسيا" in body else "syria"
    found = row(body, target)
    assert found.stance == "against"
    assert found.holder == ""


@pytest.mark.parametrize(
    ("word", "passive"),
    [
        ("اتُّهم", True),
        ("واتُهمت", True),
        ("يُتهم", True),
        ("أُتهم", True),
        ("اتهمت", False),  # unvowelled: either voice
        ("يَتهم", False),  # the active
        ("أُدين", False),  # another verb, whose active takes a damma too
    ],
)
def test_passive_accusation_reads_the_damma(word, passive):
    assert passive_accusation(word) is passive


def tokens(text: str) -> list[Token]:
    """The sentence's words as the speech code reads them (gaps of one space)."""
    return [Token(normalize(w), 0, 0, " ") for w in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "end", "accused"),
    [
        ("واتهم إسرائيل باستخدام القوة", 2, True),
        ("اتهم مسؤول بارز سابق", 2, False),  # بارز: an adjective, no charge
        ("اتهمت قطر السعودية بانتهاك القانون", 3, False),  # two names
        ("وتتهم الرياض الحوثيين باستخدام الميناء", 3, False),  # a name, then a second
        ("اتهم الأمم المتحدة بالانحياز", 3, True),
        ("يتهمه أردوغان بالوقوف وراء الانقلاب", 2, False),  # the accused is the pronoun
        ("وتتهم تركيا برانسون بدعم الانقلاب", 2, False),  # the ب-word is the accused
    ],
)
def test_accused_only(text, end, accused):
    assert accused_only(tokens(text), 0, end) is accused


@pytest.mark.parametrize(
    ("body", "target", "holder"),
    [
        # حذّر is a verb of evaluation (issue 12): its subject's view whatever follows it
        ("وحذر الرئيس الأميركي روسيا وإيران بخصوص علاقاتهما بالنظام.", "russia", "الرئيس الأميركي"),
        ("وحذر ترامب طهران قائلا إن لديها مشاكل أكبر.", "iran", "ترامب"),
    ],
)
def test_a_warning_is_its_subjects_view(body: str, target: str, holder: str) -> None:
    found = row(body, target)
    assert (found.stance, found.voice, found.holder) == ("against", "quoted", holder)


def test_condemnations_are_their_issuers_words() -> None:
    # إدانات, like إدانة, is someone's words: never the outlet's own voice
    found = row("أصدرت دول غربية إدانات منسقة لروسيا.", "russia")
    assert (found.stance, found.voice) == ("against", "quoted")

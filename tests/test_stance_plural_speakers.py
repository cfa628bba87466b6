"""Speakers written in the plural, as a pronoun or as the subject of coordinated verbs.

Arabic writes a verb before its named subject in the singular, so a verb with a plural or dual
ending (``اتهموا``، ``يرحبون``) carries its subject: the speaker is named before it, or is the
subject of the verb it is coordinated with, never the phrase after it (its object, which would
then hold a view about itself). A particle with a plural pronoun (``فإنهم``، ``لكنهم``) is no
speaker either: the pronoun refers to someone named before. Every sentence is written for this
project in the style of Arabic news; none is copied from a data set.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


def row(body: str, target: str, sentence: int = 0) -> pd.Series:
    """The row of ``target`` in sentence ``sentence`` of ``body`` (one row expected)."""
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [body]}))
    found = frame[(frame.target == target) & (frame.sentence_index == sentence)]
    assert len(found) == 1, frame
    return found.iloc[0]


@pytest.mark.parametrize(
    ("body", "target", "stance", "holder"),
    [
        # the subject of the first verb is the subject of the coordinated plural verb
        (
            "ونفى مقاتلو الفصائل هذه الاتهامات واتهموا روسيا بقصف الأحياء السكنية.",
            "russia",
            "against",
            "مقاتلو الفصائل",
        ),
        (
            "وأدان المتظاهرون الهجوم واتهموا إسرائيل بانتهاك القانون الدولي.",
            "israel",
            "against",
            "المتظاهرون",
        ),
        # a verb joined by و to a clause: that clause's subject, not the words before the verb
        (
            "واجتمع المسؤولون في باريس واتهموا روسيا بتصعيد الحرب.",
            "russia",
            "against",
            "المسؤولون",
        ),
        (
            "واجتمع المسؤولون في باريس وقالوا إن إيران تهدد أمن المنطقة.",
            "iran",
            "against",
            "المسؤولون",
        ),
        # the plural subject written before its verb
        ("المحتجون اتهموا إيران بالتدخل في شؤون بلادهم.", "iran", "against", "المحتجون"),
        # a particle with a plural pronoun: the ones named before it in the sentence
        (
            "وقال المحتجون إنهم غاضبون من الحكومة، لكنهم رحبوا بقرار روسيا الأخير.",
            "russia",
            "favor",
            "المحتجون",
        ),
        # counted among the relative's noun: the subject of the clause, not the noun
        (
            "وكانت رئيسة الوزراء النرويجية من بين أول الزعماء الذين هنأوا بحرارة الكرملين.",
            "russia",
            "favor",
            "رئيسة الوزراء النرويجية",
        ),
        (
            "وكانت الحكومة الكندية من أوائل الحكومات التي رحبت بقرار إيران.",
            "iran",
            "favor",
            "الحكومة الكندية",
        ),
    ],
)
def test_the_speaker_of_a_plural_verb(body: str, target: str, stance: str, holder: str) -> None:
    found = row(body, target)
    assert (found.stance, found.voice, found.holder) == (stance, "quoted", holder)


def test_a_pronoun_particle_takes_up_the_speaker_named_before() -> None:
    body = (
        "وقال سكان المدينة في رسالة مفتوحة إن الوضع لا يحتمل. "
        "فإنهم عارضوا ما اعتبروه وصاية فرنسا على بلادهم."
    )
    found = row(body, "france", sentence=1)
    assert found.holder == "سكان المدينة"
    assert found.stance == "against"


def test_the_object_of_a_plural_verb_is_no_speaker() -> None:
    quotes = find_quotes("وانتقدوا روسيا بشدة بسبب دعمها للنظام.")
    assert list(quotes.speaker.fillna("")) == [""]  # nobody named: not روسيا


def test_a_plural_verb_of_saying_names_no_speaker_after_it() -> None:
    quotes = find_quotes("وقالوا المسؤولين في الوزارة إن الاتفاق انتهى.")
    assert list(quotes.speaker.fillna("")) == [""]


def test_a_demonstrative_ends_the_subject_of_a_denial() -> None:
    quotes = find_quotes("ونفى مقاتلو الفصائل هذه الاتهامات جملة وتفصيلا.")
    assert quotes.speaker.iloc[0] == "مقاتلو الفصائل"


@pytest.mark.parametrize(
    ("body", "target", "holder"),
    [
        # stays: a singular verb takes the subject after it
        ("واتهمت وزارة الخارجية روسيا بقصف المدنيين.", "russia", "وزارة الخارجية"),
        # stays: a verb after a superlative keeps the noun it describes
        ("وتعد الدول الأوروبية أكثر الدول التي انتقدت إيران.", "iran", "الدول"),
    ],
)
def test_stays(body: str, target: str, holder: str) -> None:
    assert row(body, target).holder == holder


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        (
            "وشعر الناشطون الأكراد بالخيبة من الموقف الأمريكي، لكنهم خففوا لاحقا من "
            "انتقاداتهم لواشنطن.",
            "الناشطون",
        ),
        # the feminine plural pronoun (انتقاداتهن) takes up its subject like the masculine
        (
            "وشعرت الناشطات الكرديات بالخيبة من الموقف الأمريكي، لكنهن خففن لاحقا من "
            "انتقاداتهن لواشنطن.",
            "الناشطات",
        ),
    ],
)
def test_a_plural_owner_of_criticism_is_the_first_subject(body: str, holder: str) -> None:
    found = row(body, "usa")
    assert found["voice"] == "quoted"
    assert found["holder"] == holder


def test_two_coordinated_speakers_keep_the_verb_of_expressing() -> None:
    # عبر ... عن ترحيبهما: the dual owner of the welcome is not read through the noun, whose
    # owner would be a fragment of the second title (stance_owners.is_speech_noun)
    body = (
        "عبر الشيخ خالد بن سالم، نائب رئيس الوزراء، والشيخ سعيد بن علي، ولي عهد الشارقة، "
        "عن ترحيبهما بالزيارة التاريخية للرئيس الصيني."
    )
    assert row(body, "china")["holder"] == "الشيخ خالد بن سالم، نائب رئيس الوزراء"

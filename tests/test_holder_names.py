"""A holder's name kept whole (issue 12): a given name that ends in ا after a title is no
accusative object, a two-word name of the gazetteer (``البيت الأبيض``) is one name, and a name
whose first letter is ب or ل before its verb is no noun a preposition governs. Every sentence
here is written for these tests; the people in them are invented."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


def row(text: str, target: str) -> tuple[str, str, str]:
    """(stance, voice, holder) of ``target`` in the first sentence of ``text``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [text]})
    frame = stance_sentences(articles, progress=False).set_index(["sentence_index", "target"])
    found = frame.loc[(0, target)]
    return found["stance"], found["voice"], found["holder"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "توعدت وزيرة الخارجية النمساوية ماريا فولكر روسيا بعقوبات جديدة.",
            "وزيرة الخارجية النمساوية ماريا فولكر",
        ),
        (
            "وحذرت رئيسة الوزراء تيريزا هالبرن كلا من الصين والهند من حرب تجارية.",
            "رئيسة الوزراء تيريزا هالبرن",
        ),
        (
            "وانتقدت المتحدثة باسم الحكومة الألمانية أنجيلا كورنر القرار الأمريكي بشدة.",
            "المتحدثة باسم الحكومة الألمانية أنجيلا كورنر",
        ),
    ],
)
def test_a_given_name_in_alif_after_a_title_is_the_speakers(text: str, holder: str) -> None:
    """``ماريا``, ``تيريزا``, ``أنجيلا`` end like an indefinite accusative (``شكوكا``); read so,
    the holder stopped at the title and the name became the verb's object. The state after the
    family name (``فولكر روسيا``) and ``كلا من`` open the object."""
    assert find_quotes(text)["speaker"].tolist()[0] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("ودعا البيت الأبيض الخميس المتظاهرين إلى الابتعاد عن السياج.", "البيت الأبيض"),
        (
            "ورفضت المتحدثة باسم البيت الأبيض الحديث عن تفاصيل الرسالة.",
            "المتحدثة باسم البيت الأبيض",
        ),
    ],
)
def test_a_two_word_name_is_one_name(text: str, holder: str) -> None:
    """``الأبيض`` after ``البيت`` is neither a nisba nor a title word, yet opens no object."""
    assert find_quotes(text)["speaker"].tolist()[0] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "وكان فريق دفاع بلقاسمي انتقد السبت تصريحات وزير الداخلية.",
            "فريق دفاع بلقاسمي",
        ),
        (
            "وعلمت الصحيفة أن وزير الخارجية البريطاني بيتر لانغ انتقد خطة الحكومة.",
            "وزير الخارجية البريطاني بيتر لانغ",
        ),
    ],
)
def test_a_name_opened_by_ba_or_lam_keeps_its_letter(text: str, holder: str) -> None:
    """``بلقاسمي``, ``بيتر`` were read as ب + a noun the verb describes (``بأصوات غاضبة
    انتقدت``), and the holder lost its first letter (``لقاسمي``, ``يتر لانغ``)."""
    assert find_quotes(text)["speaker"].tolist()[0] == holder


def test_a_later_time_is_no_subject_of_the_accusation() -> None:
    """``وفي وقت لاحق اتهم``: ``لاحق`` was read as ل + a noun before the verb, its subject;
    the minister after the verb then became the accused, so Britain was against itself."""
    text = "وفي وقت لاحق اتهم وزير الخارجية البريطاني روسيا بتضليل المحققين."
    assert row(text, "russia") == ("against", "quoted", "وزير الخارجية البريطاني")
    assert row(text, "uk")[0] == "none"


def test_an_office_after_but_inside_the_sentence_is_the_next_verbs_subject() -> None:
    """``ولكن`` opens a clause inside the sentence; its subject stands before the verb (the
    walk back found no clause start and the speaker was lost, or cut: ``انغ``)."""
    text = (
        "وقالت الحكومة إنه لا توجد خطط لضربات أخرى ولكن وزير الدفاع بيتر لانغ حذر "
        "الرئيس من أنه سيتم النظر في كل الخيارات."
    )
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == "حذر", "speaker"].tolist() == ["وزير الدفاع بيتر لانغ"]


def test_a_states_claims_after_the_name_are_the_object() -> None:
    """A name takes no genitive: a plural or feminine noun owned by a state after it (``ادعاءات
    بريطانيا``) is what the speaker judges, not part of the holder; an office noun after a
    name is its title (``ماكرون رئيس فرنسا``)."""
    judged = "ووصفت موسكو ادعاءات بريطانيا بأنها ملفقة."
    titled = "ورحب ماكرون رئيس فرنسا بالقرار الجديد."
    assert find_quotes(judged)["speaker"].tolist()[0] == "موسكو"
    assert find_quotes(titled)["speaker"].tolist()[0] == "ماكرون رئيس فرنسا"

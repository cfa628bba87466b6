"""Holders of quoted rows on shapes of real news (issue 12): a quotation said right after its
verb and speaker is the speaker's words to its closing mark, commas and all; a quotation is no
subject; a statement after ب, a count of times and a noun's owner's pronoun end a speaker
phrase; a coordinated verb takes the subject of a pluperfect. Every sentence is written for these
tests."""

from __future__ import annotations

import pandas as pd

from helpers.attribution import find_quotes
from helpers.stance import stance_sentences


def holder(body: str, target: str, sentence: int = 0) -> tuple[str, str]:
    """(voice, holder) of the row for ``target`` in sentence ``sentence`` of ``body``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False).set_index(["sentence_index", "target"])
    row = found.loc[(sentence, target)]
    return row["voice"], row["holder"]


def test_a_comma_inside_the_quoted_words_does_not_end_them() -> None:
    text = (
        'وأكد وزير الخارجية البحريني "نحن نقف مع الحل السياسي في اليمن، '
        'ونرفض التدخل الإيراني في شؤون المنطقة".'
    )
    assert holder(text, "iran") == ("quoted", "وزير الخارجية البحريني")


def test_the_quoted_words_are_no_subject_of_the_verb_before_them() -> None:
    text = (
        "وقال المندوب إن بلاده لا تريد التصعيد. "
        'وأكد "نحن نرفض العدوان الإسرائيلي على غزة ونطالب بوقفه فورا".'
    )
    assert holder(text, "israel", 1) == ("quoted", "المندوب")


def test_a_short_name_in_quotation_marks_stays_in_its_speaker() -> None:
    text = 'وأعلنت جماعة تسمى "كتائب الفجر الجديد للمقاومة الشعبية" مسؤوليتها عن الهجوم.'
    quotes = find_quotes(text)
    assert "كتائب الفجر الجديد للمقاومة الشعبية" in quotes.loc[0, "speaker"]


def test_a_comma_still_ends_a_said_object_without_quotation_marks() -> None:
    text = "ونفى الوزير أي تورط في الهجوم، وانتقد موقف الحكومة البريطانية."
    quotes = find_quotes(text)
    first = quotes[quotes["cue"] == "ونفى"].iloc[0]
    assert "وانتقد" not in first["quote"]


def test_a_statement_after_b_is_no_speaker() -> None:
    text = (
        "وكان المتحدث قد دعا إلى الحوار. "
        "وأضاف بتغريدة على حسابه أن الحكومة الأمريكية تمارس ضغوطا غير مقبولة على بلاده."
    )
    assert holder(text, "usa", 1)[1] != "بتغريدة"


def test_times_are_no_speaker() -> None:
    text = "وانتقد الرئيس الفرنسي مرات عدة السياسة الإيرانية في المنطقة."
    assert holder(text, "iran") == ("quoted", "الرئيس الفرنسي")


def test_a_construct_after_an_owned_noun_is_the_object() -> None:
    text = "وأعلنت الشرطة مقتل المهندس، بينما اتهمت أسرته جهاز المخابرات الإسرائيلي بقتله."
    assert holder(text, "israel") == ("quoted", "أسرته")


def test_a_coordinated_verb_after_the_pluperfect_takes_its_subject() -> None:
    text = (
        "وكانت الحكومة الإيرانية قد سارعت في وقت سابق إلى الرد على بيان لندن، "
        'واتهمت بريطانيا بإدارة "حملة تضليل واسعة".'
    )
    assert holder(text, "uk") == ("quoted", "الحكومة الإيرانية")


def test_a_preposition_with_its_pronoun_before_the_subject_is_no_owned_noun() -> None:
    text = (
        "وعقد مجلس الأمن جلسة طارئة حول غزة، "
        "ودافعت خلالها مندوبة الولايات المتحدة نيكي هايلي عن إسرائيل."
    )
    assert holder(text, "israel") == ("quoted", "مندوبة الولايات المتحدة نيكي هايلي")

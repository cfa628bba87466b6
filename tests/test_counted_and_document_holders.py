"""Holders of quoted rows: a crowd counted after its verb (تظاهر مئات الطلاب، انتقد أكثر من 100
نائب) and a document a verb of evaluation describes (تبنت الجمعية قرارا يدين، مشروع قرار يدين)."""

from __future__ import annotations

import pandas as pd

from helpers.arabic import normalize
from helpers.speech_parts import counted_noun
from helpers.stance import stance_sentences


def rows(body: str) -> pd.DataFrame:
    """The stance rows of a one-sentence article, by target."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    return stance_sentences(articles, progress=False).set_index("target")


def test_a_counted_crowd_after_a_verb_of_protest_holds_the_participle() -> None:
    text = "وتظاهر مئات الطلاب أمام السفارة احتجاجا على سياسة الحكومة الإسرائيلية."
    assert rows(text).loc["israel", "holder"] == "مئات الطلاب"


def test_a_count_after_a_verb_of_evaluation_runs_to_the_counted_noun() -> None:
    text = "ووقع أكثر من 300 أستاذ على رسالة تنتقد سياسة الحكومة الروسية."
    assert rows(text).loc["russia", "holder"] == "300 أستاذ"  # not روسيا, nor the letter


def norms(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return [normalize(w) for w in text.split()]


def test_a_date_or_a_share_counts_no_one() -> None:
    assert counted_noun(norms("27 أبريل اتهمت"), 0) == 0
    assert counted_noun(norms("رفض 60 بالمائة"), 1) == 1
    assert counted_noun(norms("مئات من المتظاهرين"), 0) == 2


def test_a_definite_count_is_the_noun_itself() -> None:
    assert counted_noun(norms("الآلاف مساء السبت"), 0) == 0
    assert counted_noun(norms("الآلاف من الفرنسيين"), 0) == 2


def test_a_resolution_that_condemns_is_its_adopters() -> None:
    found = rows("وتبنت الجمعية العامة قرارا يدين إسرائيل.")
    assert found.loc["israel", "holder"] == "الجمعية العامة"
    assert found.loc["israel", "stance"] == "against"


def test_the_words_after_a_describing_verb_are_its_object_not_its_speaker() -> None:
    text = "وصوتت الدول الأعضاء على مشروع قرار يدين استخدام إسرائيل القوة ضد المدنيين."
    assert rows(text).loc["israel", "holder"] == "مشروع قرار"  # was استخدام


def test_a_quotation_after_a_statement_keeps_its_own_subject() -> None:
    text = 'وقالت المتحدثة في بيان "تدين فرنسا القصف الإسرائيلي على المدنيين.'
    assert rows(text).loc["israel", "holder"] == "فرنسا"


def test_a_given_name_opened_by_b_is_no_preposition() -> None:
    text = "أدان بهرام رضائي، المتحدث باسم الوزارة الإيرانية، الاعتداء الإسرائيلي على القرية."
    assert rows(text).loc["israel", "holder"].startswith("بهرام رضائي")  # not ""


def test_an_office_in_construct_after_a_full_name_is_the_object() -> None:
    text = "وانتقد المتحدث باسم الوزارة جون سميث ولي العهد السعودي بشدة."
    assert rows(text).loc["saudi", "holder"] == "المتحدث باسم الوزارة جون سميث"


def test_a_day_that_opens_the_sentence_is_no_subject() -> None:
    text = "والاثنين الماضي استقال وزير الخارجية احتجاجا على خطة الحكومة الإسرائيلية."
    assert rows(text).loc["israel", "holder"] == "وزير الخارجية"

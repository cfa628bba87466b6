"""Holders of answers and warnings on shapes of real news (issue 12): أجاب (answered) reports
its speaker's words, but the noun "her answer" (إجابتها) does not; the genitive of a verbal noun
of evaluation before its ل-object is the one who speaks (تحذير روسيا للولايات المتحدة). Every
sentence is written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.stance import stance_sentences


def holder(body: str, target: str, sentence: int = 0) -> tuple[str, str]:
    """(voice, holder) of the row for ``target`` in sentence ``sentence`` of ``body``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False).set_index(["sentence_index", "target"])
    row = found.loc[(sentence, target)]
    return row["voice"], row["holder"]


def test_an_answer_reports_its_speakers_words() -> None:
    text = 'وأجابت المتحدثة باسم الخارجية الروسية: "واشنطن تكذب على العالم وتدعم الإرهاب".'
    assert holder(text, "usa") == ("quoted", "المتحدثة باسم الخارجية الروسية")


def test_her_answer_is_a_noun_not_a_verb_with_its_object() -> None:
    text = "وشاهد إجابتها عن العقوبات الأمريكية على إيران في هذا الفيديو."
    assert holder(text, "usa") == ("outlet", "outlet")


def test_the_genitive_of_a_warning_before_its_l_object_is_who_warns() -> None:
    text = "وجاء ذلك بعد تحذير روسيا للولايات المتحدة من أي عمل عسكري ضد الحكومة السورية."
    assert holder(text, "usa") == ("quoted", "روسيا")


def test_a_warning_with_an_adjective_names_no_one_who_warns() -> None:
    text = "وصدرت تحذيرات شديدة للولايات المتحدة من أي عمل عسكري في المنطقة."
    assert holder(text, "usa") == ("outlet", "outlet")

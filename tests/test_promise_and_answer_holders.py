"""Holders of promises and answers on shapes of real news (issue 12): وعد (promised) with what it
promises after ب is a speech act of its subject, as تعهد is, but the noun "a promise" (عن وعد
قطعه، وعد بلفور) is no one's speech; أجاب (answered) reports its speaker's words, but the noun
"her answer" (إجابتها) does not; the genitive of a verbal noun of evaluation before its ل-object
is the one who speaks (تحذير روسيا للولايات المتحدة). Every sentence is written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.stance import stance_sentences


def holder(body: str, target: str, sentence: int = 0) -> tuple[str, str]:
    """(voice, holder) of the row for ``target`` in sentence ``sentence`` of ``body``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False).set_index(["sentence_index", "target"])
    row = found.loc[(sentence, target)]
    return row["voice"], row["holder"]


def test_a_promise_with_its_b_object_is_its_subjects_speech() -> None:
    text = "ووعد وزير الخارجية البريطاني بمحاسبة روسيا على الهجوم الكيميائي في مدينة سالزبري."
    assert holder(text, "russia") == ("quoted", "وزير الخارجية البريطاني")


def test_a_promise_after_qad_is_the_verb() -> None:
    text = "وكان رئيس الوزراء البريطاني قد وعد بفرض عقوبات جديدة على روسيا بعد الهجوم."
    assert holder(text, "russia") == ("quoted", "رئيس الوزراء البريطاني")


def test_the_balfour_declaration_is_no_promise_spoken() -> None:
    text = "وأحيا الفلسطينيون في الضفة الغربية ذكرى وعد بلفور الذي مهد لقيام إسرائيل."
    assert holder(text, "israel") == ("outlet", "outlet")
    text = "وعد بلفور هو الأساس الذي قامت عليه إسرائيل بدعم من بريطانيا."
    assert holder(text, "israel") == ("outlet", "outlet")


def test_a_promise_after_a_preposition_is_the_noun() -> None:
    text = "وتراجع الرئيس الأمريكي عن وعد قطعه بسحب القوات الأمريكية من سوريا خلال أشهر."
    assert holder(text, "syria") == ("outlet", "outlet")


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

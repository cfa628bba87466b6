"""The speaker of a participle of evaluation (احتجاجا، منتقدا، منددا) is the subject of its
sentence's first clause, also after a day set in commas and as كان's predicate."""

from __future__ import annotations

import pandas as pd

from helpers.stance import stance_sentences


def holder(body: str, target: str) -> str:
    """The holder of the stance row for ``target`` in a one-sentence article."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False).set_index("target")
    return found.loc[target, "holder"]


def test_the_subject_after_a_day_in_commas_protests() -> None:
    text = "تظاهر، الأحد، الطلاب أمام السفارة احتجاجا على سياسة الرئيس الأمريكي."
    assert holder(text, "usa") == "الطلاب"
    text = "تجمع، يوم الجمعة، العشرات في الساحة احتجاجا على قرار الحكومة الإسرائيلية."
    assert holder(text, "israel") == "العشرات"


def test_the_subject_of_kana_holds_its_participle_of_evaluation() -> None:
    text = "وكان الكاتب منتقدا لسياسات الحكومة الإيرانية."
    assert holder(text, "iran") == "الكاتب"


def test_a_verb_between_kana_and_the_participle_keeps_its_own_subject() -> None:
    # the comma before the participle ends كان's clause: its subject runs to قد only
    text = "وكانت الحكومة قد فرضت عقوبات جديدة، منددة بسياسة إيران."
    assert holder(text, "iran") == "الحكومة"

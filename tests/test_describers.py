"""The describer after a verb of describing (helpers.describers): the holder phrase ends
where the thing described begins (a deed, document, summit or agreement after the subject's
name); a phrase that opens with the thing names no one, or the name before a relative pronoun.
Holder changes only: the stance stays. Every sentence is written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def row(body: str, target: str) -> tuple[str, str, str]:
    """(stance, voice, holder) of the row for ``target`` in the last sentence of ``body``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False)
    found = found[found.target == target].iloc[-1]
    return found["stance"], found["voice"], found["holder"]


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        # a one-word name the gazetteer does not know, then a document
        (
            'ووصف كورتولموش البيان بـ "غير الصادق"، مؤكدا أن رد تركيا على الرئاسة الفرنسية '
            '"بنشر معلومات مضللة" سيصل إلى السلطات.',
            "turkey",
            "كورتولموش",
        ),
        # a title and a name, then a summit in construct
        (
            'بينما وصف النائب الديمقراطي تشاك شومر قمة سنغافورة بأنها "فشل ذريع" للولايات المتحدة.',
            "usa",
            "النائب الديمقراطي تشاك شومر",
        ),
        # a given name, then a decision owned by a leader
        ("ووصف ماريو قرار ترامب بالخطير والمتهور.", "usa", "ماريو"),
    ],
)
def test_the_describer_ends_before_the_thing_described(text: str, target: str, holder: str) -> None:
    assert row(text, target)[1:] == ("quoted", holder)


def test_a_phrase_that_opens_with_the_thing_described_names_no_one() -> None:
    text = 'وأعلنت المفوضية ردها. ووصفت الرسوم الجمركية الأمريكية بأنها "ظالمة"، وفق وكالة أنباء.'
    assert row(text, "usa") == ("against", "quoted", "")


def test_the_describer_before_a_relative_pronoun() -> None:
    text = 'وقال ماكرون الذي وصف الاتفاق النووي بـ"الضروري" إنه يريد العمل مع ترامب على اتفاق جديد.'
    assert row(text, "usa")[1:] == ("quoted", "ماكرون")


def test_a_document_at_the_start_is_the_describer() -> None:
    text = 'ووصف البيان خطوة ترامب بأنها "غير مسؤولة" وتهدد الاستقرار.'
    assert row(text, "usa") == ("against", "quoted", "البيان")


def test_a_title_owns_its_genitive() -> None:
    text = 'ووصفت مسؤولة السياسة الخارجية للاتحاد الأوروبي العقوبات الأمريكية بأنها "مؤسفة".'
    assert row(text, "usa")[2].startswith("مسؤولة السياسة الخارجية")

"""A feeling or stance written as a noun with its owner, or as an adjective of the one who
holds it, is the owner's stance, not the outlet's (GUIDELINES: voice and holder)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from helpers.stance_voices import speech_noun_quotes


def rows(body: str) -> pd.DataFrame:
    """The stance rows of one article body, indexed by target."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    return stance_sentences(articles, progress=False).set_index("target")


def quoted(text: str) -> list[tuple[str, str | None]]:
    """Each quote that :func:`speech_noun_quotes` finds in ``text`` as (its text, speaker)."""
    return [(text[q.start : q.end], q.speaker) for q in speech_noun_quotes(text, 0, len(text))]


def test_an_adjective_of_hostility_is_held_by_the_noun_it_describes() -> None:
    found = rows("وانتخب الحزب المعادي للاتحاد الأوروبي رئيسا جديدا.").loc["eu"]
    assert (found["stance"], found["voice"], found["holder"]) == ("against", "quoted", "الحزب")


def test_the_described_noun_with_its_nisba_adjective() -> None:
    text = "وخرجت مسيرات طلابية مناهضة للحكومة في العاصمة."
    assert quoted(text) == [("مناهضة", "مسيرات طلابية")]
    # a definite adjective: the definite words before it, not the construct head
    text = "واستقال أمين عام الحزب المعادي للهجرة من منصبه."
    assert quoted(text) == [("المعادي", "الحزب")]
    # a noun under a preposition is that preposition's object, not a holder
    text = "وقارن البيان الإجراءات بالقوانين المعادية للأقليات في الماضي."
    assert quoted(text) == [("المعادية", None)]


def test_the_outlets_naming_of_the_object_stays_the_outlets() -> None:
    syria = rows("ووصلت قوات موالية لنظام الرئيس السوري إلى المدينة.").loc["syria"]
    assert (syria["stance"], syria["voice"]) == ("against", "outlet")


def test_the_owner_of_admiration_holds_it_and_is_not_admired() -> None:
    table = rows("وتراجع إعجاب الشعب الأوكراني بالاتحاد الأوروبي خلال العام الماضي.")
    assert table.loc["ukraine", "stance"] == "none"
    eu = table.loc["eu"]
    assert (eu["stance"], eu["voice"], eu["holder"]) == ("favor", "quoted", "الشعب الأوكراني")


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        # an adjective joined by و to an earlier one: its noun stands further back
        ('وأقال الحزب المعروف باسم "الشعب" والمعادي للاتحاد الأوروبي رئيسه.', ""),
        # a feeling with its owner's pronoun is the first clause's subject's
        ("وأبدى الوزير الألماني إعجابه بالاتحاد الأوروبي.", "الوزير الألماني"),
        # not across a relative clause: the crisis admires nothing
        ("وهي الأزمة التي جعلت فئات واسعة تتراجع في إعجابها بالاتحاد الأوروبي.", ""),
    ],
)
def test_an_owned_stance_is_never_the_outlets(body: str, holder: str) -> None:
    eu = rows(body).loc["eu"]
    assert (eu["voice"], eu["holder"]) == ("quoted", holder)


def test_praise_with_a_b_object_is_held_by_its_genitive() -> None:
    russia = rows("وجاء القرار بعد إشادة الرئيس الفرنسي بالموقف الروسي.").loc["russia"]
    assert (russia["stance"], russia["holder"]) == ("favor", "الرئيس الفرنسي")


def test_an_accusation_with_a_b_charge_keeps_its_genitive_out_of_the_holder() -> None:
    # اتهام الحكومة بالفساد: the government is accused, it speaks nothing
    assert quoted("وأثار اتهام الحكومة بالفساد غضبا واسعا.")[0][1] is None


def test_an_object_right_after_the_noun_is_no_genitive() -> None:
    assert quoted("وعلقت لافتات ترحيب بالرئيس الزائر باللغتين.") == [
        ("ترحيب بالرئيس الزائر باللغتين.", None)
    ]


def test_words_inside_quotation_marks_stay_the_speakers() -> None:
    text = 'وقال المتحدث: "إن القوة المعادية للبلاد تهدد أمننا".'
    assert all(speaker != "القوة" for _, speaker in quoted(text))


def test_sympathy_with_its_own_preposition_is_held_by_its_owner() -> None:
    ukraine = rows("واتسع تعاطف الرأي العام الأوروبي مع أوكرانيا هذا الشتاء.").loc["ukraine"]
    assert (ukraine["stance"], ukraine["voice"], ukraine["holder"]) == (
        "favor",
        "quoted",
        "الرأي العام الأوروبي",
    )


def test_the_verbal_noun_of_voicing_names_its_subject_in_the_genitive() -> None:
    text = "وجاء القرار بعد توجيه وزيرة الخارجية أصابع الاتهام إلى الحكومة الروسية في الحادث."
    assert rows(text).loc["russia", "holder"] == "وزيرة الخارجية"
    # the strike is توجيه's object, not the author of the accusation after it
    text = "وهدد الرئيس بتوجيه ضربة عسكرية للنظام السوري إثر اتهامه بشن هجوم."
    assert rows(text).loc["syria", "holder"] != "ضربة عسكرية"


def test_the_finger_of_blame_is_no_part_of_its_author() -> None:
    text = "ووجه الوزير البريطاني أصابع الاتهام إلى روسيا في الحادث."
    assert rows(text).loc["russia", "holder"] == "الوزير البريطاني"
    # blame laid by no one named: no holder, and no fragment of the phrase
    found = rows("وتشير أصابع الاتهام في الحادث إلى روسيا.").loc["russia"]
    assert found["holder"] in ("", "outlet")
    assert "أصابع" not in found["holder"]

"""Quoted accusations written in shapes the attachment rules did not read (issue 12, sixteenth
session: blame, accusation and criticism on ANT outside the dev set).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general construction, or a guard that keeps it from
judging the wrong actor:

- the antecedent of a relative whose verb of accusing carries its pronoun is the accused, also
  when a preposition governs it (``على الصين التي يتهمها``), but not a place (``في سوريا``:
  the relative may describe the noun before the place);
- a charge written ``بأنها`` opens a clause of its own and still follows the accused
  (``واتهم الولايات المتحدة بأنها تسعى``), when the accuser was named before;
- ``يلقي باللوم`` "throws the blame" is no ``يلقى`` "meets with" (one word once normalised): the
  blamed is the one after على, while what is met still judges the one who meets it;
- distrust said with its ب-object (``لا تثق بواشنطن``) is against the one distrusted, not the
  one who distrusts.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the antecedent of the relative after a preposition is the accused
        (
            "وفرضت الحكومة رسوما جديدة على الصين التي تتهمها بسرقة الأسرار التجارية.",
            "china",
            "against",
        ),
        ("وقطعت المملكة علاقاتها مع إيران التي تتهمها بالتدخل في شؤونها.", "iran", "against"),
        (
            "وتستورد الشركات الأمريكية سلعا كثيرة من الصين، التي يتهمها الرئيس بالغش.",
            "china",
            "against",
        ),
        # ... not a place, after which the relative describes the noun before it
        ("ودعمت واشنطن الفصائل الكردية في سوريا، التي تتهمها أنقرة بالإرهاب.", "syria", "none"),
        # ... nor an antecedent whose gender the pronoun does not share
        ("وأفرجت السلطات عن القس المحتجز لدى تركيا الذي تتهمه بالتجسس.", "turkey", "none"),
        # a charge written بأنها after the accused, the accuser named before
        (
            "وقال المتحدث إن المفاوضات متعثرة، واتهم بريطانيا بأنها تعرقل أي اتفاق.",
            "uk",
            "against",
        ),
        (
            "وندد الوزير بالقرار، واتهم الولايات المتحدة بأنها تسعى إلى زعزعة المنطقة.",
            "usa",
            "against",
        ),
        # ... the accuser right after the verb still speaks
        ("واتهمت روسيا بريطانيا بأنها تختلق الأدلة.", "russia", "none"),
        ("واتهمت روسيا بريطانيا بأنها تختلق الأدلة.", "uk", "against"),
    ],
)
def test_an_accused_written_in_another_shape(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the present يلقي throws the blame on the one after على
        ("ويلقي الوزير باللوم على الصين في العجز التجاري.", "china", "against"),
        ("ويلقي الرئيس الأمريكي باللائمة على إيران في تصاعد العنف.", "iran", "against"),
        ("ويلقي الرئيس الأمريكي باللائمة على إيران في تصاعد العنف.", "usa", "none"),
        # ... while يلقى with what is met, no preposition, judges the one who meets it
        ("ويلقى الموقف الأمريكي ترحيبا واسعا في المنطقة.", "usa", "favor"),
        ("ولقي القرار الفرنسي انتقادات حادة.", "france", "against"),
    ],
)
def test_blame_thrown_is_not_met(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        (
            "وقال المتحدث إن إيران لا تثق بالولايات المتحدة بعد انسحابها من الاتفاق.",
            "usa",
            "against",
        ),
        ("وقال المتحدث إن إيران لا تثق بالولايات المتحدة بعد انسحابها من الاتفاق.", "iran", "none"),
        ("وقالت مصادر دبلوماسية إن الحلفاء لا يثقون بترامب.", "usa", "against"),
        # trust with no actor as its object judges no one
        ("وقال الوزير إن الرئيس لا يثق بأن روسيا ستلتزم بالهدنة.", "russia", "none"),
    ],
)
def test_distrust_judges_the_distrusted(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

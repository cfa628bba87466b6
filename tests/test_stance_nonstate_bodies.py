"""A company, a non-governmental body or a jihadist of a nationality is not the state.

Sentences written for this project in the style of Arabic news; none is copied from a data set.
Each case comes from a wrong against row of the against3 read of 80 (benchmarks/results/
stance_real.md): the nationality adjective of such a noun named the state as the one judged.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a company, also with the article (the plural only without it, as before)
        ("وتعرضت الشركة الأمريكية الكبرى لانتقادات واسعة بسبب أسعار أجهزتها.", "usa", "none"),
        ("وقال المحلل إن الشركة الصينية تسعى إلى فرض هيمنتها على السوق.", "china", "none"),
        # a non-governmental organisation
        (
            "ورست سفينة تابعة للمنظمة غير الحكومية الألمانية وعلى متنها مهاجرون غير شرعيين.",
            "germany",
            "none",
        ),
        # a jihadist of a nationality
        (
            "وأفاد مصدر أن الجهادي البريطاني جون الذي كان قريبا من منفذي الاعتداءات الدامية قتل.",
            "uk",
            "none",
        ),
        # the state's own bodies stay the state
        ("وقال الوزير إن الحكومة الأمريكية تسعى إلى فرض هيمنتها على المنطقة.", "usa", "against"),
    ],
)
def test_a_body_or_person_of_a_nationality_is_no_state(
    sentence: str, target: str, stance: str
) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

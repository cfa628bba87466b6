"""A charge in the that-clause of a denial is denied, not made (helpers/denied_charges.py).

Sentences written for this project in the style of Arabic news; none is copied from a data set.
The case comes from a wrong row of the against4 read of 80 (benchmarks/results/stance_real.md).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("ونفى المتحدث أن تكون الولايات المتحدة تعرقل المفاوضات.", "usa", "none"),
        ("بدوره، نفى الوزير بأن تكون إسرائيل ارتكبت جرائم في القرية.", "israel", "none"),
        # the speaker goes on with a threat of its own: made
        (
            "ونفت الهند أن تكون قوانينها تمنع الاستيراد وهددت بالرد على الرسوم الأمريكية.",
            "usa",
            "against",
        ),
        # a denial of the charge as a noun, then a charge of the speaker's own: still made
        ("نفى السفير الاتهامات، وقال إن إسرائيل ارتكبت جرائم في القرية.", "israel", "against"),
    ],
)
def test_a_charge_in_a_denial_is_denied(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

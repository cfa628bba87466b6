"""Recall of quoted stances on real-style news sentences (issue 12, thirteenth session).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general construction in which a speaker's judging words
about an actor were left unattached (or, for the guards, one that must stay so).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a hostile or judged noun owning a body of the state that the actor's adjective names
        ("وقال الوزير إن جرائم النظام السوري لن تمر دون عقاب.", "syria", "against"),
        ("وأكد المتحدث أن انتهاكات الجيش الإسرائيلي في الضفة مستمرة.", "israel", "against"),
        ("وقال البيان إن الهجوم يثبت تورط النظام الإيراني في تسليح الجماعة.", "iran", "against"),
        ("وأشاد الرئيس بحكمة القيادة الروسية في إدارة الأزمة.", "russia", "favor"),
        # ... not a thing the act harms, a people, nor a verb with its subject
        ("وقال الوزير إن تقويض الديمقراطية الأمريكية هدف معلن.", "usa", "none"),
        ("وقال الوزير إن أولويته انفتاح المجتمع الإيراني.", "iran", "none"),
        ("وتدخلت القوات التركية لفض المواجهات بين الفصيلين.", "turkey", "none"),
        # ... nor the victim of an act whose owner suffers it
        ("وقال الوزير إن استهداف الجيش السوري لن يمر دون رد.", "syria", "none"),
    ],
)
def test_the_body_of_an_actor_owns_the_judged_noun(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

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
        # actors joined by و share the role of the one found as what is judged
        ("واتهمت الدول الغربية الحكومة السورية وروسيا بعرقلة عمل المحققين.", "syria", "against"),
        ("واتهم الوزير روسيا والنظام السوري بعرقلة عمل المحققين.", "russia", "against"),
        ("وانتقد رئيس الوزراء فرنسا وألمانيا بسبب موقفهما من الأزمة.", "germany", "against"),
        ("وأشادت الوزيرة بفرنسا وألمانيا لدورهما في المفاوضات.", "germany", "favor"),
        ("وندد المتحدث بالسياسات الأمريكية والإسرائيلية في المنطقة.", "israel", "against"),
        # ... not two sides after بين, nor a list that goes on with a word that names no actor
        ("ورحب الوزير بالحوار بين روسيا وأوكرانيا.", "russia", "none"),
        ("ويدعم حزب الله وإيران وروسيا الحكومة السورية.", "russia", "none"),
        # the objects after كلا من ("both") are the verb's, no preposition's
        ("واتهم الوزير كلا من روسيا والنظام السوري بعرقلة التحقيق.", "syria", "against"),
        ("وحمل الرئيس كلا من إيران وتركيا مسؤولية التصعيد.", "turkey", "against"),
        # ... while كل من after the verb names its subjects, not what is criticised
        ("وانتقد كل من روسيا والصين الخطة.", "russia", "none"),
        # a comma between the accuser and the accused before the charge keeps one clause
        ("فيما اتهم وزير الخارجية الفرنسي، إيران بتقويض الاتفاق.", "iran", "against"),
        ('واتهم المتحدث باسم الحكومة، موسكو بـ"تسميم" العلاقات.', "russia", "against"),
        # ... not after a verb that takes no charge
        ("وزار وزير الخارجية الفرنسي، إيران بعد سنوات من القطيعة.", "iran", "none"),
        # the subject of a relative clause on an act of harm does it: no construct chain runs
        # through الذي to make it the act's victim
        (
            "وقال المسؤول إن ذلك يندرج ضمن الابتزاز الذي تمارسه إيران على جيرانها.",
            "iran",
            "against",
        ),
        # ... while the owner at the end of a chain still suffers the act
        ("وندد الوزير باستهداف موكب السفير الروسي.", "russia", "none"),
        # a final اء seats its hamza on ya before a pronoun (استيائه، اعتدائها): the same word
        ("وأعرب الوزير عن استيائه من الضربات الأمريكية.", "usa", "against"),
        ("وأبدت الوزيرة استياءها من الضربات الروسية.", "russia", "against"),
    ],
)
def test_the_judged_actor_is_found(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

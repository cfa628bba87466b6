"""A thing that threatens an actor endangers it: the actor is a victim, not one threatened.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The target of an evaluation is the actor it is about (issue 12, the
annotation guidelines); an actor that weapons, a programme or an act endanger suffers them and
is judged by no one. A verb of threat whose subject is a thing (after a relative pronoun whose
antecedent is no actor, or an indefinite noun) leaves the actor after it none; the cases after
``# stays`` guard an actor's threat (its subject an actor, a title, or an actor's words).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a relative pronoun whose antecedent is a thing, with or without a verb of becoming
        ("ودربت إيران الحوثيين على إطلاق المسيرات التي أصبحت تهدد السعودية.", "saudi", "none"),
        ("وعقد الاتحاد الأوروبي قمة حول الأزمة التي تهدد ألمانيا منذ أعوام.", "germany", "none"),
        ("وتحدث أمام الكونغرس الأمريكي عن مشروع الصواريخ الذي يهدد إسرائيل.", "israel", "none"),
        # an indefinite noun right before the verb: a relative clause without a pronoun
        ("ويرى محللون أن ما يحدث في سوريا لا يمثل خطرا كبيرا يهدد فرنسا.", "france", "none"),
        ("وتحقق الشرطة البريطانية مع أشخاص يشتبه في قيامهم بأنشطة تهدد روسيا.", "russia", "none"),
        # stays: an actor, a title or an actor's words make the threat
        ("وكانت روسيا التي هددت أوكرانيا قد رفعت أسعار الغاز.", "ukraine", "against"),
        ("وانتقدت روسيا الوزير الأمريكي الذي هدد الصين أمس.", "china", "against"),
        ("وكانت تصريحات تركية متكررة هددت بريطانيا خلال الصيف.", "uk", "against"),
        ("وفي وقت سابق هدد وزير الخارجية الأمريكي الصين مباشرة.", "china", "against"),
    ],
)
def test_an_endangered_actor_is_not_threatened(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

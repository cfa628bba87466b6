"""The one who classifies or condemns is not the doer of the word it uses (issue 12).

A precision audit of the rule 'nearest actor before, outside prepositional phrases' on ANT
rows found the classifier of a group made the doer of the class it gives: in ``الحزب الذي
تصنفه أنقرة وواشنطن إرهابيا`` and ``لكن تركيا تعتبرها إرهابية`` the verb of opinion carries
the classified group as an object pronoun, so its subject (after it, or before it) is the one
who speaks, and so is an actor joined to that subject with و. A verb written with a plural
subject's ending (``دون أن يذكروا روسيا``) has its subject before it: the actor after it is
its object, and a verb of announcing with an object pronoun (``الإجراءات التي أعلنتها``)
names who took the measures, who stays their doer.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the subject before a verb of opinion with its object pronoun classifies
        ('وتدعم واشنطن المقاتلين الأكراد في شمال سوريا، لكن تركيا تعتبرهم "إرهابيين".', "turkey"),
        ('وتنشط في المنطقة جماعة مسلحة صغيرة، لكن روسيا تصنفها "إرهابية".', "russia"),
        # an actor joined with و to the subject after such a verb classifies too
        ("ويقاتل التنظيم الكردي الذي تصنفه أنقرة والولايات المتحدة إرهابيا منذ عقود.", "usa"),
        ('ويقود الحزب تمردا في جنوب شرق تركيا، وتصنفه أنقرة والاتحاد الأوروبي "إرهابيا".', "eu"),
    ],
)
def test_who_classifies_is_no_doer(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # stays: who announced the measures took them, and they are judged
        (
            "ووصفت موسكو، التي تنفي أي دور لها في الهجوم، الخطوات التي أعلنتها ماي، بأنها "
            '"غير مقبولة"، وتوعدت بالرد.',
            "uk",
            "against",
        ),
        # stays: the actor after a verb with its plural subject's ending is its object
        (
            "وتعهد الزعماء، من دون أن يذكروا روسيا بالاسم، بالعمل معا لإحباط التدخل الخارجي "
            "في الانتخابات.",
            "russia",
            "against",
        ),
        # stays: the accused after a verb of accusing is judged
        ("واتهمت الحكومة العراقية إيران بدعم الميليشيات الإرهابية في البلاد.", "iran", "against"),
        # stays: the object of a verb of opinion written after its subject is judged
        ("وتعتبر الحكومة سياسات روسيا غير مسؤولة.", "russia", "against"),
    ],
)
def test_the_judged_stays_judged(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

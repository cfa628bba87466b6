"""A relative clause whose verb of describing has the relative as its object and the sentence's
subject written in the verb (issue 12): ``السعودية التي وصفها بأنها ...``. The verb's gender
or number does not agree with the relative (a man's verb after ``التي``, a woman's after
``الذي``, a plural verb after either) while its object pronoun does, so the relative is the
object and the description judges the antecedent.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The guards: a verb that agrees with the relative (``التي وصفتها``) may have
the relative as its subject, and stays unread without a named describer; an actor adjective
of a unit judges no state.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a man's verb after التي: the speaker describes the antecedent
        ("وتحدث السفير مطولا عن بكين التي وصفها بالصديق الحقيقي لبلاده.", "china", "favor"),
        ("وأشار النائب في خطابه إلى إيران التي وصفها بالدولة الراعية للإرهاب.", "iran", "against"),
        # a plural verb: the describers are written in it
        ("وتطرق المحتجون إلى الرياض التي وصفوها بالعدوانية.", "saudi", "against"),
        # a woman's verb after الذي
        ("وتحدثت الوزيرة عن الاتحاد الأوروبي الذي وصفته بالشريك الموثوق.", "eu", "favor"),
        # a position or policy with its owner's adjective: the owner is judged
        ("ولفت المسؤول إلى الخطوات التركية التي وصفها بالعدوانية.", "turkey", "against"),
    ],
)
def test_an_object_relative_judges_its_antecedent(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"]) == (stance, "quoted")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a woman's verb after التي: the relative may be the subject (her describing someone)
        ("وتحدث الوزير عن إيران التي وصفتها بالدولة الراعية للإرهاب.", "iran"),
        # a man's verb after الذي: the relative may be the subject too
        ("وتحدث المعلق مطولا عن الاتحاد الأوروبي الذي وصفه بالعدواني.", "eu"),
        # an actor adjective of a unit names no state (main read the nearest actor: against)
        ("وقاتلت الجماعة الفصائل السورية التي وصفها بالإرهابية.", "syria"),
    ],
)
def test_an_ambiguous_relative_judges_no_antecedent(sentence: str, target: str) -> None:
    assert rows(sentence).loc[target]["stance"] == "none"

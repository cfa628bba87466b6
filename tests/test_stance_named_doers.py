"""Quoted against stances whose actor is written as a nationality adjective the rules did not
reach (issue 12, fifteenth session: the recall helper's annotated sample of quoted none rows).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general construction, or a guard that keeps it from
judging the wrong actor:

- stacked nationality adjectives (``العدوان الأمريكي البريطاني الفرنسي``) name joint doers,
  but after a word of a contest between sides (``التصعيد الإيراني الإسرائيلي``) two sides;
- a force that is the owner of a hostile noun (``قوات الاحتلال الإسرائيلي``) is named by the
  adjective after the noun;
- a weapon or air force that owns a deed (``قصف الطائرات التركية``) does it, so its adjective
  names the doer of a judged deed;
- ``غير`` governs one word: a negative word joined by و after it is a new adjective
  (``غير مناسبة ومؤسفة``).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # stacked adjectives after a hostile word: every one names a doer
        (
            "وقالت الحكومة السورية إن دفاعاتها الجوية تصدت للعدوان الأمريكي البريطاني الفرنسي.",
            "france",
            "against",
        ),
        (
            "وقالت الحكومة السورية إن دفاعاتها الجوية تصدت للعدوان الأمريكي البريطاني الفرنسي.",
            "uk",
            "against",
        ),
        ("وقال المتحدث إن العدوان الروسي الإيراني على المدينة سيفشل.", "iran", "against"),
        # ... but a contest between sides names the two sides, not joint doers
        ("وقال الوزير إن التصعيد الإيراني الإسرائيلي يقلق أوروبا.", "israel", "none"),
        # a force owning a hostile noun, named by the adjective after it
        ("وقال المسؤول إن قوات الاحتلال الإسرائيلي اقتحمت القرية فجرا.", "israel", "against"),
        ("وطالب المتحدث سلطات الاحتلال الإسرائيلية بوقف هدم المنازل.", "israel", "against"),
        # ... not without the adjective, and not the people it shoots at
        ("وقال المسعفون إن شابا فلسطينيا قتل برصاص جيش الاحتلال.", "palestine", "none"),
        # ... and not an act the text only reports as alleged
        ("وقال الوزير إن التحقيق في مزاعم التدخل الروسي مستمر.", "russia", "none"),
        # a weapon or air force owning a judged deed: its adjective names the doer
        (
            "وأعربت الحكومة عن قلقها البالغ إزاء قصف الطائرات التركية للقرى الحدودية.",
            "turkey",
            "against",
        ),
        ("وندد الوزير بقصف الطائرات الروسية للمستشفيات.", "russia", "against"),
        # ... a force may be what a harming deed hits, and a reported deed judges no one
        ("وأدان الوزير استهداف القوات الروسية في حميميم.", "russia", "none"),
        ("وقال المرصد إن قصف الطائرات الروسية أدى إلى مقتل عشرة مدنيين.", "russia", "none"),
        # غير governs one word: a negative adjective joined after it is the speaker's own
        ("ووصف البيان خطوة ترامب بأنها غير مناسبة ومؤسفة للغاية.", "usa", "against"),
        # ... while the word غير governs is still negated
        ("ووصف البيان خطوة ترامب بأنها غير مؤسفة.", "usa", "none"),
    ],
)
def test_a_doer_named_by_its_adjective(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

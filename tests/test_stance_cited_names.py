"""A hostile word inside a name the text cites judges no one (issue 12).

After a passive verb of naming (``ما يعرف بـ``، ``بما عرف بـ``، ``ما يسمى بـ``، ``ما يوصف بـ``)
the text reports what a thing is called without taking the name up, like an act it calls
alleged; and a list named after those on it (``قائمة الدول الراعية للإرهاب``) is its keeper's
designation, so the keeper, named nearby, is no sponsor. On all ANT articles outside the
development set the two readings change 6 rows, 5 right and 1 borderline. A describer's own
word (``ما وصفه الوزير بـ``) and a state called a sponsor outright still judge (``# stays``).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("وتشمل التهم التورط بما عرف بالتدخل الروسي في الانتخابات.", "russia"),
        ("ويدعم النائب التحقيق في مسألة ما يوصف بالتدخل الروسي في الاقتراع.", "russia"),
        ('وأبقت واشنطن اسم البلد على لائحة "الدول الراعية للإرهاب" رغم المفاوضات.', "usa"),
        (
            "وكانت واشنطن خففت القيود التجارية، إلا أنها أبقت البلد على قائمتها السوداء "
            'للدول "الراعية للإرهاب".',
            "usa",
        ),
    ],
)
def test_a_cited_name_judges_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: the describer's own word, a state called a sponsor outright
        ("وأدان الوزير ما وصفه بالعدوان الإسرائيلي على القطاع.", "israel"),
        ("وقال الوزير إن إيران هي الدولة الأولى الراعية للإرهاب في العالم.", "iran"),
    ],
)
def test_a_describers_word_stays_against(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "against", row(sentence, target)["hits"]

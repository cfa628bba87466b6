"""Who foils, intercepts or repels a hostile act is not its doer (issue 12).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The subject of a verb of foiling stops the act its object names; a doer written
with the act itself keeps it (the cases after ``# stays``).
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.foilers import foils
from tests.test_stance_roles import row, stance_of


def _check(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("أحبطت الشرطة الألمانية مخططا إرهابيا لتفجير محطة قطارات في ميونخ.", "germany", "none"),
        ("وأحبط جهاز الأمن البريطاني محاولة اغتيال كانت تستهدف نائبا في البرلمان.", "uk", "none"),
        ("وأعلن الوزير أن السلطات الفرنسية أحبطت اعتداء إرهابيا في مدينة ليون.", "france", "none"),
        # stays: the doer written with the act
        ("أحبطت الشرطة الألمانية مؤامرة إيرانية لتفجير تجمع للمعارضة.", "iran", "against"),
    ],
)
def test_the_one_who_foils_is_not_the_doer(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


def test_verbs_of_foiling_through_clitics() -> None:
    assert foils(normalize("وأحبطت"))
    assert foils(normalize("وتصدت"))
    assert not foils(normalize("أسقطت"))  # to down a plane is an act of war
    assert not foils(normalize("اعترض"))  # also to object (اعترض على)
    assert not foils(normalize("تفشل"))  # also to fail

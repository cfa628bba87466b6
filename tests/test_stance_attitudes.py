"""Favor precision on real news, fifth round. Openness (انفتاح، منفتح) is an actor's stated
posture, mostly its own policy told by itself or an offer of talks, no evaluation of anyone
(GUIDELINES: an actor describing its own policy is none; meetings and talks are no evaluation).
The states listed after بين (من بينها، بينهم) are members of the noun before, the verb's
subject, not the owner of its object: its ب is its own letter. Sentences are written for these
tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # openness is a posture, told of itself or of talks offered
        ("وأبدت واشنطن انفتاحها على محادثات مع طهران.", "usa"),
        ("وتحدثت الصحيفة عن انفتاح ترامب على مقترحات نظيره الفرنسي.", "usa"),
        ("وقال رئيس الوزراء الكندي إن بلاده منفتحة على عقد لقاء مع الرئيس الروسي.", "russia"),
        ("وأكدت مصادر دبلوماسية أن الصين منفتحة على تمديد المهلة.", "china"),
        # the members of the subject after بين support, they are not supported
        ("وأيدت دول من بينها الصين والهند الاقتراح الأوروبي.", "china"),
        ("وأيدت دول عدة بينها ألمانيا وفرنسا المبادرة البلجيكية.", "germany"),
        ("وأيدت دول عدة بينها ألمانيا وفرنسا المبادرة البلجيكية.", "france"),
    ],
)
def test_a_posture_or_a_supporter_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # praise of another's openness stays praise
        ("أشاد الوزير الفرنسي بانفتاح الصين على الاستثمار الأجنبي.", "china"),
        # the owner of the object after the subject stays the one supported
        ("ورحبت دول عربية بينها مصر بقرار الحكومة البريطانية.", "uk"),
        ("رحبت إسرائيل بقرار الولايات المتحدة الأخير.", "usa"),
    ],
)
def test_praise_of_another_stays(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"

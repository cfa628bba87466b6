"""A good quality noun after ب or ل written onto it (rule 'nearest actor before, outside
prepositional phrases'): a success wished for (تمنياته ... بالنجاح), needed (عنصرين حيويين للنجاح)
or hoped for, or the success of the noun after it (الآمال بنجاح مفاوضات), praises no actor named
before it. A bare manner (تصرفت ... بحكمة) and the object of a verb of having or lacking
(تتمتع بالمرونة، يفتقر للمصداقية) keep the subject as their doer. Sentences are written for these
tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a success wished to another: the one who wishes is not praised
        (
            'وقدم الرئيس الفرنسي الاثنين تمنياته لتونس وشعبها "بالنجاح في الانتقال الديمقراطي".',
            "france",
        ),
        # a success the policy lacks, named as something needed
        ("وقالت الدراسة إن سياسة واشنطن لا تتضمن شرطين ضروريين للنجاح في أفغانستان.", "usa"),
        # the success of the noun after it, only hoped for
        ("وقال الوزير إن الرسوم الأمريكية بددت الآمال بنجاح مفاوضات التجارة الحرة.", "usa"),
    ],
)
def test_success_in_a_phrase_praises_no_one_before_it(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # a bare manner keeps its doer
        ("وقال الخبير إن روسيا تصرفت بحكمة خلال الأزمة الأخيرة.", "russia", "favor"),
        # a verb of having or lacking takes the quality of its subject
        ("وقال المعهد إن الصين تتمتع بالمرونة في مواجهة تقلبات الأسواق.", "china", "favor"),
        ("وقالت المنظمة إن الهلال الأحمر التركي يفتقر للمصداقية لدى السكان.", "turkey", "against"),
        # a success noun outside a phrase is still the subject's
        ("وقال المحلل إن روسيا حققت نجاحا كبيرا في المفاوضات.", "russia", "favor"),
    ],
)
def test_manner_and_quality_verbs_keep_their_doer(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected

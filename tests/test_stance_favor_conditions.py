"""Favor precision on real news, third round. A good quality or a success granted only under a
condition (إذا، لو، في حال) or asked about in a direct question (هل ...؟) is said of no one;
support with the ل of purpose after a military deed (troops sent, an operation waged "to back" a
side) is support given by arms, a reported act; and the actor after من that follows a noun of
sponsoring is the one who gives the support, not the one who gets it (GUIDELINES: reported acts
such as aid sent are none; the target is the actor the evaluation is about). Sentences are
written for these tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a quality or a success under a condition is not said of the actor
        ("وقال الوزير إنه إذا كانت تركيا صادقة في وعودها بالتهدئة فعليها سحب قواتها.", "turkey"),
        ("ولو نجح الألمان في ذلك، سيصبحون أول منتخب يحتفظ باللقب منذ عقود.", "germany"),
        ("وأضاف المدرب أنه إذا نجحت فرنسا في الضغط مبكرا فستكون المباراة صعبة.", "france"),
        ("تطمح الصين إلى تحقيق إنجاز طبي كبير، في حال نجاحه، عبر زراعة أعضاء مطورة.", "china"),
    ],
)
def test_a_good_quality_under_a_condition_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # troops sent or an operation waged to back a side: support given by arms
        ("وأرسلت روسيا قوات خاصة إلى سوريا لدعم الحكومة السورية في معاركها.", "syria"),
        ("وبدأت موسكو عملية عسكرية واسعة لدعم الحكومة السورية في خريف ذلك العام.", "syria"),
        ("واستعاد الجيش مناطق واسعة منذ أن تدخلت إيران عسكريا لدعمه.", "iran"),
        # a militia as the subject of a verb of support that opens its clause
        ("وتدعم ميليشيا الحراس المحليين الجيش الفرنسي في مطاردته للمسلحين.", "france"),
    ],
)
def test_support_given_by_arms_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the actor after من gives the support
        ("وتمكنت القوات المحلية من استعادة المدينة بدعم من تحالف بقيادة الولايات المتحدة.", "usa"),
        ("وقال المسؤول إن المسلحين يتلقون دعما من دول مجاورة متحالفة مع إيران.", "iran"),
    ],
)
def test_the_giver_after_min_is_not_favored(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # no condition: the success and the praise stand
        ("ونجحت ألمانيا في تنظيم القمة رغم الظروف الصعبة.", "germany"),
        ("وبعد أن نجحت روسيا في احتواء الأزمة، أشاد بها المراقبون.", "russia"),
        # لو inside a name is no condition
        ("وأشاد وزير الخارجية الفرنسي جان إيف لو دريان بالدور الإيجابي لروسيا.", "russia"),
        # support declared for troops is a stated policy, not a deed narrated
        ("وأكد الوزير استعداد قوات بلاده لدعم السعودية في مواجهة أي تهديد.", "saudi"),
        # the one who gets the support is named before the noun
        ("ونالت بريطانيا دعما من الاتحاد الأوروبي في هذه القضية.", "uk"),
    ],
)
def test_unconditioned_praise_and_declared_or_received_support_stay_favor(
    sentence: str, target: str
) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("هل نجحت ألمانيا في إقناع شركائها عبر التهديد بالانسحاب؟", "germany"),
        ("ما هي فرص نجاح ماكرون في التوسط بين الطرفين؟", "france"),
    ],
)
def test_a_success_asked_about_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


def test_praise_before_a_question_in_another_clause_stays() -> None:
    assert stance("ونجحت ألمانيا في إقناع شركائها بخطتها، فما الذي تغير؟", "germany") == "favor"


def test_a_criticism_asked_about_keeps_its_reading() -> None:
    assert stance("لماذا انتقدت فرنسا روسيا؟", "russia") == "against"

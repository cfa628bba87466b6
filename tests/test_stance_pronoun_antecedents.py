"""Whom an attached pronoun names when the last actor before it is not its antecedent (issue 12).

A precision audit of the broad attachment rules on ANT rows found two common wrong shapes: a
verb right after a relative pronoun carries the relative's antecedent, not the last actor named
(``رجل الدين المقيم في الولايات المتحدة الذي تتهمه أنقرة``), and a pronoun after a group named
with its patron (``الجماعة الموالية لإيران ... بعد فشلها``) is the group, not the patron.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the relative's antecedent is a person or a thing, no actor: no one is judged
        (
            "وقال المتحدث إن المعارض المقيم في الولايات المتحدة الذي تتهمه أنقرة بتدبير "
            "الانقلاب يجب أن يسلم.",
            "usa",
            "none",
        ),
        ("ويقاتل الجيش الروسي إلى جانب الفصيل الذي تدعمه إيران في الجنوب.", "russia", "none"),
        ("وبحث الاجتماع مع المستثمرين الألمان الخطة التي انتقدها خبراء.", "germany", "none"),
        # stays: an actor right before the relative is what the pronoun names
        ("وقال الوزير إن الصين التي اتهمها بسرقة التكنولوجيا تواصل التوسع.", "china", "against"),
        # stays: a pronoun on a noun, not on a verb after a relative, keeps its owner
        ("وانتقد الوزير روسيا بسبب انتهاكاتها المتكررة للهدنة.", "russia", "against"),
    ],
)
def test_a_verb_after_a_relative_carries_its_antecedent(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the pronoun is the group a word of loyalty or backing describes, not its patron
        (
            "لجأت الجماعة المسلحة الموالية لإيران إلى أساليب جديدة بعد فشلها في تجنيد الشباب.",
            "iran",
            "none",
        ),
        (
            "وانتقد الوزير الفصائل المدعومة من روسيا بسبب انتهاكاتها المتكررة للهدنة.",
            "russia",
            "none",
        ),
        # stays: the patron named on its own owns the pronoun
        ("وانتقد الوزير روسيا بسبب انتهاكاتها المتكررة للهدنة.", "russia", "against"),
        (
            "وقال المندوب إن الموقف الأوروبي يعطي غطاء لإسرائيل لمواصلة جرائمها.",
            "israel",
            "against",
        ),
    ],
)
def test_a_patron_does_not_own_the_pronoun(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a noun of praise with its ب-object after it: the pronoun praises, it is not praised
        (
            "وقال المعارض إن الرئيس يضعف السياسة الخارجية الأمريكية بإشادته بإطلاق سراح الجنود.",
            "usa",
            "none",
        ),
        # stays: ب after a charge brings the charge, and the pronoun is the accused
        ("وردت موسكو بطرد دبلوماسيين إثر اتهامها بتسميم عميل سابق.", "russia", "against"),
    ],
)
def test_a_praising_pronoun_is_the_praiser(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

"""Quoted stances the engine missed on real news: verbs said as "we", the right to defend
oneself after يحق, the owner of a defended position, and a masculine pronoun that cannot
take up a feminine name (GUIDELINES: supported, praised, defended -> favor; a speaker's own
side defended -> none). Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor import row


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("وقال وزير الخارجية في المؤتمر: ندين إيران على هذا الهجوم.", "iran", "against"),
        ("وقال المتحدث باسم الحكومة: نحن ندعم فرنسا في حربها على الإرهاب.", "france", "favor"),
        ("وأضاف الوزير: ونثمن موقف روسيا من الأزمة اليمنية.", "russia", "favor"),
        ("وقال البيان: ننتقد الولايات المتحدة لانسحابها من الاتفاق.", "usa", "against"),
        ("وقال الوزير: نهنئ روسيا على نجاح البطولة.", "russia", "favor"),
        ("وقال المتحدث: نشكر السعودية على استضافة المؤتمر.", "saudi", "favor"),
    ],
)
def test_a_verb_said_as_we_takes_the_actor_after_it_as_its_object(
    sentence: str, target: str, stance: str
) -> None:
    assert row(sentence, target)[0] == stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the actor is far from the verb: no object of it
        ("وقال المدرب: ننتقد انتقال بعض اللاعبين إلى الأندية غير السعودية.", "saudi"),
        # ل before the word: a noun (the anthem), no verb of "we"
        ("وعزفت الفرقة لحنا جديدا للنشيد الوطني السوري في الحفل.", "syria"),
    ],
)
def test_no_object_of_we_far_from_the_verb_or_after_a_preposition(
    sentence: str, target: str
) -> None:
    assert row(sentence, target)[0] == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال وزير الخارجية البحريني إنه يحق لإسرائيل أن تدافع عن نفسها.",
        "وأكد الوزير الألماني أنه يحق لإسرائيل الدفاع عن نفسها.",
    ],
)
def test_the_right_to_defend_oneself_after_yahiqq_is_favor(sentence: str) -> None:
    assert row(sentence, "israel")[0] == "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال رئيس الوزراء الإسرائيلي إنه يحق لإسرائيل أن تدافع عن نفسها.",
        "وأكد رئيس الوزراء الإسرائيلي حق إسرائيل في الدفاع عن نفسها.",
    ],
)
def test_the_speakers_own_right_to_defend_itself_is_none(sentence: str) -> None:
    assert row(sentence, "israel")[0] == "none"


def test_the_owner_of_a_defended_role_is_defended() -> None:
    sentence = "دافع الرئيس السوري عن دور روسيا في بلاده خلال مقابلة تلفزيونية."
    assert row(sentence, "russia") == ("favor", "الرئيس السوري")


def test_a_defended_decision_of_ones_own_names_no_one() -> None:
    assert row("ودافع الرئيس الأمريكي عن قراره أمام الصحفيين.", "usa")[0] == "none"


def test_a_masculine_pronoun_does_not_take_up_a_feminine_name() -> None:
    sentence = (
        "وأشاد الوزير بالمواقف الأخوية للسعودية مع اليمنيين، لوضع حد للمشروع الفارسي في "
        "المنطقة وأطماعه التوسعية."
    )
    assert row(sentence, "saudi")[0] == "favor"


def test_success_of_a_person_is_no_favor_toward_the_country_he_visited() -> None:
    sentence = "وكانت رحلة المهندس إلى الولايات المتحدة بداية نجاحه في عالم التجارة."
    assert row(sentence, "usa")[0] == "none"

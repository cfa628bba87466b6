"""Favorable words about a thing that no actor is, or about a deed. Support given to a
currency, an economy or a market (``لدعم الليرة التركية``) is an economic measure, no stance
toward the state its adjective names; ``الشرعية`` as a noun (``تحالف دعم الشرعية``، ``قوات
الشرعية``) names a government or the UN's resolutions, and praises none of the actors near it;
a relative clause of support (``روسيا التي تدعم النظام السوري``) tells who its antecedent is by
a deed, and favors no one, nor does a verb favor an actor joined by و to its subject (``ويدعم
حزب الله وإيران``); ``صادق`` ("sincere") after a definite word or a name is a given name
(``صادق خان``) or the verb "ratified" (``صادق البرلمان على``). The readings that judge an actor
stay. Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # support of a currency or an economy: a measure reported
        ("وأعلن البنك المركزي حزمة إجراءات جديدة لدعم الليرة التركية بعد تراجعها الحاد.", "turkey"),
        ("وقالت الحكومة إن الخطة ستدعم الاقتصاد الروسي خلال العام المقبل.", "russia"),
        # legitimacy as a noun: the government a coalition fights for
        ("وأعلنت قيادة قوات تحالف دعم الشرعية التي تقودها السعودية اعتراض طائرة مسيرة.", "saudi"),
        # a relative clause that tells who its antecedent is by the support it gives
        ("وأجرى الرئيس الفرنسي اتصالا بنظيره الروسي الذي تدعم بلاده الحكومة السورية.", "syria"),
        ("وتعد موسكو وطهران الدولتين اللتين تدعمان دمشق في النزاع.", "syria"),
        # an actor joined by و to the verb's subject gives the support, no one gets it from it
        ("ويدعم حزب الله وإيران وروسيا الحكومة السورية منذ سنوات.", "iran"),
        ("وأشاد الوزير وروسيا بالاتفاق الذي وقع أمس.", "russia"),
        # a given name after a name, and the verb "ratified"
        ("والتقى عمدة لندن صادق خان وفدا من رجال الأعمال البريطانيين.", "uk"),
        ("وكان البرلمان الإيراني صادق الأسبوع الماضي على مشروع القانون.", "iran"),
    ],
)
def test_a_favorable_word_about_a_thing_favors_no_actor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # support declared for the state itself, or for a step, in a main clause
        ("وقال المسؤول إن إسرائيل تدعم القرار الأمريكي بالكامل.", "usa", "favor"),
        ("وأكد الوزير دعم بلاده الكامل لتركيا في مواجهة الأزمة.", "turkey", "favor"),
        # the adjective after the definite noun it describes, and its negation
        ("وأكدت موسكو أن قواتها موجودة بطلب من السلطات السورية الشرعية.", "syria", "favor"),
        (
            "وانتقد التقرير المستوطنات غير الشرعية التي تبنيها إسرائيل في الضفة الغربية.",
            "israel",
            "against",
        ),
        # the adjective after the indefinite noun it describes
        ("وقالت الوزيرة إن الصين شريك صادق في جهود السلام.", "china", "favor"),
    ],
)
def test_the_readings_that_judge_an_actor_stay(sentence: str, target: str, expected: str) -> None:
    assert stance(sentence, target) == expected

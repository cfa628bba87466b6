"""An interference that is the subject of an investigation or a case judges no one (issue 12).

Of 74 against rows of a 4,000-article ANT sample whose only evidence was ``تدخل``, the largest
wrong group named an inquiry's subject (``التحقيق الجاري حول التدخل الروسي``، ``المدعي الخاص
الذي يحقق في احتمال حدوث تدخل``، ``في قضية التدخل``): whether the interference took place is
what is investigated, and the report, like an alleged act, judges no one (the guidelines:
factual reporting of events is none). A speaker or the outlet who condemns or calls the
interference by its name still judges it (the cases after ``# stays``).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("وأعلن الوزير أن التحقيق الجاري حول تدخل روسيا في الانتخابات سينتهي قريبا.", "russia"),
        ("ويحقق مكتب التحقيقات في احتمال حدوث تدخل روسي في الاقتراع.", "russia"),
        ("ويحقق المدعي الخاص في تدخل روسيا في الانتخابات.", "russia"),
        ("واستدعي رجل الأعمال للشهادة في قضية التدخل الروسي في الانتخابات.", "russia"),
        (
            "وقال مسؤول في الكونغرس إن اللجنة ستنشر نتائج تحقيقاتها بشأن التدخل الإيراني "
            "في الانتخابات العراقية.",
            "iran",
        ),
        ("وطلب الرئيس من وزير العدل وقف التحقيق في مزاعم بشأن تدخل تركيا في الاستفتاء.", "turkey"),
    ],
)
def test_an_investigated_interference_judges_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: interference condemned, or called by its name as a fact
        ("ندد الوزراء العرب بالتدخل الإيراني في الشؤون الداخلية للدول العربية.", "iran"),
        ("وقال الوزير إن التدخل الإيراني في اليمن يهدد أمن المنطقة.", "iran"),
        ("وقالت الحكومة إن تدخل روسيا في الانتخابات ثابت ولا يحتاج إلى تحقيق.", "russia"),
    ],
)
def test_a_judged_interference_stays_against(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "against", row(sentence, target)["hits"]

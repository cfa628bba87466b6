"""A hostile adjective after a country's nationality adjective on a noun of a situation bound
to a place (``الصراع السوري الدموي``: the conflict in Syria) judges the situation, not the
state, and so does a relative clause that says what the situation is (``الأزمة السورية
التي تشكل تهديدا``); on a noun of a deed or conduct (``العدوان الروسي الوحشي``، ``السياسة الأمريكية
العدائية``) it still judges the state whose deed it is (``place_situations`` in
helpers/data/function_words.toml, read by helpers/stance_acts.py).

Sentences are written for these tests in the style of the news.
"""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # where the conflict happens, not what the state does
        ("وقال الوزير إن الصراع السوري الدموي دخل عامه السابع دون أفق للحل.", "syria", "none"),
        ("وقالت الخارجية إن النزاع الأوكراني الدموي أودى بحياة الآلاف.", "ukraine", "none"),
        (
            "وقال المبعوث إن الأزمة السورية التي تشكل تهديدا للمنطقة تحتاج إلى حل.",
            "syria",
            "none",
        ),
        # stays: a deed or conduct of the state, a thing of its own
        ("وقال إن الصواريخ الروسية التي تشكل تهديدا لأوروبا يجب أن تزال.", "russia", "against"),
        ("وأدان البيان العدوان الروسي الوحشي على المدن الأوكرانية.", "russia", "against"),
        ("وندد الوزير بالتدخلات الإيرانية المزعزعة للاستقرار في المنطقة.", "iran", "against"),
        ("وقال المتحدث إن القمع الإيراني الوحشي للمتظاهرين مستمر.", "iran", "against"),
        ("وقال إن السياسة الأمريكية العدائية تجاه بلاده لن تنجح.", "usa", "against"),
    ],
)
def test_a_situation_named_by_its_place_is_no_deed_of_the_state(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected

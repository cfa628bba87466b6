"""Support told as a deed or held as a charge is no favor (GUIDELINES: reported acts, aid sent
and backing given, are none; an accusation is no praise). Armed support, support in a war, and
support named as the ground of involvement or punishment favor neither the one who gets it nor
the one who gives it; support a speaker declares stays favor. Sentences are written for these
tests in the style of the news."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def stance(sentence: str, target: str) -> str:
    """The stance toward ``target`` in a one-sentence article; ``none`` without a row."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [sentence], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False)
    found = found[found["target"] == target]
    return "none" if found.empty else str(found.iloc[0]["stance"])


@pytest.mark.parametrize(
    "sentence",
    [
        # an armed body gives the support, before the verb or right after it
        "وتنتشر مجموعات مسلحة روسية في المنطقة تدعم الحكومة السورية.",
        "ويدعم الجيش الروسي في الوقت الراهن قوات الحكومة السورية.",
        "وفر آلاف السكان من المدينة، حيث تدعم القوات الجوية الروسية هجوم الحكومة السورية.",
        # the support is set in a war or given as military
        "وتدعم روسيا الحكومة السورية في الحرب الدائرة منذ سنوات.",
        "وتدعم موسكو عسكريا النظام السوري عبر آلاف المستشارين.",
        # support named as the ground of a punishment or as an involvement
        "ويريد النواب معاقبة الإيرانيين لدعمهم السوريين.",
        "وقطعت الحكومة علاقاتها مع طهران بسبب تورطها في دعم الحكومة السورية.",
    ],
)
def test_armed_or_punished_support_favors_no_one_who_gets_it(sentence: str) -> None:
    assert stance(sentence, "syria") == "none"


def test_support_charged_as_involvement_is_no_favor_toward_its_giver() -> None:
    sentence = "وقال المتحدث إن الهجوم يثبت تورط دعم النظام الإيراني بدعم الجماعة بالصواريخ."
    assert stance(sentence, "iran") != "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # an army as the object of declared support, after a subject
        ("وأشار الوزير إلى أن ألمانيا تدعم الجيش الفرنسي.", "france"),
        ("وتدعم فرنسا الجيش الأمريكي في مساعيه.", "usa"),
        # a war that is the support's aim, not its setting
        ("وأشار الوزير إلى أن السعودية والإمارات تدعمان جهود الأمم المتحدة لإنهاء الحرب.", "un"),
    ],
)
def test_declared_support_stays_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"

"""Stirred anger judges its cause, in the view of the angry (helpers/stance_anger.py, issue 12).

Arabic news reports a reaction by the feeling that a deed stirs: ``أثار X غضب Y``. The cause X
is judged (against), the angry Y holds the view and is not judged. The cause is often the whole
clause before the verb, taken up by ``ما``، ``مما``، ``وهو ما``، ``الأمر الذي``، ``في خطوة``,
or a decision or statement owned by an actor and written before the verb.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, rows


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        # the clause before a resumptive word: its subject right after its verb
        (
            "وأعلنت الحكومة التركية تمديد حالة الطوارئ ثلاثة أشهر أخرى، ما أثار انتقادات "
            "واسعة من منظمات حقوقية.",
            "turkey",
            "منظمات حقوقية",
        ),
        (
            "فرضت الولايات المتحدة رسوما جديدة على واردات الصلب، مما أثار غضب شركائها في أوروبا.",
            "usa",
            None,
        ),
        # after a verb and an auxiliary, and the angry owner as the holder
        (
            "وكان الرئيس الأمريكي قد قرر خفض المساعدات، وهو ما أثار استياء الدول الأوروبية.",
            "usa",
            "الدول الأوروبية",
        ),
        (
            "أرسلت روسيا سفنا حربية إلى المنطقة، الأمر الذي أثار استنكار الدول الغربية.",
            "russia",
            "الدول الغربية",
        ),
        (
            "ونقلت الحكومة البريطانية مقر البعثة إلى العاصمة، في خطوة أثارت غضب السكان.",
            "uk",
            "السكان",
        ),
        # a decision or step owned by the actor, written before the verb
        (
            "وكان قرار الحكومة البريطانية خفض المساعدات قد أثار غضب المنظمات الإنسانية.",
            "uk",
            "المنظمات الإنسانية",
        ),
        (
            "وتواصلت الاحتجاجات بعد افتتاح القنصلية، الخطوة الأمريكية التي أثارت استياء السكان.",
            "usa",
            "السكان",
        ),
    ],
)
def test_the_cause_of_stirred_anger_is_judged_in_the_angry_view(
    sentence: str, target: str, holder: str | None
) -> None:
    found = row(sentence, target)
    assert (found["stance"], found["voice"]) == ("against", "quoted"), found
    if holder is not None:
        assert found["holder"] == holder


def test_anger_far_after_its_verb_is_still_the_angry_words() -> None:
    """``أثارت السياسة الإيرانية في المنطقة غضب جيرانها``: not the outlet's own voice."""
    found = row("وأثارت السياسة الإيرانية في المنطقة غضب جيرانها الخليجيين.", "iran")
    assert (found["stance"], found["voice"]) == ("against", "quoted")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: the angry party is not judged
        ("فرضت بريطانيا عقوبات جديدة على شركات النفط، ما أثار غضب روسيا.", "russia"),
        # stays: a victim in the first words is no subject of a deed
        ("ارتفع عدد القتلى السوريين في القصف إلى ثلاثين، ما أثار استياء دوليا.", "syria"),
        # stays: a topic after a preposition opens the sentence, not a verb and its subject
        ("وفي الملف الإيراني تتباين مواقف العواصم الأوروبية، وهو ما يثير غضب المحافظين.", "iran"),
        # stays: a victim's owner is no cause (only measures and conduct are owned so)
        ("ومقتل الصحفي السعودي في القنصلية أثار غضبا واسعا.", "saudi"),
    ],
)
def test_the_angry_and_the_victims_are_not_judged(sentence: str, target: str) -> None:
    assert rows(sentence).loc[target, "stance"] == "none"

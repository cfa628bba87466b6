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
        # no owner after the noun: the group it is located in holds the view
        (
            "وفرضت الصين رسوما على السلع الأمريكية، مما أثار استياء واسعا لدى المستثمرين.",
            "china",
            "المستثمرين",
        ),
        (
            "وكان الرئيس الأمريكي قد أعلن نقل السفارة، ما أثار غضبا في العالم العربي والإسلامي.",
            "usa",
            "العالم العربي والإسلامي",
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
    _quoted_against(sentence, target, holder)


def _quoted_against(sentence: str, target: str, holder: str | None) -> None:
    """The row of ``target`` is against, in a quoted voice, held by ``holder`` when given."""
    found = row(sentence, target)
    assert (found["stance"], found["voice"]) == ("against", "quoted"), found
    if holder is not None:
        assert found["holder"] == holder


def test_anger_far_after_its_verb_is_still_the_angry_words() -> None:
    """``أثارت السياسة الإيرانية في المنطقة غضب جيرانها``: not the outlet's own voice."""
    found = row("وأثارت السياسة الإيرانية في المنطقة غضب جيرانها الخليجيين.", "iran")
    assert (found["stance"], found["voice"]) == ("against", "quoted")


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        # anger at a deed with its doer, said to be felt (helpers/stance_owner_chains.py)
        ("وأعربت الحكومة المصرية عن غضبها من القرار الأمريكي.", "usa", "الحكومة المصرية"),
        ("ويشعر المستثمرون بالغضب من الرسوم التي فرضتها الصين.", "china", "المستثمرون"),
        # a feeling with its owner's pronoun is the owner's, never the outlet's
        ("وخرج المتظاهرون للتعبير عن غضبهم من القرار الأمريكي.", "usa", None),
        ("وأبدت العواصم الأوروبية انزعاجها من الخطوة الأمريكية.", "usa", None),
    ],
)
def test_anger_at_a_deed_is_the_feelers_view(
    sentence: str, target: str, holder: str | None
) -> None:
    _quoted_against(sentence, target, holder)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: the angry party is not judged
        ("فرضت بريطانيا عقوبات جديدة على شركات النفط، ما أثار غضب روسيا.", "russia"),
        # stays: a victim in the first words is no subject of a deed
        ("ارتفع عدد القتلى السوريين في القصف إلى ثلاثين، ما أثار استياء دوليا.", "syria"),
        # stays: people of a nationality are no organ of the state (often the victims)
        ("وأصيب مدنيون سوريون في القصف، مما أثار استياء دوليا.", "syria"),
        # stays: a topic after a preposition opens the sentence, not a verb and its subject
        ("وفي الملف الإيراني تتباين مواقف العواصم الأوروبية، وهو ما يثير غضب المحافظين.", "iran"),
        # stays: a victim's owner is no cause (only measures and conduct are owned so)
        ("ومقتل الصحفي السعودي في القنصلية أثار غضبا واسعا.", "saudi"),
    ],
)
def test_the_angry_and_the_victims_are_not_judged(sentence: str, target: str) -> None:
    assert rows(sentence).loc[target, "stance"] == "none"

"""Whose an act or a support is when the nearest actor is not its owner (issue 12).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one direction of one rule; the cases after ``# stays`` guard
what the rule must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the pronoun on a noun of a part in an act (دورها في) owns the act, not the subject
        (
            "وتسعى الولايات المتحدة ودول أوروبية إلى معاقبة موسكو على دورها في تسميم بتروف.",
            "usa",
            "none",
        ),
        (
            "وتسعى الولايات المتحدة ودول أوروبية إلى معاقبة موسكو على دورها في تسميم بتروف.",
            "russia",
            "against",
        ),
        # هم: people the arrest names, no actor; not the authorities that arrested them
        (
            "وأوقفت السلطات الروسية ستة أشخاص يشتبه في انتمائهم إلى جماعة متطرفة، وتخطيطهم لشن"
            " اعتداءات في العاصمة.",
            "russia",
            "none",
        ),
        # ها on a person an indefinite adjective describes: the woman, not her state
        ("وحكم على طالبة فرنسية بالسجن بعد تخطيطها لتنفيذ اعتداء في المدينة.", "france", "none"),
        # stays: بدورها is "in its turn", no part in an act
        ("وتدين فرنسا بدورها العدوان على المدنيين.", "france", "none"),
    ],
)
def test_an_act_after_a_pronouns_part_in_it_is_the_pronouns(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # what is needed or sought is the owner's to give: no praise of the owner
        ("وتحتاج الهند لدعم الاتحاد الأوروبي في مفاوضاتها التجارية مع واشنطن.", "eu", "none"),
        ("وتسعى كندا للحصول على دعم الاتحاد الأوروبي في نزاعها التجاري.", "eu", "none"),
        ("وسيتوجه الوزير إلى بكين لطلب دعم الصين في ملف الديون.", "china", "none"),
        # stays: to support an actor is to favour it (a verb of aiming is no need)
        ("وتسعى الحكومة لدعم أوكرانيا في مواجهة الأزمة.", "ukraine", "favor"),
        ("أعلن الوزير دعم الاتحاد الأوروبي في مفاوضاته.", "eu", "favor"),
    ],
)
def test_a_sought_support_is_given_by_its_owner(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # أي ("that is") before a definite word names a topic, no deed of the actor before
        ("وقال الكاتب إن أوباما تناقض في أهم قضية تشغل العالم أي الإرهاب.", "usa", "none"),
        # stays: أي ("any") after a negated verb keeps its subject
        ("ولم تحقق روسيا أي نجاح في المفاوضات.", "russia", "against"),
        # a victory named by its defeated marks an event; the one who marks it did not win it
        ("وحضر بوتين العرض العسكري في ذكرى الانتصار على ألمانيا النازية.", "russia", "none"),
        # stays: a victory an actor wins
        ("وحققت القوات الأوكرانية انتصارات متتالية.", "ukraine", "favor"),
    ],
)
def test_a_topic_or_a_known_victory_has_no_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # an act the text calls alleged is a charge it reports, not one it makes
        ("ويحقق المدعي الخاص في تدخل روسيا المزعوم في الانتخابات.", "russia", "none"),
        ("وتسعى دول أوروبية إلى معاقبة موسكو على دورها المزعوم في تسميم بتروف.", "russia", "none"),
        ("وتطرق اللقاء إلى التدخل العسكري الروسي المزعوم في الانتخابات.", "russia", "none"),
        # stays: without the word, the outlet's word choice judges (an investigation's
        # subject judges no one: tests/test_stance_investigated.py)
        ("وتطرق اللقاء إلى تدخل روسيا في الانتخابات.", "russia", "against"),
        # تدخل before حيز is the verb "enters": a measure takes effect
        (
            "ويعتزم الاتحاد الأوروبي الرد قبل أن تدخل دفعة أولى من الرسوم الأمريكية حيز التنفيذ.",
            "eu",
            "none",
        ),
        (
            "وتدرس الولايات المتحدة فرض رسوم على بضائع صينية، يمكن أن تدخل حيز التنفيذ قريبا.",
            "usa",
            "none",
        ),
        # stays: an intervention is one
        ("وانتقد الوزير تدخل إيران في شؤون المنطقة.", "iran", "against"),
        # a warning called مسبق is notice given ahead, no threat to the one told
        ("وتمكنت القوات من نقل معداتها بعد التحذير المسبق من الغرب لروسيا.", "russia", "none"),
        # stays: a warning to an actor
        ("وجه الوزير تحذيرا شديدا لروسيا من مغبة التصعيد.", "russia", "against"),
        # what a question after a verb of asking asks (سئل إن كان) is not said
        ("وسئل الوزير إن كان اللوم يقع على عاتق روسيا في الأزمة.", "russia", "none"),
    ],
)
def test_an_alleged_act_a_measure_taking_effect_or_a_notice_judges_no_one(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

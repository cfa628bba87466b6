"""An intervention in a war, by a coalition, named to date another event, told as a report or a
possibility, or named as the topic of a statement judges no one (issue 12).

Of the against rows of all ANT articles outside the development set whose only evidence was
``تدخل``, the largest wrong groups were military interventions told as background: a date
(``منذ التدخل السعودي``، ``منذ بدء تدخله في سوريا``، ``بعد تدخل السلطات``), an intervention at
the head of a coalition (``تدخلت السعودية على رأس تحالف عسكري``), and one in a war that turned
its course (``وقلب التدخل الصيني في الحرب موازين القوى``); then interference told as a report,
a suspicion or a possibility (``وسط تقارير عن تدخل موسكو``، ``إمكانية تدخل أمريكا``) and named as
what a statement or a hearing was about (``تراجع عن تصريحاته بشأن التدخل الروسي``). The
guidelines call reported acts and reported statements none, like a strike or a visit.
Interference condemned, stopped or opposed, charged by an accuser, a speaker's word in
quotation marks, and the plural ``تدخلات`` (meddling) still judge (the cases after
``# stays``).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a date: the intervention is the event another is counted from
        ("وارتفع عدد قتلى الجيش الروسي منذ بدء تدخله في سوريا إلى تسعين.", "russia"),
        ("وأودى النزاع منذ التدخل السعودي بحياة آلاف المدنيين.", "saudi"),
        ("وأفرج عن الصحفي بعد تدخل السلطات الفرنسية.", "france"),
        ("وكان ذلك قبل التدخل التركي في الشمال بأشهر.", "turkey"),
        ("وقتل القائد أواخر عام 2015 وهو عام التدخل الروسي.", "russia"),
        # at the head of a coalition, or a coalition's
        ("وتدخلت السعودية على رأس تحالف عسكري عام 2015 لدعم الحكومة.", "saudi"),
        ("وبدأ تدخل التحالف الذي تقوده السعودية في اليمن قبل ثلاثة أعوام.", "saudi"),
        # in a war, or turning its balance of forces
        ("وتستفيد القوات الحكومية من تقدمها منذ تدخل روسيا في الحرب.", "russia"),
        ("ويصوت المجلس اليوم بشأن التدخل الأمريكي في الحرب الدائرة هناك.", "usa"),
        ("وقلب التدخل الروسي ميزان القوى لصالح الجيش.", "russia"),
        # needed, asked for, or the verb "will enter" (ستتدخل would intervene)
        ("وقال الرئيس إن الأزمة قد تتحول إلى صراع يتطلب تدخل الولايات المتحدة.", "usa"),
        ("وأعلن المتحدث أن الصين ستدخل إصلاحات على نظام الجمارك قريبا.", "china"),
    ],
)
def test_a_war_intervention_told_as_background_judges_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: a speaker's word for it, criticism, a demand to stop, a cause for a measure
        ('وقالت الحكومة إنها اتخذت إجراءات بعد "تدخل" دبلوماسيين روس في شؤونها.', "russia"),
        ("وانتقدت دول أوروبية تدخل السعودية في الحرب الأهلية في اليمن.", "saudi"),
        ("وطالب الوزير بأن تتوقف إيران عن التدخل في الحرب في اليمن.", "iran"),
        ("ودعت المنظمة إلى مقاطعة البطولة بسبب تدخل روسيا في الحرب السورية.", "russia"),
        # stays: the plural is meddling, and interference in affairs is judged
        ("وقال الوزير إن تدخلات إيران في نزاعات المنطقة تهدد أمنها.", "iran"),
        ("وقال الوزير إن التدخل الإيراني في الشؤون الداخلية للدول مرفوض.", "iran"),
    ],
)
def test_a_judged_intervention_stays_against(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "against", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a report, a suspicion or a possibility
        ("وتدهورت العلاقات بين البلدين وسط تقارير عن تدخل موسكو في الانتخابات.", "russia"),
        ("وأشارت تقارير عدة تفيد بتدخل روسيا في الاستفتاء.", "russia"),
        ("وأعلن الجهاز الاشتباه في حدوث تدخل روسي في الاقتراع.", "russia"),
        ("وترك الوزير الباب مفتوحا أمام إمكانية تدخل الولايات المتحدة في القضية.", "usa"),
        ("وتدور خلافات بين البلدين بشأن ما يتردد عن تدخل روسيا في الانتخابات.", "russia"),
        # the topic of a statement, a testimony, a hearing or a question
        ("وتراجع الرئيس عن تصريحاته السابقة بشأن التدخل الروسي في الانتخابات.", "russia"),
        ("ومثلت المستشارة أمام اللجنة في جلسة استماع حول تدخل روسيا في الانتخابات.", "russia"),
        ("ووجهت إليه تهمة الإدلاء بشهادة كاذبة حول التدخل الروسي.", "russia"),
    ],
)
def test_a_reported_or_discussed_intervention_judges_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: a charge with its accuser, meddling in affairs spoken of, a speaker's word
        ("واتهم الوزير روسيا بالتدخل في الانتخابات.", "russia"),
        ("وأكد الوزير في تصريحاته حول التدخل الإيراني في الشؤون العربية أنه مرفوض.", "iran"),
        ('وانتقد النائب تصريحات الوزير حول "تدخل" تركيا في الشأن الداخلي.', "turkey"),
    ],
)
def test_a_charged_intervention_stays_against(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "against", row(sentence, target)["hits"]

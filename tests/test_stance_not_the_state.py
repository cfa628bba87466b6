"""Stances given to a state that are about something else (issue 12, precision on real news): a
club, a league or a person named with the state's adjective, a court's conviction, a leader
on a body of his own state.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what each rule must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a club named with its country's adjective: its defeats are sport
        (
            "وحل فالنسيا ثانيا في مجموعته لكنه تفوق على فريقي لوكوموتيف موسكو الروسي وأستانا "
            "الكازاخي علما بأن هزيمته أمام لوكوموتيف 0 - 4 كانت الهزيمة الوحيدة له.",
            "russia",
            "none",
        ),
        # a person named with the adjective (after ل, after a verb, in apposition)
        ("وتراجعت الانتقادات الموجهة للفرنسي ماتيو لوران مدرب النادي بعد الفوز.", "france", "none"),
        ("ونجح الفرنسي ماتيو لوران في تسجيل هدف الفوز لفريقه.", "france", "none"),
        # a national league or a football federation is sport, no act of the state
        ("وحقق الدوري الفرنسي الممتاز نجاحا كبيرا في عائدات البث هذا الموسم.", "france", "none"),
        ("وانتقدت الصحافة الإسبانية الاتحاد الروسي لكرة القدم بسبب سوء التنظيم.", "russia", "none"),
        ("وحققت بطولة فرنسا المفتوحة نجاحا جماهيريا كبيرا هذا العام.", "france", "none"),
        # stays: an office and a name after it is the state's speaker
        ("وقال الرئيس الفرنسي إيمانويل ماكرون إن الهجوم الروسي جريمة.", "russia", "against"),
        # stays: an indefinite adjective after an indefinite noun (its own letters look like ال)
        ("وحذر المعارضون من تدخل ألماني فاشل في الأزمة.", "germany", "against"),
        # stays: the adjective after a noun with a pronoun is the state's
        ("وانتقد الوزير نظيره الروسي واتهمه بتضليل الرأي العام.", "russia", "against"),
    ],
)
def test_a_name_with_a_states_adjective_is_no_state(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a conviction for a charge is a court's act, no condemnation of the state
        (
            "وقضت محكمة في موسكو بسجن الناشط الروسي المعارض بعد إدانته بتهمة الاحتيال.",
            "russia",
            "none",
        ),
        ("ومنع منافس بوتين الأبرز من الترشح لإدانته في قضية فساد.", "russia", "none"),
        # stays: a condemnation takes its object with ل, or an adverb of manner
        ("وجددت الخارجية الفرنسية إدانتها لروسيا بسبب ضم القرم.", "russia", "against"),
        ("وأدانت تركيا بشدة الغارات الإسرائيلية على قطاع غزة.", "israel", "against"),
    ],
)
def test_a_conviction_is_no_condemnation(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a leader on a body of his own state, named with its adjective: home politics
        (
            "واتهم الرئيس التركي رجب طيب أردوغان البنك المركزي التركي بالتقاعس عن خفض الفائدة.",
            "turkey",
            "none",
        ),
        # the president named by his title
        (
            "وانتقد الرئيس الأميركي مدير مكتب التحقيقات الفيدرالي الأميركي السابق"
            " متهما إياه بالكذب.",
            "usa",
            "none",
        ),
        # stays: the same leader on another state
        (
            "واتهم الرئيس التركي رجب طيب أردوغان الحكومة الأميركية بدعم الإرهاب.",
            "usa",
            "against",
        ),
    ],
)
def test_a_leader_on_his_own_states_body_is_no_stance(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # an adjective that is a given name, before a family name, names a person
        (
            "وكان وزير الخارجية السعودي، عادل الجبير، قد التقى نظيره الأمريكي في نيويورك.",
            "saudi",
            "none",
        ),
        ("والتقى ولي العهد وزير الخارجية السعودى عادل الجبير في الرياض.", "saudi", "none"),
        # stays: the adjective of a quality, also before a relative pronoun
        ("وانتقد البيت الأبيض الممارسات غير العادلة التي تتبعها الصين.", "china", "against"),
        ("وأشاد الوزير بالموقف السعودي العادل والحكيم.", "saudi", "favor"),
    ],
)
def test_a_given_name_is_no_quality(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a match report: the country is its team
        (
            "واستقبلت روسيا، التي تطمح لبلوغ الدور الثاني، ثمانية أهداف في آخر ثلاث مباريات، "
            "وفشلت في الفوز في خمس مباريات متتالية.",
            "russia",
            "none",
        ),
        (
            "وسجل المهاجم هدفين في مرمى الضيوف، لتتقدم فرنسا رغم أدائها السيئ في الشوط الأول.",
            "france",
            "none",
        ),
        # stays: a tournament's name alone is no match report (a boycott, a bid)
        (
            "وتدرس بريطانيا مقاطعة كأس العالم في روسيا، وتتهم موسكو بالوقوف وراء الهجوم.",
            "russia",
            "against",
        ),
    ],
)
def test_a_country_in_a_match_report_is_its_team(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # ثنى ... عن dissuades: no praise
        (
            "واتفق الجانبان على اتفاق جانبي يثني سول عن خفض عملتها مقابل امتيازات للشركات"
            " الأميركية.",
            "usa",
            "none",
        ),
        # stays: praise takes على
        ("وأثنى الرئيس على جهود فرنسا في الوساطة.", "france", "favor"),
    ],
)
def test_dissuading_is_no_praise(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

"""Against rows read on real news that judge no one (issue 12): general shapes.

A random 100 against rows of a 4,000-article ANT sample, read against the guidelines, were 75
right, 5 borderline and 20 wrong; the wrong ones grouped as follows, and these tests pin the
general facts built from them:

- a charge reported by a speaker of the accused side (``ونفى الكرملين ادعاءات ... بتدخل
  روسيا``، ``اعتبر مندوب إيران أن الاتهامات السعودية لإيران لا أساس لها``) is that side's
  denial, no stance against it (self-defence against an accusation is none);
- a military intervention (``تدخلت فرنسا عسكريا في مالي``، ``بدء روسيا تدخلها العسكري``) or one
  called for (``داعيا مجلس الأمن للتدخل``) is a reported act or a request, like a strike, which
  the guidelines call none; interference in another's affairs still judges;
- ``السعودية`` right after the definite feminine noun that follows a clause's verb
  (``واستهجنت الخارجية السعودية``) is that noun's nisba adjective: the Saudi ministry is the
  verb's subject, never its object;
- the one accused in a later clause (``...، متهمة إياها بالتدخل``، ``ووصفت الرئيس بالـ"ديكتاتور"``)
  does what it is accused of, not the sentence's earlier subject (as the one warned does);
- a plural nisba after an act done to its owner (``تهجير سوريين``) names the people it hits,
  never the act's doer;
- ``كل من`` after a verb of demanding (nominative) opens its subject, ``كلا من`` its object;
- ``لاحق`` (later) is a word of its own, not the preposition ل.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the accused side denies or dismisses the charge
        ("ونفى الكرملين ادعاءات الولايات المتحدة وحلفائها بتدخل روسيا في انتخاباتها.", "russia"),
        (
            'وقالت المتحدثة باسم الخارجية الروسية إن المزاعم بتورط روسيا في التسميم "هراء".',
            "russia",
        ),
        (
            "وقال وزير الخارجية الإيراني إن الاتهامات الأمريكية لإيران بدعم المتمردين "
            '"لا أساس لها".',
            "iran",
        ),
        # a state charging its own former official: a court matter, no stance toward the state
        ("وقالت الشرطة إن إسرائيل وجهت اتهاما للوزير الإسرائيلي السابق بالتجسس.", "israel"),
    ],
)
def test_a_charge_told_by_its_own_side_judges_no_one(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # stays: the accuser of another side judges it
        ("وقال الوزير البريطاني إن اتهامات لندن لروسيا بالتسميم ثابتة.", "russia", "against"),
        # stays: an opposition of the state's own nationality accuses its government
        (
            "واتهمت المعارضة الإيرانية النظام الإيراني بالتخطيط لتفجير مؤتمرها في باريس.",
            "iran",
            "against",
        ),
    ],
)
def test_a_charge_told_by_another_side_stays(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("وكانت فرنسا قد تدخلت عسكريا في مالي قبل خمس سنوات لمساعدة الحكومة هناك.", "france"),
        ("وتقدمت القوات الحكومية منذ بدء روسيا تدخلها العسكري في سوريا قبل ثلاث سنوات.", "russia"),
        ("وشهدت البلاد هدوءا نسبيا بعد تدخل قوات فرنسية في الشمال.", "france"),
        # called for or backed: a request, not a judgement of the one asked
        ("وطالب المندوب الكويتي بموقف موحد، داعيا مجلس الأمن للتدخل لوقف الهجمات.", "un"),
        ("واستبعدت زعيمة المعارضة دعم أي تدخل ألماني في النزاع.", "germany"),
    ],
)
def test_a_military_or_requested_intervention_is_an_act(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # stays: interference in another's affairs judges, military or not
        ("وندد الوزراء بالتدخل العسكري الإيراني في الشؤون الداخلية للدول العربية.", "iran"),
        # stays: a criticised intervention is judged
        ("وكتب الصحفي مقالات ينتقد فيها التدخل العسكري الذي تقوده السعودية في اليمن.", "saudi"),
        # stays: the military word of an intervention's object is not the intervention's
        ("وقالت بكين إن واشنطن لا تملك الحق في التدخل بتعاونها العسكري مع موسكو.", "usa"),
    ],
)
def test_a_judged_intervention_stays(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "against", row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        ("واستهجنت الخارجية السعودية مطالبة الحكومة الكندية بالإفراج عنهم.", "saudi", "none"),
        ("واحتجت الخارجية السعودية بشدة على تصريحات السفارة الكندية.", "saudi", "none"),
        ("وشكرت الناشطة السعودية، المقيمة في المنفى، الحكومة الكندية على موقفها.", "saudi", "none"),
        # stays: a masculine plural before it takes no feminine adjective: السعودية is the object
        ("اتهم الحوثيون السعودية بقصف الأحياء السكنية في صعدة.", "saudi", "against"),
        # stays: after another actor's name السعودية is the object
        ("وحثت الولايات المتحدة السعودية على وقف الحرب في اليمن.", "saudi", "against"),
        # stays: the demand's addressee after the subject
        ('وحثت المنظمة السلطات السعودية على "وقف الاحتجاز التعسفي".', "saudi", "against"),
    ],
)
def test_saudi_as_the_subjects_adjective(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the one accused in a later clause does what it is accused of, not the earlier subject
        (
            "ندد الوزراء العرب في اجتماعهم بالقرار الأخير، فيما شنت الرياض هجوما على طهران، "
            "متهمة إياها بالتدخل في الشؤون العربية.",
            "saudi",
        ),
        (
            'وكانت واشنطن، التي انتقدت حكومة "فاسدة" هناك ووصفت الرئيس بالـ"ديكتاتور"، قد فرضت '
            "عقوبات على مسؤولين.",
            "usa",
        ),
    ],
)
def test_the_accuser_does_not_do_the_charge(sentence: str, target: str) -> None:
    assert stance_of(sentence, target) == "none", row(sentence, target)["hits"]


def test_the_accused_after_the_participle_stays() -> None:
    sentence = "وقالت الرياض إن الصاروخ أطلق من اليمن، متهمة إيران بتزويد المتمردين بالسلاح."
    assert stance_of(sentence, "iran") == "against", row(sentence, "iran")["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a plural nisba after an act done to its owner names the people it hits
        (
            "وكشف التقرير عن دور القائد الميداني في عملية تهجير سوريين من بلداتهم خلال العام "
            "الماضي.",
            "syria",
            "none",
        ),
        # stays: a singular nisba after the act is its doer's adjective
        ("وحذر الوزير من غزو روسي جديد لأراضي جيرانه.", "russia", "against"),
    ],
)
def test_people_after_an_act_suffer_it(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


def test_later_is_no_preposition_and_a_subject() -> None:
    """``لاحق`` (later) is a word of its own, not ل + احق: read so, it stood before the verb as
    its subject, and the speaker's own nationality after the verb became the accused."""
    sentence = "وفي وقت لاحق اتهم وزير الخارجية الألماني هايكو ماس، روسيا بعرقلة عمل المفتشين."
    assert stance_of(sentence, "germany") == "none", row(sentence, "germany")["hits"]
    assert row(sentence, "russia")["holder"] == "وزير الخارجية الألماني هايكو ماس"


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # كل من (nominative) after a verb of demanding opens its subject: no one is addressed
        (
            "وطالبت كل من المملكة المتحدة وألمانيا وفرنسا وهولندا بوقف فوري للغارات على الأحياء "
            "السكنية.",
            "france",
            "none",
        ),
        # stays: كلا من (accusative) opens the addressees
        (
            "وطالبت المنظمة كلا من بريطانيا وفرنسا بوقف بيع الأسلحة إلى أطراف النزاع.",
            "france",
            "against",
        ),
    ],
)
def test_each_of_after_a_demand(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

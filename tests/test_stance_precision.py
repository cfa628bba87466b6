"""Wrong stances in the right voice (issue 12): who wages, owns, suffers or only names an act.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one direction of one rule; the cases after ``# stays`` guard
what the rule must not change.
"""

from __future__ import annotations

import pytest

from helpers.actors import mentions_in
from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a war or campaign on something: its target is fought, not done by the one who wages it
        ("قادت الولايات المتحدة ما سمي بالحرب على الإرهاب في أفغانستان.", "usa", "none"),
        ("وتقود الولايات المتحدة الحرب على الإرهاب منذ سنوات.", "usa", "none"),
        ("تخوض فرنسا الحرب الطويلة على الإرهاب في الساحل.", "france", "none"),
        # stays: a doer named with the fought word keeps it
        ("تخوض الولايات المتحدة حربا على الإرهاب الذي ترعاه إيران.", "iran", "against"),
        # stays: على after a war is its victim when it names an actor
        ("أدان الوزير الحرب على سوريا.", "syria", "none"),
    ],
)
def test_a_war_on_a_hostile_thing_fights_it(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # what is asked, investigated or unsure (an embedded question) is not said
        ("وسئل السفير عما إذا كان الهجوم عملا عدائيا من قبل الحكومة الروسية.", "russia", "none"),
        ("ويحقق الادعاء في ما إذا كانت الشركة الصينية انتهكت القانون.", "china", "none"),
        ("ولم يتضح بعد ما إذا كانت المقترحات الألمانية مقبولة لدى الشركاء.", "germany", "none"),
        # stays: a condition is no question (a warning's premise), nor is the answer
        (
            "وقال الوزير إن الرد سيكون حاسما إذا ما واصلت إسرائيل عدوانها على غزة.",
            "israel",
            "against",
        ),
        ("وسئل الوزير عن ذلك فانتقد الموقف الأمريكي العدائي.", "usa", "against"),
    ],
)
def test_an_embedded_question_says_nothing(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a deficit is a figure of a budget or a trade balance, not an inability
        ("وتسعى ألمانيا إلى تقليص العجز خلال العامين المقبلين.", "germany", "none"),
        ("خفضت الحكومة الفرنسية العجز إلى ثلاثة بالمئة.", "france", "none"),
        ("طالب الاتحاد الأوروبي روما بخفض العجز في موازنتها.", "eu", "none"),
        # stays: inability to do something judges the one unable
        ("وعجز الاتحاد الأوروبي عن الاتفاق على خطة للهجرة.", "eu", "against"),
    ],
)
def test_a_deficit_is_no_inability(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a hostile word inside a name (ما عرف بـ ...) is a label, not the deed of the actor before
        (
            "يستمع أعضاء البرلمان الأوروبي اليوم لرئيس الشركة الذي سيشرح الخلل في نظامها "
            'في ما عرف بـ"فضيحة ماكسويل".',
            "eu",
            "none",
        ),
        ("ناقش البرلمان الأوروبي، الثلاثاء، ما بات يعرف بفضيحة ووترغيت.", "eu", "none"),
        # a time since an event (بعد عام على ...) is a point in time, not a deed
        ("وأصدرت المفوضية الأوروبية قائمتها بعد عام على فضيحة تسريبات البنوك.", "eu", "none"),
        ('وجاء قرار الاتحاد الأوروبي بعد أشهر على فضيحة تسريبات "وثائق الجزيرة".', "eu", "none"),
        # stays: the actor's own scandal
        ("تورطت روسيا في فضيحة كبيرة.", "russia", "against"),
    ],
)
def test_names_and_times_of_acts_are_no_deeds(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # what constitutes a threat is the subject of تشكل, here an issue, not the actor before
        (
            "يجتمع قادة الاتحاد الأوروبي لبحث الهجرة وهي قضية تقسمهم وتشكل الآن تهديدا "
            "للحكومة الألمانية.",
            "eu",
            "none",
        ),
        # stays: the actor is the subject of تشكل
        ("قال الوزير إن روسيا تشكل تهديدا لأوروبا.", "russia", "against"),
        ("وقال إن الصين لا تزال تشكل تهديدا للمنطقة.", "china", "against"),
    ],
)
def test_what_constitutes_a_threat_is_its_subject(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


def test_a_business_person_names_no_state() -> None:
    sentence = "يرتبط المتهمان برجل أعمال روسي يدعى ستيبان كوزلوف، وهو متهم بإدارة شبكة إجرامية."
    assert stance_of(sentence, "russia") == "none", row(sentence, "russia")["hits"]
    # stays: a Russian official is the state's
    assert stance_of("وقال مسؤول روسي إن الغرب يمارس الابتزاز.", "russia") == "none"
    assert stance_of("وارتكب الجيش الروسي جرائم حرب.", "russia") == "against"


def test_a_place_after_a_given_name_is_a_family_name() -> None:
    text = (
        "لعب الممثل دينزل واشنطن دور محام. "  # a family name, not usa
        "وروى الكتاب قصة الشاب جيسي واشنطن. "  # likewise
        "وقال جون إن واشنطن ستنسحب. "  # a given name ends its phrase: usa
        "وزار الوزير موسكو"  # russia
    )
    assert [m.actor for m in mentions_in(text)] == ["usa", "russia"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # ثمن where no verb stands is a noun: the round of 16, a price
        ("ويلتقي المنتخب الإسباني في الدور ثمن النهائي منتخب روسيا صاحب الأرض.", "russia", "none"),
        ("وقال إن أوروبا ليست مستعدة لدفع ثمن تحديها لواشنطن.", "usa", "none"),
        ("وقال الوزير إن روسيا دفعت ثمنها غاليا في سوريا.", "russia", "none"),  # its price
        # stays: the verb opens its clause or follows a relative
        ("وثمنت الولايات المتحدة الدور الذي لعبته ألمانيا.", "germany", "favor"),
    ],
)
def test_a_price_is_no_praise(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


def test_a_warning_about_the_warners_own_side_judges_no_one() -> None:
    # the warner is the American envoy (a spelling of her name the gazetteer now lists)
    sentence = "وحذرت هايلي من أن الولايات المتحدة ستنسحب من المجلس."
    assert stance_of(sentence, "usa") == "none", row(sentence, "usa")["hits"]
    # stays: another actor's act warned of
    assert stance_of("وحذرت هايلي من أن إيران تواصل تطوير صواريخها.", "iran") == "against"


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a warning or threat to respond to an act is against the act's doer, never the warner
        ("حذرت الصين من أنها سترد على الرسوم التي فرضتها إدارة ترمب.", "usa", "against"),
        ("حذر الاتحاد الأوروبي من أنه سيرد على الرسوم الأمريكية.", "usa", "against"),
        ("هددت بكين بالرد على أي رسوم أمريكية جديدة.", "usa", "against"),
        ("حذر الاتحاد الأوروبي من أنه سيرد على الرسوم الأمريكية.", "eu", "none"),
        # stays: the warner's own act responded to is no stance against itself
        ("حذرت الولايات المتحدة إيران من الرد على الضربات الأمريكية.", "usa", "none"),
        # the threatened in a بأن-clause
        ("هدد الرئيس بأن بلاده ستفرض عقوبات على إيران.", "iran", "against"),
    ],
)
def test_retaliation_warned_of_judges_the_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # redress demanded: the one held to account or asked to release is the wrongdoer
        ("طالبت المنظمة بمحاسبة إسرائيل على قتل المتظاهرين.", "israel", "against"),
        ("يتعين على السلطات الإيرانية محاسبة المسؤولين عن القمع.", "iran", "against"),
        ("طالبت المنظمة طهران بالإفراج عن الصحفيين.", "iran", "against"),
        # the one whose release is demanded is for
        ("طالبت المنظمة طهران بالإفراج عن البحارة البريطانيين المحتجزين.", "uk", "favor"),
        # stays: the demander's own people
        ("طالبت لندن طهران بالإفراج عن المواطنين البريطانيين المحتجزين.", "uk", "none"),
        ("دعت الحكومة إلى الإفراج عن الجنود الأوكرانيين المعتقلين.", "ukraine", "favor"),
        # stays: a launch is no release (إطلاق without سراح)
        ("طالبت الحكومة بإطلاق مشروع مع إسرائيل.", "israel", "none"),
    ],
)
def test_redress_demanded(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # harm suffered because of an act is against the act's doer
        ("تضررت الشركات الأوروبية بسبب العقوبات الأمريكية على إيران.", "usa", "against"),
        ("وتتضرر ألمانيا أكثر من غيرها بسبب الرسوم التي فرضتها واشنطن.", "usa", "against"),
        # the harmed and the one the act is on are not judged
        ("وتتضرر ألمانيا أكثر من غيرها بسبب الرسوم التي فرضتها واشنطن.", "germany", "none"),
        ("تضررت الشركات الأوروبية بسبب العقوبات الأمريكية على إيران.", "iran", "none"),
    ],
)
def test_harm_caused_judges_its_doer(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a relative clause opening after a comma describes its antecedent, not an actor before
        (
            "قررت سلطات الاتحاد الأوروبي فتح تحقيق بشأن شركة البيانات، والتي تدور حولها "
            "شبهات بحيازة غير قانونية للمعلومات.",
            "eu",
            "none",
        ),
        # stays: the actor is the antecedent
        ("وتواصل روسيا، التي ترتكب جرائم في سوريا، تحدي المجتمع الدولي.", "russia", "against"),
        # a verb of following makes the act a point in time
        (
            "وكانت الخارجية الروسية استدعت السفير البريطاني، الثلاثاء، في إطار الأزمة التي "
            "تلت تسميم بتروف وابنته في بريطانيا.",
            "russia",
            "none",
        ),
        # what an investigation is into is not the investigator's deed
        (
            "فتح القضاء الفيدرالي الأميركي للمرة الأولى تحقيقا في اعتداءات جنسية ارتكبها "
            "موظفون في شركة خاصة.",
            "usa",
            "none",
        ),
        (
            "واستدعى القضاء الأمريكي المسؤولين بعد شهرين على نشر تقرير عن تجاوزات حصلت "
            "داخل الكنيسة.",
            "usa",
            "none",
        ),
        # a bloc adjective after a hostile noun names its doer
        ("بحث المبعوث الروسي في طهران التهديدات الغربية الأخيرة بضرب سوريا.", "russia", "none"),
        # illegal migrants are a term, no judgement of the actor before
        (
            "ستركز القمة التي يستضيفها الاتحاد الأوروبي على مصير السفن المحملة بالمهاجرين "
            "غير الشرعيين.",
            "eu",
            "none",
        ),
        # the subject right before a possessed word owns its pronoun, inside a phrase too
        (
            "رسمت المفوضية الأوروبية صورة قاتمة عن الاقتصاد في حال نفذ ترامب تهديده.",
            "eu",
            "none",
        ),
        (
            "رسمت المفوضية الأوروبية صورة قاتمة عن الاقتصاد في حال نفذ ترامب تهديده.",
            "usa",
            "against",
        ),
        # stays: و joins the word to the noun before, whose pronoun it carries
        (
            "أثبت الرئيس بنجاحه في تحقيق الاستقرار في ربوع روسيا وهيمنته شبه الكاملة على السياسة.",
            "russia",
            "none",
        ),
    ],
)
def test_fallbacks_pass_over_what_is_anothers(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # و and a verb written with hamza is no adjective "promising"
        ("ورفع الاتحاد الأوروبي شكوى إلى منظمة التجارة العالمية وأعد لائحة بالرسوم.", "eu", "none"),
        # stays: the adjective
        ("وقالت الحكومة إن مستقبل الاتحاد الأوروبي واعد.", "eu", "favor"),
        # misleading someone: the one misled suffers it
        ("وكانت الخطة تقوم على تضليل الولايات المتحدة بافتعال أزمة مع الجيران.", "usa", "none"),
        # an owner with a ل-object after it gives the support, it does not get it
        ("ويمثل دعم ترامب لأي تشديد لقوانين حيازة الأسلحة تغيرا في نهجه.", "usa", "none"),
        # stays: the owner with no object is the one supported
        ("وأكد الوزير دعم أوكرانيا.", "ukraine", "favor"),
        # one who stands in the face of an act meets it, it does not do it
        ("وأكد الوزير دعم أوكرانيا في وجه العدوان.", "ukraine", "favor"),
        # a pronoun after a bloc noun refers to that noun, not to the actor before it
        ("وحثت موسكو الدول الغربية على التفكير في عواقب تهديداتها بضرب سوريا.", "russia", "none"),
    ],
)
def test_senses_victims_and_antecedents(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # in the outlet's own narration, a word in a prepositional phrase after the actor is
        # what the actor suffers, meets or is put in, not the actor's deed
        ("وتعاني العاصمة لندن من ارتفاع معدلات الجريمة بشكل كبير.", "uk", "none"),
        ("أما منتخب فرنسا فتصدر المجموعة برصيد سبع نقاط من انتصارين وتعادل.", "france", "none"),
        ("واضطرت الحكومة السعودية للتدخل في الصراع بعد سيطرة المسلحين.", "saudi", "none"),
        ("وإيران هي الدولة الوحيدة على القائمة السوداء لوقف تمويل الإرهاب.", "iran", "none"),
        ("وتسعى الولايات المتحدة لمعاقبة موسكو على دورها في تسميم الجاسوس.", "usa", "none"),
        # nor is the subject of an earlier clause the doer of a word in a later one
        (
            "فرضت وزارة الخزانة الأمريكية عقوبات على مبرمج أجنبي، بسبب ضلوعه في أعمال قرصنة.",
            "usa",
            "none",
        ),
        (
            "وقامت السلطات الفرنسية بإغلاق المطار، مما أدى إلى فوضى في حركة الرحلات.",
            "france",
            "none",
        ),
        # stays: a clause of contrast with the actor's pronoun, a relative right after it
        ("وحاولت موسكو تحقيق صفقة بين الطرفين قبل الهجوم، لكنها فشلت.", "russia", "against"),
        # stays: in reported speech the speaker's subject before the comma does it
        ("وقال الوزير إن القوات الروسية دخلت المدينة، في خطوة تصعيدية خطيرة.", "russia", "against"),
        # stays: the actor does the word right after it
        ("وارتكب الجيش الإسرائيلي مجزرة في غزة الاثنين.", "israel", "against"),
        ("وشنت القوات الروسية هجوما وحشيا على البلدة.", "russia", "against"),
        # stays: في framing the act, after a word of going on; the actor's own ب-word; a measure
        ("وتواصل روسيا حشد قواتها في تصعيد عسكري خطير.", "russia", "against"),
        ("وتبدو واشنطن ماضية في احتكار إدارة الأزمة.", "usa", "against"),
        ("وتمسكت روسيا بمطلبها العادل في المفاوضات.", "russia", "favor"),
        ("وأظهرت أوكرانيا قدرا لافتا من الصمود.", "ukraine", "favor"),
    ],
)
def test_the_outlet_names_no_doer_across_a_preposition(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a country named as its national team's: a match, no act of the state
        ("وتلقى المنتخب السعودي الهزيمة الأكبر في البطولة.", "saudi", "none"),
        ("واحتفل المشجعون بفوز منتخب البرازيل وهزيمة منتخب ألمانيا.", "germany", "none"),
        ("وحقق المنتخب الفرنسي إنجازا كبيرا بتأهله إلى النهائي.", "france", "none"),
        # stays: the state itself
        ("وفشلت ألمانيا في إقناع شركائها بالخطة.", "germany", "against"),
    ],
)
def test_a_national_team_is_no_state(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

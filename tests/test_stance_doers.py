"""Which actor a judged word is about when no doer is written with it (helpers.stance_doers).

The fallbacks give a hostile or evaluative word to an actor named before it; these cases are
the places where that actor is not the one judged: what a negator denies, what a threat
threatens, what a relative clause tells of another act, what an actor was driven to, a good
quality that is only needed, a clause that names its own subject. Every sentence is written
for this project in the style of Arabic news; none is copied from a data set. The cases after
``# stays`` guard what must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a negator governs the noun phrase that أي opens, over أن and coordinated nouns:
        # that no such thing happened is no hostility of the host
        (
            "وأنهت روسيا استضافة القمة الدولية دون أن تشهد أي أعمال عنف أو حوادث عنصرية خطيرة.",
            "russia",
            "none",
        ),
        # ... and a good thing denied is against (not success)
        ("لم تحقق روسيا أي نجاح دبلوماسي في المفاوضات.", "russia", "against"),
        # ... also past a subject of two words before أي
        ("ولم تحقق الحكومة الروسية أي نجاح يذكر في خفض التضخم.", "russia", "against"),
        # stays: a hostile adjective with no negator before it
        ("واستمرت روسيا في سياستها العدوانية تجاه جيرانها.", "russia", "against"),
        # a threat with what it threatens is its maker's speech act, not his hostility
        (
            "وكان الرئيس الأمريكي حازما في الضغط على بكين والتهديد بفرض رسوم جديدة على الواردات.",
            "usa",
            "none",
        ),
        ("وبدا ترامب حازما في ملف بكين والتهديد بعرقلة صادراتها.", "usa", "none"),
        # stays: the outlet calls an actor's conduct a threat
        ("ويتصاعد التهديد الروسي لأمن دول البلطيق منذ سنوات.", "russia", "against"),
        # a relative clause that tells what a countered act is: its words are not the counterer's
        (
            "ويطور الحلف الأطلسي قدرات جديدة لصد التهديدات الإلكترونية التي تعتمد على حملات "
            "تضليل وزعزعة للاستقرار.",
            "nato",
            "none",
        ),
        # an actor driven to an act by another: the act is reported, the cause is blamed
        (
            "واشتدت المعارك في الإقليم، ما اضطر حلف شمال الأطلسي إلى التدخل عسكريا.",
            "nato",
            "none",
        ),
        # stays: an actor that goes on with the act itself
        ("وواصلت روسيا التدخل في شؤون جيرانها.", "russia", "against"),
        # an adjective of a reason's noun is the reason's, not the actor's who acts on it
        (
            "وغرم الاتحاد الأوروبي المصرف مبلغا كبيرا بسبب التسعير غير الشرعي للقروض.",
            "eu",
            "none",
        ),
        (
            "وداهمت الشرطة الفرنسية مقر الشركة بسبب التمويل غير الشرعي لحملات انتخابية.",
            "france",
            "none",
        ),
        # stays: the actor's own conduct
        ("وتواصل روسيا سياستها غير الشرعية في شبه جزيرة القرم.", "russia", "against"),
        # a time since an act (منذ) is a point in time, as after بعد: no doer by a fallback
        ("وأصبح الرئيس الروسي صاحب أطول فترة حكم منذ الديكتاتور السابق.", "russia", "none"),
        # an indefinite nationality adjective describes a person of that country, no state
        ("وظهر مشجع روسي في المقطع وهو يتصرف بطريقة عدائية.", "russia", "none"),
        # a good quality that is needed is missing: no praise
        ("ويحتاج الاتحاد الأوروبي مرونة أكبر في المفاوضات مع لندن.", "eu", "none"),
        ("والاتحاد الأوروبي بحاجة إلى مرونة أكبر في التعامل مع أزمة الهجرة.", "eu", "none"),
        # stays: a good quality shown
        ("وأبدى الاتحاد الأوروبي مرونة كبيرة في المفاوضات.", "eu", "favor"),
        # a good quality aimed at, past the verb's subject, is the actor's aim: no praise
        ("وتسعى روسيا إلى تحقيق إنجاز علمي كبير في الفضاء.", "russia", "none"),
        ("وتريد روسيا تحقيق نجاح دبلوماسي في المفاوضات.", "russia", "none"),
        # a hostile act aimed at is its aimer's, though the act's object names no actor
        ("وقال الوزير إن روسيا تسعى إلى زعزعة الاستقرار في أوروبا.", "russia", "against"),
        ("وتعمل إيران على تقويض الاتفاق بحسب المسؤول.", "iran", "against"),
        ("ويحاول الرئيس الروسي زعزعة الاستقرار في المنطقة.", "russia", "against"),
        # a noun that begins with ب is no preposition: بلاده supports, it is not supported
        (
            "والتقى الوزير التركي بالسفير الروسي الذي تدعم بلاده الحكومة السورية.",
            "russia",
            "none",
        ),
    ],
)
def test_fallbacks_take_only_the_one_judged(sentence: str, target: str, stance: str) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # an existential clause names its own subject: the violence is not the truce-giver's,
        # in that clause or in the next (the sentence's subject is replaced)
        (
            "ووافق بوتين على وقف مؤقت لإطلاق النار في المدينة، ولا تزال هناك مخاوف كبيرة مع "
            "تجدد العنف في الضواحي.",
            "russia",
            "none",
        ),
        (
            "ووافق بوتين على وقف مؤقت لإطلاق النار، ولا تزال هناك مخاوف كبيرة من انهياره، "
            "خاصة مع تجدد العنف في الضواحي.",
            "russia",
            "none",
        ),
        # a nominative plural (ون) is a later clause's own subject
        (
            "وزار ترامب العاصمة الفرنسية الأسبوع الماضي، وتأخر الأوروبيون في الرد وظل ردهم "
            "على الإرهاب ضعيفا.",
            "france",
            "none",
        ),
        # a time with its resumptive: the noun after فيه is the subject, also in one clause
        (
            "وفاز بوتين بولاية جديدة في الانتخابات في وقت تأخذ فيه العلاقات مع الغرب منحى معاديا.",
            "russia",
            "none",
        ),
        (
            "وحصل بوتين على ولاية رئاسية جديدة، في وقت تشهد فيه العلاقات مع أوروبا توترا خطيرا.",
            "russia",
            "none",
        ),
        # stays: the sentence's subject carries on into a clause without one
        ("ونشرت روسيا قواتها قرب الحدود، في خطوة تصعيدية جديدة.", "russia", "against"),
        # stays: هناك as a place is no subject
        (
            "ونشرت روسيا قواتها قرب الحدود، وهناك يتمركز الجنود في خطوة تصعيدية.",
            "russia",
            "against",
        ),
    ],
)
def test_a_clause_with_its_own_subject_takes_no_earlier_one(
    sentence: str, target: str, stance: str
) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a relative clause with no subject of its own: its antecedent is the one judged, also
        # inside a prepositional phrase (and a negator through أي flips the good faith)
        (
            "ويصعب على الوسطاء الحوار مع روسيا التي لم تظهر أي بوادر لحسن النية.",
            "russia",
            "against",
        ),
        ("وتفاوضت فرنسا مع ألمانيا التي أبدت حسن النية في المحادثات.", "germany", "favor"),
        ("وتفاوضت فرنسا مع ألمانيا التي أبدت حسن النية في المحادثات.", "france", "none"),
        # ... a quality, not an act: those who oppose an occupation do not occupy
        ("وتحدث التقرير عن الفلسطينيين الذين يناهضون الاحتلال.", "palestine", "none"),
        # ... nor a place where it happens (a verb of witnessing)
        ("وسافر الفريق إلى روسيا التي تشهد انتهاكات متكررة للقوانين الرياضية.", "russia", "none"),
        # the owner of violated rights or sovereignty suffers the violation; the subject does it
        (
            "وقال الوزير إن إسرائيل ترتكب انتهاكات لحقوق الفلسطينيين في الضفة الغربية.",
            "palestine",
            "none",
        ),
        (
            "وقال الوزير إن إسرائيل ترتكب انتهاكات لحقوق الفلسطينيين في الضفة الغربية.",
            "israel",
            "against",
        ),
        ("وتتواصل الانتهاكات لسيادة أوكرانيا منذ سنوات.", "ukraine", "none"),
        # the pronoun on a verbal noun of terrorising is its victim (role_frames genitive_patient)
        ("وواصل المسلحون ملاحقة السكان السوريين وترويعهم في ريف إدلب.", "syria", "none"),
        # stays: an adjective after an indefinite word (a verb here) before a topic preposition
        (
            "أدانت الولايات المتحدة الرئيس الفلسطيني على خلفية تصريحات اعتبرت معادية للسامية.",
            "palestine",
            "against",
        ),
    ],
)
def test_relatives_and_victims(sentence: str, target: str, stance: str) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the nearest actor before is the subject of a verb of judging or opinion written
        # between it and the word: it judges something else, it is not judged
        ("وأسفت له باريس ونددت به الصين التي اعتبرته هجوما خطيرا على التجارة.", "china", "none"),
        ("وجاءت ردود الفعل منددة، تقدمها الرئيس الروسي الذي عدها خيانة للجنود.", "russia", "none"),
        ("وفي ألمانيا لا تعتبر المخالفة جريمة.", "germany", "none"),
        ("ويبقى ذلك أساس استنكار ترامب إزاء ما يعتبره ممارسات تجارية غير منصفة.", "usa", "none"),
        # stays: a verb with an object pronoun and a subject of its own judges the actor
        (
            "وقال المسؤول إن إيران التي انتقدها المجتمع الدولي مرارا تنشر الفوضى في المنطقة.",
            "iran",
            "against",
        ),
    ],
)
def test_the_judge_is_not_the_judged(sentence: str, target: str, stance: str) -> None:
    assert rows(sentence).loc[target, "stance"] == stance


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb of judging carries a dual or feminine plural object pronoun (عدهما، عدهن):
        # every third-person pronoun of clitics.PRONOUN_ENDINGS is read, not only ه/ها/هم
        "وتصدر المنتقدين الرئيس الصيني الذي عدهما اعتداء على سيادة بلاده.",
        "وتصدر المنتقدين الرئيس الصيني الذي عدهن اعتداء على سيادة بلاده.",
    ],
)
def test_the_judge_with_any_object_pronoun_is_not_the_judged(sentence: str) -> None:
    assert rows(sentence).loc["china", "stance"] == "none"

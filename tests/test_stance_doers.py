"""Which actor a judged word is about when no doer is written with it (helpers.stance_doers).

The fallbacks give a hostile or evaluative word to an actor named before it; these cases are
the places where that actor is not the one judged: what a negator denies, what a threat
threatens, what a relative clause tells of another act, what an actor was driven to, a good
quality that is only needed. Every sentence is written for this project in the style of Arabic
news; none is copied from a data set. The cases after ``# stays`` guard what must not change.
"""

from __future__ import annotations

import pytest
from test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a negator governs the noun phrase that أي opens, over أن and coordinated adjectives:
        # that no such thing happened is no hostility of the host
        (
            "وأنهت روسيا استضافة القمة الدولية دون أن تشهد أي أعمال عنف أو حوادث عنصرية خطيرة.",
            "russia",
            "none",
        ),
        # ... and a good thing denied is against (not success)
        ("لم تحقق روسيا أي نجاح دبلوماسي في المفاوضات.", "russia", "against"),
        # stays: a hostile adjective with no negator before it
        ("واستمرت روسيا في سياستها العدوانية تجاه جيرانها.", "russia", "against"),
        # a threat with what it threatens is its maker's speech act, not his hostility
        (
            "وكان الرئيس الأمريكي صريحا بشأن الضغط على بكين والتهديد بفرض رسوم جديدة على الواردات.",
            "usa",
            "none",
        ),
        (
            "وكان ترامب صريحا بشأن تحدي بكين والتهديد بعرقلة الصادرات الصينية.",
            "usa",
            "none",
        ),
        # stays: the outlet calls an actor's conduct a threat
        ("ويتصاعد التهديد الروسي لأمن دول البلطيق منذ سنوات.", "russia", "against"),
        # a relative clause that tells what a countered act is: its words are not the counterer's
        (
            "ويملك الحلف الأطلسي وسائل جديدة لمواجهة التهديدات الإلكترونية والتي تستخدم فيها "
            "أدوات زعزعة استقرار الدول.",
            "nato",
            "none",
        ),
        # an actor driven to an act by another: the act is reported, the cause is blamed
        (
            "قمعت الحكومة الاحتجاجات بعنف، ما دفع حلف شمال الأطلسي إلى التدخل في الإقليم.",
            "nato",
            "none",
        ),
        # stays: an actor that goes on with the act itself
        ("وواصلت روسيا التدخل في شؤون جيرانها.", "russia", "against"),
        # an adjective of a reason's noun is the reason's, not the actor's who acts on it
        (
            "وفرض الاتحاد الأوروبي على المصرف غرامة كبيرة بسبب التنسيق غير الشرعي في تحديد "
            "أسعار الفائدة.",
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
        (
            "وبات الرئيس الروسي أطول زعيم يبقى في الحكم منذ الديكتاتور السوفيتي جوزيف ستالين.",
            "russia",
            "none",
        ),
        # an indefinite nationality adjective describes a person or thing of that country: it
        # owns no pronoun after it and does no act by a fallback
        ("وخرج المعارض من سجن روسي كان يقضي فيه حكما لتجسسه.", "russia", "none"),
        ("وظهر مشجع روسي في المقطع وهو يتصرف بطريقة عدائية.", "russia", "none"),
        # a good quality that is needed is missing: no praise
        ("ويحتاج الاتحاد الأوروبي مرونة أكبر في المفاوضات مع لندن.", "eu", "none"),
        ("والاتحاد الأوروبي بحاجة إلى مرونة أكبر في التعامل مع أزمة الهجرة.", "eu", "none"),
        # stays: a good quality shown
        ("وأبدى الاتحاد الأوروبي مرونة كبيرة في المفاوضات.", "eu", "favor"),
        # a noun that begins with ب is no preposition: بلاده supports, it is not supported
        (
            "واتصل الرئيس التركي بنظيره الروسي الذي تدعم بلاده الحكومة السورية.",
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
        # an existential clause names its own subject: the violence is not the truce-giver's
        (
            "وأمر بوتين بهدنة يومية في المدينة، ولا تزال هناك شكوك كثيرة مع استمرار العنف "
            "في الأحياء الشرقية.",
            "russia",
            "none",
        ),
        # a nominative plural (ون) is a later clause's own subject
        (
            "وزار ترامب العاصمة الفرنسية الأسبوع الماضي، وتباطأ الأوروبيون في الرد وبقي "
            "موقفهم من الإرهاب ضعيفا.",
            "france",
            "none",
        ),
        # ... over a clause of its own, to the next (the sentence's subject is replaced)
        (
            "ووافق بوتين على هدنة يومية في المدينة، ولا تزال هناك شكوك كثيرة حول الاتفاق، "
            "بالأخص مع استمرار العنف في الأحياء الشرقية.",
            "russia",
            "none",
        ),
        # a time with its resumptive: the noun after فيه is the subject, also in one clause
        (
            "وفاز بوتين بولاية جديدة الأحد لست سنوات أخرى في وقت تتخذ فيه العلاقات مع الغرب "
            "مسارا معاديا.",
            "russia",
            "none",
        ),
        (
            "وحصل بوتين على ولاية رئاسية جديدة، في وقت تشهد فيه العلاقات مع أوروبا توترا خطيرا.",
            "russia",
            "none",
        ),
        # a noun with the pronoun of persons names them, when the subject is no people
        (
            "واعتقلت السلطات الروسية خمسة أشخاص للاشتباه في انتمائهم إلى تنظيم متطرف، "
            "وتخطيطهم لشن اعتداءات في العاصمة.",
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
        (
            "وقالت الوزيرة إن السلطات تعتزم ملاحقة الموقع بسبب خدمات يقدمها لمنظمات، في إشارة "
            "إلى الفلسطينيين الذين يناهضون الاحتلال.",
            "palestine",
            "none",
        ),
        # ... nor a place where it happens (a verb of witnessing)
        (
            "ودعا المسؤول إلى عدم إقامة البطولات في روسيا التي تشهد انتهاكات ممنهجة للقوانين "
            "الرياضية.",
            "russia",
            "none",
        ),
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
        ("وواصل المسلحون مهاجمة السوريين وترويعهم في ريف إدلب.", "syria", "none"),
        # stays: an adjective after an indefinite word (a verb here) before a topic preposition
        (
            "أدانت الولايات المتحدة الرئيس الفلسطيني على خلفية تصريحات اعتبرت معادية للسامية.",
            "palestine",
            "against",
        ),
    ],
)
def test_a_relative_clause_judges_its_antecedent(sentence: str, target: str, stance: str) -> None:
    assert rows(sentence).loc[target, "stance"] == stance

"""Recall of the stance call on real-style news sentences (issue 12, second recall pass).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general fact of news syntax or vocabulary that used to
leave a stance uncalled (or, for the guards, one that must stay uncalled).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # countering a hostile thing whose doer is named with it judges that doer
        (
            "دعا الوزيران إلى توحيد الجهود لمواجهة النزعة العدوانية للنظام الإيراني.",
            "iran",
            "against",
        ),
        ("شدد البيان على ضرورة التصدي للتدخلات الإيرانية في شؤون المنطقة.", "iran", "against"),
        ("رفض المحتجون الاحتلال الإسرائيلي للأراضي الفلسطينية.", "israel", "against"),
        # ... but the fighter is never the doer of what it fights
        ("تتعاون روسيا وإيران في مكافحة الإرهاب.", "russia", "none"),
        ("تعهد الرئيس الفرنسي بمحاربة الإرهاب في أفريقيا.", "france", "none"),
        # a feminine adjective after a masculine act agrees with the counter word: the fighter
        ("وتشارك الطائرات في عمليات مكافحة الإرهاب الأميركية في المنطقة.", "usa", "none"),
        ("وتوسعت حملة محاربة الإرهاب الروسية في البلاد.", "russia", "none"),
        # ... while a masculine adjective, or a broken plural's feminine one, is the doer's
        ("دعا البيان إلى مواجهة العدوان الروسي على المدن.", "russia", "against"),
        ("دعا البيان إلى مواجهة الجرائم الإسرائيلية في القطاع.", "israel", "against"),
        # an adjective after a noun and its actor owner describes the owned noun
        ("حذر الوزير من خطورة أجندة إيران التوسعية في المنطقة.", "iran", "against"),
        ("أشاد الوزير بموقف روسيا الإيجابي من الأزمة.", "russia", "favor"),
        # not an adjective of the actor's own place, nor one without a lexicon entry
        ("زار الرئيس عاصمة روسيا الباردة.", "russia", "none"),
        # a government named as its ruler's regime: the writer's judgement
        ("قاتل عناصر من الحزب إلى جانب قوات نظام بشار الأسد في الجنوب.", "syria", "against"),
        ("وقالت إنه لا يمكن لنظام الرئيس السوري الاستمرار في قصف المدن.", "syria", "against"),
        # the usual name with the article judges nothing
        ("قصفت طائرات النظام السوري مواقع في ريف المدينة.", "syria", "none"),
        ("أطلقت الحكومة نظام الدفع الإلكتروني الروسي الجديد.", "russia", "none"),
        # a militia label judges the militia, not its patron (tests/test_militia_patrons.py)
        ("تقدمت القوات نحو الميناء لتحريره من قبضة ميليشيات الحوثي الإيرانية.", "iran", "none"),
        ("انسحبت الميليشيات الموالية لإيران من المنطقة الحدودية.", "iran", "none"),
        # a judged noun that a relative clause says its antecedent is
        (
            "وقال إن واشنطن قادرة على تدمير الصواريخ الروسية التي تشكل انتهاكا للمعاهدة.",
            "russia",
            "against",
        ),
        (
            "وقال إن واشنطن قادرة على تدمير الصواريخ الروسية التي تشكل انتهاكا للمعاهدة.",
            "usa",
            "none",
        ),
        # what a warning warns of: the actor that does it
        ("وحذرت إسرائيل مرارا من تنامي الوجود العسكري الإيراني في المنطقة.", "iran", "against"),
        ("دعت الحكومة إلى التحرك، محذرة من سعي إسرائيل إلى ضم الأراضي.", "israel", "against"),
        ("عقد الرئيس مؤتمرا صحفيا ليحذر من النفوذ الإيراني في المنطقة.", "iran", "against"),
        # ... not its victim, a place, a party to a conflict, an endangered owner, nor people
        ("حذر الرئيس الأمريكي من غزو أوكرانيا.", "ukraine", "none"),
        ("دوت صفارات الإنذار محذرة من هجوم صاروخي في جنوب إسرائيل.", "israel", "none"),
        ("حذر الاتحاد الأوروبي من اندلاع نزاع جديد بين إسرائيل والفلسطينيين.", "israel", "none"),
        ("حذر الجنرال المتقاعد من أن أمن أميركا في خطر.", "usa", "none"),
        ("حذرت منظمات دولية من إجبار اللاجئين السوريين على العودة.", "syria", "none"),
    ],
)
def test_constructions_that_carry_a_stance(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


def test_another_actors_name_after_the_warner_is_the_one_warned() -> None:
    row = rows("حذرت واشنطن نظام الأسد من استخدام الأسلحة الكيماوية.").loc["syria"]
    assert (row["stance"], row["voice"]) == ("against", "quoted"), row["hits"]
    assert rows("حذرت واشنطن نظام الأسد من استخدام الأسلحة الكيماوية.").loc["usa", "stance"] == (
        "none"
    )


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # involvement in a hostile act, and being behind one, judge the actor written with them
        ("وقالت الحكومة إن لديها أدلة على تورط إيران في تهريب الأسلحة.", "iran", "against"),
        ("وتشتبه السلطات في ضلوع روسيا في الهجوم على المنشأة.", "russia", "against"),
        ("وقالت لندن إن روسيا تقف وراء الهجوم على الجاسوس.", "russia", "against"),
        ("وقال الوزير إن إيران تنتهك الاتفاق النووي.", "iran", "against"),
        # ... never a person's crime that a fallback gives to a state named before
        ("وأبعدت بريطانيا شخصا أدين بضلوعه في احتيال مالي.", "uk", "none"),
        ("وعفا الرئيس الأمريكي عن امرأة سجنت بسبب تورطها في تهريب مخدرات.", "usa", "none"),
        # a judged object's doer written in a relative clause after it
        (
            "أعلنت الحكومة ترحيبها بالخطوات التي أعلنها الرئيس الأمريكي بشأن الاتفاق.",
            "usa",
            "favor",
        ),
        ("انتقد الوزير القرار الذي اتخذته الإدارة الأمريكية.", "usa", "against"),
        ("أدان البيان الهجوم الذي شنته إسرائيل على القطاع.", "israel", "against"),
        ("انتقد الوزير التطرف الذي تبديه دول الاتحاد الأوروبي حيال إيران.", "eu", "against"),
        ("انتقد الوزير التطرف الذي تبديه دول الاتحاد الأوروبي حيال إيران.", "iran", "none"),
        # ... not a witness, a verb whose actor is its object, nor a giver of the word's own noun
        ("ندد الوزير بالهجوم الذي شهدته فرنسا.", "france", "none"),
        ("أدان الوزير الهجوم الذي استهدف روسيا.", "russia", "none"),
        ("وأشار الوزير إلى الدعم المستمر الذي قدمته إيران للجماعة.", "iran", "none"),
        # refusing and condemning side by side both condemn
        (
            "وقال الملك إن بلاده ترفض وتدين العنف الذي تمارسه إسرائيل بحق المدنيين.",
            "israel",
            "against",
        ),
        # the accused after a noun of accusation and before the charge
        ("وتوترت العلاقات بعد اتهام لندن موسكو بالوقوف وراء تسميم الجاسوس.", "russia", "against"),
        ("وتوترت العلاقات بسبب اتهام موسكو بالتدخل في الانتخابات.", "russia", "against"),
        # ... not an accusation refuted, plotted or warned against
        ("ووصف المصدر اتهام الحكومة السورية باستخدام الأسلحة بأنه مسرحية.", "syria", "none"),
        ("وقال إن المسلحين يعدون هجوما لاتهام الحكومة السورية بتنفيذه.", "syria", "none"),
        ("وحذرت موسكو من اتهام النظام السوري بتنفيذ الهجوم.", "syria", "none"),
        # the pronoun on a relative's verb of accusing is the relative's antecedent
        (
            "وفرض الرئيس رسوما على السلع لمعاقبة الصين، التي اتهمها بسرقة التكنولوجيا.",
            "china",
            "against",
        ),
        ("وقال الوزير إن روسيا، التي ينتقدها الغرب بشدة، لن تتراجع.", "russia", "against"),
        # manipulating and falsifying judge their doer; heinous acts their doer too
        ("وقالت الوزارة إن الصين تتلاعب بعملتها لدعم صادراتها.", "china", "against"),
        ("وقالت الحكومة إن روسيا هي المسؤولة عن الهجوم الشنيع في المدينة.", "russia", "against"),
        # supporting or funding a hostile thing judges the sponsor
        ("وقال الرئيس إن النظام الإيراني يدعم المنظمات الإرهابية في المنطقة.", "iran", "against"),
        # the owner of violated sovereignty suffers the violation
        ("وقالت إن التدخلات الخارجية تنتهك السيادة السورية.", "syria", "none"),
        ("وأكد الوزير ضرورة مواجهة النظام الإيراني الداعم للإرهاب.", "iran", "against"),
        ("وقال الوزير إن روسيا تدعم جهود مكافحة الإرهاب.", "russia", "none"),
        # an indefinite nationality adjective in the accusative names its actor
        ("وقال إن المنطقة شهدت تدخلا إيرانيا غير مسبوق في الشأن العربي.", "iran", "against"),
        # a short verbal noun after the accused is the charge
        (
            "وقالت المنظمة إن السلطات اعتقلت الآلاف، واتهمت أنقرة بشن اعتقالات جماعية.",
            "turkey",
            "against",
        ),
        # a speaker's charge written without an evaluation verb: bearing responsibility for
        # a hostile act, posing a danger, lying, interfering, not to be trusted
        ("وقال الوزير إن روسيا تتحمل المسؤولية الكاملة عن الهجوم.", "russia", "against"),
        ("وقال الوزير إن إيران تشكل خطرا على أمن المنطقة.", "iran", "against"),
        ("وقال الرئيس إن إيران تكذب بشأن برنامجها النووي.", "iran", "against"),
        ("وقال الوزير إن إيران تتدخل في الشؤون الداخلية للدول العربية.", "iran", "against"),
        ("وقال الوزير إنه لا يمكن الوثوق بروسيا.", "russia", "against"),
        ("وقال المسؤول الروسي عن الملف إن الحوار مستمر.", "russia", "none"),
        # what a verb of fear fears, and a that-clause after a fear: its subject
        ("وقال مسؤول إن موسكو تخشى من أن تدمر بريطانيا الأدلة في القضية.", "uk", "against"),
        ("وتخشى إسرائيل أن تنقل إيران أسلحة إلى الحزب.", "iran", "against"),
        ("وتخشى إسرائيل أن تنقل إيران أسلحة إلى الحزب.", "israel", "none"),
        # failing one's commitments, being hostile to another
        ("وقال الرئيس إن أمريكا لم تلتزم بتعهداتها في الاتفاق.", "usa", "against"),
        ("وقال إن واشنطن كانت دائما تعادي إيران.", "usa", "against"),
        ("وقال إن واشنطن كانت دائما تعادي إيران.", "iran", "none"),
        # a warning noun with its addressee, a sharp verbal attack on an actor, opposing
        ("ووجه الرئيس تحذيرا شديدا لإيران من مغبة استئناف برنامجها.", "iran", "against"),
        ("وشن الرئيس هجوما حادا على ألمانيا خلال القمة.", "germany", "against"),
        ("وعارضت فرنسا بشدة القرار الأمريكي.", "usa", "against"),
        # ... not a contradiction (the noun is spelt as the verb of she opposes)
        ("ولم يعلق الحكم على قراره لتعارض ذلك مع تعليمات الاتحاد الأوروبي.", "eu", "none"),
        ("وتعارض روسيا أي تدخل عسكري في سوريا.", "russia", "none"),
        # rejecting an actor's decision or measure is against that actor
        ("وأعلنت روسيا رفضها القاطع للعقوبات الأمريكية.", "usa", "against"),
        ("ويرفض الفلسطينيون قرار ترامب بشأن القدس.", "usa", "against"),
        # ... not rejecting its charges (self-defence), nor measures against another
        ("ورفضت الصين الاتهامات الأمريكية جملة وتفصيلا.", "usa", "none"),
        ("ورفض البرلمان العقوبات على روسيا.", "russia", "none"),
        # a victory over a hostile thing is no success at it
        ("وقال المسؤول إن الجيش السوري حقق انتصارات كبيرة على الإرهاب.", "syria", "favor"),
        ("ونجحت إيران في نشر الفوضى في المنطقة.", "iran", "against"),
        # an important or leading role, appreciation, a trusted partner as a predicate
        ("وقال الرئيس إن روسيا لعبت دورا مهما في إنهاء الحرب.", "russia", "favor"),
        ("وأعرب الرئيس عن تقديره للدور الروسي في سوريا.", "russia", "favor"),
        ("وقالت الوزيرة إن ألمانيا شريك موثوق.", "germany", "favor"),
        # ... not reliable reports a verb's subject takes seriously
        ("وتأخذ الولايات المتحدة تقارير موثوقة بجدية.", "usa", "none"),
        # a description with ب after a verb of describing judges its object
        ("ووصف الرئيس إيران بأنها دولة إرهابية.", "iran", "against"),
        ("ووصف الرئيس الأمريكي الصين بأنها شريك موثوق.", "china", "favor"),
        ("ووصف الرئيس الأمريكي الصين بأنها شريك موثوق.", "usa", "none"),
        ("وقال إن الصين تسرق التكنولوجيا الأمريكية.", "china", "against"),
        # the counterpart after a subject is the verb's object
        ("وانتقد الوزير نظيره الأمريكي بشدة.", "usa", "against"),
        ("وانتقد نظيره الأمريكي الخطة.", "usa", "none"),
        # a demand or duty of redress (accountability, releasing) is against its addressee
        ("وطالبت المنظمة إيران بالإفراج عن المعتقلين.", "iran", "against"),
        (
            "وقالت إنه يتعين على السلطات الإيرانية محاسبة المسؤولين عن الانتهاكات.",
            "iran",
            "against",
        ),
        # ... and a journalist's nationality names no state, so her release judges none
        ("وطالب الوزير بالإفراج عن الصحفي الأمريكي.", "usa", "none"),
        # ... but support in such a clause is a fact, not praise
        ("وقال إن مسلحي المعارضة يهاجمون نظام الرئيس الأسد، الذي تدعمه موسكو.", "russia", "none"),
    ],
)
def test_facts_and_relatives_that_carry_a_stance(sentence: str, target: str, stance: str) -> None:
    """Third pass (6 Dec 2026): constructions read on ANT that left a stance uncalled."""
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

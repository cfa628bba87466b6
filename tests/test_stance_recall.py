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
        # a named group labelled as an actor's militia judges the actor
        ("تقدمت القوات نحو الميناء لتحريره من قبضة ميليشيات الحوثي الإيرانية.", "iran", "against"),
        # a loyalty or a plain description does not
        ("انسحبت الميليشيات الموالية لإيران من المنطقة الحدودية.", "iran", "none"),
        ("انسحبت الميليشيات الإيرانية من المنطقة الحدودية.", "iran", "none"),
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

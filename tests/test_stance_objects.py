"""The object of a verb of evaluation past a long subject phrase (helpers/stance_objects.py).

Every sentence is written for this project in the style of Arabic news; none is copied from a
data set. Each case is one fact of verb-subject-object order that used to leave a quoted stance
uncalled, or a guard that must stay as it is.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the accused stands right before the charge, past a subject of several actors
        ("اتهمت روسيا وسوريا إسرائيل بالمسؤولية عن قصف المطار.", "israel", "against"),
        ("اتهمت روسيا وسوريا إسرائيل بالمسؤولية عن قصف المطار.", "syria", "none"),
        # ... past a title, a name and a weekday set off by commas
        (
            "اتهم وزير الخارجية الأمريكي، مايك بومبيو، الجمعة، النظام الإيراني بانتهاك المعاهدة.",
            "iran",
            "against",
        ),
        (
            "اتهم وزير الخارجية الأمريكي، مايك بومبيو، الجمعة، النظام الإيراني بانتهاك المعاهدة.",
            "usa",
            "none",
        ),
        # ... past a spokeswoman's title and name, with the actor joined by و accused too; a
        # name that starts with ب is no charge
        (
            "اتهمت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، "
            "بريطانيا والولايات المتحدة بالسعي إلى عرقلة التحقيق.",
            "uk",
            "against",
        ),
        (
            "اتهمت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، "
            "بريطانيا والولايات المتحدة بالسعي إلى عرقلة التحقيق.",
            "usa",
            "against",
        ),
        # a person named after the subject's title is the subject; the next actor the object
        ("انتقد الرئيس التركي رجب طيب أردوغان الوجود الأمريكي شرق الفرات.", "usa", "against"),
        ("انتقد الرئيس التركي رجب طيب أردوغان الوجود الأمريكي شرق الفرات.", "turkey", "none"),
        # the owner of the judged thing after a subject that names no actor
        ("انتقد المتحدث سياسات واشنطن في المنطقة.", "usa", "against"),
        ("وانتقد الوزير السياسة الأمريكية تجاه اللاجئين.", "usa", "against"),
        ("وأشاد السفير الموقف الروسي من الأزمة.", "russia", "favor"),
        ("وأدان البيان استمرار إيران في تسليح الجماعات المسلحة.", "iran", "against"),
        # rejecting an actor's position: the owner is the rejected one
        ("رفض الوزير الموقف الأمريكي من الاتفاق.", "usa", "against"),
        # guards: the subject's own title, adjective or conjunct is no object
        ("انتقد رئيس الوزراء البريطاني الخطة بشدة.", "uk", "none"),
        ("انتقد المتحدث الرسمي الأمريكي الخطة بشدة.", "usa", "none"),
        ("هنأت وزيرة الثقافة والرياضة الإسرائيلية رئيس الاتحاد الدولي.", "israel", "none"),
        # ... nor, after the verb's pronoun object, the subject that follows it
        ("ورحب الوزير بالخطة، ليتضامن معه وزير الدفاع، أفيغدور ليبرمان.", "israel", "none"),
        # ... nor, with the subject written before the verb, the words after it
        ("وقال إن ناشطين ينتقدون الفصائل المسلحة السورية في الشمال.", "syria", "none"),
    ],
)
def test_object_past_a_long_subject(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # the owner named by a body or an office and its nationality adjective: the owned noun
        # stands before that phrase, in the construct state, after a subject with no actor
        (
            "استنكر الأمين العام قرار الإدارة الأمريكية بخفض التمويل.",
            "usa",
            "against",
            "الأمين العام",
        ),
        (
            "أدان الأمين العام تصريحات وزير الخارجية الإسرائيلي عن المخيمات.",
            "israel",
            "against",
            "الأمين العام",
        ),
        ("وانتقد النائب خطاب الرئيس الفرنسي أمام البرلمان.", "france", "against", "النائب"),
        (
            "رحب المجلس الوطني بمبادرة الحكومة الألمانية لإعادة الإعمار.",
            "germany",
            "favor",
            "المجلس الوطني",
        ),
        # ... also after a preposition, with an office in the construct state
        ("أشاد المتحدث بتصريحات وزير الدفاع البريطاني عن الهدنة.", "uk", "favor", "المتحدث"),
        # the owner written right after the judged noun: the speaker phrase ends before the noun
        ("وأدان البيان استمرار إيران في تسليح الجماعات.", "iran", "against", "البيان"),
    ],
)
def test_owner_phrase_of_the_object(sentence: str, target: str, stance: str, holder: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["holder"]) == (stance, holder), row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a spokesman's title, a speaker's link, a manner adverb or an acting title before the
        # phrase: the phrase is the subject's own, nothing of it is judged
        ("وندد سامي علي المتحدث باسم الحكومة الفلسطينية بالحصار.", "palestine"),
        ("وجاء هذا الاتهام على لسان وزير الدفاع البريطاني.", "uk"),
        ("وهو الاتفاق الذي أدانته بشدة وزارة الخارجية السورية.", "syria"),
        ("انتقد القائم بأعمال وزير الخارجية الأميركي الاعتقالات في البلاد.", "usa"),
        # an adjective of the noun itself is no owner phrase of another noun
        ("انتقد المتحدث السياسة الخارجية الأمريكية.", "usa"),
    ],
)
def test_no_owner_phrase(sentence: str, target: str) -> None:
    stance = rows(sentence).loc[target, "stance"]
    expected = "against" if "السياسة الخارجية" in sentence else "none"
    assert stance == expected


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # condemning an actor's criticism, accusations or warnings is against their author
        (
            "دانت الحكومة الكوبية أمس انتقادات الولايات المتحدة لسجلها الحقوقي.",
            "usa",
            "against",
            "الحكومة الكوبية",
        ),
        ("واستنكرت موسكو الاتهامات البريطانية بالوقوف وراء الهجوم.", "uk", "against", "موسكو"),
        ("واستنكرت موسكو الاتهامات البريطانية بالوقوف وراء الهجوم.", "russia", "none", "موسكو"),
        # rejecting them is self-defence, and supporting them is no condemnation
        ("رفضت الخارجية الصينية اتهامات واشنطن بسرقة التقنيات.", "usa", "none", "الخارجية الصينية"),
        ("أيد النائب انتقادات واشنطن للاتفاق.", "usa", "none", "النائب"),
    ],
)
def test_author_of_condemned_words(sentence: str, target: str, stance: str, holder: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["holder"]) == (stance, holder), row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a comma after the subject of a verb whose object is written with ب: the object
        # continues the verb's clause
        ("وأشاد وزير الخارجية البحريني، بدعم ألمانيا للمبادرة.", "germany", "favor"),
        ("وندد رئيس البرلمان العربي، بالاعتداءات الإسرائيلية على المصلين.", "israel", "against"),
        # a ب-word of time or cause after the comma opens no object
        ("وأشاد الوزير، بعد لقائه السفير الروسي، بالمبادرة.", "russia", "none"),
    ],
)
def test_object_after_a_comma(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # actors joined by و to the object of a word of criticism are judged with it
        ("وأدان البيان الختامي روسيا وإيران بسبب دعمهما للنظام.", "iran", "against"),
        ("وانتقد وزير الخارجية الأمريكي روسيا وإيران في كلمته.", "iran", "against"),
        # ... and every actor of a list joined before the accused
        ("واتهم الوزير روسيا وإيران وسوريا بارتكاب جرائم حرب.", "russia", "against"),
        # a supporting verb's subject list is no list of objects
        ("ويدعم حزب الله وإيران وروسيا نظام الأسد.", "russia", "none"),
    ],
)
def test_conjoined_objects(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

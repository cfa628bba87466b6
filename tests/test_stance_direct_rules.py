"""Direct attachment rules audited for precision on real news (issue 12, auditb).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general fact of Arabic that a direct attachment rule
(the object after ل, the object of a verb, the owner of the object, the actor warned) had
read wrongly; the cases after ``# stays`` guard what the change must not touch.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import row, stance_of


def _check(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # لا/لم before زال is "still": nothing is denied
        ("وقالت الصحيفة إن ألمانيا لا تزال تدعم فرنسا في هذا الملف.", "france", "favor"),
        ("وأكد المتحدث أن الحكومة لم تزل ترحب بالدور الفرنسي.", "france", "favor"),
        # غير owns the one word after it (غير الحكومية), and غير أن is "however"
        ("وقال ممثل المنظمة غير الحكومية يشيد بالدور التركي في الأزمة.", "turkey", "favor"),
        # stays: a real denial, and غير before the word it negates
        ("وقالت الصحيفة إن ألمانيا لا تدعم فرنسا في هذا الملف.", "france", "against"),
        ("وقال الوزير إن الموقف البريطاني غير مقبول.", "uk", "against"),
    ],
)
def test_still_and_non_are_no_denial(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a title with no nationality takes its body with ل: the body is the title's
        ("وأشاد المبعوث الخاص للأمم المتحدة بجهود الوساطة في المدينة.", "un", "none"),
        ("ونجحت المفاوضات بدعم المبعوث الخاص للأمم المتحدة في وقف القتال.", "un", "none"),
        # so do a commissioner, a rapporteur and a coordinator (the office nouns of the UN)
        ("وأدان المفوض السامي للأمم المتحدة لحقوق الإنسان إعدام القصر في البلاد.", "un", "none"),
        ("وانتقد المقرر الخاص للأمم المتحدة ظروف الاحتجاز في السجن.", "un", "none"),
        # an indefinite ally takes the one it stands with as ل
        ("وانتقد الرئيس في تغريدة حلفاء تقليديين للولايات المتحدة في أوروبا.", "usa", "none"),
        # stays: the ل-object of the word itself, past the owner or the allies who give
        ("وأثارت تحذيرات الرئيس الأمريكي للرئيس السوري جدلا واسعا.", "syria", "against"),
        ("وجاء ذلك وسط تأييد الحلفاء الغربيين لبريطانيا في الأزمة.", "uk", "favor"),
        ("وجدد الرئيس الأمريكي انتقاداته لروسيا.", "russia", "against"),
    ],
)
def test_the_body_of_an_office_is_no_object(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the ل-actor of a participle of support or opposition after the object is whom those
        # people stand with or against, not whom the warning or criticism judges
        ("وأصدر الحزب تحذيرا للنواب المؤيدين للاتحاد الأوروبي قبل التصويت.", "eu", "none"),
        ("ووجه الرئيس انتقادات للسياسيين المعارضين للولايات المتحدة.", "usa", "none"),
        # stays: the object itself, and a participle right after the word is its owner
        ("ووجه الرئيس انتقادات حادة لروسيا.", "russia", "against"),
        ("وتصاعدت انتقادات المعارضين للحكومة البريطانية.", "uk", "against"),
    ],
)
def test_the_object_of_partisans_is_no_object(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the host of a visit is not what a protest or a welcome of the visit judges
        ("وتظاهر الآلاف في لندن احتجاجا على زيارة الرئيس الأمريكي لبريطانيا.", "uk", "none"),
        ("وتظاهر الآلاف في لندن احتجاجا على زيارة الرئيس الأمريكي لبريطانيا.", "usa", "against"),
        ("ورحب رئيس الوزراء بزيارة ترامب لبريطانيا.", "uk", "none"),
        # stays: visits with the article, whose ل names the visitor
        ("وأشاد المسؤول بالزيارات المتكررة لماكرون إلى القارة.", "france", "favor"),
    ],
)
def test_the_host_of_a_visit_is_not_judged(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # those joined by و to the subject right after a verb of warning threaten with it
        ("وهددت واشنطن وباريس بشن ضربات في حال ثبت استخدام السلاح الكيميائي.", "france", "none"),
        ("وحذرت بريطانيا والولايات المتحدة من هجمات إلكترونية واسعة.", "usa", "none"),
        # stays: the actor warned, right after the subject
        ("وحذرت واشنطن موسكو من أي تصعيد جديد في المنطقة.", "russia", "against"),
    ],
)
def test_joined_subjects_are_not_warned(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a verb with its object as a pronoun: the actor after it is its subject
        ("وعرضت موسكو محاكمة الروس الذين تتهمهم واشنطن بالقرصنة أمام محاكم روسية.", "usa", "none"),
        # actors after a separate pronoun say who the noun before it is
        (
            "وتستضيف جنيف محادثات يلتقي فيها وزير الخارجية الإيراني بنظرائه من الدول الموقعة"
            " على الاتفاق التي ما زالت تدعم بقاءه وهي الصين وفرنسا.",
            "china",
            "none",
        ),
        # stays: the object of the verb after its subject
        ("وتتهم واشنطن موسكو بالتدخل في الانتخابات.", "russia", "against"),
    ],
)
def test_who_the_verb_judges(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # solidarity or support against a decision is no favour to the one who made it
        ("وتوجه دبلوماسيون إلى القرية في حملة تضامن ضد قرار إسرائيل بهدمها.", "israel", "none"),
        # تدخل after a relative pronoun or a particle of the verb is "enters"
        ("وتخضع السلع التي تدخل بريطانيا من خارج الاتحاد لرسوم جديدة.", "uk", "none"),
        # an adjective after a verb of being says what its subject, a thing, is
        (
            "وقال المحامي في بيان نشرته الشرطة البريطانية نيابة عن الأسرة، الخميس، إن حالة"
            " موكله الصحية أصبحت خطيرة.",
            "uk",
            "none",
        ),
        (
            "وقال المحامي في بيان نشرته الشرطة البريطانية نيابة عن الأسرة، الخميس، إن حالة"
            " موكله الصحية لا تزال خطيرة.",
            "uk",
            "none",
        ),
        # an indefinite company of a nationality is no state
        ("وتحقق الهيئة فيما إذا كانت شركة روسية تنتهك خصوصية المستخدمين.", "russia", "none"),
        # stays: solidarity with an actor, interference by one, a state's own danger
        ("وأعلن الوزير تضامن بلاده مع فرنسا.", "france", "favor"),
        ("وندد البيان بتدخل بريطانيا في شؤون المنطقة.", "uk", "against"),
    ],
)
def test_senses_and_sides(sentence: str, target: str, stance: str) -> None:
    _check(sentence, target, stance)

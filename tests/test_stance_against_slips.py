"""Against rows that judged the wrong actor or read a word of another sense, found by reading
a random sample of real against rows and the known slips of the lexicon.

* A noun with the article takes no genitive: a name right after the object of a verb of
  condemning or welcoming is the verb's subject written after its object (``ونددت بالقرار
  ألمانيا``), not the object's owner; only after an object the preposition marks (after a
  bare noun the name may be the object of a verb-subject-object clause: ``وانتقدت الحكومة
  روسيا``). A title's person (``للرئيس ترامب``) and a name written as
  a nisba (``للحكومة السعودية``) stay the object's.

* ``مقاطعات`` is "provinces", not the plural of ``مقاطعة`` "boycott" (``[plural_other_nouns]``).

* ``مدمرة`` is also the warship "destroyer": where no noun it could describe stands before it
  or a nisba follows it (``المدمرة البريطانية``، ``مدمرة أميركية``) it judges no one;
  ``السياسة المدمرة``، ``أفعال إيران المدمرة`` and the predicate ``الخطوة مدمرة`` stay.

* The idiom ``طعن ... في الظهر`` (stab in the back) judges the one who stabs; the verb without
  ``في الظهر`` is an appeal or a knife attack and judges no one.

* An adjective after an actor's adjective describes the same noun only with the article as
  they have it (``النظام السوري الوحشي``، ``الرسوم الأمريكية غير القانونية``); without it,
  it is the predicate of the clause's subject (``إطلاق إسرائيل النار على المحتجين
  الفلسطينيين مقلق``), which the adjective's actor does not own.

Sentences are written for these tests in the style of the news.
"""

from __future__ import annotations

import pytest

from tests.test_stance_audit_readings import _read_as
from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # the condemner written after the condemned decision
        ("ونددت بالقرار ألمانيا، وقالت إنه يهدد استقرار المنطقة.", "germany", "none"),
        ("ونددت بالهجوم فرنسا، ودعت إلى ضبط النفس.", "france", "none"),
        ("ورحبت بالخطوة روسيا وقالت إنها إيجابية.", "russia", "none"),
        # stays: an owner without the article, a title's person, a name written as a nisba
        ("ونددت ألمانيا بقرار روسيا طرد الدبلوماسيين.", "russia", "against"),
        # a direct object may be the subject (وانتقدت الحكومة روسيا): left as it is
        ("وانتقدت الحكومة روسيا بسبب الهجوم.", "russia", "against"),
        ("وعبر الزعيم الكوري عن امتنانه للرئيس ترامب على عقد القمة.", "usa", "favor"),
        ("وعرف الكاتب بانتقاداته الحادة للحكومة السعودية.", "saudi", "against"),
    ],
)
def test_a_name_after_a_definite_object_is_the_subject(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("مقاطعات", None),  # provinces
        ("المقاطعات", None),
        ("مقاطعة", "مقاطعة"),  # the boycott stays
        ("لمقاطعتها", "مقاطعة"),
    ],
)
def test_provinces_are_no_boycotts(word: str, term: str | None) -> None:
    assert _read_as(word) == term


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("وعبرت مدمرة أميركية مضيق تايوان بعد أيام من مناورات صينية.", "usa", "none"),
        ("وتابعت الصين المدمرة الأميركية حتى غادرت المنطقة المتنازع عليها.", "china", "none"),
        # stays: the adjective after the noun it describes
        ("وقال الوزير إن السياسة المدمرة لإيران تهدد أمن المنطقة.", "iran", "against"),
        ("وندد البيان بأفعال إيران المدمرة في المنطقة.", "iran", "against"),
        ("وقال المتحدث إن العقوبات الأمريكية الجديدة مدمرة للاقتصاد.", "usa", "against"),
    ],
)
def test_a_destroyer_is_no_destructive_adjective(sentence: str, target: str, expected: str) -> None:
    assert stance(sentence, target) == expected


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("وقال الرئيس التركي إن الولايات المتحدة طعنت بلاده في الظهر.", "usa", "against"),
        ("وطعنت روسيا حلفاءها في الظهر حين تخلت عنهم في الأزمة.", "russia", "against"),
        ("وقال إن واشنطن تطعن تركيا في الظهر منذ سنوات.", "turkey", "none"),
        # stays none: the one stabbed as a pronoun, an appeal, a knife attack
        ("وقال المستشار إن رئيس الوزراء الكندي يحاول طعننا في الظهر.", "usa", "none"),
        ("وطعنت فرنسا في قرار المحكمة الأوروبية أمام الدائرة العليا.", "france", "none"),
        ("وطعن رجل شرطيا فرنسيا في باريس قبل أن يعتقل.", "france", "none"),
    ],
)
def test_a_stab_in_the_back_judges_the_one_who_stabs(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        (
            "وقال الوزير إن استخدام إسرائيل القوة ضد المتظاهرين الفلسطينيين مقلق للغاية.",
            "palestine",
            "none",
        ),
        # stays: the adjective with the article, also after غير
        ("وقال المتحدث إن النظام السوري الوحشي يواصل قصف المدنيين.", "syria", "against"),
        ("وردت كندا على الرسوم الأمريكية غير القانونية بشكوى.", "usa", "against"),
    ],
)
def test_a_predicate_is_no_adjective_of_the_actor(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected

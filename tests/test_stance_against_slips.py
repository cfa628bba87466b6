"""Against rows that judged the wrong actor or read a word of another sense, found by reading
a random sample of real against rows and the known slips of the lexicon.

* A noun with the article takes no genitive: a name right after the object of a verb of
  condemning or welcoming is the verb's subject written after its object (``ونددت بالقرار
  ألمانيا``), not the object's owner; only after an object the preposition marks (after a
  bare noun the name may be the object of a verb-subject-object clause: ``وانتقدت الحكومة
  روسيا``). A title's person (``للرئيس ترامب``) and a name written as
  a nisba (``للحكومة السعودية``) stay the object's.

Sentences are written for these tests in the style of the news.
"""

from __future__ import annotations

import pytest

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

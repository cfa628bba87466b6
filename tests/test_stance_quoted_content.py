"""Evaluations inside reported speech that the engine called none (issue 12, quoted recall on
real news): words and constructions of what a speaker says about an actor.

* ``غير كاف`` (insufficient) judges the actor whose step or offer it describes;
* a hostile word in the ``من`` phrase that tells what a ``ما`` clause is names the deed of that
  clause's subject (``ما تقوم به إيران من تدخلات``), and so do the actors joined to it by و
  and a hostile word after a verb of constituting (``ما قامت به القوات يعد جريمة``);
* bearing the responsibility (``تتحمل روسيا المسؤولية عن الهجوم``) blames the one who bears
  it; its plural or its owner's pronoun is a duty, the first person the speaker's own part,
  and negated it is a denial, none of them blame.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # insufficient, of what an actor's adjective names
        ("وقال المندوب إن الخطوات الصينية الأخيرة غير كافية لطمأنة الجيران.", "china", "against"),
        ("وأكد الوزير أن العرض الإيراني غير كاف على الإطلاق.", "iran", "against"),
        # a time too short to reach a deal with Russia judges no one
        ("وقال الوزير إن الوقت المتبقي غير كاف للتوصل إلى اتفاق مع روسيا.", "russia", "none"),
    ],
)
def test_insufficient(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the من phrase tells what the ما clause's subject does
        ("وقال المتحدث إن ما تقوم به روسيا من انتهاكات بحق المدنيين لن يمر.", "russia", "against"),
        ("وأضاف أن ما ترتكبه القوات الإسرائيلية في الضفة من جرائم موثق.", "israel", "against"),
        # ... and the actor joined to the subject shares the deed
        ("وقال السفير إن ما فعلته تركيا وإيران من تدخلات معروف للجميع.", "turkey", "against"),
        ("وقال السفير إن ما فعلته تركيا وإيران من تدخلات معروف للجميع.", "iran", "against"),
        # ... and a verb of constituting says what it is
        ("وقالت اللجنة إن ما قامت به القوات الروسية في البلدة يعد جريمة.", "russia", "against"),
        # a denial of one's own deed is no stance
        ("وأكدت طهران أن ما تقوم به إيران لا يشكل انتهاكا للاتفاق.", "iran", "none"),
        # what one suffers is no deed of one's own
        ("وقال المندوب إن ما تتعرض له أوكرانيا من اعتداءات يومية مرفوض.", "ukraine", "none"),
    ],
)
def test_the_deed_a_what_clause_tells(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the one who bears the responsibility for a harm is blamed
        ("وقال المسؤول إن روسيا تتحمل المسؤولية كاملة عما جرى في المستشفى.", "russia", "against"),
        ("وقالت المتحدثة إن إيران ستتحمل مسؤولية ما جرى للسفينة.", "iran", "against"),
        # a duty taken (plural, the owner's pronoun), the speaker's own part, a denial
        ("وقالت برلين إن ألمانيا ستتحمل مسؤولياتها كاملة تجاه اللاجئين.", "germany", "none"),
        ("وأكد الرئيس أن فرنسا تتحمل مسؤوليتها في حماية المدنيين.", "france", "none"),
        ("وقال الوزير الفرنسي: نتحمل المسؤولية مع شركائنا في أوروبا.", "france", "none"),
        ("وقال الكرملين إن روسيا لا تتحمل المسؤولية عن الوضع في المدينة.", "russia", "none"),
    ],
)
def test_bearing_the_responsibility(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

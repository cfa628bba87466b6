"""What a speaker's word of evaluation judges: the owner of the thing judged (issue 12,
fourteenth session).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. Each case checks one general construction in which a word of evaluation
(أدان، انتقد، رحب، أيد، قلق ...) judged a thing an actor owns and the actor was not found, or
one of the guards that must keep such a reading from judging the wrong actor.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a possessed noun of endorsement with a direct object: the object's owner is judged
        ("وأعلنت الحكومة في بيان تأييدها قرار ترامب الانسحاب من الاتفاق.", "usa", "favor"),
        ("وكان رئيس الوزراء قد أعلن تأييده عودة روسيا إلى مجموعة الثماني.", "russia", "favor"),
        ("وجدد الحزب انتقاده سياسات الحكومة التركية في الشمال.", "turkey", "against"),
        # ... not support given (an act, no praise), nor the one an act is done to
        ("وحذر الوزير روسيا من دعمها رئيس النظام السوري.", "syria", "none"),
        ("وجددت الوزارة إدانتها استهداف الجيش السوري في دير الزور.", "syria", "none"),
        ("وجدد الوزير إدانته مقتل الفلسطينيين على حدود القطاع.", "palestine", "none"),
        # dismay at an actor's position or policy judges the actor, as rejecting it does
        ("وأعرب الوزير عن استيائه من الموقف الأمريكي تجاه القضية.", "usa", "against"),
        ("وأعربت المنظمة عن قلقها من مواقف الحكومة التركية الأخيرة.", "turkey", "against"),
        ("وعبر الوزير عن أسفه للقرار البريطاني الأخير.", "uk", "against"),
        # ... not a situation (no one's act), nor the one a regretted act is done to
        ("وأعرب الوزير عن قلقه من الوضع في سوريا.", "syria", "none"),
        ("وعبرت الحكومة عن أسفها لاعتقال الروسية ماريا في واشنطن.", "russia", "none"),
        ("وأعرب الوزير عن قلقه من العقوبات على روسيا.", "russia", "none"),
        # a verb of evaluation describing an indefinite statement or document right before it
        # (no relative pronoun): the document speaks, the actor after the verb is judged
        ("وتبنت الجمعية العامة قرارا يدين إسرائيل بسبب استخدام القوة.", "israel", "against"),
        ("ونشر الوزير تغريدة ينتقد فيها إيران بشدة.", "iran", "against"),
        ("وأصدر البرلمان بيانا يرحب بالمبادرة الروسية.", "russia", "favor"),
        # ... not an actor inside a phrase of place after it
        ("ونشر الوزير تغريدة يندد فيها بالهجوم في تركيا.", "turkey", "none"),
        # a state moves or opens its own mission: judging the move judges that state
        ("واحتج الفلسطينيون على نقل السفارة الأمريكية إلى القدس.", "usa", "against"),
        ("وخرج المتظاهرون للتنديد بتدشين سفارة الولايات المتحدة في القدس.", "usa", "against"),
        ("وجددت المملكة رفضها نقل مقر السفارة الأميركية إلى القدس.", "usa", "against"),
        ("ورحب رئيس الوزراء بافتتاح السفارة الأمريكية في القدس.", "usa", "favor"),
        # ... not closing one (a host closes another's mission), nor an attack on it
        ("وأدان الوزير إغلاق القنصلية الروسية في سياتل.", "russia", "none"),
        ("وأدانت الخارجية الهجوم على السفارة الأمريكية في بغداد.", "usa", "none"),
        # ... nor a move that is only the topic of the judged words
        (
            "ودعت الجامعة أنقرة إلى الكف عن المزايدة، مستنكرة تصريحات وزير خارجيتها بشأن نقل"
            " السفارة الأمريكية.",
            "usa",
            "none",
        ),
        # ... nor the mission named only as a place (no word judges the move)
        ("وقتل عشرات المتظاهرين يوم افتتاح السفارة الأمريكية في القدس.", "usa", "none"),
        # negation: a word of evaluation that is not said judges no one
        ("ولم يدن الوزير نقل السفارة الأمريكية إلى القدس.", "usa", "none"),
        ("ولم تبد الحكومة أي قلق من الموقف الأمريكي.", "usa", "none"),
    ],
)
def test_the_owner_of_the_judged_thing(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("text", "target", "stance", "holder"),
    [
        # a statement goes on with the verb and its object, the speaker named before: a
        # position, decision or policy the actor's adjective qualifies is the actor's
        (
            "وأكد وزير الخارجية الفرنسي أن بلاده ستواصل العمل مع شركائها. وانتقد القرار"
            " الأمريكي بفرض رسوم جمركية على الصلب.",
            "usa",
            "against",
            "وزير الخارجية الفرنسي",
        ),
        (
            "وقال وزير الخارجية اليمني إن الحكومة تسعى إلى السلام. وثمن الموقف البريطاني"
            " الداعم للحكومة الشرعية.",
            "uk",
            "favor",
            "وزير الخارجية اليمني",
        ),
        # ... not a person or body after the verb: that is its subject, the speaker
        (
            "وعقد المجلس اجتماعا طارئا. وانتقد الرئيس الأمريكي القرار الأوروبي.",
            "usa",
            "none",
            "الرئيس الأمريكي",
        ),
    ],
)
def test_a_continuing_statement_judges_the_owner_of_its_object(
    text: str, target: str, stance: str, holder: str
) -> None:
    frame = stance_sentences(pd.DataFrame({"article_id": ["a"], "body": [text]}))
    row = frame[(frame["target"] == target) & (frame["sentence_index"] == 1)].iloc[0]
    assert (row["stance"], row["holder"]) == (stance, holder), row["hits"]

"""An actor's deed evaluated by a speaker (issue 12, quoted recall on real news): a verb of
describing (``وصف``) whose object is a deed written as a noun phrase judges the deed's owner,
and so does an evaluation that names its deed after a link (``جسده``، ``المتمثل في``، ``مثل``،
``ومنها``).

* a person named right after a deed noun owns it (``ووصف المستشار قرار بوتين بالمتهور``);
  a name after a given name or a title is the speaker's own (``ووصف الرئيس الأمريكي دونالد
  ترامب ...``), and a word that is no deed before a name is no owner;
* a deed with an actor's adjective may run on in a phrase of its own before ``بأن``
  (``المواقف الروسية ضد الاتفاق بأنها``); a definite word that follows a name without a
  preposition is another object, and the adjective before it belonged to the speaker's title;
* the deed after a link takes the evaluation before it, and the deed's doer is judged; not the
  one who suffers the deed, nor an actor after ``مثل`` that is no deed (``دول مثل روسيا``).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a person's deed: the noun before his name
        ("ووصف المستشار قرار بوتين الأخير بالمتهور.", "russia", "against"),
        ("ووصفت الوزيرة تصريحات أردوغان بأنها استفزازية.", "turkey", "against"),
        ("ووصف الحزب سياسات ماكرون الاقتصادية بالناجحة.", "france", "favor"),
        # the name after a given name is the speaker's
        ("ووصف الرئيس الروسي فلاديمير بوتين، الخميس، الاتهامات بأنها سخيفة.", "russia", "none"),
        # a speaker named with his master's name: the lawyer speaks
        ("ووصف أحد محامي ترامب التحقيق بأنه مطاردة ظالمة.", "usa", "none"),
    ],
)
def test_a_persons_deed_described(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the deed's own phrase before بأن
        (
            "ووصف المبعوث الغارات الروسية على الأحياء السكنية في إدلب بأنها جريمة حرب.",
            "russia",
            "against",
        ),
        ("وقد وصف الوزير المواقف الإيرانية ضد الهدنة بأنها عرقلة متعمدة.", "iran", "against"),
        (
            "ووصف المراقب أعمال الهدم الإسرائيلية بحق المنازل في القدس بأنها جريمة.",
            "israel",
            "against",
        ),
        # the adjective of the speaker's own phrase, then the object
        ("ووصفت الهيئة الرقابية الأمريكية تصريحات الملياردير بأنها مضللة.", "usa", "none"),
        # the adjective of the speaker's title, then his name and the object
        (
            "ووصف مستشار الأمن القومي التركي، أحمد يلماز، المحكمة بأنها غير شرعية.",
            "turkey",
            "none",
        ),
    ],
)
def test_a_deed_with_a_phrase_of_its_own(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # embodied by the deed
        (
            "وقال الأمين العام إن المنطقة تشهد عدوانا سافرا على الشرعية جسده نقل السفارة "
            "الألمانية إلى القدس.",
            "germany",
            "against",
        ),
        # consisting in the deed
        ("وقال المتحدث إن الانتهاك الصارخ يتمثل في الغارات التركية.", "turkey", "against"),
        # such as, among them
        (
            "وقال الوزير إن الذرائع تستخدم لتبرير أعمال غير مسؤولة، مثل الضربات الفرنسية "
            "على المدينة.",
            "france",
            "against",
        ),
        (
            "وأكد المندوب أن العقوبات أحادية الجانب، ومنها العقوبات البريطانية الأخيرة، "
            "تضر بالاقتصاد.",
            "uk",
            "against",
        ),
        # an actor after مثل that is no deed: countries as examples
        ("وقال الخبير إن الأزمة الخطيرة تشمل دولا مثل روسيا.", "russia", "none"),
        # منها alone is "from it"
        ("وقال إن الأعمال غير المسؤولة انطلقت منها الغارات التركية.", "turkey", "none"),
    ],
)
def test_a_deed_named_after_its_evaluation(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

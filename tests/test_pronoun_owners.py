"""An attached pronoun agrees with its referent in gender (issue 12).

The owner of a judged word with an attached pronoun (``تهديدها``, ``انتهاكاته``) is the nearest
actor before it. Arabic writes ``ه`` for a man, a masculine body (``الكرملين``, ``الاتحاد
الأوروبي``) or a masculine-named state, ``ها`` for a woman, most states and cities (``واشنطن``,
``الصين``) and bodies in ``ة``. Where the nearest actor's gender is certain and is not the
pronoun's, the pronoun is someone else's and no actor is judged; where a noun of the other gender
may govern the actor (``إدارة ترامب``, ``قوات النظام السوري``) or the pronoun may be the
word's object (``هددها``, ``عمل على تصعيدها``), today's owner stays.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the check must not change.
"""

from __future__ import annotations

import pytest

from helpers.pronoun_owners import pronoun_gender
from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("word", "gender"),
    [("تهديدها", "f"), ("وانتهاكاته", "m"), ("حرصهم", None), ("تهديدهما", None), ("تهديد", None)],
)
def test_the_pronoun_gender_is_read_from_its_ending(word: str, gender: str | None) -> None:
    assert pronoun_gender(word) == gender


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a man before ها: the neighbour's isolation, the actress's failure, not his
        (
            "وتهدف القمة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري إلى إخراج الجارة "
            "من عزلتها.",
            "usa",
            "none",
        ),
        ("وكان ترامب قد التقى الممثلة قبل فشلها في الانتخابات.", "usa", "none"),
        # a masculine adjective before ها: the company failed, not China
        ("وقال المحلل إن السوق الصيني أنقذ الشركة بعد فشلها في أوروبا.", "china", "none"),
        # a masculine body before ها: the city's role, not the Union's
        (
            "وقال الوزير إن المدينة ستبقى بعد الخروج من الاتحاد الأوروبي مركزا عالميا بفضل "
            "دورها المهم.",
            "eu",
            "none",
        ),
        # a feminine state after a preposition before ه: the economy's success, not China's
        ("وقال الخبير إن الشراكة مع الصين دليل على قوة الاقتصاد المحلي ونجاحه.", "china", "none"),
        ("وقال الخبير إن التعاون مع واشنطن دليل على قوة الاقتصاد المحلي ونجاحه.", "usa", "none"),
        # the pronoun as the one judged is checked too: ها is not the Kremlin's
        ("وقال المحلل إن الكرملين قرر وقف دعمها بعد الانتخابات.", "russia", "none"),
        # a pronoun that may be its word's object is still never a feminine phrase's
        ("وقال السفير إن المجلس سمح لروسيا بالتأثير على مصداقيته.", "russia", "none"),
    ],
)
def test_a_pronoun_of_the_other_gender_judges_no_actor(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # stays: a masculine body with ه, a feminine capital with ها, a man with ه
        ("وقال المتحدث إن الكرملين يواصل انتهاكاته للاتفاق.", "russia", "against"),
        ("وقال المتحدث إن واشنطن تواصل تهديداتها للمنطقة.", "usa", "against"),
        ("وقال المعارض إن أردوغان يواصل قمعه للصحفيين.", "turkey", "against"),
        # stays: a feminine noun governs the actor, and the pronoun may be that noun's
        ("وقال المحلل إن إدارة ترامب تواصل تهديداتها للمنطقة.", "usa", "against"),
        ("وقالت المنظمة إن قوات النظام السوري تواصل انتهاكاتها في الغوطة.", "syria", "against"),
        # stays: a verb's pronoun is its object; the man before is its subject
        ("وقالت الصحفية إن الرئيس الأمريكي هددها مرارا.", "usa", "against"),
        # stays: a verbal noun completing a verb through على may carry its object
        ("وبدلا من حل الأزمة، عمل الرئيس التركي على تصعيدها.", "turkey", "against"),
        # a body noun before a man's name is the verb's subject, not his title: ه is his
        ("وتلاحق الشرطة ترامب بسبب انتهاكاته المتكررة للقانون.", "usa", "against"),
    ],
)
def test_a_pronoun_that_may_be_the_actor_keeps_it(sentence: str, target: str, stance: str) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]

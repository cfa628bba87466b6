"""Attaching an evaluative word to the actor it is about, in real-style news sentences.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set, and no quotation is put in a real person's mouth. Each case checks one
general fact of attachment (issue 12): a quality of a thing is no stance toward the actor named
before it; the object of a verb ends where a second verb joined by و starts; the owner of what
a hostile act harms suffers it and does not do it; a threat is not aimed past its purpose. The
guards check the readings these rules must leave alone.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from tests.test_stance_roles import rows


def stance_of(sentence: str, target: str) -> tuple[str, str]:
    """The stance of ``target`` in the one-sentence text, with the hits that made it."""
    row = rows(sentence).loc[target]
    return row["stance"], row["hits"]


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a negative quality of a thing (a fault, a crisis, a conflict) judges the thing,
        # not the actor named before it
        (
            "وقال المسؤول إن الولايات المتحدة ستنسحب ما لم يتم إصلاح العيوب الكارثية في الصفقة.",
            "usa",
            "none",
        ),
        ("وقال الوزير إن تركيا لم تتعامل مع الأزمة الخطيرة في الأسواق.", "turkey", "none"),
        ("ودخلت سوريا في دائرة النزاع الدموي منذ سنوات.", "syria", "none"),
        # ... but a quality of a deed or conduct judges its doer
        ("وقال المسؤول إن الولايات المتحدة تنتهج السلوك العدواني في المنطقة.", "usa", "against"),
        ("وقال الوزير إن إسرائيل تفرض نظام الفصل العنصري على الفلسطينيين.", "israel", "against"),
        # ... and so does a quality of what the actor does something with, of what a
        # demonstrative points back to, or of a phrase whose noun has an adjective already
        ("وقال المسؤول إن طهران تنشر الأسلحة الخطيرة في المنطقة.", "iran", "against"),
        ("وقال المتحدث إن روسيا لن تخدع أحدا بهذه المناورة المشينة.", "russia", "against"),
        (
            "وقالت كوريا الشمالية إن الولايات المتحدة تواصل المناورات العسكرية الاستفزازية.",
            "usa",
            "against",
        ),
        # the actor after a second verb joined by و is that verb's object
        (
            "وكانت الحكومة الفرنسية قد انتقدت الإجراءات الحدودية وطالبت الكونغرس بقوانين أشد.",
            "usa",
            "none",
        ),
        ("وانتقدت روسيا المقترح ودعت الولايات المتحدة إلى الحوار.", "usa", "none"),
        # ... while one verb's object is found as before
        ("وانتقد الوزير بشدة الولايات المتحدة وطالب بالحوار.", "usa", "against"),
        # the owner of what a hostile act is done to (after ل) suffers it
        ("واعتبر المسؤولون التقارب بين البلدين تقويضا لجهود واشنطن في المنطقة.", "usa", "none"),
        ("وقال إن نقل الأسلحة يمثل انتهاكا لقرارات الأمم المتحدة.", "un", "none"),
        # ... and the doer named before the act is then found
        ("وقال الوزير إن انسحاب أميركا من الاتفاق خرق لقرارات الأمم المتحدة.", "usa", "against"),
        # ... while an actor right after the act, with no ل-noun between, still does it
        ("وندد البيان بالعدوان الإسرائيلي على القطاع.", "israel", "against"),
        ("وحذر الوزير من تدخل روسيا في الانتخابات.", "russia", "against"),
        # a threat's aim stops at a verbal noun of purpose: what follows is the purpose's
        (
            "وكان الرئيس قد هدد بإغلاق الحدود لوقف دخول المهاجرين إلى الولايات المتحدة.",
            "usa",
            "none",
        ),
        # ... while the actor after على the threatened deed names is still threatened
        ("وهدد الرئيس بفرض عقوبات على إيران لمنعها من تطوير الصواريخ.", "iran", "against"),
        ("وهددت روسيا بالرد على أي تحرك للناتو قرب حدودها.", "nato", "against"),
        # the owner after a noun of accusation is its author when بهذا الصدد follows (in this
        # regard), and the accused when a charge with ب follows
        ("وساوى الرئيس بين اتهامات الاستخبارات الأميركية بهذا الصدد ونفي موسكو.", "usa", "none"),
        ("وتتواصل اتهامات موسكو بالتدخل في الانتخابات.", "russia", "against"),
        # a masculine pronoun on a verb of judging never takes up a feminine adjective
        (
            "وأقال الوزير المسؤول الذي حقق في الانتخابات الرئاسية الأميركية وانتقده الرئيس مرارا.",
            "usa",
            "none",
        ),
        ("وتحدث الوزير عن الموقف الأمريكي وانتقده بشدة.", "usa", "against"),
        # a clause that opens with a pronoun describes the noun right before it, not an actor
        # with another noun after it ...
        (
            "وقال التقرير إن الإشادة المتكررة من حملة ترامب وتواصلها مع ويكيليكس، "
            "وهي منظمة معادية، أمر مستهجن.",
            "usa",
            "none",
        ),
        # ... while it takes up an actor that ends the clause before, or its subject
        ("وانتقد الوزير سياسة الحلف مع موسكو، وهي سياسة عدوانية.", "russia", "against"),
        ("وقال إن القرار الأمريكي باطل، وهو مرفوض دوليا.", "usa", "against"),
    ],
)
def test_an_evaluative_word_is_about_the_actor_it_judges(
    sentence: str, target: str, stance: str
) -> None:
    found, hits = stance_of(sentence, target)
    assert found == stance, hits


def test_two_verbs_that_share_an_object_judge_it_in_their_subjects_voice() -> None:
    """``أدانت إيران واستنكرت تحذيرات الولايات المتحدة``: only the subject stands between the
    verbs, so the first verb's object is the one after the second."""
    frame = stance_sentences(
        pd.DataFrame(
            {"article_id": ["a"], "body": ["وأدانت إيران واستنكرت تحذيرات الولايات المتحدة."]}
        )
    )
    usa = frame[frame["target"] == "usa"]
    held = usa[(usa["stance"] == "against") & (usa["holder"] == "إيران")]
    assert held["hits"].str.contains("وأدانت").any(), usa[["stance", "holder", "hits"]]

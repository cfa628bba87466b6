"""Favor recall on real news: praise of a deed whose doer is the judged actor, and the object a
verb's shape shows. The giver of an act of giving named in a relative clause after it (``أشاد
بالدعم الذي تقدمه ألمانيا``: stance_acts), a thing in construct with its owner right after a
verb whose subject was named before (``وامتدح دور القوات التركية``: evaluator_subjects and
stance_targets), a circumstance set off by commas between the subject and the ب-object
(``، خلال مؤتمر صحفي،``: comma_clauses), and a country after a masculine verb, which is its
object, countries being feminine (``وشكر الصين``: verb_gender). Sentences are written for
these tests in the style of the news."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences
from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("أشاد رئيس الحكومة بالدعم الذي تقدمه ألمانيا للاجئين في بلاده.", "germany", "favor"),
        (
            "وثمن المسؤول الأردني الدعم الذي يقدمه ولي العهد السعودي لمشاريع التنمية.",
            "saudi",
            "favor",
        ),
        ("ندد البيان بالدعم الذي تقدمه إيران للمليشيات المسلحة في المنطقة.", "iran", "against"),
    ],
)
def test_the_giver_named_in_a_relative_clause_is_judged(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected


def test_the_receiver_in_a_relative_clause_is_no_giver() -> None:
    sentence = "أشاد الوزير بالدعم الذي تلقته أوكرانيا خلال الشتاء الماضي."
    assert stance(sentence, "ukraine") == "none"


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("ثم امتدح دور القوات التركية في حماية المدنيين.", "turkey", "favor"),
        ("وثمن جهود الصين في إنهاء الأزمة.", "china", "favor"),
        ("وانتقد سلوك الحكومة الإيرانية في المنطقة.", "iran", "against"),
    ],
)
def test_a_thing_in_construct_after_the_verb_is_its_object(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected


def test_a_thing_after_a_verb_with_its_subject_before_is_no_object() -> None:
    sentence = "وقال الكاتب إن الرواية عنصرية تدعم دور الإمبراطورية البريطانية في الهند."
    assert stance(sentence, "uk") == "none"


def _holder(sentence: str, target: str) -> str:
    articles = pd.DataFrame({"article_id": ["a"], "body": [sentence], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False)
    return str(found[found["target"] == target].iloc[0]["holder"])


def test_a_document_in_construct_still_speaks() -> None:
    sentence = "ويدعو مشروع القرار الحكومة الإسرائيلية إلى التوقف عن هدم المنازل."
    assert _holder(sentence, "israel") == "مشروع القرار"


def test_a_circumstance_in_commas_before_the_object() -> None:
    sentence = "ورحب وزير الخارجية الإيطالي، خلال مؤتمر صحفي، بالموقف الصيني من الأزمة."
    assert stance(sentence, "china") == "favor"


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("وشكر الصين على مساعداتها الطبية خلال الجائحة.", "china", "favor"),
        ("وهنأ تركيا على نجاح الانتخابات البلدية.", "turkey", "favor"),
        ("لكنه انتقد بريطانيا بسبب موقفها من اللاجئين.", "uk", "against"),
    ],
)
def test_a_country_after_a_masculine_verb_is_its_object(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("وشكرت فرنسا الوفد الزائر على مشاركته.", "france"),  # a feminine verb: the subject
        ("وانتقد الرئيس الروسي العقوبات الجديدة.", "russia"),  # a man: the subject
    ],
)
def test_the_subject_of_the_verb_stays_its_speaker(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


def test_the_thanks_noun_after_a_preposition_keeps_its_owner_as_speaker() -> None:
    sentence = "وأعرب المتحدث في البيان عن شكر فرنسا للدعم الذي قدمه الشركاء الأوروبيون."
    assert _holder(sentence, "france") == "فرنسا"

"""A militia label names its patron and judges the militia (helpers/militia_patrons.py).

Sentences written for this project in the style of Gulf outlets' Yemen and Syria reports; none
is copied from a data set. The decision (benchmarks/results/stance_real.md, against3): the
pejorative word judges the militia, the nisba or the word of loyalty or backing only names
whose it is, so neither the label nor the militia's deeds are a stance toward the patron. An
evaluation written of the patron itself still is.
"""

from __future__ import annotations

import pytest

from helpers.militia_patrons import names_a_patron
from helpers.stance_clauses import read_tokens
from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the label alone, in the outlet's narration
        ("استعادت قوات الجيش بلدة جديدة كانت تحت سيطرة ميليشيات الحوثي الإيرانية.", "iran", "none"),
        ("أسقطت الدفاعات طائرة مسيرة أطلقتها ميليشيا الحوثي الإيرانية نحو المطار.", "iran", "none"),
        # the militia's deeds are the militia's, whatever names its patron
        ("قال الوزير إن ميليشيات الحوثي الإيرانية ترتكب جرائم بحق المدنيين.", "iran", "none"),
        ("وتواصل الميليشيات الإيرانية انتهاك القوانين الدولية في المدينة.", "iran", "none"),
        (
            "وأكد المتحدث أن ميليشيا حزب الله الإرهابية التابعة لإيران فشلت في الهجوم.",
            "iran",
            "none",
        ),
        ("واتهم البيان الميليشيات الحوثية المدعومة من إيران بتجنيد الأطفال.", "iran", "none"),
        # an evaluation of the patron itself, named apart, stays
        ("ندد الوزير بتورط إيران في تسليح ميليشيات الحوثي الإيرانية.", "iran", "against"),
        (
            "وقال إن طهران تهرب السلاح إلى الميليشيات الإيرانية، وتقوم بأعمال غير قانونية.",
            "iran",
            "against",
        ),
        # a masculine nisba describes the noun before it, not the militia
        ("وقال السفير إن ميليشيات النظام الإيراني ترتكب جرائم في المنطقة.", "iran", "against"),
        # a state's own forces are no militia
        ("وقال التقرير إن القوات الإيرانية ارتكبت جرائم بحق المدنيين.", "iran", "against"),
    ],
)
def test_a_militia_label_judges_the_militia(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


def _patron(text: str, word: str) -> bool:
    tokens = read_tokens(text, 0, len(text))
    k = next(i for i, t in enumerate(tokens) if t.norm.endswith(word))
    return names_a_patron(tokens, k, adjective=True)


@pytest.mark.parametrize(
    ("text", "word", "patron"),
    [
        ("قصفت الطائرات مواقع ميليشيات الحوثي الإيرانية", "ايرانية", True),
        ("انسحبت ميليشيا حزب الله الإيرانية من البلدة", "ايرانية", True),
        ("اشتبكت القوات مع ميليشيات شيعية إيرانية", "ايرانية", True),
        # a definite militia noun takes no genitive: the adjective is another noun's
        ("كشف عن قيام الميليشيات بنشر الأفكار الإيرانية", "ايرانية", False),
        # another noun joined by و, or a preposition, ends the militia's phrase
        ("تقدمت ميليشيات الحوثي والقوات الإيرانية", "ايرانية", False),
        ("استهدفت ميليشيات الحوثي لأهداف مدنية سعودية", "سعودية", False),
    ],
)
def test_the_phrase_of_a_militia(text: str, word: str, patron: bool) -> None:
    assert _patron(text, word) is patron

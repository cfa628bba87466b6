"""Favor precision on real news, fourth round. Words that look like praise but are not: the
number two (اثنتان) and twelve (اثني عشر), ثنى ... عن (to deter), ممتاز naming a league's top
division; backing a politician gets from his own voters or members of parliament (domestic
politics, GUIDELINES: the stance is about the actor the evaluation is ABOUT); support of a
people protesting against its rulers, and of the one a praised thing is against (ضد), is no
favor toward the state. Sentences are written for these tests in the style of the news."""

from __future__ import annotations

import pytest

from tests.test_stance_favor_precision import stance


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the number two and twelve count, they praise no one
        (
            "وعلقت الرياض صادراتها عبر الممر مؤقتا إثر هجمات تعرضت لها اثنتان من ناقلات النفط "
            "السعودية من قبل مسلحين.",
            "saudi",
        ),
        (
            "فقبل الاجتماع بيومين، طرح موضوع شائك: توجيه الاتهام إلى اثني عشر عنصرا في "
            "الاستخبارات الروسية في إطار التحقيق في تدخل الكرملين.",
            "russia",
        ),
        # ثنى ... عن: to deter, no praise, and its negation no blame
        ("ومن شأن العقوبات الجديدة أن تثني الشركات الأجنبية عن التعامل مع إيران.", "iran"),
        (
            "قال الكرملين، الأربعاء، إن الحزمة الأوروبية الجديدة من العقوبات لن تثني روسيا عن "
            "سياستها المستقلة.",
            "russia",
        ),
        # ممتاز after a league or a cup is the name of its top division
        ("أعلن نادي سبارتاك، المنتمي للدوري الروسي الممتاز لكرة القدم، ضم مدافع جديد.", "russia"),
        ("تستعرض هذه الحلقة تتويج ليون على مرسيليا في كأس فرنسا الممتازة.", "france"),
    ],
)
def test_a_word_that_only_looks_like_praise_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("وأثنى الوزير على الدور الروسي في المفاوضات.", "russia"),
        ("وقال المبعوث إن أداء الدبلوماسية الصينية كان ممتازا.", "china"),
        ("وأثنت المستشارة على جهود فرنسا عن قرب في الملف.", "france"),
    ],
)
def test_praise_in_those_words_stays(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("ويحظى ماكرون حتى الآن بدعم النواب المنتمين لكتلته الوسطية.", "france"),
        ("وتفيد الأرقام بأن ماكرون يحظى بتأييد 40 بالمئة من الناخبين.", "france"),
    ],
)
def test_backing_from_ones_own_constituency_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "none"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("ونالت بريطانيا دعما واسعا من شركائها في الاتحاد الأوروبي.", "uk"),
        ("وتحظى السعودية بدعم الولايات المتحدة في هذا الملف.", "saudi"),
    ],
)
def test_backing_from_another_stays(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # support of a people protesting against its rulers backs the people, not the state
        (
            "وجاءت التصريحات بعد إعلان الوزير الأميركي هذا الأسبوع دعمه للإيرانيين الذين "
            "يتظاهرون ضد حكومتهم احتجاجا على الغلاء.",
            "iran",
        ),
        (
            "وقالت الخارجية إن الشعب الإيراني يطالب بتوزيع عادل لثرواته وأن يستجيب القادة "
            "الإيرانيون لمطالبه المشروعة.",
            "iran",
        ),
        # the one a praised thing is against is not favored
        (
            "من جهتها، ثمنت زعيمة المعارضة المقيمة في المنفى احتجاجات الإيرانيين ضد قمع الحرس "
            "الثوري وقالت في تغريدة إن المدن تنتفض.",
            "iran",
        ),
        (
            "ومع إخفاق الأجهزة في إنهاء الاحتجاجات الشعبية ضد سياسات النظام الإيراني، بدأت "
            "السلطات بالاستعانة برجال الدين.",
            "iran",
        ),
    ],
)
def test_a_protest_or_what_it_is_against_is_no_favor(sentence: str, target: str) -> None:
    assert stance(sentence, target) != "favor"  # none, or against through a hostile word


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # a people's protest against another state: the favor toward the people's side stays
        ("وأشاد السفير بصمود الشعب الفلسطيني، واستنكر قتل المتظاهرين في غزة.", "palestine"),
        ("وأشاد الوزير بموقف باريس الحازم ضد موسكو في الأزمة.", "france"),
        ("وأعربت الرياض عن تضامنها مع الشعب السوري.", "syria"),
    ],
)
def test_favor_beside_a_protest_or_against_stays(sentence: str, target: str) -> None:
    assert stance(sentence, target) == "favor"

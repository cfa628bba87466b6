"""Circumstantial participles of evaluation after a comma carry the main clause subject's stance
toward their object (``...، متهمة موسكو بـ``، ``...، محملا روسيا المسؤولية``، ``...، محذرا
واشنطن من``); the same words as adjectives or nouns (``المتهمة``، ``المنتقدين لـ``، ``محملة
بالأغذية``) judge no one. Real-style sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes
from tests.test_stance_roles import row as target_row


def row(text: str, target: str) -> tuple[str, str, str]:
    """(stance, voice, holder) of ``target`` in the one-sentence ``text``."""
    found = target_row(text, target)
    return found["stance"], found["voice"], found["holder"]


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        # the feminine and plural participles of accusing agree with their subject
        ("وانسحبت الحكومة من المحادثات، متهمة إيران بعرقلة الاتفاق.", "iran", "الحكومة"),
        ("وأغلقت الدول الأربع حدودها، متهمين إيران بدعم الإرهاب.", "iran", "الدول"),
        # laying the responsibility, as a participle
        (
            "وأدانت الخارجية القطرية الهجوم، محملة السعودية المسؤولية الكاملة عن سلامة الرهائن.",
            "saudi",
            "الخارجية القطرية",
        ),
        # the one warned stands right after the participle: its object, not its speaker
        ("وأدانت المنظمة القرار، محذرة إيران من عواقب التصعيد.", "iran", "المنظمة"),
        # an indefinite subject with its nationality adjective speaks through the participle
        (
            "وأقام محام أمريكي دعوى قضائية في واشنطن، متهما روسيا بالتدخل في الانتخابات.",
            "russia",
            "محام أمريكي",
        ),
        # an accused whose name starts with ب is no ب-charge
        (
            "وأمر الرئيس بإجراء تحقيق في الممارسات التجارية، متهما بكين بمعاملة غير عادلة.",
            "china",
            "الرئيس",
        ),
        # the pluperfect's subject, between كان and قد, warns
        (
            "وكان الرئيس الأمريكي قد أعاد التأكيد أمس على عزمه فرض رسوم على الواردات، "
            "محذرا الاتحاد الأوروبي من عواقب كبيرة.",
            "eu",
            "الرئيس الأمريكي",
        ),
    ],
)
def test_a_participle_judges_its_object_in_the_subjects_voice(
    text: str, target: str, holder: str
) -> None:
    assert row(text, target) == ("against", "quoted", holder)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وأدانت المحكمة امرأة متهمة بالتجسس لصالح إيران.", "iran"),  # accused, not accusing
        ("وهؤلاء جميعا من المنتقدين لسياسات روسيا.", "russia"),  # the critics, a noun
        ("وأفرجت السلطات عن المتهمة الروسية.", "russia"),  # the defendant
        # the accused right after the participle is no actor: nothing further on is accused
        ("وتقدمت امرأة بدعوى أمام محكمة أمريكية، متهمة اللاعب بالاعتداء عليها.", "usa"),
    ],
)
def test_a_participle_as_adjective_or_noun_judges_no_one(text: str, target: str) -> None:
    assert row(text, target)[0] == "none"


def test_loaded_with_is_no_blame() -> None:
    """``محملة بالأغذية`` (loaded with food) lays no responsibility: no cue, no stance."""
    text = "ووصلت إلى المدينة شاحنات محملة بالأغذية من روسيا."
    assert find_quotes(text).empty
    assert row(text, "russia")[0] == "none"


def test_a_given_name_after_the_subjects_title_is_no_charge() -> None:
    """``الإسرائيلي بنيامين ...``: a given name that starts with ب is no ب-charge, so the
    accused is the actor before the real charge, not the accuser's own side."""
    text = "واتهم رئيس الوزراء الإسرائيلي بنيامين ليفي الرئيس التركي بدعم الإرهاب."
    assert row(text, "turkey")[0] == "against"
    assert row(text, "israel")[0] == "none"

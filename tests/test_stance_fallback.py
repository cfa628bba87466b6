"""The doer of a deed a statement judges (helpers/stance_fallback.py, issue 12).

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The positive cases were none before the fallback; each guard is a sentence the
fallback reads a deed in, whose negative word is about something else than the deed's owner,
or that is the outlet's narration or the owner's own side speaking.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.stance_fallback import DEED_RULE, _bare_noun
from tests.test_stance_roles import row

JUDGED_DEEDS = {
    # a negative quality said of the deed after it, inside reported speech
    "withdrawal": "وأوضح الوزير أن قرار واشنطن الانسحاب من المعاهدة قد يزعزع استقرار القارة.",
    "step": "ووصف المتحدث باسم الحكومة خطوة ترامب بأنها مؤسفة للغاية.",
    # a deed owned by the doer's adjective, past the verbal noun that governs it
    "tariffs": 'وقال الوزير إن "عواقب فرض رسوم أمريكية على الواردات ستكون خطيرة".',
    # the doer named by an office and its adjective, then by name (قرار الرئيس الأمريكي ...)
    "office": "وقال الوزير إن قرار الرئيس الأمريكي دونالد ترامب نقل السفارة يشكل انتهاكا للقانون.",
    # the deed's target in a phrase between the deed and the word said of it
    "target": "وقال الوزير إن الضربات الأمريكية على المواقع السورية تنتهك القانون الدولي.",
}
HOLDERS = {
    "withdrawal": "الوزير",
    "step": "المتحدث باسم الحكومة",
    "tariffs": "الوزير",
    "office": "الوزير",
    "target": "الوزير",
}

# a person's deed after a verb of describing is read first by the describing chain
# (helpers/described_things.py), so the fallback has nothing left to add there
RULES = {"step": "object of the verb before its charge"}


@pytest.mark.parametrize("case", sorted(JUDGED_DEEDS))
def test_a_judged_deed_is_against_its_doer_in_the_speakers_voice(case: str) -> None:
    found = row(JUDGED_DEEDS[case], "usa")
    assert found["stance"] == "against", found["hits"]
    assert found["voice"] == "quoted"
    assert found["holder"] == HOLDERS[case]
    assert RULES.get(case, DEED_RULE) in found["hits"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the outlet's own account of a deed is no one's judgement (the rule reads speech only)
        ("ويبدو أن قرار واشنطن الانسحاب من المعاهدة قد يزعزع استقرار القارة.", "usa"),
        # a norm broken, respected or applied: its owner is no doer (a resolution, a treaty)
        ('وقال المتحدث إن "الهجوم جاء لخرق القرار الأممي وتهديد أمن المنطقة".', "un"),
        # what follows a word of cause is another's deed
        (
            "وقال المسؤول إن قرار إيران حجب التطبيق جاء بسبب الدور المدمر الذي لعبه.",
            "iran",
        ),
        # the owner of a deed done to it (طرد روسيا: Russia is expelled)
        ("وأوضح الوزير أن طرد روسيا من المجموعة قد يزعزع استقرار القارة.", "russia"),
        # another actor between the deed and the word, no preposition's object: the word is
        # said of that one (the sanctions, not Iran's decision)
        (
            "وقال الوزير إن قرار إيران تخصيب اليورانيوم جعل الصين تنتهك العقوبات الدولية.",
            "iran",
        ),
        # a colon opens another statement
        ('وعلق الوزير على العقوبات الأمريكية الجديدة قائلا: "الإرهاب يهدد الجميع".', "usa"),
        # the speaker's own side's deed (a Russian minister on a Russian decision)
        (
            "وأوضح الوزير الروسي أن قرار موسكو الانسحاب من المعاهدة قد يزعزع استقرار القارة.",
            "russia",
        ),
    ],
)
def test_no_deed_judgement_where_the_words_are_about_something_else(
    sentence: str, target: str
) -> None:
    found = row(sentence, target)
    assert DEED_RULE not in found["hits"], found["hits"]


def test_a_deed_behind_the_fused_preposition_is_read() -> None:
    # للسياسات is ل + السياسات: the deed of the adjective after it, judged by المدمرة
    found = row(
        "وأكد الوزير أن المنطقة تعاني من الآثار الثقيلة للسياسات السعودية المدمرة.", "saudi"
    )
    assert found["stance"] == "against", found["hits"]
    assert DEED_RULE in found["hits"]
    assert found["holder"] == "الوزير"


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("بوساطة", "وساطة"),  # a stem that opens with و keeps it behind the preposition
        ("وبوساطة", "وساطة"),  # the conjunction comes off only at the word's start
        ("لوزير", "وزير"),
        ("بفرض", "فرض"),  # and ف likewise
        ("للسياسات", "سياسات"),  # ل fused with the article
        ("وبالقرار", "قرار"),
        ("البيان", "بيان"),  # a ب after the article is the word's own
        ("لخرق", "خرق"),
        ("بلد", "بلد"),  # too short for a preposition
    ],
)
def test_a_bare_noun_loses_its_clitics_in_their_written_order(written: str, bare: str) -> None:
    assert _bare_noun(normalize(written)) == normalize(bare)


def test_a_word_after_owing_to_is_said_of_another_deed() -> None:
    # نظرا لـ (owing to) gives a reason, like بسبب: the militarising is Russia's, not the strikes'
    sentence = (
        "وقال مسؤولون فرنسيون إن ألمانيا قلقة للغاية من الضربات الجوية الأمريكية في المنطقة"
        " نظرا للتحركات الروسية الرامية إلى عسكرة الساحل."
    )
    assert DEED_RULE not in row(sentence, "usa")["hits"]


def test_a_harm_suffered_owing_to_an_act_is_against_its_doer() -> None:
    found = row("وقال الوزير إن الشركات الأوروبية تضررت كثيرا نظرا للعقوبات الأمريكية.", "usa")
    assert found["stance"] == "against", found["hits"]
    assert found["holder"] == "الوزير"


def test_a_deed_of_an_office_whose_word_opens_with_waw() -> None:
    # وزير keeps its و: the office between the deed and the adjective is read (is_title)
    sentence = "وقال الوزير إن قرار وزير الخارجية الأمريكي الأخير يشكل انتهاكا للقانون الدولي."
    found = row(sentence, "usa")
    assert found["stance"] == "against", found["hits"]
    assert DEED_RULE in found["hits"]

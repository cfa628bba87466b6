"""A later clause with a subject of its own, or a party warned in it, takes the sentence's
subject off a hostile word in that clause (issue 12, 'subject of an earlier clause').

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The cases after ``# stays`` guard what the rules must not change.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.stance_clauses import Token
from helpers.stance_syntax import _bare_noun_after_that
from tests.test_stance_roles import row, stance_of


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # a noun without the article right after أن is its clause's subject, no actor's act
        (
            "وقال الكاتب إن فرنسا خاضت حروبا كثيرة، مشيرا إلى أن تدخلا أجنبيا لن يحل الأزمة.",
            "france",
            "none",
        ),
        (
            "وذكرت مصادر أن الحكومة البريطانية تستعد للإقرار بأن وفاة المعتقل نتيجة تحقيق خاطئ.",
            "uk",
            "none",
        ),
        # the one warned does what it is warned from
        (
            "وعقدت الحكومة التركية اجتماعا طارئا، وحذرت المعارضة من إشعال الفوضى في البلاد.",
            "turkey",
            "none",
        ),
        # stays: a threatener does what it threatens; a pronoun after أن is no subject of its own
        (
            "وعقدت الحكومة التركية اجتماعا طارئا، وهددت المعارضة بإشعال الفوضى في البلاد.",
            "turkey",
            "against",
        ),
        (
            "وعقدت الحكومة التركية اجتماعا طارئا، ثم أعلنت أنها تبحث في تصعيد خطير.",
            "turkey",
            "against",
        ),
        # stays: no later subject (في before the hostile word)
        ("وشنت القوات الروسية غارات على البلدة، في تصعيد خطير.", "russia", "against"),
        ("وقال الوزير إن القوات الروسية دخلت المدينة، في خطوة تصعيدية خطيرة.", "russia", "against"),
    ],
)
def test_a_later_subject_or_warned_party_does_the_word(
    sentence: str, target: str, stance: str
) -> None:
    assert stance_of(sentence, target) == stance, row(sentence, target)["hits"]


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("أكد أن حماس تخطط", True),  # a name, then an imperfect verb
        ("أشار إلى أن تدخلا أجنبيا", True),  # the accusative ending
        ("أقر بأن وفاة المعتقل", True),  # ة
        ("قرر أن تواصل عملياتها", False),  # an imperfect after أنْ
        ("قرر أن يبدأ العمليات", False),
        ("وذلك بعد أن قال الوزير", False),  # a past verb after a word of time
        ("أكد أن لا تراجع", False),  # a particle
    ],
)
def test_a_bare_noun_after_that(words: str, subject: bool) -> None:
    tokens = [Token(normalize(w), 0, 0, 0, "") for w in words.split()]
    k = next(j for j, t in enumerate(tokens) if t.norm in {"ان", "بان"}) + 1
    assert _bare_noun_after_that(k, tokens) is subject

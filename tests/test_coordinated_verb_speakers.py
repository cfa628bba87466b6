"""A verb of evaluation joined by و to the clause before, with no comma, whose object follows it
right away: a ب/ل-word or preposition, or a definite noun with its adjectives before one
(helpers.clause_subjects.coordinated_object). Its speaker is the clause before's, not the
words before it nor its object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a ب-word right after the joined verb: the first verb's object is no subject of it
        (
            "ونفى المتحدث باسم الشرطة، سامي النجار، تورط عناصره في الحادث وطالب بتحقيق مستقل.",
            "وطالب",
            "المتحدث باسم الشرطة، سامي النجار",
        ),
        # a definite object with its adjective before a ب-word
        ("ورفضت النقابة العرض وانتقدت الإدارة الجديدة بشدة.", "وانتقدت", "النقابة"),
    ],
)
def test_a_joined_verb_goes_on_with_the_first_speaker(text: str, cue: str, speaker: str) -> None:
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == cue, "speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # an office after the joined verb heads a subject of its own
        ("ورحبت النقابة بالعرض ورحب الوزير أيضا بالاتفاق.", "ورحب", "الوزير"),
        # كما before the verb opens a clause of its own: its subject follows it
        ("كما ويطالب الاتحاد العام بإلغاء القرار.", "ويطالب", "الاتحاد العام"),
        # a comma before the verb: a clause of its own, its subject written after it
        (
            "ورفضت النقابة العرض، وانتقدت الهيئة العامة بشدة قرار الإدارة.",
            "وانتقدت",
            "الهيئة العامة",
        ),
    ],
)
def test_a_joined_verb_keeps_a_subject_of_its_own(text: str, cue: str, speaker: str) -> None:
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == cue, "speaker"].tolist() == [speaker]

"""The issuer of a statement farther from the verb that speaks in it (helpers.statement_issuers
.statement_before): an adjective, a day, a place or ب between the statement noun and the verb,
the subject of the pluperfect before the verb of issuing, a day after that verb.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adjective and a place between the statement and its verb
        (
            "أصدرت رابطة المحامين بيانا مشتركا في ختام اجتماعها، نددت فيه باعتقال الناشط.",
            "رابطة المحامين",
        ),
        # the pluperfect: the subject between كان and قد, a date before the statement
        (
            "وكانت لجنة الرقابة قد نشرت في الخامس من آذار تقريرا انتقدت فيه أداء البلدية.",
            "لجنة الرقابة",
        ),
        # a title set off by commas after the verb of issuing
        (
            "ونشر رئيس البلدية، سامر الخطيب، رسالة أشاد فيها بالمتطوعين.",
            "رئيس البلدية، سامر الخطيب",
        ),
        # a verb of saying, the statement's place after it
        ("ونشر النائب تغريدة عبر حسابه الرسمي، قال فيها إن الخطة فاشلة.", "النائب"),
        # a day between the verb of issuing and the issuer
        (
            "ونشرت الأحد الهيئة الوطنية للرقابة تقريرا انتقدت فيه أداء الوزارة.",
            "الهيئة الوطنية للرقابة",
        ),
    ],
)
def test_a_statement_farther_from_its_verb_is_its_issuers(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        # a letter's ل names the one it is sent to; without a verb of issuing, no issuer
        ("ووصلت رسالة لرئيس النادي انتقد فيها الحكم.", "رئيس النادي"),
        # a place after من is no owner of the speech
        ("وبعد إلقاء الرئيس كلمة من القصر هاجم فيها المعارضة، تفرق الحضور.", "القصر"),
        # another verb of saying stands between the statement and the verb
        ("وأصدرت النقابة بيانا، وقال رئيسها إن العمال غاضبون، ودان فيه الحكومة.", "النقابة"),
    ],
)
def test_a_statement_farther_off_needs_its_issuer_or_owner(text: str, not_a_speaker: str) -> None:
    assert not any(s == not_a_speaker for s in find_quotes(text)["speaker"].dropna())

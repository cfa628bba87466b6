"""Whose words a verb in a statement tells: the issuer named between the verb of issuing and
the statement noun (helpers.statement_issuers), read through find_quotes."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأصدرت نقابة الصحفيين بيانا الأحد، دانت فيه اعتقال المراسل.", "نقابة الصحفيين"),
        ("ونشرت الجمعية الخيرية رسالة انتقدت فيها تأخر المساعدات.", "الجمعية الخيرية"),
        ("ووجه المحافظ خطابا أشاد فيه بعمال الإنقاذ.", "المحافظ"),
    ],
)
def test_an_evaluation_in_a_statement_is_its_issuers(text: str, speaker: str) -> None:
    assert find_quotes(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        # the issuer written before the verb of issuing, or a clause that opens with no such verb
        ("وذكر التقرير أن النقابة أصدرت بيانا دانت فيه اعتقال المراسل.", "أصدرت"),
        ("وبرز اسم الكاتب بعد إطلاقه تصريحات انتقد فيها الوزارة.", "اسم"),
    ],
)
def test_an_evaluation_in_a_statement_needs_the_verb_of_issuing(
    text: str, not_a_speaker: str
) -> None:
    assert not any(not_a_speaker in s for s in find_quotes(text)["speaker"].dropna())

"""Speech acts without a complementiser (evaluation, opinion and object verbs, participles) and
the subject who performs them, through :func:`helpers.attribution.find_quotes`."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


def only(text: str) -> dict:
    quotes = find_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'أدانت فرنسا على لسان رئيسها، إيمانويل ماكرون، "القمع الذي مارسته الشرطة" ضد المحتجين.',
            "فرنسا على لسان رئيسها، إيمانويل ماكرون",
        ),
        ("ورحبت ألمانيا على لسان وزير خارجيتها بالاتفاق.", "ألمانيا على لسان وزير خارجيتها"),
        # على without لسان is no speaker
        ("ورحبت ألمانيا على الفور بالاتفاق.", "ألمانيا"),
    ],
)
def test_the_one_through_whose_mouth_a_state_speaks_is_in_the_speaker(
    text: str, speaker: str
) -> None:
    assert only(text)["speaker"] == speaker

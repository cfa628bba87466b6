"""A negating particle of two letters (لم، لن، لا) is read only as itself: alone, or behind
و/ف (``ولم``، ``فلن``).

Words that begin with its letters are other words: ``لما`` ("when", "to what") is no لم + ا,
``لنا`` ("for us") no لن + ا, ``كلمته`` ("his speech") no ك + لم + ه, ``كلا`` ("both") no
ك + لا, so a hostile word after them keeps its value. Sentences are written for these tests
in the style of the news.
"""

from __future__ import annotations

import pytest

from helpers.arabic import normalize
from helpers.stance_lexicon import default_lexicon
from tests.test_stance_favor_precision import stance


def _read_as(word: str) -> str | None:
    """The lexicon term a word is read as (two neutral words after it), or None."""
    found = default_lexicon().match([normalize(w) for w in (word, "في", "في")], 0)
    return None if found is None else found[0].term


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("لما", None),  # when / to what
        ("لنا", None),  # for us
        ("كلما", None),  # whenever
        ("كلمته", None),  # his speech
        ("كلا", None),  # both
        ("لم", "لم"),
        ("ولم", "لم"),
        ("فلن", "لن"),
        ("ولا", "لا"),
        ("بعدم", "عدم"),  # by not: a longer particle behind a preposition stays
    ],
)
def test_a_two_letter_negator_stands_alone_or_behind_a_conjunction(
    word: str, term: str | None
) -> None:
    assert _read_as(word) == term


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # لما سماه: "what he called", the crimes are still the speaker's charge
        (
            "ودعا وزير الخارجية الإيراني إلى وضع حد لما سماه جرائم إسرائيل في غزة",
            "israel",
            "against",
        ),
        # تبدو لنا: "seem to us", not "will not"
        (
            "وقال المتحدث باسم الخارجية الروسية إن تصريحات الوزير البريطاني تبدو لنا غير مسؤولة",
            "uk",
            "against",
        ),
        # a true negator still negates: not breaching judges no one
        (
            "وقال الوزير الفرنسي إن روسيا لم تنتهك وقف إطلاق النار في الأيام الماضية",
            "russia",
            "none",
        ),
    ],
)
def test_words_that_begin_like_a_negator_do_not_negate(
    sentence: str, target: str, expected: str
) -> None:
    assert stance(sentence, target) == expected

"""The outlet's own correspondent (helpers.own_reporters): a report of "our correspondent" is the
outlet's voice, holder outlet; a correspondent spoken to (لمراسلنا) is no part of the
speaker's name, and another outlet's reporter is still quoted. Critics "from
inside" a body are that body (speech_parts.speech_noun_holder). Every sentence is written for
these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.stance import stance_sentences


def row(body: str, target: str) -> tuple[str, str, str]:
    """(stance, voice, holder) of the row for ``target`` in the first sentence of ``body``."""
    articles = pd.DataFrame({"article_id": ["a"], "body": [body], "outlet": ["X"]})
    found = stance_sentences(articles, progress=False).set_index(["sentence_index", "target"])
    found = found.loc[(0, target)]
    return found["stance"], found["voice"], found["holder"]


@pytest.mark.parametrize(
    "text",
    [
        # the correspondent as the subject of a verb of saying
        "وذكر مراسلنا في بيروت أن الطائرات الإسرائيلية شنت عدوانا جديدا على قرى الجنوب.",
        # the source after the report, a feminine correspondent
        "وشنت الطائرات الإسرائيلية عدوانا جديدا على قرى الجنوب، بحسب ما أفادت مراسلتنا.",
        # an envoy of the outlet, after وفق ما
        "وتواصل العدوان الإسرائيلي على القرى الحدودية طوال الليل، وفق ما نقل موفدنا.",
    ],
)
def test_our_correspondent_speaks_in_the_outlets_voice(text: str) -> None:
    assert row(text, "israel") == ("against", "outlet", "outlet")


def test_the_correspondent_spoken_to_is_no_part_of_the_speaker() -> None:
    text = "وقال وزير الإعلام اللبناني لمراسلنا إن العدوان الإسرائيلي لن يكسر إرادة الناس."
    assert row(text, "israel") == ("against", "quoted", "وزير الإعلام اللبناني")


def test_another_outlets_reporter_is_still_quoted() -> None:
    text = "وقال مراسل صحيفة الغارديان إن العدوان الإسرائيلي على الجنوب يتصاعد."
    assert row(text, "israel")[:2] == ("against", "quoted")


@pytest.mark.parametrize(
    ("text", "critics"),
    [
        (
            "وواجهت الحكومة الألمانية انتقادات لاذعة من داخل الائتلاف الحاكم.",
            "الائتلاف الحاكم",
        ),
        ("وتواجه الحكومة الألمانية انتقادات حادة من صفوف المعارضة.", "المعارضة"),
    ],
)
def test_critics_from_inside_a_body_are_that_body(text: str, critics: str) -> None:
    assert row(text, "germany") == ("against", "quoted", critics)

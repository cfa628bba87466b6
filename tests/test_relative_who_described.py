"""A verb of saying with an object pronoun right after the relative من or ما, also with a
preposition (``لمن وصفهم``، ``مما وصفه``): the one described is the relative's, the describer is
the main clause's speaker, not the words before the relative (attribution._what_was_called).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # لمن: the one described after a verb of the reported clause
        (
            "وقال قائد الشرطة إن الحي يخضع لمن وصفهم بالعصابات المسلحة.",
            "وصفهم",
            "قائد الشرطة",
        ),
        # من without a preposition, as the object of the reported verb
        (
            "وأكدت الوزيرة أن الحكومة لن تفاوض من وصفتهم بالمخربين.",
            "وصفتهم",
            "الوزيرة",
        ),
        # مما after a verb of the reported clause
        (
            "وقال رئيس الحزب إن الناخبين لن يقبلوا مما وصفه بالتلاعب شيئا.",
            "وصفه",
            "رئيس الحزب",
        ),
    ],
)
def test_who_was_described_is_the_speakers_object(text: str, cue: str, speaker: str) -> None:
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == cue, "speaker"].tolist() == [speaker]


def test_a_subject_after_the_verb_still_speaks() -> None:
    text = "وطالب النائب بمحاسبة من وصفتهم اللجنة بالمتورطين."
    quotes = find_quotes(text)
    assert quotes.loc[quotes["cue"] == "وصفتهم", "speaker"].tolist() == ["اللجنة"]

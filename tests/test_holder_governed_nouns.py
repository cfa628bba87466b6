"""A noun of evaluation with its owner's pronoun right after a preposition (issue 12): ``عن
إدانتها`` is "her condemnation", written as ``أدانتها`` "condemned her" once hamza is dropped.
Read as the verb, it reported speech of the word after it, and the holder became an adjective
(``الشديدة``) or the speaker of a narrated conviction (``بعد إدانته بالتجسس``). Every sentence
here is written for these tests; the people in them are invented."""

from __future__ import annotations

import pytest

from helpers.attribution import find_quotes
from tests.test_holder_names import row


@pytest.mark.parametrize(
    ("text", "target", "holder"),
    [
        (
            'أعربت مصر عن "إدانتها الشديدة" لقرار الحكومة الإسرائيلية بناء مستوطنات جديدة.',
            "israel",
            "مصر",
        ),
        (
            "أعربت الأردن عن إدانتها الشديدة للهجوم الذي شنته إيران على الحدود.",
            "iran",
            "الأردن",
        ),
    ],
)
def test_the_one_who_expresses_a_condemnation_holds_it(text: str, target: str, holder: str) -> None:
    """``أعرب X عن إدانته`` is X's condemnation; the adjective after the noun names no one."""
    assert row(text, target) == ("against", "quoted", holder)


@pytest.mark.parametrize(
    "text",
    [
        'أعربت مصر عن "إدانتها الشديدة" لقرار الحكومة الإسرائيلية بناء مستوطنات جديدة.',
        "أعربت الأردن عن إدانتها الشديدة للهجوم الذي شنته إيران على الحدود.",
    ],
)
def test_a_noun_after_a_preposition_reports_no_speech(text: str) -> None:
    """The verb of expressing is the sentence's one report; ``إدانتها`` after عن is no cue."""
    assert find_quotes(text)["cue"].tolist() == ["أعربت"]


def test_a_narrated_conviction_is_the_outlets() -> None:
    """``بعد إدانته بالتجسس``: a court's conviction told by the outlet, no one's words (read
    as ``أدانته``, the rest of the sentence became a speaker's quote)."""
    text = (
        "وتوفي المهندس الذي قضى سنوات في السجن بعد إدانته بالتجسس لحساب الولايات المتحدة، "
        "عن عمر يناهز 80 عاما."
    )
    assert row(text, "usa")[1] == "outlet"


def test_the_verb_with_its_object_pronoun_still_reports() -> None:
    """Not after a preposition, the same spelling is the verb: ``وقد أدانتها الحكومة``."""
    text = "وقد أدانتها الحكومة الفرنسية بشدة ووصفت إيران بأنها تهدد المنطقة."
    assert "الحكومة الفرنسية" in find_quotes(text)["speaker"].tolist()

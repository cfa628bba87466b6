"""A person's name after a definite title ends the subject of a verb of evaluation (issue 12):
``اتهم وزير الداخلية سامر خليل دمشق بـ``. A name takes no genitive, so the state right after
a name of two or three words that the gazetteer does not know is the verb's object, judged,
and no part of the holder.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The guards: a noun that a state owns (``وزارة خارجية روسيا``) and a title
alone before the state are read as before.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "holder"),
    [
        (
            "واتهم وزير الداخلية سامر خليل دمشق الخميس بدعم الإرهاب.",
            "syria",
            "وزير الداخلية سامر خليل",
        ),
        ("وانتقد المتحدث الرسمي كريم ناصر طهران بشدة.", "iran", "المتحدث الرسمي كريم ناصر"),
    ],
)
def test_the_state_after_a_titled_name_is_judged(sentence: str, target: str, holder: str) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["voice"], row["holder"]) == ("against", "quoted", holder)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # the state owns the noun before it: the subject's owner, not the object (must stay)
        ("وانتقد المتحدث باسم وزارة خارجية روسيا القرار.", "russia"),
        # one word after the title may be a noun the state owns (must stay)
        ("وانتقد رئيس وزراء روسيا القرار.", "russia"),
    ],
)
def test_a_state_inside_the_subject_is_not_judged(sentence: str, target: str) -> None:
    assert rows(sentence).loc[target]["stance"] == "none"

"""Against precision, fourth round: defeating a project, and a deed that is a norm.

Sentences written for this project in the style of Arabic news; none is copied from a data set.
Each case comes from a row the 20th session noticed (benchmarks/results/stance_real.md, against4):

* defeating an actor's project or plan rejects it in deed; defeating a force is an act of war
  (helpers/stance_owner_chains.py);
* a deed written after ``بموجب`` is the norm a warning applies, not a deed judged through its
  owner: the companies warned "will bear the responsibility", not the state of the sanctions
  (helpers/stance_fallback.py).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        (
            "وقال القائد إن المعركة تهدف إلى تحرير المدينة ودحر المشروع التركي في الشمال.",
            "turkey",
            "against",
        ),
        # a force defeated is a reported act of war
        ("وتمكن الجيش من دحر القوات التركية من القرية.", "turkey", "none"),
    ],
)
def test_defeating_an_actors_project_rejects_it(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]


def test_a_deed_under_which_one_acts_is_a_norm() -> None:
    sentence = (
        "وحذرت الوزيرة المصارف التي تواصل التعامل مع كوريا الشمالية في مجالات ممنوعة بموجب"
        " العقوبات الأمريكية من أنها ستتحمل المسؤولية."
    )
    row = rows(sentence).loc["usa"]
    assert row["stance"] == "none", row["hits"]

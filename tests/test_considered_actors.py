"""A verb of considering read as the passive (``يُعتبر``): the actor beside it is what is
considered, in the voice around it, not the speaker of a judgement of itself
(helpers/considered_actors.py).

Sentences written for this project in the style of Arabic news; none is copied from a data set.
The case comes from a row the 20th session noticed (benchmarks/results/stance_real.md, against4).
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance", "holder"),
    [
        # the passive verb, actor after it: in the outlet's voice, or in the source's around it
        ("ويعتبر النظام السوري الداعم الأكبر للإرهاب في المنطقة.", "syria", "against", "outlet"),
        (
            "ويعتبر النظام السوري الداعم الأكبر للإرهاب في المنطقة، بحسب مراقبين.",
            "syria",
            "against",
            "مراقبين",
        ),
        # the active verb names what its subject holds right after it: unchanged
        ("وتعتبر روسيا الحركة المسلحة تنظيما إرهابيا.", "russia", "none", "روسيا"),
    ],
)
def test_a_passive_verb_of_considering_judges_the_actor(
    sentence: str, target: str, stance: str, holder: str
) -> None:
    row = rows(sentence).loc[target]
    assert (row["stance"], row["holder"]) == (stance, holder), row["hits"]

"""A verb of describing whose object is a thing an actor's adjective owns (issue 12, recall of
quoted stances on real news): ``ووصف الرئيس الأمريكي التحركات الروسية الأخيرة في سوريا بأنها
عار`` judges Russia, whose moves are described, as the speaker's words.

Every sentence here is written for this project in the style of Arabic news; none is copied
from a data set. The guards: the subject's title is no described thing (``الرئيس الأمريكي``),
a description that evaluates nothing judges no one, and a named object still comes first.
"""

from __future__ import annotations

import pytest

from tests.test_stance_roles import rows


@pytest.mark.parametrize(
    ("sentence", "target", "stance"),
    [
        # the owner of the described thing, past the subject's title
        ("ووصف الرئيس الأمريكي التحركات الروسية الأخيرة في سوريا بأنها عار.", "russia", "against"),
        ("ووصف وزير الخارجية الأمريكي الموقف الروسي بأنه مخز وغير مقبول.", "russia", "against"),
        ("ووصفت المتحدثة باسم الخارجية الروسية القرار البريطاني بأنه استفزازي.", "uk", "against"),
        ("ووصف الوزير التحركات الإيرانية في المنطقة بأنها خطيرة ومزعزعة.", "iran", "against"),
        # ... the speaker's own side in the title is not judged
        ("ووصف الرئيس الأمريكي التحركات الروسية الأخيرة في سوريا بأنها عار.", "usa", "none"),
        # a description that evaluates nothing judges no one
        ("ووصفت الكويت القرار الأمريكي بأنه خطوة روتينية.", "usa", "none"),
        # a named object is still the one described
        ("ووصف الرئيس إيران بأنها دولة راعية للإرهاب.", "iran", "against"),
    ],
)
def test_the_owner_of_a_described_thing(sentence: str, target: str, stance: str) -> None:
    row = rows(sentence).loc[target]
    assert row["stance"] == stance, row["hits"]

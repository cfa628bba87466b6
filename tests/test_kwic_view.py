"""Tests of helpers.kwic_view: the concordance reads right to left, escaped, ids left to right."""

from __future__ import annotations

import pandas as pd

from helpers.frequency import kwic_html as kwic_html_from_frequency
from helpers.kwic_view import KwicView, kwic_html


def test_kwic_html_is_right_to_left_and_escaped() -> None:
    frame = pd.DataFrame(
        {
            "article_id": ["a<1>"],
            "left": ["قال"],
            "match": ["جنيف"],
            "right": ["اليوم"],
            "start": [4],
            "end": [8],
        }
    )
    page = kwic_html(frame)._repr_html_()
    assert 'dir="rtl"' in page
    assert "<b>جنيف</b>" in page
    assert "a&lt;1&gt;" in page
    # Ids keep their own left-to-right order inside the RTL table (000_x, not x_000).
    assert '<td style="color:gray; unicode-bidi:plaintext">a&lt;1&gt;</td>' in page
    # Reading order in the row: preceding context, match, following context.
    assert page.index("قال") < page.index("جنيف") < page.index("اليوم")


def test_kwic_view_keeps_its_frequency_import_path_and_shows_a_count_of_the_rest() -> None:
    assert kwic_html_from_frequency is kwic_html
    frame = pd.DataFrame(
        {"article_id": list("abc"), "left": ["x"] * 3, "match": ["m"] * 3, "right": ["y"] * 3}
    )
    view = kwic_html(frame, max_rows=2)
    assert isinstance(view, KwicView)
    assert "... 1 more" in view._repr_html_()
    assert view._repr_html_().count("<tr>") == 2

"""Tests of helpers.kwic_view: the concordance reads right to left, escaped, ids left to right."""

from __future__ import annotations

import pandas as pd
from browser import needs_chromium, probe

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
    assert "and 1 more lines, not shown (the frame holds all 3)" in view._repr_html_()
    assert view._repr_html_().count("<tr>") == 2


@needs_chromium
def test_the_count_of_lines_not_shown_reads_in_its_own_word_order(tmp_path) -> None:
    frame = pd.DataFrame(
        {"article_id": ["a"] * 440, "left": ["قال"] * 440, "match": ["جنيف"] * 440,
         "right": ["اليوم"] * 440}
    )  # fmt: skip
    # the x on screen of each word of the note, in the order they are written
    script = """
    const p = document.querySelector('p'); const text = p.firstChild; const xs = [];
    for (const m of text.data.matchAll(/\\S+/g)) {
      const r = document.createRange(); r.setStart(text, m.index);
      r.setEnd(text, m.index + m[0].length); xs.push(Math.round(r.getBoundingClientRect().left));
    }
    document.title = text.data + '|' + xs.join(',');"""
    note, xs = probe(tmp_path, kwic_html(frame)._repr_html_(), script).split("|")
    assert note == "and 390 more lines, not shown (the frame holds all 440)"
    lefts = [int(x) for x in xs.split(",")]
    assert lefts == sorted(lefts)  # left to right: "and 390 more", not "more 390 and"

"""Right-to-left tables: the HTML they produce, the CSV copy, and their layout in a real browser."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from browser import needs_chromium, probe

from helpers.display import show_table

OUTLETS = pd.DataFrame(
    {
        "outlet": ["الترا صوت", "بي بي سي عربي", "فرانس 24"],
        "articles": [12, 7, 3],
        "share": [0.5, 7 / 24, 0.125],
    }
)


def test_table_html_is_right_to_left_with_escaped_caption():
    page = show_table(OUTLETS, caption="مقالات <حسب> المنبر")._repr_html_()
    assert page.startswith('<div dir="rtl"')
    assert re.search(r'<table [^>]*dir="rtl"', page)
    assert _text(re.search(r"<caption>(.*?)</caption>", page).group(1)) == "مقالات <حسب> المنبر"
    assert "&lt;حسب&gt;" in page
    # 7/24 = 0.291666... shown with four significant digits
    assert "0.2917" in page and "0.291666" not in page
    # columns keep their logical order in the markup; the browser lays them out right to left
    assert page.index("outlet") < page.index("articles") < page.index("share")


def test_table_shows_max_rows_but_csv_keeps_every_row(tmp_path):
    frame = pd.DataFrame({"term": [f"كلمة{i}" for i in range(40)], "count": range(40)})
    table = show_table(frame, name="terms", tables_dir=tmp_path / "t", max_rows=10)
    page = table._repr_html_()
    cells = _cells(page)
    assert "كلمة4" in cells and "كلمة35" in cells  # first five and last five rows
    assert "كلمة20" not in cells
    saved = pd.read_csv(tmp_path / "t" / "terms.csv")
    pd.testing.assert_frame_equal(saved, frame)


def test_a_long_table_writes_only_the_rows_it_shows_in_its_columns_format():
    # 1,000 rows, 10 shown: rows 0-4 and 995-999; the largest value (row 500) is not shown
    # but still sets the column's decimals: 1234.5 keeps four significant digits, no decimal
    values = [3.25] * 1000
    values[500] = 1234.5
    frame = pd.DataFrame({"term": [f"كلمة{i}" for i in range(1000)], "weight": values})
    cells = _cells(show_table(frame, max_rows=10)._repr_html_())
    assert [c for c in cells if c.startswith("كلمة")] == [
        *(f"كلمة{i}" for i in range(5)),
        *(f"كلمة{i}" for i in range(995, 1000)),
    ]
    assert cells.count("3") == 10  # 3.25 shown with no decimal, as the column's largest value
    assert "3.25" not in cells and "1234" not in "".join(cells)


def test_series_with_index_is_saved_with_its_labels(tmp_path):
    counts = pd.Series([12, 7], index=pd.Index(["الترا صوت", "بي بي سي"], name="outlet"), name="n")
    show_table(counts, name="per_outlet", tables_dir=tmp_path, index=True)
    assert (tmp_path / "per_outlet.csv").read_text(encoding="utf-8") == (
        "outlet,n\nالترا صوت,12\nبي بي سي,7\n"
    )


def test_saving_without_a_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="name"):
        show_table(OUTLETS, tables_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_plain_text_repr_for_consoles():
    assert repr(show_table(OUTLETS.head(1), caption="عنوان")).splitlines() == [
        "عنوان",
        "   outlet  articles  share",
        "الترا صوت        12    0.5",
    ]


def test_columns_axis_name_adds_no_header_cell():
    wide = OUTLETS.set_index("outlet")[["articles"]].rename_axis(columns="measure")
    page = show_table(wide, index=True)._repr_html_()
    assert "measure" not in page
    assert page.count("<tr") == 1 + 1 + len(OUTLETS)  # column names, index name, data rows


def test_empty_table_says_so():
    page = show_table(OUTLETS.head(0), caption="لا شيء")._repr_html_()
    assert "(no rows)</span></p>" in page and "outlet" in _headers(page)


def test_empty_table_says_what_the_caller_gives():
    page = show_table(OUTLETS.head(0), empty="Every article has a date.")._repr_html_()
    assert "Every article has a date." in page and "(no rows)" not in page
    assert "Every article" not in show_table(OUTLETS)._repr_html_()  # only when empty


def _browser_probe(tmp_path, frame: pd.DataFrame, script: str, caption: str | None = None) -> str:
    """Render ``show_table(frame)`` in headless Chromium; ``script`` reports via the title."""
    return probe(tmp_path, show_table(frame, caption)._repr_html_(), script)


@needs_chromium
def test_browser_lays_the_first_column_out_on_the_right(tmp_path):
    lefts = _browser_probe(
        tmp_path,
        OUTLETS,
        "document.title = [...document.querySelectorAll('th')]"
        ".map(c => Math.round(c.getBoundingClientRect().left)).join(',');",
    )
    # headers are outlet, articles, share in markup order: right to left means decreasing x
    x_outlet, x_articles, x_share = (int(x) for x in lefts.split(","))
    assert x_outlet > x_articles > x_share


# Reports the x centre of every character of every body cell, in logical order, after removing
# the style sheets: an untrusted notebook in JupyterLab drops them, the order must not change.
CHARACTER_PROBE = """
document.querySelectorAll('style').forEach(s => s.remove());
const cells = [...document.querySelectorAll('td')].map(td => {
  const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  const xs = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
      const box = r.getBoundingClientRect(); xs.push(Math.round(box.left + box.width / 2));
    }
  }
  return xs.join(' ');
});
document.title = cells.join('|');
"""


def _character_x(tmp_path, texts: list[str]) -> list[dict[int, int]]:
    """For each text shown in a one-column table: logical index -> x of that character."""
    frame = pd.DataFrame({"cell": texts})
    reported = _browser_probe(tmp_path, frame, CHARACTER_PROBE).split("|")
    return [dict(enumerate(int(x) for x in cell.split())) for cell in reported]


def _reads_left_to_right(x: dict[int, int], text: str, part: str) -> bool:
    """True when the characters of ``part`` (its non-space ones) go left to right on screen."""
    first = text.index(part)
    xs = [x[first + i] for i, char in enumerate(part) if not char.isspace()]
    return xs == sorted(xs)


@needs_chromium
def test_browser_keeps_mixed_cells_as_written_without_the_style_sheet(tmp_path):
    hit = "دعم -> ukraine (+1.00, object after ل)"
    path = "/data/أخبار/الجزيرة/file.txt"
    latin_path = "/work/corpus/README.md"
    negative = "-0.4118"
    ends = ["same text as 'AL-57'", "10%"]  # closing marks stay at the end of their run
    x_hit, x_path, x_latin, x_negative, *x_ends = _character_x(
        tmp_path, [hit, path, latin_path, negative, *ends]
    )
    # the Arabic word comes first, on the right of the whole Latin explanation
    arabic = [x_hit[i] for i in range(3)]
    latin = [x_hit[i] for i in range(hit.index("ukraine"), len(hit))]
    assert min(arabic) > max(latin)
    # the explanation reads left to right and keeps its brackets around it, ")" last
    assert _reads_left_to_right(x_hit, hit, "ukraine (+1.00, object after")
    assert x_hit[len(hit) - 1] == max(latin)
    assert x_hit[hit.index("(")] < x_hit[hit.index("+")]
    # path segments stay in order, Arabic folder names included, slash first
    segments = ["data", "أخبار", "الجزيرة", "file.txt"]
    centres = [sum(x_path[path.index(s) + i] for i in range(len(s))) / len(s) for s in segments]
    assert centres == sorted(centres)
    assert x_path[0] == min(x_path.values())
    assert x_latin[0] == min(x_latin.values()) and _reads_left_to_right(
        x_latin, latin_path, latin_path
    )
    # a negative number keeps its sign on the left
    assert x_negative[0] == min(x_negative.values())
    for x, text in zip(x_ends, ends, strict=True):
        assert x[len(text) - 1] == max(x.values()), text


def _text(markup: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _headers(page: str) -> list[str]:
    return [_text(cell) for cell in re.findall(r"<th>(.*?)</th>", page)]


def _cells(page: str) -> list[str]:
    return [_text(cell) for cell in re.findall(r"<td>(.*?)</td>", page)]


def test_a_float_column_shares_one_number_of_decimals():
    frame = pd.DataFrame(
        {
            # largest 230.94: 10^2 <= 230.94 < 10^3, four significant digits -> 3 - 2 = 1 decimal
            "per_10k": [230.94, 92.381, 5.0],
            # whole numbers stored as floats (describe's count) lose their ".0"
            "count": [4.0, 12.0, 3.0],
            # largest 0.02: floor(log10(0.02)) = -2 -> 5 decimals, capped at 4; 3e-06 is
            # below half of 0.0001, so it keeps two significant digits instead of "0.0000"
            "p": [0.02, 0.0015, 3e-06],
            "std": [1.25, float("nan"), 0.5],  # largest 1.25 -> 3 decimals; NaN is blank
        }
    )
    cells = _cells(show_table(frame)._repr_html_())
    rows = [cells[k : k + 4] for k in range(0, len(cells), 4)]
    assert rows == [
        ["230.9", "4", "0.0200", "1.250"],
        ["92.4", "12", "0.0015", ""],
        ["5.0", "3", "3e-06", "0.500"],
    ]


def test_columns_of_one_unit_can_share_one_number_of_decimals():
    """Page 04's shared terms: rates per 10,000 words on both sides and their minimum. Each
    column fitted alone gave ``106.6`` beside ``86.10``; one unit takes one count of decimals."""
    rates = pd.DataFrame({"a": [106.63, 82.94], "b": [86.1, 73.8], "lower": [86.1, 73.8]})
    assert _cells(show_table(rates)._repr_html_()) == [
        "106.6", "86.10", "86.10", "82.9", "73.80", "73.80",
    ]  # fmt: skip
    assert _cells(show_table(rates, decimals=1)._repr_html_()) == [
        "106.6", "86.1", "86.1", "82.9", "73.8", "73.8",
    ]  # fmt: skip


def test_a_number_column_that_reaches_ten_thousand_groups_its_thousands():
    """ANT's sides: 2693175 words beside "29,948 articles" in the notes; a column of years or
    of small counts stays as it is, so no column mixes grouped and ungrouped numbers."""
    sides = pd.DataFrame(
        {"words": [2693175, 1553071], "articles": [13487, 6491], "year": [2018, 2012],
         "rate": [12345.67, 3.4], "hits": [4382, 25]}
    )  # fmt: skip
    assert _cells(show_table(sides)._repr_html_()) == [
        "2,693,175", "13,487", "2018", "12,346", "4382",
        "1,553,071", "6,491", "2012", "3", "25",
    ]  # fmt: skip


def test_days_show_without_a_midnight_time_but_times_of_day_keep_theirs(tmp_path):
    frame = pd.DataFrame(
        {
            "first_date": pd.to_datetime(["2021-12-18", None, "2022-01-25"]),
            "seen": pd.to_datetime(
                ["2021-12-18 15:38:57", "2021-12-19 00:00:00", "2022-01-25 00:00:00"]
            ),
        }
    )
    cells = _cells(show_table(frame, name="dates", tables_dir=tmp_path)._repr_html_())
    assert cells == [
        "2021-12-18", "2021-12-18 15:38:57",
        "", "2021-12-19 00:00:00",
        "2022-01-25", "2022-01-25 00:00:00",
    ]  # fmt: skip
    assert pd.read_csv(tmp_path / "dates.csv")["first_date"].tolist()[0] == "2021-12-18"


def test_missing_values_are_blank_cells_whatever_their_type():
    frame = pd.DataFrame(
        {
            "record": pd.array([3, None], dtype="Int64"),  # a load report's record number
            "reason": pd.array(["empty text", None], dtype="string"),
            "seen": pd.to_datetime(["2021-12-18 15:38:57", None]),
        }
    )
    cells = _cells(show_table(frame)._repr_html_())
    assert cells == ["3", "empty text", "2021-12-18 15:38:57", "", "", ""]


def test_list_cells_are_joined_for_readers_and_kept_in_the_csv(tmp_path):
    frame = pd.DataFrame(
        {
            "top_terms": [["روسيا", "حلف"]],
            "examples": [["قمة في جنيف", "محادثات، ثم بيان"]],
        }
    )
    page = show_table(frame, name="clusters", tables_dir=tmp_path)._repr_html_()
    words, phrases = re.findall(r"<td>(.*?)</td>", page)
    assert _text(words) == "روسيا، حلف"
    assert [_text(item) for item in phrases.split("<br>")] == ["قمة في جنيف", "محادثات، ثم بيان"]
    assert "[" not in page
    assert "['روسيا', 'حلف']" in (tmp_path / "clusters.csv").read_text(encoding="utf-8")


def test_columns_choose_what_is_shown_but_the_csv_keeps_all(tmp_path):
    page = show_table(
        OUTLETS, columns=["articles", "outlet"], name="outlets", tables_dir=tmp_path
    )._repr_html_()
    assert _headers(page) == ["articles", "outlet"]
    assert "share" not in page
    saved = pd.read_csv(tmp_path / "outlets.csv")
    assert list(saved.columns) == ["outlet", "articles", "share"]
    with pytest.raises(KeyError, match="nope"):
        show_table(OUTLETS, columns=["nope"])


@needs_chromium
def test_browser_keeps_a_short_caption_on_one_line_above_a_narrow_table(tmp_path):
    """A caption wider than its table is not squeezed into a column of one-word lines."""
    narrow = pd.DataFrame({"k": [2, 3], "npmi": [0.35, 0.39]})
    script = """
    const caption = document.querySelector('caption').getBoundingClientRect();
    const row = document.querySelector('td').getBoundingClientRect();
    document.title = caption.height < 1.5 * row.height ? 'one line' : 'wrapped';
    """
    caption = "Mean NPMI coherence of the topics for each k"
    assert _browser_probe(tmp_path, narrow, script, caption) == "one line"

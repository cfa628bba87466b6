"""Report pages on corpora of every shape: no traceback, warning or progress bar, figures that
fit a page, a plain note wherever a section cannot be shown, and mixed cells isolated.

Each tiny corpus of :mod:`corpus_shapes` goes through the whole collection once (a module
fixture, a few seconds a notebook); the checks read the exported HTML as a reader's browser
gets it.
"""

from __future__ import annotations

import base64
import re
import struct
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from corpus_shapes import SHAPES

from helpers.progress import PROGRESS_ENV
from helpers.run import execute_notebook, run_collection

MAX_PIXELS = 2000
# What leaks into a page when something goes wrong: a Python traceback, a warning printed by
# the warnings module, a tqdm text bar ("45%|####   | 9/20 [00:01<00:02, 5.1it/s]").
LEAKS = {
    "traceback": re.compile(r"Traceback \(most recent call last\)|[A-Za-z]+Error: "),
    "warning": re.compile(r"\b\w*Warning: "),
    "progress bar": re.compile(r"\d+%\|.*\|\s*\d+/\d+|it/s\]"),
}
STDERR = 'data-mime-type="application/vnd.jupyter.stderr"'


STEMS = {"00_corpus", "01_frequency", "02_stance", "03_topics", "04_compare"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, tuple[Path, dict[str, str]]]:
    """Each shape's report folder and the notebooks the runner skipped (with the reason)."""
    done = {}
    for name, build in SHAPES.items():
        corpus = build(tmp_path_factory.mktemp(f"corpus_{name}"))
        out = tmp_path_factory.mktemp(f"report_{name}")
        result = run_collection(corpus, out, progress=False)
        assert not result.failures, [r.describe_failure() for r in result.failures]
        done[name] = (out, dict(result.skipped))
    return done


@pytest.fixture(scope="module")
def reports(runs) -> dict[str, Path]:
    """Each shape's report folder."""
    return {name: out for name, (out, _) in runs.items()}


def _pages(folder: Path) -> dict[str, str]:
    return {
        page.stem: page.read_text(encoding="utf-8")
        for page in sorted(folder.glob("[0-9][0-9]_*.html"))
    }


def _visible_text(page: str) -> str:
    """The page as a reader sees it: no tags, no style or script bodies."""
    page = re.sub(r"<(style|script)\b.*?</\1>", "", page, flags=re.S)
    return re.sub(r"<[^>]+>", " ", page)


def _png_sizes(page: str) -> list[tuple[int, int]]:
    """Width and height of every PNG embedded in the page (from its IHDR header)."""
    sizes = []
    for data in re.findall(r'src="data:image/png;base64,([^"]+)"', page):
        header = base64.b64decode(data[:48])
        sizes.append(struct.unpack(">II", header[16:24]))
    return sizes


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_page_is_clean_and_fits(reports, shape):
    pages = _pages(reports[shape])
    for name, page in pages.items():
        assert STDERR not in page, f"{shape}/{name}: a stderr block"
        text = _visible_text(page)
        for leak, pattern in LEAKS.items():
            found = pattern.search(text)
            assert found is None, (
                f"{shape}/{name}: {leak}: {text[found.start() : found.end() + 80]}"
            )
        for width, height in _png_sizes(page):
            assert width <= MAX_PIXELS and height <= MAX_PIXELS, f"{shape}/{name}: {width}x{height}"


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_notebook_is_a_page_or_skipped_with_its_reason(runs, shape):
    out, skipped = runs[shape]
    assert set(_pages(out)) | set(skipped) == STEMS and all(skipped.values())


def test_an_english_only_corpus_skips_the_arabic_notebooks_and_says_why(runs):
    _, skipped = runs["english_only"]
    assert {"01_frequency", "02_stance"} <= set(skipped)
    assert all("Arabic text" in reason for reason in skipped.values())


# (shape, page, words of the note that must be in it)
NOTES = [
    ("one_outlet", "01_frequency", "Distinctive vocabulary per outlet is not shown: the corpus "
     "has a single outlet"),
    ("one_outlet", "04_compare", "Nothing on this page can be shown: the corpus has one value of "
     "outlet (صوت الشرق) and a comparison needs two"),
    ("one_outlet", "03_topics", "The map by outlet is not shown: the corpus has a single outlet"),
    ("undated", "00_corpus", "The chart of articles over time is not shown: no article carries "
     "a readable date"),
    ("undated", "01_frequency", "The time line of actor mentions is not shown: no article"),
    ("undated", "03_topics", "Topic shares over time is not shown: no article carries"),
    ("three_articles", "02_stance", "No outlet names an actor in 2 or more articles"),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "page", "note"), NOTES)
def test_a_section_that_cannot_be_shown_says_why(reports, shape, page, note):
    text = " ".join(_visible_text(_pages(reports[shape])[page]).split())
    assert note in text


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_page_describes_the_bundled_corpus_as_the_one_read(reports, shape):
    """Prose is true of every corpus: a report on four articles of one outlet does not tell its
    reader that the corpus is small with 16 articles (the bundled corpus's size), nor walks them
    through the bundled corpus's hand labels it does not have."""
    for name, page in _pages(reports[shape]).items():
        text = " ".join(_visible_text(page).split())
        for words in ("16 articles", "bundled corpus", "labels.csv"):
            assert words not in text, f"{shape}/{name}: {words!r}"


def test_a_page_that_cannot_compare_shows_no_heading_of_what_it_cannot_show(reports):
    """Page 04 on one outlet: its title and the note saying why, not a row of empty sections."""
    page = _pages(reports["one_outlet"])["04_compare"]
    headings = [
        " ".join(_visible_text(h).replace("¶", "").split())  # without the anchor links
        for h in re.findall(r"<h[1-6]\b.*?</h[1-6]>", page, re.S)
    ]
    assert headings == ["Two outlets side by side"], headings
    assert "Nothing on this page can be shown" in _visible_text(page)


def _table_with(page: str, caption: str) -> str:
    """The visible text of the page's table whose caption starts with ``caption``."""
    tables = re.findall(r"<table\b.*?</table>", page, re.S)
    found = [t for t in tables if caption in " ".join(_visible_text(t).split())]
    assert len(found) == 1, f"{len(found)} tables captioned {caption!r}"
    return " ".join(_visible_text(found[0]).split())


def test_an_undated_corpus_shows_no_empty_date_columns(reports):
    """Articles per outlet: first and last dates where there are dates, no blank columns where
    there are none."""
    caption = "Articles per outlet (duplicates excluded)"
    undated = _table_with(_pages(reports["undated"])["00_corpus"], caption)
    assert "first_date" not in undated and "publication date" not in undated
    dated = _table_with(_pages(reports["one_outlet"])["00_corpus"], caption)
    assert "first_date" in dated and "last_date" in dated
    caption = "Stance of each article toward each actor it mentions"
    assert " date " not in _table_with(_pages(reports["undated"])["02_stance"], caption)
    assert " date " in _table_with(_pages(reports["one_outlet"])["02_stance"], caption)


def test_the_outlet_table_shows_days_of_publication_not_timestamps(reports):
    """The English articles carry their time of publication (as ANT's do): the outlets'
    first and last dates read as days, as the CSV keeps them."""
    caption = "Articles per outlet (duplicates excluded)"
    table = _table_with(_pages(reports["english_only"])["00_corpus"], caption)
    assert "2022-01-10 2022-01-12" in table and "2022-01-11 2022-01-14" in table
    assert ":" not in table  # no time of day (08:15:00), no offset
    saved = pd.read_csv(reports["english_only"] / "tables" / "00_corpus" / "outlets.csv")
    assert sorted(saved["first_date"]) == ["2022-01-10", "2022-01-11"]


def test_the_stance_tables_name_the_actors_as_the_charts_do(reports):
    """The heatmap and intervals say روسيا; the tables under them said ``russia``."""
    page = _pages(reports["one_outlet"])["02_stance"]
    for caption in (
        "Mean stance per outlet and actor",
        "Mean stance in the outlet's own voice",
        "Stance of each article toward each actor it mentions",
    ):
        table = _table_with(page, caption)
        assert "روسيا" in table and "russia" not in table, caption
    # one article's sentences: the target column names the actor (the hits column keeps ids)
    sentences = _table_with(page, "Sentences of ")
    assert re.search(r"\d روسيا (outlet|quoted) ", sentences), sentences[:300]
    assert not re.search(r"\d russia (outlet|quoted) ", sentences)


def test_undated_articles_are_counted_not_dropped(reports):
    """Two of the undated records carry no outlet: they are counted as such, not as `nan`, on
    the corpus page and in every analysis (top terms, stance), not left out of them."""
    for page in ("00_corpus", "01_frequency", "02_stance"):
        text = " ".join(_visible_text(_pages(reports["undated"])[page]).split())
        assert "(no outlet)" in text and " nan " not in text, page
    top_terms = pd.read_csv(reports["undated"] / "tables" / "01_frequency" / "top_terms.csv")
    assert "(no outlet)" in set(top_terms["outlet"])


def test_an_undated_corpus_names_no_period_and_counts_the_articles_of_its_one_file(reports):
    """Eight records of one JSON Lines file, no dates: the settings line names no time period
    (none is used), and the table of outcomes tells the one file from the eight articles."""
    text = " ".join(_visible_text(_pages(reports["undated"])["00_corpus"]).split())
    assert "no time period, since no article carries a date" in text and "period =" not in text
    outcomes = pd.read_csv(reports["undated"] / "tables" / "00_corpus" / "load_outcomes.csv")
    loaded = outcomes[outcomes["status"] == "loaded"]
    assert loaded[["inputs", "articles"]].values.tolist() == [[1, 8]]


def test_every_page_of_a_report_uses_the_same_fitted_settings(reports):
    """The settings line of each page that shows one: fitted once, the same everywhere."""
    pages = _pages(reports["one_outlet"])
    settings = {}
    for name in ("00_corpus", "01_frequency", "03_topics"):
        line = re.search(r"Settings for this corpus.*?</p>", pages[name]).group(0)
        settings[name] = re.findall(r"(k|period|min_df) = ([^<`]+)</code>", line)
    # four articles over 38 days: k = 2 (below 8 articles), weeks (up to ~6 months), min_df 1
    assert settings["03_topics"] == [("k", "2"), ("period", "'week'"), ("min_df", "1")]
    assert settings["00_corpus"] == settings["01_frequency"] == settings["03_topics"]


class _CellText(HTMLParser):
    """Collects, for every table cell, the text that lies outside any ``dir`` element."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._cell: list[str] | None = None
        self._isolated = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"):
            self._cell = []
        elif self._cell is not None and dict(attrs).get("dir"):
            self._isolated += 1

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None
        elif tag == "span" and self._isolated:
            self._isolated -= 1

    def handle_data(self, data):
        if self._cell is not None and not self._isolated:
            self._cell.append(data)


def test_stance_hits_cells_isolate_every_run(reports):
    """No letter of a table cell lies outside a ``dir`` element: each run keeps its direction."""
    page = _pages(reports["one_outlet"])["02_stance"]
    assert "object after" in page or "->" in page  # the hits column is on the page
    parser = _CellText()
    parser.feed(page)
    loose = [cell for cell in parser.cells if any(unicodedata.category(c)[0] == "L" for c in cell)]
    assert parser.cells and not loose


def test_the_runner_turns_progress_bars_off_in_its_kernels(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import os\nfrom helpers.progress import progress_target\n"
            f"print(os.environ.get({PROGRESS_ENV!r}), progress_target())"
        )
    ]
    assert execute_notebook(nb, tmp_path) is None
    assert nb.cells[0].outputs[0]["text"].split() == ["off", "off"]

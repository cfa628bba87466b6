"""Report pages show only the sections that show something (helpers.page_sections)."""

from __future__ import annotations

import nbformat

from helpers.page_sections import shown_sections

v4 = nbformat.v4


def _code(*outputs: str):
    """A code cell that displayed each of ``outputs`` as Markdown."""
    cell = v4.new_code_cell("...")
    cell.outputs = [v4.new_output("display_data", data={"text/markdown": text}) for text in outputs]
    return cell


def _page(*cells) -> list[str]:
    """The sources (code cells: their outputs) of the cells the page keeps."""
    nb = v4.new_notebook()
    nb.cells = list(cells)
    shown = shown_sections(nb)
    return [
        c.source
        if c.cell_type == "markdown"
        else "|".join(o.data["text/markdown"] for o in c.outputs)
        for c in shown.cells
    ]


def test_a_section_whose_code_shows_nothing_is_left_out_with_its_prose():
    kept = _page(
        v4.new_markdown_cell("# Two outlets"),
        _code("> **Note.** Nothing on this page can be shown: one outlet."),
        v4.new_markdown_cell("## Shared vocabulary\n\nTerms both sides use."),
        _code(),
        v4.new_markdown_cell("The same terms as a table."),
        _code(),
        v4.new_markdown_cell("### Explore the vocabulary"),
        _code(),
        v4.new_markdown_cell("## What to take away\n\n* The shared terms..."),
    )
    assert kept == ["# Two outlets", "> **Note.** Nothing on this page can be shown: one outlet."]


def test_sections_that_show_something_stay_and_so_does_the_closing_prose():
    kept = _page(
        v4.new_markdown_cell("# Frequency"),
        v4.new_markdown_cell("## Top terms"),
        _code("a table"),
        v4.new_markdown_cell("## Per outlet"),
        _code("> **Note.** Per outlet is not shown: a single outlet."),
        v4.new_markdown_cell("## Over time"),
        _code(),  # computed here, shown in the next section
        v4.new_markdown_cell("## What to take away"),
    )
    assert kept == [
        "# Frequency", "## Top terms", "a table", "## Per outlet",
        "> **Note.** Per outlet is not shown: a single outlet.", "## What to take away",
    ]  # fmt: skip


def test_headings_are_read_as_markdown_reads_them():
    kept = _page(
        v4.new_markdown_cell("# Title"),
        v4.new_markdown_cell("## Results"),
        _code("shown"),
        v4.new_markdown_cell("#hashtag is no heading: this cell belongs to Results"),
        _code(),
    )
    hashtag = "#hashtag is no heading: this cell belongs to Results"
    assert kept == ["# Title", "## Results", "shown", hashtag, ""]

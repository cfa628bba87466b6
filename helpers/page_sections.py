"""Which sections of an executed notebook its report page shows: only those that show something.

A section is a Markdown heading and the cells up to the next heading. The notebooks guard what a
corpus cannot support (`if two_sides:`, `if fitted.can_show(...)`) and say why in a note; when a
guard skips every cell of a section, the page would still carry its heading and the prose that
explains a figure that is not there (page 04 on a one-outlet corpus listed every comparison
heading under a note saying nothing could be compared). The page leaves such a section out:

* a section with code cells of which none shows anything is left out (a note, a figure, a
  table, an error: any output keeps it);
* a section of prose only (the closing "What to take away") stays when the page shows at least
  one section of results, and goes with them when it shows none;
* the title section (the level-1 heading, with the page's notes) always stays.

The notebook in JupyterLab keeps every cell; only the exported page is pruned.
"""

from __future__ import annotations

import copy

from nbformat import NotebookNode

__all__ = ["first_line", "shown_sections"]


def shown_sections(nb: NotebookNode) -> NotebookNode:
    """A copy of executed ``nb`` without the sections that show nothing (see the module).

    >>> page = shown_sections(executed)  # doctest: +SKIP
    """
    preamble, *sections = _sections(nb.cells)
    titles = [_heading_level(cells[0]) == 1 for cells in sections]
    results = any(
        _has_code(cells) and _shows(cells)
        for cells, title in zip(sections, titles, strict=True)
        if not title
    )
    kept = [preamble] + [
        cells
        for cells, title in zip(sections, titles, strict=True)
        if title or (_shows(cells) if _has_code(cells) else results)
    ]
    out = copy.copy(nb)
    out.cells = [cell for cells in kept for cell in cells]
    return out


def _sections(cells: list[NotebookNode]) -> list[list[NotebookNode]]:
    """The cells before the first heading, then one list per heading and the cells after it."""
    sections: list[list[NotebookNode]] = [[]]
    for cell in cells:
        if _heading_level(cell):
            sections.append([])
        sections[-1].append(cell)
    return sections


def _heading_level(cell: NotebookNode) -> int:
    """1 for ``# Title``, 2 for ``## Section``...; 0 for a cell that opens with no heading."""
    if cell.cell_type != "markdown":
        return 0
    first = first_line(cell)
    marks = len(first) - len(first.lstrip("#"))
    return marks if 0 < marks <= 6 and first[marks:marks + 1] == " " else 0  # fmt: skip


def first_line(cell: NotebookNode) -> str:
    """The first non-blank line of a cell, stripped: how a reader recognises it (its heading,
    or the line a failure report names)."""
    return next((line.strip() for line in cell.source.splitlines() if line.strip()), "")


def _has_code(cells: list[NotebookNode]) -> bool:
    return any(cell.cell_type == "code" for cell in cells)


def _shows(cells: list[NotebookNode]) -> bool:
    return any(cell.cell_type == "code" and cell.get("outputs") for cell in cells)

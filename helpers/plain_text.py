"""Plain-text and Markdown articles: front matter, header lines, body.

One article per file. Optional YAML front matter between ``---`` lines; then optional header
blocks separated by blank lines, then the body paragraphs. Recognised headers:

* the ``corpus/`` layout: a date line, a title (or caption) line, a byline
  ``Outlet – Author`` (or ``بقلم X``), each alone between blank lines;
* the headline layout of plain-text archives (``raw_data/<outlet>/<category>/12.txt``):
  the headline on the first line, a blank line, then the body. A first line is a headline
  when it is short (at most 25 words), does not end like a sentence (``.`` ``،`` ``:``)
  and a longer body follows it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd
import yaml

from helpers.dates import parse_date
from helpers.encodings import FileProblem

__all__ = ["front_matter", "layout"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_BLOCK = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+")
_BYLINE = re.compile(
    r"^(?P<outlet>[^\n–—\-|.،,:]{2,50}?)\s+[–—\-|]\s+(?P<author>[^\n–—\-|.،,:]{2,60})$"
)
_AUTHOR_ONLY = re.compile(r"^(?:بقلم|كتب|كتبت|By)\s*[:：]?\s*(?P<author>[^\n.،,]{2,60})$")
_DIGIT = re.compile(r"\d")
_MAX_HEADER_WORDS = 25
_SENTENCE_ENDS = (".", "،", ":", ",")
_MAX_BYLINE_SIDE_WORDS = 5


def front_matter(text: str) -> tuple[dict, str]:
    """``(front-matter values, the text after it)``; ``({}, text)`` without front matter.

    Dates in front matter come back as ISO text, like dates found anywhere else.
    """
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    try:
        header = yaml.safe_load(found[1])
    except yaml.YAMLError as exc:
        raise FileProblem("error", f"front matter is not valid YAML ({exc})") from exc
    if header is not None and not isinstance(header, dict):
        raise FileProblem("error", "front matter is not a set of 'key: value' lines")
    values = {
        str(k): (v.isoformat() if isinstance(v, date | datetime) else v)
        for k, v in (header or {}).items()
    }
    return values, text[found.end() :]


def layout(text: str, expected_title: object = None) -> dict[str, object]:
    """Split the header blocks (date, title/caption, byline) from the body paragraphs.

    Header blocks are single lines separated by blank lines: an optional date line (one
    that parses, or a short line with digits right before a title and byline), then an
    optional title line, then an optional byline. With a title from front matter, a first
    line is only taken as the title when it repeats it. Returns ``date``, ``title``,
    ``outlet``, ``byline`` (those found) and ``raw_body`` (the text from the first body block).
    """
    blocks = [(m.start(), m.group().strip()) for m in _BLOCK.finditer(text)]
    found: dict[str, object] = {}
    i = 0

    def single_line(k: int) -> bool:
        return k < len(blocks) - 1 and "\n" not in blocks[k][1]

    def byline_at(k: int) -> dict[str, str] | None:
        return _byline(blocks[k][1]) if single_line(k) else None

    if single_line(0) and len(blocks[0][1]) <= 60:
        first = blocks[0][1]
        parsed = not pd.isna(parse_date(first))
        followed = byline_at(1) or byline_at(2)
        if parsed or (_DIGIT.search(first) and len(first) <= 40 and followed):
            found["date"] = first
            i = 1
    byline = byline_at(i)
    if byline is None and single_line(i) and _title_like(blocks[i][1], expected_title):
        byline = byline_at(i + 1)
        if (
            byline is not None
            or "date" in found
            or expected_title is not None
            or _headline_before_body(blocks[i][1], blocks[i + 1][1])
        ):
            found["title"] = blocks[i][1]
            i += 1
    if byline is not None:
        found.update(byline)
        i += 1
    found["raw_body"] = text[blocks[i][0] :] if i < len(blocks) else ""
    return found


def _title_like(line: str, expected: object) -> bool:
    if isinstance(expected, str):
        return " ".join(line.split()) == " ".join(expected.split())
    return len(line.split()) <= _MAX_HEADER_WORDS and not line.rstrip().endswith(_SENTENCE_ENDS)


def _headline_before_body(line: str, following: str) -> bool:
    """The headline layout: a short first line, then a body with more words than it."""
    return len(following.split()) > len(line.split())


def _byline(line: str) -> dict[str, str] | None:
    """``{"outlet", "byline"}`` from ``Outlet – Author``, ``{"byline"}`` from ``بقلم X``."""
    line = " ".join(line.split())
    match = _BYLINE.match(line)
    if match:
        outlet, author = match["outlet"].strip(), match["author"].strip()
        if max(len(outlet.split()), len(author.split())) <= _MAX_BYLINE_SIDE_WORDS:
            return {"outlet": outlet, "byline": author}
    match = _AUTHOR_ONLY.match(line)
    if match and len(match["author"].split()) <= _MAX_BYLINE_SIDE_WORDS:
        return {"byline": match["author"].strip()}
    return None

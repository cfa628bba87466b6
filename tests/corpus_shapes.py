"""Tiny corpora of the shapes a report must survive: one outlet, three articles, no dates...

Each is built at test time in a temporary folder from the bundled corpus (written for this
project) or from the English lines below (also written for this project), so the notebooks meet
the shape without any real data. They stay small: every notebook runs on each in seconds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from helpers.corpus import load_corpus

BUNDLED = Path(__file__).resolve().parents[1] / "corpus"

# Short English news items written for this project: no Arabic letter anywhere. Each carries
# its time of publication, as real feeds do (ANT's dates hold the time of day).
ENGLISH_ARTICLES = [
    (
        "Harbour Daily",
        "2022-01-10 08:15",
        "Port reopens after storm",
        "The port reopened on Monday after a storm closed it for three days. Ships queued at the "
        "entrance while crews cleared the docks. Officials said trade would recover within a week.",
    ),
    (
        "Harbour Daily",
        "2022-01-12 17:40",
        "Fishing fleet returns",
        "The fishing fleet returned to the harbour with a small catch. Prices at the market rose "
        "as buyers competed for fresh fish. The fleet sails again when the weather settles.",
    ),
    (
        "Valley Post",
        "2022-01-11 06:05",
        "School year extended",
        "The regional council extended the school year by two weeks to make up for lost days. "
        "Parents welcomed the decision, while teachers asked for more time to plan lessons.",
    ),
    (
        "Valley Post",
        "2022-01-14 21:30",
        "New bridge opens",
        "A new bridge over the river opened to traffic on Friday. Drivers said the crossing saves "
        "twenty minutes each way, and the council expects fewer accidents on the old road.",
    ),
]


def one_outlet(folder: Path) -> Path:
    """The four articles of one bundled outlet (صوت الشرق), with their dates."""
    for path in BUNDLED.glob("*_sawt-alsharq_*"):
        shutil.copy(path, folder / path.name)
    return folder


def three_articles(folder: Path) -> Path:
    """Three bundled articles from three outlets."""
    for path in sorted(BUNDLED.glob("00[1-3]_*")):
        shutil.copy(path, folder / path.name)
    return folder


def undated(folder: Path) -> Path:
    """Eight bundled articles as JSON Lines without any date; two also lack an outlet."""
    articles = load_corpus(BUNDLED).articles.head(8)
    with (folder / "undated.jsonl").open("w", encoding="utf-8") as out:
        for number, row in enumerate(articles.itertuples()):
            record = {"id": row.article_id, "title": row.title, "text": row.body}
            if number >= 2:
                record["source"] = row.outlet
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def english_only(folder: Path) -> Path:
    """Four short English articles from two outlets: nothing for an Arabic analyzer to read."""
    for number, (outlet, date, title, body) in enumerate(ENGLISH_ARTICLES):
        header = f"---\noutlet: {outlet}\ndate: {date}\ntitle: {title}\nlanguage: en\n---\n\n"
        (folder / f"en_{number}.md").write_text(header + body + "\n", encoding="utf-8")
    return folder


SHAPES: dict[str, Callable[[Path], Path]] = {
    "one_outlet": one_outlet,
    "three_articles": three_articles,
    "undated": undated,
    "english_only": english_only,
}

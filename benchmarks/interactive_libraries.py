"""Measurement behind the choice of interactive plotting library (DESIGN.md, issue 17).

The same view, a scatter of ``n`` Arabic terms with a hover showing the term and two counts, is
written as one offline HTML page (the library's JavaScript inlined, nothing fetched) by each
contender:

* ``bokeh``: ``bokeh.embed.file_html(..., resources=INLINE)`` (BokehJS + widgets + tables);
* ``plotly``: ``Figure.write_html(include_plotlyjs=True)``;
* ``altair``: ``Chart.save(..., inline=True)`` (Vega, Vega-Lite and vega-embed from
  ``vl-convert-python``).

For each, the page size with 10 points (the library's fixed cost) and the added bytes per point
(from the page with ``n`` points), then each page is opened in headless Chromium (file://, no
network) for a screenshot to look at (``--shots DIR``: all three shape the Arabic title
correctly); the table also says whether the page holds the terms as logical text (libraries
store them as JSON, ``\\uXXXX`` escapes decoded first).

Run: ``python benchmarks/interactive_libraries.py [--points 2000] [--shots /tmp/shots]``
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

WORDS = ["روسيا", "الولايات المتحدة", "أوكرانيا", "حلف الناتو", "العقوبات", "الكرملين"]


def terms(n: int) -> pd.DataFrame:
    """``n`` Arabic terms (the six words, numbered) with two seeded counts."""
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "term": [f"{WORDS[i % len(WORDS)]} {i}" for i in range(n)],
            "a": rng.integers(1, 500, n),
            "b": rng.integers(1, 500, n),
        }
    )


def bokeh_page(frame: pd.DataFrame, path: Path) -> None:
    from bokeh.embed import file_html
    from bokeh.models import ColumnDataSource, HoverTool
    from bokeh.plotting import figure
    from bokeh.resources import INLINE

    fig = figure(title="تكرار الكلمات", x_axis_label="المنبر أ", y_axis_label="المنبر ب")
    fig.scatter("a", "b", source=ColumnDataSource(frame))
    fig.add_tools(HoverTool(tooltips=[("", "@term"), ("أ", "@a"), ("ب", "@b")]))
    path.write_text(file_html(fig, INLINE, "bokeh"), encoding="utf-8")


def plotly_page(frame: pd.DataFrame, path: Path) -> None:
    import plotly.express as px

    fig = px.scatter(frame, x="a", y="b", hover_name="term", title="تكرار الكلمات")
    fig.write_html(path, include_plotlyjs=True, full_html=True)


def altair_page(frame: pd.DataFrame, path: Path) -> None:
    import altair as alt

    chart = alt.Chart(frame, title="تكرار الكلمات").mark_point()
    chart = chart.encode(x="a", y="b", tooltip=["term", "a", "b"])
    chart.save(path, inline=True)


CONTENDERS = {"bokeh": bokeh_page, "plotly": plotly_page, "altair": altair_page}


def unescaped(page: str) -> str:
    """``page`` with JSON ``\\uXXXX`` escapes decoded (how the libraries store their data)."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)


def screenshot(page: Path, out: Path) -> None:
    """Open ``page`` in headless Chromium, no network, and save what it shows."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=5000",
                f"--screenshot={out}", "--window-size=900,700", page.as_uri(),
            ],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=2000)
    parser.add_argument("--shots", type=Path, default=None)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, write in CONTENDERS.items():
            small, large = Path(folder, f"{name}_10.html"), Path(folder, f"{name}_n.html")
            write(terms(10), small)
            write(terms(args.points), large)
            text = unescaped(large.read_text(encoding="utf-8"))
            fixed, full = small.stat().st_size, large.stat().st_size
            rows.append(
                {
                    "library": name,
                    "page_10_points_kb": round(fixed / 1024),
                    f"page_{args.points}_points_kb": round(full / 1024),
                    "bytes_per_point": round((full - fixed) / (args.points - 10)),
                    "logical_arabic_in_page": WORDS[0] in text and WORDS[2] in text,
                }
            )
            if args.shots is not None:
                args.shots.mkdir(parents=True, exist_ok=True)
                screenshot(small, args.shots / f"{name}.png")
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()

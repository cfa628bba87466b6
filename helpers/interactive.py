"""Interactive views for JupyterLab and the report: Bokeh pages with their JavaScript inlined.

Three views take the frames the analyses already return and turn them into one offline page
each (no CDN, no kernel, no server: every click is answered by JavaScript in the page):

* :func:`stance_browser` (notebook 02): the outlet x actor grid of mean stance; clicking a cell
  lists its evidence sentences with score, voice, speaker and holder, filtered by voice;
* :func:`topic_map` (notebook 03): articles in 2-D coloured by cluster, one marker shape per
  outlet, a legend whose outlet entries hide or show that outlet's articles;
* :func:`helpers.term_explorer.term_explorer` (notebook 04): every term a point.

Why Bokeh (measured by ``benchmarks/interactive_libraries.py``, see DESIGN.md): its JavaScript
ships in the wheel and inlines into a page of 1.2 MB (Plotly 4.6 MB, Altair 0.9 MB); it has
the widgets these views need (text input, selects, HTML panels, tap selection, an interactive
legend) with JavaScript callbacks that run without a kernel, so a saved page keeps working.

Arabic: the browser shapes and orders Arabic itself, so every string goes to the page as
logical text, never reshaped (that would show isolated, reversed letters). Lists, hovers and
widgets are laid out right to left (``direction: rtl``). The plot canvas keeps a left-to-right
base direction, so tick labels such as ``-5`` keep their sign in front; each Arabic string
drawn on it (title, axis labels, legend entries) is framed by right-to-left marks
(:func:`rtl`), which makes it one right-to-left run whatever digits or Latin words it holds.

Embedding: a view displays as an ``<iframe srcdoc>`` holding its own complete page. JupyterLab
shows it without any extension (Bokeh's own notebook output needs ``jupyter_bokeh``), each
view keeps its own BokehJS, and nbconvert copies it as-is into the report page, where it still
works offline. Readers without JavaScript see a note and the static figures beside it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import chain, product
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from bokeh.core.properties import value
from bokeh.embed import file_html
from bokeh.layouts import column
from bokeh.models import (
    BasicTicker,
    ColorBar,
    ColumnDataSource,
    CustomJS,
    Div,
    HoverTool,
    Legend,
    LegendItem,
    LinearColorMapper,
    RadioButtonGroup,
)
from bokeh.plotting import figure
from bokeh.resources import INLINE
from bokeh.transform import factor_cmap, transform

from helpers.colours import STANCE_LIMIT, colour_map, hex_palette, ink_on, signed
from helpers.shaping import RLM
from helpers.stance import strongest_evidence

__all__ = ["InteractiveView", "arabic_figure", "panel", "rtl", "stance_browser", "topic_map"]

FONT = "'IBM Plex Sans Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
"""Font stack of widgets and canvas text; the browser falls back to any Arabic font it has."""

PANEL_STYLE = (
    "<style>:host { direction: rtl; } .panel { direction: rtl; text-align: right;"
    f" font-family: {FONT}; font-size: 15px; line-height: 1.7; }}"
    " .panel mark { background: #ffe08a; font-weight: bold; }"
    " .panel bdi.id { color: #777; font-size: 12px; }"
    " .panel li { margin-bottom: 0.4em; } .panel h4 { margin: 0.6em 0 0.2em; }</style>"
)
"""CSS for the HTML panels (inside Bokeh's shadow DOM, so it travels with the panel text)."""

ESCAPE_JS = """
function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g,
    (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
}
"""
"""JavaScript shared by the callbacks that write text from the data into an HTML panel."""

RTL_STYLE = {"direction": "rtl"}
"""CSS for Bokeh layouts and widgets that should read right to left."""


def rtl(text: str) -> str:
    """``text`` framed by right-to-left marks: one right-to-left run on a left-to-right canvas."""
    return f"{RLM}{text}{RLM}"


VOICE_NAMES = {"outlet": "صوت المنبر", "quoted": "اقتباس"}
STANCE_NAMES = {"favor": "تأييد", "against": "معارضة", "none": "محايد"}
NO_SCRIPT = (
    '<noscript><p dir="rtl">هذا العرض التفاعلي يحتاج إلى JavaScript؛ '
    "الأشكال الثابتة في الصفحة تعرض النتائج نفسها.</p></noscript>"
)


FIT_FRAME = """<script>
(() => {
  let frame = null;
  try { frame = window.frameElement; } catch (error) { return; }  // a frame of another origin
  if (!frame) return;  // a page of its own: nothing to fit
  const views = () => (window.Bokeh && Bokeh.index ? Object.values(Bokeh.index.roots || {}) : []);
  const fit = () => {
    const bottoms = views().map((view) => view.el.getBoundingClientRect().bottom);
    if (bottoms.length) frame.style.height = Math.ceil(Math.max(...bottoms) + scrollY) + "px";
  };
  const watch = () => {
    if (!views().length) return setTimeout(watch, 100);  // the layout is not drawn yet
    const observer = new ResizeObserver(fit);
    views().forEach((view) => observer.observe(view.el));
    fit();
  };
  watch();
})();
</script>"""
"""Script of a view's page that makes the iframe showing it as tall as the page: a panel takes
room when it is filled (a cell clicked), not before, and a long list is not cut short."""

_DATA_SCRIPT = re.compile(r'<script type="application/json"[^>]*>.*?</script>', re.S)
# \\uXXXX of an Arabic letter or mark, not preceded by an escaped backslash
_ARABIC_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u(06[0-9a-fA-F]{2}|07[5-7][0-9a-fA-F])")


_LETTER_ESCAPE = re.compile(r"\\u(06[0-9a-fA-F]{2}|07[5-7][0-9a-fA-F])")
_LETTER_OF = {
    "".join(spelled): chr(code)
    for code in (*range(0x0600, 0x0700), *range(0x0750, 0x0780))
    for spelled in product(*({c.lower(), c.upper()} for c in f"{code:04x}"))
}
"""The four hex digits of an Arabic letter's escape, in either case -> the letter."""


def _letters(script: str) -> str:
    """``script`` with each escaped Arabic letter written as itself: what substituting every
    match of :data:`_ARABIC_ESCAPE` gives, by C-level calls only (a view's data holds a
    million such escapes; a Python call per match cost more than the page's serialisation).

    Escaped backslashes are set aside first (a pair is never the start of an escape; JSON reads
    them left to right, as ``str.replace`` does), so every ``\\u06XX`` left is an escape.
    """
    if "\x00" in script:  # nowhere to set the pairs aside: read each escape in its context
        return _ARABIC_ESCAPE.sub(lambda m: m.group(1) + chr(int(m.group(2), 16)), script)
    parts = _LETTER_ESCAPE.split(script.replace("\\\\", "\x00"))  # text, hex, ..., text
    letters = map(_LETTER_OF.__getitem__, parts[1::2])
    written = "".join(chain.from_iterable(zip(parts[0:-1:2], letters, strict=True)))
    return (written + parts[-1]).replace("\x00", "\\\\")


@dataclass
class InteractiveView:
    """A Bokeh layout that Jupyter shows as a self-contained page in an iframe.

    ``page()`` is the complete offline HTML document (BokehJS inlined); ``save(path)`` writes
    it; ``_repr_html_`` wraps it in an ``<iframe srcdoc>`` for notebooks and nbconvert, first
    ``height`` pixels tall (the view before anything is clicked), then as tall as its page
    (:data:`FIT_FRAME`): an evidence panel takes room once it lists something.

    >>> view = topic_map(points, articles)  # doctest: +SKIP
    >>> view.save("map.html")  # doctest: +SKIP
    """

    layout: Any
    title: str
    height: int

    def page(self) -> str:
        """The standalone page: ``lang="ar"``, every script and style inline, nothing fetched.

        Bokeh writes its data as ASCII JSON, every Arabic letter a six-byte ``\\u06XX`` escape;
        the letters are written as themselves (two bytes in UTF-8), which makes text-heavy
        views (the explorer's context lines) about a third of the size. The text stays the
        same logical text.
        """
        document = file_html(self.layout, INLINE, self.title)
        document = _DATA_SCRIPT.sub(lambda m: _letters(m.group(0)), document)
        end = document.rindex("</body>")  # the page's own (BokehJS's code holds the string)
        document = document[:end] + FIT_FRAME + "\n" + document[end:]
        return document.replace('<html lang="en">', '<html lang="ar">', 1)

    def save(self, path: Path | str) -> Path:
        """Write :meth:`page` to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.page(), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        # single-quoted: only & and ' need escaping, not the JSON's many " (a smaller notebook;
        # nbconvert re-serialises the report page and escapes the rest anyway)
        page = self.page().replace("&", "&amp;").replace("'", "&#39;")
        frame = (
            f'<iframe class="interactive-view" title="{html.escape(self.title)}" '
            f"srcdoc='{page}' "
            f'style="width: 100%; height: {self.height}px; border: 0;"></iframe>'
        )
        return frame + NO_SCRIPT

    def __repr__(self) -> str:
        return f"<InteractiveView {self.title!r}: shown in JupyterLab, or save(path) for a page>"


def source_of(frame: pd.DataFrame) -> ColumnDataSource:
    """A Bokeh data source with one column per frame column (the index is not sent)."""
    return ColumnDataSource({name: frame[name].to_numpy() for name in frame.columns})


def panel(text: str = "", **options: Any) -> Div:
    """A right-to-left HTML panel (a Bokeh ``Div``) carrying :data:`PANEL_STYLE`."""
    return Div(text=f'{PANEL_STYLE}<div class="panel">{text}</div>', **options)


def arabic_figure(title: str, **options: Any) -> figure:
    """A Bokeh figure whose canvas text (title, axis labels) uses :data:`FONT`, title right."""
    fig = figure(title=rtl(title), **options)
    fig.title.text_font = FONT
    fig.title.text_font_size = "16px"
    fig.title.align = "right"
    for axis in (*fig.xaxis, *fig.yaxis):
        axis.axis_label_text_font = FONT
        axis.axis_label_text_font_size = "14px"
        axis.axis_label_text_font_style = "normal"
        axis.major_label_text_font = FONT
    return fig


# ------------------------------------------------------------------------ stance evidence
def stance_browser(
    sentences: pd.DataFrame,
    comparison: pd.DataFrame,
    *,
    by: str = "outlet",
    per_cell: int = 30,
    target_names: dict[str, str] | None = None,
) -> InteractiveView:
    """The outlet x actor grid; a click on a cell lists its evidence sentences.

    Parameters
    ----------
    sentences : DataFrame
        :func:`helpers.stance.stance_sentences` output; a sentence's ``stance`` (favor,
        against, none) and ``holder`` (whose stance it is) are shown when the frame has them.
    comparison : DataFrame
        :func:`helpers.stance.compare_outlets` output for the same sentences (``by, target,
        mean, n``): the colour and label of each cell.
    by : str
        The grouping column (``outlet``, or ``article_id`` to compare articles).
    per_cell : int
        Evidence kept per cell and voice: the ``per_cell`` strongest sentences (largest
        ``|score|``) of the outlet's own voice and as many quoted ones. It bounds the page on a
        large corpus (ANT: 5 outlets x 5 actors x 2 voices x 30 sentences).
    target_names : dict, optional
        Actor id -> name shown (e.g. ``load_gazetteer().display_names``); default the ids.

    >>> sentences = stance_sentences(articles, ["russia", "usa"])  # doctest: +SKIP
    >>> comparison = compare_outlets(summarise_stance(sentences))  # doctest: +SKIP
    >>> stance_browser(sentences, comparison)  # doctest: +SKIP
    """
    names = target_names or {}
    means, counts = comparison["mean"], comparison["n"]
    cells = comparison.assign(
        group=comparison[by].astype(str),
        name=comparison["target"].map(lambda t: names.get(t, t)),
        label=[f"{signed(m)} ({n:,})" for m, n in zip(means, counts, strict=True)],
        ink=comparison["mean"].map(ink_on),  # white on the dark ends, as in the static heatmap
    )
    evidence = _cell_evidence(sentences, by, per_cell)
    # laid out as the static heatmap above it: actors by name, the first on the right, outlets
    # by name from the top, their names on the right, the colour bar on the left
    groups = sorted(cells["group"].unique())
    actors = sorted(cells["name"].unique(), reverse=True)
    cells = cells.assign(x=cells["name"].map(rtl), y=cells["group"].map(rtl))  # canvas factors
    grid = source_of(cells[["group", "target", "name", "x", "y", "mean", "n", "label", "ink"]])
    # the static heatmap's colours: its continuous map over the measure's own range, fixed
    # and symmetric, so a mean of -0.09 is as pale here as there (a stepped palette painted it
    # light red); each cell's label carries the exact mean and its count
    mapper = LinearColorMapper(palette=hex_palette(), low=-STANCE_LIMIT, high=STANCE_LIMIT)
    fig = arabic_figure(
        "موقف كل منبر من كل فاعل: انقر خلية لعرض جملها",
        x_range=[rtl(a) for a in actors], y_range=[rtl(g) for g in groups[::-1]],
        height=110 + 60 * len(groups), y_axis_location="right",
        sizing_mode="stretch_width", tools="tap,reset", toolbar_location=None,
    )  # fmt: skip
    fig.rect("x", "y", 1, 1, source=grid, fill_color=transform("mean", mapper),
             line_color="white", line_width=2)  # fmt: skip
    fig.text("x", "y", text="label", source=grid, text_align="center", text_color="ink",
             text_baseline="middle", text_font=value(FONT), text_font_size="14px",
             nonselection_text_alpha=0.7)  # fmt: skip
    fig.add_tools(
        HoverTool(tooltips=_rtl_tooltip("@name — @group", "المتوسط: @mean{+0.00}، المقالات: @n"))
    )
    fig.add_layout(ColorBar(color_mapper=mapper, ticker=BasicTicker(), width=12), "left")
    fig.grid.visible = False
    voices = RadioButtonGroup(
        labels=["كل الأصوات", *VOICE_NAMES.values()], active=0, styles=RTL_STYLE
    )
    listing = panel("انقر خلية من الشبكة لعرض جمل الدليل.", sizing_mode="stretch_width")
    show = CustomJS(
        args={"grid": grid, "evidence": source_of(evidence), "voices": voices,
              "listing": listing, "voice_names": VOICE_NAMES, "stance_names": STANCE_NAMES,
              "style": PANEL_STYLE},
        code=ESCAPE_JS + _STANCE_JS,
    )  # fmt: skip
    grid.selected.js_on_change("indices", show)
    voices.js_on_change("active", show)
    layout = column(fig, voices, listing, sizing_mode="stretch_width")
    return InteractiveView(layout, "متصفح أدلة الموقف", height=fig.height + 90)  # a hint line


def _cell_evidence(sentences: pd.DataFrame, by: str, per_cell: int) -> pd.DataFrame:
    """The ``per_cell`` strongest sentences per cell and voice, with holder/stance if known."""
    keys = [by, "target", "article_id", "sentence", "voice"]
    top = pd.concat(
        [strongest_evidence(sentences, by, n=per_cell, voice=v) for v in VOICE_NAMES],
        ignore_index=True,
    )
    optional = [c for c in ("holder", "stance") if c in sentences.columns]
    joined = [c for c in optional if c not in top.columns]
    if joined:
        top = top.merge(sentences[keys + joined].drop_duplicates(keys), on=keys, how="left")
    top = top.assign(group=top[by].astype(str), strength=top["score"].abs())
    top = top.sort_values("strength", ascending=False, kind="stable")
    shown = ["group", "target", "article_id", "sentence", "score", "voice", "speaker"]
    frame = top[shown + optional].reset_index(drop=True)
    for column_name in ("speaker", *optional):
        frame[column_name] = frame[column_name].fillna("").astype(str)
    for missing in {"holder", "stance"} - set(frame.columns):
        frame[missing] = ""
    return frame


_STANCE_JS = """
const i = grid.selected.indices[0];
if (i === undefined) { return; }
const group = grid.data.group[i], target = grid.data.target[i];
const voice = [null, "outlet", "quoted"][voices.active];
const e = evidence.data, items = [];
for (let k = 0; k < e.sentence.length; k++) {
  if (e.group[k] !== group || e.target[k] !== target) continue;
  if (voice !== null && e.voice[k] !== voice) continue;
  const colour = e.score[k] < 0 ? "#b2182b" : "#2166ac";
  const holder = e.holder[k] ? "صاحب الموقف: " + e.holder[k] : "";
  const who = [stance_names[e.stance[k]], voice_names[e.voice[k]], e.speaker[k], holder];
  items.push(`<li><b style="color:${colour}"><bdi>${e.score[k].toFixed(2)}</bdi></b> ` +
    `${esc(e.sentence[k])} <small>(${esc(who.filter(Boolean).join("، "))})</small> ` +
    `<bdi class="id">${esc(e.article_id[k])}</bdi></li>`);
}
const head = `<h4>${esc(grid.data.name[i])} — ${esc(group)}: ${items.length} جملة</h4>`;
const body = items.length ? `<ol>${items.join("")}</ol>` : "<p>لا دليل بهذا الصوت.</p>";
listing.text = `${style}<div class="panel">${head}${body}</div>`;
"""


# ------------------------------------------------------------------------------ topic map
MARKERS = ["circle", "triangle", "square", "diamond", "inverted_triangle", "hex", "star", "plus"]


def topic_map(
    points: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    colour: str = "label",
) -> InteractiveView:
    """Articles in 2-D, coloured by cluster, one marker per outlet; the legend filters outlets.

    Parameters
    ----------
    points : DataFrame
        :func:`helpers.topics.article_map` output (``article_id, x, y, outlet``) with the
        ``colour`` column (e.g. the cluster labels of ``describe_clusters`` merged on
        ``cluster``). Its rows are already a seeded sample of at most ``max_points``
        articles on a large corpus, which bounds the page.
    articles : DataFrame, optional
        Source of the ``title`` shown on hover, when ``points`` lacks it.
    colour : str
        The column that colours the points.
    """
    if "title" not in points.columns and articles is not None and "title" in articles:
        points = points.merge(articles[["article_id", "title"]], on="article_id", how="left")
    frame = points.assign(
        title=points["title"].fillna("") if "title" in points else "",
        outlet=points["outlet"].astype(str) if "outlet" in points else "",
        colour=points[colour].astype(str),
    )
    colours = colour_map(frame["colour"])  # the static map's colours
    factors, palette = list(colours), list(colours.values())
    fig = arabic_figure(
        "خريطة المقالات: اللون للمجموعة والشكل للمنبر (انقر منبرًا في المفتاح لإخفائه)",
        height=620, sizing_mode="stretch_width", tools="pan,wheel_zoom,box_zoom,reset",
        toolbar_location="below",
    )  # fmt: skip
    outlets = []
    for number, (outlet, rows) in enumerate(frame.groupby("outlet", sort=True)):
        source = source_of(rows[["x", "y", "title", "outlet", "colour", "article_id"]])
        glyph = fig.scatter("x", "y", source=source, size=9, alpha=0.8,
                            marker=MARKERS[number % len(MARKERS)],
                            color=factor_cmap("colour", palette, factors))  # fmt: skip
        # the legend shows the outlet's shape in grey; hiding it hides the outlet's articles
        proxy = fig.scatter([np.nan], [np.nan], marker=glyph.glyph.marker, color="#666", size=9)
        proxy.js_link("visible", glyph, "visible")
        outlets.append(LegendItem(label=rtl(outlet), renderers=[proxy]))
    clusters = [  # a legend entry per colour: a renderer with one point that is never drawn
        LegendItem(
            label=rtl(factor), renderers=[fig.scatter([np.nan], [np.nan], color=hue, size=9)]
        )
        for factor, hue in zip(factors, palette, strict=True)
    ]
    for title, items, policy in (("المنبر", outlets, "hide"), ("المجموعة", clusters, "none")):
        legend = Legend(items=items, title=rtl(title), click_policy=policy, label_text_font=FONT,
                        title_text_font=FONT)  # fmt: skip
        fig.add_layout(legend, "right")
    fig.add_tools(HoverTool(tooltips=_rtl_tooltip("@title", "@outlet — @colour")))
    fig.xaxis.visible = fig.yaxis.visible = False
    return InteractiveView(fig, "خريطة المقالات", height=680)


def _rtl_tooltip(*lines: str) -> str:
    """A hover template read right to left; ``@field`` values are escaped by Bokeh."""
    body = "<br>".join(lines)
    style = f"max-width: 360px; font-family: {FONT}; font-size: 14px;"
    return f'<div dir="rtl" style="{style}">{body}</div>'

"""Term comparison explorer: every term a point, its frequency on one side against the other.

A scattertext-like page for any number of outlets, offline (see :mod:`helpers.interactive`):
two selectors choose side A (an outlet) and side B (another outlet, or all the others pooled);
x is the term's rate per 10,000 analysed words on A, y its rate on B, both on log axes (a term
absent from a side sits at half an occurrence, as in :func:`helpers.frequency.keyness`'s log
ratio); the colour is the signed G² of A against B (blue: typical of A, red: of B). Hovering a
point shows the term and its counts; the search box finds a term (as analysed, ``حوار``, or
as written in one of its context lines, ``الحوار``); clicking a term (or finding
it) lists its keyword-in-context lines from both sides, right to left, the match highlighted.

Every number is computed in Python: counts from :func:`helpers.frequency.term_counts`, G² of
each pair of groups and of each group against the rest from
:func:`helpers.keyness.signed_g2` (the ``g2`` of :func:`~helpers.keyness.keyness` and
:func:`~helpers.keyness.keyness_against_rest`, for the shown terms only); the page only
switches between precomputed columns.

Size rules, so a report page on a large corpus stays under 10 MB (DESIGN.md: ANT measured):

* points: the ``max_terms`` most frequent terms of the whole corpus (ties by term);
* contexts: from a seeded random sample of at most ``sample`` articles per group, the first
  ``lines`` sentences holding each shown term in each group (:func:`term_contexts`), fewer
  (down to one) when terms x groups x ``lines`` would pass ``max_lines`` (25,000: three lines
  for 1,500 terms and five outlets, two for six to eight outlets, one beyond).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
from bokeh.layouts import column, row
from bokeh.models import (
    ColorBar,
    ColumnDataSource,
    CustomJS,
    HoverTool,
    LinearColorMapper,
    Select,
    TextInput,
)
from bokeh.transform import transform

from helpers.analyzer import Analyzer
from helpers.arabic import sentences
from helpers.colours import hex_palette
from helpers.concordance import term_lines
from helpers.frequency import term_counts
from helpers.interactive import (
    ESCAPE_JS,
    FONT,
    PANEL_STYLE,
    RLM,
    RTL_STYLE,
    InteractiveView,
    arabic_figure,
    panel,
    rtl,
    source_of,
)
from helpers.keyness import signed_g2

__all__ = ["REST", "term_contexts", "term_explorer"]

REST = "rest"
"""Value of side B meaning every group other than A, pooled."""
REST_NAME = "كل المنابر الأخرى"
UNIT = "مرات لكل 10,000 كلمة"
PER = 10_000


@dataclass(frozen=True)
class _Comparison:
    """What the page shows for one choice of sides: current columns, colour bound, axis titles."""

    columns: dict[str, np.ndarray]
    bound: float
    labels: tuple[str, str]


def _comparison(
    data: dict[str, np.ndarray], bounds: dict[str, float], groups: list[str], a: int, b: int | str
) -> _Comparison:
    """The columns ``x, y, na, nb, g`` for side ``a`` against ``b`` (a group or :data:`REST`).

    The page's JavaScript (``_COMPARE_JS``) does the same switch when a selector changes.
    """
    rest = b == REST
    key = f"{a}_rest" if rest else f"{min(a, b)}_{max(a, b)}"
    sign = -1.0 if not rest and a > b else 1.0
    columns = {
        "x": data[f"r{a}"],
        "y": data[f"rr{a}"] if rest else data[f"r{b}"],
        "na": data[f"n{a}"],
        "nb": data[f"nr{a}"] if rest else data[f"n{b}"],
        "g": sign * data[f"g{key}"],
    }
    name_b = REST_NAME if rest else groups[b]
    return _Comparison(
        columns, bounds[key], (rtl(f"{groups[a]}: {UNIT}"), rtl(f"{name_b}: {UNIT}"))
    )


def term_contexts(
    articles: pd.DataFrame,
    terms: list[str],
    by: str = "outlet",
    *,
    lines: int = 3,
    sample: int = 300,
    width: int = 6,
    analyzer: Analyzer | None = None,
    random_state: int = 0,
) -> pd.DataFrame:
    """Keyword-in-context lines of each term in each group, from a bounded sample.

    From each group a seeded random sample of at most ``sample`` articles is cut into
    sentences, read once for the analysed terms each holds; for each term and group the first
    ``lines`` sentences that hold it (in article order) go to
    :func:`helpers.concordance.term_lines`, which finds the occurrence and its ``width`` words
    of context within the sentence (as :func:`helpers.frequency.kwic` would), reading each
    sentence once for all terms.

    Returns
    -------
    DataFrame
        ``term, <by>, article_id, left, match, right`` (one ``article_id`` column when ``by``
        is ``article_id``), one line per kept sentence; a term used in no sampled article of a
        group has no line there.
    """
    analyzer = analyzer or Analyzer()
    rng = np.random.default_rng(random_state)
    wanted = set(terms)
    units: list[tuple[object, object, str]] = []  # (group, article_id, sentence)
    per_group: dict[tuple[str, object], int] = {}
    holders: dict[str, list[int]] = {}
    for group, rows in articles.groupby(by, sort=True):
        take = np.sort(rng.choice(len(rows), min(sample, len(rows)), replace=False))
        for article_id, body in rows.iloc[take][["article_id", "body"]].itertuples(index=False):
            for text in sentences(body if isinstance(body, str) else ""):
                # names as counted; in the sentence's order (a set's order changes per process)
                for term in dict.fromkeys(t for t in analyzer(text) if t in wanted):
                    if per_group.get((term, group), 0) < lines:
                        per_group[(term, group)] = per_group.get((term, group), 0) + 1
                        holders.setdefault(term, []).append(len(units))
                units.append((group, article_id, text))
    lines_found = term_lines([unit[2] for unit in units], holders, width, analyzer=analyzer)
    found = [
        (term, *units[unit][:2], left, match, right)
        for term, unit, left, match, right in lines_found[
            ["term", "text", "left", "match", "right"]
        ].itertuples(index=False)
    ]
    frame = pd.DataFrame(found, columns=["term", by, "_article", "left", "match", "right"])
    if by == "article_id":  # grouped by article: the group is the article
        return frame.drop(columns="_article")
    return frame.rename(columns={"_article": "article_id"})


def term_explorer(
    articles: pd.DataFrame,
    by: str = "outlet",
    *,
    max_terms: int = 1500,
    lines: int = 3,
    sample: int = 300,
    max_lines: int = 25_000,
    min_count: int = 2,
    analyzer: Analyzer | None = None,
    side_a: str | None = None,
    side_b: str | None = None,
    cache_dir: str | Path | bool | None = None,
) -> InteractiveView:
    """The interactive term comparison of the groups of ``articles`` (see the module).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``body`` and ``by``, with two groups or more.
    by : str
        The grouping column.
    max_terms, lines, sample, max_lines
        The size rules of the module docstring.
    min_count : int
        Terms seen fewer times in the whole corpus are not counted (:func:`term_counts`).
    side_a, side_b : str, optional
        The comparison shown first; default the two largest groups. ``side_b`` may be
        :data:`REST`.
    cache_dir : path or bool, optional
        Where :func:`term_counts` keeps its counts per outlet (the frequency page's are read
        when they match); None counts here.

    >>> term_explorer(load_corpus("corpus").analysis_view(), "outlet")  # doctest: +SKIP
    """
    wide = term_counts(articles, by, analyzer, min_count=min_count, wide=True,
                       cache_dir=cache_dir)  # fmt: skip
    tokens = wide.attrs["tokens"]
    groups = list(tokens)
    if len(groups) < 2:
        raise ValueError(f"a comparison needs two groups of {by!r} or more, got {groups}")
    totals = wide.sum(axis=1).rename("total").reset_index()
    shown = totals.sort_values(["total", "term"], ascending=[False, True]).head(max_terms)["term"]
    data, bounds = _term_columns(wide, tokens, list(shown))
    per_group = min(lines, max(1, max_lines // max(len(shown) * len(groups), 1)))
    contexts = term_contexts(articles, list(shown), by, lines=per_group, sample=sample,
                             analyzer=analyzer)  # fmt: skip
    number = {str(g): i for i, g in enumerate(groups)}
    contexts = contexts.assign(group=contexts[by].astype(str).map(number))
    sizes = articles[by].value_counts()
    first = str(side_a if side_a is not None else sizes.index[0])
    second = str(side_b if side_b is not None else sizes.index[1])
    names = [str(g) for g in groups]
    for side in {first, second} - {*names, REST}:
        raise ValueError(f"{side!r} is not a group of {by!r}; choose among {names} (or {REST!r})")
    return _explorer_page(data, bounds, names, contexts, first, second)


def _term_columns(
    wide: pd.DataFrame, tokens: dict, shown: list[str]
) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """Per-term columns the page switches between, and the colour bound of each comparison.

    ``n{i}``/``r{i}``: count and rate of group ``i``; ``nr{i}``/``rr{i}``: the same for the
    rest; ``g{i}_{j}`` (``i < j``): G² of ``i`` against ``j``; ``g{i}_rest``: of ``i`` against
    the rest. Rates of absent terms are floored at half an occurrence for the log axes.
    """
    groups = list(wide.columns)
    total = float(sum(tokens.values()))
    counts_shown = wide.loc[shown].to_numpy(dtype=float)
    pooled = counts_shown.sum(axis=1)
    data: dict[str, np.ndarray] = {"term": np.array(shown, dtype=object)}
    for i, group in enumerate(groups):
        size, rest = float(tokens[group]), total - float(tokens[group])
        data[f"n{i}"] = counts_shown[:, i]
        data[f"nr{i}"] = pooled - counts_shown[:, i]
        data[f"r{i}"] = np.maximum(data[f"n{i}"], 0.5) / size * PER
        data[f"rr{i}"] = np.maximum(data[f"nr{i}"], 0.5) / max(rest, 1.0) * PER
    # G2 of the shown terms only: a term's G2 depends on its own counts and the sizes alone
    for i, group in enumerate(groups):
        size = float(tokens[group])
        data[f"g{i}_rest"] = signed_g2(data[f"n{i}"], data[f"nr{i}"], size, total - size)
    for (i, a), (j, b) in combinations(enumerate(groups), 2):
        data[f"g{i}_{j}"] = signed_g2(
            data[f"n{i}"], data[f"n{j}"], float(tokens[a]), float(tokens[b])
        )
    bounds = {
        key[1:]: float(max(np.percentile(np.abs(values), 95), 3.84)) if len(values) else 3.84
        for key, values in data.items()
        if key.startswith("g")
    }
    return data, bounds


def _explorer_page(
    data: dict[str, np.ndarray],
    bounds: dict[str, float],
    groups: list[str],
    contexts: pd.DataFrame,
    side_a: str,
    side_b: str,
) -> InteractiveView:
    """Lay out the plot, the selectors, the search box and the context panel."""
    n = len(data["term"])
    a = groups.index(side_a)
    b = REST if side_b == REST else groups.index(side_b)
    start = _comparison(data, bounds, groups, a, b)
    terms = ColumnDataSource({**data, **start.columns})
    lines = source_of(contexts[["term", "group", "article_id", "left", "match", "right"]])
    # red leans to side A, blue to side B, as the bars of the static keyness charts
    mapper = LinearColorMapper(palette=hex_palette()[::-1], low=-start.bound, high=start.bound)
    fig = arabic_figure(
        "مقارنة المفردات: كل نقطة كلمة", x_axis_type="log", y_axis_type="log", height=620,
        sizing_mode="stretch_width", tools="pan,wheel_zoom,box_zoom,reset,tap",
        toolbar_location="below",
    )  # fmt: skip
    fig.scatter("x", "y", source=terms, size=7, alpha=0.75, line_color=None,
                fill_color=transform("g", mapper), selection_line_color="black",
                selection_fill_alpha=1.0, nonselection_fill_alpha=0.35)  # fmt: skip
    fig.add_layout(ColorBar(color_mapper=mapper, width=12, title="G²"), "right")
    fig.xaxis.axis_label, fig.yaxis.axis_label = start.labels
    tooltip = (
        f'<div dir="rtl" style="font-family: {FONT}; font-size: 14px;">'
        "<b>@term</b><br>@na{0,0} : أ<br>@nb{0,0} : ب<br>G²: @g{+0.0}</div>"
    )
    fig.add_tools(HoverTool(tooltips=tooltip))
    options = [(str(i), g) for i, g in enumerate(groups)]
    select_a = Select(title="الجانب أ", options=options, value=str(a))
    select_b = Select(title="الجانب ب", options=[*options, (REST, REST_NAME)], value=str(b))
    search = TextInput(title="ابحث عن كلمة", placeholder="مثلًا: روسيا")
    status = panel(
        f"{n} كلمة، الأكثر تكرارًا في المدونة. الأحمر أميل إلى الجانب أ، والأزرق إلى الجانب ب."
        " انقر نقطة أو ابحث عن كلمة.",
        sizing_mode="stretch_width",
    )
    listing = panel(sizing_mode="stretch_width")
    args = {"terms": terms, "lines": lines, "select_a": select_a, "select_b": select_b,
            "search": search, "status": status, "listing": listing, "mapper": mapper,
            "xaxis": fig.xaxis[0], "yaxis": fig.yaxis[0], "groups": groups, "bounds": bounds,
            "style": PANEL_STYLE, "rlm": RLM, "unit": UNIT, "rest_name": REST_NAME}  # fmt: skip
    show = CustomJS(args=args, code=ESCAPE_JS + _SHOW_JS)
    compare = CustomJS(args={**args, "show": show}, code=_COMPARE_JS)
    find = CustomJS(args=args, code=ESCAPE_JS + _SEARCH_JS)
    for widget in (select_a, select_b):
        widget.js_on_change("value", compare)
    search.js_on_change("value_input", find)
    terms.selected.js_on_change("indices", show)
    controls = row(select_a, select_b, search, sizing_mode="stretch_width", styles=RTL_STYLE)
    layout = column(controls, status, fig, listing, sizing_mode="stretch_width")
    return InteractiveView(layout, "مستكشف المفردات", height=760)  # the list empty until a click


_COMPARE_JS = """
if (select_b.value === select_a.value) { select_b.value = "rest"; return; }
const a = +select_a.value, rest = select_b.value === "rest", b = +select_b.value;
const d = terms.data;
let key = rest ? `${a}_rest` : `${Math.min(a, b)}_${Math.max(a, b)}`;
const sign = !rest && a > b ? -1 : 1;
d.x = Array.from(d["r" + a]);
d.y = Array.from(rest ? d["rr" + a] : d["r" + b]);
d.na = Array.from(d["n" + a]);
d.nb = Array.from(rest ? d["nr" + a] : d["n" + b]);
d.g = Array.from(d["g" + key], (v) => sign * v);
mapper.low = -bounds[key];
mapper.high = bounds[key];
xaxis.axis_label = `${rlm}${groups[a]}: ${unit}${rlm}`;
yaxis.axis_label = `${rlm}${rest ? rest_name : groups[b]}: ${unit}${rlm}`;
terms.change.emit();
show.execute(terms);
"""

_SEARCH_JS = """
const wanted = search.value_input.trim();
if (!wanted) { return; }
const list = terms.data.term;
// the term itself, a spelling met in the contexts (الحوار, وبالحوار -> حوار), or a prefix
let i = list.indexOf(wanted);
if (i < 0) {
  const k = lines.data.match.indexOf(wanted);
  if (k >= 0) { i = list.indexOf(lines.data.term[k]); }
}
if (i < 0) { i = list.findIndex((t) => t.startsWith(wanted)); }
if (i < 0) {
  status.text = `${style}<div class="panel">«${esc(wanted)}» ليست بين الكلمات المعروضة.</div>`;
  terms.selected.indices = [];  // no stale lines from an earlier match
  return;
}
status.text = `${style}<div class="panel">وُجدت: <b>${esc(list[i])}</b></div>`;
terms.selected.indices = [i];
"""

_SHOW_JS = """
const i = terms.selected.indices[0];
if (i === undefined) { listing.text = `${style}<div class="panel"></div>`; return; }
const term = terms.data.term[i];
const a = +select_a.value, rest = select_b.value === "rest", b = +select_b.value;
const l = lines.data;
function side(test, name, count) {
  const found = [];
  for (let k = 0; k < l.term.length; k++) {
    if (l.term[k] !== term || !test(l.group[k])) continue;
    found.push(`<p class="kwic">${esc(l.left[k])} <mark>${esc(l.match[k])}</mark> ` +
      `${esc(l.right[k])} <bdi class="id">${esc(groups[l.group[k]])} · ` +
      `${esc(l.article_id[k])}</bdi></p>`);
  }
  const shown = found.length ? found.join("") : "<p>لا سطر في العينة.</p>";
  return `<h4>${esc(name)}: ${count} مرة</h4>${shown}`;
}
const first = side((g) => g === a, groups[a], terms.data.na[i]);
const second = side((g) => rest ? g !== a : g === b, rest ? rest_name : groups[b],
                    terms.data.nb[i]);
listing.text = `${style}<div class="panel"><h3>${esc(term)}</h3>${first}${second}</div>`;
"""

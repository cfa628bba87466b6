"""The interactive views, driven in a real headless Chromium (Debian's chromium + chromedriver).

Each page is written from tiny hand-made frames, opened over ``file://`` with the network off,
and used as a reader would: type a term in the search box, click a point or a grid cell at its
pixel position, switch a selector or the voice filter, then read the panel the page wrote. The
Arabic must reach the DOM as the logical text of the input (no presentation forms, the words
in their stored order) in a right-to-left element. Canvas text (a plot title) is checked by
the OCR judge on a screenshot. One browser session serves the whole module.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import unicodedata

import nbformat
import ocr
import pandas as pd
import pytest
from interactive_frames import ARTICLES, CENTRE, NORTH, SENTENCES, SOUTH, article_points
from PIL import Image

from helpers import interactive
from helpers.interactive import stance_browser, topic_map
from helpers.run import export_html
from helpers.stance import compare_outlets, summarise_stance
from helpers.term_explorer import REST_NAME, term_explorer

webdriver = pytest.importorskip("selenium.webdriver")
if not (shutil.which("chromium") and shutil.which("chromedriver")):
    pytest.skip(
        "chromium/chromedriver are not installed (scripts/setup.sh)", allow_module_level=True
    )

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

# JavaScript run in the page: Bokeh's views, a plot's pixel for a data point, a panel's element
VIEWS_JS = """
const views = [];
const walk = (view) => { views.push(view); (view.child_views || []).forEach(walk); };
[...Bokeh.index.roots].forEach(walk);
"""
POINT_JS = (
    VIEWS_JS
    + """
const plot = views.find((v) => v.model.type === "Figure");
const box = plot.el.getBoundingClientRect();
return [box.left + plot.frame.x_scale.compute(arguments[0]),
        box.top + plot.frame.y_scale.compute(arguments[1])];
"""
)
PANELS_JS = (
    VIEWS_JS
    + """
const panels = views.filter((v) => v.model.type === "Div");
return panels.map((v) => v.el.shadowRoot.querySelector(".panel"));
"""
)
DEEP_FIND_JS = """
const [selector, text] = arguments;
const roots = [document];
while (roots.length) {
  const root = roots.pop();
  for (const el of root.querySelectorAll("*")) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    if (el.matches(selector) && el.textContent.includes(text)) return el;
  }
}
return null;
"""
WIDGET_JS = (
    VIEWS_JS
    + """
const view = views.filter((v) => v.model.type === arguments[0])[arguments[1] || 0];
return view.el.shadowRoot.querySelector(arguments[2]);
"""
)


def _chromium(*extra: str):
    """A headless Debian Chromium with no network (a dead proxy) and no background traffic."""
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser or driver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1400",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--proxy-server=127.0.0.1:9", "--lang=ar", *extra,
    ):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="module")
def browser():
    """One browser session for the module."""
    driver = _chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The three views written as standalone pages."""
    folder = tmp_path_factory.mktemp("interactive")
    # the cells' means come from the sentence rows as stance_sentences returns them today
    scores = summarise_stance(SENTENCES.drop(columns=["holder", "stance"]))
    comparison = compare_outlets(scores, n_boot=50)
    views = {
        "explorer": term_explorer(ARTICLES, side_a=NORTH, side_b=SOUTH, min_count=1),
        "stance": stance_browser(SENTENCES, comparison, target_names={"russia": "روسيا"}),
        "map": topic_map(article_points()),
    }
    return {name: view.save(folder / f"{name}.html") for name, view in views.items()}


def _open(browser, path) -> None:
    browser.get(path.as_uri())
    _wait(browser, "return typeof Bokeh !== 'undefined' && Bokeh.index.roots.length > 0;")


def _page_with(view, source: str, tmp_path):
    """A report page (the runner's exporter) of one code cell ``source`` showing ``view``."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(source)
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": view._repr_html_()})]
    nb.cells = [nbformat.v4.new_markdown_cell("# صفحة"), cell]
    return export_html(nb, tmp_path / "page.html", "صفحة")


def _wait(browser, script: str, *args, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(lambda d: d.execute_script(script, *args))


def _click_at(browser, x: float, y: float) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    chain = ActionChains(browser)
    chain.w3c_actions.pointer_action.move_to_location(int(round(x)), int(round(y))).click()
    chain.perform()


def _panel_when(browser, index: int, condition: str):
    """Panel ``index`` once the JavaScript expression ``condition`` holds for it (as ``p``).

    A panel is rewritten whenever the page updates it, so it is looked up again each time.
    """
    script = PANELS_JS.replace("return panels", "const found = panels")
    script += f"\nconst p = found[{index}]; return p && ({condition}) ? p : null;"
    return _wait(browser, script)


def _logical(text: str) -> str:
    """``text`` without bidi marks: what a reader copies out of the page."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _assert_rtl_arabic(browser, element) -> None:
    direction = browser.execute_script("return getComputedStyle(arguments[0]).direction;", element)
    assert direction == "rtl"
    assert not PRESENTATION_FORMS.search(element.text), "reshaped text reached the browser"


def test_data_letters_are_written_as_letters_and_nothing_else_changes():
    value = {"a": "السلام", "b": "\\u0627 is text", "c": "\\ب", "d": "éݐݿހ", "e": '"ت"'}
    data = json.dumps(value)  # ASCII, as Bokeh writes it: every other letter a \uXXXX escape
    for script in (data, data.replace('"e"', '"\\u0000\x00"')):  # a NUL: the slower reading
        written = interactive._letters(script)
        assert json.loads(written.replace("\x00", "")) == json.loads(script.replace("\x00", ""))
        assert '"السلام"' in written and '"\\"ت\\""' in written  # Arabic letters as themselves
        assert "\\u00e9ݐݿ\\u0780" in written  # other letters stay escaped
        assert '"\\\\u0627 is text"' in written  # an escaped backslash before u0627: no escape
        assert '"\\\\ب"' in written  # an escaped backslash, then an escaped letter


def test_pages_load_nothing_from_the_network(browser, pages):
    for path in pages.values():
        page = path.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link)[^>]+(src|href)=\"?https?:", page), path.name
        assert "منبر الشمال" in page  # the data holds Arabic letters, not \\u escapes
        _open(browser, path)
        fetched = browser.execute_script(
            "return performance.getEntriesByType('resource').map((r) => r.name);"
        )
        assert [url for url in fetched if not url.startswith(("file:", "data:"))] == []


def test_searching_a_term_lists_its_contexts_from_both_sides(browser, pages):
    _open(browser, pages["explorer"])
    box = browser.execute_script(WIDGET_JS, "TextInput", 0, "input")
    box.send_keys("روسيا")
    listing = _panel_when(browser, 1, "p.querySelector('mark') !== null")
    _assert_rtl_arabic(browser, listing)
    marks = [m.text for m in listing.find_elements("css selector", "mark")]
    assert marks == ["روسيا", "روسيا", "روسيا"]  # two lines from the north, one from the south
    lines = [_logical(p.text) for p in listing.find_elements("css selector", "p.kwic")]
    assert lines[0].startswith("أعلنت روسيا اليوم عن مبادرة جديدة للسلام")
    assert lines[1].startswith("انتقدت الصحف موقف روسيا من المفاوضات")
    assert lines[2].startswith("فرضت الدول عقوبات على روسيا بسبب الحرب")
    headings = [_logical(h.text) for h in listing.find_elements("css selector", "h4")]
    assert headings == [f"{NORTH}: 2 مرة", f"{SOUTH}: 1 مرة"]
    box.send_keys("ستان")  # روسياستان: no such term, so no stale lines stay listed
    _panel_when(browser, 1, "p.querySelector('mark') === null")
    status = _panel_when(browser, 0, "p.textContent.includes('ليست بين الكلمات المعروضة')")
    assert "«روسياستان»" in _logical(status.text)


def test_clicking_a_point_and_switching_to_the_rest(browser, pages):
    _open(browser, pages["explorer"])
    terms = browser.execute_script(
        VIEWS_JS + "const s = views.find((v) => v.model.type === 'Figure').model.renderers[0]"
        ".data_source.data; return [Array.from(s.term), Array.from(s.x), Array.from(s.y)];"
    )
    at = terms[0].index("مفاوضات")  # three times in the north, never in the south: alone
    x, y = browser.execute_script(POINT_JS, terms[1][at], terms[2][at])
    _click_at(browser, x, y)
    listing = _panel_when(browser, 1, "p.querySelector('h3') !== null")
    assert _logical(listing.find_element("css selector", "h3").text) == "مفاوضات"
    assert [m.text for m in listing.find_elements("css selector", "mark")] == ["المفاوضات"]
    assert "لا سطر في العينة" in listing.text  # the south side has no line
    select = browser.execute_script(WIDGET_JS, "Select", 1, "select")
    from selenium.webdriver.support.ui import Select

    Select(select).select_by_visible_text(REST_NAME)
    box = browser.execute_script(WIDGET_JS, "TextInput", 0, "input")
    box.send_keys("الحوار")
    listing = _panel_when(
        browser,
        1,
        "p.querySelector('h3').textContent === 'حوار'"
        " && p.textContent.includes('كل المنابر الأخرى')",
    )
    lines = [_logical(p.text) for p in listing.find_elements("css selector", "p.kwic")]
    assert any(line.startswith("روسيا في زيارة رسمية قصيرة لبحث الحوار") for line in lines)
    assert any(line.startswith("رحب الاتحاد بالمبادرة الأوروبية للسلام وبالحوار") for line in lines)
    sources = [_logical(b.text) for b in listing.find_elements("css selector", "bdi.id")]
    assert sources == [f"{NORTH} · n1", f"{SOUTH} · s2", f"{CENTRE} · c1"]
    headings = [_logical(h.text) for h in listing.find_elements("css selector", "h4")]
    assert headings == [f"{NORTH}: 1 مرة", f"{REST_NAME}: 2 مرة"]


def test_stance_cell_lists_its_evidence_filtered_by_voice(browser, pages):
    _open(browser, pages["stance"])
    rlm = "\u200f"
    x, y = browser.execute_script(POINT_JS, f"{rlm}روسيا{rlm}", f"{rlm}{NORTH}{rlm}")
    _click_at(browser, x, y)
    listing = _panel_when(browser, 0, "p.querySelectorAll('li').length === 2")
    _assert_rtl_arabic(browser, listing)
    items = [_logical(li.text) for li in listing.find_elements("css selector", "li")]
    assert items[0].startswith("-0.76 تتحمل روسيا مسؤولية التصعيد في المنطقة.")
    assert "(معارضة، صوت المنبر، صاحب الموقف: منبر الشمال)" in items[0]
    assert items[1].startswith("0.76 قال المتحدث إن روسيا شريك موثوق.")
    assert "(تأييد، اقتباس، المتحدث، صاحب الموقف: المتحدث)" in items[1]
    quoted = browser.execute_script(WIDGET_JS, "RadioButtonGroup", 0, ".bk-btn:nth-child(3)")
    quoted.click()
    listing = _panel_when(browser, 0, "p.querySelectorAll('li').length === 1")
    assert _logical(listing.find_element("css selector", "li").text).startswith("0.76 قال المتحدث")


def test_the_stance_grid_is_laid_out_as_the_static_heatmap(browser, tmp_path):
    # the static heatmap puts the first actor by name on the right and the outlets' names on
    # the right; the page says the grid is "the same grid": a reader must find the same cells
    comparison = compare_outlets(summarise_stance(SENTENCES), n_boot=50)
    names = {"russia": "روسيا", "usa": "واشنطن"}  # by name روسيا first, by id too: then usa
    page = stance_browser(SENTENCES, comparison, target_names=names).save(tmp_path / "grid.html")
    _open(browser, page)
    rlm = "\u200f"
    xs = [
        browser.execute_script(POINT_JS, f"{rlm}{name}{rlm}", f"{rlm}{NORTH}{rlm}")[0]
        for name in ("روسيا", "واشنطن")
    ]
    assert xs[0] > xs[1]  # روسيا, first by name, on the right
    outlets_axis, grid_right = browser.execute_script(
        VIEWS_JS + "const p = views.find((v) => v.model.type === 'Figure');"
        "const sides = [...p.model.left, ...p.model.right];"
        "const axis = p.renderer_views.get(sides.find((m) => m.type === 'CategoricalAxis'));"
        "return [axis.bbox.left, p.frame.bbox.right];"
    )
    assert outlets_axis >= grid_right  # the outlets' names to the right of the cells


def test_stance_title_drawn_on_the_canvas_reads_as_arabic(browser, pages):
    reason = ocr.tesseract_missing()
    if reason:
        pytest.skip(reason)
    _open(browser, pages["stance"])
    top, left, right = browser.execute_script(
        VIEWS_JS + "const p = views.find((v) => v.model.type === 'Figure');"
        "const b = p.el.getBoundingClientRect(), f = p.frame.bbox;"
        "return [b.top + f.top, b.left + f.left, b.left + f.right];"
    )
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    band = shot.crop((int(left), 0, int(right), int(top) - 2))
    ink = ocr.on_white(band).point(lambda v: 255 if v < 128 else 0).getbbox()
    title = band.crop((ink[0] - 4, ink[1] - 4, ink[2] + 4, ink[3] + 4))
    reading = ocr.judge(title, "موقف كل منبر من كل فاعل: انقر خلية لعرض جملها")
    assert reading.score >= 0.6, str(reading)


def test_map_hover_shows_title_right_to_left(browser, pages):
    _open(browser, pages["map"])
    x, y = browser.execute_script(POINT_JS, 2.0, 0.0)
    from selenium.webdriver.common.action_chains import ActionChains

    chain = ActionChains(browser)
    chain.w3c_actions.pointer_action.move_to_location(int(x), int(y))
    chain.perform()
    content = _wait(browser, DEEP_FIND_JS, "div[dir=rtl]", "عقوبات جديدة", timeout=10)
    assert SOUTH in content.text
    _assert_rtl_arabic(browser, content)


def test_view_survives_nbconvert_and_keeps_working_offline(browser, pages, tmp_path):
    view = term_explorer(ARTICLES, side_a=NORTH, side_b=SOUTH, min_count=1)
    page = _page_with(view, "term_explorer(articles)", tmp_path)
    browser.get(page.as_uri())
    browser.switch_to.frame(browser.find_element("css selector", "iframe.interactive-view"))
    try:
        _wait(browser, "return typeof Bokeh !== 'undefined' && Bokeh.index.roots.length > 0;")
        browser.execute_script(WIDGET_JS, "TextInput", 0, "input").send_keys("روسيا")
        _panel_when(browser, 1, "p.querySelectorAll('mark').length === 3")
    finally:
        browser.switch_to.default_content()
    assert page.stat().st_size < 10 * 1024 * 1024


def test_report_page_without_javascript_still_shows_static_figures(tmp_path):
    """The view's note and the static figure beside it, in a browser with scripts disabled."""
    buffer = io.BytesIO()
    Image.new("RGB", (1, 1), "white").save(buffer, format="PNG")
    figure = base64.b64encode(buffer.getvalue()).decode("ascii")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("figure; view")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": figure}),
        nbformat.v4.new_output(
            "display_data", data={"text/html": topic_map(article_points())._repr_html_()}
        ),
    ]
    nb.cells = [cell]
    page = export_html(nb, tmp_path / "page.html", "صفحة")
    driver = _chromium("--blink-settings=scriptEnabled=false")
    try:
        driver.get(page.as_uri())
        image = driver.find_element("css selector", "img")
        assert driver.execute_script("return arguments[0].naturalWidth;", image) == 1
        assert "يحتاج إلى JavaScript" in driver.find_element("tag name", "body").text
    finally:
        driver.quit()


def test_hiding_an_outlet_in_the_legend_hides_its_articles(browser, pages):
    """The legend's click sets its entry's renderer invisible; that entry drives the outlet."""
    _open(browser, pages["map"])
    plot = VIEWS_JS + 'const plot = views.find((v) => v.model.type === "Figure").model;'
    browser.execute_script(
        plot
        + """
const legend = plot.right.find((m) => m.type === "Legend" && m.click_policy === "hide");
const entry = legend.items.find((item) => item.label.value.includes(arguments[0]));
entry.renderers[0].visible = false;  // what a click on the entry does
""",
        SOUTH,
    )
    shown = _wait(
        browser,
        plot
        + """
const shown = plot.renderers.filter((r) => r.data_source.data.outlet && r.visible)
  .map((r) => r.data_source.data.outlet[0]);
return shown.length === 2 ? shown : null;
""",
    )
    assert sorted(shown) == sorted([NORTH, CENTRE])


def test_a_pale_mean_is_as_pale_in_the_grid_as_in_the_static_heatmap(browser, tmp_path):
    """The page shows one grid twice: the interactive cell of a mean of -0.094 must have the
    static heatmap's colour (a stepped palette painted it light red beside a pale static cell)."""
    import matplotlib as mpl

    from helpers.plotting import stance_heatmap

    comparison = pd.DataFrame(
        {"outlet": [NORTH, NORTH, NORTH], "target": ["russia", "usa", "ukraine"],
         "mean": [-0.094, 0.5, -0.004], "n": [4747, 9, 3]}
    )  # fmt: skip
    page = stance_browser(SENTENCES, comparison).save(tmp_path / "pale.html")
    _open(browser, page)
    rlm = "\u200f"
    x, y = browser.execute_script(POINT_JS, f"{rlm}russia{rlm}", f"{rlm}{NORTH}{rlm}")
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    in_browser = shot.getpixel((int(x), int(y) - 22))  # above the cell's centred label
    labels = browser.execute_script(
        VIEWS_JS + "return Array.from(views.find((v) => v.model.type === 'Figure')"
        ".model.renderers[1].data_source.data.label);"
    )
    assert labels[0] == "-0.09 (4,747)"  # thousands grouped, as in the static heatmap
    assert labels[2] == "0.00 (3)"  # no sign on a mean that rounds to zero

    figure = stance_heatmap(comparison, limit=1.0)
    static = ocr.render(figure)
    ax = figure.axes[0]
    column = [t.get_text() for t in ax.get_xticklabels()].index("russia")
    in_figure = ocr.colour_at(static, ax, column, -0.35)  # inside the cell, above its text

    expected = tuple(round(255 * c) for c in mpl.colormaps["RdBu"]((1 - 0.094) / 2)[:3])
    for seen in (in_browser, in_figure):
        assert max(abs(a - b) for a, b in zip(seen, expected, strict=True)) <= 3, (seen, expected)


def test_a_term_typical_of_side_a_is_red_in_the_explorer_as_in_the_keyness_bars(browser, pages):
    """Page 04 shows the keyness bars (side A red) and then the explorer: the same side must
    have the same colour in both (the explorer painted side A blue)."""
    from helpers.plotting import keyness_chart

    _open(browser, pages["explorer"])
    terms = browser.execute_script(
        VIEWS_JS + "const s = views.find((v) => v.model.type === 'Figure').model.renderers[0]"
        ".data_source.data; return [Array.from(s.term), Array.from(s.x), Array.from(s.y)];"
    )
    at = terms[0].index("مفاوضات")  # three times in the north (side A), never in the south
    x, y = browser.execute_script(POINT_JS, terms[1][at], terms[2][at])
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    red, _, blue = shot.getpixel((int(round(x)), int(round(y))))
    assert red > blue + 40, (red, blue)
    bars = keyness_chart(pd.DataFrame({"g2": [3.0, -2.0]}, index=["مفاوضات", "عقوبات"]), n=1)
    side_a = next(bar for bar in bars.axes[0].patches if bar.get_width() > 0)
    r, _, b, _ = side_a.get_facecolor()
    assert r > b


def test_a_cluster_keeps_its_colour_from_the_static_map_to_the_interactive_one(browser, pages):
    """The topics page draws the article map twice; each cluster's points must have the same
    colour in both (the static map coloured by order of appearance, the page by name)."""
    from matplotlib.colors import to_rgb

    from helpers.plotting import cluster_map

    points = article_points()
    static = cluster_map(points, hue="label", label=None)
    colour_of = {
        collection.get_label(): to_rgb(collection.get_facecolor()[0])
        for collection in static.axes[0].collections
    }
    _open(browser, pages["map"])
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    for row in points.drop_duplicates("label").itertuples():
        x, y = browser.execute_script(POINT_JS, row.x, row.y)
        seen = shot.getpixel((int(round(x)), int(round(y))))
        # the page draws at alpha 0.8 on white
        expected = [round(255 * (0.8 * c + 0.2)) for c in colour_of[row.label]]
        assert max(abs(a - b) for a, b in zip(seen, expected, strict=True)) <= 6, (
            row.label, seen, expected,
        )  # fmt: skip


def test_a_dark_cell_writes_its_label_in_white_as_the_static_heatmap(browser, tmp_path):
    """On a deep blue or red cell black digits hardly read; the static heatmap writes them in
    white there, and so must the grid below it."""
    comparison = pd.DataFrame(
        {"outlet": [NORTH, NORTH], "target": ["russia", "usa"], "mean": [0.9, -0.1], "n": [5, 4]}
    )
    page = stance_browser(SENTENCES, comparison).save(tmp_path / "dark.html")
    _open(browser, page)
    rlm = "\u200f"
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("L")
    brightest = {}
    for target in ("russia", "usa"):
        x, y = browser.execute_script(POINT_JS, f"{rlm}{target}{rlm}", f"{rlm}{NORTH}{rlm}")
        label = shot.crop((int(x) - 30, int(y) - 8, int(x) + 30, int(y) + 8))
        low, high = label.getextrema()
        brightest[target] = (high, low)
    assert brightest["russia"][0] > 235, brightest  # white digits on the dark cell
    assert brightest["usa"][1] < 60, brightest  # black digits on the pale one


FRAME_FITS_JS = """
const frame = document.querySelector("iframe.interactive-view");
const inner = frame.contentWindow;
const roots = Object.values(inner.Bokeh.index.roots);
const bottom = Math.max(...roots.map((view) => view.el.getBoundingClientRect().bottom));
return [frame.getBoundingClientRect().height, bottom];
"""


def test_an_evidence_panel_takes_room_only_once_it_lists_something(browser, tmp_path):
    """On a one-outlet corpus the stance grid is one row: its frame used to reserve 560 px of
    white under it for the evidence list; the frame is now as tall as what it shows, before
    a cell is chosen (grid, buttons, a one-line hint) and after (the whole list, not cut)."""
    comparison = compare_outlets(summarise_stance(SENTENCES.drop(columns=["holder", "stance"])))
    one_outlet = comparison[comparison["outlet"] == NORTH]
    view = stance_browser(SENTENCES, one_outlet, target_names={"russia": "روسيا"})
    page = _page_with(view, "stance_browser(sentences, comparison)", tmp_path)
    browser.get(page.as_uri())
    _wait(
        browser,
        "const f = document.querySelector('iframe.interactive-view');"
        "return f.contentWindow.Bokeh && f.contentWindow.Bokeh.index.roots.length > 0;",
    )
    grid_height = 110 + 60  # the grid's figure: one outlet row
    height, bottom = _wait(browser, f"const m = (() => {{{FRAME_FITS_JS}}})();"
                                    "return Math.abs(m[0] - m[1]) <= 1 && m;")  # fmt: skip
    assert height <= grid_height + 100, height  # the grid, the voice buttons and the hint
    browser.switch_to.frame(browser.find_element("css selector", "iframe.interactive-view"))
    try:
        browser.execute_script(
            "const grid = [...Bokeh.documents[0].all_models].find("
            "(m) => m.type === 'ColumnDataSource' && 'ink' in m.data);"
            "grid.selected.indices = [0];"
        )
        listing = _panel_when(browser, 0, "p.querySelectorAll('li').length === 2")
        assert "تتحمل روسيا" in _logical(listing.text)
    finally:
        browser.switch_to.default_content()
    grown, bottom = _wait(browser, f"const m = (() => {{{FRAME_FITS_JS}}})();"
                                   f"return m[0] > {height} + 40 && m;")  # fmt: skip
    assert abs(grown - bottom) <= 1, (grown, bottom)  # the whole list shows, nothing cut


def test_an_outlet_keeps_the_corpus_page_colour_on_a_page_that_keeps_some_outlets(
    bundled_corpus,
):
    """The topics page run with ``outlets`` coloured its map from the outlets it kept: صوت
    الشرق, third of the bundled corpus's five sorted outlets (green on the corpus page), was
    the first and only one, blue."""
    from helpers.analysis import open_analysis
    from helpers.colours import outlet_colours

    kept = open_analysis(bundled_corpus, outlets=["صوت الشرق"])
    colours = outlet_colours(kept)
    assert list(colours) == sorted(open_analysis(bundled_corpus).articles["outlet"].unique())
    assert len(colours) == 5 and colours["صوت الشرق"] == "#2ca02c"  # tab10's third colour
    assert len(kept.articles) == 4  # the page still analyses only the outlet it keeps

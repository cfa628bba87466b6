"""Tests of ``helpers.plotting``: the text transform by hand, every figure by OCR.

The heart of the module: each figure is drawn twice, once with :func:`ar` as shipped (the mode
detected for the installed matplotlib) and once with the *other* mode forced (identity on
matplotlib <= 3.10, reshape + bidi on >= 3.11). Tesseract reads each label back
(``tests/ocr.py``; score = min(OCR similarity, joined-letters check)); the shipped render must
score >= 0.6 on every label and clearly above the forced one. Run this module under both
matplotlib versions (``tests/mpl310/setup_env.sh`` builds the 3.10 environment) to prove both
paths. Scores are printed (``-rP`` shows them).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import matplotlib as mpl
import numpy as np
import ocr
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.table import Table
from matplotlib.text import Text
from packaging.version import Version
from PIL import Image

from helpers import plotting as P

SHIPPED = P.matplotlib_text_mode()
OTHER = "visual" if SHIPPED == "logical" else "logical"
PASS = 0.6  # calibrated threshold: correct renders score above it, wrong ones below
MARGIN = 0.3  # the shipped render must beat the forced wrong one by at least this (mean)

needs_ocr = pytest.mark.skipif(
    ocr.tesseract_missing() is not None, reason=str(ocr.tesseract_missing())
)


@pytest.fixture(autouse=True, scope="module")
def arabic_figures() -> Iterator[None]:
    """``use_arabic()`` for this module only; rcParams and the text mode are restored after."""
    with mpl.rc_context():
        P.use_arabic()
        yield
    P.set_text_mode(None)


# ------------------------------------------------------------------------- the text transform
def test_the_mode_follows_the_installed_matplotlib() -> None:
    native = Version(mpl.__version__).release >= (3, 11)
    assert SHIPPED == ("logical" if native else "visual")
    # independent evidence: only matplotlib with libraqm layout has FT2Font._layout
    assert hasattr(FT2Font, "_layout") == native
    assert P.text_mode() == SHIPPED


def test_visual_mode_reshapes_and_reverses_by_hand() -> None:
    # ر isolated FEAD, و isolated FEED (ر does not join on), س initial FEB3, ي medial FEF4,
    # ا final FE8E; drawn left to right, so the visual string is the reverse
    assert P.ar("روسيا", mode="visual") == "\ufe8e\ufef4\ufeb3\ufeed\ufead"
    assert P.ar("روسيا", mode="logical") == "روسيا"


def test_visual_mode_mirrors_brackets_and_keeps_line_order() -> None:
    visual = P.ar("(تقرير سنوي)", mode="visual")
    # the opening bracket is at the right end of the line, where it must look like ")"
    assert visual[0] == "(" and visual[-1] == ")"
    lines = P.ar("السطر الأول\nالسطر الثاني", mode="visual").split("\n")
    assert [unicodedata.normalize("NFKC", line[::-1]) for line in lines] == [
        "السطر الأول",
        "السطر الثاني",
    ]


def test_wrapping_happens_on_the_logical_text() -> None:
    text = "واحد اثنان ثلاثة أربعة"
    assert P.ar(text, wrap=11, mode="logical") == "واحد اثنان\nثلاثة أربعة"
    first, second = P.ar(text, wrap=11, mode="visual").split("\n")
    assert unicodedata.normalize("NFKC", first[::-1]) == "واحد اثنان"
    assert unicodedata.normalize("NFKC", second[::-1]) == "ثلاثة أربعة"


@pytest.mark.parametrize("mode", P.TEXT_MODES)
def test_text_without_arabic_is_left_alone(mode: str) -> None:
    assert P.ar("NATO (draft) 2021-2022 -5.3%", mode=mode) == "NATO (draft) 2021-2022 -5.3%"
    assert P.ar(2021, mode=mode) == "2021"


arabic_text = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ٠١٢٣0123%()")), max_size=40
)


@given(arabic_text)
def test_a_second_application_changes_nothing(text: str) -> None:
    for mode in P.TEXT_MODES:
        once = P.ar(text, mode=mode)
        assert P.ar(once, mode=mode) == once
    shaped = P.ar(text, mode="visual")
    assert not any("\u0621" <= char <= "\u064a" for char in shaped)  # no plain letter is left


def test_the_mode_can_be_forced_and_is_restored() -> None:
    with P.forced_text_mode(OTHER):
        assert P.text_mode() == OTHER
        assert P.ar("روسيا") == P.ar("روسيا", mode=OTHER)
    assert P.text_mode() == SHIPPED
    with pytest.raises(ValueError, match="text mode"):
        P.set_text_mode("reversed")  # type: ignore[arg-type]


def test_ar_labels_transforms_index_columns_and_names() -> None:
    frame = pd.DataFrame({"روسيا": [1]}, index=pd.Index(["الجزيرة"], name="المنبر"))
    with P.forced_text_mode("visual"):
        out = P.ar_labels(frame)
    assert list(out.columns) == [P.ar("روسيا", mode="visual")]
    assert list(out.index) == [P.ar("الجزيرة", mode="visual")]
    assert out.index.name == P.ar("المنبر", mode="visual")
    assert list(frame.index) == ["الجزيرة"]  # the input is not modified


def test_use_arabic_sets_font_fallback_and_rtl_defaults() -> None:
    assert list(mpl.rcParams["font.family"]) == ["IBM Plex Sans Arabic", "DejaVu Sans"]
    assert mpl.rcParams["axes.titlelocation"] == "right"
    assert mpl.rcParams["savefig.bbox"] == "tight"
    assert mpl.rcParams["pdf.fonttype"] == 42


def test_bad_frames_give_clear_errors() -> None:
    with pytest.raises(ValueError, match="per_10k"):
        P.top_terms_chart(pd.DataFrame({"group": ["a"], "term": ["b"]}), value="per_10k")
    duplicated = pd.DataFrame({"outlet": ["a", "a"], "target": ["b", "b"], "mean": [0.1, 0.2]})
    with pytest.raises(ValueError, match="duplicate"):
        P.stance_heatmap(duplicated)
    with pytest.raises(ValueError, match="positive frequency"):
        P.word_cloud_image({"روسيا": 0})


# ------------------------------------------------------------------------------- OCR harness
Draw = Callable[[], tuple[Figure, list[str]]]


def _judge_figure(draw: Draw, mode: str | None, lang: str = "ara") -> list[ocr.Reading]:
    """Draw under ``mode`` (``None``: as shipped) and read back every expected string.

    Each expected string must be drawn exactly as ``ar`` prepares it in that mode: a helper
    that forgot ``ar`` fails here before any OCR.
    """
    with P.forced_text_mode(mode):
        fig, expected = draw()
        prepared = {P.ar(text): text for text in expected}
    image = ocr.render(fig, dpi=150)
    cells = [cell.get_text() for table in fig.findobj(Table) for cell in table.get_celld().values()]
    drawn = {
        prepared[t.get_text()]: t
        for t in [*fig.findobj(Text), *cells]
        if t.get_visible() and t.get_text() in prepared
    }
    assert sorted(drawn) == sorted(expected), "some strings were not drawn through ar()"
    return [ocr.judge(ocr.text_crop(image, fig, drawn[text]), text, lang=lang) for text in expected]


def _check_right_beats_wrong(name: str, draw: Draw, lang: str = "ara") -> None:
    shipped = _judge_figure(draw, None, lang)
    forced = _judge_figure(draw, OTHER, lang)
    for reading, wrong in zip(shipped, forced, strict=True):
        print(f"OCR {name} | mpl {mpl.__version__} | {SHIPPED}: {reading} | {OTHER}: {wrong}")
    failing = [str(r) for r in shipped if r.score < PASS]
    assert not failing, failing
    right_mean = np.mean([r.score for r in shipped])
    wrong_mean = np.mean([r.score for r in forced])
    print(f"OCR-MEAN {name} | mpl {mpl.__version__} | {right_mean:.3f} vs {wrong_mean:.3f}")
    assert right_mean - wrong_mean >= MARGIN, (right_mean, wrong_mean)


def _axes(figsize: tuple[float, float] = (6, 3)):
    return Figure(figsize=figsize, layout="constrained").add_subplot()


# ------------------------------------------------------------------- plain matplotlib by OCR
def _title() -> tuple[Figure, list[str]]:
    ax = _axes()
    ax.set_title(P.ar("وزارة الخارجية الروسية"), loc="right")
    return ax.figure, ["وزارة الخارجية الروسية"]


def _tick_labels() -> tuple[Figure, list[str]]:
    ax = _axes()
    names = ["العقوبات الاقتصادية", "الجزيرة"]
    ax.barh([0, 1], [3, 5])
    ax.set_yticks([0, 1], labels=[P.ar(n) for n in names])
    return ax.figure, names


def _legend_and_ylabel() -> tuple[Figure, list[str]]:
    ax = _axes()
    ax.plot([0, 1], [0, 1], label=P.ar("الموقف من روسيا"))
    ax.legend(title=P.ar("المنابر الإخبارية"))
    ax.set_ylabel(P.ar("عدد المقالات"))
    return ax.figure, ["الموقف من روسيا", "المنابر الإخبارية", "عدد المقالات"]


def _annotation() -> tuple[Figure, list[str]]:
    ax = _axes()
    ax.plot([0, 1], [0, 1])
    ax.annotate(P.ar("بداية الحرب"), (0.5, 0.5), xytext=(0.1, 0.8), arrowprops={"arrowstyle": "->"})
    return ax.figure, ["بداية الحرب"]


LONG = "أعلنت وزارة الخارجية الروسية أن المحادثات مع الجانب الأمريكي ستستمر الأسبوع المقبل"


def _wrapped() -> tuple[Figure, list[str]]:
    fig = Figure(figsize=(6, 2))
    fig.text(0.95, 0.5, P.ar(LONG, wrap=30), ha="right", va="center", multialignment="right")
    return fig, ["\n".join(textwrap.wrap(LONG, 30))]


MIXED = ["نسبة النمو 15% في عام 2021", "10 كانون الثاني/يناير 2024", "(الطبعة الثانية) عام 2022"]


def _mixed() -> tuple[Figure, list[str]]:
    fig = Figure(figsize=(6, 2.4))
    for k, text in enumerate(MIXED):
        fig.text(0.95, 0.8 - 0.3 * k, P.ar(text), ha="right", fontsize=13)
    return fig, MIXED


def _mixed_latin() -> tuple[Figure, list[str]]:
    fig = Figure(figsize=(6, 1))
    fig.text(0.95, 0.5, P.ar("حلف الناتو NATO يجتمع"), ha="right", fontsize=13)
    return fig, ["حلف الناتو NATO يجتمع"]


def _pandas_barh() -> tuple[Figure, list[str]]:
    ax = _axes()
    counts = pd.Series([12, 7], index=pd.Index(["الولايات المتحدة", "أوكرانيا"], name="الفاعل"))
    P.ar_labels(counts).plot.barh(ax=ax)
    return ax.figure, ["الولايات المتحدة", "أوكرانيا", "الفاعل"]


def _table_cells() -> tuple[Figure, list[str]]:
    ax = _axes((5, 1.6))
    cells = [["قناة الجزيرة", "موقف سلبي"], ["العربية", "موقف محايد"]]
    table = ax.table(cellText=[[P.ar(c) for c in row] for row in cells], cellLoc="right")
    table.set_fontsize(12)
    table.scale(1, 2)
    ax.set_axis_off()
    return ax.figure, ["قناة الجزيرة", "موقف محايد"]


PLAIN_CASES = {
    "title": _title,
    "y tick labels": _tick_labels,
    "legend + rotated ylabel": _legend_and_ylabel,
    "annotation": _annotation,
    "wrapped multi-line": _wrapped,
    "digits, percent, dates, brackets": _mixed,
    "pandas barh": _pandas_barh,
    "table cells": _table_cells,
}


@needs_ocr
@pytest.mark.parametrize("name", PLAIN_CASES)
def test_plain_matplotlib_text_reads_right(name: str) -> None:
    _check_right_beats_wrong(name, PLAIN_CASES[name])


@needs_ocr
def test_arabic_with_latin_reads_right() -> None:
    _check_right_beats_wrong("Arabic + Latin", _mixed_latin, lang="ara+eng")


# ----------------------------------------------------------------------- chart helpers by OCR
COUNTS = pd.DataFrame(
    {
        "outlet": ["الجزيرة"] * 3 + ["العربية"] * 3,
        "term": ["روسيا", "أوكرانيا", "العقوبات", "بوتين", "واشنطن", "الغاز"],
        "count": [40, 30, 20, 35, 25, 15],
    }
)


def _top_terms() -> tuple[Figure, list[str]]:
    fig = P.top_terms_chart(COUNTS, by="outlet", n=3, title="أكثر الكلمات تكرارا")
    return fig, ["أكثر الكلمات تكرارا", "العربية", "العقوبات", "واشنطن"]


def _keyness() -> tuple[Figure, list[str]]:
    table = pd.DataFrame(
        {"g2": [30.0, 20.0, -15.0, -25.0]}, index=["العقوبات", "الغاز", "الحوار", "السلام"]
    )
    fig = P.keyness_chart(table, groups=("قناة الجزيرة", "باقي المنابر"), title="الكلمات المميزة")
    return fig, ["الكلمات المميزة", "العقوبات", "السلام", "باقي المنابر"]


STANCE = pd.DataFrame(
    {
        "outlet": ["الجزيرة", "الجزيرة", "العربية", "العربية"],
        "target": ["روسيا", "الولايات المتحدة", "روسيا", "الولايات المتحدة"],
        "mean": [-0.3, 0.1, 0.2, -0.5],
        "low": [-0.5, -0.1, 0.05, -0.7],
        "high": [-0.1, 0.3, 0.35, -0.3],
        "n": [10, 12, 8, 9],
    }
)


def _heatmap() -> tuple[Figure, list[str]]:
    fig = P.stance_heatmap(STANCE, title="متوسط الموقف حسب المنبر")
    return fig, ["متوسط الموقف حسب المنبر", "الولايات المتحدة", "العربية"]


def _intervals() -> tuple[Figure, list[str]]:
    fig = P.stance_intervals(STANCE, title="الموقف مع فواصل الثقة")
    return fig, ["الموقف مع فواصل الثقة", "الجزيرة (10)", "الولايات المتحدة"]


def _timeline() -> tuple[Figure, list[str]]:
    mentions = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-01-01", "2022-02-01", "2022-03-01"] * 2),
            "actor": ["روسيا"] * 3 + ["حلف الناتو"] * 3,
            "count": [3, 5, 9, 1, 4, 2],
        }
    )
    fig = P.mentions_timeline(mentions, title="الإشارات عبر الزمن")
    return fig, ["الإشارات عبر الزمن", "حلف الناتو", "عدد الإشارات"]


def _topic_terms() -> tuple[Figure, list[str]]:
    terms = pd.DataFrame(
        {
            "topic": [0] * 3 + [1] * 3,
            "label": ["الحرب في أوكرانيا"] * 3 + ["أسعار الطاقة"] * 3,
            "term": ["الحرب", "أوكرانيا", "القوات", "الغاز", "النفط", "الأسعار"],
            "weight": [0.5, 0.3, 0.2, 0.6, 0.3, 0.1],
            "rank": [1, 2, 3, 1, 2, 3],
        }
    )
    fig = P.topic_terms_chart(terms, n=3)
    return fig, ["الحرب في أوكرانيا", "أسعار الطاقة", "القوات", "النفط"]


def _cluster_map() -> tuple[Figure, list[str]]:
    rng = np.random.default_rng(7)
    points = pd.DataFrame(
        {
            "x": np.r_[rng.normal(0, 1, 15), rng.normal(6, 1, 15)],
            "y": np.r_[rng.normal(0, 1, 15), rng.normal(4, 1, 15)],
            "cluster": ["سياسة"] * 15 + ["اقتصاد"] * 15,
            "label": ["قمة بايدن وبوتين"] + [None] * 29,
        }
    )
    centers = pd.DataFrame({"x": [0, 6], "y": [0, 4], "label": ["السياسة الدولية", "الطاقة"]})
    fig = P.cluster_map(points, centers=centers, title="خريطة المقالات")
    return fig, ["خريطة المقالات", "السياسة الدولية", "قمة بايدن وبوتين"]


def _prevalence() -> tuple[Figure, list[str]]:
    shares = pd.DataFrame(
        {
            "outlet": ["الجزيرة"] * 2 + ["العربية"] * 2,
            "label": ["الحرب والقتال", "أسعار الطاقة"] * 2,
            "share": [0.6, 0.4, 0.3, 0.7],
        }
    )
    fig = P.prevalence_chart(shares, title="حصة المواضيع")
    return fig, ["حصة المواضيع", "العربية", "أسعار الطاقة"]


def _count_bars() -> tuple[Figure, list[str]]:
    outlets = pd.DataFrame({"outlet": ["صوت الشرق", "المرصد الأطلسي"], "articles": [4, 3]})
    fig = P.count_bars(outlets, label="outlet", value="articles", title="عدد المقالات")
    return fig, ["عدد المقالات", "صوت الشرق", "المرصد الأطلسي"]


def _distribution() -> tuple[Figure, list[str]]:
    lengths = pd.DataFrame(
        {"outlet": ["منبر التحليل"] * 3 + ["الترا صوت"], "words": [270, 290, 299, 611]}
    )
    fig = P.distribution_chart(lengths, value="words", xlabel="عدد الكلمات")
    return fig, ["منبر التحليل", "الترا صوت", "عدد الكلمات"]


def _period_bars() -> tuple[Figure, list[str]]:
    monthly = pd.DataFrame(
        {
            "month": pd.PeriodIndex(["2021-12", "2021-12", "2022-02"], freq="M"),
            "outlet": ["الترا صوت", "صوت الشرق", "صوت الشرق"],
            "articles": [1, 3, 4],
        }
    )
    fig = P.period_bars(monthly, period="month", count="articles", legend_title="المنبر")
    return fig, ["الترا صوت", "صوت الشرق", "المنبر"]


CHARTS = {
    "count bars": _count_bars,
    "distribution": _distribution,
    "period bars": _period_bars,
    "top terms": _top_terms,
    "keyness": _keyness,
    "stance heatmap": _heatmap,
    "stance intervals": _intervals,
    "mentions timeline": _timeline,
    "topic terms": _topic_terms,
    "cluster map": _cluster_map,
    "prevalence": _prevalence,
}


@needs_ocr
@pytest.mark.parametrize("name", CHARTS)
def test_chart_helper_text_reads_right(name: str) -> None:
    _check_right_beats_wrong(name, CHARTS[name])


CLOUD_WORDS = ["العقوبات", "أوكرانيا", "الجزيرة"]


@needs_ocr
def test_word_cloud_reads_right() -> None:
    """One word per cloud, so the word fills the image and is judged alone."""
    shipped = P.pillow_text_mode()
    other = "visual" if shipped == "logical" else "logical"
    right, wrong = [], []
    for word in CLOUD_WORDS:
        for mode, readings in ((None, right), (other, wrong)):
            image = P.word_cloud_image({word: 1.0}, width=500, height=180, mode=mode)
            readings.append(ocr.judge(image, word))
        print(f"OCR word cloud | pillow {shipped}: {right[-1]} | {other}: {wrong[-1]}")
    assert all(r.score >= PASS for r in right), [str(r) for r in right]
    right_mean = np.mean([r.score for r in right])
    wrong_mean = np.mean([r.score for r in wrong])
    print(f"OCR-MEAN word cloud | mpl {mpl.__version__} | {right_mean:.3f} vs {wrong_mean:.3f}")
    assert right_mean - wrong_mean >= MARGIN


# ------------------------------------------------------------------------------ exports by OCR
EXPORTED = "الموقف من العقوبات عام 2022"


def _rasterise(path: Path) -> Image.Image:
    """PNG as is; SVG with librsvg, PDF with poppler (skips when the tool is missing)."""
    if path.suffix == ".png":
        return Image.open(path).convert("RGB")
    tool = {".svg": "rsvg-convert", ".pdf": "pdftoppm"}[path.suffix]
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install librsvg2-bin poppler-utils)")
    out = path.with_name(path.stem + "_" + path.suffix[1:] + ".png")
    if tool == "rsvg-convert":
        subprocess.run([tool, "-b", "white", "-z", "2", "-o", str(out), str(path)], check=True)
    else:
        subprocess.run(
            [tool, "-r", "150", "-png", "-singlefile", str(path), str(out.with_suffix(""))],
            check=True,
        )
    return Image.open(out).convert("RGB")


@needs_ocr
def test_exported_files_keep_the_arabic(tmp_path: Path) -> None:
    fig = Figure(figsize=(5, 0.8))
    fig.text(0.5, 0.5, P.ar(EXPORTED), ha="center", va="center", fontsize=14)
    # a viewer-side layout setting must not leak into the files: save_figure overrides it
    with mpl.rc_context({"svg.fonttype": "none", "pdf.fonttype": 3}):
        files = P.save_figure(fig, tmp_path / "figure.png", dpi=150)
    assert [f.suffix for f in files] == [".png", ".svg", ".pdf"]
    for path in files:
        reading = ocr.judge(_rasterise(path), EXPORTED)
        print(f"OCR export {path.suffix} | mpl {mpl.__version__}: {reading}")
        assert reading.score >= PASS, (path.suffix, str(reading))


# --------------------------------------------------------------------- chart content, by hand
def test_period_bars_give_an_empty_period_its_place() -> None:
    monthly = pd.DataFrame(
        {
            "month": pd.PeriodIndex(["2021-12", "2021-12", "2022-02"], freq="M"),
            "outlet": ["الترا صوت", "صوت الشرق", "صوت الشرق"],
            "articles": [1, 3, 4],
        }
    )
    ax = P.period_bars(monthly, period="month", count="articles").axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2021-12", "2022-01", "2022-02"]
    # stacked: per month, the top of the last bar is the month's total (1 + 3, 0, 0 + 4)
    tops = [bar.get_y() + bar.get_height() for bar in ax.containers[-1]]
    assert tops == [4, 0, 4]


def test_an_outlet_has_one_colour_on_every_page() -> None:
    """The corpus page stacks articles per month with its outlets in the data's order, the
    topics page maps articles by outlet in sorted order (and its sample may miss an outlet):
    each outlet's bar and its points must be painted the same colour."""
    from matplotlib.colors import to_rgb

    from helpers.colours import colour_map

    data_order = ["skynews", "BBC", "alarabia"]  # one outlet per month, not sorted
    monthly = pd.DataFrame(
        {
            "month": pd.PeriodIndex(["2022-01", "2022-02", "2022-03"], freq="M"),
            "outlet": data_order,
            "articles": [5, 5, 5],
        }
    )
    every = pd.DataFrame(
        {"x": [0.0, 10.0, 20.0], "y": 0.0, "outlet": ["alarabia", "skynews", "BBC"]}
    )
    every = pd.concat([every] * 40, ignore_index=True)  # dots drawn over each other: opaque
    sample = every[every["outlet"] != "BBC"]  # a map's sample that misses an outlet
    for colours, points in ((None, every), (colour_map(data_order), sample)):
        # the charts' own default on the same outlets; the pages' map of the corpus's outlets
        bars = P.period_bars(monthly, period="month", count="articles", colours=colours)
        drawn_bars = ocr.render(bars)
        seen = {
            o: ocr.colour_at(drawn_bars, bars.axes[0], i, 2.5) for i, o in enumerate(data_order)
        }
        mapped = P.cluster_map(points, hue="outlet", label=None, colours=colours)
        drawn_map = ocr.render(mapped)
        drawn = points.drop_duplicates("outlet")
        for outlet, x in zip(drawn["outlet"], drawn["x"], strict=True):
            dot = ocr.colour_at(drawn_map, mapped.axes[0], x, 0.0)
            assert np.abs(dot - seen[outlet]).max() <= 3, (outlet, dot, seen[outlet])
        expected = {o: np.array(to_rgb(c)) * 255 for o, c in colour_map(data_order).items()}
        for outlet in data_order:
            assert np.abs(seen[outlet] - expected[outlet]).max() <= 2, outlet


def test_count_bars_write_each_value_and_keep_the_order() -> None:
    outlets = pd.DataFrame({"outlet": ["صوت الشرق", "المرصد الأطلسي", "الترا صوت"], "n": [4, 3, 1]})
    ax = P.count_bars(outlets, label="outlet", value="n").axes[0]
    assert [t.get_text() for t in ax.texts] == ["4", "3", "1"]
    top_first = sorted(ax.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in top_first] == [P.ar(o) for o in outlets["outlet"]]
    assert ax.xaxis_inverted()  # bars grow leftward from the labels on the right


def test_distribution_chart_draws_every_item() -> None:
    lengths = pd.DataFrame({"outlet": ["أ", "أ", "ب"], "words": [270.0, 290.0, 611.0]})
    ax = P.distribution_chart(lengths, value="words").axes[0]
    drawn = [collection.get_offsets()[:, 0].tolist() for collection in ax.collections]
    assert drawn == [[270.0, 290.0], [611.0]]


def test_a_long_time_axis_fits_a_page_and_labels_every_nth_period(tmp_path) -> None:
    """73 months (ANT's stray 2012 dates before window selection): at most 2,000 px, 24 labels."""
    months = pd.period_range("2012-10", "2018-10", freq="M")
    counts = pd.DataFrame({"month": months, "outlet": "BBC", "articles": range(len(months))})
    fig = P.period_bars(counts, period="month", count="articles", title="عدد المقالات")
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    # ceil(73 / 24) = 4: every fourth month is labelled, from the first
    assert labels[:3] == ["2012-10", "2013-02", "2013-06"] and len(labels) == 19
    fig.savefig(tmp_path / "wide.png", dpi=100)
    assert max(Image.open(tmp_path / "wide.png").size) <= 2000


def test_topic_shares_say_how_many_articles_each_bar_rests_on() -> None:
    shares = pd.DataFrame(
        {
            "group": ["2018-03", "2018-03", "2018-04", "2018-04"],
            "label": ["رياضة", "اقتصاد"] * 2,
            "share": [1.0, 0.0, 0.25, 0.75],
            "articles": [1, 1, 412, 412],
        }
    )
    ax = P.prevalence_chart(shares, by="group").axes[0]
    top_first = sorted(ax.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in top_first] == ["2018-03 (1)", "2018-04 (412)"]


def test_stance_heatmap_on_a_fixed_scale_shows_a_weak_mean_pale() -> None:
    # on the data's own scale -0.16 would be the deepest red; on the measure's -1..+1 it is pale
    weak = pd.DataFrame({"outlet": ["أ", "ب"], "target": ["روسيا"] * 2, "mean": [-0.16, 0.05]})
    fixed = P.stance_heatmap(weak, count=None, limit=1.0).axes[0].images[0]
    assert fixed.get_clim() == (-1.0, 1.0)
    assert min(fixed.cmap(fixed.norm(-0.16))[:3]) > 0.6  # light: every channel bright
    own = P.stance_heatmap(weak, count=None).axes[0].images[0]
    assert own.get_clim() == (-0.16, 0.16)
    assert min(own.cmap(own.norm(-0.16))[:3]) < 0.2  # saturated


@needs_ocr
def test_a_title_that_starts_with_a_latin_name_reads_from_the_right() -> None:
    """Page 04's keyness title on ANT, ``skynews مقابل alarabia``: side A is named first, so a
    reader of Arabic finds it on the right; laid out left to right it stood on the left."""
    title = "skynews مقابل alarabia"
    table = pd.DataFrame({"g2": [30.0, -25.0]}, index=["العقوبات", "السلام"])
    fig = P.keyness_chart(table, n=1, groups=("skynews", "alarabia"), title=title)
    image = ocr.render(fig, dpi=150)
    drawn = next(t for t in fig.findobj(Text) if t.get_text() == P.ar(title))
    lefts = ocr.word_lefts(ocr.text_crop(image, fig, drawn), ["skynews", "alarabia"])
    assert set(lefts) == {"skynews", "alarabia"}, lefts
    assert lefts["skynews"] > lefts["alarabia"], lefts


@needs_ocr
def test_axis_numbers_group_their_thousands() -> None:
    """Keyness on ANT runs to G² of 3,708: its ticks read ``3,000`` like every count on the
    page, not ``3000``; decimals stay as they were."""
    table = pd.DataFrame({"g2": [3708.0, 1200.0, -2700.0]}, index=["ترامب", "قوات", "ترمب"])
    fig = P.keyness_chart(table, n=2, groups=("skynews", "alarabia"))
    image = ocr.render(fig, dpi=150)
    ax = fig.axes[0]
    ticks = dict(zip(ax.get_xticks(), ax.get_xticklabels(), strict=True))
    reading = ocr.judge(ocr.text_crop(image, fig, ticks[3000.0]), "3,000", lang="eng")
    assert reading.text.replace(" ", "") == "3,000", str(reading)
    small = P.stance_intervals(
        pd.DataFrame({"outlet": ["a", "b"], "target": ["روسيا"] * 2, "mean": [-0.1, 0.2],
                      "low": [-0.2, 0.1], "high": [0.0, 0.3], "n": [5, 6]})
    )  # fmt: skip
    ocr.render(small, dpi=100)
    assert "0.2" in [t.get_text() for t in small.axes[0].get_xticklabels()]


@needs_ocr
def test_the_keyness_axis_names_the_statistic_not_the_column() -> None:
    """The prose says Dunning's G²; the axis said ``g2``, the table column's name."""
    fig = P.keyness_chart(pd.DataFrame({"g2": [3.0, -2.0]}, index=["قوات", "فيلم"]), n=1)
    image = ocr.render(fig, dpi=150)
    reading = ocr.judge(ocr.text_crop(image, fig, fig.axes[0].xaxis.label), "G²", lang="eng")
    assert reading.text in ("G2", "G²"), str(reading)  # Tesseract reads the ² as a 2


@needs_ocr
def test_counts_written_on_the_stance_charts_group_their_thousands() -> None:
    """ANT's skynews rests on 4,747 articles for the USA: ``(n=4747)`` read as a code."""
    cells = pd.DataFrame(
        {"outlet": ["skynews"], "target": ["usa"], "mean": [-0.01], "low": [-0.02],
         "high": [0.0], "n": [4747]}
    )  # fmt: skip
    fig = P.stance_intervals(cells)
    image = ocr.render(fig, dpi=150)
    label = next(t for t in fig.axes[0].get_yticklabels() if t.get_text())
    reading = ocr.judge(ocr.text_crop(image, fig, label), "skynews (4,747)", lang="eng")
    assert "(4,747)" in reading.text.replace(" ", ""), str(reading)
    heatmap = P.stance_heatmap(cells, limit=1.0)
    image = ocr.render(heatmap, dpi=200)
    cell = next(t for t in heatmap.axes[0].texts if "n=" in t.get_text())
    reading = ocr.judge(ocr.text_crop(image, heatmap, cell), "-0.01\n(n=4,747)", lang="eng")
    assert "(n=4,747)" in reading.text.replace(" ", ""), str(reading)


@needs_ocr
def test_a_mean_that_rounds_to_zero_is_written_without_a_sign() -> None:
    """ANT's CNN toward Ukraine, -0.0049: the cell said ``-0.00``, a negative nothing."""
    cells = pd.DataFrame({"outlet": ["CNN"], "target": ["usa"], "mean": [-0.0049], "n": [37]})
    fig = P.stance_heatmap(cells, limit=1.0)
    image = ocr.render(fig, dpi=200)
    cell = next(t for t in fig.axes[0].texts if "n=" in t.get_text())
    reading = ocr.judge(ocr.text_crop(image, fig, cell), "0.00\n(n=37)", lang="eng")
    assert reading.text.replace(" ", "").startswith("0.00"), str(reading)


@needs_ocr
def test_long_actor_names_over_narrow_cells_take_two_lines_and_read_whole() -> None:
    """Six holders over three actors (a who-says-what chart of one outlet): the square cells
    are narrower than ``الولايات المتحدة``, which ran into ``الاتحاد الأوروبي`` beside it."""
    actors = ["الولايات المتحدة", "الاتحاد الأوروبي", "روسيا"]
    cells = pd.DataFrame(
        [
            {"holder": holder, "target": actor, "mean": -0.5, "n": 3}
            for holder in ["أ", "ب", "ج", "د", "ه", "و"]
            for actor in actors
        ]
    )
    fig = P.stance_heatmap(cells, row="holder", limit=1.0)
    image = ocr.render(fig, dpi=150)
    labels = fig.axes[0].get_xticklabels()
    boxes = [label.get_window_extent(fig.canvas.get_renderer()) for label in labels]
    assert all(left.x1 < right.x0 for left, right in itertools.pairwise(boxes))
    wrapped = [label for label in labels if "\n" in label.get_text()]
    assert len(wrapped) == 2  # the two long names; روسيا stays one word
    for label in wrapped:
        reading = max(
            (
                ocr.judge(ocr.text_crop(image, fig, label), name.replace(" ", "\n"))
                for name in actors[:2]
            ),
            key=lambda r: r.score,
        )
        assert reading.score >= PASS, str(reading)
    one_row = P.stance_heatmap(cells[cells["holder"] == "أ"], row="holder", limit=1.0)
    assert not any("\n" in label.get_text() for label in one_row.axes[0].get_xticklabels())

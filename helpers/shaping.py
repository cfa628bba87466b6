"""Arabic-correct text for any renderer: the text mode, :func:`ar` and the matplotlib setup.

Callers always pass *logical* Arabic (the order it is typed and stored in). What a renderer needs
differs:

- matplotlib >= 3.11 shapes and orders Arabic itself (libraqm), so it gets the logical text;
  pre-shaped, visually ordered text would come out reversed.
- matplotlib <= 3.10 draws one glyph per character, left to right, so it needs the text
  reshaped to presentation forms (joined letters) and put in visual order (bidi), line by
  line, after wrapping on the logical text.
- Pillow (word clouds) lays Arabic out itself when it has raqm; without raqm it needs the
  reshaped, visual text like old matplotlib.

:func:`ar` makes that choice (the *text mode*: ``"logical"`` or ``"visual"``), and every chart
helper of :mod:`helpers.plotting` puts each string through it, so notebooks never think about
it. :func:`use_arabic` sets matplotlib up once per notebook; figures are saved with text as
glyph outlines (SVG) or embedded TrueType (PDF), so PNG, SVG and PDF all show the layout
matplotlib made. :mod:`helpers.plotting` re-exports everything here.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

import arabic_reshaper
import matplotlib as mpl
import pandas as pd
from bidi.algorithm import get_display
from matplotlib.figure import Figure
from packaging.version import Version

from helpers.fonts import ARABIC_FAMILY, font_families, font_path

__all__ = [
    "EXPORT_RC",
    "TEXT_MODES",
    "TextMode",
    "ar",
    "ar_labels",
    "forced_text_mode",
    "matplotlib_text_mode",
    "pillow_text_mode",
    "save_figure",
    "set_text_mode",
    "text_mode",
    "use_arabic",
]

TextMode = Literal["logical", "visual"]
LabelledT = TypeVar("LabelledT", pd.Series, pd.DataFrame)
TEXT_MODES: tuple[TextMode, ...] = ("logical", "visual")

# Text saved to files keeps the layout matplotlib made: outlines in SVG (with "none" the viewer
# would lay the text out again and reverse pre-shaped text), TrueType in PDF/PS (matplotlib
# <= 3.10 writes invalid Type 3 glyph names for some font files).
EXPORT_RC = {"svg.fonttype": "path", "pdf.fonttype": 42, "ps.fonttype": 42}

_forced_mode: TextMode | None = None
RLM = "\u200f"  # right-to-left mark: makes the paragraph it opens right to left
_reshaper_family = ARABIC_FAMILY


# --------------------------------------------------------------------------- text transform
def matplotlib_text_mode() -> TextMode:
    """The mode the installed matplotlib needs: ``"logical"`` from 3.11 on (libraqm layout)."""
    return "logical" if Version(mpl.__version__).release >= (3, 11) else "visual"


def pillow_text_mode() -> TextMode:
    """The mode Pillow needs: ``"logical"`` when it was built with (and can load) raqm."""
    from PIL import features

    return "logical" if features.check("raqm") else "visual"


def text_mode() -> TextMode:
    """The mode :func:`ar` uses by default: the forced one if any, else matplotlib's."""
    return _forced_mode or matplotlib_text_mode()


def set_text_mode(mode: TextMode | None) -> None:
    """Force the mode for unusual backends (e.g. a raqm-enabled cairo backend on matplotlib 3.10).

    ``None`` returns to detecting it from the installed matplotlib.
    """
    global _forced_mode
    if mode is not None and mode not in TEXT_MODES:
        raise ValueError(f"text mode must be one of {TEXT_MODES} or None, not {mode!r}")
    _forced_mode = mode


@contextmanager
def forced_text_mode(mode: TextMode | None) -> Iterator[None]:
    """Use ``mode`` for everything drawn in the ``with`` block, then restore the previous one."""
    previous = _forced_mode
    set_text_mode(mode)
    try:
        yield
    finally:
        set_text_mode(previous)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _is_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def _already_visual(text: str) -> bool:
    """True for text that is already reshaped: presentation forms and no plain Arabic letters."""
    return any(map(_is_presentation_form, text)) and not any(map(_is_arabic_letter, text))


@cache
def _reshaper(family: str) -> arabic_reshaper.ArabicReshaper:
    """A reshaper that only emits ligatures ``family`` has glyphs for (DejaVu lacks U+FDF2).

    Isolated letters are still emitted as presentation forms (the font-derived configuration
    would keep them as plain letters when *any* letter, e.g. a Persian one, lacks its isolated
    form): shaped text must contain no plain letter, so that :func:`ar` can recognise it.
    """
    config = arabic_reshaper.config_for_true_type_font(str(font_path(family=family)))
    config["use_unshaped_instead_of_isolated"] = False
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _visual_line(line: str) -> str:
    # The pure-Python bidi keeps mirrored brackets right; the Rust `bidi.get_display` does not.
    # The paragraph is right to left even when a Latin word comes first (see _rtl_paragraph).
    return get_display(_reshaper(_reshaper_family).reshape(line), base_dir="R")


def _rtl_paragraph(line: str) -> str:
    """``line`` laid out as a right-to-left paragraph by a renderer that finds its own direction.

    A renderer takes the paragraph direction from the first strong character, so an Arabic
    line that starts with a Latin word (``skynews مقابل alarabia``) would be laid out left to
    right: ``skynews`` on the left, read last. A right-to-left mark in front makes the line
    right to left; lines that start with an Arabic letter, or hold none, are left as they are.
    """
    strong = (unicodedata.bidirectional(c) for c in line)
    first = next((kind for kind in strong if kind in ("L", "R", "AL")), None)
    return f"{RLM}{line}" if first == "L" and any(map(_is_rtl, line)) else line


def ar(text: object, wrap: int | None = None, *, mode: TextMode | None = None) -> str:
    """The string to hand to the renderer for logical text ``text``.

    Parameters
    ----------
    text
        Logical text (anything else is turned into ``str`` first, so tick values may be numbers).
    wrap
        Wrap each line at this many characters. Wrapping happens on the logical text, before
        any reordering, so lines keep their reading order.
    mode
        ``"logical"`` returns the (wrapped) text, ``"visual"`` reshapes it and orders it for
        display, line by line. Either way a line is a right-to-left paragraph: in logical mode
        a line that holds Arabic but starts with a Latin word gets a right-to-left mark in
        front (``skynews مقابل alarabia`` then reads from the right, ``skynews`` first).
        Default: :func:`text_mode`, i.e. what the installed matplotlib needs unless
        :func:`set_text_mode` forced another mode.

    Returns
    -------
    str
        Text without any right-to-left letter is returned as is (after wrapping), and so is
        text that is already reshaped, so a second application changes nothing.

    Notes
    -----
    In visual mode diacritics are dropped: without mark positioning they would be drawn on
    the wrong letters.
    """
    text = str(text)
    if wrap is not None:
        text = "\n".join(
            "\n".join(textwrap.wrap(line, wrap, break_long_words=False)) or line
            for line in text.split("\n")
        )
    mode = mode or text_mode()
    if mode not in TEXT_MODES:
        raise ValueError(f"text mode must be one of {TEXT_MODES}, not {mode!r}")
    if not any(map(_is_rtl, text)) or _already_visual(text):
        return text
    if mode == "logical":
        return "\n".join(_rtl_paragraph(line) for line in text.split("\n"))
    return "\n".join(_visual_line(line) for line in text.split("\n"))


def ar_labels(data: LabelledT) -> LabelledT:
    """A copy of ``data`` whose index, columns and their names went through :func:`ar`.

    pandas hands index and column labels to matplotlib unchanged, so this is what makes
    ``ar_labels(frame).plot.barh()`` read correctly on every matplotlib.
    """
    out = data.copy()
    out.index = out.index.map(ar).rename(None if out.index.name is None else ar(out.index.name))
    if isinstance(out, pd.DataFrame):
        name = out.columns.name
        out.columns = out.columns.map(ar).rename(None if name is None else ar(name))
    return out


def use_arabic(family: str = ARABIC_FAMILY, *, mode: TextMode | None = None) -> TextMode:
    """Set matplotlib up for Arabic figures; call once at the top of a notebook.

    Registers ``family`` (IBM Plex Sans Arabic by default) with DejaVu Sans as glyph fallback,
    puts titles on the right (the reading start), uses constrained layout and tight bounding
    boxes on save (long Arabic tick labels are not cut), and the export settings of
    :data:`EXPORT_RC`.

    Parameters
    ----------
    family
        A font family installed with fontpkg.
    mode
        Force the text mode (see :func:`set_text_mode`); ``None`` detects it.

    Returns
    -------
    TextMode
        The mode :func:`ar` will use.
    """
    global _reshaper_family
    # Load the configured backend now (pyplot loads it lazily). In Jupyter that is the inline
    # backend, whose loading teaches IPython to show a returned Figure as an image; without it
    # the figures built by the chart helpers would print as ``<Figure ...>``.
    import matplotlib.pyplot as plt

    plt.switch_backend(mpl.get_backend())

    mpl.rcParams.update(
        {
            "font.family": font_families(family),
            "axes.titlelocation": "right",
            "figure.constrained_layout.use": True,
            "savefig.bbox": "tight",
            **EXPORT_RC,
        }
    )
    _reshaper_family = family
    set_text_mode(mode)
    return text_mode()


def save_figure(
    fig: Figure, path: str | Path, formats: Sequence[str] = ("png", "svg", "pdf"), dpi: int = 200
) -> list[Path]:
    """Write ``fig`` once per format next to ``path`` (its suffix is replaced); returns the files.

    The export settings of :data:`EXPORT_RC` apply whatever the rcParams say, so the files show
    the same layout as the screen.
    """
    written = []
    with mpl.rc_context(EXPORT_RC):
        for fmt in formats:
            target = Path(path).with_suffix(f".{fmt}")
            fig.savefig(target, format=fmt, dpi=dpi, bbox_inches="tight")
            written.append(target)
    return written

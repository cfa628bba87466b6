"""The Arabic font the figures use: where its files are and how renderers get to see it.

The font comes from PyPI (``fontpkg-ibm-plex-sans-arabic``), so every machine that installs the
project draws with the same glyphs. IBM Plex Sans Arabic covers every positional form of the
Arabic letters and the lam-alef and "Allah" ligatures, and scored best under OCR among the fonts
measured for this project; DejaVu Sans (bundled with matplotlib) is the per-glyph fallback for
whatever Plex lacks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import fontpkg
from matplotlib import font_manager

__all__ = [
    "ARABIC_FAMILY",
    "FALLBACK_FAMILY",
    "font_families",
    "font_path",
    "register_font",
]

ARABIC_FAMILY = "IBM Plex Sans Arabic"
FALLBACK_FAMILY = "DejaVu Sans"


def font_path(weight: int = 400, family: str = ARABIC_FAMILY) -> Path:
    """Path of one ``.ttf`` file of ``family``, for renderers that take a file (Pillow, wordcloud).

    Raises
    ------
    fontpkg.FamilyNotInstalled
        When the font package is not installed (it is a runtime dependency of the project).
    """
    return Path(fontpkg.path(family, weight=weight, nearest=True))


@cache
def register_font(family: str = ARABIC_FAMILY) -> str:
    """Make every weight of ``family`` known to matplotlib and return the family name.

    matplotlib only finds fonts in its own cache and the system folders; fontpkg installs its
    files inside ``site-packages``, so they are added one by one. Registering is cheap and
    happens once per process.
    """
    installed = fontpkg.family(family)
    for file in installed.files:
        font_manager.fontManager.addfont(str(file.path))
    return installed.name


def font_families(family: str = ARABIC_FAMILY) -> list[str]:
    """``font.family`` value: the registered Arabic family first, DejaVu Sans as glyph fallback."""
    return [register_font(family), FALLBACK_FAMILY]

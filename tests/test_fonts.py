"""Tests of helpers.fonts: the Arabic font is installed, covers Arabic, and matplotlib finds it."""

from __future__ import annotations

import fontpkg
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager

from helpers.fonts import ARABIC_FAMILY, FALLBACK_FAMILY, font_families, font_path, register_font

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]


def test_font_path_is_a_truetype_file_of_the_family() -> None:
    path = font_path()
    assert path.suffix.lower() == ".ttf" and path.is_file()
    font = TTFont(path)
    assert font["name"].getDebugName(1) == ARABIC_FAMILY
    assert font["OS/2"].usWeightClass == 400
    assert TTFont(font_path(weight=700))["OS/2"].usWeightClass == 700


def test_the_font_covers_every_arabic_letter_and_its_presentation_forms() -> None:
    cmap = TTFont(font_path()).getBestCmap()
    assert [letter for letter in ARABIC_LETTERS if ord(letter) not in cmap] == []
    # Old renderers draw reshaped text: the joined forms of beh (U+FE8F-FE92) and lam-alef
    assert all(code in cmap for code in (0xFE8F, 0xFE90, 0xFE91, 0xFE92, 0xFEFB))


def test_registered_family_is_what_matplotlib_finds() -> None:
    assert register_font() == ARABIC_FAMILY
    found = font_manager.findfont(
        font_manager.FontProperties(family=ARABIC_FAMILY), fallback_to_default=False
    )
    assert TTFont(found)["name"].getDebugName(1) == ARABIC_FAMILY
    assert font_families() == [ARABIC_FAMILY, FALLBACK_FAMILY]


def test_an_unknown_family_is_an_error() -> None:
    with pytest.raises(fontpkg.FamilyNotInstalled, match="is not installed"):
        font_path(family="No Such Arabic Font")

"""Read rendered Arabic back with Tesseract, to test that figures show the intended text.

Two measurements, combined as ``score = min(ocr, joined)``:

``ocr``
    Tesseract (``-l ara``) reads the image; reading and intended text are normalised
    (:func:`normalise`) and compared as ``1 - Levenshtein / max(len)``. Tesseract reads in
    logical order, so text drawn reversed or reordered twice scores low. Its Arabic model
    sometimes returns nothing for a clean image at one size and reads it perfectly at another,
    so the image is read at a few text heights and the best reading is kept.
``joined``
    OCR cannot tell joined letters from a row of isolated ones (it reads both), so the ink is
    measured too: after dropping dots and marks, each text line's columns are split into runs
    of ink. Joined Arabic gives about one run per joining group (``كتب`` is one run), isolated
    letters one run per letter (``ك ت ب`` is three). The score places the measured count
    between those two expectations: 1 means joined, 0 isolated. It is ``None`` when the text
    has too few joins to tell (fewer than two).

Figures are rendered with Agg (:func:`render`, the one renderer of the plotting tests);
:func:`text_crop` cuts out the pixels of one text artist (tick label, title, legend entry,
annotation), turned horizontal, so each label is judged alone, and :func:`colour_at` reads the
colour at a data point.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from arabic_reshaper.letters import LETTERS_ARABIC, connects_with_letter_after
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image, ImageFilter, ImageOps
from scipy import ndimage

LINE_HEIGHTS = (24, 32, 40)  # px of one text line in the images given to Tesseract
BOLD_HEIGHT = 32  # the 32 px variant is also read with thickened strokes (thin fonts)

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ـ": None,
        "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
        "«": '"', "»": '"', "“": '"', "”": '"', "–": "-", "—": "-", "−": "-",
    }
)  # fmt: skip
_SMALL_PUNCTUATION = set(".,:;'\"-_")


def tesseract_missing() -> str | None:
    """Why OCR cannot run here (no binary, no Arabic model), or ``None`` when it can."""
    if shutil.which("tesseract") is None:
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ara)"
    languages = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    ).stdout.split()
    if "ara" not in languages:
        return "tesseract has no Arabic model (apt-get install tesseract-ocr-ara)"
    return None


# --------------------------------------------------------------------------------- comparing
def normalise(text: str) -> str:
    """Fold what OCR cannot or need not distinguish.

    Presentation forms become letters (NFKC), format characters (bidi marks) and combining
    marks (diacritics) go, alef variants become bare alef, alef maqsura yeh, teh marbuta heh,
    tatweel goes, any decimal digit becomes ASCII, Arabic punctuation its ASCII look-alike, and
    runs of white space one space.
    """
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cf", "Mn"):
            continue
        kept.append(str(unicodedata.decimal(char)) if category == "Nd" else char)
    return re.sub(r"\s+", " ", "".join(kept).translate(_FOLD)).strip()


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions) between ``a`` and ``b``."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def similarity(expected: str, read: str) -> float:
    """``1 - levenshtein / max(len)`` of the normalised strings: 1 identical, 0 disjoint."""
    expected, read = normalise(expected), normalise(read)
    if not expected and not read:
        return 1.0
    return 1.0 - levenshtein(expected, read) / max(len(expected), len(read))


# ------------------------------------------------------------------------------ joined check
def joining_counts(text: str) -> tuple[int, int, int]:
    """``(groups, letters, others)`` of logical ``text``.

    A joining group is a maximal run of Arabic letters drawn connected (a letter joins the next
    one when it has an initial or medial form). ``others`` counts visible non-letters that
    survive the removal of small marks (digits, Latin, brackets, percent signs).
    """
    groups = letters = others = 0
    joins_next = False
    for char in unicodedata.normalize("NFKC", text):
        if unicodedata.category(char) in ("Mn", "Cf") or char == "ـ":
            continue
        if char in LETTERS_ARABIC:
            letters += 1
            groups += not joins_next
            joins_next = bool(connects_with_letter_after(char, LETTERS_ARABIC))
            continue
        joins_next = False
        others += not (char.isspace() or char in _SMALL_PUNCTUATION)
    return groups, letters, others


def on_white(image: Image.Image) -> Image.Image:
    """Grey image of how far each pixel is from the background colour, dark text on white.

    Coloured text (word clouds) becomes as dark as black text would be; the background is the
    median colour of the image border.
    """
    rgb = np.asarray(image.convert("RGB"), dtype=float)
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    distance = np.abs(rgb - np.median(border, axis=0)).max(axis=2)
    return Image.fromarray((255 - distance).astype(np.uint8))


def _ink(image: Image.Image) -> np.ndarray:
    """Boolean mask of the text pixels of a dark-on-white image (see :func:`on_white`)."""
    return np.asarray(image.convert("L")) < 128


def _without_marks(ink: np.ndarray) -> np.ndarray:
    """Drop connected components much smaller than the biggest one: dots, hamzas, harakat."""
    labels, count = ndimage.label(ink, structure=np.ones((3, 3)))
    if count == 0:
        return ink
    boxes = ndimage.find_objects(labels)
    heights = np.array([b[0].stop - b[0].start for b in boxes])
    widths = np.array([b[1].stop - b[1].start for b in boxes])
    reference = heights[np.argmax(heights * widths)]
    small = (heights < 0.3 * reference) & (widths < 0.45 * reference)
    return np.concatenate([[False], ~small])[labels]


def _line_bands(ink: np.ndarray) -> list[tuple[int, int]]:
    """Row ranges of the text lines; a thin band (under 40% of the tallest) joins its neighbour."""
    rows = np.flatnonzero(np.diff(np.r_[0, ink.any(axis=1).astype(int), 0]))
    bands = [list(pair) for pair in zip(rows[::2], rows[1::2], strict=True)]
    tallest = max((b - a for a, b in bands), default=0)
    merged: list[list[int]] = []
    for band in bands:
        if merged and (
            band[1] - band[0] < 0.4 * tallest or merged[-1][1] - merged[-1][0] < 0.4 * tallest
        ):
            merged[-1][1] = band[1]
        else:
            merged.append(band)
    return [(a, b) for a, b in merged]


def ink_runs(ink: np.ndarray) -> int:
    """Runs of inked columns, summed over the text lines."""
    runs = 0
    for top, bottom in _line_bands(ink):
        columns = ink[top:bottom].any(axis=0).astype(int)
        runs += int(np.count_nonzero(np.diff(np.r_[0, columns]) == 1))
    return runs


def joined_score(image: Image.Image, expected: str) -> float | None:
    """1 when the ink has one run per joining group, 0 with one run per letter (see module)."""
    groups, letters, others = joining_counts(expected)
    if letters - groups < 2:
        return None
    runs = ink_runs(_without_marks(_ink(image)))
    return float(np.clip((letters + others - runs) / (letters - groups), 0.0, 1.0))


# ------------------------------------------------------------------------------------ reading
def _tesseract(image: Image.Image, psm: int, lang: str) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang, "--psm", str(psm)],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    return " ".join(result.stdout.decode("utf-8").split())


def _line_height(image: Image.Image) -> float:
    bands = _line_bands(_ink(image))
    return float(np.median([b - a for a, b in bands])) if bands else 32.0


def _variants(image: Image.Image) -> list[Image.Image]:
    """The image scaled to each of :data:`LINE_HEIGHTS`, one of them also thickened."""
    gray = image.convert("L")
    height = _line_height(gray)
    out = []
    for target in LINE_HEIGHTS:
        scale = min(max(target / height, 0.1), 8.0)
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        scaled = gray.resize(size, Image.LANCZOS)
        if target == BOLD_HEIGHT:
            scaled = scaled.filter(ImageFilter.MinFilter(3))
        out.append(ImageOps.expand(scaled, border=20, fill=255))
    return out


@dataclass(frozen=True)
class Reading:
    """What the OCR check made of one image of ``expected``."""

    expected: str
    text: str
    ocr: float
    joined: float | None

    @property
    def score(self) -> float:
        """``min(ocr, joined)``; the OCR similarity alone when joining cannot be told."""
        return self.ocr if self.joined is None else min(self.ocr, self.joined)

    def __str__(self) -> str:
        joined = "n/a" if self.joined is None else f"{self.joined:.2f}"
        return (
            f"score={self.score:.2f} (ocr={self.ocr:.2f}, joined={joined}) "
            f"read {self.text!r} for {self.expected!r}"
        )


def judge(image: Image.Image, expected: str, *, lang: str = "ara") -> Reading:
    """Read ``image``, which shows only ``expected`` (one or several lines), and score it."""
    psm = 6 if "\n" in expected else 7
    image = on_white(image)
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = list(pool.map(lambda v: _tesseract(v, psm, lang), _variants(image)))
    best = max(texts, key=lambda t: similarity(expected, t))
    return Reading(expected, best, similarity(expected, best), joined_score(image, expected))


def word_lefts(image: Image.Image, words: list[str], *, lang: str = "eng") -> dict[str, int]:
    """Left edge (pixels of ``image``) of each of ``words`` that Tesseract finds on one line.

    What a reader sees of the order of a mixed line: which word stands to the right of which.
    Words are matched case-insensitively, whole; a word read twice keeps its first place.
    """
    gray = on_white(image).convert("L")
    scale = min(max(BOLD_HEIGHT / _line_height(gray), 0.1), 8.0)
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    buffer = io.BytesIO()
    ImageOps.expand(gray.resize(size, Image.LANCZOS), border=20, fill=255).save(buffer, "PNG")
    table = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang, "--psm", "7", "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    ).stdout.decode("utf-8")
    wanted = {word.lower(): word for word in words}
    found: dict[str, int] = {}
    for row in table.splitlines()[1:]:
        fields = row.split("\t")
        word = wanted.get(fields[-1].strip().lower()) if len(fields) == 12 else None
        if word is not None and word not in found:
            found[word] = round((int(fields[6]) - 20) / scale)
    return found


# --------------------------------------------------------------------------------- rendering
def render(fig: Figure, dpi: int = 150) -> Image.Image:
    """Draw ``fig`` with Agg at ``dpi`` and return the pixels, white behind any transparency."""
    fig.set_dpi(dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgba = Image.fromarray(np.asarray(canvas.buffer_rgba()))
    background = Image.new("RGBA", rgba.size, "white")
    return Image.alpha_composite(background, rgba).convert("RGB")


def colour_at(image: Image.Image, axes: Axes, x: float, y: float) -> np.ndarray:
    """The RGB colour a reader sees at data point (x, y) of ``axes`` in ``image`` (from
    :func:`render` of the axes' figure), as three ints."""
    px, py = axes.transData.transform((x, y))
    return np.array(image.getpixel((int(round(px)), image.height - int(round(py)))))


def text_crop(image: Image.Image, fig: Figure, artist: Text, pad: int = 3) -> Image.Image:
    """The pixels of ``artist`` in ``image`` (from :func:`render` of ``fig``), turned horizontal.

    Rulers that cross the whole crop (an axis spine next to a tick label) are whitened.
    """
    # Text's own extent: an annotation's would include its arrow
    box = Text.get_window_extent(artist, fig.canvas.get_renderer())
    top = image.height - box.y1
    crop = image.crop(
        (
            int(box.x0) - pad,
            int(top) - pad,
            int(np.ceil(box.x1)) + pad,
            int(image.height - box.y0) + pad,
        )
    )
    angle = artist.get_rotation() % 360
    if angle:
        crop = crop.rotate(-angle, expand=True, fillcolor="white")
    pixels = np.asarray(crop.convert("L")).copy()
    dark = pixels < 128
    pixels[dark.mean(axis=1) > 0.9, :] = 255
    pixels[:, dark.mean(axis=0) > 0.9] = 255
    return Image.fromarray(pixels)


def judge_text(image: Image.Image, fig: Figure, artist: Text, expected: str) -> Reading:
    """:func:`judge` applied to the crop of one text artist of a rendered figure."""
    return judge(text_crop(image, fig, artist), expected)

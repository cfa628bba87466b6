"""Arabic date parsing: month-name families, Arabic-Indic digits, ISO and RFC-822 strings.

Arabic news writes one date many ways. The month names come in three families that all
outlets mix freely:

* Egyptian / MSA, from the Latin names: ``يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس
  سبتمبر أكتوبر نوفمبر ديسمبر``;
* Levantine / Iraqi, the Syriac names: ``كانون الثاني شباط آذار نيسان أيار حزيران تموز آب
  أيلول تشرين الأول تشرين الثاني كانون الأول``;
* Maghrebi, from the French names: ``جانفي فيفري مارس أفريل ماي جوان جويلية أوت ...`` (Tunisia,
  Algeria) and ``يوليوز غشت شتنبر نونبر دجنبر`` (Morocco).

Papers often print two families at once (``كانون الثاني/يناير``), digits may be Arabic-Indic
(``٣١``) or Persian (``۳۱``), and a weekday may lead (``الجمعة 31 ديسمبر 2021``). Feeds use
ISO 8601 or RFC 822 (``Mon, 26 Feb 2018 02:20:10 GMT``). Everything is returned as a
timezone-naive timestamp in UTC; anything not understood is ``NaT``, never a guess.
Numeric day-month order is day first (``31/12/2021``), as Arabic papers print it; a Hijri
date (``هـ``) is not converted and gives ``NaT``.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from helpers.arabic import normalize

__all__ = ["MONTHS", "PERIODS", "parse_date", "parse_dates"]

PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
"""Period names the pages accept (time charts, topic shares over time), with the pandas period."""

MONTHS: dict[str, int] = {
    # Egyptian / MSA (Latin-derived), with common spellings
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Levantine / Iraqi (Syriac)
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    # Maghrebi (French-derived: Tunisia, Algeria; Moroccan forms)
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "جويليه": 7,
    "يوليوز": 7,
    "أوت": 8,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}
"""Month names of the three families, hamza forms as usually printed (``أ``/``إ``/``آ``).

Lookup folds the hamza-carrying alefs to bare ``ا``, so ``اكتوبر`` and ``ابريل`` match too.
"""


def _fold(text: str) -> str:
    """Comparable form (:func:`helpers.arabic.normalize`): hamza alefs bare, diacritics,
    tatweel and invisible characters gone, ASCII digits; ``ى`` and the Arabic comma kept."""
    return normalize(text, alef_maqsura=False, punctuation=False)


_MONTH_NUMBER = {_fold(name.strip()): n for name, n in MONTHS.items()}
# Longest names first so "كانون الثاني" wins over a bare prefix; spaces inside names flexible.
_MONTH_ALTERNATION = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_MONTH_NUMBER, key=len, reverse=True)
)
_MONTH = rf"(?<![\u0621-\u064a])(?:{_MONTH_ALTERNATION})(?![\u0621-\u064a])"
_SEP = r"[\s\-/.,،]*"
_PAIRED_MONTH = rf"(?P<month>{_MONTH})(?:\s*[/\\(-]\s*(?P<month2>{_MONTH})\)?)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?!\d)"

_DAY_MONTH_YEAR = re.compile(rf"{_DAY}{_SEP}{_PAIRED_MONTH}{_SEP}{_YEAR}")
_MONTH_DAY_YEAR = re.compile(rf"{_PAIRED_MONTH}{_SEP}{_DAY}{_SEP}{_YEAR}")
_NUMERIC_DMY = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})(?!\d)"
)
_NUMERIC_YMD = re.compile(
    r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
)
_TIME = re.compile(
    r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
)
_HIJRI = re.compile(r"\d\s*هـ|هجري")

# Feed formats handled by pandas in bulk before the Arabic parser sees anything.
_RFC822 = re.compile(
    r"^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*(GMT|UTC|UT|Z|[+-]\d{4})?\s*$"
)
_ISO = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
)


def parse_date(text: object) -> pd.Timestamp:
    """Parse one date written in Arabic or in a feed format.

    Parameters
    ----------
    text : object
        ``"31-ديسمبر-2021"``, ``"الجمعة ٣١ ديسمبر ٢٠٢١"``, ``"10 كانون الثاني/يناير 2022"``,
        ``"15 جويلية 2020"``, ``"٣١/١٢/٢٠٢١"``, ``"2021-12-31T21:25:00+02:00"``,
        ``"Mon, 26 Feb 2018 02:20:10 GMT"``... A time of day (``21:25``) is kept when present.
        Non-strings (None, NaN) give ``NaT``.

    Returns
    -------
    pandas.Timestamp
        Timezone-naive, in UTC when the input carried an offset; ``NaT`` when the text is not
        understood, the day does not exist (``31 فبراير``), or a paired month disagrees with
        itself (``كانون الثاني/مارس``).
    """
    value = _as_text(text)
    if value is None or not value.strip():
        return pd.NaT
    if _RFC822.match(value) or _ISO.match(value):
        return parse_dates(pd.Series([value], dtype=object)).iloc[0]
    return _parse_arabic(value)


def parse_dates(values: pd.Series) -> pd.Series:
    """Parse a column of dates (see :func:`parse_date`), fast on feed formats.

    RFC-822 and ISO strings are converted by pandas in bulk; only the remaining distinct
    strings go through the Arabic parser, once each. Returns ``datetime64[ns]`` values
    (timezone-naive UTC) aligned with ``values``; ``NaT`` marks missing or unparseable dates.
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        stamps = pd.to_datetime(values, utc=True)
        return _naive_utc(stamps)
    text = values.astype(object).map(_as_text)
    text = text.astype("string").str.strip()
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")

    rfc = text.str.extract(_RFC822)
    is_rfc = rfc[0].notna()
    if is_rfc.any():
        offset = rfc.loc[is_rfc, 1].fillna("+0000").replace({"GMT": "+0000", "UTC": "+0000"})
        offset = offset.replace({"UT": "+0000", "Z": "+0000"})
        stamp = rfc.loc[is_rfc, 0] + " " + offset
        parsed = pd.to_datetime(stamp, format="%d %b %Y %H:%M:%S %z", utc=True, errors="coerce")
        no_seconds = parsed.isna()
        if no_seconds.any():
            parsed[no_seconds] = pd.to_datetime(
                stamp[no_seconds], format="%d %b %Y %H:%M %z", utc=True, errors="coerce"
            )
        result[is_rfc] = _naive_utc(parsed)

    is_iso = ~is_rfc & text.str.match(_ISO).fillna(False).astype(bool)
    if is_iso.any():
        parsed = pd.to_datetime(text[is_iso], format="ISO8601", utc=True, errors="coerce")
        result[is_iso] = _naive_utc(parsed)

    rest = text[result.isna() & text.notna() & (text != "")]
    if len(rest):
        lookup = {s: _parse_arabic(s) for s in rest.unique()}
        result[rest.index] = pd.to_datetime(rest.map(lookup)).astype("datetime64[ns]")
    return result


def _as_text(value: object) -> str | None:
    """Strings as they are, date/datetime objects (from YAML, JSON loaders) in ISO form."""
    if isinstance(value, str):
        return value
    if isinstance(value, date):  # datetime and pandas.Timestamp are dates too
        return value.isoformat()
    return None


def _naive_utc(parsed: pd.Series) -> pd.Series:
    return parsed.dt.tz_convert("UTC").dt.tz_localize(None).astype("datetime64[ns]")


def _parse_arabic(text: str) -> pd.Timestamp:
    """Parse one non-feed date string, Arabic month names or numeric day-first."""
    folded = _fold(text)
    if _HIJRI.search(folded):
        return pd.NaT
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.search(folded)
        if match:
            month = _month_number(match["month"])
            if match["month2"] and _month_number(match["month2"]) != month:
                return pd.NaT
            return _timestamp(match["year"], month, match["day"], folded, match.end())
    for pattern in (_NUMERIC_YMD, _NUMERIC_DMY):
        match = pattern.search(folded)
        if match:
            return _timestamp(match["year"], match["month"], match["day"], folded, match.end())
    return pd.NaT


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[re.sub(r"\s+", " ", name)]


def _timestamp(year: str, month: int | str, day: str, text: str, date_end: int) -> pd.Timestamp:
    """Build the timestamp, adding a time of day found after the date; NaT if impossible."""
    time = _TIME.search(text, date_end) or _TIME.search(text)
    hour, minute, second = (
        (int(time["hour"]), int(time["minute"]), int(time["second"] or 0)) if time else (0, 0, 0)
    )
    try:
        return pd.Timestamp(int(year), int(month), int(day), hour, minute, second)
    except ValueError:
        return pd.NaT

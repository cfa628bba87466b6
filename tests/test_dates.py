"""Arabic date parsing: every month spelling, digit scripts, paired months, feed formats."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.dates import MONTHS, parse_date, parse_dates

EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]  # fmt: skip
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
             "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]  # fmt: skip
MAGHREBI = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
            "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]  # fmt: skip
WEEKDAYS = ["السبت", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-ديسمبر-2021", "2021-12-31"),  # the seed's form
        ("الجمعة 3 كانون الأول/ديسمبر 2021", "2021-12-03"),
        ("الإثنين 10 كانون الثاني/يناير 2022", "2022-01-10"),
        ("١١/٠١/٢٠٢٢", "2022-01-11"),  # day first, Arabic-Indic digits
        ("۱۵ اوت ۲۰۱۹", "2019-08-15"),  # Persian digits, bare alef
        ("14 جانفي 2022", "2022-01-14"),
        ("الأحد 19 ديسمبر 2021", "2021-12-19"),
        ("أيار 3، 2021", "2021-05-03"),  # month first
        ("12 تشرين الثاني 2020", "2020-11-12"),
        ("5 يوليوز 2018", "2018-07-05"),  # Moroccan
        ("2022-01-13", "2022-01-13"),
        ("2021/12/31", "2021-12-31"),
        ("الخميس، 2 أبريل 2020 - 10:30", "2020-04-02 10:30"),
        ("31 ديسمبر 2021 الساعة 21:25:09", "2021-12-31 21:25:09"),
    ],
)
def test_arabic_forms(text: str, expected: str) -> None:
    assert parse_date(text) == pd.Timestamp(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon, 26 Feb 2018 02:20:10 GMT", "2018-02-26 02:20:10"),
        ("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18 17:35:43"),  # 21:35 at +4 = 17:35 UTC
        ("Tue, 06 Mar 2018 09:01:00 +0000", "2018-03-06 09:01:00"),
        ("2021-12-31T21:25:00+02:00", "2021-12-31 19:25:00"),
        ("2021-12-31T23:30:00Z", "2021-12-31 23:30:00"),
    ],
)
def test_feed_formats_become_naive_utc(text: str, expected: str) -> None:
    assert parse_date(text) == pd.Timestamp(expected)


@pytest.mark.parametrize(
    "text",
    [
        "31 فبراير 2021",  # no such day
        "كانون الثاني/مارس 2022",  # the paired names disagree
        "12 رمضان 1443 هـ",  # Hijri: not converted
        "غدا",
        "10 كانون الثاني",  # no year
        "",
        None,
        float("nan"),
    ],
)
def test_not_understood_is_nat(text: object) -> None:
    assert pd.isna(parse_date(text))


@pytest.mark.parametrize(("name", "month"), sorted(MONTHS.items()))
def test_every_listed_spelling(name: str, month: int) -> None:
    assert parse_date(f"7 {name} 2020") == pd.Timestamp(2020, month, 7)


@pytest.mark.parametrize("family", [EGYPTIAN, LEVANTINE, MAGHREBI])
def test_families_cover_the_year_in_order(family: list[str]) -> None:
    assert [parse_date(f"1-{name}-2022").month for name in family] == list(range(1, 13))


def test_parse_dates_keeps_index_and_dtype() -> None:
    values = pd.Series(
        ["31-ديسمبر-2021", None, "Mon, 26 Feb 2018 02:20:10 GMT", "لا تاريخ", dt.date(2022, 1, 13)],
        index=[10, 20, 30, 40, 50],
    )
    parsed = parse_dates(values)
    assert parsed.dtype == "datetime64[ns]"
    assert list(parsed.index) == [10, 20, 30, 40, 50]
    assert parsed[10] == pd.Timestamp("2021-12-31")
    assert pd.isna(parsed[20]) and pd.isna(parsed[40])
    assert parsed[30] == pd.Timestamp("2018-02-26 02:20:10")
    assert parsed[50] == pd.Timestamp("2022-01-13")  # date objects (from YAML) are understood


def test_timezone_aware_column_becomes_naive_utc() -> None:
    aware = pd.Series(pd.to_datetime(["2022-01-01 03:00"]).tz_localize("Asia/Beirut"))
    assert parse_dates(aware)[0] == pd.Timestamp("2022-01-01 01:00")  # Beirut is UTC+2 in winter


@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    family=st.sampled_from([EGYPTIAN, LEVANTINE, MAGHREBI]),
    digits=st.sampled_from([None, ARABIC_INDIC, PERSIAN]),
    weekday=st.sampled_from([None, *WEEKDAYS]),
    layout=st.sampled_from(["{d} {m} {y}", "{d}-{m}-{y}", "{d} {m}، {y}", "{m} {d}، {y}"]),
)
def test_round_trip_any_rendering(day, family, digits, weekday, layout) -> None:
    text = layout.format(d=day.day, m=family[day.month - 1], y=day.year)
    if weekday:
        text = f"{weekday} {text}"
    if digits:
        text = text.translate(digits)
    assert parse_date(text) == pd.Timestamp(day)


@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_paired_forms_round_trip(day) -> None:
    text = f"{day.day} {LEVANTINE[day.month - 1]}/{EGYPTIAN[day.month - 1]} {day.year}"
    assert parse_date(text) == pd.Timestamp(day)

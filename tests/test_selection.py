"""Tests of helpers.selection: the articles a notebook analyses and the two sides it compares."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.checks import MissingColumnsError
from helpers.selection import choose_sides, describe_sides, load_articles
from helpers.settings import time_window


def test_load_articles_keeps_the_outlets_asked_for(bundled_corpus: Path) -> None:
    everything = load_articles(bundled_corpus)
    assert len(everything) == 16  # the bundled corpus holds no marked duplicate
    two = load_articles(bundled_corpus, outlets=["منبر التحليل", "صوت الشرق"])
    assert sorted(two["outlet"].value_counts().tolist()) == [4, 4]
    assert list(two.index) == list(range(8))
    one = load_articles(bundled_corpus, outlets="المرصد الأطلسي")
    assert set(one["outlet"]) == {"المرصد الأطلسي"} and len(one) == 3


def test_load_articles_names_an_unknown_outlet(bundled_corpus: Path) -> None:
    with pytest.raises(ValueError, match=r"outlets \['منبر'\] are not in the corpus; it has \["):
        load_articles(bundled_corpus, outlets=["منبر", "صوت الشرق"])


SIZES = pd.DataFrame({"outlet": ["b", "b", "a", "a", "c", "c", "c", "d"]})


def test_choose_sides_defaults_to_the_two_largest_ties_by_name() -> None:
    # c has 3 articles; a and b tie at 2 and a comes first by name
    assert choose_sides(SIZES, "outlet") == ("c", "a")
    assert choose_sides(SIZES, "outlet", side_b="c") == ("a", "c")
    assert choose_sides(SIZES, "outlet", side_a="d") == ("d", "c")
    assert choose_sides(SIZES, "outlet", "b", "d") == ("b", "d")


def test_choose_sides_rejects_impossible_requests() -> None:
    with pytest.raises(ValueError, match=r"'x' is not a group of 'outlet'; choose among \['c'"):
        choose_sides(SIZES, "outlet", side_a="x")
    with pytest.raises(ValueError, match="both sides are 'a'"):
        choose_sides(SIZES, "outlet", "a", "a")
    with pytest.raises(ValueError, match="needs two groups"):
        choose_sides(SIZES[SIZES["outlet"] == "c"], "outlet")
    with pytest.raises(MissingColumnsError, match="category"):
        choose_sides(SIZES, "category")


def test_describe_sides_counts_articles_words_and_dates() -> None:
    articles = pd.DataFrame(
        {
            "outlet": ["a", "b", "a", "c"],
            "body": ["قال الوزير اليوم", "روسيا", None, "كلمة كلمة"],
            "date": pd.to_datetime(["2022-01-03", "2022-01-01", "2021-12-30", "2022-01-05"]),
        }
    )
    table = describe_sides(articles, "outlet", ["b", "a"])
    assert list(table["outlet"]) == ["b", "a"]  # the order asked for
    assert table["articles"].tolist() == [1, 2]
    assert table["words"].tolist() == [1, 3]  # a missing body has no words
    assert table.loc[1, "first_date"] == pd.Timestamp("2021-12-30")
    assert table.loc[1, "last_date"] == pd.Timestamp("2022-01-03")


def test_describe_sides_reads_the_span_of_dates_inside_the_time_window() -> None:
    """ANT's alarabia spans 2012-10-11 to 2018-07-30 by its raw dates, one stray article of
    2012 among months of 2018: the comparison page gives the span the time charts show."""
    dates = [f"2018-03-{day:02d}" for day in range(1, 21)] + ["2012-10-11"]
    articles = pd.DataFrame(
        {
            "outlet": ["a"] * 10 + ["b"] * 11,  # b holds the stray date
            "body": ["كلمة"] * 21,
            "date": pd.to_datetime(dates),
        }
    )
    window = time_window(articles["date"])
    table = describe_sides(articles, "outlet", ["a", "b"], in_window=window.select)
    assert table["articles"].tolist() == [10, 11]  # every article counts
    assert table["words"].tolist() == [10, 11]
    assert table["first_date"].tolist() == [pd.Timestamp("2018-03-01"), pd.Timestamp("2018-03-11")]
    assert table["last_date"].tolist() == [pd.Timestamp("2018-03-10"), pd.Timestamp("2018-03-20")]
    raw = describe_sides(articles, "outlet", ["a", "b"])  # without the window: the raw span
    assert raw.loc[1, "first_date"] == pd.Timestamp("2012-10-11")


def test_describe_sides_spans_days_not_times_of_day() -> None:
    """ANT's dates carry times: page 04 showed a side from 2018-02-14 11:37:34."""
    articles = pd.DataFrame(
        {
            "outlet": ["a", "a", "b"],
            "body": ["كلمة"] * 3,
            "date": pd.to_datetime(["2018-02-14 11:37:34", "2018-10-20 07:46:19", pd.NaT]),
        }
    )
    table = describe_sides(articles, "outlet", ["a", "b"])
    assert table.loc[0, "first_date"] == pd.Timestamp("2018-02-14")
    assert table.loc[0, "last_date"] == pd.Timestamp("2018-10-20")
    assert pd.isna(table.loc[1, "first_date"])  # b has no dated article

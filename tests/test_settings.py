"""Settings fitted to the corpus, the time window of its dates, and what it cannot show."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.settings import fit_settings, period_name, time_window


def _articles(dates, outlets=None, bodies=None) -> pd.DataFrame:
    n = len(dates)
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "outlet": outlets if outlets is not None else ["صوت الشرق"] * n,
            "date": pd.to_datetime(pd.Series(dates, dtype=object)),
            "body": bodies if bodies is not None else ["نص عربي قصير"] * n,
        }
    )


def _daily(start: str, count: int) -> list[str]:
    return [str(day.date()) for day in pd.date_range(start, periods=count, freq="D")]


@pytest.mark.parametrize(
    ("size", "k", "min_df"),
    [(3, 2, 1), (7, 2, 1), (8, 3, 1), (10, 3, 2), (16, 4, 2), (999, 5, 2), (1000, 6, 5)],
)
def test_k_and_min_df_follow_the_corpus_size(size, k, min_df):
    fitted = fit_settings(_articles(_daily("2022-01-01", size)))
    assert (fitted.k, fitted.min_df) == (k, min_df)


def test_k_never_exceeds_the_articles_and_given_values_win():
    assert fit_settings(_articles(["2022-01-01"])).k == 1
    fitted = fit_settings(_articles(_daily("2022-01-01", 16)), k=9, period="M", min_df=3)
    assert (fitted.k, fitted.period, fitted.freq, fitted.min_df) == (9, "month", "M", 3)


@pytest.mark.parametrize(
    ("days", "period"),
    [(20, "day"), (32, "week"), (190, "week"), (191, "month"), (1000, "month"), (1200, "quarter")],
)
def test_period_follows_the_span_of_the_dates(days, period):
    # evenly spread dates: span = days - 1 (the first and the last day included)
    dates = [str(d.date()) for d in pd.date_range("2018-01-01", periods=days + 1, freq="D")]
    assert fit_settings(_articles(dates)).period == period


def test_stray_dates_are_set_aside_and_reported():
    # 100 articles in March-June 2018, two dated 2012-13: quartiles 2018-03-24 06:00 and
    # 2018-05-13 18:00 (IQR 50.5 days, fence 151.5 days): 2012-13 outside, spring 2018 inside.
    dates = _daily("2018-03-01", 100) + ["2012-10-11", "2013-01-05"]
    window = time_window(pd.to_datetime(pd.Series(dates + [None])))
    assert (window.start, window.end) == (pd.Timestamp("2018-03-01"), pd.Timestamp("2018-06-08"))
    assert list(window.outlying) == [pd.Timestamp("2012-10-11"), pd.Timestamp("2013-01-05")]
    assert (window.dated, window.undated) == (102, 1)
    assert window.describe() == (
        "2 article(s) dated far outside 2018-03-01 to 2018-06-08 (2012-10-11 to 2013-01-05) are "
        "left off the time charts and date spans, so that a few stray dates do not stretch them "
        "over empty periods; 1 article(s) without a date cannot be placed in time."
    )
    articles = _articles(dates)
    assert len(window.select(articles)) == 100


def test_a_corpus_in_two_distant_parts_keeps_both():
    """Ten articles of 2012 among a hundred of 2018 are a part of the corpus, not strays."""
    dates = _daily("2018-03-01", 100) + _daily("2012-10-01", 10)
    window = time_window(pd.to_datetime(pd.Series(dates)))
    assert window.start == pd.Timestamp("2012-10-01") and window.outlying.empty


def test_period_table_rows_are_clipped_to_the_window():
    dates = _daily("2018-03-01", 100) + ["2012-10-11"]
    window = time_window(pd.to_datetime(pd.Series(dates)))
    table = pd.DataFrame({"period": pd.to_datetime(["2012-10-01", "2018-02-26", "2018-06-04"])})
    # weeks start on Monday: the week of 2018-03-01 starts on 2018-02-26 and stays
    assert window.periods(table, "W")["period"].tolist() == [
        pd.Timestamp("2018-02-26"),
        pd.Timestamp("2018-06-04"),
    ]


def test_what_a_corpus_cannot_show_and_why():
    one = fit_settings(_articles(["2022-01-01", "2022-01-02", "2022-01-03"]))
    assert one.cannot_show("outlets") == (
        "the corpus has a single outlet, and this section compares outlets with each other"
    )
    assert one.has("dates") and one.has("arabic") and one.has("topics")
    undated = fit_settings(_articles([None, None], outlets=["a", "b"]))
    assert undated.has("outlets") and undated.window.start is None
    assert "no article carries a readable date" in undated.cannot_show("dates")
    assert "too few" in undated.cannot_show("topics")
    english = fit_settings(_articles(["2022-01-01"] * 3, bodies=["The port reopened."] * 3))
    assert english.arabic_articles == 0
    assert english.cannot_show("arabic").startswith("none of the 3 articles contains Arabic")
    with pytest.raises(ValueError, match="unknown need"):
        one.cannot_show("colour")


@pytest.mark.parametrize(
    ("given", "name"), [("W", "week"), ("W-SUN", "week"), ("MS", "month"), ("YE", "year")]
)
def test_period_names_accept_pandas_frequencies(given, name):
    assert period_name(given) == name


def test_an_unknown_period_is_refused():
    with pytest.raises(ValueError, match="unknown period"):
        period_name("fortnight")


def test_the_settings_line_names_a_period_only_when_the_articles_are_dated():
    dated = fit_settings(_articles(_daily("2022-01-01", 16)))
    assert dated._repr_markdown_() == (
        "*Settings for this corpus (16 articles, 1 outlet(s), dated 2022-01-01 to 2022-01-16): "
        "`k = 4` topics, `period = 'day'`, `min_df = 2`.*"
    )
    undated = fit_settings(_articles([None] * 16))
    assert undated._repr_markdown_() == (
        "*Settings for this corpus (16 articles, 1 outlet(s), no dates): `k = 4` topics, "
        "`min_df = 2`; no time period, since no article carries a date.*"
    )

"""The term explorer's numbers and size rules, read from the page's data (no browser here).

The browser-driven checks (search, click, selectors) are in ``test_interactive.py``. The
corpus is the five hand-written articles of ``interactive_frames.py``; analysed-term totals per
outlet (``term_counts``): north 20, south 13, centre 8.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from bokeh.models import ColumnDataSource
from interactive_frames import ARTICLES, CENTRE, NORTH, SOUTH

from helpers.term_explorer import REST, term_contexts, term_explorer


def _terms(view) -> dict:
    """The data of the page's term source (the one with a ``term`` column and G² columns)."""
    sources = [s for s in view.layout.select({"type": ColumnDataSource}) if "x" in s.data]
    assert len(sources) == 1
    return sources[0].data


def test_russia_north_against_south_by_hand():
    data = _terms(term_explorer(ARTICLES, side_a=NORTH, side_b=SOUTH, min_count=1))
    at = list(data["term"]).index("روسيا")
    # groups are numbered in term_counts order: south 0, north 1, centre 2
    assert (data["na"][at], data["nb"][at]) == (2, 1)
    assert data["x"][at] == pytest.approx(2 / 20 * 10_000)
    assert data["y"][at] == pytest.approx(1 / 13 * 10_000)
    # G2 with a=2, b=1, c=20, d=13: E1 = 20*3/33, E2 = 13*3/33, positive (2/20 > 1/13)
    e1, e2 = 20 * 3 / 33, 13 * 3 / 33
    expected = 2 * (2 * math.log(2 / e1) + 1 * math.log(1 / e2))
    assert data["g"][at] == pytest.approx(expected)  # 0.0471
    assert data["g0_1"][at] == pytest.approx(-expected)  # stored as south against north


def test_one_against_the_rest_pools_the_other_outlets():
    data = _terms(term_explorer(ARTICLES, side_a=NORTH, side_b=REST, min_count=1))
    at = list(data["term"]).index("روسيا")
    assert (data["na"][at], data["nb"][at]) == (2, 2)  # south 1 + centre 1
    assert data["y"][at] == pytest.approx(2 / (13 + 8) * 10_000)


def test_absent_term_sits_at_half_an_occurrence():
    data = _terms(term_explorer(ARTICLES, side_a=NORTH, side_b=SOUTH, min_count=1))
    at = list(data["term"]).index("مفاوضات")  # three times in the north, never in the south
    assert data["nb"][at] == 0
    assert data["y"][at] == pytest.approx(0.5 / 13 * 10_000)


def test_only_the_most_frequent_terms_are_points():
    data = _terms(term_explorer(ARTICLES, min_count=1, max_terms=4))
    # totals: روسيا 4; حوار, سلام, مفاوضات 3 each (ties by term); طويلة 2 is left out
    assert list(data["term"]) == ["روسيا", "حوار", "سلام", "مفاوضات"]


def test_contexts_keep_lines_per_outlet_from_the_sample():
    lines = term_contexts(ARTICLES, ["روسيا", "سلام"], lines=1)
    counts = lines.groupby(["term", "outlet"]).size()
    assert counts.to_dict() == {
        ("روسيا", CENTRE): 1,
        ("روسيا", NORTH): 1,
        ("روسيا", SOUTH): 1,
        ("سلام", NORTH): 1,
        ("سلام", SOUTH): 1,
    }
    first = lines[(lines["term"] == "روسيا") & (lines["outlet"] == NORTH)].iloc[0]
    assert (first["article_id"], first["left"], first["match"]) == ("n1", "أعلنت", "روسيا")
    sampled = term_contexts(ARTICLES, ["روسيا"], sample=1, lines=5)
    assert sampled.groupby("outlet")["article_id"].nunique().max() == 1  # one article each


def test_context_lines_come_in_the_order_of_the_terms_in_the_text():
    words = ["حرب", "سلام", "نفط", "غاز", "قمح", "ذهب", "ميناء", "مطار", "جسر", "نهر"]
    articles = pd.DataFrame(
        {"article_id": ["a"], "outlet": ["x"], "body": [" و".join(words) + "."]}
    )
    lines = term_contexts(articles, sorted(words), lines=1)
    assert lines["term"].tolist() == words  # not the order of a set of them (hash-salted)


def test_one_group_and_an_unknown_side_are_refused():
    with pytest.raises(ValueError, match="two groups"):
        term_explorer(ARTICLES[ARTICLES["outlet"] == NORTH], min_count=1)
    with pytest.raises(ValueError, match="'BBC' is not a group of 'outlet'"):
        term_explorer(ARTICLES, side_a="BBC", min_count=1)


def test_context_lines_shrink_to_fit_the_budget():
    """5 terms x 3 outlets = 15 slots: a budget of 15 lines leaves one line per slot."""
    view = term_explorer(ARTICLES, min_count=1, max_terms=5, lines=3, max_lines=15)
    lines = [s for s in view.layout.select({"type": ColumnDataSource}) if "match" in s.data]
    data = lines[0].data
    pairs = list(zip(data["term"], data["group"], strict=True))
    assert len(pairs) == len(set(pairs))  # one line per term and outlet at most
    assert pairs.count(("روسيا", 1)) == 1  # north (group 1) has two sentences with روسيا


def test_two_articles_can_be_compared():
    """Notebook 04 with ``compare_by = "article_id"``: the groups are the articles."""
    pair = ARTICLES[ARTICLES["article_id"].isin(["n1", "s1"])]
    data = _terms(term_explorer(pair, "article_id", side_a="n1", side_b="s1", min_count=1))
    at = list(data["term"]).index("روسيا")
    assert (data["na"][at], data["nb"][at]) == (1, 1)
    lines = term_contexts(pair, ["روسيا"], "article_id")
    assert list(lines.columns) == ["term", "article_id", "left", "match", "right"]
    assert lines["article_id"].tolist() == ["n1", "s1"]

"""One way to check inputs: every helper that needs columns says so with the same error."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import actors, frequency, plotting, stance, topics
from helpers.checks import ANALYSIS_COLUMNS, MissingColumnsError, require_columns

NO_BODY = pd.DataFrame({"article_id": ["a1"], "title": ["عنوان"]})


def test_require_columns_names_missing_needed_and_present() -> None:
    frame = pd.DataFrame({"article_id": [1], "outlet": ["x"]})
    require_columns(frame, ["article_id", "outlet"])  # all there: no error
    with pytest.raises(MissingColumnsError) as caught:
        require_columns(frame, ["article_id", "body", "date", "body"], what="scores")
    assert str(caught.value) == (
        "scores lack the column(s) ['body', 'date']; need ['article_id', 'body', 'date'], "
        "the frame has ['article_id', 'outlet']"
    )
    assert isinstance(caught.value, ValueError)
    with pytest.raises(TypeError, match="must be a pandas DataFrame, not list"):
        require_columns([{"article_id": 1}], ANALYSIS_COLUMNS)


@pytest.mark.parametrize(
    "call",
    [
        lambda: frequency.term_counts(NO_BODY),
        lambda: frequency.kwic(NO_BODY, "روسيا"),
        lambda: frequency.mentions_over_time(NO_BODY),
        lambda: actors.find_mentions(NO_BODY),
        lambda: stance.stance_sentences(NO_BODY),
        lambda: topics.vectorize(NO_BODY),
    ],
    ids=["term_counts", "kwic", "mentions_over_time", "find_mentions", "stance", "vectorize"],
)
def test_analyses_raise_the_one_error_for_missing_columns(call) -> None:
    with pytest.raises(MissingColumnsError, match=r"articles lack the column\(s\) \['body"):
        call()


def test_charts_and_stance_tables_raise_it_too() -> None:
    counts = pd.DataFrame({"group": ["a"], "term": ["b"]})
    with pytest.raises(MissingColumnsError, match=r"counts lack the column\(s\) \['per_10k'\]"):
        plotting.top_terms_chart(counts, value="per_10k")
    with pytest.raises(MissingColumnsError, match=r"scores lack the column\(s\) \['score'\]"):
        stance.compare_outlets(pd.DataFrame({"outlet": ["a"], "target": ["t"]}))
    with pytest.raises(MissingColumnsError, match="sentences"):
        stance.summarise_stance(pd.DataFrame({"article_id": ["a1"]}))

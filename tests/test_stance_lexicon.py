"""Tests of helpers.stance_lexicon: finding entries through clitics and endings; immutability."""

from __future__ import annotations

import pytest

from helpers.actors import load_gazetteer, mentions_in
from helpers.arabic import normalize
from helpers.stance_lexicon import StanceLexicon, default_lexicon, load_lexicon, proclitic_readings


@pytest.mark.parametrize(
    ("token", "term"),
    [("وانتهاكاتها", "انتهاك"), ("بالعقوبات", "عقوبات"), ("رحبت", "رحب"), ("العدوانية", "عدواني")],
)
def test_entries_are_found_through_clitics_and_endings(token: str, term: str) -> None:
    entry, words, _ = default_lexicon().match([token], 0)
    assert (entry.term, words) == (term, 1)


@pytest.mark.parametrize(
    ("token", "term"), [("سعداء", None), ("ستدين", "تدين"), ("وسيهدد", "يهدد")]
)
def test_the_future_prefix_comes_only_before_an_imperfect(token: str, term: str | None) -> None:
    # سعداء (happy) is no س + عداء (hostility); ستدين (will condemn) is
    entry = default_lexicon().match([token], 0)
    assert (entry[0].term if entry else None) == term


@pytest.mark.parametrize(
    ("token", "reading", "read"),
    [
        ("وبالتحقيق", "تحقيق", True),  # و + ب + the article
        ("للتحقيق", "تحقيق", True),  # ل fused with the article
        ("وكقائمتها", "قائمتها", True),  # a pronoun stays: the reader compares word starts
        ("سعداء", "عداء", False),  # س is the future only before an imperfect
        ("ستدين", "تدين", True),
        ("بل", "ل", False),  # two letters or more remain
    ],
)
def test_proclitic_readings_take_off_prefixes_only(token: str, reading: str, read: bool) -> None:
    readings = proclitic_readings(normalize(token))
    assert readings[0] == normalize(token)
    assert (normalize(reading) in readings) == read


def test_the_longest_phrase_wins() -> None:
    # خطا أحمر (red line) is a neutral two-word entry that stops خطأ (mistake)
    entry, words, _ = default_lexicon().match(["خطا", "احمر"], 0)
    assert (entry.term, words, entry.weight) == ("خط أحمر", 2, 0.0)


def test_an_unknown_role_is_refused() -> None:
    entries = load_lexicon().entries.head(1).assign(role="opinion")
    with pytest.raises(ValueError, match="unknown lexicon role"):
        StanceLexicon(entries)


def test_shared_lexicon_and_gazetteer_cannot_be_edited_from_outside() -> None:
    # the default lexicon and gazetteer are shared by every caller: editing what they hand out
    # must change nothing, for this caller or the next
    lexicon = default_lexicon()
    entries = lexicon.entries
    entries.loc[entries["term"] == "عدوان", "weight"] = 5.0
    assert default_lexicon().entries.set_index("term").loc["عدوان", "weight"] == -1.5
    assert lexicon.match(["العدوان"], 0)[0].weight == -1.5
    gazetteer = load_gazetteer()
    table = gazetteer.actors
    table.loc[:, "alias"] = "غير موجود"
    assert [m.actor for m in mentions_in("قالت روسيا", load_gazetteer())] == ["russia"]
    assert "روسيا" in set(load_gazetteer().actors["alias"])  # the table matches the index

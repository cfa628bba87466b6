"""The corpus check before a run: no articles, no Arabic text, too few articles for topics."""

from __future__ import annotations

import pytest

from helpers.arabic import is_arabic_text
from helpers.corpus import load_corpus
from helpers.preflight import check_corpus, notebook_needs

NEEDS = {"00_corpus": set(), "01_frequency": {"arabic"}, "03_topics": {"arabic", "topics"}}


def _folder(tmp_path, texts: dict[str, str]):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


ARABIC_WORDS = "اتصل الرئيس الأمريكي بنظيره الروسي لبحث الأزمة في أوكرانيا وسبل خفض التصعيد".split()
ENGLISH_WORDS = "the president called his Russian counterpart about Ukraine and the talks".split()


def _article(words: list[str], n: int) -> str:
    """A distinct article per ``n`` (a rotation of the words), so none is a near duplicate."""
    shift = n % len(words)
    return " ".join(words[shift:] + words[:shift]) + f" {n}."


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        ("قال الرئيس إن المحادثات كانت مثمرة", True),
        ("قالت وكالة Reuters إن NATO سترسل قوات", True),  # Arabic with Latin names
        ("NATO and the EU met in Brussels (مصدر)", False),  # one Arabic word in English
        ("2021-12-31 12:00", False),
        ("", False),
        (None, False),
    ],
)
def test_arabic_text_is_mostly_arabic_letters(text, arabic):
    assert is_arabic_text(text) is arabic


def test_needs_are_read_from_notebook_metadata():
    assert notebook_needs({"helpers": {"needs": ["arabic", "topics"]}}) == {"arabic", "topics"}
    assert notebook_needs({"kernelspec": {}}) == set()


def test_an_empty_folder_stops_the_run_with_one_sentence(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    check = check_corpus(load_corpus(folder), str(folder), NEEDS, {})
    assert check.stop == f"no articles to analyse: {folder} holds no files to read"
    junk = _folder(tmp_path, {"a.txt": "", "b.txt": "  \n"})
    check = check_corpus(load_corpus(junk), str(junk), NEEDS, {})
    assert check.stop.startswith(f"no articles to analyse: none of the 2 file(s) in {junk}")
    assert "\n" not in check.stop


def test_an_english_folder_runs_only_what_needs_no_arabic(tmp_path):
    folder = _folder(tmp_path, {f"{n}.txt": _article(ENGLISH_WORDS, n) for n in range(3)})
    check = check_corpus(load_corpus(folder), str(folder), NEEDS, {"03_topics": 4})
    assert (check.stop, check.articles, check.arabic_articles) == (None, 3, 0)
    assert set(check.skipped) == {"01_frequency", "03_topics"}
    assert check.skipped["01_frequency"] == (
        "none of the 3 articles has Arabic text, and this notebook analyses Arabic words"
    )


def test_topics_need_two_articles_per_topic(tmp_path):
    texts = {f"{n}.txt": _article(ARABIC_WORDS, n) for n in range(7)}
    texts["english.txt"] = _article(ENGLISH_WORDS, 9)
    folder = _folder(tmp_path, texts)
    corpus = load_corpus(folder)
    check = check_corpus(corpus, str(folder), NEEDS, {"03_topics": 4})
    assert check.arabic_articles == 7  # the English article does not count
    assert check.skipped == {
        "03_topics": (
            "too few articles for topics: 7 with Arabic text, and 4 topics need at least 8"
        )
    }
    assert check_corpus(corpus, str(folder), NEEDS, {"03_topics": 3}).skipped == {}
    (tmp_path / "few").mkdir()
    few = _folder(tmp_path / "few", {f"{n}.txt": _article(ARABIC_WORDS, n) for n in range(3)})
    assert check_corpus(load_corpus(few), str(few), NEEDS, {}).skipped == {
        "03_topics": "too few articles for topics: 3 with Arabic text, and 2 topics need at least 4"
    }  # k left open (fitted to the corpus): two topics at the fewest

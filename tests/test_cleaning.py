"""Boilerplate removal (read-also, credits, markup, pull quotes) and duplicate marking."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.cleaning import (
    MIN_REPEAT_WORDS,
    Fingerprints,
    clean_body,
    clean_title,
    comparison_text,
    find_duplicates,
)

NBSP = "\u00a0"


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_body(seed_path: Path) -> str:
    """The seed's text after its three header blocks (date, caption, byline)."""
    return seed_path.read_text(encoding="utf-8").split("\n\n", 3)[3]


def test_seed_pull_quotes_and_read_also_go(seed_body: str) -> None:
    cleaned = clean_body(seed_body)
    kept = paragraphs(cleaned)
    # 17 non-blank blocks in the body: 12 real paragraphs, 2 pull quotes (one written with
    # no-break spaces), 2 read-also lines and 1 related title after the bare one.
    assert len(kept) == 12
    assert sum(p.startswith("أجرى الرئيس الأمريكي جو بايدن") for p in kept) == 1
    assert not any(p.startswith("في مؤشر إلى صعوبة") for p in kept)  # pull quote of "وفي مؤشر"
    assert "اقرأ/ي" not in cleaned
    assert "روسيا والغرب يستبقون مباحثات جنيف بالتهديدات" not in cleaned  # title on the line
    assert "قمة بايدن – بوتين.. قليل من النتائج" not in cleaned  # title after the bare line
    assert NBSP not in cleaned


def test_seed_real_paragraphs_survive_whole(seed_body: str) -> None:
    kept = paragraphs(clean_body(seed_body))
    # the lead paragraph, in full, with its sentence that the pull quote cut off
    assert kept[0].startswith("أجرى الرئيس الأمريكي جو بايدن اتصالًا هاتفيًا")
    assert kept[0].endswith("جاء الاتصال بطلب من الرئيس الروسي.")
    # the paragraph that contains the second pull quote keeps it
    geneva = next(p for p in kept if p.startswith("وتأتي هذه المباحثات"))
    assert "وفي مؤشر إلى صعوبة محادثات جنيف المقبلة" in geneva
    assert kept[-1].startswith("هذا وأوضحت الناطقة باسم مجلس الأمن القومي إيميلي هورن")
    assert any(p.startswith("وقال مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف") for p in kept)


def test_seed_caption_loses_its_credit() -> None:
    caption = "محاولات لإيجاد مخرج دبلوماسي بشأن أزمة أوكرانيا (Getty)"
    assert clean_title(caption) == "محاولات لإيجاد مخرج دبلوماسي بشأن أزمة أوكرانيا"


# --------------------------------------------------------------------------- boilerplate

PROSE = "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل في العاصمة السويسرية."
MORE_PROSE = "وأضاف أن الجانبين اتفقا على مواصلة الحوار على مستوى الخبراء."


@pytest.mark.parametrize(
    "marker",
    ["اقرأ/ي أيضًا:", "اقرأ أيضا:", "إقرأ أيضاً:", "اقرأ أيضًا", "شاهد أيضا:", "اقرأ/ي أيضا -"],
)
def test_read_also_with_title_on_the_line(marker: str) -> None:
    text = f"{PROSE}\n\n{marker} روسيا والغرب قبيل محادثات جنيف\n\n{MORE_PROSE}"
    assert paragraphs(clean_body(text)) == [PROSE, MORE_PROSE]


def test_bare_read_also_takes_the_titles_after_it() -> None:
    text = (
        f"{PROSE}\n\nاقرأ/ي أيضًا:{NBSP}\n\nقمة بايدن – بوتين.. قليل من النتائج\n\n"
        "الناتو على أبواب روسيا؟\n\n"
        f"{MORE_PROSE}"
    )
    assert paragraphs(clean_body(text)) == [PROSE, MORE_PROSE]


def test_bare_read_also_stops_at_prose() -> None:
    long_line = " ".join(["كلمة"] * 25)  # longer than a title, no full stop
    text = f"اقرأ أيضا:\n\n{PROSE}\n\n{long_line}"
    assert paragraphs(clean_body(text)) == [PROSE, long_line]


def test_photo_credits_only_at_line_end() -> None:
    text = (
        "لقطة من الاجتماع في جنيف (AFP)\n\n"
        "موسكو (رويترز) - قالت الخارجية الروسية إن الرد الأمريكي لا يلبي مطالبها.\n\n"
        "Getty Images\n\n"
        "وفد روسي يصل إلى فيينا (تصوير: مكتب فيينا)"
    )
    assert paragraphs(clean_body(text)) == [
        "لقطة من الاجتماع في جنيف",
        "موسكو (رويترز) - قالت الخارجية الروسية إن الرد الأمريكي لا يلبي مطالبها.",
        "وفد روسي يصل إلى فيينا",
    ]


def test_html_entities_and_invisible_characters() -> None:
    text = (
        "<div><p>الفقرة\u200b الأولى&nbsp;هنا</p><p>قال &quot;المتحدث&quot; إن&#160;الحوار"
        "\u200f مستمر</p><script>var x = 1;</script><!-- تعليق --></div>"
    )
    assert paragraphs(clean_body(text)) == ["الفقرة الأولى هنا", 'قال "المتحدث" إن الحوار مستمر']


def test_identical_paragraph_keeps_first_copy() -> None:
    assert paragraphs(clean_body(f"{PROSE}\n\n{MORE_PROSE}\n\n{PROSE}")) == [PROSE, MORE_PROSE]


def test_pull_quote_in_guillemets_with_diacritics_dropped() -> None:
    body = "وأكد الوزير أن بلاده لن تقبل أي تهديد لأمنها القومي مهما كانت الظروف. ثم غادر القاعة."
    quote = "«وأكّد الوزير أنّ بلاده لن تقبل أيّ تهديد لأمنها القومي»"
    assert paragraphs(clean_body(f"{body}\n\n{quote}\n\n{PROSE}")) == [body, PROSE]


def test_short_line_inside_another_is_kept() -> None:
    short = "الحوار مستمر"  # fewer than MIN_REPEAT_WORDS words: may recur by chance
    assert len(short.split()) < MIN_REPEAT_WORDS
    text = f"وقال الوزير إن الحوار مستمر رغم الخلافات.\n\n{short}"
    assert paragraphs(clean_body(text))[1] == short


def test_partial_word_is_not_a_repeat() -> None:
    # "الروسية" inside "والروسية..." is no word boundary once the conjunction is not و/ف
    body = "عقدت الوفود الأمريكية والروسية اجتماعًا مطولًا في جنيف يوم الإثنين الماضي."
    other = "الأمريكية والروسية اجتماعًا مطولًا في جنيف"  # starts mid-phrase: a real repeat
    partial = "مريكية والروسية اجتماعًا مطولًا في جنيف"  # starts inside a word: not a repeat
    assert paragraphs(clean_body(f"{body}\n\n{other}")) == [body]
    assert paragraphs(clean_body(f"{body}\n\n{partial}")) == [body, partial]


def test_comparison_text_folds_marks_and_spaces() -> None:
    assert comparison_text(f"أجرى  الرئيسُ{NBSP}اتصالًا\nثانيًا") == "اجري الرئيس اتصالا\nثانيا"


# --------------------------------------------------------------------------- property tests

LETTERS = "بتثجحخدذرزسشصضطظعغقكلمنهي"
DIACRITICS = ["", "", "", "\u064e", "\u064b", "\u0651"]
word = st.builds(
    lambda letters, mark: letters[:-1] + mark + letters[-1],
    st.text(LETTERS, min_size=2, max_size=7),
    st.sampled_from(DIACRITICS),
)
sentence = st.lists(word, min_size=1, max_size=30).map(lambda ws: " ".join(ws) + ".")
BOILERPLATE = st.sampled_from(
    [
        ["اقرأ/ي أيضًا: عنوان مقال آخر عن المحادثات"],
        ["اقرأ أيضا:", "عنوان مقال ذي صلة"],
        [f"إقرأ أيضاً:{NBSP}", "عنوان أول", "عنوان ثان؟"],
        ["(Getty)"],
        ["AFP"],
    ]
)


def _words(text: str) -> list[str]:
    return comparison_text(text).strip(".").split()


def _is_repeat(i: int, texts: list[str]) -> bool:
    """Independent oracle: paragraph i's words are a run of another paragraph's words
    (its first word may carry a leading و/ف there), or equal an earlier paragraph."""
    mine = _words(texts[i])
    if len(mine) < MIN_REPEAT_WORDS:
        return False
    for j, other in enumerate(texts):
        theirs = _words(other)
        if j == i or (theirs == mine and j > i):
            continue
        if theirs == mine:
            return True
        for start in range(len(theirs) - len(mine) + 1):
            window = theirs[start : start + len(mine)]
            first_ok = window[0] == mine[0] or window[0] in ("و" + mine[0], "ف" + mine[0])
            if first_ok and window[1:] == mine[1:]:
                return True
    return False


@settings(max_examples=60, deadline=None)
@given(real=st.lists(sentence, min_size=1, max_size=8), data=st.data())
def test_no_real_paragraph_is_lost(real: list[str], data) -> None:
    """Boilerplate anywhere in between; every paragraph that is not a repeat survives."""
    blocks: list[str] = []
    for paragraph in real:
        if data.draw(st.booleans()):
            blocks.extend(data.draw(BOILERPLATE))
        blocks.append(paragraph)
    kept = paragraphs(clean_body("\n\n".join(blocks)))
    for i, paragraph in enumerate(real):
        if not _is_repeat(i, real):
            assert paragraph in kept
    assert all(p in real for p in kept)  # nothing but real paragraphs comes out


@settings(max_examples=60, deadline=None)
@given(
    real=st.lists(st.lists(word, min_size=8, max_size=30), min_size=1, max_size=6),
    data=st.data(),
)
def test_pull_quotes_go_and_originals_stay(real: list[list[str]], data) -> None:
    """A run of >= MIN_REPEAT_WORDS words of a paragraph, set with no-break spaces and
    without the full stop, is removed; the paragraphs themselves all stay."""
    texts = [" ".join(ws) + "." for ws in real]
    source = data.draw(st.integers(0, len(real) - 1))
    words = real[source]
    start = data.draw(st.integers(0, len(words) - MIN_REPEAT_WORDS))
    end = data.draw(st.integers(start + MIN_REPEAT_WORDS, len(words)))
    quote = NBSP.join(words[start:end])
    position = data.draw(st.integers(0, len(texts)))
    blocks = texts[:position] + [quote] + texts[position:]
    kept = paragraphs(clean_body("\n\n".join(blocks)))
    for i, text in enumerate(texts):
        if not _is_repeat(i, texts):
            assert text in kept
    assert quote.replace(NBSP, " ") not in kept or quote.replace(NBSP, " ") + "." in texts


# --------------------------------------------------------------------------- duplicates

ALPHABET = "بتثجحخدذرزسشصطعغفقكلمنهوي"


def distinct_words(n: int, offset: int = 0) -> list[str]:
    """n different Arabic-letter words (base-26 spelling of offset..offset+n)."""
    out = []
    for k in range(offset, offset + n):
        letters = "ا"
        while True:
            k, r = divmod(k, len(ALPHABET))
            letters += ALPHABET[r]
            if k == 0:
                break
        out.append(letters)
    return out


def test_exact_and_near_duplicates_marked_within_outlet() -> None:
    base = distinct_words(60)
    near = base.copy()
    near[30] = "بديلة"  # one word changed in the middle
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d", "e"],
            "outlet": ["X", "X", "X", "X", "Y"],
            "body": [
                " ".join(base),
                " ".join(base),  # exact copy of a
                " ".join(near),
                " ".join(distinct_words(60, offset=500)),  # unrelated
                " ".join(base),  # same text, another outlet
            ],
        }
    )
    found = find_duplicates(articles).set_index("article_id")
    assert sorted(found.index) == ["b", "c"]
    assert found.loc["b", "duplicate_of"] == "a" and found.loc["b", "kind"] == "exact"
    # 60 distinct words -> 56 five-word shingles each. Changing word 30 changes the 5
    # shingles that contain it: 51 shared, union 56 + 5 = 61, Jaccard 51/61.
    assert found.loc["c", "duplicate_of"] == "a" and found.loc["c", "kind"] == "near"
    assert found.loc["c", "similarity"] == round(51 / 61, 3)

    across = find_duplicates(articles, within=None).set_index("article_id")
    assert across.loc["e", "duplicate_of"] == "a"


def test_threshold_is_respected() -> None:
    base = distinct_words(60)
    changed = base.copy()
    changed[30] = "بديلة"  # Jaccard 51/61 = 0.836, as above
    articles = pd.DataFrame({"article_id": ["a", "b"], "body": [" ".join(base), " ".join(changed)]})
    assert find_duplicates(articles, threshold=0.85).empty
    assert find_duplicates(articles, threshold=0.83).similarity.tolist() == [round(51 / 61, 3)]


def test_duplicates_differing_only_in_diacritics_are_exact() -> None:
    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "body": ["اتصالًا هاتفيًا مطولًا", "اتصالا هاتفيا مطولا"]}
    )
    found = find_duplicates(articles)
    assert found.to_dict("records") == [
        {"article_id": "b", "duplicate_of": "a", "kind": "exact", "similarity": 1.0}
    ]


def test_near_duplicate_of_a_duplicate_points_to_a_kept_article() -> None:
    base = distinct_words(80)
    one = base.copy()
    one[40] = "بديلة"
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "body": [" ".join(base), " ".join(one), " ".join(one)]}
    )
    found = find_duplicates(articles).set_index("article_id")
    assert found.duplicate_of.to_dict() == {"b": "a", "c": "a"}


def test_many_articles_only_true_pairs() -> None:
    words = [distinct_words(50, offset=100 * k) for k in range(300)]
    words.append(words[123][:25] + ["بديلة"] + words[123][26:])
    bodies = [" ".join(w) for w in words]
    articles = pd.DataFrame({"article_id": [f"n{k}" for k in range(301)], "body": bodies})
    found = find_duplicates(articles)
    assert found[["article_id", "duplicate_of"]].values.tolist() == [["n300", "n123"]]
    assert found.similarity.iat[0] == round(41 / 51, 3)  # 46 shingles, 5 changed


def test_fingerprints_made_in_batches_find_the_same_pairs() -> None:
    # the loader fingerprints comparison texts batch by batch while cleaning; the search on
    # those must find what the search on the texts finds (hand-made pairs as above)
    words = [distinct_words(50, offset=100 * k) for k in range(40)]
    words.append(words[7][:25] + ["بديلة"] + words[7][26:])  # near copy of n7: 41/51
    words.append(words[12])  # exact copy of n12
    bodies = [" ".join(w) for w in words]
    articles = pd.DataFrame({"article_id": [f"n{k}" for k in range(42)], "body": bodies})
    comparisons = [comparison_text(b) for b in bodies]
    parts = [Fingerprints.of(comparisons[i : i + 16]) for i in range(0, 42, 16)]
    found = find_duplicates(articles, fingerprints=Fingerprints.joined(parts))
    assert found.to_dict("records") == [
        {"article_id": "n40", "duplicate_of": "n7", "kind": "near", "similarity": 0.804},
        {"article_id": "n41", "duplicate_of": "n12", "kind": "exact", "similarity": 1.0},
    ]
    assert found.equals(find_duplicates(articles, comparison_texts=comparisons))


def test_empty_bodies_are_not_duplicates() -> None:
    articles = pd.DataFrame({"article_id": ["a", "b"], "body": ["", ""]})
    assert find_duplicates(articles).empty


def test_brackets_and_symbols_in_prose_stay() -> None:
    text = "سعر البرميل (برنت) ارتفع إلى 80 دولارًا [تقديرات] + 2% في جلسة اليوم."
    assert clean_body(text) == text

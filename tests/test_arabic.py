"""Tests for helpers.arabic: normalisation, tokens, sentences, the Analyzer (clitics and stems:
test_clitics.py)."""

from __future__ import annotations

import pickle
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.feature_extraction.text import CountVectorizer

from helpers.analyzer import Analyzer
from helpers.arabic import (
    DIACRITICS,
    INVISIBLE,
    STOPWORDS,
    fold,
    is_arabic_text,
    normalize,
    sentence_spans,
    sentences,
    token_spans,
    tokenize,
    word_count,
)
from helpers.clitics import stem

# --------------------------------------------------------------------------- is it Arabic?


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        # counted by hand: 2 Arabic letters of 4 letters (half is enough), 2 of 5 is not
        ("ab سم", True),
        ("abc سم", False),
        # U+06FD is in the Arabic letter range but is no letter: 2 Arabic of 2 letters
        ("ab \u06fd\u06fd", True),
        # beyond the Basic Multilingual Plane (emoji, a math letter) and a lone surrogate:
        # read by the patterns, with the same rule (𝐀 is a letter: 3 Arabic of 4 letters)
        ("😀 روس", True),
        ("𝐀𝐀𝐀 ر", False),
        ("\ud800 روس ab", True),
        ("١٢٣ ...", False),  # digits and punctuation: no letter at all
        # letters of the BMP far from Arabic (CJK, Latin with accents) count as letters
        ("中文 رس", True),
        ("中文字 رس", False),
        ("éèà ﻻ ر", False),  # the presentation form ﻻ is an Arabic letter, not in the range
    ],
)
def test_arabic_text_counts_letters_as_the_patterns_do(text, arabic):
    assert is_arabic_text(text) is arabic


# --------------------------------------------------------------------------- normalize


@pytest.mark.parametrize(
    ("flag", "text", "on", "off"),
    [
        ("diacritics", "اتِّصالًا", "اتصالا", "اتِّصالًا"),
        ("diacritics", "هٰذا", "هذا", "هٰذا"),  # dagger alef U+0670
        ("tatweel", "كـــتاب", "كتاب", "كـــتاب"),
        ("alef", "أإآٱ", "اااا", "أإآٱ"),
        ("alef_maqsura", "على", "علي", "على"),
        ("teh_marbuta", "قوة", "قوه", "قوة"),
        ("hamza", "مسؤول رئيس", "مسوول رييس", "مسؤول رئيس"),
        ("digits", "٢٠٢١ ۱۴۰۰ ٣٫٥ ١٬٠٠٠", "2021 1400 3.5 1,000", "٢٠٢١ ۱۴۰۰ ٣٫٥ ١٬٠٠٠"),
        ("punctuation", "،؛؟٪«»", ',;?%""', "،؛؟٪«»"),
        ("persian_letters", "کی", "كي", "کی"),
    ],
)
def test_each_normalisation_flag(flag, text, on, off):
    assert normalize(text, **{flag: True}) == on
    assert normalize(text, **{flag: False}) == off


def test_normalisation_defaults():
    # teh marbuta and hamza carriers are kept by default, everything else is folded
    assert normalize("قُوَّةٌ مسؤولة أُوكرانيا مستشفى ٣") == "قوة مسؤولة اوكرانيا مستشفي 3"


def test_invisible_characters_go_and_odd_spaces_become_spaces():
    assert normalize("\u200fروسيا\u200b\ufeff") == "روسيا"
    assert normalize("بوتين\u00a0وبايدن\u202fمعا") == "بوتين وبايدن معا"


_ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئ")
        + list(DIACRITICS)
        + list("\u0640\u200c\u200f\u00a0 .،؟!\n٠١٢٣٩0123۴abcZ«»")
    ),
    max_size=60,
)
_FLAGS = st.fixed_dictionaries(
    {
        name: st.booleans()
        for name in ("diacritics", "alef", "teh_marbuta", "hamza", "digits", "punctuation")
    }
)


@settings(max_examples=300, deadline=None)
@given(_ARABIC_TEXT, _FLAGS)
def test_normalize_is_idempotent_and_never_lengthens(text, flags):
    once = normalize(text, **flags)
    assert normalize(once, **flags) == once
    assert len(once) <= len(text)


# --------------------------------------------------------------------------- tokens

_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")


def test_tokens_keep_marked_words_whole_and_skip_punctuation():
    text = "أجرى اتصالًا، بلغ 3.5% و٣٫٥ و1,000 دولار (Getty) الشدّة!"
    assert tokenize(text) == [
        "أجرى",
        "اتصالًا",
        "بلغ",
        "3.5",
        "و",
        "٣٫٥",
        "و",
        "1,000",
        "دولار",
        "Getty",
        "الشدّة",
    ]


def test_token_spans_index_the_text():
    text = "قال  بوتين: «لا»"
    spans = token_spans(text)
    assert spans == [("قال", 0, 3), ("بوتين", 5, 10), ("لا", 13, 15)]
    assert all(text[s:e] == t for t, s, e in spans)


@settings(max_examples=300, deadline=None)
@given(_ARABIC_TEXT)
def test_tokenize_never_loses_a_letter(text):
    letters = _ARABIC_LETTER.findall(text)
    assert _ARABIC_LETTER.findall("".join(tokenize(text))) == letters


@settings(max_examples=300, deadline=None)
@given(_ARABIC_TEXT)
def test_normalising_tokens_equals_tokenising_normalised_text(text):
    # The Analyzer relies on this: it tokenises raw text and normalises each distinct token.
    assert [normalize(t) for t in tokenize(text)] == tokenize(normalize(text))


# --------------------------------------------------------------------------- sentences


def test_sentences_split_on_arabic_and_latin_marks_and_line_breaks():
    text = "بدأت المحادثات. هل تنجح؟ قال: لا! ثم ماذا… انتظر\nسطر جديد"
    assert sentences(text) == [
        "بدأت المحادثات.",
        "هل تنجح؟",
        "قال: لا!",
        "ثم ماذا…",
        "انتظر",
        "سطر جديد",
    ]


def test_the_arabic_semicolon_keeps_the_explaining_clause_in_its_sentence():
    text = "تتحمل روسيا المسؤولية؛ فحشودها تهديد. انتهى"
    assert sentences(text) == ["تتحمل روسيا المسؤولية؛ فحشودها تهديد.", "انتهى"]


def test_sentences_do_not_split_decimals_initials_or_abbreviations():
    text = "قال د. أحمد إن النمو بلغ 3.5 بالمئة. ورد J. Biden بأن أ.ف.ب نقلت الخبر."
    assert sentences(text) == [
        "قال د. أحمد إن النمو بلغ 3.5 بالمئة.",
        "ورد J. Biden بأن أ.ف.ب نقلت الخبر.",
    ]


def test_a_glued_dot_in_spelt_out_letters_or_a_web_address_ends_no_sentence():
    text = 'وقال المزارع لـ"العربية.نت" إنه باق. وبثت شبكة سي.إن.إن وموقع بيت.كوم الخبر.ثم انتهى'
    assert sentences(text) == [
        'وقال المزارع لـ"العربية.نت" إنه باق.',
        "وبثت شبكة سي.إن.إن وموقع بيت.كوم الخبر.",
        "ثم انتهى",
    ]


def test_sentences_keep_closing_quotes_and_split_glued_marks():
    assert sentences("قال «انتهى.» ثم انصرف.وعاد") == ["قال «انتهى.»", "ثم انصرف.", "وعاد"]


def test_sentence_spans_are_trimmed_offsets():
    text = "  أولى.   ثانية؟\n\n ثالثة  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["أولى.", "ثانية؟", "ثالثة"]
    assert spans[0] == (2, 7)


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="stem level"):
        stem("كتاب", "heavy")
    with pytest.raises(ValueError, match="stem level"):
        Analyzer(stem="heavy")
    with pytest.raises(ValueError, match="ngram_range"):
        Analyzer(ngram_range=(2, 1))
    with pytest.raises(TypeError, match="colour"):
        Analyzer(normalize_options={"colour": True})


# --------------------------------------------------------------------------- stopwords


def test_stopwords_are_normalised():
    assert {"في", "الي", "علي", "ان", "هذا", "الذي"} <= STOPWORDS  # إلى, على, أن written plain
    assert "إلى" not in STOPWORDS and "على" not in STOPWORDS
    assert all(normalize(w) == w for w in STOPWORDS)


# --------------------------------------------------------------------------- analyzer

_SENTENCE = "وفي هذا الإطار، أكد وزير الخارجية الروسي لافروف أن روسيا لن تقبل بأن يتم توسيع الناتو"


def test_default_analyzer_terms():
    # وفي هذا أكد أن لن بأن يتم are stopwords (وفي, بأن behind clitics); the rest loses
    # the article.
    assert Analyzer()(_SENTENCE) == [
        "اطار",
        "وزير",
        "خارجية",
        "روسي",
        "لافروف",
        "روسيا",
        "تقبل",
        "توسيع",
        "ناتو",
    ]


def test_analyzer_options():
    text = "قال الوزير إن 3 وزراء في Brussels"
    assert Analyzer(stopwords=False)(text) == ["قال", "وزير", "ان", "وزراء", "في", "brussels"]
    assert Analyzer(keep_numbers=True)(text) == ["وزير", "3", "وزراء", "brussels"]
    assert Analyzer(stopwords=["وزير"])(text) == ["قال", "ان", "وزراء", "في", "brussels"]
    assert Analyzer(stem=None)(text) == ["الوزير", "وزراء", "brussels"]
    assert Analyzer(min_length=6)(text) == ["brussels"]


def test_ngrams_join_consecutive_kept_terms():
    analyzer = Analyzer(ngram_range=(1, 2))
    assert analyzer("العقوبات الأمريكية على روسيا") == [
        "عقوبات",
        "امريكية",
        "روسيا",
        "عقوبات امريكية",
        "امريكية روسيا",
    ]
    assert Analyzer(ngram_range=(2, 2))("العقوبات الأمريكية على روسيا") == [
        "عقوبات امريكية",
        "امريكية روسيا",
    ]


def test_term_spans_read_the_longest_name_and_the_tokens_it_covers():
    # الولايات المتحدة and الولايات المتحدة الأمريكية are both names: the longer one wins where
    # it is written whole (tokens 0-2, a clitic on the first), the shorter where the third word
    # is another (الأمريكي, an adjective: tokens 5-6, then its own term at 7).
    tokens = tokenize("وللولايات المتحدة الأمريكية موقف ثم الولايات المتحدة الأمريكي")
    terms, firsts, lasts = Analyzer().term_spans(tokens)
    assert terms == ["الولايات المتحدة الامريكية", "موقف", "الولايات المتحدة", "امريكي"]
    assert (firsts, lasts) == ([0, 3, 5, 7], [2, 3, 6, 7])
    assert terms == Analyzer()(" ".join(tokens))  # what the counts read
    # without the names table every word is its own term, each its own token
    terms, firsts, lasts = Analyzer(names=False).term_spans(tokens[:2])
    assert (terms, firsts, lasts) == (["ولايات", "متحدة"], [0, 1], [0, 1])


def test_terms_of_tokens_split_elsewhere_are_the_terms_of_the_text():
    text = "وفرضت الولايات المتحدة العقوبات الأمريكية على روسيا"
    tokens = tokenize(text)
    for analyzer in (Analyzer(), Analyzer(stem="light"), Analyzer(ngram_range=(1, 2))):
        assert analyzer.of_tokens(tokens) == analyzer(text)
    assert Analyzer(ngram_range=(2, 2)).of_tokens(tokenize("العقوبات الأمريكية على روسيا")) == [
        "عقوبات امريكية",
        "امريكية روسيا",
    ]


def test_normalize_options_apply_to_protected_words_and_stopwords():
    analyzer = Analyzer(normalize_options={"teh_marbuta": True})
    # وزاره (ة folded to ه) is still protected; هذه is still a stopword
    assert analyzer("هذه الوزارة ووزارة") == ["وزاره", "وزاره"]


def test_sklearn_pitfall_and_fix():
    docs = ["أجرى اتصالًا هاتفيًا", "اتصالا جديدا"]
    # scikit-learn's default token pattern cuts words at the tanwin: اتصالًا -> اتصال + ا
    default = CountVectorizer().fit(docs)
    assert "اتصال" in default.vocabulary_ and "اتصالا" in default.vocabulary_
    ours = CountVectorizer(analyzer=Analyzer()).fit(docs)
    assert sorted(ours.vocabulary_) == ["اتصالا", "اجري", "جديدا", "هاتفيا"]
    counts = ours.transform(docs).toarray()
    assert counts[:, ours.vocabulary_["اتصالا"]].tolist() == [1, 1]
    assert sorted(clone(ours).fit(docs).vocabulary_) == sorted(ours.vocabulary_)


def test_analyzer_pickles_without_its_cache():
    analyzer = Analyzer(stem="light", ngram_range=(1, 2))
    fresh = pickle.dumps(analyzer)
    result = analyzer(_SENTENCE)
    assert pickle.dumps(analyzer) == fresh  # the term cache is not shipped
    assert pickle.loads(fresh)(_SENTENCE) == result


def test_term_of_one_token():
    analyzer = Analyzer()
    assert analyzer.term("وبوتين") == "بوتين"
    assert analyzer.term("وفي") is None


def test_pipe_matches_serial_on_two_processes():
    texts = [_SENTENCE, "وقال بوتين", "", "العقوبات الأمريكية"] * 3
    analyzer = Analyzer()
    assert analyzer.pipe(texts, n_jobs=2) == [analyzer(t) for t in texts]


# --------------------------------------------------------------------------- real data


def test_real_articles_tokenise_without_losing_letters(shared_data):
    path = shared_data / "ant_corpus_v2.1_multisource" / "ant_v2.1_multisource.csv.gz"
    texts = pd.read_csv(path, usecols=["text"], nrows=300)["text"].fillna("").tolist()
    analyzer = Analyzer(stem=None, stopwords=False, min_length=1, names=False)  # every token
    for text in texts:
        tokens = tokenize(text)
        assert _ARABIC_LETTER.findall("".join(tokens)) == _ARABIC_LETTER.findall(text)
        expected = [t.lower() for t in tokenize(normalize(text)) if not t[0].isdigit()]
        assert analyzer(text) == expected


# --------------------------------------------------------------------------- one text core


def test_every_reader_deletes_the_same_invisible_characters():
    # a word joiner and a soft hyphen used to survive normalize (cleaning removed them, the
    # analyzer and the gazetteer did not): one list now serves both
    from helpers.actors import find_mentions
    from helpers.cleaning import clean_body

    for mark in INVISIBLE:
        word = f"رو{mark}سيا"
        assert normalize(word) == "روسيا"
        assert clean_body(f"قالت {word} ذلك.") == "قالت روسيا ذلك."
        assert tokenize(f"قالت {word} ذلك") == ["قالت", word, "ذلك"]
    found = find_mentions(pd.DataFrame({"article_id": [1], "body": ["قالت رو\u2060سيا ذلك"]}))
    assert found["actor"].tolist() == ["russia"]


def test_fold_merges_teh_marbuta_and_hamza_carriers_and_keeps_offsets():
    assert fold("الجزائر") == fold("الجزاير") == "الجزاير"
    assert fold("روسية") == "روسيه"
    assert fold("أوكرانيا") == "اوكرانيا"
    assert len(fold("الجزائرُ\u200b")) == len("الجزائر")


def test_analyzer_term_cache_is_bounded(monkeypatch) -> None:
    import helpers.analyzer as analyzer

    # A bound of 4 keeps two generations of at most 2 tokens each.
    monkeypatch.setattr(analyzer, "TERM_CACHE_SIZE", 4)
    bounded, unbounded = Analyzer(), Analyzer()
    unbounded._terms.generation = 10**6
    tokens = ["وبوتين", "لروسيا", "بالعقوبات", "والاتفاق", "الرئيس"]
    assert [bounded.term(t) for t in tokens] == [unbounded.term(t) for t in tokens]
    # 5 tokens: {1, 2} -> previous {1, 2}, current {3, 4} -> previous {3, 4}, current {5}
    cache = bounded._terms
    assert set(cache) == {"الرئيس"} and set(cache.previous) == {"بالعقوبات", "والاتفاق"}
    # a token of the previous generation moves back into the current one, with its term
    assert bounded.term("بالعقوبات") == unbounded.term("بالعقوبات")
    assert set(cache) == {"الرئيس", "بالعقوبات"}
    text = " ".join(tokens * 3) + " وزارته في موسكو"
    assert bounded.terms(text) == unbounded.terms(text)
    assert len(cache) <= 2 and len(cache.previous) <= 2
    assert len(unbounded._terms) == 8  # 5 tokens + وزارته, في, موسكو: nothing dropped


def test_word_count_counts_tokens_not_punctuation():
    # أجرى | اتصالًا | بلغ | 3.5 | دولار: the comma, % and brackets are no tokens
    assert word_count("أجرى اتصالًا، بلغ 3.5% (دولار)") == 5
    assert word_count("") == 0
    assert word_count("  ،؛ !") == 0

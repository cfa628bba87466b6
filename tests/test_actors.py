"""Tests for helpers.actors: gazetteer loading and mention finding, counted by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.actors import (
    Gazetteer,
    Mention,
    _Readings,
    _readings,
    find_mentions,
    load_gazetteer,
    mention_rows,
    mentions_in,
    mentions_with_sentences,
)
from helpers.arabic import fold, normalize, sentence_spans
from helpers.clitics import stem


def _frame(*bodies: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(bodies))], "body": bodies})


def _actors(text: str) -> list[str]:
    return [m.actor for m in mentions_in(text)]


# --------------------------------------------------------------------------- gazetteer


def test_bundled_gazetteer_has_the_required_actors_and_columns():
    gazetteer = load_gazetteer()
    assert isinstance(gazetteer, Gazetteer)
    for actor in ("russia", "usa", "ukraine", "nato", "eu", "china", "un", "osce", "turkey"):
        assert actor in gazetteer.ids
    assert {"actor", "display_name", "alias", "kind"} <= set(gazetteer.actors.columns)
    putin = gazetteer.actors.set_index("alias").loc["بوتين"]
    assert (putin["actor"], putin["kind"]) == ("russia", "person")
    assert set(gazetteer.actors["kind"]) <= {
        "country",
        "org",
        "capital",
        "institution",
        "person",
        "adjective",
    }


def test_every_one_word_alias_survives_clitic_stripping():
    # The Analyzer must count a name as the gazetteer writes it: كييف, بيربوك, لافروف whole,
    # الكرملين without its article.
    for alias in load_gazetteer().actors["alias"]:
        if " " in alias:
            continue
        expected = alias[2:] if alias.startswith("ال") else alias
        assert stem(normalize(alias)) == normalize(expected), alias


# --------------------------------------------------------------------------- matching


def test_clitics_are_read_through_but_names_stay_whole():
    text = "ولبنان لواشنطن بكييف وبوتين لروسيا بالكرملين"
    found = mentions_in(text)
    # ولبنان is no actor; the other five words are, one each.
    assert [(m.actor, m.alias) for m in found] == [
        ("usa", "واشنطن"),
        ("ukraine", "كييف"),
        ("russia", "بوتين"),
        ("russia", "روسيا"),
        ("russia", "الكرملين"),
    ]
    # offsets cover the whole token, clitics included
    assert [text[m.start : m.end] for m in found] == [
        "لواشنطن",
        "بكييف",
        "وبوتين",
        "لروسيا",
        "بالكرملين",
    ]


def test_spelling_variants_and_diacritics_fold():
    text = "أوكرانيا واوكرانيا الأمريكي والأميركية بوتن وبوتين الرُّوسِيّ"
    assert _actors(text) == ["ukraine", "ukraine", "usa", "usa", "russia", "russia", "russia"]


def test_multiword_aliases_longest_match_and_one_token_one_mention():
    text = (
        "وللولايات المتحدة الأمريكية موقف. "  # 1 usa (three tokens, one mention)
        "وعقد حلف الشمال الأطلسي ولحلف شمال الأطلسي قمة. "  # 2 nato (the seed's spelling too)
        "أما روسيا البيضاء فليست روسيا. "  # 1 belarus, then 1 russia
        "وقال البيت الأبيض"  # 1 usa
    )
    found = mentions_in(text)
    assert [m.actor for m in found] == ["usa", "nato", "nato", "belarus", "russia", "usa"]
    assert found[0].alias == "الولايات المتحدة الأمريكية"
    assert text[found[0].start : found[0].end] == "وللولايات المتحدة الأمريكية"


def test_multiword_alias_does_not_cross_punctuation():
    assert _actors("الولايات، المتحدة") == []


def test_short_aliases_need_a_safe_clitic_reading():
    # بروس (Bruce) is not ب + روس; روس (Russians) alone is.
    assert _actors("قال بروس إن مسؤولين روس وصلوا") == ["russia"]


def test_excluded_phrases_produce_no_mention():
    text = (
        "زار أمريكا اللاتينية. "  # not usa
        "وفاز باريس سان جيرمان. "  # not france
        "وقال مجلس الأمن القومي. "  # not the UN
        "واجتمع مجلس الأمن الدولي"  # un
    )
    assert _actors(text) == ["un"]


def test_sports_names_are_not_the_alliance_or_the_union():
    text = (
        "وهتف مشجعو أسود الأطلسي طويلا. "  # Morocco's team, not NATO
        "وعاقب الاتحاد الأوروبي للعبة النادي. "  # UEFA, not the EU
        "وانطلق مونديال روسيا. "  # the 2018 World Cup, an event
        "واجتمع وزراء حلف الأطلسي"  # nato
    )
    assert _actors(text) == ["nato"]


def test_a_nationality_word_inside_a_person_name_is_not_the_country():
    text = (
        "وسجل لاعب الوسط دي روسي هدف الفوز. "  # a family name, not russia
        "وقال المتحدث تركي المالكي إن الدفاعات اعترضت صاروخين. "  # a given name, not turkey
        "واستقبل تركي آل الشيخ الوفد. "  # a given name before آل, not turkey
        "والتقى الأمير تركي بن عبدالله السفير. "  # before بن, not turkey
        "ووقع فان روسي العقد. "  # after a family-name particle, not russia
        "ووصل وفد تركي إلى موسكو"  # turkey, then russia
    )
    assert _actors(text) == ["turkey", "russia"]


def test_brussels_counts_for_the_eu_but_is_flagged():
    mentions = find_mentions(_frame("وصل إلى بروكسل. ثم الاتحاد الأوروبي"))
    assert mentions["actor"].tolist() == ["eu", "eu"]
    assert mentions["ambiguous"].tolist() == [True, False]


def test_hand_counted_sentences():
    body = (
        "أجرى الرئيس الأمريكي بايدن اتصالا مع بوتين. "  # usa 2 (الأمريكي, بايدن), russia 1
        "وقالت موسكو إن الكرملين يرفض توسع الناتو؟ "  # russia 2, nato 1
        "ورد زيلينسكي من كييف"  # ukraine 2
    )
    mentions = find_mentions(_frame(body))
    assert mentions.groupby("actor").size().to_dict() == {
        "usa": 2,
        "russia": 1 + 2,
        "nato": 1,
        "ukraine": 2,
    }
    assert mentions["sentence_index"].tolist() == [0, 0, 0, 1, 1, 1, 2, 2]
    assert mentions["sentence"].iloc[3] == "وقالت موسكو إن الكرملين يرفض توسع الناتو؟"


def test_mentions_without_sentences_are_the_same_spans():
    body = "أجرى الرئيس الأمريكي بايدن اتصالا مع بوتين. وقالت موسكو إن الكرملين يرفض توسع الناتو؟"
    frame = _frame(body, "لا أحد هنا").assign(outlet=["A", "B"])
    spans = find_mentions(frame, sentences=False)
    assert "sentence" not in spans and "sentence_index" not in spans
    surfaces = ["الأمريكي", "بايدن", "بوتين", "موسكو", "الكرملين", "الناتو"]
    assert spans["surface"].tolist() == surfaces
    assert [body[s:e] for s, e in zip(spans["start"], spans["end"], strict=True)] == surfaces
    assert spans["outlet"].tolist() == ["A"] * 6  # the kept columns as before
    full = find_mentions(frame)
    pd.testing.assert_frame_equal(spans, full.drop(columns=["sentence", "sentence_index"]))
    assert spans.attrs == full.attrs  # read by mention_rows as a scan of these actors


def test_saudi_arabia_by_country_capital_person_and_adjective():
    body = (
        "واستقبل ولي العهد السعودي محمد بن سلمان الوزير في الرياض. "  # adjective, person, capital
        "وقالت المملكة العربية السعودية إن الرياض ترحب بالاتفاق"  # the longest match, then capital
    )
    mentions = find_mentions(_frame(body))
    assert mentions["actor"].tolist() == ["saudi"] * 5
    assert mentions["alias"].tolist() == [
        "السعودي",
        "محمد بن سلمان",
        "الرياض",
        "المملكة العربية السعودية",
        "الرياض",
    ]
    assert mentions["kind"].tolist() == ["adjective", "person", "capital", "country", "capital"]


def test_mention_rows_point_into_the_body():
    body = "في الصباح، قال لافروف:\nإن روسيا جاهزة."
    mentions = find_mentions(_frame(body))
    for row in mentions.itertuples():
        assert body[row.start : row.end] == row.surface
        start, end = sentence_spans(body)[row.sentence_index]
        assert row.sentence == body[start:end]
        assert start <= row.start < row.end <= end
    assert mentions["sentence"].tolist() == ["في الصباح، قال لافروف:", "إن روسيا جاهزة."]


def test_mention_rows_read_a_scan_that_covers_the_actors():
    articles = _frame("لا شيء هنا", "قال بوتين في موسكو", "الناتو وروسيا")
    gazetteer = load_gazetteer()
    scanned = mention_rows(articles, gazetteer, ["russia"])
    # positions, not ids: Putin and Moscow in the second article, Russia in the third
    assert scanned[["article_id", "alias"]].values.tolist() == [
        [1, "بوتين"],
        [1, "موسكو"],
        [2, "روسيا"],
    ]
    every = find_mentions(articles, gazetteer)
    read = mention_rows(articles, gazetteer, ["russia"], every)
    pd.testing.assert_frame_equal(read, scanned)
    # the rows handed in are the ones read: without Moscow's row there is no Moscow
    fewer = every[every["alias"] != "موسكو"]
    assert mention_rows(articles, gazetteer, ["russia"], fewer)["alias"].tolist() == [
        "بوتين",
        "روسيا",
    ]


def test_mention_rows_scan_when_the_frame_does_not_cover_the_actors():
    articles = _frame("بوتين وبايدن")
    gazetteer = load_gazetteer()
    usa_only = find_mentions(articles, gazetteer, ["usa"])
    assert usa_only.attrs["actors"] == ["usa"]
    assert mention_rows(articles, gazetteer, ["russia"], usa_only)["alias"].tolist() == ["بوتين"]
    # another gazetteer's rows are not read either
    other = usa_only.copy()
    other.attrs.update(actors=gazetteer.ids, gazetteer="mine.toml")
    assert mention_rows(articles, gazetteer, ["russia"], other)["alias"].tolist() == ["بوتين"]


def test_a_scan_for_more_actors_reads_belarus_as_belarus():
    articles = _frame("زار الوفد روسيا البيضاء")
    gazetteer = load_gazetteer()
    alone = mention_rows(articles, gazetteer, ["russia"])
    assert alone["surface"].tolist() == ["روسيا"]  # the russia-only gazetteer has no Belarus
    every = find_mentions(articles, gazetteer)
    assert every["actor"].tolist() == ["belarus"]
    assert mention_rows(articles, gazetteer, ["russia"], every).empty


# --------------------------------------------------------------------------- the seed


def test_seed_counts(seed_path):
    body = seed_path.read_text(encoding="utf-8")
    mentions = find_mentions(pd.DataFrame({"article_id": ["seed"], "body": [body]}))
    russia = mentions[mentions["actor"] == "russia"]
    # Putin, spelled two ways: بوتن twice (paragraph 1 and its pull quote); بوتين four times
    # (بين بايدن وبوتين, ونبه بوتين, حذر بوتين, قمة بايدن – بوتين).
    assert russia.groupby("alias").size()[["بوتن", "بوتين"]].tolist() == [2, 4]
    # russia: روسيا 8 + موسكو 6 + الكرملين 2 + لافروف 2 + بيسكوف 1 + أوشاكوف 1 + Putin 2 + 4
    #         + adjectives الروسي 11 + الروسية 3 + روسي 1                        = 41
    # usa:    بايدن 7 + واشنطن 2 + بلينكن 2 + الولايات المتحدة 4 + البيت الأبيض 1
    #         + الأمريكي 7 + الأمريكية 3                                      = 26
    #         (the one misspelt «بادين» is not an alias)
    # ukraine: أوكرانيا 9 (two of them لأوكرانيا) + الأوكراني 3 + الأوكرانية 3
    #         + زيلينسكي 2                                                    = 17
    # nato:   حلف الشمال الأطلسي 3 (one as لحلف) + الناتو 2                    = 5
    # eu:     الاتحاد الأوروبي 1 + بروكسل 1 = 2;  osce: 2;  «مجلس الأمن القومي» is not the UN
    assert mentions.groupby("actor").size().to_dict() == {
        "russia": 41,
        "usa": 26,
        "ukraine": 17,
        "nato": 5,
        "eu": 2,
        "osce": 2,
    }


# --------------------------------------------------------------------------- options, input


def test_actor_filter_and_kept_columns():
    articles = _frame("بوتين وبايدن", "لا شيء هنا", "الناتو")
    articles["outlet"] = ["x", "y", "z"]
    mentions = find_mentions(articles, actors=["russia", "nato"])
    assert mentions[["article_id", "actor", "outlet"]].values.tolist() == [
        ["a0", "russia", "x"],
        ["a2", "nato", "z"],
    ]
    with pytest.raises(ValueError, match="unknown actors"):
        find_mentions(articles, actors=["atlantis"])


def test_missing_columns_and_missing_bodies():
    with pytest.raises(ValueError, match=r"lack the column\(s\) \[.article_id.\]"):
        find_mentions(pd.DataFrame({"body": ["روسيا"]}))
    articles = pd.DataFrame({"article_id": [1, 2], "body": [None, "روسيا"]})
    mentions = find_mentions(articles)
    assert mentions["article_id"].tolist() == [2]
    empty = find_mentions(pd.DataFrame({"article_id": [], "body": []}))
    assert list(empty.columns[:10]) == [
        "article_id",
        "actor",
        "alias",
        "kind",
        "surface",
        "ambiguous",
        "sentence",
        "sentence_index",
        "start",
        "end",
    ]
    assert len(empty) == 0


def test_mentions_in_returns_mentions():
    assert mentions_in("قال بوتن") == [Mention("russia", "بوتن", 4, 8)]


# --------------------------------------------------------------------------- user gazetteers

_TOML = """
[mars]
name = "المريخ"
country = ["المريخ"]
person = ["ماسك"]
exclude = ["شوكولاتة المريخ"]
"""


def test_user_gazetteer_toml_and_yaml(tmp_path):
    toml = tmp_path / "g.toml"
    toml.write_text(_TOML, encoding="utf-8")
    yaml = tmp_path / "g.yaml"
    yaml.write_text(
        "mars:\n  name: المريخ\n  country: [المريخ]\n  person: [ماسك]\n"
        "  exclude: [شوكولاتة المريخ]\n",
        encoding="utf-8",
    )
    text = "قال ماسك إن للمريخ مستقبلا، لا لشوكولاتة المريخ"
    for path in (toml, yaml):
        gazetteer = load_gazetteer(path)
        assert gazetteer.ids == ["mars"]
        assert [(m.alias, m.start) for m in mentions_in(text, gazetteer)] == [
            ("ماسك", 4),
            ("المريخ", 12),
        ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no actors"),
        ('[x]\nname = "س"\ncolour = ["أحمر"]\n', "unknown keys"),
        ('[x]\nname = "س"\n', "lists no aliases"),
        ('[x]\nname = "س"\ncountry = [3]\n', "non-text"),
        ('[x]\nname = "س"\ncountry = ["روسيا"]\n[y]\nname = "ص"\ncountry = ["روسيا"]\n', "same"),
    ],
)
def test_bad_gazetteers_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_gazetteer(path)


def test_gazetteer_protected_words_feed_the_analyzer(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text('[x]\nname = "س"\ncountry = ["بلومبرغ", "الكرملين"]\n', encoding="utf-8")
    gazetteer = load_gazetteer(path)
    assert gazetteer.protected_words == {"بلومبرغ", "كرملين"}
    # بلومبرغ starts with ب and would lose it; protected, it stays whole
    assert stem("وبلومبرغ") == "لومبرغ"
    assert stem("وبلومبرغ", protected=gazetteer.protected_words) == "بلومبرغ"


def test_sentences_are_read_only_for_an_article_naming_a_wanted_actor():
    gazetteer = load_gazetteer()
    text = "زار وزير الخارجية الصيني موسكو. وبحث مع نظيره الروسي العلاقات."
    assert mentions_with_sentences(text, gazetteer, {"usa"}) is None
    read = mentions_with_sentences(text, gazetteer, {"china"})
    assert read == mentions_with_sentences(text, gazetteer)
    assert read.spans == sentence_spans(text)
    assert [(index, m.actor) for index, m, _, _ in read.mentions] == [
        (0, "china"),
        (0, "russia"),
        (1, "russia"),
    ]


def test_the_readings_cache_keeps_every_reading_found_in_its_vocabulary():
    vocabulary = frozenset({"الولايات", "ولايات", "حلف", "روسيا", "الكرملين", "كرملين", "بروس"})
    tokens = ["للولايات", "ولحلف", "بروسيا", "وبالكرملين", "فالكرملين", "بروس", "لروس", "كتاب",
              "لل", "و", "والولايات", "ب", "روسيّا", "ولروسيا"]  # fmt: skip
    cache = _Readings(vocabulary)
    for token in tokens:
        expected = tuple(r for r in _readings(fold(token)) if r[0] in vocabulary)
        assert cache[token] == expected, token
    assert cache["للولايات"] == (("الولايات", True),)  # ل + ال, its alef dropped
    assert cache["ولروسيا"] == (("روسيا", True),)  # two clitics off
    assert cache["كتاب"] == ()

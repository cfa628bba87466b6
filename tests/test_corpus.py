"""Loading: the seed and the bundled corpus, every format and encoding, every bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import ARTICLE_COLUMNS, LoadReport, load_corpus
from helpers.progress import PROGRESS_ENV

NBSP = "\u00a0"

ARTICLES = pd.DataFrame(
    {
        "id": ["w-1", "w-2", "w-3"],
        "source": ["صوت الشرق", "المرصد الأطلسي", "منبر التحليل"],
        "cat": ["politics", "politics", "sport"],
        "date": ["10 كانون الثاني/يناير 2022", "2022-01-11", "14 جانفي 2022"],
        "title": ["محادثات جنيف", "مجلس الناتو وروسيا", "نهائي كأس العرب"],
        "author": ["القسم الدولي", "مكتب بروكسل", "القسم الرياضي"],
        "text": [
            "بدأت في جنيف محادثات الاستقرار بين الوفدين.\nوقال دبلوماسي إن الأجواء جدية.",
            "عقد مجلس الناتو وروسيا اجتماعه في بروكسل.\nولم يصدر بيان مشترك بعد الاجتماع.",
            "توج المنتخب الجزائري بلقب كأس العرب.\nوأقيمت المباراة النهائية في الخور.",
        ],
    }
)
EXPECTED_DATES = [
    pd.Timestamp("2022-01-10"),
    pd.Timestamp("2022-01-11"),
    pd.Timestamp("2022-01-14"),
]


def plain_article(date: str = "31-ديسمبر-2021", body: str | None = None) -> str:
    """An article in the seed's layout."""
    body = body or "أجرى الرئيسان اتصالًا هاتفيًا مطولًا.\n\nوتناول الاتصال الوضع في أوكرانيا."
    return f"{date}\n\nمحادثات هاتفية بين الرئيسين (Getty)\n\nصوت الشرق – القسم الدولي\n\n{body}\n"


def report_row(corpus, name: str) -> pd.Series:
    """The file row of the report for the file called ``name``."""
    table = corpus.report.table
    rows = table[table.source_path.str.endswith(name) & table.record.isna()]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def assert_articles_match(articles: pd.DataFrame) -> None:
    """The three ARTICLES came back with their metadata under our column names."""
    articles = articles.set_index("article_id").loc[["w-1", "w-2", "w-3"]]
    assert articles.outlet.tolist() == ARTICLES.source.tolist()
    assert articles.category.tolist() == ARTICLES.cat.tolist()
    assert articles.title.tolist() == ARTICLES.title.tolist()
    assert articles.byline.tolist() == ARTICLES.author.tolist()
    assert articles.date.tolist() == EXPECTED_DATES
    assert articles.raw_body.tolist() == ARTICLES.text.tolist()
    assert articles.body.tolist() == [t.replace("\n", "\n\n") for t in ARTICLES.text]


# --------------------------------------------------------------------------- seed, bundle


def test_seed_loads_with_metadata_and_clean_body(seed_path: Path) -> None:
    corpus = load_corpus(seed_path)
    assert len(corpus.articles) == 1
    article = corpus.articles.iloc[0]
    assert article.article_id == "000_0105cacf119186dc"
    assert article.outlet == "الترا صوت"
    assert article.byline == "فريق التحرير"
    assert article.date == pd.Timestamp("2021-12-31")
    assert article.title == "محاولات لإيجاد مخرج دبلوماسي بشأن أزمة أوكرانيا"
    body = article.body.split("\n\n")
    assert len(body) == 12  # 17 body blocks - 2 pull quotes - 2 read-also - 1 related title
    assert body[0].startswith("أجرى الرئيس الأمريكي جو بايدن") and body[0].endswith("الروسي.")
    assert sum("أجرى الرئيس الأمريكي" in p for p in body) == 1
    assert not any(p.startswith("في مؤشر إلى صعوبة") for p in body)
    assert "اقرأ/ي" not in article.body and "قمة بايدن – بوتين" not in article.body
    assert "وتشدد موسكو أن أولويتها هي التفاوض بشأن معاهدتين" in article.body
    # raw_body is the file's text after the header blocks, byte for byte
    assert seed_path.read_text(encoding="utf-8").endswith(article.raw_body)
    assert article.raw_body.count("اقرأ/ي أيضًا") == 2
    assert report_row(corpus, seed_path.name).encoding == "utf-8"


def test_bundled_corpus_loads_and_reports_non_articles(bundled_corpus: Path) -> None:
    corpus = load_corpus(bundled_corpus)
    stems = sorted(p.stem for p in bundled_corpus.iterdir() if p.suffix in (".txt", ".md"))
    stems.remove("README")
    assert sorted(corpus.articles.article_id) == stems
    assert corpus.articles.date.notna().all() and corpus.articles.outlet.notna().all()
    skipped = corpus.report.table.query("status == 'skipped'")
    assert sorted(Path(p).name for p in skipped.source_path) == ["README.md", "labels.csv"]
    assert skipped.reason.str.contains("not an article file").all()
    assert list(corpus.articles.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)


def test_labels_named_explicitly_is_an_error_naming_columns(bundled_corpus: Path) -> None:
    corpus = load_corpus(bundled_corpus / "labels.csv")
    row = report_row(corpus, "labels.csv")
    assert row.status == "error"
    assert "no text column" in row.reason and "article_id, target, stance" in row.reason
    assert corpus.articles.empty and list(corpus.articles.columns) == list(ARTICLE_COLUMNS)


# --------------------------------------------------------------------------- formats


def write_trec(path: Path, frame: pd.DataFrame) -> None:
    docs = [
        f"<DOC>\n  <DOCNO>{r.id}</DOCNO>\n  <SRC>{r.source}</SRC>\n  <CAT>{r.cat}</CAT>\n"
        f"  <TITLE>{r.title}</TITLE>\n  <TIME>{r.date}</TIME>\n  <AUTHOR>{r.author}</AUTHOR>\n"
        f"  <ABSTRACT>\nملخص\n  </ABSTRACT>\n  <TEXT>\n{r.text}\n  </TEXT>\n</DOC>\n"
        for r in frame.itertuples()
    ]
    path.write_text("".join(docs), encoding="utf-8")


WRITERS = {
    "a.csv": lambda p: ARTICLES.to_csv(p, index=False),
    "a.tsv": lambda p: ARTICLES.to_csv(p, index=False, sep="\t"),
    "a.csv.gz": lambda p: ARTICLES.to_csv(p, index=False, compression="gzip"),
    "a.jsonl": lambda p: ARTICLES.to_json(p, orient="records", lines=True, force_ascii=False),
    "a.jsonl.gz": lambda p: p.write_bytes(
        gzip.compress(ARTICLES.to_json(orient="records", lines=True).encode())
    ),
    "a.json": lambda p: ARTICLES.to_json(p, orient="records", force_ascii=False),
    "a.parquet": lambda p: ARTICLES.to_parquet(p),
    "a.trec": lambda p: write_trec(p, ARTICLES),
    "a.txt": lambda p: write_trec(p, ARTICLES),  # ANT ships <DOC> files as .txt
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_record_formats_round_trip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    WRITERS[name](path)
    corpus = load_corpus(path)
    assert_articles_match(corpus.articles)
    row = report_row(corpus, name)
    assert (row.status, row.articles) == ("loaded", 3)


def test_trec_extra_tags_become_columns(tmp_path: Path) -> None:
    write_trec(tmp_path / "ant.trec", ARTICLES)
    assert load_corpus(tmp_path / "ant.trec").articles.abstract.tolist() == ["ملخص"] * 3


def test_front_matter_article(tmp_path: Path) -> None:
    (tmp_path / "fm.md").write_text(
        "---\noutlet: منبر التحليل\ndate: 2022-01-13\ntitle: 'فيينا: جولة ثالثة'\n"
        "author: وحدة التحليل\nwritten_for_project: true\nid: something-else\n---\n\n"
        "فيينا: جولة ثالثة\n\nعقد المجلس الدائم اجتماعًا في فيينا.\n\n"
        "وقال المندوب إن بلاده تنتظر ردًا.\n",
        encoding="utf-8",
    )
    articles = load_corpus(tmp_path).articles
    article = articles.iloc[0]
    assert article.article_id == "fm"  # one-article files take the file stem
    assert (article.outlet, article.byline, article.title) == (
        "منبر التحليل",
        "وحدة التحليل",
        "فيينا: جولة ثالثة",
    )
    assert article.date == pd.Timestamp("2022-01-13")
    assert articles.written_for_project.tolist() == [True] and article.id == "something-else"
    # the repeated title line is header, not body
    assert article.body == "عقد المجلس الدائم اجتماعًا في فيينا.\n\nوقال المندوب إن بلاده تنتظر ردًا."


def test_plain_text_without_header_keeps_every_paragraph(tmp_path: Path) -> None:
    text = "أجرى الرئيسان اتصالًا هاتفيًا مطولًا.\n\nوتناول الاتصال الوضع في أوكرانيا."
    (tmp_path / "bare.txt").write_text(text, encoding="utf-8")
    article = load_corpus(tmp_path).articles.iloc[0]
    assert article.body == text and pd.isna(article.title) and pd.isna(article.date)


def test_column_aliases_and_explicit_mapping(tmp_path: Path) -> None:
    frame = ARTICLES.rename(columns={"text": "story_text", "source": "paper"})
    frame.to_csv(tmp_path / "export.csv", index=False)
    without = load_corpus(tmp_path / "export.csv")
    reason = report_row(without, "export.csv").reason
    assert "no text column" in reason and "story_text" in reason and "paper" in reason
    corpus = load_corpus(tmp_path / "export.csv", mapping={"body": "story_text", "outlet": "paper"})
    assert corpus.articles.outlet.tolist() == ARTICLES.source.tolist()
    assert corpus.articles.raw_body.tolist() == ARTICLES.text.tolist()
    # a mapping wins over a recognised name: the title column used as the outlet
    flipped = load_corpus(
        tmp_path / "export.csv", mapping={"body": "story_text", "outlet": "title"}
    )
    assert flipped.articles.outlet.tolist() == ARTICLES.title.tolist()


def test_mapping_errors(tmp_path: Path) -> None:
    ARTICLES.to_csv(tmp_path / "a.csv", index=False)
    with pytest.raises(ValueError, match="'headline_text' is not one of"):
        load_corpus(tmp_path / "a.csv", mapping={"headline_text": "title"})
    corpus = load_corpus(tmp_path / "a.csv", mapping={"body": "missing_column"})
    reason = report_row(corpus, "a.csv").reason
    assert "'missing_column'" in reason and "id, source, cat, date, title, author, text" in reason


def test_ids_default_to_stem_and_row_and_collisions_are_renamed(tmp_path: Path) -> None:
    ARTICLES.drop(columns="id").to_csv(tmp_path / "export.csv", index=False)
    ARTICLES.to_csv(tmp_path / "one.csv", index=False)
    ARTICLES.to_csv(tmp_path / "two.csv", index=False)
    corpus = load_corpus(tmp_path, dedupe=False)
    assert sorted(corpus.articles.article_id) == sorted(
        ["export:1", "export:2", "export:3", "w-1", "w-2", "w-3", "w-1~2", "w-2~2", "w-3~2"]
    )
    renamed = corpus.report.table.dropna(subset=["article_id"])
    renamed = renamed[renamed.reason.str.contains("already used")]
    assert sorted(renamed.article_id) == ["w-1~2", "w-2~2", "w-3~2"]
    assert renamed.source_path.str.endswith("two.csv").all()
    assert corpus.report.summary()["files"] == {"loaded": 3}


def test_same_stem_in_two_folders(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for folder in (tmp_path, tmp_path / "sub"):
        (folder / "x.txt").write_text(plain_article(), encoding="utf-8")
    corpus = load_corpus(tmp_path, dedupe=False)
    # ids are the path below the loaded folder: distinct without renaming
    assert corpus.articles.article_id.tolist() == ["sub/x", "x"]
    folder = corpus.articles.folder
    assert folder.iloc[0] == "sub" and pd.isna(folder.iloc[1])
    assert corpus.report.summary()["files"] == {"loaded": 2}
    assert not corpus.report.table.reason.fillna("").str.contains("already used").any()


def test_relative_parent_path_loads_and_hidden_subfolders_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "articles" / ".ipynb_checkpoints").mkdir(parents=True)
    (tmp_path / "articles" / "x.txt").write_text(plain_article(), encoding="utf-8")
    (tmp_path / "articles" / ".ipynb_checkpoints" / "x.txt").write_text(
        plain_article(), encoding="utf-8"
    )
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    corpus = load_corpus("../articles")
    assert corpus.articles.article_id.tolist() == ["x"]
    skipped = corpus.report.table.query("status == 'skipped'")
    assert [Path(p).parent.name for p in skipped.source_path] == [".ipynb_checkpoints"]


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "data_encoding", "reported"),
    [
        ("utf-8", "utf-8", "utf-8"),
        ("utf-8 BOM", "utf-8-sig", "utf-8-sig"),
        ("utf-16 LE BOM", "utf-16", "utf-16"),
        ("utf-16 BE BOM", "utf-16-be", "utf-16"),
        ("windows-1256", "cp1256", "cp1256"),
    ],
)
def test_encodings_round_trip(tmp_path: Path, encoding: str, data_encoding: str, reported: str):
    text = plain_article()
    data = text.encode(data_encoding)
    if encoding == "utf-16 BE BOM":
        data = b"\xfe\xff" + data
    (tmp_path / "article.txt").write_bytes(data)
    corpus = load_corpus(tmp_path)
    article = corpus.articles.iloc[0]
    assert article.outlet == "صوت الشرق" and article.date == pd.Timestamp("2021-12-31")
    assert article.body == "أجرى الرئيسان اتصالًا هاتفيًا مطولًا.\n\nوتناول الاتصال الوضع في أوكرانيا."
    row = report_row(corpus, "article.txt")
    assert (row.status, row.encoding, row.reason) == ("loaded", reported, "")


def test_cp1256_csv(tmp_path: Path) -> None:
    ARTICLES.to_csv(tmp_path / "old.csv", index=False, encoding="cp1256")
    corpus = load_corpus(tmp_path / "old.csv")
    assert_articles_match(corpus.articles)
    assert report_row(corpus, "old.csv").encoding == "cp1256"


def test_stray_invalid_byte_is_reported_not_dropped(tmp_path: Path) -> None:
    data = plain_article().encode("utf-8")
    cut = data.index("مطولًا".encode())
    (tmp_path / "stray.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    corpus = load_corpus(tmp_path)
    row = report_row(corpus, "stray.txt")
    assert row.status == "loaded" and row.encoding == "utf-8"
    assert f"1 undecodable byte(s) as utf-8 at byte {cut}" in row.reason
    assert "\ufffdمطولًا" in corpus.articles.body.iat[0]


# --------------------------------------------------------------------------- bad input

BAD_FILES: dict[str, tuple[bytes, str, str]] = {
    # name: (content, status, words the reason must contain)
    "empty.txt": (b"", "skipped", "empty file"),
    "blank.txt": (f" \n\t{NBSP}\n".encode(), "skipped", "white space"),
    "junk.txt": (bytes(range(256)) * 8, "error", "binary data"),
    "notes.docx": (b"PK\x03\x04 whatever", "skipped", "unsupported file type '.docx'"),
    "no_text.csv": (b"id,title\n1,x\n", "error", "no text column"),
    "broken.csv.gz": (b"not gzip at all", "error", "not a valid gzip file"),
    "bad_front.md": ("---\ntitle: [unclosed\n---\n\nنص.\n".encode(), "error", "front matter"),
    "fake.parquet": (b"PAR1 not really", "error", "not a readable Parquet file"),
    "all_bad.jsonl": (b'{"text": "\n', "error", "no JSON object could be read"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_each_bad_file_is_a_report_row(tmp_path: Path, name: str) -> None:
    content, status, words = BAD_FILES[name]
    (tmp_path / name).write_bytes(content)
    plain = plain_article()
    (tmp_path / "good.txt").write_text(plain, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    row = report_row(corpus, name)
    assert row.status == status and words in row.reason
    assert corpus.articles.article_id.tolist() == ["good"]  # the good file still loads


def test_truncated_json_line_keeps_the_others(tmp_path: Path) -> None:
    lines = ARTICLES.to_json(orient="records", lines=True, force_ascii=False).splitlines()
    lines.insert(1, lines[1][:40])  # line 2: a truncated copy
    lines.append('["not", "an", "object"]')  # line 5
    lines.append('{"id": "w-9", "title": "بلا نص"}')  # line 6: no text field
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    corpus = load_corpus(tmp_path / "feed.jsonl")
    assert_articles_match(corpus.articles)
    records = corpus.report.table.dropna(subset=["record"]).set_index("record")
    assert (
        records.loc[2, "status"] == "error" and "line 2: invalid JSON" in records.loc[2, "reason"]
    )
    assert "not an object" in records.loc[5, "reason"]
    assert records.loc[6, "status"] == "error" and "no text" in records.loc[6, "reason"]
    assert report_row(corpus, "feed.jsonl").articles == 3


def test_csv_empty_text_and_malformed_line(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(
        "id,text\na,نص أول.\nb,\nc,نص,زائد\nd,   \ne,نص أخير.\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path / "t.csv")
    assert corpus.articles.article_id.tolist() == ["a", "e"]
    records = corpus.report.table.dropna(subset=["record"])
    got = sorted(zip(records.record.astype(int), records.status, strict=True))
    # data rows b (record 2) and d (record 3 once c is set aside) are empty; file line 4 (c)
    # has one field too many
    assert got == [(2, "skipped"), (3, "skipped"), (4, "error")]
    assert "expected 2 fields, saw 3" in records[records.status == "error"].reason.iat[0]


def test_trec_unclosed_doc_keeps_the_others(tmp_path: Path) -> None:
    write_trec(tmp_path / "a.trec", ARTICLES)
    text = (tmp_path / "a.trec").read_text(encoding="utf-8")
    cut = text.index("</DOC>", text.index("w-2"))
    (tmp_path / "a.trec").write_text(text[:cut] + text[cut + len("</DOC>") :], encoding="utf-8")
    corpus = load_corpus(tmp_path / "a.trec")
    assert corpus.articles.article_id.tolist() == ["w-1", "w-3"]
    error = corpus.report.table.query("status == 'error'")
    assert error.record.tolist() == [2] and "no closing </DOC>" in error.reason.iat[0]


def test_unparseable_date_is_nat_and_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(plain_article(date="31-ديسمبر-2021"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(plain_article(date="31-ديسممبر-2021"), encoding="utf-8")
    corpus = load_corpus(tmp_path, dedupe=False)
    dates = corpus.articles.set_index("article_id").date
    assert dates["a"] == pd.Timestamp("2021-12-31") and pd.isna(dates["b"])
    row = report_row(corpus, "b.txt")
    assert row.dates_unparsed == 1 and "date(s) not understood" in row.reason
    assert corpus.report.summary()["dates_unparsed"] == 1


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no file or folder matches"):
        load_corpus(tmp_path / "nothing-*.csv")


# --------------------------------------------------------------------------- corpus, report


def test_glob_duplicates_and_analysis_view(tmp_path: Path) -> None:
    body = "أجرى الرئيسان اتصالًا هاتفيًا مطولًا تناول الوضع في أوكرانيا والأمن الأوروبي."
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(plain_article(body=body), encoding="utf-8")
    (tmp_path / "c.txt").write_text(plain_article(), encoding="utf-8")
    (tmp_path / "skip.csv").write_text("id,text\n", encoding="utf-8")
    corpus = load_corpus(str(tmp_path / "*.txt"))
    assert corpus.articles.duplicate_of.tolist() == [None, "a", None]
    assert corpus.analysis_view().article_id.tolist() == ["a", "c"]
    duplicate = corpus.report.table.query("status == 'duplicate'")
    assert duplicate.article_id.tolist() == ["b"] and "same text as 'a'" in duplicate.reason.iat[0]
    assert corpus.report.summary()["records"] == {"duplicate": 1}


def test_report_summary_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(plain_article(), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "old.txt").write_bytes(plain_article(body="نص قديم.").encode("cp1256"))
    report = load_corpus(tmp_path).report
    summary = report.summary()
    assert summary["files"] == {"loaded": 2, "skipped": 1}
    assert summary["encodings"] == {"utf-8": 1, "cp1256": 1}
    assert summary["articles"] == 2
    text = str(report)
    assert "2 articles loaded" in text and "empty.txt: empty file (0 bytes)" in text
    html = report._repr_html_()
    assert "2 articles loaded" in html and "<table" in html and "empty file" in html
    assert "&lt;NA&gt;" not in html and "<NA>" not in html  # a file has no record number


def test_the_report_groups_thousands_as_the_page_around_it() -> None:
    """ANT's inventory said "31523 articles loaded" under "29,948 articles to analyse"."""
    file_row = {"source_path": "ant.csv.gz", "record": None, "article_id": None,
                "status": "loaded", "reason": "", "encoding": "utf-8", "articles": 31523,
                "dates_unparsed": 1200}  # fmt: skip
    duplicates = [
        {"source_path": "ant.csv.gz", "record": k, "article_id": f"a{k}", "status": "duplicate",
         "reason": "same text"}
        for k in range(1575)
    ]  # fmt: skip
    report = LoadReport(pd.DataFrame([file_row, *duplicates]), dates_missing=3000)
    for text in (str(report), report._repr_html_()):
        assert "31,523 articles loaded" in text
        assert "1,575 duplicate" in text
        assert "dates: 1,200 not understood (NaT), 3,000 missing" in text
    assert "ant.csv.gz #18: same text" in str(report) and "1,555 more" in str(report)


def test_the_report_shows_a_few_problems_and_says_how_many_more(tmp_path: Path) -> None:
    for number in range(12):
        (tmp_path / f"empty{number:02d}.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(plain_article(), encoding="utf-8")
    html = load_corpus(tmp_path).report._repr_html_()
    assert html.count("empty file (0 bytes)") == 10
    assert "<p>2 more rows in <code>report.table</code></p>" in html


def test_progress_bar_for_many_files(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PROGRESS_ENV, "text")  # as in a terminal (captured stderr is none)
    (tmp_path / "a.txt").write_text(plain_article(), encoding="utf-8")
    load_corpus(tmp_path, progress=True)
    assert "reading files" in capsys.readouterr().err


def test_clean_false_keeps_raw_text(tmp_path: Path, seed_path: Path) -> None:
    article = load_corpus(seed_path, clean=False).articles.iloc[0]
    assert article.body == article.raw_body and "اقرأ/ي أيضًا" in article.body


def test_json_lines_ids_are_line_numbers(tmp_path: Path) -> None:
    rows = [{"text": "نص أول."}, {"text": "نص ثان."}]
    (tmp_path / "feed.jsonl").write_text(
        json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8"
    )
    assert load_corpus(tmp_path / "feed.jsonl").articles.article_id.tolist() == ["feed:1", "feed:3"]


# --------------------------------------------------------------------------- real data

ANT = "ant_corpus_v2.1_multisource/ant_v2.1_multisource.csv.gz"


@pytest.fixture(scope="module")
def ant(shared_data: Path):
    """The ANT CSV as loaded by us, and as read by plain pandas for reference."""
    path = shared_data / ANT
    return load_corpus(path), pd.read_csv(path, dtype=str, keep_default_na=False)


def test_ant_outlets_categories_dates_survive(ant) -> None:
    corpus, raw = ant
    assert len(raw) == 31_525  # SOURCE.md
    has_text = raw.text.str.strip() != ""
    assert (~has_text).sum() == 2
    articles = corpus.articles.set_index("article_id")
    assert len(articles) == 31_523
    expected = raw[has_text].set_index("docno")
    articles = articles.loc[expected.index]
    assert (articles.outlet == expected.src).all()
    assert (articles.category == expected.cat).all()
    assert articles.outlet.value_counts().to_dict() == expected.src.value_counts().to_dict()
    assert articles.date.notna().all()
    every_tenth = expected.time.iloc[::10]  # pandas' mixed-format parser is slow: a sample
    reference = pd.to_datetime(every_tenth, utc=True, format="mixed").dt.tz_localize(None)
    assert (articles.date[every_tenth.index] == reference).all()
    # SOURCE.md: parsed times span 2012-10-11 ... 2018-10-20
    assert articles.date.min().date().isoformat() == "2012-10-11"
    assert articles.date.max().date().isoformat() == "2018-10-20"
    skipped = corpus.report.table.query("status == 'skipped'")
    assert sorted(skipped.record.astype(int)) == sorted((raw.index[~has_text] + 1).tolist())


def test_ant_exact_duplicates_marked_within_outlets(ant) -> None:
    corpus, raw = ant
    articles = corpus.articles.set_index("article_id")
    has_text = raw.text.str.strip() != ""
    # SOURCE.md: 1,481 rows repeat an earlier row's text; one of them is the second of the
    # two empty texts, which is skipped, not marked: 1,480 copies with text.
    assert raw.text.duplicated().sum() == 1_481
    copies = raw[has_text & raw.text.duplicated()].docno
    assert len(copies) == 1_480
    marked = articles.duplicate_of.dropna()
    assert set(copies) <= set(marked.index)
    assert (articles.outlet[marked.index].to_numpy() == articles.outlet[marked].to_numpy()).all()
    assert articles.duplicate_of[marked.to_numpy()].isna().all()  # they point at kept articles
    assert len(corpus.analysis_view()) == 31_523 - len(marked)

"""Hostile inputs for discovery and the readers: special files, symlinks, damaged files,
readers that fail, and the plain-text archive layout (issues 15 and 19)."""

from __future__ import annotations

import gzip
import json
import os
import threading
import zlib
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from helpers import readers
from helpers.corpus import articles_frame, load_corpus, read_source

BODY = (
    "أجرى الرئيسان اتصالًا هاتفيًا مطولًا تناول الوضع في أوكرانيا رقم {n}."
    "\n\nوقال مسؤول إن الحوار مستمر."
)


def article(n: int) -> str:
    """A plain-text article in the headline layout, distinct for each ``n``."""
    return f"عنوان الخبر رقم {n}\n\n{BODY.format(n=n)}\n"


def rows_of(corpus, status: str | None = None) -> pd.DataFrame:
    table = corpus.report.table
    return table if status is None else table[table.status == status]


def row_for(corpus, name: str) -> pd.Series:
    table = corpus.report.table
    rows = table[table.source_path.str.endswith(name) & table.record.isna()]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def load_within(seconds: float, *args, **kwargs):
    """``load_corpus`` in a thread that must finish in ``seconds`` (a hang fails the test)."""
    outcome: dict = {}
    worker = threading.Thread(
        target=lambda: outcome.update(corpus=load_corpus(*args, **kwargs)), daemon=True
    )
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"load_corpus still running after {seconds} s (hung)"
    return outcome["corpus"]


# --------------------------------------------------------------------------- discovery


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_reported_not_opened_in_folder_and_glob(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(tmp_path / "x.txt")
    for target in (tmp_path, str(tmp_path / "*.txt"), tmp_path / "x.txt"):
        corpus = load_within(30, target)
        row = row_for(corpus, "x.txt")
        assert row.status == "skipped" and "FIFO" in row.reason and "not opened" in row.reason
    assert corpus.articles.empty  # the FIFO named directly: nothing else to load
    assert load_within(30, tmp_path).articles.article_id.tolist() == ["good"]


def test_symlinked_folder_is_followed_once_and_loops_reported(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "economy"
    outside.mkdir(parents=True)
    for n in range(3):
        (outside / f"{n}.txt").write_text(article(n), encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "own.txt").write_text(article(9), encoding="utf-8")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    (root / "again").symlink_to(outside, target_is_directory=True)  # same folder twice
    (outside / "loop").symlink_to(outside, target_is_directory=True)  # back into itself
    (root / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (root / "folder.txt").mkdir()

    corpus = load_corpus(root, dedupe=False)
    # folders are walked in name order: "again" reaches the files first, "linked" repeats them
    assert sorted(corpus.articles.article_id) == ["again/0", "again/1", "again/2", "own"]
    table = corpus.report.table
    by_name = {
        Path(p).name: (s, r)
        for p, s, r in zip(table.source_path, table.status, table.reason, strict=True)
    }
    assert by_name["gone.txt"][0] == "error" and "dangling symlink" in by_name["gone.txt"][1]
    assert by_name["folder.txt"][0] == "skipped" and "a folder" in by_name["folder.txt"][1]
    loops = table[table.reason.str.contains("symlink loop", na=False)]
    assert len(loops) == 2  # the loop is met once under each link
    repeats = table[table.reason.str.contains("the same file as", na=False)]
    assert len(repeats) == 3  # the second link reaches the three files again
    assert corpus.report.summary()["articles"] == 4


def test_symlink_to_itself_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    corpus = load_corpus(tmp_path)
    row = row_for(corpus, "self.txt")
    assert row.status == "error" and "symlink loop" in row.reason
    assert corpus.articles.article_id.tolist() == ["good"]


# --------------------------------------------------------------------------- readers that fail

FORMATS = {
    "a.txt": (lambda p: p.write_text(article(1), encoding="utf-8"), "_read_text"),
    "a.trec": (
        lambda p: p.write_text(f"<DOC><DOCNO>d1</DOCNO><TEXT>{BODY}</TEXT></DOC>", "utf-8"),
        "_read_trec",
    ),
    "a.jsonl": (
        lambda p: p.write_text(json.dumps({"text": BODY}) + "\n", "utf-8"),
        "_read_json_lines",
    ),
    "a.json": (lambda p: p.write_text(json.dumps([{"text": BODY}]), "utf-8"), "_read_json_array"),
    "a.csv": (lambda p: pd.DataFrame({"text": [BODY]}).to_csv(p, index=False), "_read_delimited"),
    "a.parquet": (lambda p: pd.DataFrame({"text": [BODY]}).to_parquet(p), "_read_parquet"),
}


@pytest.mark.parametrize("name", list(FORMATS))
def test_unexpected_error_in_any_reader_is_a_reported_error(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write, reader = FORMATS[name]
    write(tmp_path / name)
    assert len(load_corpus(tmp_path / name).articles) == 1  # the file is fine as it is

    def broken(*args, **kwargs):
        raise KeyError("something no one planned for")

    monkeypatch.setattr(readers, reader, broken)
    (tmp_path / "other.md").write_text(article(2), encoding="utf-8")
    corpus = load_corpus(tmp_path, dedupe=False)
    row = row_for(corpus, name)
    assert row.status == "error" and "the reader failed (KeyError" in row.reason
    if reader != "_read_text":
        assert corpus.articles.article_id.tolist() == ["other"]


def test_trec_doc_with_empty_text_is_a_skip_not_a_crash(tmp_path: Path) -> None:
    # the shape of 23 files in ANT v1: one <DOC> whose <TEXT> is empty
    (tmp_path / "empty.txt").write_text(
        "<DOC>\n<DOCNO>AL-1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\n</TEXT>\n</DOC>\n", "utf-8"
    )
    (tmp_path / "full.txt").write_text(
        f"<DOC>\n<DOCNO>AL-2</DOCNO>\n<TEXT>\n{BODY}\n</TEXT>\n</DOC>\n", "utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus.articles.article_id.tolist() == ["AL-2"]
    row = row_for(corpus, "empty.txt")
    assert row.status == "skipped" and "no article with text" in row.reason
    records = rows_of(corpus).dropna(subset=["record"])
    assert records.reason.tolist() == ["empty text"]


# --------------------------------------------------------------------------- damaged files


def flushed_gzip(chunks: list[bytes]) -> tuple[bytes, list[int]]:
    """Gzip ``chunks`` with a full flush after each; return the data and each flush offset.

    Cutting the data between flush offsets k and k+1 leaves exactly chunks 0..k readable.
    """
    packer = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    data, ends = b"", []
    for chunk in chunks:
        data += packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
        ends.append(len(data))
    return data + packer.flush(), ends


def csv_rows(n: int) -> list[bytes]:
    header = b"id,title,text\n"
    rows = [
        f'r{i},"عنوان {i}","{BODY.format(n=i)}\nسطر ثان فيه ""اقتباس"", وفاصلة."\n'.encode()
        for i in range(n)
    ]
    return [header + rows[0], *rows[1:]]


@pytest.mark.parametrize("keep", [0, 1, 117])
def test_truncated_csv_gz_keeps_every_complete_row(tmp_path: Path, keep: int) -> None:
    chunks = csv_rows(200)
    data, ends = flushed_gzip(chunks)
    # cut inside chunk keep+1 (the row after the last complete one), mid-way
    cut = ends[keep] + (ends[keep + 1] - ends[keep]) // 2
    (tmp_path / "feed.csv.gz").write_bytes(data[:cut])
    assert len(gzip.decompress(data)) > 0  # the whole stream is valid gzip
    corpus = load_corpus(tmp_path / "feed.csv.gz", dedupe=False)
    assert corpus.articles.article_id.tolist() == [f"r{i}" for i in range(keep + 1)]
    assert corpus.articles.raw_body.iloc[-1].endswith('فيه "اقتباس", وفاصلة.')
    row = row_for(corpus, "feed.csv.gz")
    assert row.status == "partial" and row.articles == keep + 1
    assert f"the file ends at byte {cut}" in row.reason
    assert f"kept the {keep + 1} complete record(s)" in row.reason


def test_gzip_damaged_in_the_middle_keeps_the_rows_before(tmp_path: Path) -> None:
    data, ends = flushed_gzip(csv_rows(50))
    damaged = bytearray(data)
    damaged[ends[30] + 5 : ends[30] + 25] = b"\x00" * 20
    (tmp_path / "feed.csv.gz").write_bytes(bytes(damaged))
    corpus = load_corpus(tmp_path / "feed.csv.gz", dedupe=False)
    assert corpus.articles.article_id.tolist() == [f"r{i}" for i in range(31)]
    row = row_for(corpus, "feed.csv.gz")
    assert row.status == "partial" and "damaged gzip data at compressed byte" in row.reason
    offset = int(row.reason.split("compressed byte ")[1].split()[0])
    assert ends[30] <= offset < ends[30] + 25


def test_truncated_jsonl_gz_and_plain_jsonl(tmp_path: Path) -> None:
    lines = [
        (json.dumps({"id": f"j{i}", "text": BODY.format(n=i)}) + "\n").encode() for i in range(9)
    ]
    data, ends = flushed_gzip(lines)
    (tmp_path / "a.jsonl.gz").write_bytes(data[: ends[4] + 30])
    plain = b"".join(lines)
    (tmp_path / "b.jsonl").write_bytes(plain[: len(plain) - 20])  # the last line cut short
    corpus = load_corpus(tmp_path, dedupe=False)
    first = [f"j{i}" for i in range(5)]
    second = [f"j{i}~2" for i in range(5)] + ["j5", "j6", "j7"]  # same ids again: renamed
    assert corpus.articles.article_id.tolist() == first + second
    gz, jl = row_for(corpus, "a.jsonl.gz"), row_for(corpus, "b.jsonl")
    assert gz.status == "partial" and gz.articles == 5 and "gzip data cut short" in gz.reason
    assert jl.status == "partial" and jl.articles == 8
    offset = len(b"".join(lines[:8]))
    assert f"the file ends inside line 9 (from byte {offset})" in jl.reason


def test_truncated_trec_keeps_complete_docs(tmp_path: Path) -> None:
    docs = [
        f"<DOC>\n<DOCNO>t{i}</DOCNO>\n<TEXT>\n{BODY.format(n=i)}\n</TEXT>\n</DOC>\n".encode()
        for i in range(6)
    ]
    whole = b"".join(docs)
    cut = len(b"".join(docs[:4])) + 40
    (tmp_path / "a.trec").write_bytes(whole[:cut])
    data, ends = flushed_gzip(docs)
    (tmp_path / "b.trec.gz").write_bytes(data[: ends[2] + 10])
    corpus = load_corpus(tmp_path, dedupe=False)
    a, b = row_for(corpus, "a.trec"), row_for(corpus, "b.trec.gz")
    assert (a.status, a.articles) == ("partial", 4)
    assert f"ends inside <DOC> number 5 (from byte {len(b''.join(docs[:4]))})" in a.reason
    assert (b.status, b.articles) == ("partial", 3)
    assert corpus.report.summary()["articles"] == 7


def test_parquet_row_group_that_does_not_decode(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"id": [f"p{i}" for i in range(6)], "text": [BODY.format(n=i) for i in range(6)]}
    )
    path = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pandas(frame), path, row_group_size=2, compression="snappy")
    column = pq.ParquetFile(path).metadata.row_group(1).column(1)
    start = column.dictionary_page_offset or column.data_page_offset
    raw = bytearray(path.read_bytes())
    raw[start : start + 8] = b"\xff" * 8  # the page header of group 2's text column
    path.write_bytes(bytes(raw))
    corpus = load_corpus(path)
    assert corpus.articles.article_id.tolist() == ["p0", "p1", "p4", "p5"]
    row = row_for(corpus, "a.parquet")
    assert row.status == "partial" and "row group 2 (rows 3-4" in row.reason
    record = rows_of(corpus, "error")
    assert record.record.tolist() == [3] and "does not decode" in record.reason.iat[0]


# --------------------------------------------------------------------------- plain-text archives


def test_headline_layout_ids_and_folder_columns(tmp_path: Path) -> None:
    root = tmp_path / "raw_data"
    for outlet in ("jazeera", "bbc"):
        for category in ("economy", "sport"):
            (root / outlet / category).mkdir(parents=True)
            (root / outlet / category / "12.txt").write_text(
                f"عنوان {outlet} {category}\n\n{BODY.format(n=outlet + category)}\n", "utf-8"
            )
    corpus = load_corpus(root)
    articles = corpus.articles.set_index("article_id")
    assert sorted(articles.index) == [
        "bbc/economy/12",
        "bbc/sport/12",
        "jazeera/economy/12",
        "jazeera/sport/12",
    ]
    one = articles.loc["jazeera/economy/12"]
    assert one.title == "عنوان jazeera economy"
    assert one.body.startswith("أجرى الرئيسان") and "عنوان" not in one.body
    assert (one.folder, one.outlet, one.category) == ("jazeera/economy", "jazeera", "economy")
    assert corpus.articles.groupby("outlet").size().to_dict() == {"bbc": 2, "jazeera": 2}
    assert not corpus.report.table.reason.fillna("").str.contains("already used").any()


def test_unrecognised_folders_stay_folder_unless_named(tmp_path: Path) -> None:
    for part in ("batch1/a", "batch2/b"):
        (tmp_path / part).mkdir(parents=True)
        (tmp_path / part / "1.txt").write_text(article(len(part) + ord(part[-1])), "utf-8")
    plain = load_corpus(tmp_path).articles
    assert plain.folder.tolist() == ["batch1/a", "batch2/b"]
    assert plain.outlet.isna().all() and "category" not in plain
    named = load_corpus(tmp_path, folders=("outlet", "category")).articles
    assert named.outlet.tolist() == ["batch1", "batch2"] and named.category.tolist() == ["a", "b"]


def test_a_sentence_first_line_is_not_a_headline(tmp_path: Path) -> None:
    text = "قال الوزير إن المحادثات ستستمر.\n\nوأضاف أن الوفد سيعود الأسبوع المقبل إلى جنيف."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article_ = load_corpus(tmp_path).articles.iloc[0]
    assert pd.isna(article_.title) and article_.raw_body == text


# --------------------------------------------------------------------------- records and storage


def test_read_source_and_articles_frame_for_parallel_use(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"id,text\nb1,{BODY.format(n=2)!r}\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    names = ("a.txt", "b.csv", "pipe.txt")
    reads = [read_source(tmp_path / name) for name in names]
    assert [r.rows[0]["status"] for r in reads] == ["loaded", "loaded", "skipped"]
    assert "FIFO" in reads[2].rows[0]["reason"] and reads[2].records == []
    assert read_source(tmp_path / "none.txt").rows[0]["reason"] == "no such file"
    frame = articles_frame(reads)
    assert frame.article_id.tolist() == ["a", "b1"]
    assert frame.source_path.tolist() == [str(tmp_path / "a.txt"), str(tmp_path / "b.csv")]


def test_text_is_held_in_arrow_backed_strings(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(article(n), encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    for column in ("body", "raw_body", "title"):
        dtype = articles[column].dtype
        assert isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow", column
    assert articles.duplicate_of.tolist() == [None, None, None]


def test_articles_keep_the_order_of_their_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"id,text\nb1,{BODY.format(n=2)!r}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(article(3), encoding="utf-8")
    assert load_corpus(tmp_path).articles.article_id.tolist() == ["a", "b1", "c"]


def test_a_feed_beside_the_tree_does_not_hide_the_layout(tmp_path: Path) -> None:
    for outlet in ("alsharq", "almarsad"):
        (tmp_path / outlet / "sport").mkdir(parents=True)
        (tmp_path / outlet / "sport" / "1.txt").write_text(article(len(outlet)), "utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": BODY}) + "\n", "utf-8")
    articles = load_corpus(tmp_path).articles.set_index("article_id")
    assert articles.loc["alsharq/sport/1", "outlet"] == "alsharq"
    assert articles.loc["almarsad/sport/1", "category"] == "sport"
    assert pd.isna(articles.loc["f1", "outlet"]) and pd.isna(articles.loc["f1", "folder"])

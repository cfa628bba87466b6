"""The report folder: its lock, the user's files, and an index that matches the pages beside it.

These tests write pages by hand into the build folder (no kernel), so they run in
milliseconds; tests/test_run.py checks the same rules through real runs.
"""

from __future__ import annotations

import re

import pytest

from helpers.report_folder import (
    LOCK_NAME,
    PageRecord,
    ReportFolder,
    ReportFolderError,
)


def _build(folder: ReportFolder, notebook: str, tables: list[str], run: str, corpus: str):
    """Write a page and its tables into the build folder; return the index entry."""
    stem = notebook.removesuffix(".ipynb")
    (folder.build / f"{stem}.html").write_text(f"<p>{stem} from {corpus}</p>", encoding="utf-8")
    names = []
    for table in tables:
        path = folder.build / "tables" / stem / table
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{table},{corpus}\n", encoding="utf-8")
        names.append(f"tables/{stem}/{table}")
    return PageRecord(
        notebook=notebook, title=stem, status="ran", ok=True, seconds=1.0, corpus=corpus,
        run=run, page=f"{stem}.html", tables=names,
    )  # fmt: skip


def _links(index: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', index)


def test_a_second_run_into_a_folder_in_use_is_refused(tmp_path):
    with ReportFolder(tmp_path / "out"):
        with pytest.raises(ReportFolderError, match=r"out is in use by another run \(process"):
            ReportFolder(tmp_path / "out").__enter__()
    with ReportFolder(tmp_path / "out"):  # free again once the first run is over
        pass


def test_index_lists_exactly_the_pages_and_tables_beside_it(tmp_path):
    with ReportFolder(tmp_path / "out") as folder:
        records = [
            _build(folder, "00_a.ipynb", ["x.csv", "y.csv"], "run1", "/c1"),
            _build(folder, "01_b.ipynb", [], "run1", "/c1"),
        ]
        index = folder.commit(records)
    text = index.read_text(encoding="utf-8")
    assert _links(text) == ["00_a.html", "tables/00_a/x.csv", "tables/00_a/y.csv", "01_b.html"]
    assert all((tmp_path / "out" / link).is_file() for link in _links(text))
    assert "Corpus: <code" in text and "different runs" not in text
    assert not list((tmp_path / "out").glob(".helpers-build-*"))


def test_a_subset_rerun_replaces_its_own_pages_and_keeps_the_others_with_their_run(tmp_path):
    out = tmp_path / "out"
    with ReportFolder(out) as folder:
        folder.commit(
            [
                _build(folder, "00_a.ipynb", ["x.csv", "y.csv"], "run1", "/c1"),
                _build(folder, "01_b.ipynb", ["z.csv"], "run1", "/c1"),
            ]
        )
    with ReportFolder(out) as folder:  # 00_a again, on another corpus, now writing x.csv only
        index = folder.commit([_build(folder, "00_a.ipynb", ["x.csv"], "run2", "/c2")])
    text = index.read_text(encoding="utf-8")
    assert _links(text) == ["00_a.html", "tables/00_a/x.csv", "01_b.html", "tables/01_b/z.csv"]
    assert not (out / "tables/00_a/y.csv").exists()  # our stale table went with its page
    assert (out / "tables/00_a/x.csv").read_text() == "x.csv,/c2\n"
    assert (out / "01_b.html").read_text() == "<p>01_b from /c1</p>"  # not run: kept
    assert "These pages come from different runs" in text
    rows = [re.sub(r"<[^>]+>", "", row) for row in re.findall(r"<tr><td>.*?</tr>", text)]
    assert "/c2" in rows[0] and "/c1" not in rows[0]
    assert "/c1" in rows[1] and "/c2" not in rows[1]


def test_files_no_run_wrote_are_refused_then_left_untouched_when_allowed(tmp_path):
    out = tmp_path / "out"
    with ReportFolder(out) as folder:
        folder.commit([_build(folder, "00_a.ipynb", ["x.csv"], "run1", "/c1")])
    mine = out / "tables" / "00_a" / "user_table.csv"
    mine.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(ReportFolderError, match=r"holds 1 file\(s\) .*tables/00_a/user_table.csv"):
        ReportFolder(out).__enter__()
    with ReportFolder(out, allow_other_files=True) as folder:
        index = folder.commit([_build(folder, "00_a.ipynb", [], "run2", "/c1")])
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    assert not (out / "tables/00_a/x.csv").exists()
    assert "user_table.csv" not in index.read_text(encoding="utf-8")


def test_a_run_that_commits_nothing_changes_nothing(tmp_path):
    out = tmp_path / "out"
    with ReportFolder(out) as folder:
        folder.commit([_build(folder, "00_a.ipynb", ["x.csv"], "run1", "/c1")])
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(KeyboardInterrupt):
        with ReportFolder(out) as folder:
            _build(folder, "00_a.ipynb", ["y.csv"], "run2", "/c2")
            raise KeyboardInterrupt
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    with pytest.raises(KeyboardInterrupt):
        with ReportFolder(tmp_path / "new"):
            raise KeyboardInterrupt
    assert not (tmp_path / "new").exists()  # a folder the run made and never filled goes


def test_a_page_deleted_by_hand_leaves_the_index_at_the_next_run(tmp_path):
    out = tmp_path / "out"
    with ReportFolder(out) as folder:
        folder.commit(
            [
                _build(folder, "00_a.ipynb", [], "run1", "/c1"),
                _build(folder, "01_b.ipynb", [], "run1", "/c1"),
            ]
        )
    (out / "01_b.html").unlink()
    with ReportFolder(out) as folder:
        index = folder.commit([_build(folder, "00_a.ipynb", [], "run2", "/c1")])
    assert _links(index.read_text(encoding="utf-8")) == ["00_a.html"]
    assert (out / LOCK_NAME).exists()


def test_a_users_file_is_never_overwritten_even_when_other_files_are_allowed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("<p>my own index</p>", encoding="utf-8")
    with pytest.raises(ReportFolderError, match=r"holds 1 file\(s\) .*\(index.html\)"):
        ReportFolder(out).__enter__()
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]  # no lock file left either
    with ReportFolder(out, allow_other_files=True) as folder:
        record = _build(folder, "00_a.ipynb", [], "run1", "/c1")
        with pytest.raises(ReportFolderError, match=r"would replace file\(s\) .*\(index.html\)"):
            folder.commit([record])
    assert (out / "index.html").read_text(encoding="utf-8") == "<p>my own index</p>"
    assert not (out / "00_a.html").exists()


def test_an_arabic_corpus_path_keeps_its_segments_in_order(tmp_path):
    """Each folder of a path is isolated, so Arabic names do not swap places on the index."""
    with ReportFolder(tmp_path / "out") as folder:
        records = [_build(folder, "00_a.ipynb", [], "run1", "/data/أخبار/الجزيرة")]
        text = folder.commit(records).read_text(encoding="utf-8")
    corpus = re.search(r"Corpus: <code>(.*?)</code>", text).group(1)
    assert '<span dir="rtl">أخبار</span>' in corpus and '<span dir="rtl">الجزيرة</span>' in corpus
    assert corpus.index("أخبار") < corpus.index("الجزيرة")  # written order, left to right

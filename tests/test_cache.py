"""Tests for helpers.cache: where entries live, what keys hold, and what cannot go wrong.

The cache may only ever save time: a bad entry is a miss, writers never leave half an entry,
the folder stays under its bound, and nothing is written into the checkout.
"""

from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
import time
import warnings
from pathlib import Path

import nbformat
import pytest

from helpers import cache
from helpers.cache import DiskCache, MemoryCache, code_version, content_key, user_cache_dir
from helpers.run import declared_parameters

KEY_A, KEY_B, KEY_C = "a" * 32, "b" * 32, "c" * 32


def write_bytes(value: bytes, path: Path) -> None:
    """A writer whose entry size is exactly ``len(value)``, for the size-bound tests."""
    path.write_bytes(value)


def read_bytes(path: Path) -> bytes:
    return path.read_bytes()


def age(path: Path, seconds_ago: float) -> None:
    """Set an entry's last use ``seconds_ago`` (file times are what eviction reads)."""
    moment = time.time() - seconds_ago
    os.utime(path, (moment, moment))


# --------------------------------------------------------------------------- where and what


def test_the_default_folder_is_the_user_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.FOLDER_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "arabic-news-notebooks"
    assert DiskCache().folder == tmp_path / "xdg" / "arabic-news-notebooks"
    monkeypatch.setenv(cache.FOLDER_VARIABLE, str(tmp_path / "named"))
    assert DiskCache().folder == tmp_path / "named"
    assert DiskCache(tmp_path / "given").folder == tmp_path / "given"


def test_the_size_bound_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(cache.SIZE_VARIABLE, "2")
    assert DiskCache().max_bytes == 2 * 1024 * 1024
    monkeypatch.setenv(cache.SIZE_VARIABLE, "lots")
    with pytest.raises(ValueError, match=cache.SIZE_VARIABLE):
        DiskCache()
    monkeypatch.delenv(cache.SIZE_VARIABLE)
    assert DiskCache().max_bytes == cache.DEFAULT_MEGABYTES * 1024 * 1024


def test_content_key_separates_every_item_of_the_stream():
    assert content_key("s", stream=["ab", "c"]) != content_key("s", stream=["a", "bc"])
    assert content_key("s", stream=["ab", "c"]) == content_key("s", stream=iter(["ab", "c"]))
    assert content_key("s", 1) != content_key("s", 2)
    assert len(content_key()) == 32 and int(content_key(), 16) >= 0


def test_code_version_follows_the_module_and_the_project_modules_it_uses(tmp_path, monkeypatch):
    package = tmp_path / "cachepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "stems.py").write_text("def stem(word):\n    return word[:3]\n")
    (package / "producer.py").write_text("from cachepkg.stems import stem\n\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    producer = importlib.import_module("cachepkg.producer")
    try:
        first = code_version(producer)
        assert code_version(producer) == first
        # A change in the module it imports from changes the version (new size, new time).
        (package / "stems.py").write_text("def stem(word):\n    return word[:4]\n")
        second = code_version(producer)
        assert second != first
        (package / "producer.py").write_text("from cachepkg.stems import stem\n\nVALUE = 22\n")
        assert code_version(producer) not in (first, second)
    finally:
        for name in ("cachepkg.producer", "cachepkg.stems", "cachepkg"):
            sys.modules.pop(name, None)


@pytest.mark.parametrize(
    ("kind", "key", "suffix"),
    [("../up", KEY_A, ".pkl"), ("dtm", "not-hex", ".pkl"), ("dtm", KEY_A, "/x")],
)
def test_entry_names_cannot_leave_the_folder(tmp_path, kind, key, suffix):
    with pytest.raises(ValueError, match="cache"):
        DiskCache(tmp_path).path(kind, key, suffix)


# --------------------------------------------------------------------------- reading and writing


def test_a_stored_value_comes_back_and_no_temporary_file_is_left(tmp_path):
    store = DiskCache(tmp_path / "c")
    assert store.load("numbers", KEY_A) is None
    path = store.store("numbers", KEY_A, {"a": [1, 2, 3]})
    assert path == tmp_path / "c" / f"numbers-{KEY_A}.pkl"
    assert store.load("numbers", KEY_A) == {"a": [1, 2, 3]}
    assert [p.name for p in (tmp_path / "c").iterdir()] == [path.name]


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a pickle at all"),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(
            pickle.dumps(1)[:2] + b"cno_such_module\nThing\n" + pickle.dumps(1)[2:]
        ),
    ],
    ids=["garbage", "truncated", "empty", "missing-class"],
)
def test_an_unreadable_entry_is_a_miss_that_is_rebuilt(tmp_path, damage):
    store = DiskCache(tmp_path)
    path = store.store("numbers", KEY_A, list(range(1000)))
    damage(path)
    with pytest.warns(RuntimeWarning, match="could not be read"):
        assert store.load("numbers", KEY_A) is None
    calls = []
    with pytest.warns(RuntimeWarning, match="rebuilt"):
        value = store.get_or_build("numbers", KEY_A, lambda: calls.append(1) or [7, 8])
    assert value == [7, 8] and calls == [1]
    # The bad file was replaced: the next read is a hit, with no warning and no rebuild.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.get_or_build("numbers", KEY_A, lambda: calls.append(2)) == [7, 8]
    assert calls == [1]


def test_a_cache_that_cannot_write_does_not_fail_the_analysis(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    store = DiskCache(blocker / "cache")  # its parent is a file: mkdir fails
    with pytest.warns(RuntimeWarning, match="not cached"):
        assert store.get_or_build("numbers", KEY_A, lambda: [1]) == [1]
    with pytest.raises(ValueError, match="None"):
        store.store("numbers", KEY_A, None)


WRITER = """
import sys
from pathlib import Path
from helpers.cache import DiskCache

folder, letter, rounds = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])
store, value = DiskCache(folder), letter * 1_000_000
for _ in range(rounds):
    store.store("blob", "a" * 32, value, write=lambda data, path: path.write_bytes(data))
"""


def test_concurrent_writers_never_leave_half_an_entry(tmp_path):
    # Two processes rewrite one key with different 1 MB values while this one reads it: every
    # read must be one whole value, never a mix or a truncated file.
    values = [b"x" * 1_000_000, b"y" * 1_000_000]
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), letter, "15"])
        for letter in ("x", "y")
    ]
    store = DiskCache(tmp_path)
    seen = set()
    while any(writer.poll() is None for writer in writers):
        value = store.load("blob", KEY_A, read=read_bytes)
        if value is not None:
            assert value in values
            seen.add(value[:1])
    assert [writer.wait() for writer in writers] == [0, 0]
    assert store.load("blob", KEY_A, read=read_bytes) in values
    assert seen and [p.name for p in tmp_path.iterdir()] == [f"blob-{KEY_A}.pkl"]


# --------------------------------------------------------------------------- the size bound


def test_the_least_recently_used_entries_go_first(tmp_path):
    store = DiskCache(tmp_path, max_bytes=1000)
    for seconds_ago, key in ((30, KEY_A), (20, KEY_B)):
        age(store.store("blob", key, b"." * 400, write=write_bytes), seconds_ago)
    # Reading A makes it the most recently used: B is now the oldest.
    assert store.load("blob", KEY_A, read=read_bytes) == b"." * 400
    store.store("blob", KEY_C, b"." * 400, write=write_bytes)
    # 1,200 bytes > 1,000: one 400-byte entry must go, and it is B.
    assert sorted(p.name[5:7] for p in store.entries()) == ["aa", "cc"]
    assert store.size() == 800


def test_a_value_larger_than_the_bound_is_not_stored(tmp_path):
    store = DiskCache(tmp_path, max_bytes=100)
    store.store("blob", KEY_A, b"." * 60, write=write_bytes)
    with pytest.warns(RuntimeWarning, match="exceeds the cache bound"):
        assert store.store("blob", KEY_B, b"." * 101, write=write_bytes) is None
    assert [p.name for p in tmp_path.iterdir()] == [f"blob-{KEY_A}.pkl"]


def test_eviction_removes_only_entries_and_stale_temporary_files(tmp_path):
    store = DiskCache(tmp_path, max_bytes=15)
    notes = tmp_path / "my-notes.txt"
    notes.write_text("a file of the user's in the folder they named")
    stale = tmp_path / f"{cache._TEMP_PREFIX}abc.pkl"
    fresh = tmp_path / f"{cache._TEMP_PREFIX}def.pkl"
    stale.write_bytes(b"left by a writer that died")
    fresh.write_bytes(b"a writer at work")
    age(stale, cache.STALE_SECONDS + 60)
    age(store.store("blob", KEY_A, b"." * 10, write=write_bytes), 60)
    store.store("blob", KEY_B, b"." * 10, write=write_bytes)  # 20 bytes > 15: A goes
    left = [notes.name, fresh.name, f"blob-{KEY_B}.pkl"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(left)


# --------------------------------------------------------------------------- the notebooks


@pytest.mark.parametrize("name", ["03_topics.ipynb", "04_compare.ipynb"])
def test_notebooks_keep_their_cache_out_of_the_checkout(repo_root, name):
    # A relative folder such as "../.cache" is inside the checkout: only the user cache folder
    # (True) or no disk cache (None) may be the default.
    notebook = nbformat.read(repo_root / "notebooks" / name, as_version=4)
    assert declared_parameters(notebook)["cache_dir"] in (True, None)


def test_the_memory_cache_keeps_the_most_recently_used_values():
    kept = MemoryCache(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # "a" is now the most recently used: "b" goes next
    kept.put("c", 3)
    assert len(kept) == 2 and "b" not in kept and kept.get("b") is None
    assert kept.get("a") == 1 and kept.get("c") == 3
    kept.clear()
    assert len(kept) == 0
    with pytest.raises(ValueError, match="max_items"):
        MemoryCache(0)

"""One disk cache for results that are slow to compute and cheap to recompute.

A cached value is never the only copy of anything: an entry that is missing, unreadable,
truncated or written by other code is a miss, and the caller rebuilds it. So the cache can
save minutes but can never fail or change an analysis:

* **Where it lives.** The user cache folder (``$XDG_CACHE_HOME/arabic-news-notebooks``, by
  default ``~/.cache/arabic-news-notebooks`` on Linux, the platform's equivalent elsewhere),
  another folder named by the ``ARABIC_NEWS_CACHE`` environment variable, or a folder the
  caller names. Never the checkout: a run of the collection leaves ``git status`` clean.
* **What a key holds.** Everything that changes the content: a digest of the inputs, the
  parameters, and the code version of the modules that produce it (:func:`code_version`), so
  a changed analyzer or a new release never reuses an old result.
* **Atomic writes.** A value is written to a temporary file in the same folder and moved into
  place with :func:`os.replace`, so a reader sees the old entry or the new one, never half of
  one, and two processes writing the same key at once leave one whole entry.
* **Bounded size.** After each write, entries are removed, least recently used first, until
  the folder holds at most ``max_bytes`` (``ARABIC_NEWS_CACHE_MB`` megabytes, 1024 unless
  set); a value larger than the bound is not stored.

>>> cache = DiskCache("/tmp/example-cache")
>>> key = content_key("settings", 3, stream=["first text", "second text"])
>>> cache.get_or_build("squares", key, lambda: [n * n for n in range(4)])
[0, 1, 4, 9]
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import stat
import sys
import tempfile
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import platformdirs

__all__ = [
    "APP_NAME",
    "DiskCache",
    "MemoryCache",
    "code_version",
    "content_key",
    "disk_cache",
    "user_cache_dir",
]

APP_NAME = "arabic-news-notebooks"
"""The name of the cache folder inside the user cache folder."""

FOLDER_VARIABLE = "ARABIC_NEWS_CACHE"
"""Environment variable naming another cache folder."""

SIZE_VARIABLE = "ARABIC_NEWS_CACHE_MB"
"""Environment variable giving the size bound in megabytes."""

DEFAULT_MEGABYTES = 1024
"""The default bound: room for about five document-term matrices of a 30,000-article corpus."""

STALE_SECONDS = 3600
"""A temporary file older than this was left by a writer that died; eviction removes it."""

_KIND = re.compile(r"^[A-Za-z0-9_-]+$")
_KEY = re.compile(r"^[0-9a-f]{16,64}$")
_ENTRY = re.compile(r"^[A-Za-z0-9_-]+-[0-9a-f]{16,64}\.[A-Za-z0-9.]+$")
"""Entry file names: only files named like this are ever evicted from a named folder."""
_TEMP_PREFIX = ".partial-cache-entry-"

Reader = Callable[[Path], Any]
Writer = Callable[[Any, Path], None]


def user_cache_dir() -> Path:
    """The folder the cache uses when none is named: ``$ARABIC_NEWS_CACHE`` or the user's."""
    named = os.environ.get(FOLDER_VARIABLE)
    if named:
        return Path(named).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _default_max_bytes() -> int:
    text = os.environ.get(SIZE_VARIABLE, "")
    try:
        megabytes = float(text) if text else DEFAULT_MEGABYTES
    except ValueError:
        raise ValueError(f"{SIZE_VARIABLE} must be a number of megabytes, not {text!r}") from None
    return int(megabytes * 1024 * 1024)


def content_key(*parts: object, stream: Iterable[str | bytes] = ()) -> str:
    """A 32-hex-digit key for everything that decides a cached value.

    Parameters
    ----------
    *parts
        Small values (settings, code versions), hashed by their ``repr``: pass sets sorted,
        so that equal settings give equal keys.
    stream : iterable of str or bytes
        Many values read once (article ids and texts), each hashed with a separator, so
        ``["ab", "c"]`` and ``["a", "bc"]`` differ.
    """
    digest = hashlib.sha256(repr(parts).encode())
    for item in stream:
        digest.update(item.encode() if isinstance(item, str) else item)
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def code_version(*modules: ModuleType) -> str:
    """A digest of the source of ``modules`` and of the project modules they use.

    The project modules a module uses are found in its namespace (imported modules, and the
    modules that defined the functions and classes it imported), followed transitively within
    its top-level package: a change to the stemmer changes the version of a module that
    imports the analyzer. Each file is read again when its size or modification time changes.
    """
    seen: dict[str, ModuleType] = {}
    pending = list(modules)
    while pending:
        module = pending.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        pending.extend(_project_modules_used(module))
    return content_key(*(_source_digest(seen[name]) for name in sorted(seen)))


def _project_modules_used(module: ModuleType) -> list[ModuleType]:
    package = module.__name__.split(".")[0] + "."
    used = []
    for value in vars(module).values():
        if isinstance(value, ModuleType):
            name = value.__name__
        else:
            name = getattr(value, "__module__", None)
            if not isinstance(name, str) or not callable(value):
                continue
        if name.startswith(package) and name in sys.modules:
            used.append(sys.modules[name])
    return used


def _source_digest(module: ModuleType) -> str:
    path = getattr(module, "__file__", None)
    if not path:
        return module.__name__
    status = os.stat(path)
    return _file_digest(path, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=256)
def _file_digest(path: str, size: int, modified: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _read_pickle(path: Path) -> Any:
    with path.open("rb") as handle:
        return pickle.load(handle)


def _write_pickle(value: Any, path: Path) -> None:
    with path.open("wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)


class DiskCache:
    """A folder of cache entries, one file per ``(kind, key)``, bounded in total size.

    Parameters
    ----------
    folder : path, optional
        Where the entries live; :func:`user_cache_dir` when not given. Created on first write.
    max_bytes : int, optional
        The bound on the entries' total size (``ARABIC_NEWS_CACHE_MB`` megabytes, 1024 unless
        set).

    Entries are pickles unless the caller passes its own ``read`` and ``write`` (for example
    Parquet for a data frame). Values must not be ``None``, which :meth:`load` uses for a miss.
    """

    def __init__(self, folder: str | Path | None = None, max_bytes: int | None = None) -> None:
        self.folder = Path(folder).expanduser() if folder is not None else user_cache_dir()
        self.max_bytes = _default_max_bytes() if max_bytes is None else int(max_bytes)
        if self.max_bytes < 0:
            raise ValueError(f"max_bytes must be at least 0, not {max_bytes}")

    def __repr__(self) -> str:
        return f"DiskCache({str(self.folder)!r}, max_bytes={self.max_bytes})"

    def path(self, kind: str, key: str, suffix: str = ".pkl") -> Path:
        """The file of one entry: ``<folder>/<kind>-<key><suffix>``.

        ``kind`` is letters, digits, ``-`` or ``_``; ``key`` 16 to 64 lowercase hex digits (as
        :func:`content_key` makes); ``suffix`` a dot and letters or digits.
        """
        if not _KIND.match(kind):
            raise ValueError(f"cache kind must be letters, digits, - or _, not {kind!r}")
        if not _KEY.match(key):
            raise ValueError(f"cache key must be 16 to 64 lowercase hex digits, not {key!r}")
        path = self.folder / f"{kind}-{key}{suffix}"
        if not _ENTRY.match(path.name):
            raise ValueError(f"cache suffix must be a dot and letters or digits, not {suffix!r}")
        return path

    def load(
        self, kind: str, key: str, *, read: Reader = _read_pickle, suffix: str = ".pkl"
    ) -> Any | None:
        """The stored value, or ``None`` when there is none or it cannot be read.

        An unreadable entry (truncated, corrupt, from incompatible code) is reported with a
        warning and treated as a miss; the next :meth:`store` replaces it. A hit marks the
        entry as recently used, so eviction keeps it longest.
        """
        path = self.path(kind, key, suffix)
        try:
            value = read(path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except Exception as error:  # noqa: BLE001 - any unreadable entry is a miss
            warnings.warn(
                f"cache entry {path} could not be read ({type(error).__name__}: {error}); "
                "it is rebuilt",
                RuntimeWarning,
                stacklevel=2,
            )
            return None
        try:
            os.utime(path)
        except OSError:
            pass  # evicted or replaced meanwhile: the value read is whole all the same
        return value

    def store(
        self,
        kind: str,
        key: str,
        value: Any,
        *,
        write: Writer = _write_pickle,
        suffix: str = ".pkl",
    ) -> Path | None:
        """Write ``value`` atomically, then evict down to the bound; the entry's path.

        Returns ``None``, with a warning, when the value could not be stored (folder not
        writable, disk full, value larger than the bound): the analysis goes on without it.
        """
        if value is None:
            raise ValueError("None cannot be cached: load() uses it to mean a miss")
        path = self.path(kind, key, suffix)
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.folder, prefix=_TEMP_PREFIX, suffix=suffix)
            os.close(handle)
            temporary = Path(name)
            write(value, temporary)
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())
            size = temporary.stat().st_size
            if size > self.max_bytes:
                warnings.warn(
                    f"not cached: {kind} of {size:,} bytes exceeds the cache bound of "
                    f"{self.max_bytes:,} bytes ({SIZE_VARIABLE} raises it)",
                    RuntimeWarning,
                    stacklevel=2,
                )
                return None
            os.replace(temporary, path)
            temporary = None
        except Exception as error:  # noqa: BLE001 - a cache that cannot write is no cache
            warnings.warn(
                f"not cached in {self.folder} ({type(error).__name__}: {error})",
                RuntimeWarning,
                stacklevel=2,
            )
            return None
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
        self.evict()
        return path

    def get_or_build(
        self,
        kind: str,
        key: str,
        build: Callable[[], Any],
        *,
        read: Reader = _read_pickle,
        write: Writer = _write_pickle,
        suffix: str = ".pkl",
    ) -> Any:
        """The stored value, or ``build()``'s, which is then stored."""
        value = self.load(kind, key, read=read, suffix=suffix)
        if value is None:
            value = build()
            self.store(kind, key, value, write=write, suffix=suffix)
        return value

    def entries(self) -> list[Path]:
        """The entry files, least recently used first."""
        return [path for path, _ in self._entries_by_age()]

    def size(self) -> int:
        """Total bytes of the entries."""
        return sum(size for _, size in self._entries_by_age())

    def evict(self, max_bytes: int | None = None) -> list[Path]:
        """Remove entries, least recently used first, until at most ``max_bytes`` remain.

        Also removes temporary files that writers which died left behind. Returns the
        removed entries. Files that vanish meanwhile (another process evicting) are skipped.
        """
        bound = self.max_bytes if max_bytes is None else max_bytes
        self._remove_stale_temporaries()
        entries = self._entries_by_age()
        total = sum(size for _, size in entries)
        removed = []
        for path, size in entries:
            if total <= bound:
                break
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                continue
            else:
                removed.append(path)
            total -= size
        return removed

    def clear(self) -> None:
        """Remove every entry."""
        self.evict(0)

    def _entries_by_age(self) -> list[tuple[Path, int]]:
        found = []
        try:
            candidates = list(self.folder.iterdir())
        except OSError:
            return []
        for path in candidates:
            if not _ENTRY.match(path.name):
                continue
            try:
                status = path.stat()
            except OSError:
                continue
            if stat.S_ISREG(status.st_mode):
                found.append((status.st_mtime, path.name, path, status.st_size))
        found.sort()
        return [(path, size) for _, _, path, size in found]

    def _remove_stale_temporaries(self) -> None:
        limit = time.time() - STALE_SECONDS
        for path in self.folder.glob(f"{_TEMP_PREFIX}*"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                continue


def disk_cache(option: str | Path | bool | None) -> DiskCache | None:
    """The cache an analysis's ``cache_dir`` option names: ``True`` the user cache folder, a
    path that folder, ``None`` or ``False`` none (the result is computed every time)."""
    if option is None or option is False:
        return None
    return DiskCache(None if option is True else option)


class MemoryCache:
    """At most ``max_items`` values in memory, the least recently used dropped first.

    For results of a session that are large (matrices of a whole corpus) and worth keeping
    only while they are in use.
    """

    def __init__(self, max_items: int) -> None:
        if max_items < 1:
            raise ValueError(f"max_items must be at least 1, not {max_items}")
        self.max_items = max_items
        self._values: OrderedDict[Hashable, Any] = OrderedDict()

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._values

    def get(self, key: Hashable) -> Any | None:
        """The value kept under ``key`` (now the most recently used), or ``None``."""
        if key not in self._values:
            return None
        self._values.move_to_end(key)
        return self._values[key]

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value``, dropping the least recently used values beyond the bound."""
        self._values[key] = value
        self._values.move_to_end(key)
        while len(self._values) > self.max_items:
            self._values.popitem(last=False)

    def clear(self) -> None:
        """Forget every value."""
        self._values.clear()

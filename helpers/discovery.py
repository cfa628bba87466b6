"""Discovery: which paths a load reads, and a report row for every other path it meets.

:func:`discover` expands a folder (recursively), a file, a glob or a list of them into
:class:`Source` objects (regular files to read, each with its path relative to the folder
it was found under) and report rows for everything else. The rules (issue 19):

* Only regular files are opened. A FIFO, socket or device is skipped and reported without
  being opened (opening a FIFO would wait for a writer forever).
* Symbolic links are followed once: a linked folder is walked like a real one, a linked
  file is read. A link that points back into a folder being walked (a loop) and a path
  reached a second time through another link are reported and not read again; a dangling
  link is reported with its target.
* A folder whose name looks like an article file (``x.txt``) is walked like any folder and
  also gets a row, so a user looking for ``x.txt`` in the report finds it.
* Files whose name matches one of the ``ignore`` patterns (documentation, hidden files...)
  are skipped and reported with the pattern.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from helpers.readers import file_kind

__all__ = ["Source", "discover", "file_row"]


@dataclass(frozen=True)
class Source:
    """A regular file to read: where it is, and where it sits below the loaded folder."""

    path: Path
    relative: Path
    """Path below the loaded folder (the file name alone for a file named directly)."""


def file_row(path: Path | str, status: str, reason: str, **values: object) -> dict:
    """One report row about a whole path (see :class:`helpers.corpus.LoadReport`)."""
    return {"source_path": str(path), "status": status, "reason": reason, **values}


def discover(
    path: str | Path | Iterable[str | Path], ignore: tuple[str, ...]
) -> tuple[list[Source], list[dict]]:
    """The files to read below ``path``, and report rows for every path not read.

    Raises ``FileNotFoundError`` when an item names nothing (a glob matching no path).
    """
    items = [path] if isinstance(path, str | Path) else list(path)
    walker = _Walker(ignore)
    for item in items:
        item_path = Path(item).expanduser()
        if os.path.lexists(item_path):
            walker.visit(item_path, Path(item_path.name), named=True)
            continue
        matches = sorted(glob.glob(str(item_path), recursive=True))
        if not matches:
            raise FileNotFoundError(f"no file or folder matches {str(item)!r}")
        for match in map(Path, matches):
            walker.visit(match, Path(match.name), named=False)
    return walker.sources, walker.rows


class _Walker:
    """Depth-first walk that remembers the real paths seen (for loops and repeats)."""

    def __init__(self, ignore: tuple[str, ...]) -> None:
        self.ignore = ignore
        self.sources: list[Source] = []
        self.rows: list[dict] = []
        self.seen: dict[str, Path] = {}  # real path -> the path it was first met as
        self.any_name = re.compile("|".join(fnmatch.translate(p) for p in ignore) or "(?!)")

    def visit(self, path: Path, relative: Path, *, named: bool, ancestors: tuple = ()) -> None:
        """Classify ``path``: walk a folder, keep a regular file, report anything else."""
        try:
            info = path.stat()  # follows symlinks
        except FileNotFoundError:
            target = os.readlink(path) if path.is_symlink() else "?"
            self.rows.append(
                file_row(path, "error", f"dangling symlink to {target!r} (nothing there)")
            )
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if path.is_symlink():
                reason = f"symlink loop ({reason}): points to {os.readlink(path)!r}"
            self.rows.append(file_row(path, "error", f"cannot look at the path ({reason})"))
            return
        real = os.path.realpath(path)
        if stat.S_ISDIR(info.st_mode):
            if real in ancestors:
                reason = f"symlink loop: leads back to {real!r}, not walked again"
                self.rows.append(file_row(path, "skipped", reason))
                return
            self._walk(path, relative if ancestors else Path(), (*ancestors, real))
            return
        if not stat.S_ISREG(info.st_mode):
            reason = f"{_special_kind(info.st_mode)}, not a regular file: not opened"
            self.rows.append(file_row(path, "skipped", reason))
            return
        self._keep(path, relative, real, named)

    def _keep(self, path: Path, relative: Path, real: str, named: bool) -> None:
        """A regular file: read it unless it was met before or its name is ignored."""
        first = self.seen.get(real)
        if first is not None:
            reason = f"the same file as {str(first)!r} (through a symlink)"
            self.rows.append(file_row(path, "skipped", reason))
            return
        self.seen[real] = path
        if not named:
            pattern = self.ignored(relative)
            if pattern is not None:
                reason = f"not an article file (name matches {pattern!r})"
                self.rows.append(file_row(path, "skipped", reason))
                return
        self.sources.append(Source(path, relative))

    def ignored(self, relative: Path) -> str | None:
        """The first ignore pattern ``relative`` matches (one regex test in the common case)."""
        hidden_folder = any(part.startswith(".") for part in relative.parts[:-1])
        if not self.any_name.match(relative.name) and not hidden_folder:
            return None
        return next((p for p in self.ignore if _matches(relative, p)), None)

    def _walk(self, folder: Path, relative: Path, ancestors: tuple) -> None:
        if relative.parts and file_kind(folder)[0] is not None:
            reason = "a folder named like an article file: the files inside are read"
            self.rows.append(file_row(folder, "skipped", reason))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self.rows.append(file_row(folder, "error", f"cannot list the folder ({exc.strerror})"))
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.is_file(follow_symlinks=False):  # the common case, told by the listing
                self._keep(
                    path, relative / entry.name, os.path.join(ancestors[-1], entry.name), False
                )
            else:
                self.visit(path, relative / entry.name, named=False, ancestors=ancestors)


def _matches(relative: Path, pattern: str) -> bool:
    """Whether a file, given by its path below the folder being loaded, matches ``pattern``.

    Only the part below the loaded folder counts, so loading ``../corpus`` or a folder inside
    a hidden directory works, while hidden folders *inside* it (``.git``,
    ``.ipynb_checkpoints``) hide everything they hold.
    """
    if fnmatch.fnmatchcase(relative.name, pattern):
        return True
    return pattern == ".*" and any(part.startswith(".") for part in relative.parts[:-1])


def _special_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "a special file"

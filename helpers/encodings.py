"""Bytes on disk -> text: gzip that keeps what precedes damage, and encoding detection.

Encodings: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, Windows-1256. Without a BOM,
UTF-8 is tried first; a few invalid bytes in otherwise valid UTF-8 are replaced by U+FFFD
and their byte offsets reported; text that is mostly invalid UTF-8 but reads as Arabic in
Windows-1256 is decoded as such. NUL bytes or many control bytes mean binary data: an error.

A gzip stream that is cut short or damaged gives back every byte before the damage (the
readers then keep every complete record in it) together with a note of where it broke.
"""

from __future__ import annotations

import codecs
import re
import zlib

__all__ = ["BOMS", "FileProblem", "decode", "gunzip"]

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec that reads text starting with each."""

SNIFF_BYTES = 1 << 20  # binary data shows in the first megabyte
_MAX_REPORTED_OFFSETS = 5
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b\x1b")
_ANY_CONTROL = re.compile(b"[" + re.escape(_CONTROL_BYTES) + b"]")
_GZIP_STEP = 1 << 12  # compressed bytes fed at a time when looking for the damage


class FileProblem(Exception):
    """A whole file could not be read; ``status`` is ``"error"`` or ``"skipped"``."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def gunzip(raw: bytes) -> tuple[bytes, str | None]:
    """Decompress gzip data (one or more members); return ``(data, damage note or None)``.

    When the stream is cut short or damaged, ``data`` is everything decompressed before the
    damage and the note says at which compressed byte it broke. Raises :class:`FileProblem`
    when not even the start of the file is gzip data.
    """
    try:
        return _gunzip_whole(raw), None
    except (zlib.error, EOFError):
        pass
    kept = bytearray()
    position = 0
    member = zlib.decompressobj(zlib.MAX_WBITS | 16)
    damage = None
    while position < len(raw) and damage is None:
        chunk = raw[position : position + _GZIP_STEP]
        before = member.copy()
        try:
            kept += member.decompress(chunk)
        except zlib.error:
            # feed the step again byte by byte: keep every byte before the exact damage
            member = before
            for i in range(len(chunk)):
                try:
                    kept += member.decompress(chunk[i : i + 1])
                except zlib.error as exc:
                    damage = f"damaged gzip data at compressed byte {position + i} ({exc})"
                    break
            continue
        if member.eof:
            position += len(chunk) - len(member.unused_data)
            if not raw[position:].strip(b"\x00"):
                return bytes(kept), None
            member = zlib.decompressobj(zlib.MAX_WBITS | 16)
            continue
        position += len(chunk)
    if damage is None:
        damage = f"gzip data cut short: the file ends at byte {len(raw)} inside a compressed member"
    if not kept:
        raise FileProblem("error", f"not a valid gzip file ({damage})")
    return bytes(kept), f"{damage}; {len(kept)} bytes decompressed before it"


def _gunzip_whole(raw: bytes) -> bytes:
    """The fast path: every member complete (trailing NUL padding allowed)."""
    parts = []
    rest = raw
    while rest:
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts.append(member.decompress(rest))
        if not member.eof:
            raise EOFError("gzip member cut short")
        rest = member.unused_data
        if not rest.strip(b"\x00"):
            break
    return parts[0] if len(parts) == 1 else b"".join(parts)


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Decode file bytes; return ``(text, encoding used, notes about undecodable bytes)``.

    Raises :class:`FileProblem` for binary data or text in none of the supported encodings.
    """
    if encoding is None:
        for bom, name in BOMS:
            if raw.startswith(bom):
                encoding = name
                break
    if encoding is not None:
        return _decode_reporting(raw, encoding)
    sample = raw[:SNIFF_BYTES]
    controls = 0
    if _ANY_CONTROL.search(sample):
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in raw or controls > 0.05 * len(sample):
        hint = " (UTF-16 text needs a byte-order mark)" if b"\x00" in sample else ""
        raise FileProblem(
            "error",
            f"binary data, not text: {controls} control bytes in the first {len(sample)}{hint}",
        )
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    offsets = _utf8_error_offsets(raw)
    high_bytes = sum(1 for b in raw if b >= 0x80)
    if len(offsets) < _MAX_REPORTED_OFFSETS * 4 and len(offsets) <= max(1, 0.01 * high_bytes):
        return _decode_reporting(raw, "utf-8")
    text = raw.decode("cp1256", errors="replace")
    non_ascii = [c for c in text if ord(c) >= 0x80]
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    if arabic >= 0.6 * len(non_ascii) and "\ufffd" not in text:
        return text, "cp1256", []
    raise FileProblem(
        "error",
        f"undecodable text: {len(offsets)}+ invalid UTF-8 bytes (first at byte "
        f"{offsets[0]}) and not Arabic in Windows-1256; give encoding=... if you know it",
    )


def _utf8_error_offsets(raw: bytes, limit: int = 20) -> list[int]:
    offsets: list[int] = []
    position = 0
    while len(offsets) < limit:
        try:
            raw[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offsets.append(position + exc.start)
            position += exc.end
    return offsets


def _decode_reporting(raw: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """Decode with ``encoding``; invalid bytes become U+FFFD and are reported, not dropped."""
    try:
        return raw.decode(encoding), encoding, []
    except UnicodeDecodeError:
        pass
    except LookupError as exc:
        raise FileProblem("error", f"unknown encoding {encoding!r}") from exc
    text = raw.decode(encoding, errors="replace")
    count = text.count("\ufffd")
    where = ""
    if encoding.startswith("utf-8"):
        offsets = _utf8_error_offsets(raw, _MAX_REPORTED_OFFSETS)
        where = f" at byte {', '.join(map(str, offsets))}" + ("..." if count > len(offsets) else "")
    note = f"{count} undecodable byte(s) as {encoding}{where}, kept as U+FFFD"
    return text, encoding, [note]

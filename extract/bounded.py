"""Reading with limits: files, archive members and JSON Lines lines, each capped before or while it is read.

Owns: refusing what is not a regular file before reading from it (devices, pipes, sockets, folders:
opened without blocking, checked, never read), reading at most a cap of bytes from a file, from an
archive member (by its real, streamed size: a bomb is never inflated past the cap) or from one line of
a JSON Lines file, and scanning a JSON Lines file's lines without ever holding a whole line. A
failure raises ``Refused`` carrying a ``reasons`` code.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from . import reasons

CHUNK = 1 << 20


class Refused(ValueError):
    """Something that is not read, with a ``reasons`` code; ``str()`` is its English sentence."""

    def __init__(self, code: str) -> None:
        super().__init__(reasons.text(code))
        self.code = code


def open_regular(path: str) -> BinaryIO:
    """A regular file opened for reading; anything else is refused without blocking or reading."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise Refused("missing") from None
    except OSError:
        raise Refused("unreadable") from None
    if not stat.S_ISREG(st.st_mode):
        raise Refused("not_regular")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        raise Refused("unreadable") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
        os.close(fd)
        raise Refused("not_regular")
    return os.fdopen(fd, "rb")


def read_file(path: str, cap: int, too_large: str = "too_large") -> bytes:
    """A regular file's bytes, refused (code ``too_large``) when its size is over ``cap``, before reading."""
    with open_regular(path) as fh:
        if os.fstat(fh.fileno()).st_size > cap:
            raise Refused(too_large)
        try:
            data = fh.read(cap + 1)
        except OSError:
            raise Refused("unreadable") from None
    if len(data) > cap:  # it grew while we looked
        raise Refused(too_large)
    return data


def read_member(zf: zipfile.ZipFile, name: str, cap: int, too_large: str = "too_large") -> bytes:
    """An archive member's bytes, decompressed as a stream and refused once past ``cap``."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise Refused("member_corrupt") from None
    if info.flag_bits & 0x1:
        raise Refused("member_encrypted")
    if info.file_size > cap:
        raise Refused(too_large)
    out = bytearray()
    try:
        with zf.open(info) as fh:
            step = CHUNK
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # bzip2 and LZMA inflate all the compressed bytes they are fed: feed them a few at a time
                step = fh.MIN_READ_SIZE = 64
            while len(out) <= cap:
                part = fh.read1(min(step, cap + 1 - len(out)))
                if not part:
                    break
                out += part
    except NotImplementedError:
        raise Refused("member_method") from None
    except RuntimeError:  # zipfile: "File … is encrypted, password required for extraction"
        raise Refused("member_encrypted") from None
    except Exception:  # noqa: BLE001 - BadZipFile (CRC), zlib/bz2/lzma errors, EOFError, OSError: all damage
        raise Refused("member_corrupt") from None
    if len(out) > cap:
        raise Refused(too_large)
    return bytes(out)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    offset: int  # byte offset of its start
    length: int  # bytes, without the line break
    head: bytes  # its first ``head`` bytes


def scan_lines(path: str, head: int = 400) -> Iterator[Line]:
    """Every line of a file with its number, offset, length and first bytes, reading a chunk at a time."""
    with open_regular(path) as fh:
        number, start, buf, length = 1, 0, bytearray(), 0
        pos = 0
        while True:
            try:
                chunk = fh.read(CHUNK)
            except OSError:
                raise Refused("jsonl_unreadable") from None
            if not chunk:
                break
            at = 0
            while True:
                nl = chunk.find(b"\n", at)
                piece = chunk[at:] if nl < 0 else chunk[at:nl]
                if len(buf) < head:
                    buf += piece[: head - len(buf)]
                length += len(piece)
                if nl < 0:
                    break
                yield Line(number, start, length, bytes(buf))
                number, start, buf, length = number + 1, pos + nl + 1, bytearray(), 0
                at = nl + 1
            pos += len(chunk)
        if length:
            yield Line(number, start, length, bytes(buf))


def read_line(path: str, offset: int, cap: int) -> bytes:
    """The line starting at ``offset``, without its line break; refused (``line_too_long``) past ``cap`` bytes."""
    with open_regular(path) as fh:
        try:
            fh.seek(offset)
            raw = fh.readline(cap + 2)
        except OSError:
            raise Refused("jsonl_unreadable") from None
    raw = raw.rstrip(b"\r\n") if raw.endswith(b"\n") else raw
    if len(raw) > cap:
        raise Refused("line_too_long")
    return raw

"""A zip written from entries compressed side by side.

Python's zipfile compresses one entry at a time. zlib lets go of Python while it
compresses, so the entries of a large guide (every page lists every section) are
compressed on every core at once, then written in order. The format written is the
plain zip of the specification (no zip64: a guide is far under 4 GB), read by
every unzip tool and by Python's own zipfile.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

STORED, DEFLATED = 0, 8
VERSION = 20  # zip 2.0: deflate, folders
MADE_ON_UNIX = 3 << 8  # so the modes in external_attr mean file permissions
UTF8_NAME = 0x800
LOCAL_HEADER = struct.Struct("<4s5H3L2H")
CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
END_OF_CENTRAL_DIRECTORY = struct.Struct("<4s4H2LH")
FILE_MODE = 0o100644 << 16  # a regular file, read-write for its owner, readable by all


class Entry(NamedTuple):
    """One file in the zip, ready to write."""

    name: str
    data: bytes  # as stored: deflated, or as it is
    method: int
    crc: int
    size: int  # before compression


def compressed(name: str, data: bytes, level: int) -> Entry:
    """The entry for `data`, deflated as zipfile would (a raw deflate stream)."""
    return Entry(name, zlib.compress(data, level, wbits=-15), DEFLATED, zlib.crc32(data), len(data))


def stored(name: str, data: bytes) -> Entry:
    """The entry for `data`, kept as it is (a short text a reader opens first)."""
    return Entry(name, data, STORED, zlib.crc32(data), len(data))


def entries_side_by_side(items: Iterable, make: Callable[..., Entry]) -> list[Entry]:
    """`make(item)` for each item, on every core, in the items' order. Plain threads taking the
    items in turn (concurrent.futures would cost every build its import)."""
    items = list(items)
    results: list = [None] * len(items)
    turn = iter(range(len(items)))
    lock = threading.Lock()
    failures: list[BaseException] = []

    def work() -> None:
        while not failures:
            with lock:
                index = next(turn, None)
            if index is None:
                return
            try:
                results[index] = make(items[index])
            except BaseException as error:  # raised again below, in the caller's thread
                failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(min(os.cpu_count() or 1, len(items)) or 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return results


def write_zip(path: Path, entries: Iterable[Entry], date_time: tuple[int, int, int, int, int, int]) -> None:
    """The entries, in the order given, each dated `date_time` (so equal entries give equal bytes)."""
    year, month, day, hour, minute, second = date_time
    dos_time, dos_date = hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day
    central, offset = [], 0
    with path.open("wb") as out:
        for entry in entries:
            name = entry.name.encode("utf-8")
            flags = 0 if name.isascii() else UTF8_NAME
            fields = (entry.method, dos_time, dos_date, entry.crc, len(entry.data), entry.size, len(name))
            out.write(LOCAL_HEADER.pack(b"PK\x03\x04", VERSION, flags, *fields, 0) + name)
            out.write(entry.data)
            central.append(CENTRAL_HEADER.pack(b"PK\x01\x02", MADE_ON_UNIX | VERSION, VERSION, flags, *fields,
                                               0, 0, 0, 0, FILE_MODE, offset) + name)
            offset += LOCAL_HEADER.size + len(name) + len(entry.data)
        directory = b"".join(central)
        out.write(directory)
        out.write(END_OF_CENTRAL_DIRECTORY.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory),
                                                offset, 0))

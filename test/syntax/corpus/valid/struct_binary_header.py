import struct
import zlib
from typing import NamedTuple

MAGIC = b"WSCP"
HEADER = struct.Struct("<4sHHIQ")  # magic, version, flags, count, timestamp


class Header(NamedTuple):
    magic: bytes
    version: int
    flags: int
    count: int
    timestamp: int


def pack_records(records: list[tuple[int, float, bytes]], *, version=2, flags=0b01, ts=1_700_000_000) -> bytes:
    body = b"".join(struct.pack("<Id", rid, value) + struct.pack("<H", len(tag)) + tag for rid, value, tag in records)
    head = HEADER.pack(MAGIC, version, flags, len(records), ts)
    return head + body + struct.pack("<I", zlib.crc32(head + body))


def unpack_records(blob: bytes):
    head = Header._make(HEADER.unpack_from(blob))
    if head.magic != MAGIC:
        raise ValueError(f"bad magic {head.magic!r}")
    (crc,) = struct.unpack_from("<I", blob, len(blob) - 4)
    if crc != zlib.crc32(blob[:-4]):
        raise ValueError("checksum mismatch")
    off, out = HEADER.size, []
    for _ in range(head.count):
        rid, value = struct.unpack_from("<Id", blob, off)
        off += 12
        (n,) = struct.unpack_from("<H", blob, off)
        off += 2
        out.append((rid, value, blob[off:off + n]))
        off += n
    return head, out


blob = pack_records([(1, 3.5, b"alpha"), (2, -0.25, b""), (99, 1e-300, "ünï".encode())])
head, recs = unpack_records(blob)
print(head, recs, len(blob), blob[:8].hex(" "))

import struct
from collections.abc import Iterator

HEADER = struct.Struct(">BH")  # type, length
PING, DATA, CLOSE = 0x01, 0x02, 0xFF


def frame(kind: int, payload: bytes = b"") -> bytes:
    if len(payload) > 0xFFFF:
        raise ValueError("payload too large")
    return HEADER.pack(kind, len(payload)) + payload


class Decoder:
    def __init__(self) -> None:
        self.buffer = bytearray()

    def feed(self, chunk: bytes) -> Iterator[tuple[int, bytes]]:
        self.buffer += chunk
        while len(self.buffer) >= HEADER.size:
            kind, length = HEADER.unpack_from(self.buffer)
            end = HEADER.size + length
            if len(self.buffer) < end:
                break
            payload = bytes(self.buffer[HEADER.size:end])
            del self.buffer[:end]
            yield kind, payload


stream = frame(PING) + frame(DATA, "héllo".encode()) + frame(DATA, b"\x00\x01\x02" * 3) + frame(CLOSE)
dec = Decoder()
chunks = [stream[i:i + 4] for i in range(0, len(stream), 4)]
for c in chunks:
    for kind, payload in dec.feed(c):
        print(f"{kind:#04x} {payload!r} {payload.hex(':') if payload else '-'}")
print(len(dec.buffer), b"\r\n".join([b"a", b"b"]), bytes.fromhex("de ad be ef"), b"abc"[::-1], rb"\x00"[1:])

import base64

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {c: i for i, c in enumerate(ALPHABET)}


def b64encode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        out += bytes(ALPHABET[n >> s & 0x3F] for s in (18, 12, 6, 0))
        if (pad := 3 - len(chunk)):
            out[-pad:] = b"=" * pad
    return bytes(out)


def b64decode(text: bytes) -> bytes:
    text = text.rstrip(b"=")
    bits = "".join(f"{REVERSE[c]:06b}" for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


for sample in (b"", b"f", b"fo", b"foo", b"foob", "weakref ✓".encode()):
    enc = b64encode(sample)
    assert enc == base64.b64encode(sample), sample
    assert b64decode(enc) == sample
    print(sample, enc)

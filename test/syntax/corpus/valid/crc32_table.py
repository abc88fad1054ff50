import zlib

POLY = 0xEDB88320
TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ POLY if c & 1 else c >> 1
    TABLE.append(c)


def crc32(data: bytes, crc: int = 0) -> int:
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


msg = b"The quick brown fox jumps over the lazy dog"
assert crc32(msg) == zlib.crc32(msg) == 0x414FA339
print(f"{crc32(msg):#010x}", f"{crc32(msg[20:], crc32(msg[:20])):08X}")

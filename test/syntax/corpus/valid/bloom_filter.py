import hashlib
import math


class BloomFilter:
    def __init__(self, expected: int, fp_rate: float = 0.01) -> None:
        self.m = math.ceil(-expected * math.log(fp_rate) / math.log(2) ** 2)
        self.k = max(1, round(self.m / expected * math.log(2)))
        self.bits = bytearray((self.m + 7) // 8)

    def _positions(self, item: str):
        digest = hashlib.sha256(item.encode()).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:16], "little") | 1
        return ((h1 + i * h2) % self.m for i in range(self.k))

    def add(self, item: str) -> None:
        for p in self._positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)

    def __contains__(self, item: str) -> bool:
        return all(self.bits[p >> 3] & (1 << (p & 7)) for p in self._positions(item))


bf = BloomFilter(1000, 0.01)
for i in range(1000):
    bf.add(f"user-{i}")
false_pos = sum(f"other-{i}" in bf for i in range(10_000))
print(bf.m, bf.k, "user-5" in bf, f"{false_pos / 10_000:.3%}")

import bisect
import hashlib
from collections import Counter


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.md5(key.encode(), usedforsecurity=False).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas: int = 100):
        self.replicas = replicas
        self._keys: list[int] = []
        self._owners: dict[int, str] = {}
        for n in nodes:
            self.add(n)

    def add(self, node: str) -> None:
        for i in range(self.replicas):
            h = _hash(f"{node}#{i}")
            bisect.insort(self._keys, h)
            self._owners[h] = node

    def remove(self, node: str) -> None:
        self._keys = [k for k in self._keys if self._owners[k] != node]
        self._owners = {k: v for k, v in self._owners.items() if v != node}

    def __getitem__(self, key: str) -> str:
        i = bisect.bisect(self._keys, _hash(key)) % len(self._keys)
        return self._owners[self._keys[i]]


ring = HashRing(["cache-a", "cache-b", "cache-c"])
keys = [f"session:{i}" for i in range(3000)]
before = {k: ring[k] for k in keys}
ring.remove("cache-b")
moved = sum(before[k] != ring[k] for k in keys)
print(Counter(before.values()), f"moved {moved} of {len(keys)}")

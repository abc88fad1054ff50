from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_MISSING = object()


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int = 128, *, on_evict=None) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self._on_evict = on_evict

    def __getitem__(self, key: K) -> V:
        value = self._data[key]
        self._data.move_to_end(key)
        return value

    def get(self, key: K, default=None):
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            return default
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.capacity:
            old_key, old_value = self._data.popitem(last=False)
            if self._on_evict:
                self._on_evict(old_key, old_value)

    def __delitem__(self, key):
        del self._data[key]

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"


evicted = []
c: LRUCache[str, int] = LRUCache(2, on_evict=lambda k, v: evicted.append(k))
c["a"], c["b"] = 1, 2
c["a"]
c["c"] = 3
del c["a"]
print(c, evicted, c.get("zzz", -1))

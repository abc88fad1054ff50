from __future__ import annotations

import weakref
from typing import Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class EvictingCache(Generic[K, V]):
    """Strong refs for the most recent N values, weak refs for everything else."""

    def __init__(self, keep: int = 2, on_evict: Callable[[K], None] | None = None) -> None:
        self.keep = keep
        self._recent: list[V] = []
        self._weak: dict[K, weakref.ref[V]] = {}
        self._on_evict = on_evict

    def put(self, key: K, value: V) -> None:
        def gone(_r: weakref.ref, key=key) -> None:
            if self._weak.get(key) is _r:
                del self._weak[key]
                if self._on_evict:
                    self._on_evict(key)

        self._weak[key] = weakref.ref(value, gone)
        self._recent.append(value)
        del self._recent[:-self.keep]

    def get(self, key: K) -> V | None:
        ref = self._weak.get(key)
        return ref() if ref else None


class Page:
    def __init__(self, n: int) -> None:
        self.n = n


evicted: list[int] = []
cache: EvictingCache[int, Page] = EvictingCache(keep=2, on_evict=evicted.append)
for i in range(5):
    cache.put(i, Page(i))
print(evicted, [cache.get(i) is not None for i in range(5)])

from typing import Callable, Dict, Generic, Iterable, List, Optional, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", int, float)
Out = TypeVar("Out", covariant=True)
Num = Union[int, float]


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn: Callable[[T], K]) -> "Box[K]":
        return Box(fn(self.item))


class Registry(Generic[K, T]):
    def __init__(self) -> None:
        self._data: Dict[K, List[T]] = {}

    def add(self, key: K, value: T) -> None:
        self._data.setdefault(key, []).append(value)

    def get(self, key: K) -> Optional[List[T]]:
        return self._data.get(key)


def total(xs: Iterable[V]) -> V:
    acc = 0
    for x in xs:
        acc += x
    return acc


def split_pairs(pairs: List[Tuple[K, T]]) -> Tuple[List[K], List[T]]:
    ks: List[K] = []
    ts: List[T] = []
    for k, t in pairs:
        ks.append(k)
        ts.append(t)
    return ks, ts


r: Registry[str, int] = Registry()
r.add("a", 1)
print(Box(2).map(str).item, r.get("a"), total([1.5, 2.5]), split_pairs([("x", 1), ("y", 2)]))

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field


@dataclass
class Tree[T]:
    value: T
    children: list["Tree[T]"] = field(default_factory=list)

    def map[U](self, fn: Callable[[T], U]) -> "Tree[U]":
        return Tree(fn(self.value), [c.map(fn) for c in self.children])

    def __iter__(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c


class BiMap[K: Hashable, V: Hashable]:
    def __init__(self) -> None:
        self._fwd: dict[K, V] = {}
        self._rev: dict[V, K] = {}

    def __setitem__(self, k: K, v: V) -> None:
        if k in self._fwd:
            del self._rev[self._fwd[k]]
        self._fwd[k], self._rev[v] = v, k

    def inverse(self, v: V) -> K:
        return self._rev[v]


class Result[T, E: Exception = Exception]:
    def __init__(self, value: T | None = None, error: E | None = None) -> None:
        self.value, self.error = value, error

    def unwrap(self) -> T:
        if self.error is not None:
            raise self.error
        return self.value


class Pipeline[*Stages, **Options]:
    def __init__(self, *stages: *Stages) -> None:
        self.stages = stages


type Forest[T] = list[Tree[T]]
type Mapping2[K: str, V = int] = dict[K, V]

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
bm: BiMap[str, int] = BiMap()
bm["one"] = 1
print(list(t.map(lambda v: v * 10)), bm.inverse(1), Result[int](5).unwrap(), len(Pipeline(str, int).stages))

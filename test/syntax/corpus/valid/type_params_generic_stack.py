from collections.abc import Callable, Iterable, Iterator


class Stack[T]:
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def map[U](self, fn: Callable[[T], U]) -> "Stack[U]":
        return Stack(fn(x) for x in self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


def first[T, D = None](xs: Iterable[T], default: D = None) -> T | D:
    for x in xs:
        return x
    return default


type Pair[A, B = A] = tuple[A, B]
type Transform[T: (int, float)] = Callable[[T], T]


def apply_twice[N: (int, float)](f: Transform[N], x: N) -> N:
    return f(f(x))


s = Stack[int]([1, 2, 3])
s.push(4)
print(list(s.map(str)), first(s), first([], "empty"), apply_twice(lambda n: n * 3, 2))
p: Pair[int] = (1, 2)

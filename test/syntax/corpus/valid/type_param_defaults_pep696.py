from collections.abc import Callable, Iterable
from typing import Any


class Event[Payload = None, Source: object = str]:
    def __init__(self, name: str, payload: Payload = None, source: Source | None = None) -> None:
        self.name, self.payload, self.source = name, payload, source

    def __repr__(self) -> str:
        return f"Event({self.name!r}, {self.payload!r}, source={self.source!r})"


class Handler[**P = [Event], R = None]:
    def __init__(self, fn: Callable[P, R]) -> None:
        self.fn = fn

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)


class Batch[*Ts = *tuple[int, ...]]:
    def __init__(self, *items: *Ts) -> None:
        self.items = items


def collect[T = str, C: (list, set) = list](items: Iterable[T], kind: type[C] = list) -> C:
    return kind(items)


type Callback[T = Any, **P = ...] = Callable[P, T]
type Matrix[T: (int, float) = float] = list[list[T]]

e: Event = Event("boot")
e2: Event[dict[str, int]] = Event("tick", {"n": 1}, "timer")
h = Handler(lambda ev: print("got", ev))
h(e2)
print(e, Batch(1, 2, 3).items, collect("abc"), collect([3, 1, 3], set))
print(Event.__type_params__, [p.has_default() for p in Event.__type_params__])

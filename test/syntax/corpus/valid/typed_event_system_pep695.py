from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Created[T]:
    obj: T


@dataclass(frozen=True)
class Destroyed[T]:
    type_name: str
    ident: int


type Event[T] = Created[T] | Destroyed[T]
type Sink[T] = Callable[[Event[T]], None]


class Tracker[T: object]:
    def __init__(self, sink: Sink[T]) -> None:
        self._sink = sink
        self._refs: dict[int, weakref.ref[T]] = {}

    def track(self, obj: T) -> T:
        ident = id(obj)

        def died(_ref: weakref.ref[T], ident: int = ident, name: str = type(obj).__name__) -> None:
            self._refs.pop(ident, None)
            self._sink(Destroyed(name, ident))

        self._refs[ident] = weakref.ref(obj, died)
        self._sink(Created(obj))
        return obj

    def __len__(self) -> int:
        return len(self._refs)


class Widget:
    pass


seen: list[str] = []


def sink[T](event: Event[T]) -> None:
    match event:
        case Created(obj):
            seen.append(f"+{type(obj).__name__}")
        case Destroyed(type_name=name):
            seen.append(f"-{name}")


tracker: Tracker[Widget] = Tracker(sink)
w = tracker.track(Widget())
tracker.track(Widget())
print(seen, len(tracker))
del w
print(seen, len(tracker))

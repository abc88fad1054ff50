from __future__ import annotations

from typing import (Any, ClassVar, Final, Literal, NamedTuple, NotRequired, Protocol,
                    Required, TypedDict, overload, runtime_checkable)

MAX_RETRIES: Final = 3
Mode = Literal["r", "w", "a"]


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Sized(Protocol):
    size: int

    @property
    def label(self) -> str: ...


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]


class Coord(NamedTuple):
    lat: float
    lon: float = 0.0

    def __str__(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.3f}°{ns} {abs(self.lon):.3f}°{ew}"


class Resource:
    instances: ClassVar[int] = 0
    name: str
    opened: bool = False

    def close(self) -> None:
        self.opened = False


@overload
def parse(value: str) -> int: ...
@overload
def parse(value: bytes) -> str: ...
@overload
def parse(value: None) -> None: ...
def parse(value: str | bytes | None) -> int | str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode()
    return int(value)


def open_mode(mode: Mode = "r", *extra: Any, **options: Any) -> tuple[Mode, dict[str, Any]]:
    return mode, options


m: Movie = {"title": "Arrival", "year": 2016}
here = Coord(48.8566, 2.3522)
x: int
y: list[int] = []
print(isinstance(Resource(), SupportsClose), here, parse("12"), parse(b"ok"), open_mode("a", x=1), m)
